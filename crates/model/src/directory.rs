//! The organisation's directory: a file IT keeps of the people and the
//! third-sector organisations its professionals work with
//! (`assets/schemas/directory.schema.json` documents it).
//!
//! Every person and organisation carries the organisation's own stable key,
//! so that importing the file again updates the same person rather than
//! adding another. A file is read whole and every bad entry is named at
//! once; the store imports it only when none is bad.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::case::organisation::Organisation;
use crate::case::professional::{Professional, ProfessionalError, Role, Sector};
use crate::rule::{Arg, Message, RuleError};

/// The `format` a directory file names: its version.
pub const DIRECTORY_FORMAT: &str = "kohtaamo-directory/1";

/// The longest directory key accepted.
pub const MAX_KEY_CHARS: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directory {
    pub people: Vec<(String, Professional)>,
    pub organisations: Vec<(String, Organisation)>,
}

/// Which entry of the file a problem is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum DirectoryEntry {
    /// The file as a whole.
    File,
    /// `people[index]` (counted from 1, as a person reads a list), with its
    /// key when it has one.
    Person {
        number: usize,
        key: Option<String>,
    },
    Organisation {
        number: usize,
        key: Option<String>,
    },
}

/// What is wrong with an entry; fields are named as the file names them.
#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumCount,
)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum DirectoryProblem {
    /// The file is not JSON; where the reading stopped.
    #[error("the file is not JSON (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    /// The file does not say it is a directory of this version.
    #[error("the file's format is {found:?}, not {DIRECTORY_FORMAT:?}")]
    Format { found: String },
    #[error("the field {field:?} is missing")]
    Missing { field: String },
    /// A field holds another kind of value than text (or a list, or true/false).
    #[error("the field {field:?} holds a value of the wrong kind")]
    NotText { field: String },
    #[error(
        "the sector {value:?} is not health-care, social-welfare, third-sector or own-network"
    )]
    Sector { value: String },
    #[error("the key is longer than {max} characters")]
    KeyTooLong { max: usize },
    /// Two entries of the same list share a key.
    #[error("the key {key:?} is used twice")]
    DuplicateKey { key: String },
    /// The entry breaks a rule of a professional's or an organisation's
    /// details.
    #[error("{error}")]
    Details { error: ProfessionalError },
}

impl std::fmt::Display for DirectoryEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::File => write!(f, "the file"),
            Self::Person { number, key } => match key {
                Some(key) => write!(f, "person {number} (key {key:?})"),
                None => write!(f, "person {number}"),
            },
            Self::Organisation { number, key } => match key {
                Some(key) => write!(f, "organisation {number} (key {key:?})"),
                None => write!(f, "organisation {number}"),
            },
        }
    }
}

/// One problem of one entry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[error("{entry}: {problem}")]
pub struct DirectoryError {
    pub entry: DirectoryEntry,
    pub problem: DirectoryProblem,
}

/// How many people and organisations an import added and updated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryImported {
    pub people_added: usize,
    pub people_updated: usize,
    pub organisations_added: usize,
    pub organisations_updated: usize,
}

impl DirectoryError {
    /// Which entry, and what is wrong with it: two messages, said together.
    pub fn messages(&self) -> (Message, Message) {
        let text = |s: &str| Arg::Text(s.to_owned());
        let number = |n: usize| Arg::Number(n as i64);
        let entry = match &self.entry {
            DirectoryEntry::File => Message::plain("directory-entry-file"),
            DirectoryEntry::Person { number: n, key } => match key {
                Some(key) => Message {
                    id: "directory-entry-person",
                    args: vec![("number", number(*n)), ("key", text(key))],
                },
                None => Message::with("directory-entry-person-no-key", "number", number(*n)),
            },
            DirectoryEntry::Organisation { number: n, key } => match key {
                Some(key) => Message {
                    id: "directory-entry-organisation",
                    args: vec![("number", number(*n)), ("key", text(key))],
                },
                None => Message::with("directory-entry-organisation-no-key", "number", number(*n)),
            },
        };
        use DirectoryProblem::*;
        let problem = match &self.problem {
            NotJson { line, column } => Message {
                id: "directory-problem-not-json",
                args: vec![("line", number(*line)), ("column", number(*column))],
            },
            Format { found } => Message::with("directory-problem-format", "found", text(found)),
            Missing { field } => Message::with("directory-problem-missing", "field", text(field)),
            NotText { field } => Message::with("directory-problem-not-text", "field", text(field)),
            Sector { value } => Message::with("directory-problem-sector", "value", text(value)),
            KeyTooLong { max } => {
                Message::with("directory-problem-key-too-long", "max", number(*max))
            }
            DuplicateKey { key } => {
                Message::with("directory-problem-duplicate-key", "key", text(key))
            }
            Details { error } => RuleError::Professional(error.clone()).message(),
        };
        (entry, problem)
    }
}

/// One error of every problem and every kind of entry: what the locale
/// tests check messages for.
pub fn examples() -> Vec<DirectoryError> {
    let key = Some("HR-900".to_owned());
    let entries = [
        DirectoryEntry::File,
        DirectoryEntry::Person {
            number: 2,
            key: key.clone(),
        },
        DirectoryEntry::Person {
            number: 3,
            key: None,
        },
        DirectoryEntry::Organisation {
            number: 1,
            key: key.clone(),
        },
        DirectoryEntry::Organisation {
            number: 1,
            key: None,
        },
    ];
    let problems = [
        DirectoryProblem::NotJson { line: 3, column: 7 },
        DirectoryProblem::Format {
            found: "x/2".into(),
        },
        DirectoryProblem::Missing {
            field: "name".into(),
        },
        DirectoryProblem::NotText {
            field: "phone".into(),
        },
        DirectoryProblem::Sector {
            value: "hospital".into(),
        },
        DirectoryProblem::KeyTooLong { max: MAX_KEY_CHARS },
        DirectoryProblem::DuplicateKey {
            key: "HR-900".into(),
        },
        DirectoryProblem::Details {
            error: ProfessionalError::EmptyName,
        },
    ];
    let mut all: Vec<DirectoryError> = entries
        .into_iter()
        .map(|entry| DirectoryError {
            entry,
            problem: DirectoryProblem::Missing {
                field: "key".into(),
            },
        })
        .collect();
    all.extend(problems.into_iter().map(|problem| DirectoryError {
        entry: DirectoryEntry::File,
        problem,
    }));
    all
}

/// Reads a directory file, or says what is wrong with every bad entry.
pub fn parse_directory(text: &str) -> Result<Directory, Vec<DirectoryError>> {
    let file = |problem| {
        vec![DirectoryError {
            entry: DirectoryEntry::File,
            problem,
        }]
    };
    let value: Value = serde_json::from_str(text).map_err(|e| {
        file(DirectoryProblem::NotJson {
            line: e.line(),
            column: e.column(),
        })
    })?;
    let Some(root) = value.as_object() else {
        return Err(file(DirectoryProblem::Format {
            found: String::new(),
        }));
    };
    match root.get("format").and_then(Value::as_str) {
        Some(DIRECTORY_FORMAT) => {}
        other => {
            return Err(file(DirectoryProblem::Format {
                found: other.unwrap_or_default().to_owned(),
            }))
        }
    }
    let mut errors = Vec::new();
    let list = |name: &str, errors: &mut Vec<DirectoryError>| -> Vec<Value> {
        match root.get(name) {
            None => Vec::new(),
            Some(Value::Array(items)) => items.clone(),
            Some(_) => {
                errors.push(DirectoryError {
                    entry: DirectoryEntry::File,
                    problem: DirectoryProblem::NotText { field: name.into() },
                });
                Vec::new()
            }
        }
    };
    let people_values = list("people", &mut errors);
    let organisation_values = list("organisations", &mut errors);

    let mut people = Vec::new();
    let mut keys = HashSet::new();
    for (i, item) in people_values.iter().enumerate() {
        let key = item.get("key").and_then(Value::as_str).map(str::to_owned);
        let entry = DirectoryEntry::Person {
            number: i + 1,
            key: key.clone(),
        };
        match person(item, &mut keys) {
            Ok(found) => people.push(found),
            Err(problems) => errors.extend(problems.into_iter().map(|problem| DirectoryError {
                entry: entry.clone(),
                problem,
            })),
        }
    }
    let mut organisations = Vec::new();
    let mut keys = HashSet::new();
    for (i, item) in organisation_values.iter().enumerate() {
        let key = item.get("key").and_then(Value::as_str).map(str::to_owned);
        let entry = DirectoryEntry::Organisation {
            number: i + 1,
            key: key.clone(),
        };
        match organisation(item, &mut keys) {
            Ok(found) => organisations.push(found),
            Err(problems) => errors.extend(problems.into_iter().map(|problem| DirectoryError {
                entry: entry.clone(),
                problem,
            })),
        }
    }
    if errors.is_empty() {
        Ok(Directory {
            people,
            organisations,
        })
    } else {
        Err(errors)
    }
}

/// Reads the fields of one entry, collecting every problem.
struct Fields<'a> {
    object: Option<&'a Map<String, Value>>,
    problems: Vec<DirectoryProblem>,
}

impl<'a> Fields<'a> {
    fn new(item: &'a Value) -> Self {
        let object = item.as_object();
        let problems = if object.is_none() {
            vec![DirectoryProblem::NotText {
                field: "entry".into(),
            }]
        } else {
            Vec::new()
        };
        Self { object, problems }
    }

    /// A text field; `required` ones must be there.
    fn text(&mut self, name: &str, required: bool) -> String {
        let Some(object) = self.object else {
            return String::new();
        };
        match object.get(name) {
            Some(Value::String(text)) => text.trim().to_owned(),
            None | Some(Value::Null) if !required => String::new(),
            None | Some(Value::Null) => {
                self.problems
                    .push(DirectoryProblem::Missing { field: name.into() });
                String::new()
            }
            Some(_) => {
                self.problems
                    .push(DirectoryProblem::NotText { field: name.into() });
                String::new()
            }
        }
    }

    fn flag(&mut self, name: &str) -> bool {
        match self.object.and_then(|o| o.get(name)) {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => {
                self.problems
                    .push(DirectoryProblem::NotText { field: name.into() });
                false
            }
        }
    }

    /// The entry's key: there, not too long, and not another entry's.
    fn key(&mut self, seen: &mut HashSet<String>) -> String {
        let key = self.text("key", true);
        if self.object.is_some() && key.is_empty() && self.problems.is_empty() {
            self.problems.push(DirectoryProblem::Missing {
                field: "key".into(),
            });
        } else if key.chars().count() > MAX_KEY_CHARS {
            self.problems
                .push(DirectoryProblem::KeyTooLong { max: MAX_KEY_CHARS });
        } else if !key.is_empty() && !seen.insert(key.clone()) {
            self.problems
                .push(DirectoryProblem::DuplicateKey { key: key.clone() });
        }
        key
    }
}

fn person(
    item: &Value,
    seen: &mut HashSet<String>,
) -> Result<(String, Professional), Vec<DirectoryProblem>> {
    let mut f = Fields::new(item);
    let key = f.key(seen);
    let name = f.text("name", true);
    let title = f.text("title", false);
    let sector_text = f.text("sector", true);
    let sector = match sector_text.as_str() {
        "health-care" => Some(Sector::HealthCare),
        "social-welfare" => Some(Sector::SocialWelfare),
        "third-sector" => Some(Sector::ThirdSector),
        "own-network" => Some(Sector::OwnNetwork),
        "" => None,
        other => {
            f.problems.push(DirectoryProblem::Sector {
                value: other.to_owned(),
            });
            None
        }
    };
    let professional = Professional {
        name,
        role: role_from_title(&title),
        sector: sector.unwrap_or(Sector::HealthCare),
        organisation: f.text("organisation", false),
        unit: f.text("unit", false),
        phone: f.text("phone", false),
        secure_email: f.text("secure_email", false),
        retired: f.flag("retired"),
        directory_key: Some(key.clone()),
    };
    if f.problems.is_empty() {
        if let Err(error) = professional.validate() {
            f.problems.push(DirectoryProblem::Details { error });
        }
    }
    if f.problems.is_empty() {
        Ok((key, professional))
    } else {
        Err(f.problems)
    }
}

fn organisation(
    item: &Value,
    seen: &mut HashSet<String>,
) -> Result<(String, Organisation), Vec<DirectoryProblem>> {
    let mut f = Fields::new(item);
    let key = f.key(seen);
    let organisation = Organisation {
        name: f.text("name", true),
        contact: f.text("contact", false),
        retired: f.flag("retired"),
        directory_key: Some(key.clone()),
    };
    if f.problems.is_empty() {
        if let Err(error) = organisation.validate() {
            f.problems.push(DirectoryProblem::Details { error });
        }
    }
    if f.problems.is_empty() {
        Ok((key, organisation))
    } else {
        Err(f.problems)
    }
}

/// A title as the directory gives it: one of the titles Kohtaamo knows (in
/// Finnish, any case), or any other as it is written.
fn role_from_title(title: &str) -> Role {
    let known = [
        ("sairaanhoitaja", Role::Sairaanhoitaja),
        ("terveydenhoitaja", Role::Terveydenhoitaja),
        ("lääkäri", Role::Laakari),
        ("sosiaalityöntekijä", Role::Sosiaalityontekija),
        ("sosiaaliohjaaja", Role::Sosiaaliohjaaja),
        (
            "mielenterveys- ja päihdetyöntekijä",
            Role::MielenterveysJaPaihdetyontekija,
        ),
        ("fysioterapeutti", Role::Fysioterapeutti),
        ("suun terveydenhuolto", Role::SuunTerveydenhuolto),
    ];
    let folded = title.trim().to_lowercase();
    known
        .into_iter()
        .find(|(text, _)| *text == folded)
        .map_or_else(|| Role::Other(title.trim().to_owned()), |(_, role)| role)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{
        "format": "kohtaamo-directory/1",
        "people": [
            { "key": "HR-900", "name": "Sosiaalityöntekijä Hakemisto", "title": "Sosiaalityöntekijä",
              "sector": "social-welfare", "organisation": "Esimerkkialue", "unit": "Aikuissosiaalityö",
              "phone": "+358 40 000 0001", "secure_email": "hakemisto@example.fi" },
            { "key": "HR-901", "name": "Fysio Hakemisto", "title": "Liikuntaneuvoja", "sector": "health-care" }
        ],
        "organisations": [ { "key": "ORG-1", "name": "Kuvitteellinen Tukiyhdistys ry", "contact": "040 000 0002" } ]
    }"#;

    #[test]
    fn a_good_file_gives_every_person_and_organisation_with_their_keys() {
        let d = parse_directory(GOOD).unwrap();
        assert_eq!(d.people.len(), 2);
        assert_eq!(d.people[0].0, "HR-900");
        assert_eq!(d.people[0].1.role, Role::Sosiaalityontekija);
        assert_eq!(d.people[0].1.directory_key.as_deref(), Some("HR-900"));
        assert_eq!(d.people[1].1.role, Role::Other("Liikuntaneuvoja".into()));
        assert_eq!(d.organisations[0].1.name, "Kuvitteellinen Tukiyhdistys ry");
    }

    #[test]
    fn every_bad_entry_is_named_at_once() {
        let bad = r#"{
            "format": "kohtaamo-directory/1",
            "people": [
                { "key": "HR-1", "name": "Hyvä Henkilö", "sector": "health-care" },
                { "key": "HR-2", "name": "", "sector": "health-care" },
                { "key": "HR-1", "name": "Toinen", "sector": "hospital" },
                { "name": "Avaimeton", "sector": "health-care", "secure_email": "ei-osoite" }
            ]
        }"#;
        let errors = parse_directory(bad).unwrap_err();
        let person = |n: usize, key: Option<&str>| DirectoryEntry::Person {
            number: n,
            key: key.map(str::to_owned),
        };
        assert!(errors.contains(&DirectoryError {
            entry: person(2, Some("HR-2")),
            problem: DirectoryProblem::Details {
                error: ProfessionalError::EmptyName
            }
        }));
        assert!(errors.contains(&DirectoryError {
            entry: person(3, Some("HR-1")),
            problem: DirectoryProblem::DuplicateKey { key: "HR-1".into() }
        }));
        assert!(errors.contains(&DirectoryError {
            entry: person(3, Some("HR-1")),
            problem: DirectoryProblem::Sector {
                value: "hospital".into()
            }
        }));
        assert!(errors.contains(&DirectoryError {
            entry: person(4, None),
            problem: DirectoryProblem::Missing {
                field: "key".into()
            }
        }));
        assert!(!errors.iter().any(|e| e.entry == person(1, Some("HR-1"))));
    }

    #[test]
    fn the_examples_hold_every_problem() {
        use strum::EnumCount;
        let kinds: HashSet<_> = examples()
            .iter()
            .map(|e| std::mem::discriminant(&e.problem))
            .collect();
        assert_eq!(kinds.len(), DirectoryProblem::COUNT);
    }

    #[test]
    fn a_file_that_is_not_a_directory_says_so() {
        assert!(matches!(
            parse_directory("{ not json").unwrap_err().remove(0).problem,
            DirectoryProblem::NotJson { line: 1, .. }
        ));
        assert_eq!(
            parse_directory(r#"{"format": "something-else/2"}"#)
                .unwrap_err()
                .remove(0)
                .problem,
            DirectoryProblem::Format {
                found: "something-else/2".into()
            }
        );
    }
}
