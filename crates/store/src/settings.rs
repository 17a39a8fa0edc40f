//! The organisation's settings kept in the store (see
//! `kohtaamo_model::settings`): what each segment means, review intervals,
//! the idle-lock limits, the register custodians and the client-experience
//! statement. Until a settings file is imported, today's built-in values.

use kohtaamo_model::case::segment::SegmentConsequences;
use kohtaamo_model::settings::OrganisationSettings;
use rusqlite::OptionalExtension;

use crate::error::SqlContext;
use crate::{Result, Store, StoreError};

/// Segment consequences saved on their own, before whole settings existed.
const CONSEQUENCES_KEY: &str = "segment_consequences";
const SETTINGS_KEY: &str = "organisation_settings";

impl Store {
    /// The organisation's settings, or the built-in ones.
    pub fn organisation_settings(&self) -> Result<OrganisationSettings> {
        settings(&self.conn)
    }

    /// Replaces the organisation's settings (a file read by
    /// `kohtaamo_model::settings::parse_settings`).
    pub fn save_organisation_settings(&mut self, settings: &OrganisationSettings) -> Result<()> {
        SegmentConsequences::validate_set(&settings.segments)
            .map_err(|e| StoreError::Rule(e.into()))?;
        let json = serde_json::to_string(settings).map_err(|_| StoreError::Unserialisable {
            record: "organisation settings",
        })?;
        put(&self.conn, SETTINGS_KEY, &json)
    }

    /// The organisation's segment consequences, or the defaults.
    pub fn segment_consequences(&self) -> Result<Vec<SegmentConsequences>> {
        consequences(&self.conn)
    }

    pub fn set_segment_consequences(&mut self, set: &[SegmentConsequences]) -> Result<()> {
        let mut settings = self.organisation_settings()?;
        settings.segments = set.to_vec();
        self.save_organisation_settings(&settings)
    }
}

fn put(conn: &rusqlite::Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO store_meta (key, value) VALUES (?1, ?2) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )
    .context("saving the organisation's settings")
    .map(drop)
}

fn get(conn: &rusqlite::Connection, key: &str) -> Result<Option<String>> {
    conn.query_row(
        "SELECT value FROM store_meta WHERE key = ?1",
        [key],
        |row| row.get(0),
    )
    .optional()
    .context("reading the organisation's settings")
}

pub(crate) fn settings(conn: &rusqlite::Connection) -> Result<OrganisationSettings> {
    if let Some(json) = get(conn, SETTINGS_KEY)? {
        return serde_json::from_str(&json).map_err(|_| StoreError::CorruptRow {
            context: "organisation settings",
        });
    }
    let mut settings = OrganisationSettings::default();
    if let Some(json) = get(conn, CONSEQUENCES_KEY)? {
        settings.segments = serde_json::from_str(&json).map_err(|_| StoreError::CorruptRow {
            context: "segment consequences",
        })?;
    }
    Ok(settings)
}

pub(crate) fn consequences(conn: &rusqlite::Connection) -> Result<Vec<SegmentConsequences>> {
    settings(conn).map(|s| s.segments)
}
