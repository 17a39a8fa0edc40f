//! Follow-up measures on the page: the professional's section of the case
//! (`section`), the form a client answers in (`answer_form`) and the change
//! chart (`chart`), the last two also in the client view and the client's
//! own window.

pub mod answer_form;
pub mod chart;
pub mod client_block;
pub mod experience_form;
pub mod section;

use chrono::NaiveDate;
use kohtaamo_model::case::stored::Case;
use kohtaamo_model::measure::answer::{MeasureAnswer, MeasurePoint};
use kohtaamo_model::measure::due::{due, Due, Period};
use kohtaamo_model::measure::instrument::Instrument;

/// The latest version of each instrument the case knows, in id order.
pub fn latest_instruments(case: &Case) -> Vec<Instrument> {
    let mut latest: Vec<Instrument> = Vec::new();
    for instrument in &case.instruments {
        match latest.iter_mut().find(|i| i.id == instrument.id) {
            Some(found) if found.version < instrument.version => *found = instrument.clone(),
            Some(_) => {}
            None => latest.push(instrument.clone()),
        }
    }
    latest.sort_by(|a, b| a.id.cmp(&b.id));
    latest
}

/// The answers to `instrument` in the case's current period, oldest first.
pub fn period_answers(case: &Case, instrument: &Instrument) -> Vec<MeasureAnswer> {
    let Some(period) = case.clientship().map(|c| Period::of(&c.record)) else {
        return Vec::new();
    };
    let mut answers: Vec<MeasureAnswer> = case
        .measures
        .iter()
        .map(|m| m.record.clone())
        .filter(|a| a.instrument.id == instrument.id && a.answered_on >= period.started)
        .collect();
    answers.sort_by_key(|a| (a.answered_on, a.point));
    answers
}

/// What of `instrument` is due in the case on `today`.
pub fn due_in(case: &Case, instrument: &Instrument, today: NaiveDate) -> Option<Due> {
    let clientship = case.clientship()?;
    let period = Period::of(&clientship.record);
    let answers: Vec<MeasureAnswer> = case.measures.iter().map(|m| m.record.clone()).collect();
    let taken = period.points_taken(&instrument.id, answers.iter());
    let age = case.client.hetu.age_on(today);
    due(instrument, period, &taken, today, None, Some(age))
}

/// The point a new answer is offered at: what is due, else an interim one.
pub fn offered_point(case: &Case, instrument: &Instrument, today: NaiveDate) -> MeasurePoint {
    due_in(case, instrument, today)
        .map(|d| d.point)
        .unwrap_or(MeasurePoint::Interim)
}
