//! The joint appointment (yhteisvastaanotto) and its notes.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::professional::ProfessionalId;
use crate::case::register::{Register, Visibility};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    Office,
    Remote,
    HomeVisit,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub professional: ProfessionalId,
    pub present: bool,
}

/// Every note carries its author's register and whether the client may see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub text: String,
    pub author: ProfessionalId,
    pub register: Register,
    pub visibility: Visibility,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JointAppointment {
    pub date: NaiveDate,
    pub mode: Mode,
    pub participants: Vec<Participant>,
    pub client_present: bool,
    pub agenda: String,
    pub agreed: String,
    pub notes: Vec<Note>,
    pub ended: bool,
    /// The note being written and not yet added (or only its author and
    /// readers, chosen for the next one): kept with the appointment so that
    /// a lock or a closed window in the middle of a sentence loses nothing.
    /// It is nobody's note yet, so no view of the case shows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft_note: Option<Note>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum AppointmentError {
    #[error("a joint appointment has at least two professionals")]
    TooFewParticipants,
    #[error("a note's author must be a participant")]
    AuthorNotParticipant,
    #[error("a note needs text")]
    EmptyNote,
    #[error("the appointment has ended; its notes cannot change")]
    Ended,
}

impl JointAppointment {
    pub fn validate(&self) -> Result<(), AppointmentError> {
        if self.participants.len() < 2 {
            return Err(AppointmentError::TooFewParticipants);
        }
        for note in &self.notes {
            if note.text.trim().is_empty() {
                return Err(AppointmentError::EmptyNote);
            }
            if !self
                .participants
                .iter()
                .any(|p| p.professional == note.author)
            {
                return Err(AppointmentError::AuthorNotParticipant);
            }
        }
        Ok(())
    }

    pub fn add_note(&mut self, note: Note) -> Result<(), AppointmentError> {
        if self.ended {
            return Err(AppointmentError::Ended);
        }
        self.notes.push(note);
        self.validate().inspect_err(|_| {
            self.notes.pop();
        })
    }

    /// The notes the client may see on the shared screen.
    pub fn notes_for_client(&self) -> impl Iterator<Item = &Note> {
        self.notes
            .iter()
            .filter(|n| n.visibility == Visibility::ShownToClient)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn appointment() -> JointAppointment {
        JointAppointment {
            date: NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
            mode: Mode::HomeVisit,
            participants: vec![
                Participant {
                    professional: ProfessionalId(1),
                    present: true,
                },
                Participant {
                    professional: ProfessionalId(2),
                    present: true,
                },
            ],
            client_present: true,
            agenda: "Suunnitelman teko".into(),
            agreed: String::new(),
            notes: vec![],
            ended: false,
            draft_note: None,
        }
    }

    fn note(author: i64, visibility: Visibility) -> Note {
        Note {
            text: "Asiakas kertoi univaikeuksista".into(),
            author: ProfessionalId(author),
            register: Register::HealthCare,
            visibility,
        }
    }

    #[test]
    fn notes_are_by_participants_and_filtered_for_the_client() {
        let mut a = appointment();
        a.add_note(note(1, Visibility::ShownToClient)).unwrap();
        a.add_note(note(2, Visibility::ProfessionalOnly)).unwrap();
        assert_eq!(
            a.add_note(note(9, Visibility::ShownToClient)),
            Err(AppointmentError::AuthorNotParticipant)
        );
        assert_eq!(a.notes.len(), 2, "the refused note was not kept");
        assert_eq!(a.notes_for_client().count(), 1);
        a.ended = true;
        assert_eq!(
            a.add_note(note(1, Visibility::ShownToClient)),
            Err(AppointmentError::Ended)
        );
        let mut alone = appointment();
        alone.participants.truncate(1);
        assert_eq!(alone.validate(), Err(AppointmentError::TooFewParticipants));
    }
}
