//! An answer to an instrument: the scores the client gave at one
//! measurement point, checked against the instrument version it was asked
//! in. Answers are appended; one is never changed.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::measure::instrument::{Instrument, InstrumentKey, InstrumentKind};

/// When in the clientship an answer was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MeasurePoint {
    Start,
    /// Optional points between the others.
    Interim,
    Middle,
    End,
}

impl MeasurePoint {
    pub const ALL: [MeasurePoint; 4] = [
        MeasurePoint::Start,
        MeasurePoint::Interim,
        MeasurePoint::Middle,
        MeasurePoint::End,
    ];

    /// Start, middle and end come once in a clientship period.
    pub fn once(self) -> bool {
        self != MeasurePoint::Interim
    }
}

/// The point's stable code, as files, the store and messages write it.
pub fn point_code(point: MeasurePoint) -> &'static str {
    match point {
        MeasurePoint::Start => "start",
        MeasurePoint::Interim => "interim",
        MeasurePoint::Middle => "middle",
        MeasurePoint::End => "end",
    }
}

/// Who put the answer into the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EnteredBy {
    /// The client, on the shared screen or in their own window.
    Client,
    /// The professional, as the client said it.
    Professional,
    /// The professional, from the client's paper form.
    Paper,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemScore {
    pub item: String,
    /// `None`: the client left the item unanswered, which is their right.
    pub score: Option<u8>,
}

/// A discussion note beside an item: what matters, what should change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewpointNote {
    pub item: String,
    pub viewpoint: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureAnswer {
    pub instrument: InstrumentKey,
    pub point: MeasurePoint,
    pub answered_on: NaiveDate,
    pub entered_by: EnteredBy,
    pub scores: Vec<ItemScore>,
    #[serde(default)]
    pub notes: Vec<ViewpointNote>,
}

/// The longest discussion note, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumCount,
)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum MeasureError {
    #[error("the answer names another instrument or version than the one asked")]
    OtherInstrument,
    #[error("the store has no such instrument version")]
    UnknownInstrument,
    #[error("the instrument has no item {item:?}")]
    NoSuchItem { item: String },
    #[error("item {item:?} is answered twice")]
    ItemTwice { item: String },
    #[error("a score must be between {min} and {max}")]
    OutOfScale { min: u8, max: u8 },
    #[error("no item is answered")]
    NothingAnswered,
    #[error("the instrument is for clients aged {minimum} or over")]
    TooYoung { minimum: u8 },
    #[error("this measurement point is already answered in this clientship period")]
    PointTaken { point: MeasurePoint },
    #[error("measurement points belong to a life-situation instrument")]
    NoPoints,
    #[error("a discussion note is longer than {most} characters")]
    NoteTooLong { most: usize },
    #[error("the instrument has no viewpoint {viewpoint:?}")]
    NoSuchViewpoint { viewpoint: String },
    #[error("the answer's date is after today")]
    InTheFuture,
}

impl MeasureAnswer {
    /// Checks the answer against the instrument it was asked in, the
    /// client's age, today, and the points the period already has.
    pub fn check(
        &self,
        instrument: &Instrument,
        age: Option<u32>,
        today: NaiveDate,
        taken: &[MeasurePoint],
    ) -> Result<(), MeasureError> {
        if self.instrument != instrument.key() {
            return Err(MeasureError::OtherInstrument);
        }
        if !instrument.offered_to(age) {
            return Err(MeasureError::TooYoung {
                minimum: instrument.minimum_age.unwrap_or_default(),
            });
        }
        if self.answered_on > today {
            return Err(MeasureError::InTheFuture);
        }
        if instrument.kind != InstrumentKind::LifeSituation && self.point != MeasurePoint::Interim {
            return Err(MeasureError::NoPoints);
        }
        if self.point.once() && taken.contains(&self.point) {
            return Err(MeasureError::PointTaken { point: self.point });
        }
        let mut seen = std::collections::HashSet::new();
        for score in &self.scores {
            if instrument.item(&score.item).is_none() {
                return Err(MeasureError::NoSuchItem {
                    item: score.item.clone(),
                });
            }
            if !seen.insert(score.item.as_str()) {
                return Err(MeasureError::ItemTwice {
                    item: score.item.clone(),
                });
            }
            if let Some(value) = score.score {
                if !(instrument.scale.min..=instrument.scale.max).contains(&value) {
                    return Err(MeasureError::OutOfScale {
                        min: instrument.scale.min,
                        max: instrument.scale.max,
                    });
                }
            }
        }
        if self.scores.iter().all(|s| s.score.is_none()) {
            return Err(MeasureError::NothingAnswered);
        }
        for note in &self.notes {
            if instrument.item(&note.item).is_none() {
                return Err(MeasureError::NoSuchItem {
                    item: note.item.clone(),
                });
            }
            if !instrument.viewpoints.iter().any(|v| v.id == note.viewpoint) {
                return Err(MeasureError::NoSuchViewpoint {
                    viewpoint: note.viewpoint.clone(),
                });
            }
            if note.text.chars().count() > MAX_NOTE_CHARS {
                return Err(MeasureError::NoteTooLong {
                    most: MAX_NOTE_CHARS,
                });
            }
        }
        Ok(())
    }

    pub fn score(&self, item: &str) -> Option<u8> {
        self.scores
            .iter()
            .find(|s| s.item == item)
            .and_then(|s| s.score)
    }

    /// The answer with empty notes dropped and texts trimmed, as stored.
    pub fn tidied(mut self) -> Self {
        for note in &mut self.notes {
            note.text = note.text.trim().to_owned();
        }
        self.notes.retain(|n| !n.text.is_empty());
        self
    }
}

/// One of every error: what the locale tests check messages for.
pub fn examples() -> Vec<MeasureError> {
    use MeasureError::*;
    vec![
        OtherInstrument,
        UnknownInstrument,
        NoSuchItem {
            item: "health".into(),
        },
        ItemTwice {
            item: "health".into(),
        },
        OutOfScale { min: 0, max: 10 },
        NothingAnswered,
        TooYoung { minimum: 18 },
        PointTaken {
            point: MeasurePoint::Start,
        },
        NoPoints,
        NoteTooLong {
            most: MAX_NOTE_CHARS,
        },
        NoSuchViewpoint {
            viewpoint: "future".into(),
        },
        InTheFuture,
    ]
}
