//! Store errors as the UI sees them: codes it can explain, nothing more.

use kohtaamo_model::api::ApiError;
use kohtaamo_model::backup::BackupError;
use kohtaamo_store::StoreError;

use kohtaamo_store::fhir::FhirError;

pub fn to_api(error: StoreError) -> ApiError {
    match error {
        StoreError::WrongPassphrase => ApiError::WrongPassphrase,
        StoreError::WrongPin { tries_left } => ApiError::WrongPin { tries_left },
        StoreError::PinTriesUsedUp => ApiError::PinTriesUsedUp,
        StoreError::AlreadyExists { .. } => ApiError::StoreExists,
        StoreError::Missing { .. } => ApiError::StoreMissing,
        StoreError::DuplicateHetu => ApiError::DuplicateHetu,
        StoreError::InUse { .. } => ApiError::StoreInUse,
        StoreError::StaleRevision { .. } => ApiError::StaleRevision,
        StoreError::PlanLocked { .. } => ApiError::PlanLocked,
        StoreError::Rule(rule) => ApiError::Rule(rule),
        StoreError::History { .. } => {
            ApiError::Rule(kohtaamo_model::rule::CaseError::History.into())
        }
        StoreError::RecordNotFound { .. } => ApiError::ClientNotFound,
        StoreError::ClientNotFound(_) => ApiError::ClientNotFound,
        StoreError::Instrument(problem) => ApiError::InstrumentInvalid { problem },
        StoreError::InstrumentVersionTaken { id, version } => {
            ApiError::InstrumentVersionTaken { id, version }
        }
        StoreError::NotABackup { .. } => ApiError::Backup(BackupError::NotABackup),
        StoreError::BackupTruncated { .. } => ApiError::Backup(BackupError::Truncated),
        StoreError::BackupDamaged { .. } => ApiError::Backup(BackupError::Damaged),
        StoreError::BackupInsideStoreFolder { .. } => {
            ApiError::Backup(BackupError::InsideStoreFolder)
        }
        StoreError::DiskFull { .. } => ApiError::Backup(BackupError::DiskFull),
        StoreError::Fhir(FhirError::NoCustodian { register }) => ApiError::NoCustodian { register },
        // StoreError's messages name files and operations, never client data.
        other => ApiError::Internal {
            detail: other.to_string(),
        },
    }
}

/// A backup's errors: a file already at the chosen path is the
/// destination, not a store.
pub fn backup_error(error: StoreError) -> ApiError {
    match error {
        StoreError::AlreadyExists { .. } => ApiError::Backup(BackupError::DestinationExists),
        other => to_api(other),
    }
}

/// A restore's errors: the passphrase is the backup's, and the store that
/// exists is the own store, which a restore never touches.
pub fn restore_error(error: StoreError) -> ApiError {
    match error {
        StoreError::WrongPassphrase => ApiError::Backup(BackupError::WrongPassphrase),
        StoreError::AlreadyExists { .. } => ApiError::Backup(BackupError::OwnStoreExists),
        other => to_api(other),
    }
}
