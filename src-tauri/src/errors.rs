//! Store errors as the UI sees them: codes it can explain, nothing more.

use kohtaamo_model::api::ApiError;
use kohtaamo_store::StoreError;

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
        StoreError::InvalidRecord { record, detail } => ApiError::Rule {
            record: record.to_owned(),
            detail,
        },
        StoreError::RecordNotFound { .. } => ApiError::ClientNotFound,
        StoreError::ClientNotFound(_) => ApiError::ClientNotFound,
        // StoreError's messages name files and operations, never client data.
        other => ApiError::Internal {
            detail: other.to_string(),
        },
    }
}
