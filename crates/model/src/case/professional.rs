//! The people who work with the client: the store's owner and colleagues.

use serde::{Deserialize, Serialize};

use crate::case::register::Register;

pub use crate::id::ProfessionalId;

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
    /// No longer works with clients here: kept to name them in earlier
    /// records, never offered for a new team.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub retired: bool,
    /// The organisation's own stable key for this person, when they came
    /// from its directory file: importing it again updates them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory_key: Option<String>,
}

pub const MAX_FIELD_CHARS: usize = 200;

/// A field of a professional's details, named in errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProfessionalField {
    Name,
    Role,
    Organisation,
    Unit,
    Phone,
    SecureEmail,
}

#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumCount,
)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum ProfessionalError {
    #[error("the name is empty")]
    EmptyName,
    #[error("the field {field:?} is longer than {max} characters")]
    TooLong {
        field: ProfessionalField,
        max: usize,
    },
    #[error("the secure e-mail address is not an address")]
    Email,
    /// The store's owner writes into a register, so works in one of the two.
    #[error("the owner's sector must be health care or social welfare")]
    OwnerWithoutRegister,
    #[error("no such professional")]
    NotFound,
}

impl Professional {
    pub fn validate(&self) -> Result<(), ProfessionalError> {
        if self.name.trim().is_empty() {
            return Err(ProfessionalError::EmptyName);
        }
        let role = match &self.role {
            Role::Other(title) => title.as_str(),
            _ => "",
        };
        for (field, value) in [
            (ProfessionalField::Name, self.name.as_str()),
            (ProfessionalField::Role, role),
            (ProfessionalField::Organisation, &self.organisation),
            (ProfessionalField::Unit, &self.unit),
            (ProfessionalField::Phone, &self.phone),
            (ProfessionalField::SecureEmail, &self.secure_email),
        ] {
            if value.chars().count() > MAX_FIELD_CHARS {
                return Err(ProfessionalError::TooLong {
                    field,
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

    /// The rules of the store owner's profile: a professional's, and a
    /// register to write into.
    pub fn validate_owner(&self) -> Result<(), ProfessionalError> {
        self.validate()?;
        if self.sector.register().is_none() {
            return Err(ProfessionalError::OwnerWithoutRegister);
        }
        Ok(())
    }

    /// The same professional with surrounding white space trimmed from
    /// every field, as a form or a file may give them.
    pub fn trimmed(mut self) -> Self {
        for field in [
            &mut self.name,
            &mut self.organisation,
            &mut self.unit,
            &mut self.phone,
            &mut self.secure_email,
        ] {
            *field = field.trim().to_owned();
        }
        if let Role::Other(title) = &mut self.role {
            *title = title.trim().to_owned();
        }
        self
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
            retired: false,
            directory_key: None,
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
        assert_eq!(
            p.validate(),
            Err(ProfessionalError::TooLong {
                field: ProfessionalField::Unit,
                max: MAX_FIELD_CHARS
            })
        );
    }

    #[test]
    fn an_owner_writes_into_a_register() {
        assert_eq!(nurse().validate_owner(), Ok(()));
        let mut p = nurse();
        p.sector = Sector::ThirdSector;
        assert_eq!(p.validate(), Ok(()));
        assert_eq!(
            p.validate_owner(),
            Err(ProfessionalError::OwnerWithoutRegister)
        );
    }

    #[test]
    fn only_the_two_care_sectors_have_a_register() {
        assert_eq!(Sector::HealthCare.register(), Some(Register::HealthCare));
        assert_eq!(Sector::ThirdSector.register(), None);
    }
}
