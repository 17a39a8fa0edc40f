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
        // StoreError's messages name files and operations, never client data.
        other => ApiError::Internal {
            detail: other.to_string(),
        },
    }
}
