//! Earlier versions of a case's records. A record that may change (an
//! assessment, a consent, a clientship) is never overwritten in place: the
//! store keeps each version it replaced, with when and by whom, so what was
//! written once stays readable (and can be synced as history later).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::case::professional::ProfessionalId;
use crate::id::RecordId;

/// What record `id` was at `revision`, until `replaced_by` saved the next
/// revision at `replaced_at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Earlier<R> {
    pub id: RecordId,
    pub revision: i64,
    pub replaced_at: DateTime<Utc>,
    pub replaced_by: Option<ProfessionalId>,
    pub record: R,
}
