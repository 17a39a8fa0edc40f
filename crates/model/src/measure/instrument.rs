//! An instrument: a questionnaire the client answers, as data. The built-in
//! ones ship as files under `assets/instruments/`; a unit adds its own by
//! importing a file. Nothing here is UI text: an instrument's words are in
//! the file, in each language, because a unit's own PROM is written by the
//! unit.

use serde::{Deserialize, Serialize};

use crate::language::Language;
use crate::settings::Texts;

/// The first line of every instrument file's JSON: `"format": …`.
pub const INSTRUMENT_FORMAT: &str = "kohtaamo-instrument/1";

/// Which instrument, in which version: every answer carries it, and the
/// store keeps each version's definition so an old answer shows as asked.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct InstrumentKey {
    pub id: String,
    pub version: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InstrumentKind {
    /// Measured at the start, the middle and the end (3X10D).
    LifeSituation,
    /// A patient-reported outcome measure, answered when it is asked.
    Prom,
}

/// Whether a translation is the instrument owner's own or ours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Translation {
    Official,
    /// Ours, until the owner's official one is at hand: the UI says so.
    Unofficial,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translations {
    pub sv: Translation,
    pub en: Translation,
}

/// The answer scale: whole numbers from `min` to `max`, with what the ends
/// mean.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub min: u8,
    pub max: u8,
    pub min_label: Texts,
    pub max_label: Texts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable within the instrument: answers name items by it.
    pub id: String,
    pub text: Texts,
    /// The item that speaks for the whole (3X10D's "elämääsi
    /// kokonaisuutena"): there is no total score.
    #[serde(default)]
    pub overall: bool,
}

/// A traffic light, said in words as well as colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Red.
    Low,
    /// Yellow.
    Middle,
    /// Green.
    High,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub from: u8,
    pub to: u8,
    pub level: Level,
    pub label: Texts,
}

/// When a life-situation measure is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Points {
    /// The middle point is due this many months after the start point
    /// (the organisation's settings may say otherwise).
    pub middle_after_months: u8,
}

/// A discussion field beside an item's score (3X10D's "importance" and
/// "future" viewpoints): optional free text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Viewpoint {
    pub id: String,
    pub label: Texts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    pub format: String,
    pub id: String,
    pub version: u32,
    pub kind: InstrumentKind,
    pub name: Texts,
    /// Whose instrument it is (a trademark notice), shown with it.
    #[serde(default)]
    pub attribution: Option<Texts>,
    pub translations: Translations,
    /// What the wording was checked against, in the file's own words.
    pub checked_against: String,
    /// Not offered to a younger client.
    #[serde(default)]
    pub minimum_age: Option<u8>,
    /// The lead-in every item completes ("Kun ajattelet nykyhetkeä…").
    pub question: Texts,
    pub scale: Scale,
    pub items: Vec<Item>,
    #[serde(default)]
    pub bands: Vec<Band>,
    #[serde(default)]
    pub points: Option<Points>,
    #[serde(default)]
    pub viewpoints: Vec<Viewpoint>,
}

impl Instrument {
    pub fn key(&self) -> InstrumentKey {
        InstrumentKey {
            id: self.id.clone(),
            version: self.version,
        }
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    /// The band `score` falls in, if the instrument has bands.
    pub fn band(&self, score: u8) -> Option<&Band> {
        self.bands.iter().find(|b| (b.from..=b.to).contains(&score))
    }

    /// Whether a client of `age` full years may be offered the instrument;
    /// an unknown age is offered (the professional knows the client).
    pub fn offered_to(&self, age: Option<u32>) -> bool {
        match (self.minimum_age, age) {
            (Some(min), Some(age)) => age >= u32::from(min),
            _ => true,
        }
    }

    /// Whether the text in `language` is ours rather than the owner's.
    pub fn unofficial_in(&self, language: Language) -> bool {
        match language {
            Language::Sv => self.translations.sv == Translation::Unofficial,
            Language::En => self.translations.en == Translation::Unofficial,
            Language::Fi | Language::Other => false,
        }
    }
}

impl Texts {
    /// The text in `language`; Finnish for a language the UI has not.
    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::Sv => &self.sv,
            Language::En => &self.en,
            Language::Fi | Language::Other => &self.fi,
        }
    }
}
