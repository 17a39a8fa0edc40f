//! Consent for information to cross between the two registers.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::authorship::Author;
use crate::case::professional::ProfessionalId;
use crate::case::register::Register;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    SocialToHealth,
    HealthToSocial,
}

impl Direction {
    /// The direction in which `from`'s data reaches the other register.
    pub fn from_register(from: Register) -> Self {
        match from {
            Register::SocialWelfare => Self::SocialToHealth,
            Register::HealthCare => Self::HealthToSocial,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub direction: Direction,
    /// What information, to whom, for what.
    pub scope: String,
    pub given_on: NaiveDate,
    pub withdrawn_on: Option<NaiveDate>,
    pub recorded_by: ProfessionalId,
}

#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumCount,
)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum ConsentError {
    #[error("a consent needs a scope")]
    NoScope,
    #[error("a consent cannot be withdrawn before it was given")]
    WithdrawnBeforeGiven,
    #[error("a recorded consent can only be withdrawn")]
    OnlyWithdrawal,
}

impl Consent {
    pub fn validate(&self) -> Result<(), ConsentError> {
        if self.scope.trim().is_empty() {
            return Err(ConsentError::NoScope);
        }
        if self.withdrawn_on.is_some_and(|w| w < self.given_on) {
            return Err(ConsentError::WithdrawnBeforeGiven);
        }
        Ok(())
    }

    /// Makes this consent, as a request brought it, the one `author`
    /// records: a new consent is recorded by the author; a recorded one
    /// changes only by being withdrawn.
    pub fn stamp(&mut self, before: Option<&Consent>, author: Author) -> Result<(), ConsentError> {
        match before {
            None => {
                self.recorded_by = author.professional;
                Ok(())
            }
            Some(before) => {
                // Who recorded it stays as stored, whatever the request says.
                self.recorded_by = before.recorded_by;
                let withdrawn = Consent {
                    withdrawn_on: self.withdrawn_on,
                    ..before.clone()
                };
                if before.withdrawn_on.is_some()
                    || self.withdrawn_on.is_none()
                    || *self != withdrawn
                {
                    return Err(ConsentError::OnlyWithdrawal);
                }
                Ok(())
            }
        }
    }

    pub fn is_in_force(&self, on: NaiveDate) -> bool {
        self.given_on <= on && self.withdrawn_on.is_none_or(|w| on < w)
    }
}

/// Whether `from`'s entries may be shown across the register boundary on
/// `on`, given the client's consents.
pub fn may_cross(consents: &[Consent], from: Register, on: NaiveDate) -> bool {
    let direction = Direction::from_register(from);
    consents
        .iter()
        .any(|c| c.direction == direction && c.is_in_force(on))
}

/// Whether an entry may be on the shared screen: marked for the client,
/// and, because professionals of both registers see that screen, either
/// covered by a consent in force for its register's direction.
pub fn shown_on_shared_screen(
    consents: &[Consent],
    register: Register,
    visibility: crate::case::register::Visibility,
    on: NaiveDate,
) -> bool {
    visibility == crate::case::register::Visibility::ShownToClient
        && may_cross(consents, register, on)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    #[test]
    fn a_consent_is_in_force_from_given_until_withdrawn_and_one_way_only() {
        let mut c = Consent {
            direction: Direction::SocialToHealth,
            scope: "Toimeentulotiedot terveysasemalle".into(),
            given_on: d(11, 1),
            withdrawn_on: None,
            recorded_by: ProfessionalId::from_u128(2),
        };
        assert!(!c.is_in_force(d(10, 31)));
        assert!(c.is_in_force(d(11, 1)));
        assert!(may_cross(
            std::slice::from_ref(&c),
            Register::SocialWelfare,
            d(11, 24)
        ));
        assert!(!may_cross(
            std::slice::from_ref(&c),
            Register::HealthCare,
            d(11, 24)
        ));
        c.withdrawn_on = Some(d(11, 20));
        assert!(!c.is_in_force(d(11, 20)));
        assert_eq!(c.validate(), Ok(()));
        c.withdrawn_on = Some(d(10, 1));
        assert_eq!(c.validate(), Err(ConsentError::WithdrawnBeforeGiven));
    }

    #[test]
    fn the_writer_records_a_consent_and_it_changes_only_by_withdrawal() {
        let nurse = Author {
            professional: ProfessionalId::from_u128(1),
            register: Register::HealthCare,
        };
        let mut c = Consent {
            direction: Direction::SocialToHealth,
            scope: "Toimeentulotiedot".into(),
            given_on: d(11, 1),
            withdrawn_on: None,
            recorded_by: ProfessionalId::from_u128(2),
        };
        c.stamp(None, nurse).unwrap();
        assert_eq!(c.recorded_by, ProfessionalId::from_u128(1));
        let mut wider = c.clone();
        wider.scope = "Kaikki tiedot".into();
        assert_eq!(
            wider.stamp(Some(&c), nurse),
            Err(ConsentError::OnlyWithdrawal)
        );
        let mut withdrawn = c.clone();
        withdrawn.withdrawn_on = Some(d(11, 20));
        assert_eq!(withdrawn.stamp(Some(&c), nurse), Ok(()));
        let mut again = withdrawn.clone();
        again.withdrawn_on = Some(d(11, 21));
        assert_eq!(
            again.stamp(Some(&withdrawn), nurse),
            Err(ConsentError::OnlyWithdrawal)
        );
    }

    #[test]
    fn the_shared_screen_shows_client_content_of_a_register_with_consent_only() {
        use crate::case::register::Visibility::*;
        let consent = Consent {
            direction: Direction::SocialToHealth,
            scope: "Muistiinpanot".into(),
            given_on: d(11, 1),
            withdrawn_on: None,
            recorded_by: ProfessionalId::from_u128(2),
        };
        let on = d(11, 24);
        let all = std::slice::from_ref(&consent);
        assert!(shown_on_shared_screen(
            all,
            Register::SocialWelfare,
            ShownToClient,
            on
        ));
        assert!(!shown_on_shared_screen(
            all,
            Register::SocialWelfare,
            ProfessionalOnly,
            on
        ));
        assert!(!shown_on_shared_screen(
            all,
            Register::HealthCare,
            ShownToClient,
            on
        ));
        assert!(!shown_on_shared_screen(
            &[],
            Register::SocialWelfare,
            ShownToClient,
            on
        ));
    }
}
