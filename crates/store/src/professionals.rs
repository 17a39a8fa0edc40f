//! The professionals a store knows: its owner and the people they work
//! with. Not client data, so not in the access log.

use kohtaamo_model::case::professional::{Professional, ProfessionalId};
use rusqlite::OptionalExtension;

use crate::error::SqlContext;
use crate::{Result, Store, StoreError};

impl Store {
    pub fn add_professional(&mut self, professional: &Professional) -> Result<ProfessionalId> {
        professional
            .validate()
            .map_err(|e| StoreError::InvalidRecord {
                record: "professional",
                detail: e.to_string(),
            })?;
        let body = serde_json::to_string(professional).map_err(|e| StoreError::InvalidRecord {
            record: "professional",
            detail: e.to_string(),
        })?;
        self.conn
            .execute("INSERT INTO professional (body) VALUES (?1)", [body])
            .context("saving a professional")?;
        Ok(ProfessionalId(self.conn.last_insert_rowid()))
    }

    /// Records the store owner's profile: the professional every access
    /// through this store is logged as (the passphrase holder).
    pub fn set_owner_profile(&mut self, profile: &Professional) -> Result<ProfessionalId> {
        let id = self.add_professional(profile)?;
        self.conn
            .execute(
                "INSERT INTO store_meta (key, value) VALUES ('owner_professional_id', ?1) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [id.0.to_string()],
            )
            .context("recording the store owner")?;
        self.set_owner_name(&profile.name)?;
        Ok(id)
    }

    /// The owner's profile, once set.
    pub fn owner_profile(&self) -> Result<Option<(ProfessionalId, Professional)>> {
        let id: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM store_meta WHERE key = 'owner_professional_id'",
                [],
                |r| r.get(0),
            )
            .optional()
            .context("reading the store owner")?;
        let Some(id) = id.and_then(|v| v.parse::<i64>().ok()).map(ProfessionalId) else {
            return Ok(None);
        };
        Ok(Some((id, self.professional(id)?)))
    }

    /// Every professional the store knows, in the order they were added.
    pub fn professionals(&self) -> Result<Vec<(ProfessionalId, Professional)>> {
        all(&self.conn)
    }

    pub fn professional(&self, id: ProfessionalId) -> Result<Professional> {
        let body: String = self
            .conn
            .query_row("SELECT body FROM professional WHERE id = ?1", [id.0], |r| {
                r.get(0)
            })
            .optional()
            .context("reading a professional")?
            .ok_or(StoreError::RecordNotFound {
                record: "professional",
                id: id.0,
            })?;
        serde_json::from_str(&body).map_err(|_| StoreError::CorruptRow {
            context: "professional",
        })
    }
}

pub(crate) fn all(conn: &rusqlite::Connection) -> Result<Vec<(ProfessionalId, Professional)>> {
    let mut stmt = conn
        .prepare_cached("SELECT id, body FROM professional ORDER BY id")
        .context("listing professionals")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .context("listing professionals")?;
    rows.map(|row| {
        let (id, body) = row.context("listing professionals")?;
        let professional = serde_json::from_str(&body).map_err(|_| StoreError::CorruptRow {
            context: "professional",
        })?;
        Ok((ProfessionalId(id), professional))
    })
    .collect()
}
