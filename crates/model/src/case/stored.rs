//! A record as the store keeps it, and a client's whole case: the shapes
//! the store returns and the UI receives.

use serde::{Deserialize, Serialize};

use crate::case::appointment::JointAppointment;
use crate::case::assessment::HolisticAssessment;
use crate::case::clientship::JointClientship;
use crate::case::consent::Consent;
use crate::case::plan::PlanVersion;
use crate::case::professional::{Professional, ProfessionalId};
use crate::case::segment::SegmentAssessment;
use crate::case::segment::SegmentConsequences;
use crate::case::service_use::ServiceUse;
use crate::{Client, ClientId};

/// A record with its id, its client and the revision a change must name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored<R> {
    pub id: crate::id::RecordId,
    pub client: ClientId,
    pub revision: i64,
    pub record: R,
}

/// Everything in one client's case, oldest first in each list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    pub client: Client,
    pub clientship: Vec<Stored<JointClientship>>,
    pub segment_assessments: Vec<Stored<SegmentAssessment>>,
    pub holistic_assessments: Vec<Stored<HolisticAssessment>>,
    pub plan_versions: Vec<Stored<PlanVersion>>,
    pub appointments: Vec<Stored<JointAppointment>>,
    pub consents: Vec<Stored<Consent>>,
    pub service_use: Vec<Stored<ServiceUse>>,
    /// The professionals the store knows, to name team members.
    pub professionals: Vec<(ProfessionalId, Professional)>,
    /// What each segment means in this organisation.
    pub segment_consequences: Vec<SegmentConsequences>,
    /// The store's owner: whoever records anything in this case, in their
    /// register. None until the owner's profile is saved.
    #[serde(default)]
    pub owner: Option<ProfessionalId>,
    /// What of the other register this copy leaves out (see
    /// `register_view`); nothing in the store's own whole case.
    #[serde(default)]
    pub withheld: crate::case::register_view::Withheld,
    /// The third-sector organisations the store knows, for the team.
    #[serde(default)]
    pub organisations: Vec<(
        crate::case::organisation::OrganisationId,
        crate::case::organisation::Organisation,
    )>,
    /// The services whose use is followed (the organisation's settings).
    #[serde(default)]
    pub services: Vec<String>,
    /// The holistic assessment's earlier versions, oldest first.
    #[serde(default)]
    pub assessment_history: Vec<crate::case::history::Earlier<HolisticAssessment>>,
    /// The follow-up measures' answers, oldest first.
    #[serde(default)]
    pub measures: Vec<Stored<crate::measure::answer::MeasureAnswer>>,
    /// Every instrument version the store holds: the answers' own and the
    /// latest of each, which new answers are given in.
    #[serde(default)]
    pub instruments: Vec<crate::measure::instrument::Instrument>,
}

impl Case {
    /// The clientship's current period: the latest, open or closed. A
    /// client whose period closed may start a new one; the earlier periods
    /// stay in `clientship`, oldest first.
    pub fn clientship(&self) -> Option<&Stored<JointClientship>> {
        self.clientship.last()
    }

    /// The periods before the current one, oldest first.
    pub fn earlier_periods(&self) -> &[Stored<JointClientship>] {
        let n = self.clientship.len().saturating_sub(1);
        &self.clientship[..n]
    }

    /// The latest segmentation: the one in force.
    pub fn segment(&self) -> Option<&Stored<SegmentAssessment>> {
        self.segment_assessments.last()
    }

    /// The newest plan version (a draft being edited, or the agreed one).
    pub fn current_plan(&self) -> Option<&Stored<PlanVersion>> {
        self.plan_versions.iter().max_by_key(|p| p.record.number)
    }

    pub fn professional_name(&self, id: ProfessionalId) -> Option<&str> {
        self.professional(id).map(|p| p.name.as_str())
    }

    pub fn professional(&self, id: ProfessionalId) -> Option<&Professional> {
        self.professionals
            .iter()
            .find(|(p, _)| *p == id)
            .map(|(_, p)| p)
    }

    /// The register the owner writes into, once the owner is known.
    pub fn owner_register(&self) -> Option<crate::case::register::Register> {
        self.owner
            .and_then(|id| self.professional(id))
            .and_then(|p| p.sector.register())
    }

    /// The newest agreed version: what the client has agreed to.
    pub fn agreed_plan(&self) -> Option<&Stored<PlanVersion>> {
        self.plan_versions
            .iter()
            .filter(|p| p.record.is_agreed())
            .max_by_key(|p| p.record.number)
    }
}
