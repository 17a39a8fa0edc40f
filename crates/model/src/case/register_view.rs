//! What of a case the store's owner may see. Social welfare and health
//! care keep separate registers: the other register's notes and assessment
//! entries reach the owner's screens only while the client's consent in
//! that direction is in force. The shell cuts every case it answers with
//! this way; the UI only says what was left out and why.
//!
//! A consent is enforced by its direction. Its scope (what information, to
//! whom) is free text for now: it is shown, not interpreted.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::consent::may_cross;
use crate::case::register::Register;
use crate::case::stored::Case;

/// What the cut left out of a case: the other register's notes and
/// assessment entries, counted so the screen can say so.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Withheld {
    /// The register whose content is left out, when any is.
    pub register: Option<Register>,
    pub notes: usize,
    pub entries: usize,
}

impl Withheld {
    pub fn is_empty(&self) -> bool {
        self.notes == 0 && self.entries == 0
    }
}

impl Case {
    /// This case as someone writing into `register` may see it on `today`.
    pub fn for_register(&self, register: Register, today: NaiveDate) -> Case {
        let other = register.other();
        let consents: Vec<_> = self.consents.iter().map(|c| c.record.clone()).collect();
        let mut case = self.clone();
        if may_cross(&consents, other, today) {
            case.withheld = Withheld::default();
            return case;
        }
        let mut withheld = Withheld {
            register: Some(other),
            notes: 0,
            entries: 0,
        };
        for appointment in &mut case.appointments {
            let notes = &mut appointment.record.notes;
            let before = notes.len();
            notes.retain(|n| n.register == register);
            withheld.notes += before - notes.len();
        }
        for assessment in &mut case.holistic_assessments {
            let entries = &mut assessment.record.entries;
            let before = entries.len();
            entries.retain(|e| e.register == register);
            withheld.entries += before - entries.len();
        }
        // Earlier versions are cut alike, but not counted again: the notice
        // says how much of the case is left out, not of its history.
        for earlier in &mut case.assessment_history {
            earlier.record.entries.retain(|e| e.register == register);
        }
        if withheld.is_empty() {
            withheld.register = None;
        }
        case.withheld = withheld;
        case
    }
}
