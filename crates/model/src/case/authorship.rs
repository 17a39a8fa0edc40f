//! Who writes what. Social welfare and health care keep separate client
//! registers, and a professional writes only into their own: everything
//! recorded on a laptop is written by its owner, into the owner's register.
//! What a colleague or the client says is recorded as said by them, not as
//! their record. The store decides the author from its owner; a request
//! never names one (see the `stamp` methods of the records).

use serde::{Deserialize, Serialize};

use crate::case::professional::ProfessionalId;
use crate::case::register::Register;

/// The one who records on this laptop: the store's owner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Author {
    pub professional: ProfessionalId,
    pub register: Register,
}

/// Who said what a note records, when it is not the writer's own words.
/// Third-sector people and the client's own network cannot author records;
/// they are named here instead.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum SaidBy {
    Client,
    /// A colleague, a third-sector worker or someone of the client's own
    /// network the store knows.
    Professional {
        professional: ProfessionalId,
    },
    /// A third-sector organisation on the team.
    Organisation {
        name: String,
    },
}
