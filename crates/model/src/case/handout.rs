//! What of a case may leave on paper for the client: the agreed plan and
//! the info sheet. Chosen here, where the data is selected, so that no
//! template ever holds more than the client may take home.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::stored::Case;
use crate::rule::CaseError;

/// Which handout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HandoutKind {
    /// The client's copy of the agreed plan.
    Plan,
    /// One page for a new joint client: what joint clientship means, who
    /// the team is and how to reach it.
    InfoSheet,
}

impl HandoutKind {
    /// The access log's name for handing it out, so the client's report
    /// says what they were given.
    pub fn record_kind(self) -> &'static str {
        match self {
            HandoutKind::Plan => "handout-plan",
            HandoutKind::InfoSheet => "handout-info-sheet",
        }
    }

    /// The file name the save dialog offers.
    pub fn file_stem(self) -> &'static str {
        match self {
            HandoutKind::Plan => "suunnitelma",
            HandoutKind::InfoSheet => "tietolehti",
        }
    }
}

impl Case {
    /// This case as a handout of `kind` may hold it on `today`: the cut of
    /// the shared screen (`for_shared_screen`: what the client sees at the
    /// appointment, the team's contact details only where the team gave
    /// them), with the newest *agreed* plan version rather than a draft
    /// being edited after it. A plan handout needs an agreed version; both
    /// need a joint clientship, whose team they name.
    pub fn for_handout(&self, kind: HandoutKind, today: NaiveDate) -> Result<Case, CaseError> {
        if self.clientship().is_none() {
            return Err(CaseError::NoClientship);
        }
        let mut case = self.clone();
        match case.agreed_plan().map(|p| p.record.number) {
            Some(agreed) => case.plan_versions.retain(|p| p.record.number <= agreed),
            None if kind == HandoutKind::Plan => return Err(CaseError::PlanNotAgreed),
            None => case.plan_versions.clear(),
        }
        Ok(case.for_shared_screen(today))
    }
}
