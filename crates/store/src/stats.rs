//! Counts for `kohtaamo-admin stats`: no client data, only how much.

use crate::error::SqlContext;
use crate::{KdfParams, Result, Store};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    pub schema_version: i64,
    pub clients: usize,
    pub log_entries: i64,
    pub kdf: KdfParams,
}

impl Store {
    pub fn stats(&self) -> Result<Stats> {
        Ok(Stats {
            schema_version: self.schema_version()?,
            clients: self.count_clients()?,
            log_entries: self
                .conn
                .query_row("SELECT count(*) FROM access_log", [], |row| row.get(0))
                .context("counting access log entries")?,
            kdf: self.kdf_params(),
        })
    }
}
