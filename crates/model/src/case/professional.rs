//! The people who work with the client: the store's owner and colleagues.

use serde::{Deserialize, Serialize};

use crate::case::register::Register;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ProfessionalId(pub i64);

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "title")]
pub enum Role {
    Sairaanhoitaja,
    Terveydenhoitaja,
    Laakari,
    Sosiaalityontekija,
    Sosiaaliohjaaja,
    MielenterveysJaPaihdetyontekija,
    Fysioterapeutti,
    SuunTerveydenhuolto,
    /// Any other title, as the person gives it.
    Other(String),
}

/// Where a person works: the two registers, the third sector, or the
/// client's own network (a relative, a friend).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sector {
    HealthCare,
    SocialWelfare,
    ThirdSector,
    OwnNetwork,
}

impl Sector {
    /// The register a professional of this sector writes into, if any.
    pub fn register(self) -> Option<Register> {
        match self {
            Self::HealthCare => Some(Register::HealthCare),
            Self::SocialWelfare => Some(Register::SocialWelfare),
            Self::ThirdSector | Self::OwnNetwork => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Professional {
    pub name: String,
    pub role: Role,
    pub sector: Sector,
    pub organisation: String,
    pub unit: String,
    pub phone: String,
    pub secure_email: String,
}

pub const MAX_FIELD_CHARS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum ProfessionalError {
    #[error("the name is empty")]
    EmptyName,
    #[error("the field {field} is longer than {max} characters")]
    TooLong { field: String, max: usize },
    #[error("the secure e-mail address is not an address")]
    Email,
}

impl Professional {
    pub fn validate(&self) -> Result<(), ProfessionalError> {
        if self.name.trim().is_empty() {
            return Err(ProfessionalError::EmptyName);
        }
        for (field, value) in [
            ("name", &self.name),
            ("organisation", &self.organisation),
            ("unit", &self.unit),
            ("phone", &self.phone),
            ("secure-email", &self.secure_email),
        ] {
            if value.chars().count() > MAX_FIELD_CHARS {
                return Err(ProfessionalError::TooLong {
                    field: field.into(),
                    max: MAX_FIELD_CHARS,
                });
            }
        }
        let email = self.secure_email.trim();
        if !email.is_empty()
            && !email
                .split_once('@')
                .is_some_and(|(a, b)| !a.is_empty() && b.contains('.'))
        {
            return Err(ProfessionalError::Email);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nurse() -> Professional {
        Professional {
            name: "Hoitaja Demo".into(),
            role: Role::Sairaanhoitaja,
            sector: Sector::HealthCare,
            organisation: "Esimerkkikunnan sote".into(),
            unit: "Terveysasema".into(),
            phone: "+358 40 000 0000".into(),
            secure_email: "hoitaja.demo@example.fi".into(),
        }
    }

    #[test]
    fn a_complete_profile_is_valid_and_bad_fields_are_named() {
        assert_eq!(nurse().validate(), Ok(()));
        let mut p = nurse();
        p.name = "  ".into();
        assert_eq!(p.validate(), Err(ProfessionalError::EmptyName));
        let mut p = nurse();
        p.secure_email = "not-an-address".into();
        assert_eq!(p.validate(), Err(ProfessionalError::Email));
        let mut p = nurse();
        p.unit = "x".repeat(201);
        assert!(matches!(
            p.validate(),
            Err(ProfessionalError::TooLong { .. })
        ));
    }

    #[test]
    fn only_the_two_care_sectors_have_a_register() {
        assert_eq!(Sector::HealthCare.register(), Some(Register::HealthCare));
        assert_eq!(Sector::ThirdSector.register(), None);
    }
}
