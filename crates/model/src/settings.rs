//! The organisation's settings: a file IT keeps, of the same kind as the
//! directory (`assets/schemas/organisation-settings.schema.json`). What
//! each segment means and how often its plans are reviewed, how soon an
//! unused screen locks itself, who keeps each client register, and the
//! organisation's own client-experience statement. Whatever a file leaves
//! out is today's built-in value.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::api::{DEFAULT_APPOINTMENT_IDLE_LOCK_SECONDS, DEFAULT_IDLE_LOCK_SECONDS};
use crate::case::segment::{
    AppointmentArrangement, ContactArrangement, Segment, SegmentConsequences, SegmentError,
};
use crate::rule::{Arg, Message, RuleError};

/// The `format` a settings file names: its version.
pub const SETTINGS_FORMAT: &str = "kohtaamo-settings/1";

/// The shortest and longest idle-lock limits a file may set, in seconds.
pub const IDLE_LOCK_RANGE: std::ops::RangeInclusive<u32> = 30..=4 * 60 * 60;
/// The longest review interval, in months.
pub const MAX_REVIEW_MONTHS: u8 = 36;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdleLock {
    pub seconds: u32,
    /// While a joint appointment is running.
    pub appointment_seconds: u32,
}

/// Who keeps a client register: the custodian (rekisterinpitäjä) and its
/// identifier (an OID or a business id), for what leaves the laptop.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Custodian {
    pub name: String,
    pub identifier: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Custodians {
    pub health_care: Custodian,
    pub social_welfare: Custodian,
}

/// A text in each of the UI's languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Texts {
    pub fi: String,
    pub sv: String,
    pub en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationSettings {
    pub segments: Vec<SegmentConsequences>,
    pub idle_lock: IdleLock,
    pub custodians: Custodians,
    /// The organisation's own statement the client rates (Jukola's "Eri
    /// ammattilaisten työskentely näyttäytyi minulle sujuvana palveluna").
    pub client_experience_statement: Texts,
    /// How many days ahead the start view warns of a plan's review.
    #[serde(default = "default_review_notice_days")]
    pub review_notice_days: u32,
    /// The services whose use is followed per month, as the organisation
    /// names them (its own words: data, not UI text).
    #[serde(default = "default_services")]
    pub services: Vec<String>,
}

/// Services followed until an organisation names its own.
fn default_services() -> Vec<String> {
    [
        "Päivystys",
        "Terveysaseman vastaanotto",
        "Sosiaalityö",
        "Kotihoito",
        "Mielenterveys- ja päihdepalvelut",
    ]
    .map(str::to_owned)
    .to_vec()
}

/// The start view warns of reviews two weeks ahead unless told otherwise.
pub const DEFAULT_REVIEW_NOTICE_DAYS: u32 = 14;
/// The days ahead a review notice may be set to.
pub const REVIEW_NOTICE_RANGE: std::ops::RangeInclusive<u32> = 0..=90;

fn default_review_notice_days() -> u32 {
    DEFAULT_REVIEW_NOTICE_DAYS
}

impl Default for OrganisationSettings {
    fn default() -> Self {
        Self {
            segments: SegmentConsequences::defaults(),
            idle_lock: IdleLock {
                seconds: DEFAULT_IDLE_LOCK_SECONDS,
                appointment_seconds: DEFAULT_APPOINTMENT_IDLE_LOCK_SECONDS,
            },
            custodians: Custodians::default(),
            client_experience_statement: Texts {
                fi: "Eri ammattilaisten työskentely näyttäytyi minulle sujuvana palveluna.".into(),
                sv: "De olika yrkespersonernas arbete framstod för mig som en smidig tjänst."
                    .into(),
                en: "The different professionals' work appeared to me as one smooth service."
                    .into(),
            },
            review_notice_days: DEFAULT_REVIEW_NOTICE_DAYS,
            services: default_services(),
        }
    }
}

/// What is wrong with a settings file; `field` is the place in the file,
/// written as the file writes it (`segments[2].contact`).
#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumCount,
)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum SettingsProblem {
    #[error("the file is not JSON (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    #[error("the file's format is {found:?}, not {SETTINGS_FORMAT:?}")]
    Format { found: String },
    #[error("{field} is missing")]
    Missing { field: String },
    #[error("{field} holds a value of the wrong kind")]
    WrongKind { field: String },
    #[error("{field} is {value:?}, which is not one of the allowed values")]
    UnknownValue { field: String, value: String },
    #[error("{field} must be between {min} and {max}")]
    OutOfRange { field: String, min: i64, max: i64 },
    #[error("{field} is unknown")]
    UnknownField { field: String },
    #[error("the segments: {error}")]
    Segments { error: SegmentError },
}

impl SettingsProblem {
    pub fn message(&self) -> Message {
        let text = |s: &str| Arg::Text(s.to_owned());
        use SettingsProblem::*;
        match self {
            NotJson { line, column } => Message {
                id: "settings-problem-not-json",
                args: vec![
                    ("line", Arg::Number(*line as i64)),
                    ("column", Arg::Number(*column as i64)),
                ],
            },
            Format { found } => Message::with("settings-problem-format", "found", text(found)),
            Missing { field } => Message::with("settings-problem-missing", "field", text(field)),
            WrongKind { field } => {
                Message::with("settings-problem-wrong-kind", "field", text(field))
            }
            UnknownValue { field, value } => Message {
                id: "settings-problem-unknown-value",
                args: vec![("field", text(field)), ("value", text(value))],
            },
            OutOfRange { field, min, max } => Message {
                id: "settings-problem-out-of-range",
                args: vec![
                    ("field", text(field)),
                    ("min", Arg::Number(*min)),
                    ("max", Arg::Number(*max)),
                ],
            },
            UnknownField { field } => {
                Message::with("settings-problem-unknown-field", "field", text(field))
            }
            Segments { error } => RuleError::Segment(error.clone()).message(),
        }
    }
}

/// One of every problem: what the locale tests check messages for.
pub fn examples() -> Vec<SettingsProblem> {
    let field = || "segments[2].contact".to_owned();
    vec![
        SettingsProblem::NotJson { line: 2, column: 5 },
        SettingsProblem::Format {
            found: "x/1".into(),
        },
        SettingsProblem::Missing { field: field() },
        SettingsProblem::WrongKind { field: field() },
        SettingsProblem::UnknownValue {
            field: field(),
            value: "sometimes".into(),
        },
        SettingsProblem::OutOfRange {
            field: "idle_lock.seconds".into(),
            min: 30,
            max: 14_400,
        },
        SettingsProblem::UnknownField {
            field: "colour".into(),
        },
        SettingsProblem::Segments {
            error: SegmentError::ConsequencesIncomplete {
                segment: Segment::Tuki,
            },
        },
    ]
}

/// Reads a settings file, or says what is wrong with every bad field.
pub fn parse_settings(text: &str) -> Result<OrganisationSettings, Vec<SettingsProblem>> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![SettingsProblem::NotJson {
            line: e.line(),
            column: e.column(),
        }]
    })?;
    let Some(root) = value.as_object() else {
        return Err(vec![SettingsProblem::Format {
            found: String::new(),
        }]);
    };
    match root.get("format").and_then(Value::as_str) {
        Some(SETTINGS_FORMAT) => {}
        other => {
            return Err(vec![SettingsProblem::Format {
                found: other.unwrap_or_default().to_owned(),
            }])
        }
    }
    let mut r = Reader::default();
    r.only(
        root,
        "",
        &[
            "format",
            "segments",
            "idle_lock",
            "custodians",
            "client_experience_statement",
            "review_notice_days",
            "services",
        ],
    );
    let mut settings = OrganisationSettings::default();
    {
        if let Some(days) = r.number(root, "", "review_notice_days", REVIEW_NOTICE_RANGE) {
            settings.review_notice_days = days;
        }
    }
    if let Some(list) = root.get("segments") {
        match list.as_array() {
            Some(items) => {
                let segments: Vec<_> = items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, item)| r.segment(item, &format!("segments[{i}]")))
                    .collect();
                if segments.len() == items.len() {
                    match SegmentConsequences::validate_set(&segments) {
                        Ok(()) => settings.segments = segments,
                        Err(error) => r.problems.push(SettingsProblem::Segments { error }),
                    }
                }
            }
            None => r.wrong("segments"),
        }
    }
    if let Some(list) = root.get("services") {
        match list.as_array() {
            Some(items) if !items.is_empty() => {
                let mut services = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    match item.as_str().map(str::trim) {
                        Some(name) if !name.is_empty() && !services.iter().any(|s| s == name) => {
                            services.push(name.to_owned())
                        }
                        Some(name) if !name.is_empty() => {
                            r.problems.push(SettingsProblem::UnknownValue {
                                field: format!("services[{i}]"),
                                value: name.to_owned(),
                            })
                        }
                        Some(_) => r.problems.push(SettingsProblem::Missing {
                            field: format!("services[{i}]"),
                        }),
                        None => r.wrong(&format!("services[{i}]")),
                    }
                }
                if services.len() == items.len() {
                    settings.services = services;
                }
            }
            Some(_) => r.problems.push(SettingsProblem::Missing {
                field: "services".into(),
            }),
            None => r.wrong("services"),
        }
    }
    if let Some(idle) = root.get("idle_lock") {
        if let Some(o) = r.object(idle, "idle_lock") {
            r.only(o, "idle_lock", &["seconds", "appointment_seconds"]);
            let limit = |r: &mut Reader, name: &str, default: u32| {
                r.number(o, "idle_lock", name, IDLE_LOCK_RANGE)
                    .unwrap_or(default)
            };
            settings.idle_lock.seconds = limit(&mut r, "seconds", settings.idle_lock.seconds);
            settings.idle_lock.appointment_seconds = limit(
                &mut r,
                "appointment_seconds",
                settings
                    .idle_lock
                    .appointment_seconds
                    .max(settings.idle_lock.seconds),
            );
        }
    }
    if let Some(custodians) = root.get("custodians") {
        if let Some(o) = r.object(custodians, "custodians") {
            r.only(o, "custodians", &["health_care", "social_welfare"]);
            for (name, slot) in [
                ("health_care", &mut settings.custodians.health_care),
                ("social_welfare", &mut settings.custodians.social_welfare),
            ] {
                let path = format!("custodians.{name}");
                if let Some(c) = o.get(name).and_then(|v| r.object(v, &path)) {
                    r.only(c, &path, &["name", "identifier"]);
                    slot.name = r.text(c, &path, "name", true);
                    slot.identifier = r.text(c, &path, "identifier", true);
                }
            }
        }
    }
    if let Some(statement) = root.get("client_experience_statement") {
        let path = "client_experience_statement";
        if let Some(o) = r.object(statement, path) {
            r.only(o, path, &["fi", "sv", "en"]);
            let texts = &mut settings.client_experience_statement;
            texts.fi = r.text(o, path, "fi", true);
            texts.sv = r.text(o, path, "sv", true);
            texts.en = r.text(o, path, "en", true);
        }
    }
    if r.problems.is_empty() {
        Ok(settings)
    } else {
        Err(r.problems)
    }
}

#[derive(Default)]
struct Reader {
    problems: Vec<SettingsProblem>,
}

impl Reader {
    fn wrong(&mut self, field: &str) {
        self.problems.push(SettingsProblem::WrongKind {
            field: field.to_owned(),
        });
    }

    fn object<'a>(&mut self, value: &'a Value, path: &str) -> Option<&'a Map<String, Value>> {
        let object = value.as_object();
        if object.is_none() {
            self.wrong(path);
        }
        object
    }

    /// Names every field of `object` that is not one of `known`: a typo
    /// would otherwise quietly leave the built-in value in force.
    fn only(&mut self, object: &Map<String, Value>, path: &str, known: &[&str]) {
        for name in object.keys().filter(|k| !known.contains(&k.as_str())) {
            self.problems.push(SettingsProblem::UnknownField {
                field: join(path, name),
            });
        }
    }

    fn text(&mut self, o: &Map<String, Value>, path: &str, name: &str, required: bool) -> String {
        let field = join(path, name);
        match o.get(name) {
            Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_owned(),
            Some(Value::String(_)) | None if required => {
                self.problems.push(SettingsProblem::Missing { field });
                String::new()
            }
            Some(Value::String(_)) | None => String::new(),
            Some(_) => {
                self.wrong(&field);
                String::new()
            }
        }
    }

    fn number<T: TryFrom<u64> + Into<i64> + Copy + PartialOrd>(
        &mut self,
        o: &Map<String, Value>,
        path: &str,
        name: &str,
        range: std::ops::RangeInclusive<T>,
    ) -> Option<T> {
        let field = join(path, name);
        let value = o.get(name)?;
        let Some(n) = value.as_u64().and_then(|n| T::try_from(n).ok()) else {
            match value.as_i64() {
                Some(_) => self.problems.push(SettingsProblem::OutOfRange {
                    field,
                    min: (*range.start()).into(),
                    max: (*range.end()).into(),
                }),
                None => self.wrong(&field),
            }
            return None;
        };
        if !range.contains(&n) {
            self.problems.push(SettingsProblem::OutOfRange {
                field,
                min: (*range.start()).into(),
                max: (*range.end()).into(),
            });
            return None;
        }
        Some(n)
    }

    fn choice<T: Copy>(
        &mut self,
        o: &Map<String, Value>,
        path: &str,
        name: &str,
        choices: &[(&str, T)],
    ) -> Option<T> {
        let field = join(path, name);
        match o.get(name) {
            None => {
                self.problems.push(SettingsProblem::Missing { field });
                None
            }
            Some(Value::String(s)) => {
                let found = choices.iter().find(|(k, _)| k == s).map(|(_, v)| *v);
                if found.is_none() {
                    self.problems.push(SettingsProblem::UnknownValue {
                        field,
                        value: s.clone(),
                    });
                }
                found
            }
            Some(_) => {
                self.wrong(&field);
                None
            }
        }
    }

    fn segment(&mut self, item: &Value, path: &str) -> Option<SegmentConsequences> {
        let o = self.object(item, path)?;
        self.only(
            o,
            path,
            &[
                "segment",
                "named_contact_person",
                "contact",
                "appointments",
                "review_interval_months",
            ],
        );
        let segment = self.choice(
            o,
            path,
            "segment",
            &[
                ("omatoimi", Segment::Omatoimi),
                ("tuki", Segment::Tuki),
                ("yhteistyo", Segment::Yhteistyo),
                ("huolenpito", Segment::Huolenpito),
            ],
        );
        let named = match o.get("named_contact_person") {
            Some(Value::Bool(b)) => Some(*b),
            None => {
                self.problems.push(SettingsProblem::Missing {
                    field: join(path, "named_contact_person"),
                });
                None
            }
            Some(_) => {
                self.wrong(&join(path, "named_contact_person"));
                None
            }
        };
        use AppointmentArrangement::*;
        use ContactArrangement::*;
        let contact = self.choice(
            o,
            path,
            "contact",
            &[
                ("self-service", SelfService),
                ("on-need", OnNeed),
                ("named-person", NamedPerson),
                ("proactive", Proactive),
            ],
        );
        let appointments = self.choice(
            o,
            path,
            "appointments",
            &[
                ("booked-by-client", BookedByClient),
                ("booked-for-the-need", BookedForTheNeed),
                ("planned-series", PlannedSeries),
                ("regular-joint-appointments", RegularJointAppointments),
            ],
        );
        let months = match o.get("review_interval_months") {
            None => {
                self.problems.push(SettingsProblem::Missing {
                    field: join(path, "review_interval_months"),
                });
                None
            }
            Some(_) => self.number(o, path, "review_interval_months", 1..=MAX_REVIEW_MONTHS),
        };
        Some(SegmentConsequences {
            segment: segment?,
            named_contact_person: named?,
            contact: contact?,
            appointments: appointments?,
            review_interval_months: months?,
        })
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_with_only_its_format_gives_todays_built_in_values() {
        let settings = parse_settings(r#"{ "format": "kohtaamo-settings/1" }"#).unwrap();
        assert_eq!(settings, OrganisationSettings::default());
    }

    #[test]
    fn a_whole_file_is_read() {
        let settings = parse_settings(
            r#"{
              "format": "kohtaamo-settings/1",
              "idle_lock": { "seconds": 600, "appointment_seconds": 1800 },
              "custodians": { "health_care": { "name": "Esimerkkialueen hyvinvointialue", "identifier": "1.2.246.10.9000000.10.0" } },
              "client_experience_statement": { "fi": "Sain avun yhdestä paikasta.", "sv": "Jag fick hjälp på ett ställe.", "en": "I got help in one place." }
            }"#,
        )
        .unwrap();
        assert_eq!(settings.idle_lock.seconds, 600);
        assert_eq!(settings.idle_lock.appointment_seconds, 1800);
        assert_eq!(
            settings.custodians.health_care.identifier,
            "1.2.246.10.9000000.10.0"
        );
        assert_eq!(settings.custodians.social_welfare, Custodian::default());
        assert_eq!(
            settings.client_experience_statement.en,
            "I got help in one place."
        );
        assert_eq!(settings.segments, SegmentConsequences::defaults());
    }

    #[test]
    fn the_services_are_named_once_each_and_a_bad_list_changes_nothing() {
        let good = parse_settings(
            r#"{ "format": "kohtaamo-settings/1", "services": [" Päivystys ", "Kotihoito"] }"#,
        )
        .unwrap();
        assert_eq!(good.services, ["Päivystys", "Kotihoito"]);
        let problems = parse_settings(
            r#"{ "format": "kohtaamo-settings/1", "services": ["Kotihoito", "", "Kotihoito", 3] }"#,
        )
        .unwrap_err();
        assert_eq!(
            problems,
            [
                SettingsProblem::Missing {
                    field: "services[1]".into()
                },
                SettingsProblem::UnknownValue {
                    field: "services[2]".into(),
                    value: "Kotihoito".into()
                },
                SettingsProblem::WrongKind {
                    field: "services[3]".into()
                },
            ]
        );
    }

    #[test]
    fn every_bad_field_is_named_at_once() {
        let problems = parse_settings(
            r#"{
              "format": "kohtaamo-settings/1",
              "idle_lock": { "seconds": 5, "appointmentseconds": 1800 },
              "segments": [ { "segment": "tuki", "named_contact_person": false, "contact": "sometimes",
                              "appointments": "booked-for-the-need", "review_interval_months": 6 } ]
            }"#,
        )
        .unwrap_err();
        assert!(problems.contains(&SettingsProblem::OutOfRange {
            field: "idle_lock.seconds".into(),
            min: 30,
            max: 14_400
        }));
        assert!(problems.contains(&SettingsProblem::UnknownField {
            field: "idle_lock.appointmentseconds".into()
        }));
        assert!(problems.contains(&SettingsProblem::UnknownValue {
            field: "segments[0].contact".into(),
            value: "sometimes".into()
        }));
    }

    #[test]
    fn the_segments_are_given_whole_or_not_at_all() {
        let problems = parse_settings(
            r#"{ "format": "kohtaamo-settings/1", "segments": [
                { "segment": "tuki", "named_contact_person": true, "contact": "on-need",
                  "appointments": "booked-for-the-need", "review_interval_months": 4 } ] }"#,
        )
        .unwrap_err();
        assert_eq!(
            problems,
            [SettingsProblem::Segments {
                error: SegmentError::ConsequencesIncomplete {
                    segment: Segment::Omatoimi
                }
            }]
        );
    }

    #[test]
    fn the_examples_hold_every_problem() {
        use strum::EnumCount;
        let kinds: std::collections::HashSet<_> =
            examples().iter().map(std::mem::discriminant).collect();
        assert_eq!(kinds.len(), SettingsProblem::COUNT);
    }
}
