//! The plan's "your life situation (3X10D)" page: the model's change chart
//! (the same SVG the UI draws) and the same scores as a table, with the
//! instrument's own words — its lead-in, items, scale and attribution —
//! exactly as the instrument file in the case gives them. Nothing is drawn
//! when the case has no 3X10D answer in the current period, or no file of
//! the instrument to word it with.

use kohtaamo_model::case::stored::Case;
use kohtaamo_model::measure::answer::{point_code, MeasureAnswer};
use kohtaamo_model::measure::chart::{svg, ChartWords};
use kohtaamo_model::measure::due::Period;
use kohtaamo_model::measure::instrument::Instrument;
use kohtaamo_model::measure::LIFE_SITUATION_3X10D;
use serde::Serialize;

use crate::texts::{date, Texts};

#[derive(Debug, Serialize)]
pub(crate) struct MeasureSection {
    pub(crate) heading: String,
    pub(crate) intro: String,
    /// The instrument's lead-in question, in its own words.
    pub(crate) question: String,
    pub(crate) scale: String,
    /// The chart's alternative text (PDF/UA: every figure has one).
    pub(crate) chart_alt: String,
    /// The table: its heading, a header row, then one row per item.
    pub(crate) table_heading: String,
    pub(crate) columns: Vec<String>,
    pub(crate) rows: Vec<Vec<String>>,
    /// Whose the questions are: their own words, an unofficial
    /// translation, the trademark.
    pub(crate) notes: Vec<String>,
}

/// The section and its chart (SVG bytes), or `None` without answers.
pub(crate) fn section(texts: &Texts, case: &Case) -> Option<(MeasureSection, Vec<u8>)> {
    let language = texts.wording().language();
    let instrument = latest(case)?;
    let answers = period_answers(case, instrument);
    if answers.is_empty() {
        return None;
    }
    let labels: Vec<String> = answers
        .iter()
        .map(|a| {
            texts.t_with(
                "measure-point",
                &[
                    ("point", point_code(a.point).into()),
                    ("date", date(a.answered_on)),
                ],
            )
        })
        .collect();
    let name = instrument.name.get(language).to_owned();
    let chart_alt = texts.t_with("measure-chart-alt", &[("name", name.clone().into())]);
    let words = ChartWords {
        title: chart_alt.clone(),
        answers: labels.clone(),
    };
    let chart = svg(instrument, &answers, language, &words).into_bytes();
    let mut columns = vec![texts.t("measure-item")];
    columns.extend(labels);
    let rows = instrument
        .items
        .iter()
        .map(|item| {
            let mut row = vec![item.text.get(language).to_owned()];
            row.extend(answers.iter().map(|a| match a.score(&item.id) {
                Some(score) => score.to_string(),
                None => texts.t("measure-no-answer"),
            }));
            row
        })
        .collect();
    let mut notes = vec![texts.t("measure-own-questions")];
    if instrument.unofficial_in(language) {
        notes.push(texts.t("measure-unofficial"));
    }
    if let Some(attribution) = &instrument.attribution {
        notes.push(attribution.get(language).to_owned());
    }
    let scale = &instrument.scale;
    let section = MeasureSection {
        heading: texts.t("measure-heading"),
        intro: texts.t("measure-intro"),
        question: instrument.question.get(language).to_owned(),
        scale: texts.t_with(
            "measure-scale",
            &[
                ("min", scale.min.into()),
                ("min-label", scale.min_label.get(language).to_owned().into()),
                ("max", scale.max.into()),
                ("max-label", scale.max_label.get(language).to_owned().into()),
            ],
        ),
        chart_alt,
        table_heading: texts.t("measure-table-heading"),
        columns,
        rows,
        notes,
    };
    Some((section, chart))
}

/// The newest version of the 3X10D meter the case holds: new answers are
/// asked in it, and the UI draws the change with it.
fn latest(case: &Case) -> Option<&Instrument> {
    case.instruments
        .iter()
        .filter(|i| i.id == LIFE_SITUATION_3X10D)
        .max_by_key(|i| i.version)
}

/// The meter's answers in the clientship's current period, oldest first
/// (as the UI's chart has them).
fn period_answers<'a>(case: &'a Case, instrument: &Instrument) -> Vec<&'a MeasureAnswer> {
    let Some(period) = case.clientship().map(|c| Period::of(&c.record)) else {
        return Vec::new();
    };
    let mut answers: Vec<&MeasureAnswer> = case
        .measures
        .iter()
        .map(|m| &m.record)
        .filter(|a| a.instrument.id == instrument.id && a.answered_on >= period.started)
        .collect();
    answers.sort_by_key(|a| (a.answered_on, a.point));
    answers
}
