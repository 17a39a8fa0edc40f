//! Reading an instrument file: a file a unit brings is refused, with the
//! field named, unless every part of it makes sense. An answer recorded
//! against a broken definition could not be shown as it was asked.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::measure::instrument::{Instrument, INSTRUMENT_FORMAT};
use crate::rule::{Arg, Message};
use crate::settings::Texts;

/// The most months the middle point may lie after the start.
pub const MAX_MIDDLE_MONTHS: u8 = 36;
/// The widest scale an instrument may use.
pub const MAX_SCALE: u8 = 100;

/// What is wrong with an instrument file; `field` is the place in the file
/// as the file writes it (`items[7].text.sv`).
#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumCount,
)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum InstrumentProblem {
    #[error("the file is not JSON (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    #[error("the file's format is {found:?}, not {INSTRUMENT_FORMAT:?}")]
    Format { found: String },
    #[error("{field} is missing")]
    Missing { field: String },
    #[error("{field} holds a value of the wrong kind")]
    WrongKind { field: String },
    #[error("{field} is unknown")]
    UnknownField { field: String },
    #[error("{field} is {value:?}, which is not one of the allowed values")]
    UnknownValue { field: String, value: String },
    #[error("{field} is empty")]
    Empty { field: String },
    #[error("{field} is {value:?}: use lower-case letters, digits and hyphens")]
    BadId { field: String, value: String },
    #[error("{field} repeats {value:?}")]
    Duplicate { field: String, value: String },
    #[error("{field} must be between {min} and {max}")]
    OutOfRange { field: String, min: i64, max: i64 },
    #[error("{field}: the bands must cover the scale once, from its lowest to its highest value")]
    Bands { field: String },
    #[error("{field}: at most one item may be the overall one")]
    SeveralOverall { field: String },
}

impl InstrumentProblem {
    pub fn message(&self) -> Message {
        use InstrumentProblem::*;
        let text = |s: &str| Arg::Text(s.to_owned());
        let field = |id: &'static str, f: &str| Message::with(id, "field", text(f));
        match self {
            NotJson { line, column } => Message {
                id: "instrument-problem-not-json",
                args: vec![
                    ("line", Arg::Number(*line as i64)),
                    ("column", Arg::Number(*column as i64)),
                ],
            },
            Format { found } => Message::with("instrument-problem-format", "found", text(found)),
            Missing { field: f } => field("instrument-problem-missing", f),
            WrongKind { field: f } => field("instrument-problem-wrong-kind", f),
            UnknownField { field: f } => field("instrument-problem-unknown-field", f),
            UnknownValue { field: f, value } => Message {
                id: "instrument-problem-unknown-value",
                args: vec![("field", text(f)), ("value", text(value))],
            },
            Empty { field: f } => field("instrument-problem-empty", f),
            BadId { field: f, value } => Message {
                id: "instrument-problem-bad-id",
                args: vec![("field", text(f)), ("value", text(value))],
            },
            Duplicate { field: f, value } => Message {
                id: "instrument-problem-duplicate",
                args: vec![("field", text(f)), ("value", text(value))],
            },
            OutOfRange { field: f, min, max } => Message {
                id: "instrument-problem-out-of-range",
                args: vec![
                    ("field", text(f)),
                    ("min", Arg::Number(*min)),
                    ("max", Arg::Number(*max)),
                ],
            },
            Bands { field: f } => field("instrument-problem-bands", f),
            SeveralOverall { field: f } => field("instrument-problem-several-overall", f),
        }
    }
}

/// One of every problem: what the locale tests check messages for.
pub fn examples() -> Vec<InstrumentProblem> {
    use InstrumentProblem::*;
    let f = || "items[7].text.sv".to_owned();
    vec![
        NotJson { line: 3, column: 9 },
        Format {
            found: "x/1".into(),
        },
        Missing { field: f() },
        WrongKind { field: f() },
        UnknownField {
            field: "colour".into(),
        },
        UnknownValue {
            field: "kind".into(),
            value: "survey".into(),
        },
        Empty { field: f() },
        BadId {
            field: "id".into(),
            value: "Oma PROM".into(),
        },
        Duplicate {
            field: "items[3].id".into(),
            value: "health".into(),
        },
        OutOfRange {
            field: "version".into(),
            min: 1,
            max: i64::from(u32::MAX),
        },
        Bands {
            field: "bands".into(),
        },
        SeveralOverall {
            field: "items".into(),
        },
    ]
}

/// Reads an instrument file, or says what is wrong with it, field named.
pub fn parse_instrument(text: &str) -> Result<Instrument, InstrumentProblem> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| InstrumentProblem::NotJson {
            line: e.line(),
            column: e.column(),
        })?;
    match value.get("format").and_then(serde_json::Value::as_str) {
        Some(INSTRUMENT_FORMAT) => {}
        other => {
            return Err(InstrumentProblem::Format {
                found: other.unwrap_or_default().to_owned(),
            })
        }
    }
    let instrument: Instrument =
        serde_path_to_error::deserialize(&value).map_err(|e| from_serde(&e))?;
    check(&instrument)?;
    Ok(instrument)
}

/// A structural error as serde says it, with the path it happened at.
fn from_serde(error: &serde_path_to_error::Error<serde_json::Error>) -> InstrumentProblem {
    let path = error.path().to_string();
    let path = if path == "." { String::new() } else { path };
    let inner = error.inner().to_string();
    let quoted = |after: &str| {
        inner
            .split_once(after)
            .and_then(|(_, rest)| rest.split('`').next())
            .unwrap_or_default()
            .to_owned()
    };
    let join = |name: String| {
        if path.is_empty() {
            name
        } else {
            format!("{path}.{name}")
        }
    };
    if inner.starts_with("missing field") {
        InstrumentProblem::Missing {
            field: join(quoted("missing field `")),
        }
    } else if inner.starts_with("unknown field") {
        // serde's path already ends at the unknown field.
        InstrumentProblem::UnknownField { field: path }
    } else if inner.starts_with("unknown variant") {
        InstrumentProblem::UnknownValue {
            field: path,
            value: quoted("unknown variant `"),
        }
    } else {
        // "invalid type", "invalid value" and numbers too large for their
        // field: the value is not what the field holds.
        InstrumentProblem::WrongKind { field: path }
    }
}

/// The rules serde cannot say: ids, texts, the scale and its bands.
fn check(i: &Instrument) -> Result<(), InstrumentProblem> {
    id(&i.id, "id")?;
    if i.version == 0 {
        return Err(InstrumentProblem::OutOfRange {
            field: "version".into(),
            min: 1,
            max: i64::from(u32::MAX),
        });
    }
    texts(&i.name, "name")?;
    if let Some(attribution) = &i.attribution {
        texts(attribution, "attribution")?;
    }
    if i.checked_against.trim().is_empty() {
        return Err(InstrumentProblem::Empty {
            field: "checked_against".into(),
        });
    }
    texts(&i.question, "question")?;
    if i.scale.max > MAX_SCALE {
        return Err(InstrumentProblem::OutOfRange {
            field: "scale.max".into(),
            min: 1,
            max: i64::from(MAX_SCALE),
        });
    }
    if i.scale.min >= i.scale.max {
        return Err(InstrumentProblem::OutOfRange {
            field: "scale.min".into(),
            min: 0,
            max: i64::from(i.scale.max) - 1,
        });
    }
    texts(&i.scale.min_label, "scale.min_label")?;
    texts(&i.scale.max_label, "scale.max_label")?;
    if i.items.is_empty() {
        return Err(InstrumentProblem::Empty {
            field: "items".into(),
        });
    }
    let mut seen = HashSet::new();
    for (n, item) in i.items.iter().enumerate() {
        let at = format!("items[{n}]");
        id(&item.id, &format!("{at}.id"))?;
        if !seen.insert(item.id.as_str()) {
            return Err(InstrumentProblem::Duplicate {
                field: format!("{at}.id"),
                value: item.id.clone(),
            });
        }
        texts(&item.text, &format!("{at}.text"))?;
    }
    if i.items.iter().filter(|item| item.overall).count() > 1 {
        return Err(InstrumentProblem::SeveralOverall {
            field: "items".into(),
        });
    }
    bands(i)?;
    if let Some(points) = &i.points {
        if !(1..=MAX_MIDDLE_MONTHS).contains(&points.middle_after_months) {
            return Err(InstrumentProblem::OutOfRange {
                field: "points.middle_after_months".into(),
                min: 1,
                max: i64::from(MAX_MIDDLE_MONTHS),
            });
        }
    }
    let mut seen = HashSet::new();
    for (n, viewpoint) in i.viewpoints.iter().enumerate() {
        let at = format!("viewpoints[{n}]");
        id(&viewpoint.id, &format!("{at}.id"))?;
        if !seen.insert(viewpoint.id.as_str()) {
            return Err(InstrumentProblem::Duplicate {
                field: format!("{at}.id"),
                value: viewpoint.id.clone(),
            });
        }
        texts(&viewpoint.label, &format!("{at}.label"))?;
    }
    Ok(())
}

/// Bands, when there are any, cover the scale in order with no gap and no
/// overlap: every score has exactly one traffic light.
fn bands(i: &Instrument) -> Result<(), InstrumentProblem> {
    if i.bands.is_empty() {
        return Ok(());
    }
    let mut next = i.scale.min;
    for (n, band) in i.bands.iter().enumerate() {
        if band.from != next || band.to < band.from || band.to > i.scale.max {
            return Err(InstrumentProblem::Bands {
                field: format!("bands[{n}]"),
            });
        }
        texts(&band.label, &format!("bands[{n}].label"))?;
        next = band.to.saturating_add(1);
    }
    if i.bands.last().map(|b| b.to) != Some(i.scale.max) {
        return Err(InstrumentProblem::Bands {
            field: "bands".into(),
        });
    }
    Ok(())
}

fn id(value: &str, field: &str) -> Result<(), InstrumentProblem> {
    let ok = !value.is_empty()
        && value.len() <= 64
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        Ok(())
    } else {
        Err(InstrumentProblem::BadId {
            field: field.to_owned(),
            value: value.to_owned(),
        })
    }
}

/// Every language filled: an instrument is asked in the client's language.
fn texts(t: &Texts, field: &str) -> Result<(), InstrumentProblem> {
    for (language, text) in [("fi", &t.fi), ("sv", &t.sv), ("en", &t.en)] {
        if text.trim().is_empty() {
            return Err(InstrumentProblem::Empty {
                field: format!("{field}.{language}"),
            });
        }
    }
    Ok(())
}
