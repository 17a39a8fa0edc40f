//! Ids that can leave the laptop: UUID v7, made by the store when a record
//! is first saved. A directory import, a later handover and a later team
//! sync tell the same thing from a different one by them. (The store keeps
//! its own row numbers too; they never leave it.)

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fixed id from a number: for tests and examples.
            pub const fn from_u128(n: u128) -> Self {
                Self(Uuid::from_u128(n))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(text).map(Self)
            }
        }
    };
}

id_type!(
    /// A client.
    ClientId
);
id_type!(
    /// A professional: the owner, a colleague, a third-sector worker.
    ProfessionalId
);
id_type!(
    /// A third-sector organisation of the directory.
    OrganisationId
);
id_type!(
    /// One record of a case (a clientship, a plan version, a note's
    /// appointment…).
    RecordId
);
