//! Backups: one file holding an encrypted copy of the database, the key
//! file that unlocks it (with the same passphrase) and the access log's
//! head. Nothing in it is readable without the passphrase.
//!
//! Layout: the line `kohtaamo-backup/1`, a manifest (JSON) on the second
//! line, then the database bytes. The manifest carries the database's
//! SHA-256, so a damaged or cut-off backup is refused before anything is
//! written. A backup is checked after it is written, and a restore is
//! checked (SQLCipher page authentication, structure, access-log chain)
//! before it is kept.

use std::fs::{self, File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::access_log::{Access, Action, Channel, Purpose};
use crate::atomic_file::sync_parent_dir;
use crate::envelope::KeyFile;
use crate::error::SqlContext;
use crate::log_head::LogHead;
use crate::{Result, Store, StoreError, StorePaths};

const MAGIC: &str = "kohtaamo-backup/1";

#[derive(Serialize, Deserialize)]
struct Manifest {
    created_at: DateTime<Utc>,
    store_id: String,
    /// The key file's JSON, as written beside the store.
    key_file: serde_json::Value,
    log_head: Option<(i64, String)>,
    db_sha256: String,
    db_bytes: u64,
}

/// What a backup holds, for the messages of the CLI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSummary {
    pub path: PathBuf,
    pub bytes: u64,
    pub clients: usize,
    pub log_entries: i64,
}

fn io(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> StoreError {
    let path = path.to_owned();
    move |source| StoreError::Io {
        action,
        path,
        source,
    }
}

fn bad_backup(path: &Path, detail: impl Into<String>) -> StoreError {
    StoreError::BackupDamaged {
        path: path.to_owned(),
        detail: detail.into(),
    }
}

impl Store {
    /// Writes a backup to `dest`, which must not exist yet. The backup is
    /// logged (in the store, and so in the backup) before it is taken.
    pub fn backup_to(&mut self, dest: &Path, purpose: Purpose) -> Result<BackupSummary> {
        if dest.exists() {
            return Err(StoreError::AlreadyExists {
                path: dest.to_owned(),
            });
        }
        self.logged("logging the backup", |_| {
            let access = Access {
                client: None,
                action: Action::Export,
                record: "store-backup",
                record_id: None,
                purpose,
                listed: Vec::new(),
            };
            Ok(((), vec![access]))
        })?;

        let staging = sibling(dest, ".db.part");
        let _ = fs::remove_file(&staging);
        let exported = self.export_copy(&staging);
        let written = exported.and_then(|()| self.package(&staging, dest));
        let _ = fs::remove_file(&staging);
        if written.is_err() {
            let _ = fs::remove_file(dest);
        }
        let summary = written?;
        // Read it back as a restore would, before calling it done.
        read_backup(dest)?;
        Ok(summary)
    }

    /// An encrypted copy of the database, made by SQLCipher itself with the
    /// same key (an attached database without a KEY clause inherits it).
    fn export_copy(&self, staging: &Path) -> Result<()> {
        let target = staging
            .to_str()
            .ok_or_else(|| bad_backup(staging, "the backup path is not valid UTF-8"))?;
        // The store's connection may not create files (so that a mistyped
        // path never makes a new, empty store); an empty file it may open.
        crate::private_files::owner_only(
            OpenOptions::new().write(true).create(true).truncate(true),
        )
        .open(staging)
        .map_err(io("creating the backup copy", staging))?;
        self.conn
            .execute("ATTACH DATABASE ?1 AS backup", [target])
            .context("attaching the backup copy")?;
        // sqlcipher_export copies schema and rows but not user_version,
        // which carries the schema version: copy that by hand.
        let exported = self
            .conn
            .query_row("SELECT sqlcipher_export('backup')", [], |_| Ok(()))
            .and_then(|()| {
                let version: i64 = self
                    .conn
                    .query_row("PRAGMA main.user_version", [], |row| row.get(0))?;
                self.conn
                    .execute_batch(&format!("PRAGMA backup.user_version = {version}"))
            })
            .context("copying the store into the backup");
        let detached = self
            .conn
            .execute_batch("DETACH DATABASE backup")
            .context("detaching the backup copy");
        exported.and(detached)
    }

    fn package(&self, staging: &Path, dest: &Path) -> Result<BackupSummary> {
        let db = fs::read(staging).map_err(io("reading the backup copy", staging))?;
        let key_file: serde_json::Value = serde_json::from_slice(
            &fs::read(self.paths().key())
                .map_err(io("reading the key file", self.paths().key()))?,
        )
        .map_err(|e| bad_backup(self.paths().key(), e.to_string()))?;
        let head = crate::access_log::last(&self.conn)?;
        let manifest = Manifest {
            created_at: Utc::now(),
            store_id: self.store_id().to_owned(),
            key_file,
            log_head: head.map(|(seq, hash)| (seq, hex::encode(hash))),
            db_sha256: hex::encode(Sha256::digest(&db)),
            db_bytes: db.len() as u64,
        };
        let manifest_json =
            serde_json::to_string(&manifest).map_err(|e| bad_backup(dest, e.to_string()))?;
        let mut out =
            crate::private_files::owner_only(OpenOptions::new().write(true).create_new(true))
                .open(dest)
                .map_err(io("creating the backup", dest))?;
        let write = |out: &mut File| -> std::io::Result<()> {
            writeln!(out, "{MAGIC}")?;
            writeln!(out, "{manifest_json}")?;
            out.write_all(&db)?;
            out.sync_all()
        };
        write(&mut out).map_err(io("writing the backup", dest))?;
        sync_parent_dir(dest).map_err(io("syncing the backup folder", dest))?;
        let bytes = fs::metadata(dest)
            .map_err(io("reading the backup", dest))?
            .len();
        Ok(BackupSummary {
            path: dest.to_owned(),
            bytes,
            clients: self.count_clients()?,
            log_entries: head.map_or(0, |(seq, _)| seq),
        })
    }
}

/// Restores the backup `from` as a new store at `to`, which must not exist:
/// a restore never touches an existing store. The restored store is opened
/// with `passphrase` and verified; if either fails, nothing is left behind.
pub fn restore(from: &Path, to: &StorePaths, passphrase: &str, channel: Channel) -> Result<Store> {
    if to.exists() {
        return Err(StoreError::AlreadyExists {
            path: to.db().to_owned(),
        });
    }
    let (manifest, db) = read_backup(from)?;
    let key_file: KeyFile = serde_json::from_value(manifest.key_file)
        .map_err(|e| bad_backup(from, format!("the key inside is damaged: {e}")))?;
    // Refuse a wrong passphrase before writing a byte.
    key_file.unwrap_key(passphrase)?;
    if key_file.store_id() != manifest.store_id {
        return Err(bad_backup(from, "the key inside belongs to another store"));
    }

    let written = write_restored(to, &key_file, manifest.log_head, &db, from)
        .and_then(|()| Store::unlock(to, passphrase, channel))
        .and_then(|store| {
            let report = store.verify()?;
            if report.is_ok() {
                Ok(store)
            } else {
                let problems: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
                Err(bad_backup(from, problems.join("; ")))
            }
        });
    if written.is_err() {
        for path in [
            to.db().to_owned(),
            to.key().to_owned(),
            to.log_head().to_owned(),
            to.wal(),
            to.shm(),
        ] {
            let _ = fs::remove_file(path);
        }
    }
    written
}

fn write_restored(
    to: &StorePaths,
    key_file: &KeyFile,
    head: Option<(i64, String)>,
    db: &[u8],
    from: &Path,
) -> Result<()> {
    if let Some(dir) = to.db().parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::private_files::create_dir(dir).map_err(io("creating the store folder", dir))?;
    }
    let mut out = crate::private_files::owner_only(OpenOptions::new().write(true).create_new(true))
        .open(to.db())
        .map_err(io("creating the restored store", to.db()))?;
    out.write_all(db)
        .and_then(|()| out.sync_all())
        .map_err(io("writing the restored store", to.db()))?;
    if let Some((seq, hash)) = head {
        let hash = hex::decode(&hash)
            .ok()
            .and_then(|h| <[u8; 32]>::try_from(h.as_slice()).ok())
            .ok_or_else(|| bad_backup(from, "the log head inside is damaged"))?;
        LogHead { seq, hash }.write(to.log_head())?;
    }
    key_file.write(to.key())
}

/// Reads and checks a backup file: magic line, manifest, length, checksum.
fn read_backup(path: &Path) -> Result<(Manifest, Vec<u8>)> {
    let file = File::open(path).map_err(io("opening the backup", path))?;
    let mut reader = BufReader::new(file);
    let mut magic = String::new();
    reader
        .read_line(&mut magic)
        .map_err(io("reading the backup", path))?;
    if magic.trim_end() != MAGIC {
        return Err(bad_backup(path, "this is not a Kohtaamo backup"));
    }
    let mut manifest_line = String::new();
    reader
        .read_line(&mut manifest_line)
        .map_err(io("reading the backup", path))?;
    let manifest: Manifest = serde_json::from_str(&manifest_line)
        .map_err(|e| bad_backup(path, format!("its manifest is damaged: {e}")))?;
    let mut db = Vec::new();
    reader
        .read_to_end(&mut db)
        .map_err(io("reading the backup", path))?;
    if db.len() as u64 != manifest.db_bytes {
        return Err(bad_backup(
            path,
            format!(
                "it holds {} bytes of the store, {} were written",
                db.len(),
                manifest.db_bytes
            ),
        ));
    }
    if hex::encode(Sha256::digest(&db)) != manifest.db_sha256 {
        return Err(bad_backup(path, "its checksum does not match"));
    }
    Ok((manifest, db))
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
