//! The holistic assessment (kokonaisvaltainen kartoitus) by life domain:
//! the client's view and the professional's, side by side, both kept.

use serde::{Deserialize, Serialize};

use crate::case::authorship::Author;
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

#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumCount,
)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum AssessmentError {
    /// Each register keeps one entry per domain: the nurse's view of the
    /// finances and the social worker's are two entries, in two registers.
    #[error("the domain {domain:?} appears twice in one register")]
    DuplicateDomain { domain: LifeDomain },
}

impl HolisticAssessment {
    pub fn validate(&self) -> Result<(), AssessmentError> {
        for (i, entry) in self.entries.iter().enumerate() {
            if self.entries[..i]
                .iter()
                .any(|e| e.domain == entry.domain && e.register == entry.register)
            {
                return Err(AssessmentError::DuplicateDomain {
                    domain: entry.domain,
                });
            }
        }
        Ok(())
    }

    /// The entry of `register` for `domain`, if any.
    pub fn entry(&self, domain: LifeDomain, register: Register) -> Option<&DomainEntry> {
        self.entries
            .iter()
            .find(|e| e.domain == domain && e.register == register)
    }

    /// Makes this assessment, as a request brought it, the one `author`
    /// saves over `before`. An entry the request left as stored stays as it
    /// was, whoever wrote it. Every other entry is the author's writing,
    /// in the author's register, whatever the request said. Entries of the
    /// other register are the other register's: the request cannot remove
    /// or change them.
    pub fn stamp(&mut self, before: Option<&HolisticAssessment>, author: Author) {
        let stored = before.map(|b| b.entries.as_slice()).unwrap_or_default();
        let mut entries: Vec<DomainEntry> = Vec::with_capacity(self.entries.len());
        for mut entry in std::mem::take(&mut self.entries) {
            if stored.contains(&entry) {
                if entry.register == author.register {
                    entries.push(entry);
                }
                continue;
            }
            entry.author = author.professional;
            entry.register = author.register;
            entries.push(entry);
        }
        entries.extend(
            stored
                .iter()
                .filter(|e| e.register != author.register)
                .cloned(),
        );
        entries.sort_by_key(|e| e.domain);
        self.entries = entries;
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
            author: ProfessionalId::from_u128(1),
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
        // The same domain in the other register is another entry.
        let mut both = twice.clone();
        both.entries[1].register = Register::SocialWelfare;
        assert_eq!(both.validate(), Ok(()));
    }

    #[test]
    fn the_writer_owns_what_changed_and_the_other_register_keeps_its_own() {
        let nurse = Author {
            professional: ProfessionalId::from_u128(1),
            register: Register::HealthCare,
        };
        let mut social = entry(LifeDomain::Finances, "Pärjään", "Vuokrarästejä");
        social.author = ProfessionalId::from_u128(2);
        social.register = Register::SocialWelfare;
        let mut colleague = entry(LifeDomain::Health, "Väsyttää", "Uniongelmat");
        colleague.author = ProfessionalId::from_u128(3);
        let stored = HolisticAssessment {
            entries: vec![colleague.clone(), social.clone()],
        };

        // The request drops the social worker's entry, rewrites it as the
        // nurse's in social welfare's register, and adds a new one under
        // someone else's name: none of that is obeyed.
        let mut forged = social.clone();
        forged.professional_view = "Ei ongelmia".into();
        let mut housing = entry(LifeDomain::Housing, "Asunto on hyvä", "");
        housing.author = ProfessionalId::from_u128(2);
        housing.register = Register::SocialWelfare;
        let mut request = HolisticAssessment {
            entries: vec![colleague.clone(), housing, forged],
        };
        request.stamp(Some(&stored), nurse);
        let by_register = |r| {
            request
                .entries
                .iter()
                .filter(|e| e.register == r)
                .cloned()
                .collect::<Vec<_>>()
        };
        assert_eq!(by_register(Register::SocialWelfare), vec![social]);
        let own = by_register(Register::HealthCare);
        // The colleague's unchanged entry keeps its author; the rest is the nurse's.
        assert_eq!(own[0], colleague);
        assert!(own[1..]
            .iter()
            .all(|e| e.author == ProfessionalId::from_u128(1)));
        assert_eq!(own.len(), 3, "{own:?}");
        assert_eq!(request.validate(), Ok(()));
    }
}
