//! Which measurement point of a life-situation instrument is due: the
//! start when the clientship has none, the middle a set number of months
//! after the start, the end when the clientship closes.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::measure::answer::{MeasureAnswer, MeasurePoint};
use crate::measure::instrument::{Instrument, InstrumentKind};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Due {
    pub point: MeasurePoint,
    /// Since when: the period's start, the middle's date, the closing day.
    pub since: NaiveDate,
}

/// The clientship period as the due rule needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub started: NaiveDate,
    /// The day the period closed, or `None` while it is open (or paused).
    pub closed: Option<NaiveDate>,
}

impl Period {
    /// The period `clientship` is in: from its start to its closing day.
    pub fn of(clientship: &crate::case::clientship::JointClientship) -> Period {
        let closed = match &clientship.status {
            crate::case::clientship::ClientshipStatus::Closed { on, .. } => Some(*on),
            _ => None,
        };
        Period {
            started: clientship.started_on,
            closed,
        }
    }

    /// The points `answers` took in this period for `instrument_id`.
    pub fn points_taken<'a>(
        &self,
        instrument_id: &str,
        answers: impl IntoIterator<Item = &'a MeasureAnswer>,
    ) -> Vec<MeasurePoint> {
        answers
            .into_iter()
            .filter(|a| a.instrument.id == instrument_id && a.answered_on >= self.started)
            .map(|a| a.point)
            .collect()
    }
}

/// The point of `instrument` due on `today` in `period`, given the points
/// its answers in that period have. `middle_months` overrides the
/// instrument's own middle when the organisation set one.
pub fn due(
    instrument: &Instrument,
    period: Period,
    answered: &[MeasurePoint],
    today: NaiveDate,
    middle_months: Option<u8>,
    age: Option<u32>,
) -> Option<Due> {
    if instrument.kind != InstrumentKind::LifeSituation || !instrument.offered_to(age) {
        return None;
    }
    let has = |p: MeasurePoint| answered.contains(&p);
    if let Some(closed) = period.closed {
        // A closed period is measured once more at its end, if it was
        // measured at all.
        return (has(MeasurePoint::Start) && !has(MeasurePoint::End)).then_some(Due {
            point: MeasurePoint::End,
            since: closed,
        });
    }
    if !has(MeasurePoint::Start) {
        return Some(Due {
            point: MeasurePoint::Start,
            since: period.started,
        });
    }
    if has(MeasurePoint::Middle) || has(MeasurePoint::End) {
        return None;
    }
    let months = middle_months
        .or(instrument.points.as_ref().map(|p| p.middle_after_months))
        .unwrap_or(6);
    let middle = period
        .started
        .checked_add_months(Months::new(u32::from(months)))?;
    (today >= middle).then_some(Due {
        point: MeasurePoint::Middle,
        since: middle,
    })
}
