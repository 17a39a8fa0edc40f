//! Backups made and restored from the app: how far one has got, what it
//! made, and every way it can fail, as data the UI says in words.

use serde::{Deserialize, Serialize};

use crate::rule::Message;

/// What a backup or a restore is doing now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BackupStage {
    /// SQLCipher copies the store, still encrypted, beside the backup.
    Copying,
    /// The copy is checksummed and written into the backup file (or, in a
    /// restore, the backup's store into the new store's file).
    Writing,
    /// The file is read back and its checksum compared.
    Verifying,
    /// The restored store is opened and checked: pages, structure, log.
    Checking,
}

/// How far a backup or a restore has got: `done` of `total` bytes of
/// `stage`, which is step `step` of `steps`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupProgress {
    pub stage: BackupStage,
    pub step: u8,
    pub steps: u8,
    pub done: u64,
    pub total: u64,
}

impl BackupProgress {
    /// The whole job's share done, 0–100, each step weighing the same.
    pub fn percent(&self) -> u8 {
        let steps = u64::from(self.steps.max(1));
        let before = u64::from(self.step.clamp(1, self.steps.max(1)) - 1);
        let within = (self.done.min(self.total) * 100)
            .checked_div(self.total)
            .unwrap_or(0);
        // At most 100: `before` < steps and `within` ≤ 100.
        u8::try_from((before * 100 + within) / steps).unwrap_or(100)
    }
}

/// A backup made and verified: what the page tells the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupMade {
    /// The file's name only: the folder is the one the person chose.
    pub file_name: String,
    pub bytes: u64,
    pub clients: usize,
}

/// The backup file chosen for a restore, read as far as its manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupChosen {
    pub file_name: String,
    pub bytes: u64,
    /// When the backup was made (UTC; the page shows it as a date).
    pub made_at: chrono::DateTime<chrono::Utc>,
}

/// The words of a native file dialog, from the page's Fluent files (the
/// shell holds no text of its own).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DialogTexts {
    pub title: String,
    /// The name of the backup file type in the dialog's filter.
    pub filter: String,
}

/// Every way a backup or a restore from the app fails that the person can
/// do something about.
#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumCount,
)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum BackupError {
    /// The passphrase does not open the backup (it is the one the store
    /// had when the backup was made).
    #[error("the passphrase does not open this backup")]
    WrongPassphrase,
    #[error("the file is not a Kohtaamo backup")]
    NotABackup,
    /// Cut short: copied or downloaded only in part.
    #[error("the backup file is incomplete")]
    Truncated,
    /// Its contents do not match its checksum, or the store inside fails
    /// its check: changed or damaged after it was made.
    #[error("the backup file has been changed or damaged")]
    Damaged,
    /// The disk (or the memory stick) has no room left.
    #[error("the disk is full")]
    DiskFull,
    /// A backup never overwrites a file.
    #[error("a file of this name already exists")]
    DestinationExists,
    /// A stolen laptop must not carry its own backups.
    #[error("a backup may not be kept in the store's own folder")]
    InsideStoreFolder,
    /// A restore never touches an existing store.
    #[error("this machine already has an own store")]
    OwnStoreExists,
    /// The restore was asked for before a file was chosen.
    #[error("no backup file has been chosen")]
    NoFileChosen,
}

impl BackupError {
    pub fn message(&self) -> Message {
        use BackupError::*;
        Message::plain(match self {
            WrongPassphrase => "backup-error-wrong-passphrase",
            NotABackup => "backup-error-not-a-backup",
            Truncated => "backup-error-truncated",
            Damaged => "backup-error-damaged",
            DiskFull => "backup-error-disk-full",
            DestinationExists => "backup-error-destination-exists",
            InsideStoreFolder => "backup-error-inside-store-folder",
            OwnStoreExists => "backup-error-own-store-exists",
            NoFileChosen => "backup-error-no-file-chosen",
        })
    }
}

/// One of every error: what the locale tests check messages for.
pub fn examples() -> Vec<BackupError> {
    use BackupError::*;
    vec![
        WrongPassphrase,
        NotABackup,
        Truncated,
        Damaged,
        DiskFull,
        DestinationExists,
        InsideStoreFolder,
        OwnStoreExists,
        NoFileChosen,
    ]
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use strum::EnumCount;

    use super::*;

    #[test]
    fn the_examples_hold_every_variant() {
        let kinds: HashSet<_> = examples().iter().map(std::mem::discriminant).collect();
        assert_eq!(kinds.len(), BackupError::COUNT);
    }

    #[test]
    fn backup_errors_cross_ipc_as_tagged_json() {
        for error in examples() {
            let json = serde_json::to_value(crate::api::ApiError::Backup(error.clone())).unwrap();
            assert_eq!(json["code"], "backup", "{json}");
            assert!(json["kind"].is_string(), "{json}");
            let back: crate::api::ApiError = serde_json::from_value(json).unwrap();
            assert_eq!(back, crate::api::ApiError::Backup(error));
        }
    }

    #[test]
    fn progress_runs_from_nothing_to_all_over_the_steps() {
        let at = |step, done, total| {
            BackupProgress {
                stage: BackupStage::Writing,
                step,
                steps: 3,
                done,
                total,
            }
            .percent()
        };
        assert_eq!(at(1, 0, 100), 0);
        assert_eq!(at(1, 50, 100), 16);
        assert_eq!(at(2, 0, 100), 33);
        assert_eq!(at(3, 100, 100), 100);
        // A copy that outgrew its estimate, and an empty step.
        assert_eq!(at(3, 500, 100), 100);
        assert_eq!(at(2, 0, 0), 33);
    }
}
