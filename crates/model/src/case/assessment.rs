//! The holistic assessment (kokonaisvaltainen kartoitus) by life domain:
//! the client's view and the professional's, side by side, both kept.

use serde::{Deserialize, Serialize};

use crate::case::professional::ProfessionalId;
use crate::case::register::{Register, Visibility};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LifeDomain {
    Health,
    MentalWellbeing,
    SubstanceUse,
    DailyFunctioning,
    Housing,
    Finances,
    WorkStudiesDailyActivity,
    FamilyAndCloseRelationships,
    FriendsAndLoneliness,
    Safety,
}

impl LifeDomain {
    pub const ALL: [LifeDomain; 10] = [
        LifeDomain::Health,
        LifeDomain::MentalWellbeing,
        LifeDomain::SubstanceUse,
        LifeDomain::DailyFunctioning,
        LifeDomain::Housing,
        LifeDomain::Finances,
        LifeDomain::WorkStudiesDailyActivity,
        LifeDomain::FamilyAndCloseRelationships,
        LifeDomain::FriendsAndLoneliness,
        LifeDomain::Safety,
    ];
}

/// How much support a domain needs, as judged together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NeedLevel {
    NoNeed,
    SomeNeed,
    SignificantNeed,
    /// Not discussed yet: a gap to come back to, not a "no".
    NotAssessed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainEntry {
    pub domain: LifeDomain,
    pub client_view: String,
    pub professional_view: String,
    pub need: NeedLevel,
    /// Own resources and strengths (voimavarat).
    pub resources: String,
    pub author: ProfessionalId,
    pub register: Register,
    pub visibility: Visibility,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolisticAssessment {
    pub entries: Vec<DomainEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum AssessmentError {
    #[error("the domain {domain:?} appears twice")]
    DuplicateDomain { domain: LifeDomain },
}

impl HolisticAssessment {
    pub fn validate(&self) -> Result<(), AssessmentError> {
        for domain in LifeDomain::ALL {
            if self.entries.iter().filter(|e| e.domain == domain).count() > 1 {
                return Err(AssessmentError::DuplicateDomain { domain });
            }
        }
        Ok(())
    }

    /// Domains where the two views were written down and differ: the
    /// assessment keeps both rather than choosing.
    pub fn differing_views(&self) -> Vec<LifeDomain> {
        self.entries
            .iter()
            .filter(|e| {
                !e.client_view.trim().is_empty()
                    && !e.professional_view.trim().is_empty()
                    && e.client_view.trim() != e.professional_view.trim()
            })
            .map(|e| e.domain)
            .collect()
    }

    /// Domains not yet covered.
    pub fn missing(&self) -> Vec<LifeDomain> {
        LifeDomain::ALL
            .into_iter()
            .filter(|d| {
                self.entries
                    .iter()
                    .all(|e| e.domain != *d || e.need == NeedLevel::NotAssessed)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(domain: LifeDomain, client: &str, professional: &str) -> DomainEntry {
        DomainEntry {
            domain,
            client_view: client.into(),
            professional_view: professional.into(),
            need: NeedLevel::SomeNeed,
            resources: "Sisko auttaa".into(),
            author: ProfessionalId(1),
            register: Register::HealthCare,
            visibility: Visibility::ShownToClient,
        }
    }

    #[test]
    fn views_are_kept_side_by_side_and_gaps_are_named() {
        let a = HolisticAssessment {
            entries: vec![
                entry(LifeDomain::Housing, "Asunto on hyvä", "Asunto on hyvä"),
                entry(LifeDomain::Finances, "Pärjään", "Vuokrarästejä"),
            ],
        };
        assert_eq!(a.validate(), Ok(()));
        assert_eq!(a.differing_views(), [LifeDomain::Finances]);
        assert_eq!(a.missing().len(), 8);
        let twice = HolisticAssessment {
            entries: vec![
                entry(LifeDomain::Housing, "", ""),
                entry(LifeDomain::Housing, "", ""),
            ],
        };
        assert_eq!(
            twice.validate(),
            Err(AssessmentError::DuplicateDomain {
                domain: LifeDomain::Housing
            })
        );
    }
}
