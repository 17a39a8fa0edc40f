//! A client of social and health care, as the store knows them.

use serde::{Deserialize, Serialize};

use crate::hetu::{HetuError, PersonalIdentityCode};
use crate::language::Language;

/// The longest name accepted: generous for multi-part names, short enough
/// that a paste accident is caught.
pub const MAX_NAME_CHARS: usize = 200;

pub use crate::id::ClientId;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Client {
    pub id: ClientId,
    pub name: String,
    pub hetu: PersonalIdentityCode,
    pub language: Language,
    /// Plain Finnish (selkosuomi) in the client view and the handouts, for a
    /// client served in Finnish who reads it more easily.
    #[serde(default)]
    pub plain_language: bool,
}

/// One row of the client list: what is needed to pick the right person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientSummary {
    pub id: ClientId,
    pub name: String,
    pub hetu: PersonalIdentityCode,
}

impl From<&Client> for ClientSummary {
    fn from(client: &Client) -> Self {
        Self {
            id: client.id,
            name: client.name.clone(),
            hetu: client.hetu.clone(),
        }
    }
}

/// A client as typed into the add-client form, not yet checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewClient {
    pub name: String,
    pub hetu: String,
    pub language: Language,
}

/// A new client whose fields passed every rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidNewClient {
    pub name: String,
    pub hetu: PersonalIdentityCode,
    pub language: Language,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum NameError {
    #[error("the name is empty")]
    Empty,
    #[error("the name is longer than {max} characters")]
    TooLong { max: usize },
    #[error("the name contains control characters")]
    ControlCharacters,
}

/// Every problem of a new client at once, field by field, so the form can
/// show all of them inline rather than one per attempt.
#[derive(Debug, Clone, Default, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[error("the new client is not valid (name: {name:?}, henkilötunnus: {hetu:?})")]
pub struct NewClientError {
    pub name: Option<NameError>,
    pub hetu: Option<HetuError>,
}

pub fn validate_name(raw: &str) -> Result<String, NameError> {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        Err(NameError::Empty)
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err(NameError::TooLong {
            max: MAX_NAME_CHARS,
        })
    } else if name.chars().any(char::is_control) {
        Err(NameError::ControlCharacters)
    } else {
        Ok(name)
    }
}

impl NewClient {
    pub fn validate(&self) -> Result<ValidNewClient, NewClientError> {
        let name = validate_name(&self.name);
        let hetu = self.hetu.parse::<PersonalIdentityCode>();
        match (name, hetu) {
            (Ok(name), Ok(hetu)) => Ok(ValidNewClient {
                name,
                hetu,
                language: self.language,
            }),
            (name, hetu) => Err(NewClientError {
                name: name.err(),
                hetu: hetu.err(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_every_field_error_at_once() {
        let err = NewClient {
            name: "   ".into(),
            hetu: "nope".into(),
            language: Language::Fi,
        }
        .validate()
        .unwrap_err();
        assert_eq!(err.name, Some(NameError::Empty));
        assert_eq!(err.hetu, Some(HetuError::Format));
    }

    #[test]
    fn folds_white_space_in_names() {
        let valid = NewClient {
            name: "  Aino \t Virtanen ".into(),
            hetu: "131052-930V".into(),
            language: Language::Sv,
        }
        .validate()
        .unwrap();
        assert_eq!(valid.name, "Aino Virtanen");
        assert_eq!(valid.language, Language::Sv);
    }

    #[test]
    fn rejects_overlong_names() {
        let long = "a".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(
            validate_name(&long),
            Err(NameError::TooLong {
                max: MAX_NAME_CHARS
            })
        );
        assert!(validate_name(&"ä".repeat(MAX_NAME_CHARS)).is_ok());
    }
}
