//! Which words a handout is in.

use kohtaamo_model::language::Language;

/// Which words the handout is in. Selko = plain Finnish (selkosuomi,
/// Selkokeskus' rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Wording {
    Fi,
    Sv,
    En,
    FiSelko,
}

impl Wording {
    pub const ALL: [Wording; 4] = [Wording::Fi, Wording::Sv, Wording::En, Wording::FiSelko];

    /// The wording for a client served in `language`. A client served in
    /// another language gets Finnish (the professional interprets); selko
    /// is Finnish, so it applies to Finnish and to another language only.
    pub fn for_client(language: Language, selko: bool) -> Wording {
        match (language, selko) {
            (Language::Sv, _) => Wording::Sv,
            (Language::En, _) => Wording::En,
            (Language::Fi | Language::Other, true) => Wording::FiSelko,
            (Language::Fi | Language::Other, false) => Wording::Fi,
        }
    }

    /// The language of the words: instrument texts are read in it.
    pub fn language(self) -> Language {
        match self {
            Wording::Fi | Wording::FiSelko => Language::Fi,
            Wording::Sv => Language::Sv,
            Wording::En => Language::En,
        }
    }

    /// The BCP 47 language tag of the PDF and of the Fluent bundle.
    pub(crate) fn lang(self) -> &'static str {
        self.language().code()
    }

    /// The stable code, as the Fluent file is named.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Wording::Fi => "fi",
            Wording::Sv => "sv",
            Wording::En => "en",
            Wording::FiSelko => "fi-selko",
        }
    }

    pub(crate) fn is_selko(self) -> bool {
        self == Wording::FiSelko
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_gets_their_language_and_selko_only_in_finnish() {
        use Language::*;
        assert_eq!(Wording::for_client(Fi, false), Wording::Fi);
        assert_eq!(Wording::for_client(Fi, true), Wording::FiSelko);
        assert_eq!(Wording::for_client(Sv, false), Wording::Sv);
        assert_eq!(Wording::for_client(Sv, true), Wording::Sv);
        assert_eq!(Wording::for_client(En, true), Wording::En);
        assert_eq!(Wording::for_client(Other, false), Wording::Fi);
        assert_eq!(Wording::for_client(Other, true), Wording::FiSelko);
    }

    #[test]
    fn wordings_serialize_in_kebab_case() {
        for w in Wording::ALL {
            assert_eq!(
                serde_json::to_string(&w).unwrap(),
                format!("\"{}\"", w.code())
            );
        }
        assert_eq!(
            serde_json::to_string(&Wording::FiSelko).unwrap(),
            r#""fi-selko""#
        );
    }
}
