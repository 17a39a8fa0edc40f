//! The language a client is served in: a plan handed to a client is in it.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Finnish: the default, as for most clients.
    #[default]
    Fi,
    Sv,
    En,
    /// Another language: the professional arranges interpretation.
    Other,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::Fi, Language::Sv, Language::En, Language::Other];

    /// The stable code stored in the database and sent over IPC.
    pub fn code(self) -> &'static str {
        match self {
            Language::Fi => "fi",
            Language::Sv => "sv",
            Language::En => "en",
            Language::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(Language::from_code("de"), None);
    }
}
