//! The organisation's settings kept in the store: what each segment means
//! (data, because organisations decide it and the model is being revised).

use kohtaamo_model::case::segment::SegmentConsequences;
use rusqlite::OptionalExtension;

use crate::error::SqlContext;
use crate::{Result, Store, StoreError};

const CONSEQUENCES_KEY: &str = "segment_consequences";

impl Store {
    /// The organisation's segment consequences, or the defaults.
    pub fn segment_consequences(&self) -> Result<Vec<SegmentConsequences>> {
        consequences(&self.conn)
    }

    pub fn set_segment_consequences(&mut self, set: &[SegmentConsequences]) -> Result<()> {
        SegmentConsequences::validate_set(set).map_err(|e| StoreError::Rule(e.into()))?;
        let json = serde_json::to_string(set).map_err(|_| StoreError::Unserialisable {
            record: "segment consequences",
        })?;
        self.conn
            .execute(
                "INSERT INTO store_meta (key, value) VALUES (?1, ?2) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [CONSEQUENCES_KEY, &json],
            )
            .context("saving the segment consequences")?;
        Ok(())
    }
}

pub(crate) fn consequences(conn: &rusqlite::Connection) -> Result<Vec<SegmentConsequences>> {
    let stored: Option<String> = conn
        .query_row(
            "SELECT value FROM store_meta WHERE key = ?1",
            [CONSEQUENCES_KEY],
            |row| row.get(0),
        )
        .optional()
        .context("reading the segment consequences")?;
    match stored {
        None => Ok(SegmentConsequences::defaults()),
        Some(json) => serde_json::from_str(&json).map_err(|_| StoreError::CorruptRow {
            context: "segment consequences",
        }),
    }
}
