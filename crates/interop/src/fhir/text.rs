//! Values as FHIR writes them, and the few words the bundle carries.
//!
//! FHIR refuses empty strings, so every optional text goes through
//! [`non_empty`]. The words are data for the receiving register, not UI
//! text: Finnish, the registers' language, as the service models name
//! things.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use kohtaamo_model::case::assessment::{LifeDomain, NeedLevel};
use kohtaamo_model::case::clientship::TeamRole;
use kohtaamo_model::case::professional::Role;

/// A FHIR `date` (also a valid `dateTime`).
pub fn date(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// A FHIR `instant`, in UTC to the millisecond.
pub fn instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// The text without surrounding white space, or nothing for a blank one.
pub fn non_empty(text: &str) -> Option<&str> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then_some(trimmed)
}

pub fn title(role: &Role) -> &str {
    match role {
        Role::Sairaanhoitaja => "sairaanhoitaja",
        Role::Terveydenhoitaja => "terveydenhoitaja",
        Role::Laakari => "lääkäri",
        Role::Sosiaalityontekija => "sosiaalityöntekijä",
        Role::Sosiaaliohjaaja => "sosiaaliohjaaja",
        Role::MielenterveysJaPaihdetyontekija => "mielenterveys- ja päihdetyöntekijä",
        Role::Fysioterapeutti => "fysioterapeutti",
        Role::SuunTerveydenhuolto => "suun terveydenhuolto",
        Role::Other(title) => title,
    }
}

pub fn team_role(role: TeamRole) -> &'static str {
    match role {
        TeamRole::ResponsibleWorker => "vastuutyöntekijä",
        TeamRole::Hoitovastaava => "hoitovastaava",
        TeamRole::Omatyontekija => "omatyöntekijä",
        TeamRole::Member => "omatiimin jäsen",
    }
}

pub fn domain(domain: LifeDomain) -> &'static str {
    match domain {
        LifeDomain::Health => "terveys",
        LifeDomain::MentalWellbeing => "mielen hyvinvointi",
        LifeDomain::SubstanceUse => "päihteet",
        LifeDomain::DailyFunctioning => "arjen toimintakyky",
        LifeDomain::Housing => "asuminen",
        LifeDomain::Finances => "talous",
        LifeDomain::WorkStudiesDailyActivity => "työ, opiskelu ja päivittäinen toiminta",
        LifeDomain::FamilyAndCloseRelationships => "perhe ja läheiset",
        LifeDomain::FriendsAndLoneliness => "ystävät ja yksinäisyys",
        LifeDomain::Safety => "turvallisuus",
    }
}

/// The need as judged together; none when the domain was not assessed.
pub fn need(need: NeedLevel) -> Option<&'static str> {
    match need {
        NeedLevel::NoNeed => Some("ei tuen tarvetta"),
        NeedLevel::SomeNeed => Some("jonkin verran tuen tarvetta"),
        NeedLevel::SignificantNeed => Some("merkittävä tuen tarve"),
        NeedLevel::NotAssessed => None,
    }
}
