//! What of a case may reach the shared screen's own window.
//!
//! The client view in the main window draws only what is marked for the
//! client. A window of its own, on a second display, gets its copy of the
//! case from the shell, so the copy itself holds only what that view draws:
//! a page that never receives a professional-only note cannot show it.
//! Everything the view does not draw is emptied here rather than picked
//! out, so a field added to a record later stays out until it is let in.

use chrono::NaiveDate;

use crate::case::assessment::NeedLevel;
use crate::case::consent::{shown_on_shared_screen, Consent};
use crate::case::stored::Case;

impl Case {
    /// This case as the shared screen may hold it on `today`: the newest
    /// plan version, segment, assessment and appointment; of them, notes and
    /// entries marked for the client and, across registers, covered by a
    /// consent; the team's names and "whom to contact". The client's own
    /// henkilötunnus stays (a client record has one) and is never drawn.
    pub fn for_shared_screen(&self, today: NaiveDate) -> Case {
        let consents: Vec<Consent> = self.consents.iter().map(|c| c.record.clone()).collect();
        let shown =
            |register, visibility| shown_on_shared_screen(&consents, register, visibility, today);
        let mut case = self.clone();

        keep_newest(&mut case.clientship);
        case.assessment_history.clear();
        for clientship in &mut case.clientship {
            let record = &mut clientship.record;
            record.status_changes.clear();
            record.reasons.clear();
            record.other_reason.clear();
            record.counterpart_pair = None;
            for organisation in &mut record.team.organisations {
                organisation.contact.clear();
            }
        }
        let team: Vec<_> = case
            .clientship()
            .map(|c| c.record.team.members.clone())
            .unwrap_or_default();
        case.professionals
            .retain(|(id, _)| team.iter().any(|m| m.professional == *id));
        for (id, professional) in &mut case.professionals {
            professional.organisation.clear();
            professional.unit.clear();
            professional.directory_key = None;
            // The team decides whose contact details the client is given.
            let given = team
                .iter()
                .any(|m| m.professional == *id && m.contact_to_client);
            if !given {
                professional.phone.clear();
                professional.secure_email.clear();
            }
        }

        keep_newest(&mut case.segment_assessments);
        for segment in &mut case.segment_assessments {
            segment.record.reason_for_other = None;
            segment.record.client_view.clear();
        }

        keep_newest(&mut case.appointments);
        for appointment in &mut case.appointments {
            let record = &mut appointment.record;
            record.agenda.clear();
            record.notes.retain(|n| shown(n.register, n.visibility));
            record.draft_note = None;
        }

        keep_newest(&mut case.holistic_assessments);
        for assessment in &mut case.holistic_assessments {
            let entries = &mut assessment.record.entries;
            entries.retain(|e| shown(e.register, e.visibility));
            for entry in entries {
                entry.client_view.clear();
                entry.professional_view.clear();
                entry.need = NeedLevel::NotAssessed;
            }
        }

        for consent in &mut case.consents {
            consent.record.scope.clear();
        }
        case.service_use.clear();
        case.organisations.clear();
        let newest = case.current_plan().map(|p| p.id);
        case.plan_versions.retain(|p| Some(p.id) == newest);
        case
    }
}

/// Keeps only the last (newest) record of a list kept oldest first.
fn keep_newest<T>(list: &mut Vec<T>) {
    let len = list.len();
    if len > 1 {
        list.drain(..len - 1);
    }
}
