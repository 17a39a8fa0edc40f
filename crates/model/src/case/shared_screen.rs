//! What of a case may reach the shared screen's own window.
//!
//! The client view in the main window draws only what is marked for the
//! client. A window of its own, on a second display, gets its copy of the
//! case from the shell, so the copy itself leaves out everything else: a
//! page that never receives a professional-only note cannot show it.

use chrono::NaiveDate;

use crate::case::consent::{shown_on_shared_screen, Consent};
use crate::case::stored::Case;

impl Case {
    /// This case as the shared screen may hold it on `today`: notes and
    /// assessment entries marked for the client and, across registers,
    /// covered by a consent; no note drafts, no professional's view, no
    /// service use, and only the newest plan version.
    pub fn for_shared_screen(&self, today: NaiveDate) -> Case {
        let consents: Vec<Consent> = self.consents.iter().map(|c| c.record.clone()).collect();
        let shown =
            |register, visibility| shown_on_shared_screen(&consents, register, visibility, today);
        let mut case = self.clone();
        for appointment in &mut case.appointments {
            let record = &mut appointment.record;
            record.notes.retain(|n| shown(n.register, n.visibility));
            record.draft_note = None;
        }
        for assessment in &mut case.holistic_assessments {
            let entries = &mut assessment.record.entries;
            entries.retain(|e| shown(e.register, e.visibility));
            for entry in entries {
                entry.professional_view.clear();
            }
        }
        case.service_use.clear();
        let newest = case.current_plan().map(|p| p.id);
        case.plan_versions.retain(|p| Some(p.id) == newest);
        case
    }
}
