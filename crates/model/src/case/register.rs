//! Which client register an entry belongs to, and who may see it.

use serde::{Deserialize, Serialize};

/// Social welfare and health care keep separate client registers by law;
/// every note and assessment entry belongs to exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Register {
    HealthCare,
    SocialWelfare,
}

impl Register {
    pub fn other(self) -> Self {
        match self {
            Self::HealthCare => Self::SocialWelfare,
            Self::SocialWelfare => Self::HealthCare,
        }
    }
}

/// Whether an entry may be shown on the shared screen to the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Visibility {
    ShownToClient,
    ProfessionalOnly,
}
