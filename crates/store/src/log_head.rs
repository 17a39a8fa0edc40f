//! The access log's head, kept outside the database: the sequence number
//! and hash of the latest entry. A log cut short inside the database no
//! longer reaches the head, which `verify` reports.
//!
//! The head is rewritten after every logged commit. It may lag by the last
//! entries after a crash (its rename is not synced, to save a sync per
//! save), so `verify` accepts a head that is *on* the chain, not only at
//! its end; what it refuses is a chain that no longer reaches the head.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::access_log::Hash;
use crate::{Result, StoreError};

const FORMAT: &str = "kohtaamo-log-head/1";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogHead {
    pub seq: i64,
    pub hash: Hash,
}

#[derive(Serialize, Deserialize)]
struct OnDisk {
    format: String,
    seq: i64,
    hash: String,
}

impl LogHead {
    pub fn write(&self, path: &Path) -> Result<()> {
        let json = serde_json::to_vec(&OnDisk {
            format: FORMAT.to_owned(),
            seq: self.seq,
            hash: hex::encode(self.hash),
        })
        .map_err(|e| StoreError::LogHeadFormat {
            path: path.to_owned(),
            detail: e.to_string(),
        })?;
        crate::atomic_file::write(path, &json, false).map_err(|source| StoreError::Io {
            action: "writing the access log head",
            path: path.to_owned(),
            source,
        })
    }

    /// `None` when there is no head file.
    pub fn read(path: &Path) -> Result<Option<Self>> {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(StoreError::Io {
                    action: "reading the access log head",
                    path: path.to_owned(),
                    source,
                })
            }
        };
        let bad = |detail: String| StoreError::LogHeadFormat {
            path: path.to_owned(),
            detail,
        };
        let on_disk: OnDisk = serde_json::from_slice(&bytes).map_err(|e| bad(e.to_string()))?;
        if on_disk.format != FORMAT {
            return Err(bad(format!("unknown format {:?}", on_disk.format)));
        }
        let hash = hex::decode(&on_disk.hash)
            .ok()
            .and_then(|h| Hash::try_from(h.as_slice()).ok())
            .ok_or_else(|| bad("the hash is not 32 bytes of hex".into()))?;
        Ok(Some(Self {
            seq: on_disk.seq,
            hash,
        }))
    }
}
