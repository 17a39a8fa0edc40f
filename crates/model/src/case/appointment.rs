//! The joint appointment (yhteisvastaanotto) and its notes.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::authorship::{Author, SaidBy};
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

/// Every note carries its author's register and whether the client may see
/// it. The author is the one who wrote it down (the store owner, on their
/// laptop); `said_by` names someone else whose words it records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub text: String,
    pub author: ProfessionalId,
    pub register: Register,
    pub visibility: Visibility,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub said_by: Option<SaidBy>,
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

#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumCount,
)]
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
    #[error("a note already recorded cannot change")]
    NotesChanged,
    #[error("the one who said it must be a participant")]
    SpeakerNotParticipant,
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
            if !self.is_participant(note.author) {
                return Err(AppointmentError::AuthorNotParticipant);
            }
            if let Some(SaidBy::Professional { professional }) = &note.said_by {
                if !self.is_participant(*professional) {
                    return Err(AppointmentError::SpeakerNotParticipant);
                }
            }
        }
        Ok(())
    }

    fn is_participant(&self, professional: ProfessionalId) -> bool {
        self.participants
            .iter()
            .any(|p| p.professional == professional)
    }

    /// Makes this appointment, as a request brought it, the one `author`
    /// saves over `before` (the stored one, if any): notes already recorded
    /// stay exactly as they were, an ended appointment does not change at
    /// all, and every new note (and the draft) is the author's, in the
    /// author's register, whatever the request said.
    ///
    /// The request holds the recorded notes the author may see, in order,
    /// and the new ones after them. The other register's notes may be
    /// missing from it (they were withheld for want of consent): they stay
    /// where they were. One of the author's own missing or changed is
    /// refused.
    pub fn stamp(
        &mut self,
        before: Option<&JointAppointment>,
        author: Author,
    ) -> Result<(), AppointmentError> {
        let recorded: &[Note] = before.map_or(&[], |b| b.notes.as_slice());
        if before.is_some_and(|b| b.ended) {
            return Err(AppointmentError::Ended);
        }
        let mut next = 0;
        let mut new = Vec::new();
        for note in std::mem::take(&mut self.notes) {
            if new.is_empty() {
                if let Some(offset) = recorded[next..].iter().position(|r| *r == note) {
                    let skipped = &recorded[next..next + offset];
                    if skipped.iter().any(|r| r.register == author.register) {
                        return Err(AppointmentError::NotesChanged);
                    }
                    next += offset + 1;
                    continue;
                }
            }
            new.push(note);
        }
        if recorded[next..]
            .iter()
            .any(|r| r.register == author.register)
        {
            return Err(AppointmentError::NotesChanged);
        }
        self.notes = recorded.to_vec();
        for mut note in new {
            note.author = author.professional;
            note.register = author.register;
            self.notes.push(note);
        }
        if let Some(draft) = self.draft_note.as_mut() {
            draft.author = author.professional;
            draft.register = author.register;
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
                    professional: ProfessionalId::from_u128(1),
                    present: true,
                },
                Participant {
                    professional: ProfessionalId::from_u128(2),
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

    fn note(author: u128, visibility: Visibility) -> Note {
        Note {
            text: "Asiakas kertoi univaikeuksista".into(),
            author: ProfessionalId::from_u128(author),
            register: Register::HealthCare,
            visibility,
            said_by: None,
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

    #[test]
    fn the_writer_is_the_author_whatever_the_request_says() {
        let nurse = Author {
            professional: ProfessionalId::from_u128(1),
            register: Register::HealthCare,
        };
        let mut stored = appointment();
        stored.add_note(note(1, Visibility::ShownToClient)).unwrap();
        // A request that names the social worker as the author of a new
        // note, in social welfare's register.
        let mut request = stored.clone();
        request.notes.push(Note {
            author: ProfessionalId::from_u128(2),
            register: Register::SocialWelfare,
            said_by: Some(SaidBy::Professional {
                professional: ProfessionalId::from_u128(2),
            }),
            ..note(2, Visibility::ShownToClient)
        });
        request.stamp(Some(&stored), nurse).unwrap();
        let added = &request.notes[1];
        assert_eq!(
            (added.author, added.register),
            (ProfessionalId::from_u128(1), Register::HealthCare)
        );
        assert_eq!(
            added.said_by,
            Some(SaidBy::Professional {
                professional: ProfessionalId::from_u128(2)
            })
        );
        assert_eq!(request.validate(), Ok(()));

        // What was recorded stays as it was.
        let mut rewritten = request.clone();
        rewritten.notes[0].text = "Toisin".into();
        assert_eq!(
            rewritten.stamp(Some(&request), nurse),
            Err(AppointmentError::NotesChanged)
        );
        let mut dropped = request.clone();
        dropped.notes.clear();
        assert_eq!(
            dropped.stamp(Some(&request), nurse),
            Err(AppointmentError::NotesChanged)
        );
        // And an ended appointment does not change at all.
        let mut ended = request.clone();
        ended.ended = true;
        let mut after = ended.clone();
        after.agreed = "Muutettu jälkikäteen".into();
        assert_eq!(
            after.stamp(Some(&ended), nurse),
            Err(AppointmentError::Ended)
        );
    }

    #[test]
    fn the_other_registers_notes_withheld_from_the_writer_stay_where_they_were() {
        let nurse = Author {
            professional: ProfessionalId::from_u128(1),
            register: Register::HealthCare,
        };
        let mut social = note(2, Visibility::ShownToClient);
        social.register = Register::SocialWelfare;
        social.text = "Sosiaalihuollon muistiinpano".into();
        let own = note(1, Visibility::ShownToClient);
        let mut stored = appointment();
        stored.notes = vec![social.clone(), own.clone()];
        // The nurse saw only her own note, and adds one.
        let mut request = stored.clone();
        request.notes = vec![own.clone(), note(1, Visibility::ProfessionalOnly)];
        request.stamp(Some(&stored), nurse).unwrap();
        assert_eq!(request.notes.len(), 3);
        assert_eq!(request.notes[0], social, "the withheld note is kept, first");
        assert_eq!(request.notes[1], own);
        // Her own note may not go missing.
        let mut dropped = stored.clone();
        dropped.notes = vec![];
        assert_eq!(
            dropped.stamp(Some(&stored), nurse),
            Err(AppointmentError::NotesChanged)
        );
    }

    #[test]
    fn a_speaker_must_take_part() {
        let mut a = appointment();
        let mut said = note(1, Visibility::ShownToClient);
        said.said_by = Some(SaidBy::Professional {
            professional: ProfessionalId::from_u128(7),
        });
        assert_eq!(
            a.add_note(said),
            Err(AppointmentError::SpeakerNotParticipant)
        );
        let mut said = note(1, Visibility::ShownToClient);
        said.said_by = Some(SaidBy::Client);
        assert_eq!(a.add_note(said), Ok(()));
    }
}
