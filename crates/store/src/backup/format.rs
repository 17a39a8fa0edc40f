//! The backup file: the line `kohtaamo-backup/1`, a manifest (JSON) on the
//! second line, then the database bytes, read and written in chunks so that
//! a large store is never held in memory whole and progress can be told.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{Result, StoreError};

pub(super) const MAGIC: &str = "kohtaamo-backup/1";
/// Bytes read or written at a time, and so between two progress reports.
const CHUNK: usize = 1 << 20;
/// A manifest is a key file and a few numbers: far below this.
const MANIFEST_LIMIT: u64 = 1 << 20;

#[derive(Serialize, Deserialize)]
pub(super) struct Manifest {
    pub created_at: DateTime<Utc>,
    pub store_id: String,
    /// The key file's JSON, as written beside the store.
    pub key_file: serde_json::Value,
    pub log_head: Option<(i64, String)>,
    pub db_sha256: String,
    pub db_bytes: u64,
}

pub(super) fn damaged(path: &Path, detail: impl Into<String>) -> StoreError {
    StoreError::BackupDamaged {
        path: path.to_owned(),
        detail: detail.into(),
    }
}

fn truncated(path: &Path, detail: impl Into<String>) -> StoreError {
    StoreError::BackupTruncated {
        path: path.to_owned(),
        detail: detail.into(),
    }
}

/// Opens a backup and reads it as far as its manifest, checking the magic
/// line and that the file holds exactly the database bytes the manifest
/// says. The reader is left at the first database byte.
pub(super) fn read_header(path: &Path) -> Result<(Manifest, BufReader<File>)> {
    let file = File::open(path).map_err(|e| StoreError::io("opening the backup", path, e))?;
    let file_len = file
        .metadata()
        .map_err(|e| StoreError::io("reading the backup", path, e))?
        .len();
    let mut reader = BufReader::new(file);
    let mut magic = Vec::new();
    (&mut reader)
        .take(MAGIC.len() as u64 + 1)
        .read_until(b'\n', &mut magic)
        .map_err(|e| StoreError::io("reading the backup", path, e))?;
    if magic != format!("{MAGIC}\n").as_bytes() {
        // A file cut inside its first line still starts as a backup does.
        let cut =
            !magic.is_empty() && !magic.ends_with(b"\n") && MAGIC.as_bytes().starts_with(&magic);
        return Err(if cut {
            truncated(path, "it ends inside its first line")
        } else {
            StoreError::NotABackup {
                path: path.to_owned(),
            }
        });
    }
    let mut line = Vec::new();
    (&mut reader)
        .take(MANIFEST_LIMIT)
        .read_until(b'\n', &mut line)
        .map_err(|e| StoreError::io("reading the backup", path, e))?;
    if !line.ends_with(b"\n") {
        return Err(if (line.len() as u64) < MANIFEST_LIMIT {
            truncated(path, "it ends inside its manifest")
        } else {
            damaged(path, "its manifest is too long")
        });
    }
    let manifest: Manifest = serde_json::from_slice(&line)
        .map_err(|e| damaged(path, format!("its manifest is damaged: {e}")))?;
    let body = file_len.saturating_sub((magic.len() + line.len()) as u64);
    if body < manifest.db_bytes {
        return Err(truncated(
            path,
            format!(
                "it holds {body} bytes of the store, {} were written",
                manifest.db_bytes
            ),
        ));
    }
    if body > manifest.db_bytes {
        return Err(damaged(
            path,
            format!(
                "it holds {body} bytes of the store, {} were written",
                manifest.db_bytes
            ),
        ));
    }
    Ok((manifest, reader))
}

/// Reads `len` bytes from `from`, hashing them, writing them to `to` when
/// given, and telling `progress` the bytes done so far after each chunk.
/// Answers the SHA-256 of what was read, in hex.
pub(super) fn copy_hashed(
    from: &mut impl Read,
    len: u64,
    mut to: Option<&mut File>,
    (source, dest): (&Path, &Path),
    progress: &dyn Fn(u64),
) -> Result<String> {
    let mut hash = Sha256::new();
    let mut buffer = vec![0u8; CHUNK];
    let mut done = 0u64;
    while done < len {
        let want = usize::try_from((len - done).min(CHUNK as u64)).unwrap_or(CHUNK);
        let got = from
            .read(&mut buffer[..want])
            .map_err(|e| StoreError::io("reading", source, e))?;
        if got == 0 {
            return Err(truncated(
                source,
                format!("it ended after {done} of {len} bytes"),
            ));
        }
        hash.update(&buffer[..got]);
        if let Some(out) = to.as_deref_mut() {
            out.write_all(&buffer[..got])
                .map_err(|e| StoreError::io("writing", dest, e))?;
        }
        done += got as u64;
        progress(done);
    }
    Ok(hex::encode(hash.finalize()))
}

/// Writes the two header lines.
pub(super) fn write_header(out: &mut File, manifest: &Manifest, dest: &Path) -> Result<()> {
    let json = serde_json::to_string(manifest).map_err(|e| damaged(dest, e.to_string()))?;
    writeln!(out, "{MAGIC}")
        .and_then(|()| writeln!(out, "{json}"))
        .map_err(|e| StoreError::io("writing the backup", dest, e))
}
