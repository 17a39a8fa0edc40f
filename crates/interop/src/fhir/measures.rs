//! The extension point for measures as `QuestionnaireResponse`s: the 3X10D
//! life-situation meter, a PROM, the client-experience survey.
//!
//! The model has no measures yet, so there is nothing to export and this
//! returns none. When measures arrive, each answered instrument becomes one
//! `QuestionnaireResponse` here (status `completed`, `subject` the
//! patient, `authored` the day it was answered, `author` the patient for
//! the client's own answers, `questionnaire` the instrument's canonical URL
//! where it has one), with its answers exactly as recorded; an item the
//! instrument does not have is never made up. The bundle and its
//! provenance already take whatever this returns.

use kohtaamo_model::case::stored::Case;

use super::Entry;

pub(crate) fn questionnaire_responses(_case: &Case, _patient: &Entry) -> Vec<Entry> {
    Vec::new()
}
