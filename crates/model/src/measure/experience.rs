//! Client experience, as Jukola asks it: the recommendation question
//! (0–10, the Net Promoter Score's), the organisation's own statement
//! (0–10, "Eri ammattilaisten työskentely näyttäytyi minulle sujuvana
//! palveluna") and free feedback. Meant to be anonymous: an answer carries
//! no client, only the unit and the month, and the screen tells the client
//! so. Answered on the shared screen at the end of an appointment, or typed
//! in from a text-message survey.

use serde::{Deserialize, Serialize};

use crate::case::service_use::Month;

/// The longest free feedback, in characters.
pub const MAX_FEEDBACK_CHARS: usize = 2000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExperienceChannel {
    /// On the shared screen, at the end of a joint appointment.
    SharedScreen,
    /// Typed in from the organisation's text-message survey.
    TextMessage,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientExperience {
    /// The unit, as the owner's profile names it.
    pub unit: String,
    pub month: Month,
    pub channel: ExperienceChannel,
    /// How likely the client would recommend the service (0–10).
    pub recommend: Option<u8>,
    /// How well the organisation's statement holds for them (0–10).
    pub statement: Option<u8>,
    pub feedback: String,
}

#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumCount,
)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum ExperienceError {
    #[error("a rating must be between 0 and 10")]
    OutOfScale,
    #[error("nothing is answered")]
    NothingAnswered,
    #[error("the feedback is longer than {most} characters")]
    FeedbackTooLong { most: usize },
}

impl ClientExperience {
    pub fn validate(&self) -> Result<(), ExperienceError> {
        if [self.recommend, self.statement]
            .into_iter()
            .flatten()
            .any(|r| r > 10)
        {
            return Err(ExperienceError::OutOfScale);
        }
        if self.recommend.is_none() && self.statement.is_none() && self.feedback.trim().is_empty() {
            return Err(ExperienceError::NothingAnswered);
        }
        if self.feedback.chars().count() > MAX_FEEDBACK_CHARS {
            return Err(ExperienceError::FeedbackTooLong {
                most: MAX_FEEDBACK_CHARS,
            });
        }
        Ok(())
    }
}

/// One of every error: what the locale tests check messages for.
pub fn examples() -> Vec<ExperienceError> {
    vec![
        ExperienceError::OutOfScale,
        ExperienceError::NothingAnswered,
        ExperienceError::FeedbackTooLong {
            most: MAX_FEEDBACK_CHARS,
        },
    ]
}

/// The organisation's statement rated over `answers`: its mean in tenths
/// and n, `None` for none.
pub fn statement_mean(answers: &[ClientExperience]) -> Option<(i32, u32)> {
    let rated: Vec<i32> = answers
        .iter()
        .filter_map(|a| a.statement.map(i32::from))
        .collect();
    crate::figures::mean_in_tenths(&rated).map(|mean| (mean, rated.len() as u32))
}
