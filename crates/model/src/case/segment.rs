//! Segmentation (Helsinki model): two axes suggest one of four segments;
//! the team and the client decide. A decision other than the suggestion
//! records why.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::case::professional::ProfessionalId;

/// Arjessa pärjääminen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EverydayCoping {
    Easy,
    TemporarilyDifficult,
    Difficult,
}

/// Health and wellbeing risks, service need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceNeed {
    Few,
    Many,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Segment {
    /// Omatoimiasiakkuus: self-care.
    Omatoimi,
    /// Tukiasiakkuus: support for a while.
    Tuki,
    /// Yhteistyöasiakkuus: continuous collaboration.
    Yhteistyo,
    /// Huolenpitoasiakkuus: continuous, intensive service and support.
    Huolenpito,
}

impl Segment {
    pub const ALL: [Segment; 4] = [
        Segment::Omatoimi,
        Segment::Tuki,
        Segment::Yhteistyo,
        Segment::Huolenpito,
    ];
}

/// What the axes suggest: one segment where the model names the
/// combination, the two nearest where it does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Suggestion {
    One { segment: Segment },
    Between { first: Segment, second: Segment },
}

impl Suggestion {
    pub fn segments(&self) -> Vec<Segment> {
        match *self {
            Self::One { segment } => vec![segment],
            Self::Between { first, second } => vec![first, second],
        }
    }

    pub fn contains(&self, segment: Segment) -> bool {
        self.segments().contains(&segment)
    }
}

/// The suggestion for an answer to the two questions.
///
/// The model names four combinations. The other two lie between named
/// ones: *difficult + few* is one step from Tuki (coping) and one from
/// Huolenpito (need); *temporarily difficult + many* is one step from
/// Yhteistyö and Huolenpito, which share its many risks and so its need for
/// continuous service — Tuki, also one step away, is for few risks and a
/// temporary need, which "many" rules out.
pub fn suggest(coping: EverydayCoping, need: ServiceNeed) -> Suggestion {
    use EverydayCoping::*;
    use Segment::*;
    use ServiceNeed::*;
    match (coping, need) {
        (Easy, Few) => Suggestion::One { segment: Omatoimi },
        (TemporarilyDifficult, Few) => Suggestion::One { segment: Tuki },
        (Easy, Many) => Suggestion::One { segment: Yhteistyo },
        (Difficult, Many) => Suggestion::One {
            segment: Huolenpito,
        },
        (Difficult, Few) => Suggestion::Between {
            first: Tuki,
            second: Huolenpito,
        },
        (TemporarilyDifficult, Many) => Suggestion::Between {
            first: Yhteistyo,
            second: Huolenpito,
        },
    }
}

/// One segmentation, kept in the client's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SegmentAssessment {
    pub coping: EverydayCoping,
    pub need: ServiceNeed,
    pub chosen: Segment,
    /// Why the team and the client chose a segment the axes did not suggest.
    pub reason_for_other: Option<String>,
    /// The client's own view, in their words.
    pub client_view: String,
    pub assessed_by: Vec<ProfessionalId>,
    pub assessed_at: DateTime<Utc>,
}

#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumCount,
)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum SegmentError {
    #[error("a segment other than the suggested one needs a reason")]
    ReasonRequired { suggested: Vec<Segment> },
    #[error("at least one professional must be recorded as assessing")]
    NoAssessor,
    #[error("the consequences of {segment:?} must be given exactly once")]
    ConsequencesIncomplete { segment: Segment },
}

impl SegmentAssessment {
    pub fn suggestion(&self) -> Suggestion {
        suggest(self.coping, self.need)
    }

    pub fn validate(&self) -> Result<(), SegmentError> {
        if self.assessed_by.is_empty() {
            return Err(SegmentError::NoAssessor);
        }
        let suggestion = self.suggestion();
        let has_reason = self
            .reason_for_other
            .as_deref()
            .is_some_and(|r| !r.trim().is_empty());
        if !suggestion.contains(self.chosen) && !has_reason {
            return Err(SegmentError::ReasonRequired {
                suggested: suggestion.segments(),
            });
        }
        Ok(())
    }
}

/// How contact is arranged in a segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactArrangement {
    /// The client uses digital and phone services on their own.
    SelfService,
    /// The client contacts the service when a need arises; answered quickly.
    OnNeed,
    /// A named contact person is reached directly.
    NamedPerson,
    /// The team contacts the client proactively.
    Proactive,
}

/// How appointments are arranged in a segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AppointmentArrangement {
    BookedByClient,
    BookedForTheNeed,
    PlannedSeries,
    RegularJointAppointments,
}

/// A segment's consequences: data, not code, because organisations set
/// them (and the Helsinki model itself was being revised).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SegmentConsequences {
    pub segment: Segment,
    /// A named sote contact person coordinates the whole.
    pub named_contact_person: bool,
    pub contact: ContactArrangement,
    pub appointments: AppointmentArrangement,
    /// How often the plan is reviewed, in months.
    pub review_interval_months: u8,
}

impl SegmentConsequences {
    /// An organisation's set must say what each segment means, once.
    pub fn validate_set(set: &[SegmentConsequences]) -> Result<(), SegmentError> {
        for segment in Segment::ALL {
            if set.iter().filter(|c| c.segment == segment).count() != 1 {
                return Err(SegmentError::ConsequencesIncomplete { segment });
            }
        }
        Ok(())
    }

    /// The defaults drawn from the Helsinki model: a named contact person
    /// where the need is continuous (collaboration, intensive care).
    pub fn defaults() -> Vec<SegmentConsequences> {
        use AppointmentArrangement::*;
        use ContactArrangement::*;
        vec![
            Self {
                segment: Segment::Omatoimi,
                named_contact_person: false,
                contact: SelfService,
                appointments: BookedByClient,
                review_interval_months: 12,
            },
            Self {
                segment: Segment::Tuki,
                named_contact_person: false,
                contact: OnNeed,
                appointments: BookedForTheNeed,
                review_interval_months: 6,
            },
            Self {
                segment: Segment::Yhteistyo,
                named_contact_person: true,
                contact: NamedPerson,
                appointments: PlannedSeries,
                review_interval_months: 6,
            },
            Self {
                segment: Segment::Huolenpito,
                named_contact_person: true,
                contact: Proactive,
                appointments: RegularJointAppointments,
                review_interval_months: 3,
            },
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn coping() -> impl Strategy<Value = EverydayCoping> {
        prop_oneof![
            Just(EverydayCoping::Easy),
            Just(EverydayCoping::TemporarilyDifficult),
            Just(EverydayCoping::Difficult)
        ]
    }

    fn need() -> impl Strategy<Value = ServiceNeed> {
        prop_oneof![Just(ServiceNeed::Few), Just(ServiceNeed::Many)]
    }

    #[test]
    fn the_four_named_combinations_give_their_segment() {
        use EverydayCoping::*;
        use ServiceNeed::*;
        let one = |c, n| suggest(c, n).segments();
        assert_eq!(one(Easy, Few), [Segment::Omatoimi]);
        assert_eq!(one(TemporarilyDifficult, Few), [Segment::Tuki]);
        assert_eq!(one(Easy, Many), [Segment::Yhteistyo]);
        assert_eq!(one(Difficult, Many), [Segment::Huolenpito]);
        assert_eq!(one(Difficult, Few), [Segment::Tuki, Segment::Huolenpito]);
        assert_eq!(
            one(TemporarilyDifficult, Many),
            [Segment::Yhteistyo, Segment::Huolenpito]
        );
    }

    fn assessment(chosen: Segment, reason: Option<&str>) -> SegmentAssessment {
        SegmentAssessment {
            coping: EverydayCoping::Easy,
            need: ServiceNeed::Many,
            chosen,
            reason_for_other: reason.map(str::to_owned),
            client_view: "Haluan pärjätä kotona.".into(),
            assessed_by: vec![ProfessionalId::from_u128(1)],
            assessed_at: DateTime::<Utc>::default(),
        }
    }

    #[test]
    fn another_segment_than_suggested_needs_a_reason() {
        assert_eq!(assessment(Segment::Yhteistyo, None).validate(), Ok(()));
        assert_eq!(
            assessment(Segment::Huolenpito, None).validate(),
            Err(SegmentError::ReasonRequired {
                suggested: vec![Segment::Yhteistyo]
            })
        );
        assert_eq!(
            assessment(Segment::Huolenpito, Some("   ")).validate(),
            Err(SegmentError::ReasonRequired {
                suggested: vec![Segment::Yhteistyo]
            })
        );
        assert_eq!(
            assessment(Segment::Huolenpito, Some("Asunnottomuusuhka")).validate(),
            Ok(())
        );
        let mut nobody = assessment(Segment::Yhteistyo, None);
        nobody.assessed_by.clear();
        assert_eq!(nobody.validate(), Err(SegmentError::NoAssessor));
    }

    #[test]
    fn every_segment_has_default_consequences_once() {
        let defaults = SegmentConsequences::defaults();
        assert_eq!(SegmentConsequences::validate_set(&defaults), Ok(()));
        let mut missing = defaults.clone();
        missing.pop();
        assert_eq!(
            SegmentConsequences::validate_set(&missing),
            Err(SegmentError::ConsequencesIncomplete {
                segment: Segment::Huolenpito
            })
        );
    }

    proptest! {
        #[test]
        fn every_answer_suggests_one_or_two_distinct_segments(c in coping(), n in need()) {
            let segments = suggest(c, n).segments();
            prop_assert!(segments.len() == 1 || segments.len() == 2);
            prop_assert!(segments.windows(2).all(|w| w[0] != w[1]));
            // More risks never suggest a lighter segment than fewer do.
            let few = suggest(c, ServiceNeed::Few).segments();
            let many = suggest(c, ServiceNeed::Many).segments();
            prop_assert!(many.iter().max() >= few.iter().max());
        }
    }
}
