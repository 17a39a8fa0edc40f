//! Changing the team around a client as it really is: who is on it, in
//! which role, and which third-sector organisations take part.
//!
//! The roles that one person holds at a time (vastuutyöntekijä,
//! hoitovastaava, omatyöntekijä) move: giving one to someone makes its
//! earlier holder a member, so a handover is one step and never leaves the
//! team with two coordinators.

use serde::{Deserialize, Serialize};

use crate::case::clientship::{JointClientship, TeamMember, TeamRole, ThirdSectorOrganisation};
use crate::case::professional::{ProfessionalId, Sector};

#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumCount,
)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum TeamError {
    #[error("professional {id} is already on the team")]
    AlreadyOnTeam { id: ProfessionalId },
    #[error("professional {id} is not on the team")]
    NotOnTeam { id: ProfessionalId },
    #[error("an organisation needs a name")]
    EmptyName,
    #[error("the organisation is already on the team")]
    DuplicateOrganisation,
    #[error("no such organisation on the team")]
    NoSuchOrganisation,
    #[error("they still own actions in the plan; give the actions to someone else first")]
    OwnsActions,
    #[error("the counterpart pair is one from health care and one from social welfare")]
    PairAcrossSectors,
}

impl TeamRole {
    /// Whether one person at a time holds this role.
    pub fn is_single(self) -> bool {
        !matches!(self, TeamRole::Member)
    }
}

impl JointClientship {
    pub fn add_member(
        &mut self,
        professional: ProfessionalId,
        sector: Sector,
        role: TeamRole,
    ) -> Result<(), TeamError> {
        if self.member(professional).is_some() {
            return Err(TeamError::AlreadyOnTeam { id: professional });
        }
        self.release(role);
        self.team.members.push(TeamMember {
            professional,
            role,
            sector,
            contact_to_client: false,
        });
        Ok(())
    }

    /// Whether the team gives `professional`'s contact details to the client.
    pub fn set_contact_to_client(
        &mut self,
        professional: ProfessionalId,
        given: bool,
    ) -> Result<(), TeamError> {
        let member = self
            .team
            .members
            .iter_mut()
            .find(|m| m.professional == professional)
            .ok_or(TeamError::NotOnTeam { id: professional })?;
        member.contact_to_client = given;
        Ok(())
    }

    /// Names the counterpart pair (vastinpari): one team member from health
    /// care and one from social welfare, in either order; `None` ends it.
    pub fn set_counterpart_pair(
        &mut self,
        pair: Option<(ProfessionalId, ProfessionalId)>,
    ) -> Result<(), TeamError> {
        let Some((a, b)) = pair else {
            self.counterpart_pair = None;
            return Ok(());
        };
        let sector = |id| self.member(id).map(|m| m.sector);
        let ordered = match (sector(a), sector(b)) {
            (Some(Sector::HealthCare), Some(Sector::SocialWelfare)) => (a, b),
            (Some(Sector::SocialWelfare), Some(Sector::HealthCare)) => (b, a),
            (None, _) => return Err(TeamError::NotOnTeam { id: a }),
            (_, None) => return Err(TeamError::NotOnTeam { id: b }),
            _ => return Err(TeamError::PairAcrossSectors),
        };
        self.counterpart_pair = Some(ordered);
        Ok(())
    }

    /// Gives `professional` the role `role`; its earlier holder becomes a member.
    pub fn set_role(
        &mut self,
        professional: ProfessionalId,
        role: TeamRole,
    ) -> Result<(), TeamError> {
        self.member(professional)
            .ok_or(TeamError::NotOnTeam { id: professional })?;
        self.release(role);
        if let Some(member) = self
            .team
            .members
            .iter_mut()
            .find(|m| m.professional == professional)
        {
            member.role = role;
        }
        Ok(())
    }

    /// Takes `professional` off the team, and out of the counterpart pair.
    pub fn remove_member(&mut self, professional: ProfessionalId) -> Result<(), TeamError> {
        let before = self.team.members.len();
        self.team.members.retain(|m| m.professional != professional);
        if self.team.members.len() == before {
            return Err(TeamError::NotOnTeam { id: professional });
        }
        if self
            .counterpart_pair
            .is_some_and(|(a, b)| a == professional || b == professional)
        {
            self.counterpart_pair = None;
        }
        Ok(())
    }

    pub fn add_organisation(&mut self, name: &str, contact: &str) -> Result<(), TeamError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(TeamError::EmptyName);
        }
        if self.team.organisations.iter().any(|o| o.name == name) {
            return Err(TeamError::DuplicateOrganisation);
        }
        self.team.organisations.push(ThirdSectorOrganisation {
            name: name.to_owned(),
            contact: contact.trim().to_owned(),
        });
        Ok(())
    }

    pub fn remove_organisation(&mut self, name: &str) -> Result<(), TeamError> {
        let before = self.team.organisations.len();
        self.team.organisations.retain(|o| o.name != name);
        if self.team.organisations.len() == before {
            return Err(TeamError::NoSuchOrganisation);
        }
        Ok(())
    }

    fn member(&self, professional: ProfessionalId) -> Option<&TeamMember> {
        self.team
            .members
            .iter()
            .find(|m| m.professional == professional)
    }

    /// Frees a single-holder role for a new holder.
    fn release(&mut self, role: TeamRole) {
        if role.is_single() {
            for member in self.team.members.iter_mut().filter(|m| m.role == role) {
                member.role = TeamRole::Member;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::clientship::tests::sample;

    #[test]
    fn a_single_role_moves_and_its_earlier_holder_stays_a_member() {
        let mut c = sample();
        c.add_member(
            ProfessionalId::from_u128(3),
            Sector::SocialWelfare,
            TeamRole::ResponsibleWorker,
        )
        .unwrap();
        let role =
            |c: &JointClientship, id| c.member(ProfessionalId::from_u128(id)).map(|m| m.role);
        assert_eq!(role(&c, 3), Some(TeamRole::ResponsibleWorker));
        assert_eq!(role(&c, 2), Some(TeamRole::Member));
        assert_eq!(c.validate(), Ok(()));
        c.set_role(ProfessionalId::from_u128(2), TeamRole::ResponsibleWorker)
            .unwrap();
        assert_eq!(role(&c, 3), Some(TeamRole::Member));
        assert_eq!(
            c.add_member(
                ProfessionalId::from_u128(3),
                Sector::HealthCare,
                TeamRole::Member
            ),
            Err(TeamError::AlreadyOnTeam {
                id: ProfessionalId::from_u128(3)
            })
        );
        assert_eq!(
            c.set_role(ProfessionalId::from_u128(9), TeamRole::Member),
            Err(TeamError::NotOnTeam {
                id: ProfessionalId::from_u128(9)
            })
        );
    }

    #[test]
    fn leaving_the_team_ends_the_counterpart_pair_and_keeps_the_rules() {
        let mut c = sample();
        c.remove_member(ProfessionalId::from_u128(1)).unwrap();
        assert_eq!(c.counterpart_pair, None);
        assert_eq!(c.validate(), Ok(()));
        assert_eq!(
            c.remove_member(ProfessionalId::from_u128(1)),
            Err(TeamError::NotOnTeam {
                id: ProfessionalId::from_u128(1)
            })
        );
    }

    #[test]
    fn the_counterpart_pair_is_across_sectors_and_on_the_team() {
        let mut c = sample();
        c.set_counterpart_pair(Some((
            ProfessionalId::from_u128(2),
            ProfessionalId::from_u128(1),
        )))
        .unwrap();
        assert_eq!(
            c.counterpart_pair,
            Some((ProfessionalId::from_u128(1), ProfessionalId::from_u128(2))),
            "health care first"
        );
        c.add_member(
            ProfessionalId::from_u128(3),
            Sector::HealthCare,
            TeamRole::Member,
        )
        .unwrap();
        assert_eq!(
            c.set_counterpart_pair(Some((
                ProfessionalId::from_u128(1),
                ProfessionalId::from_u128(3)
            ))),
            Err(TeamError::PairAcrossSectors)
        );
        assert_eq!(
            c.set_counterpart_pair(Some((
                ProfessionalId::from_u128(9),
                ProfessionalId::from_u128(2)
            ))),
            Err(TeamError::NotOnTeam {
                id: ProfessionalId::from_u128(9)
            })
        );
        c.set_counterpart_pair(None).unwrap();
        assert_eq!(c.counterpart_pair, None);
        c.set_contact_to_client(ProfessionalId::from_u128(3), true)
            .unwrap();
        assert!(c.team.members[2].contact_to_client);
    }

    #[test]
    fn organisations_have_a_name_once() {
        let mut c = sample();
        assert_eq!(c.add_organisation("  ", "x"), Err(TeamError::EmptyName));
        assert_eq!(
            c.add_organisation("Esimerkkiyhdistys ry", ""),
            Err(TeamError::DuplicateOrganisation)
        );
        c.add_organisation(" Kuvitteellinen säätiö ", "09 000 000")
            .unwrap();
        assert_eq!(c.assignable().organisations.len(), 2);
        c.remove_organisation("Kuvitteellinen säätiö").unwrap();
        assert_eq!(
            c.remove_organisation("Kuvitteellinen säätiö"),
            Err(TeamError::NoSuchOrganisation)
        );
    }
}
