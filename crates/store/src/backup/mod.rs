//! Backups: one file holding an encrypted copy of the database, the key
//! file that unlocks it (with the same passphrase) and the access log's
//! head. Nothing in it is readable without the passphrase.
//!
//! Layout (`format`): the line `kohtaamo-backup/1`, a manifest (JSON) on
//! the second line, then the database bytes. The manifest carries the
//! database's SHA-256, so a damaged or cut-off backup is refused before
//! anything is written. A backup is read back and checked after it is
//! written, and a restore (`restore`) is checked (SQLCipher page
//! authentication, structure, access-log chain) before it is kept.
//!
//! Both tell how far they have got through a callback (bytes done of the
//! step's total), which the app sends to the page and the CLI may print.

mod destination;
mod format;
mod restore;

use std::fs::{self, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::Utc;
use kohtaamo_model::backup::{BackupProgress, BackupStage};

pub use destination::check_destination;
pub use restore::{inspect, restore, BackupInfo};

use crate::access_log::{Access, Action, Purpose};
use crate::atomic_file::sync_parent_dir;
use crate::error::SqlContext;
use crate::{Result, Store, StoreError};
use format::{copy_hashed, damaged, read_header, write_header, Manifest};

/// Told how far a backup or a restore has got; called from the working
/// thread and, while SQLCipher copies the store, from a watching one.
pub type OnProgress<'a> = &'a (dyn Fn(BackupProgress) + Sync);

/// For callers with nothing to show.
pub fn no_progress(_: BackupProgress) {}

/// What a backup holds, for the messages of the CLI and the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSummary {
    pub path: PathBuf,
    pub bytes: u64,
    pub clients: usize,
    pub log_entries: i64,
}

const BACKUP_STEPS: u8 = 3;

fn report(
    progress: OnProgress<'_>,
    stage: BackupStage,
    step: u8,
    steps: u8,
) -> impl Fn(u64, u64) + '_ {
    move |done, total| {
        progress(BackupProgress {
            stage,
            step,
            steps,
            done,
            total,
        })
    }
}

impl Store {
    /// Writes a backup to `dest`, which must not exist yet. The backup is
    /// logged (in the store, and so in the backup) before it is taken, and
    /// read back and checked before this returns; a backup that fails any
    /// step is removed.
    pub fn backup_to(
        &mut self,
        dest: &Path,
        purpose: Purpose,
        progress: OnProgress<'_>,
    ) -> Result<BackupSummary> {
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
        let written = self
            .export_copy(&staging, progress)
            .and_then(|()| self.package(&staging, dest, progress));
        let _ = fs::remove_file(&staging);
        // Read it back as a restore would, before calling it done.
        let checked = written.and_then(|summary| {
            verify_file(dest, progress)?;
            Ok(summary)
        });
        if checked.is_err() {
            let _ = fs::remove_file(dest);
        }
        checked.map_err(StoreError::disk_full_as_such)
    }

    /// An encrypted copy of the database, made by SQLCipher itself with the
    /// same key (an attached database without a KEY clause inherits it).
    /// SQLCipher says nothing while it copies, so a watching thread tells
    /// the copy's size as it grows.
    fn export_copy(&self, staging: &Path, progress: OnProgress<'_>) -> Result<()> {
        let target = staging
            .to_str()
            .ok_or_else(|| damaged(staging, "the backup path is not valid UTF-8"))?;
        let total: i64 = self
            .conn
            .query_row(
                "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
                [],
                |row| row.get(0),
            )
            .context("measuring the store")?;
        let total = u64::try_from(total).unwrap_or(0);
        let tell = report(progress, BackupStage::Copying, 1, BACKUP_STEPS);
        tell(0, total);
        // The store's connection may not create files (so that a mistyped
        // path never makes a new, empty store); an empty file it may open.
        crate::private_files::owner_only(
            OpenOptions::new().write(true).create(true).truncate(true),
        )
        .open(staging)
        .map_err(|e| StoreError::io("creating the backup copy", staging, e))?;
        self.conn
            .execute("ATTACH DATABASE ?1 AS backup", [target])
            .context("attaching the backup copy")?;
        let finished = AtomicBool::new(false);
        let exported = std::thread::scope(|scope| {
            scope.spawn(|| {
                while !finished.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(100));
                    if let Ok(meta) = fs::metadata(staging) {
                        tell(meta.len().min(total), total);
                    }
                }
            });
            // sqlcipher_export copies schema and rows but not user_version,
            // which carries the schema version: copy that by hand.
            let exported = self
                .conn
                .query_row("SELECT sqlcipher_export('backup')", [], |_| Ok(()))
                .and_then(|()| {
                    let version: i64 =
                        self.conn
                            .query_row("PRAGMA main.user_version", [], |row| row.get(0))?;
                    self.conn
                        .execute_batch(&format!("PRAGMA backup.user_version = {version}"))
                })
                .context("copying the store into the backup");
            finished.store(true, Ordering::Relaxed);
            exported
        });
        let detached = self
            .conn
            .execute_batch("DETACH DATABASE backup")
            .context("detaching the backup copy");
        exported.and(detached)?;
        tell(total, total);
        Ok(())
    }

    /// Writes the backup file from the staged copy: its checksum first (the
    /// manifest, which carries it, comes before the bytes), then the file.
    fn package(
        &self,
        staging: &Path,
        dest: &Path,
        progress: OnProgress<'_>,
    ) -> Result<BackupSummary> {
        let len = fs::metadata(staging)
            .map_err(|e| StoreError::io("reading the backup copy", staging, e))?
            .len();
        let tell = report(progress, BackupStage::Writing, 2, BACKUP_STEPS);
        let open_copy = || {
            fs::File::open(staging)
                .map_err(|e| StoreError::io("reading the backup copy", staging, e))
        };
        let sha = copy_hashed(&mut open_copy()?, len, None, (staging, dest), &|done| {
            tell(done, 2 * len)
        })?;
        let key_file: serde_json::Value = serde_json::from_slice(
            &fs::read(self.paths().key())
                .map_err(|e| StoreError::io("reading the key file", self.paths().key(), e))?,
        )
        .map_err(|e| damaged(self.paths().key(), e.to_string()))?;
        let head = crate::access_log::last(&self.conn)?;
        let manifest = Manifest {
            created_at: Utc::now(),
            store_id: self.store_id().to_owned(),
            key_file,
            log_head: head.map(|(seq, hash)| (seq, hex::encode(hash))),
            db_sha256: sha.clone(),
            db_bytes: len,
        };
        let mut out =
            crate::private_files::owner_only(OpenOptions::new().write(true).create_new(true))
                .open(dest)
                .map_err(|e| StoreError::io("creating the backup", dest, e))?;
        write_header(&mut out, &manifest, dest)?;
        let again = copy_hashed(
            &mut open_copy()?,
            len,
            Some(&mut out),
            (staging, dest),
            &|done| tell(len + done, 2 * len),
        )?;
        if again != sha {
            return Err(damaged(dest, "the copy changed while it was written"));
        }
        out.sync_all()
            .map_err(|e| StoreError::io("writing the backup", dest, e))?;
        sync_parent_dir(dest).map_err(|e| StoreError::io("syncing the backup folder", dest, e))?;
        let bytes = fs::metadata(dest)
            .map_err(|e| StoreError::io("reading the backup", dest, e))?
            .len();
        Ok(BackupSummary {
            path: dest.to_owned(),
            bytes,
            clients: self.count_clients()?,
            log_entries: head.map_or(0, |(seq, _)| seq),
        })
    }
}

/// Reads a whole backup back and checks its checksum, as step 3 of 3 of a
/// backup.
fn verify_file(path: &Path, progress: OnProgress<'_>) -> Result<()> {
    let (manifest, mut reader) = read_header(path)?;
    let tell = report(progress, BackupStage::Verifying, 3, BACKUP_STEPS);
    let len = manifest.db_bytes;
    let sha = copy_hashed(&mut reader, len, None, (path, path), &|done| {
        tell(done, len)
    })?;
    tell(len, len);
    if sha == manifest.db_sha256 {
        Ok(())
    } else {
        Err(damaged(path, "its checksum does not match"))
    }
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
