//! The joint clientship (yhteisasiakkuus) and the team that holds it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::plan::Assignable;
use crate::case::professional::{ProfessionalId, Sector};
use crate::case::register::Register;
use crate::ClientId;

/// Why the client was identified as a joint client: the checklist the
/// service models share, plus free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IdentificationReason {
    SeveralChronicIllnesses,
    MentalHealth,
    SubstanceUse,
    Finances,
    Housing,
    Loneliness,
    ManyServicesUsed,
    SentBetweenServices,
    DailyCoping,
    FamilySituation,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum ClientshipStatus {
    Active,
    Paused { reason: String },
    Closed { reason: String, on: NaiveDate },
}

/// A role in the team around the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TeamRole {
    /// Vastuutyöntekijä: coordinates the whole.
    ResponsibleWorker,
    /// Hoitovastaava, on the health side.
    Hoitovastaava,
    /// Omatyöntekijä, on the social side.
    Omatyontekija,
    /// A member of the omatiimi.
    Member,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMember {
    pub professional: ProfessionalId,
    pub role: TeamRole,
    pub sector: Sector,
    /// The team gives this member's phone and secure e-mail to the client
    /// (on the shared screen and what the client takes home).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub contact_to_client: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThirdSectorOrganisation {
    pub name: String,
    pub contact: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CareTeam {
    pub members: Vec<TeamMember>,
    pub organisations: Vec<ThirdSectorOrganisation>,
    /// "Whom to contact and how", in plain words for the client.
    pub contact_instructions: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JointClientship {
    pub client: ClientId,
    pub started_on: NaiveDate,
    pub reasons: Vec<IdentificationReason>,
    pub other_reason: String,
    pub status: ClientshipStatus,
    /// Vastinpari: the agreed pair across the two sectors.
    pub counterpart_pair: Option<(ProfessionalId, ProfessionalId)>,
    pub team: CareTeam,
    /// Every change of `status` in this period, oldest first: appended by
    /// [`JointClientship::change_status`], never rewritten.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status_changes: Vec<StatusChange>,
}

/// A pause, a return to active work or the end of a period: who, when, why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    pub status: ClientshipStatus,
    pub on: NaiveDate,
    pub by: ProfessionalId,
}

#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumCount,
)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum ClientshipError {
    #[error("give at least one reason for the joint clientship")]
    NoReason,
    #[error("the counterpart pair must be one health care and one social welfare professional on the team")]
    CounterpartPairAcrossSectors,
    #[error("the team has more than one {role:?}")]
    DuplicateRole { role: TeamRole },
    #[error("a paused or closed clientship needs a reason")]
    StatusReasonRequired,
    #[error("the clientship cannot close before it started")]
    ClosedBeforeStart,
    /// A closed period is history: the client's next period is a new
    /// clientship.
    #[error("this period of the clientship has ended and cannot change; start a new one")]
    PeriodClosed,
    #[error("the clientship already has this status")]
    SameStatus,
}

/// The register a team member's entry or note belongs to: their sector's.
/// Someone outside the team, or without a register of their own, writes
/// into health care's.
pub fn author_register(members: &[TeamMember], author: ProfessionalId) -> Register {
    members
        .iter()
        .find(|m| m.professional == author)
        .and_then(|m| m.sector.register())
        .unwrap_or(Register::HealthCare)
}

impl CareTeam {
    /// The team of a clientship just started: the professional who
    /// identified the client, coordinating from the first day (as in the
    /// Keski-Pohjanmaa model). Colleagues join later, as they come in.
    pub fn started_by(professional: ProfessionalId, sector: Sector) -> CareTeam {
        CareTeam {
            members: vec![TeamMember {
                professional,
                role: TeamRole::ResponsibleWorker,
                sector,
                contact_to_client: true,
            }],
            organisations: Vec::new(),
            contact_instructions: String::new(),
        }
    }
}

impl ClientshipStatus {
    pub fn is_closed(&self) -> bool {
        matches!(self, ClientshipStatus::Closed { .. })
    }
}

impl JointClientship {
    /// Makes a change the request brought (the team, whom to contact) the
    /// one saved over `before`: the status and its history change only
    /// through [`JointClientship::change_status`], and a closed period not
    /// at all.
    pub fn stamp(&mut self, before: Option<&Self>) -> Result<(), ClientshipError> {
        let Some(before) = before else {
            self.status = ClientshipStatus::Active;
            self.status_changes.clear();
            return Ok(());
        };
        if before.status.is_closed() {
            return Err(ClientshipError::PeriodClosed);
        }
        self.client = before.client;
        self.started_on = before.started_on;
        self.status = before.status.clone();
        self.status_changes = before.status_changes.clone();
        Ok(())
    }

    /// Pauses the clientship, takes it up again or closes this period, as
    /// `by` records it on `on`.
    pub fn change_status(
        &mut self,
        status: ClientshipStatus,
        on: NaiveDate,
        by: ProfessionalId,
    ) -> Result<(), ClientshipError> {
        if self.status.is_closed() {
            return Err(ClientshipError::PeriodClosed);
        }
        let status = match status {
            ClientshipStatus::Active => ClientshipStatus::Active,
            ClientshipStatus::Paused { reason } => ClientshipStatus::Paused {
                reason: reason.trim().to_owned(),
            },
            ClientshipStatus::Closed { reason, on } => ClientshipStatus::Closed {
                reason: reason.trim().to_owned(),
                on,
            },
        };
        if std::mem::discriminant(&status) == std::mem::discriminant(&self.status) {
            return Err(ClientshipError::SameStatus);
        }
        self.status = status.clone();
        self.validate()?;
        self.status_changes.push(StatusChange { status, on, by });
        Ok(())
    }

    pub fn validate(&self) -> Result<(), ClientshipError> {
        if self.reasons.is_empty() && self.other_reason.trim().is_empty() {
            return Err(ClientshipError::NoReason);
        }
        for role in [
            TeamRole::ResponsibleWorker,
            TeamRole::Hoitovastaava,
            TeamRole::Omatyontekija,
        ] {
            if self.team.members.iter().filter(|m| m.role == role).count() > 1 {
                return Err(ClientshipError::DuplicateRole { role });
            }
        }
        if let Some((a, b)) = self.counterpart_pair {
            let sector = |id| {
                self.team
                    .members
                    .iter()
                    .find(|m| m.professional == id)
                    .map(|m| m.sector)
            };
            let pair = (sector(a), sector(b));
            let across = matches!(
                pair,
                (Some(Sector::HealthCare), Some(Sector::SocialWelfare))
                    | (Some(Sector::SocialWelfare), Some(Sector::HealthCare))
            );
            if !across {
                return Err(ClientshipError::CounterpartPairAcrossSectors);
            }
        }
        match &self.status {
            ClientshipStatus::Active => {}
            ClientshipStatus::Paused { reason } if reason.trim().is_empty() => {
                return Err(ClientshipError::StatusReasonRequired)
            }
            ClientshipStatus::Closed { reason, .. } if reason.trim().is_empty() => {
                return Err(ClientshipError::StatusReasonRequired)
            }
            ClientshipStatus::Closed { on, .. } if *on < self.started_on => {
                return Err(ClientshipError::ClosedBeforeStart)
            }
            _ => {}
        }
        Ok(())
    }

    /// Who a plan action may be given to (besides the client).
    pub fn assignable(&self) -> Assignable {
        Assignable {
            team: self.team.members.iter().map(|m| m.professional).collect(),
            organisations: self
                .team
                .organisations
                .iter()
                .map(|o| o.name.clone())
                .collect(),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn an_author_writes_into_their_own_sectors_register() {
        let members = sample().team.members;
        assert_eq!(
            author_register(&members, ProfessionalId::from_u128(2)),
            Register::SocialWelfare
        );
        assert_eq!(
            author_register(&members, ProfessionalId::from_u128(1)),
            Register::HealthCare
        );
        assert_eq!(
            author_register(&members, ProfessionalId::from_u128(99)),
            Register::HealthCare
        );
    }

    pub(crate) fn sample() -> JointClientship {
        JointClientship {
            client: ClientId::from_u128(1),
            started_on: NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            reasons: vec![
                IdentificationReason::MentalHealth,
                IdentificationReason::Finances,
            ],
            other_reason: String::new(),
            status: ClientshipStatus::Active,
            status_changes: Vec::new(),
            counterpart_pair: Some((ProfessionalId::from_u128(1), ProfessionalId::from_u128(2))),
            team: CareTeam {
                members: vec![
                    TeamMember {
                        professional: ProfessionalId::from_u128(1),
                        role: TeamRole::Hoitovastaava,
                        sector: Sector::HealthCare,
                        contact_to_client: false,
                    },
                    TeamMember {
                        professional: ProfessionalId::from_u128(2),
                        role: TeamRole::ResponsibleWorker,
                        sector: Sector::SocialWelfare,
                        contact_to_client: true,
                    },
                ],
                organisations: vec![ThirdSectorOrganisation {
                    name: "Esimerkkiyhdistys ry".into(),
                    contact: "040 000 0000".into(),
                }],
                contact_instructions: "Soita ensin Sannille.".into(),
            },
        }
    }

    #[test]
    fn the_rules_of_a_clientship() {
        assert_eq!(sample().validate(), Ok(()));
        let mut c = sample();
        c.reasons.clear();
        assert_eq!(c.validate(), Err(ClientshipError::NoReason));
        c.other_reason = "Omaisen huoli".into();
        assert_eq!(c.validate(), Ok(()));

        let mut c = sample();
        c.team.members[1].sector = Sector::HealthCare;
        assert_eq!(
            c.validate(),
            Err(ClientshipError::CounterpartPairAcrossSectors)
        );

        let mut c = sample();
        c.team.members[0].role = TeamRole::ResponsibleWorker;
        assert_eq!(
            c.validate(),
            Err(ClientshipError::DuplicateRole {
                role: TeamRole::ResponsibleWorker
            })
        );

        let mut c = sample();
        c.status = ClientshipStatus::Paused { reason: " ".into() };
        assert_eq!(c.validate(), Err(ClientshipError::StatusReasonRequired));
        c.status = ClientshipStatus::Closed {
            reason: "Muutti".into(),
            on: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        };
        assert_eq!(c.validate(), Err(ClientshipError::ClosedBeforeStart));
    }

    #[test]
    fn one_professional_starts_a_clientship_alone_and_coordinates_it() {
        let team = CareTeam::started_by(ProfessionalId::from_u128(4), Sector::SocialWelfare);
        assert_eq!(team.members.len(), 1);
        assert_eq!(team.members[0].role, TeamRole::ResponsibleWorker);
        let mut c = sample();
        c.team = team;
        c.counterpart_pair = None;
        assert_eq!(c.validate(), Ok(()));
    }

    #[test]
    fn actions_may_go_to_the_team_and_its_organisations() {
        let a = sample().assignable();
        assert_eq!(
            a.team,
            [ProfessionalId::from_u128(1), ProfessionalId::from_u128(2)]
        );
        assert_eq!(a.organisations, ["Esimerkkiyhdistys ry"]);
    }
}
