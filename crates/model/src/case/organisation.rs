//! Third-sector organisations the owner works with: a directory of its own
//! beside the colleagues, from which a client's team takes an organisation.

use serde::{Deserialize, Serialize};

use crate::case::professional::{ProfessionalError, ProfessionalField, MAX_FIELD_CHARS};

pub use crate::id::OrganisationId;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub name: String,
    /// How to reach it: a phone number, an address, a contact person.
    pub contact: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub retired: bool,
    /// The organisation's key in the directory file it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory_key: Option<String>,
}

impl Organisation {
    /// The same rules as a professional's details: a name, and no field
    /// longer than a paste accident.
    pub fn validate(&self) -> Result<(), ProfessionalError> {
        if self.name.trim().is_empty() {
            return Err(ProfessionalError::EmptyName);
        }
        for (field, value) in [
            (ProfessionalField::Name, &self.name),
            (ProfessionalField::Phone, &self.contact),
        ] {
            if value.chars().count() > MAX_FIELD_CHARS {
                return Err(ProfessionalError::TooLong {
                    field,
                    max: MAX_FIELD_CHARS,
                });
            }
        }
        Ok(())
    }

    pub fn trimmed(mut self) -> Self {
        self.name = self.name.trim().to_owned();
        self.contact = self.contact.trim().to_owned();
        self
    }
}
