//! Restoring a backup as a new store. Nothing is written until the whole
//! file has been read and its checksum holds; the store is then built in a
//! folder of its own beside the target, opened and verified there, and only
//! then moved into place. A restore that fails leaves nothing behind, and
//! none ever touches an existing store.

use std::fs::{self, OpenOptions};
use std::io::{Seek, SeekFrom};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use kohtaamo_model::backup::BackupStage;

use super::format::{copy_hashed, damaged, read_header};
use super::{report, OnProgress};
use crate::access_log::Channel;
use crate::atomic_file::sync_parent_dir;
use crate::envelope::{DataKey, KeyFile};
use crate::log_head::LogHead;
use crate::{Result, Store, StoreError, StorePaths};

const RESTORE_STEPS: u8 = 3;

/// What a backup file says of itself before it is opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    pub created_at: DateTime<Utc>,
    pub bytes: u64,
}

/// Reads a backup as far as its manifest and checks its length: what a
/// person choosing the file is told at once ("not a backup", "incomplete")
/// before typing its passphrase. The checksum is checked by the restore.
pub fn inspect(path: &Path) -> Result<BackupInfo> {
    let (manifest, _) = read_header(path)?;
    let bytes = fs::metadata(path)
        .map_err(|e| StoreError::io("reading the backup", path, e))?
        .len();
    Ok(BackupInfo {
        created_at: manifest.created_at,
        bytes,
    })
}

/// Restores the backup `from` as a new store at `to`, which must not exist:
/// a restore never touches an existing store. The restored store is opened
/// with `passphrase` and verified; if either fails, nothing is left behind.
pub fn restore(
    from: &Path,
    to: &StorePaths,
    passphrase: &str,
    channel: Channel,
    progress: OnProgress<'_>,
) -> Result<Store> {
    restore_inner(from, to, passphrase, channel, progress).map_err(StoreError::disk_full_as_such)
}

fn restore_inner(
    from: &Path,
    to: &StorePaths,
    passphrase: &str,
    channel: Channel,
    progress: OnProgress<'_>,
) -> Result<Store> {
    if to.exists() {
        return Err(StoreError::AlreadyExists {
            path: to.db().to_owned(),
        });
    }
    let (manifest, mut reader) = read_header(from)?;
    let key_file: KeyFile = serde_json::from_value(manifest.key_file.clone())
        .map_err(|e| damaged(from, format!("the key inside is damaged: {e}")))?;
    // Refuse a wrong passphrase before writing a byte.
    let data_key = key_file.unwrap_key(passphrase)?;
    if key_file.store_id() != manifest.store_id {
        return Err(damaged(from, "the key inside belongs to another store"));
    }
    let len = manifest.db_bytes;
    let body_at = reader
        .stream_position()
        .map_err(|e| StoreError::io("reading the backup", from, e))?;

    let tell = report(progress, BackupStage::Verifying, 1, RESTORE_STEPS);
    tell(0, len);
    let sha = copy_hashed(&mut reader, len, None, (from, from), &|done| {
        tell(done, len)
    })?;
    if sha != manifest.db_sha256 {
        return Err(damaged(from, "its checksum does not match"));
    }

    let folder = to
        .db()
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_owned();
    crate::private_files::create_dir(&folder)
        .map_err(|e| StoreError::io("creating the store folder", &folder, e))?;
    let staging_dir = staging_folder(&folder, to);
    let built = build(
        &staging_dir,
        to,
        from,
        &manifest,
        &key_file,
        &data_key,
        (&mut reader, body_at),
        channel,
        progress,
    );
    let moved = built.and_then(|staged| {
        // Someone may have made a store here meanwhile: still never touch it.
        if to.exists() {
            return Err(StoreError::AlreadyExists {
                path: to.db().to_owned(),
            });
        }
        // The key file last: a store "exists" from its database or its key
        // (see StorePaths::exists), so the database and log head come first
        // and the key completes the store.
        for (staged, target) in [
            (staged.log_head().to_owned(), to.log_head().to_owned()),
            (staged.db().to_owned(), to.db().to_owned()),
            (staged.key().to_owned(), to.key().to_owned()),
        ] {
            if staged.exists() {
                fs::rename(&staged, &target).map_err(|e| {
                    StoreError::io("moving the restored store into place", &target, e)
                })?;
            }
        }
        sync_parent_dir(to.db()).map_err(|e| StoreError::io("syncing the store folder", to.db(), e))
    });
    let _ = fs::remove_dir_all(&staging_dir);
    if moved.is_err() && !to.key().exists() {
        // Moved in part: the store was never whole, take back what came.
        let _ = fs::remove_file(to.db());
        let _ = fs::remove_file(to.log_head());
    }
    moved?;
    Store::open_with_key(to, &key_file, data_key, channel)
}

/// A folder beside the target for building the store in, new for this
/// restore (a leftover of a crashed one is not reused).
fn staging_folder(folder: &Path, to: &StorePaths) -> PathBuf {
    let name = to
        .db()
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stamp = Utc::now().timestamp_nanos_opt().unwrap_or_default();
    folder.join(format!(".{name}.restoring-{}-{stamp}", std::process::id()))
}

/// Writes the store into `staging_dir`, opens it and verifies it there.
#[allow(
    clippy::too_many_arguments,
    reason = "one step of `restore`, given what it read"
)]
fn build(
    staging_dir: &Path,
    to: &StorePaths,
    from: &Path,
    manifest: &super::format::Manifest,
    key_file: &KeyFile,
    data_key: &DataKey,
    (reader, body_at): (&mut std::io::BufReader<fs::File>, u64),
    channel: Channel,
    progress: OnProgress<'_>,
) -> Result<StorePaths> {
    crate::private_files::create_dir(staging_dir)
        .map_err(|e| StoreError::io("creating the restore folder", staging_dir, e))?;
    let file_name = to
        .db()
        .file_name()
        .unwrap_or(std::ffi::OsStr::new("kohtaamo.db"));
    let staged = StorePaths::for_db(staging_dir.join(file_name));
    let len = manifest.db_bytes;

    let tell = report(progress, BackupStage::Writing, 2, RESTORE_STEPS);
    tell(0, len);
    let mut out = crate::private_files::owner_only(OpenOptions::new().write(true).create_new(true))
        .open(staged.db())
        .map_err(|e| StoreError::io("creating the restored store", staged.db(), e))?;
    reader
        .seek(SeekFrom::Start(body_at))
        .map_err(|e| StoreError::io("reading the backup", from, e))?;
    let sha = copy_hashed(reader, len, Some(&mut out), (from, staged.db()), &|done| {
        tell(done, len)
    })?;
    // The file may have changed since it was checked.
    if sha != manifest.db_sha256 {
        return Err(damaged(from, "its checksum does not match"));
    }
    out.sync_all()
        .map_err(|e| StoreError::io("writing the restored store", staged.db(), e))?;
    drop(out);
    if let Some((seq, hash)) = &manifest.log_head {
        let hash = hex::decode(hash)
            .ok()
            .and_then(|h| <[u8; 32]>::try_from(h.as_slice()).ok())
            .ok_or_else(|| damaged(from, "the log head inside is damaged"))?;
        LogHead { seq: *seq, hash }.write(staged.log_head())?;
    }
    key_file.write(staged.key())?;

    let tell = report(progress, BackupStage::Checking, 3, RESTORE_STEPS);
    tell(0, 1);
    let key = DataKey(zeroize::Zeroizing::new(*data_key.0));
    // The key opened the key file, so a database it cannot read was changed
    // inside (its pages are authenticated).
    let inside = |e: StoreError| match e {
        StoreError::Sqlite { .. } | StoreError::CorruptRow { .. } => {
            damaged(from, format!("the store inside does not check: {e}"))
        }
        other => other,
    };
    let store = Store::open_with_key(&staged, key_file, key, channel).map_err(inside)?;
    let report = store.verify().map_err(inside)?;
    // Closed here, so that SQLite folds its WAL back into the file before
    // the files move.
    store.lock();
    if !report.is_ok() {
        let problems: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
        return Err(damaged(from, problems.join("; ")));
    }
    tell(1, 1);
    Ok(staged)
}
