//! Backups and restores against real files: the round trip with its
//! progress, and every way a backup file can be bad (tampered, truncated,
//! not a backup, the wrong passphrase, a full disk), none of which may
//! leave a half store behind or touch an existing one.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot set up its files should fail"
)]

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use kohtaamo_model::backup::{BackupProgress, BackupStage};
use kohtaamo_store::backup::{self, no_progress};
use kohtaamo_store::{Channel, KdfParams, Purpose, Store, StoreError, StorePaths};

const PASSPHRASE: &str = "backup test passphrase";

fn store_with_clients(dir: &Path, clients: usize) -> Store {
    let mut store = Store::create(
        &StorePaths::for_db(dir.join("store/case.db")),
        PASSPHRASE,
        KdfParams::FAST_INSECURE,
        Channel::Cli,
    )
    .unwrap();
    kohtaamo_store::demo::populate(&mut store, clients, 7).unwrap();
    store
}

/// A store of `clients` demo clients and a backup of it, made elsewhere.
fn backed_up(dir: &Path, clients: usize) -> PathBuf {
    let mut store = store_with_clients(dir, clients);
    let file = dir.join("elsewhere/b.kohtaamo-backup");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    store
        .backup_to(&file, Purpose::Administration, &no_progress)
        .unwrap();
    file
}

fn target(dir: &Path) -> StorePaths {
    StorePaths::for_db(dir.join("restored/kohtaamo.db"))
}

/// What the restore's folder holds: nothing, after a failed restore.
fn left_in(folder: &Path) -> Vec<String> {
    match std::fs::read_dir(folder) {
        Ok(entries) => entries
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => Vec::new(),
    }
}

fn restore_err(from: &Path, to: &StorePaths, passphrase: &str) -> StoreError {
    match backup::restore(from, to, passphrase, Channel::Cli, &no_progress) {
        Ok(_) => panic!("the restore of {} succeeded", from.display()),
        Err(e) => e,
    }
}

/// Every report, in order, from whichever thread it came.
#[derive(Default)]
struct Seen(Mutex<Vec<BackupProgress>>);

impl Seen {
    fn record(&self) -> impl Fn(BackupProgress) + Sync + '_ {
        move |p| self.0.lock().unwrap().push(p)
    }

    fn take(&self) -> Vec<BackupProgress> {
        std::mem::take(&mut self.0.lock().unwrap())
    }
}

fn assert_runs_through(seen: &[BackupProgress], stages: &[BackupStage]) {
    let mut order: Vec<BackupStage> = Vec::new();
    for p in seen {
        if order.last() != Some(&p.stage) {
            order.push(p.stage);
        }
        assert!(p.done <= p.total, "{p:?}");
    }
    assert_eq!(order, stages);
    let percents: Vec<u8> = seen.iter().map(BackupProgress::percent).collect();
    assert!(
        percents.windows(2).all(|w| w[0] <= w[1]),
        "progress went back: {percents:?}"
    );
    assert_eq!(percents.first(), Some(&0));
    assert_eq!(percents.last(), Some(&100));
}

#[test]
fn a_backup_restores_whole_and_tells_its_progress_on_the_way() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_with_clients(dir.path(), 300);
    let file = dir.path().join("b.kohtaamo-backup");
    let seen = Seen::default();
    let summary = store
        .backup_to(&file, Purpose::Administration, &seen.record())
        .unwrap();
    assert_eq!(summary.clients, 300);
    assert_eq!(summary.bytes, std::fs::metadata(&file).unwrap().len());
    let backup_progress = seen.take();
    assert_runs_through(
        &backup_progress,
        &[
            BackupStage::Copying,
            BackupStage::Writing,
            BackupStage::Verifying,
        ],
    );
    // The copy's staging file is gone; only the backup is left beside it.
    assert_eq!(left_in(dir.path()).len(), 2, "{:?}", left_in(dir.path()));
    let info = backup::inspect(&file).unwrap();
    assert_eq!(info.bytes, summary.bytes);
    store.lock();

    let to = target(dir.path());
    let restored = backup::restore(&file, &to, PASSPHRASE, Channel::Cli, &seen.record()).unwrap();
    assert_eq!(restored.count_clients().unwrap(), 300);
    assert!(restored.verify().unwrap().is_ok());
    assert_runs_through(
        &seen.take(),
        &[
            BackupStage::Verifying,
            BackupStage::Writing,
            BackupStage::Checking,
        ],
    );
    // Only the store's own files: the folder it was built in is gone.
    let mut files = left_in(to.db().parent().unwrap());
    files.sort();
    assert_eq!(
        files,
        [
            "kohtaamo.db",
            "kohtaamo.db-shm",
            "kohtaamo.db-wal",
            "kohtaamo.key",
            "kohtaamo.lock",
            "kohtaamo.loghead"
        ]
    );
    restored.lock();
    // And it opens with the passphrase the store had.
    Store::unlock(&to, PASSPHRASE, Channel::Cli).unwrap();
}

#[test]
fn a_tampered_backup_is_refused_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = backed_up(dir.path(), 20);
    let mut bytes = std::fs::read(&file).unwrap();
    let last = bytes.len() - 100;
    bytes[last] ^= 0x01;
    std::fs::write(&file, &bytes).unwrap();
    let to = target(dir.path());
    let error = restore_err(&file, &to, PASSPHRASE);
    assert!(
        matches!(error, StoreError::BackupDamaged { .. }),
        "{error:?}"
    );
    assert!(left_in(to.db().parent().unwrap()).is_empty());
}

#[test]
fn a_backup_whose_checksum_was_forged_too_fails_the_stores_own_check() {
    use sha2::Digest;
    let dir = tempfile::tempdir().unwrap();
    let file = backed_up(dir.path(), 20);
    let bytes = std::fs::read(&file).unwrap();
    let second_nl = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(1)
        .unwrap()
        .0;
    let (head, body) = bytes.split_at(second_nl + 1);
    let mut body = body.to_vec();
    let at = body.len() - 5000;
    body[at] ^= 0x40;
    let text = String::from_utf8(head.to_vec()).unwrap();
    let mut manifest: serde_json::Value =
        serde_json::from_str(text.lines().nth(1).unwrap()).unwrap();
    manifest["db_sha256"] = hex::encode(sha2::Sha256::digest(&body)).into();
    let mut forged = format!("kohtaamo-backup/1\n{manifest}\n").into_bytes();
    forged.extend_from_slice(&body);
    std::fs::write(&file, forged).unwrap();
    let to = target(dir.path());
    let error = restore_err(&file, &to, PASSPHRASE);
    assert!(
        matches!(error, StoreError::BackupDamaged { .. }),
        "{error:?}"
    );
    assert!(left_in(to.db().parent().unwrap()).is_empty());
}

#[test]
fn a_truncated_backup_is_said_to_be_incomplete_wherever_it_was_cut() {
    let dir = tempfile::tempdir().unwrap();
    let file = backed_up(dir.path(), 20);
    let bytes = std::fs::read(&file).unwrap();
    let to = target(dir.path());
    // In the database, in the manifest, in the first line.
    for keep in [bytes.len() - 1, bytes.len() / 2, 200, 40, 5] {
        let cut = dir.path().join(format!("cut-{keep}"));
        std::fs::write(&cut, &bytes[..keep]).unwrap();
        let error = restore_err(&cut, &to, PASSPHRASE);
        assert!(
            matches!(error, StoreError::BackupTruncated { .. }),
            "cut at {keep}: {error:?}"
        );
        assert!(matches!(
            backup::inspect(&cut),
            Err(StoreError::BackupTruncated { .. })
        ));
        assert!(left_in(to.db().parent().unwrap()).is_empty());
    }
}

#[test]
fn a_file_that_is_no_backup_is_said_so() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_clients(dir.path(), 3);
    let to = target(dir.path());
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "kauppalista: maitoa, leipää\n").unwrap();
    let empty = dir.path().join("empty");
    std::fs::write(&empty, "").unwrap();
    // The store's own database file is not a backup of it.
    for file in [text.as_path(), empty.as_path(), store.paths().db()] {
        let error = restore_err(file, &to, PASSPHRASE);
        assert!(
            matches!(error, StoreError::NotABackup { .. }),
            "{}: {error:?}",
            file.display()
        );
    }
    assert!(left_in(to.db().parent().unwrap()).is_empty());
}

#[test]
fn a_wrong_passphrase_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = backed_up(dir.path(), 5);
    let to = target(dir.path());
    let error = restore_err(&file, &to, "not the passphrase at all");
    assert!(matches!(error, StoreError::WrongPassphrase), "{error:?}");
    assert!(!to.db().parent().unwrap().exists());
}

#[test]
fn a_restore_never_touches_an_existing_store() {
    let dir = tempfile::tempdir().unwrap();
    let file = backed_up(dir.path(), 5);
    let existing = StorePaths::for_db(dir.path().join("store/case.db"));
    let before = kohtaamo_store_files(existing.db().parent().unwrap());
    let error = restore_err(&file, &existing, PASSPHRASE);
    assert!(
        matches!(error, StoreError::AlreadyExists { .. }),
        "{error:?}"
    );
    assert_eq!(
        kohtaamo_store_files(existing.db().parent().unwrap()),
        before
    );
    // A lone key file is a store too.
    let half = StorePaths::for_db(dir.path().join("half/kohtaamo.db"));
    std::fs::create_dir_all(dir.path().join("half")).unwrap();
    std::fs::write(half.key(), "{}").unwrap();
    assert!(matches!(
        restore_err(&file, &half, PASSPHRASE),
        StoreError::AlreadyExists { .. }
    ));
    assert_eq!(std::fs::read(half.key()).unwrap(), b"{}");
    assert!(!half.db().exists());
}

fn kohtaamo_store_files(folder: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_backup_never_overwrites_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_with_clients(dir.path(), 2);
    let file = dir.path().join("there.kohtaamo-backup");
    std::fs::write(&file, "someone else's").unwrap();
    let error = store
        .backup_to(&file, Purpose::Administration, &no_progress)
        .unwrap_err();
    assert!(
        matches!(error, StoreError::AlreadyExists { .. }),
        "{error:?}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), b"someone else's");
}

#[test]
fn a_full_disk_is_its_own_error() {
    use std::io::{Error, ErrorKind};
    let path = Path::new("/media/stick/b.kohtaamo-backup");
    for kind in [ErrorKind::StorageFull, ErrorKind::QuotaExceeded] {
        let error = StoreError::io("writing the backup", path, Error::from(kind));
        assert!(matches!(error, StoreError::DiskFull { .. }), "{error:?}");
    }
    // ENOSPC from the kernel is StorageFull.
    let error = StoreError::io("writing", path, Error::from_raw_os_error(28));
    assert!(matches!(error, StoreError::DiskFull { .. }), "{error:?}");
    // An I/O error made elsewhere (the key file's writer) is turned too.
    let made_elsewhere = StoreError::Io {
        action: "writing the key file",
        path: path.to_owned(),
        source: Error::from(ErrorKind::StorageFull),
    };
    assert!(matches!(
        made_elsewhere.disk_full_as_such(),
        StoreError::DiskFull { .. }
    ));
    let other = StoreError::io("writing", path, Error::from(ErrorKind::PermissionDenied));
    assert!(matches!(other, StoreError::Io { .. }), "{other:?}");
}

/// A real full disk: a 64 KiB tmpfs, which needs the right to mount one
/// (root on Linux, outside most containers). Not in the default run, so
/// that it is never counted as passed where it could not run: the mapping
/// test above covers the error in every run; this one with `--ignored`.
#[test]
#[ignore = "mounts a tmpfs: run as root with --ignored"]
fn a_backup_to_a_full_disk_says_so_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_with_clients(dir.path(), 50);
    let small = dir.path().join("small");
    std::fs::create_dir_all(&small).unwrap();
    let _mount = Tmpfs::mount(&small, "64k").expect("mounting a 64 KiB tmpfs (needs root)");
    let file = small.join("b.kohtaamo-backup");
    let error = store
        .backup_to(&file, Purpose::Administration, &no_progress)
        .unwrap_err();
    assert!(matches!(error, StoreError::DiskFull { .. }), "{error:?}");
    assert!(left_in(&small).is_empty(), "{:?}", left_in(&small));
    // A restore onto a full disk too.
    store.lock();
    let good = dir.path().join("b.kohtaamo-backup");
    let mut store = Store::unlock(
        &StorePaths::for_db(dir.path().join("store/case.db")),
        PASSPHRASE,
        Channel::Cli,
    )
    .unwrap();
    store
        .backup_to(&good, Purpose::Administration, &no_progress)
        .unwrap();
    let to = StorePaths::for_db(small.join("kohtaamo.db"));
    let error = restore_err(&good, &to, PASSPHRASE);
    assert!(matches!(error, StoreError::DiskFull { .. }), "{error:?}");
    assert!(left_in(&small).is_empty(), "{:?}", left_in(&small));
}

/// A tmpfs mounted for one test and unmounted when dropped.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(at: &Path, size: &str) -> Option<Self> {
        if !cfg!(target_os = "linux") {
            return None;
        }
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Self(at.to_owned()))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}
