//! Every rule a record can break, as data: the error of the record's own
//! type (from its module) or a rule of the case as a whole, and the message
//! that explains it.
//!
//! A message is a Fluent id and its arguments, not a sentence: the UI finds
//! the words in the user's language (`assets/locales`), and the locale tests
//! check that every variant of every error here has them, with the same
//! arguments, in Finnish, Swedish and English.

use serde::{Deserialize, Serialize};

use crate::case::appointment::AppointmentError;
use crate::case::assessment::{AssessmentError, LifeDomain};
use crate::case::clientship::{ClientshipError, TeamRole};
use crate::case::consent::ConsentError;
use crate::case::plan::PlanError;
use crate::case::professional::{ProfessionalError, ProfessionalField};
use crate::case::segment::{Segment, SegmentError};
use crate::case::service_use::ServiceUseError;
use crate::case::team_edit::TeamError;
use crate::measure::answer::MeasureError;
use crate::measure::experience::ExperienceError;

/// A rule of the case as a whole, which no one record can check alone.
#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumCount,
)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum CaseError {
    #[error("start the joint clientship (and its team) before this")]
    NoClientship,
    #[error("the client already has this record")]
    AlreadyRecorded,
    #[error("save your own profile before client work")]
    NoProfile,
    #[error("the record belongs to another client")]
    OtherClient,
    #[error("this record is history and cannot change; record a new one")]
    History,
    #[error("the client has no plan yet")]
    NoPlan,
    /// Only an agreed plan is handed to the client: a draft may still change.
    #[error("the plan is not agreed yet; agree it with the client before handing it out")]
    PlanNotAgreed,
    /// The demo store holds synthetic people only: temporary codes
    /// (individual number 900–999), never a real person's.
    #[error("the demo store takes only temporary henkilötunnus codes")]
    DemoNeedsTemporaryHetu,
    /// A client has one clientship period open at a time.
    #[error("the client's joint clientship is still open; close it before starting a new period")]
    ClientshipOpen,
}

/// A broken rule, of whichever record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "record", content = "error")]
pub enum RuleError {
    #[error(transparent)]
    Clientship(ClientshipError),
    #[error(transparent)]
    Team(TeamError),
    #[error(transparent)]
    Segment(SegmentError),
    #[error(transparent)]
    Assessment(AssessmentError),
    #[error(transparent)]
    Appointment(AppointmentError),
    #[error(transparent)]
    Plan(PlanError),
    #[error(transparent)]
    Consent(ConsentError),
    #[error(transparent)]
    ServiceUse(ServiceUseError),
    #[error(transparent)]
    Professional(ProfessionalError),
    #[error(transparent)]
    Measure(MeasureError),
    #[error(transparent)]
    Experience(ExperienceError),
    #[error(transparent)]
    Case(CaseError),
}

macro_rules! from_errors {
    ($($variant:ident($ty:ty)),+ $(,)?) => {
        $(impl From<$ty> for RuleError {
            fn from(error: $ty) -> Self {
                Self::$variant(error)
            }
        })+
    };
}
from_errors!(
    Clientship(ClientshipError),
    Team(TeamError),
    Segment(SegmentError),
    Assessment(AssessmentError),
    Appointment(AppointmentError),
    Plan(PlanError),
    Consent(ConsentError),
    ServiceUse(ServiceUseError),
    Professional(ProfessionalError),
    Measure(MeasureError),
    Experience(ExperienceError),
    Case(CaseError),
);

/// A value a message speaks of: the UI names each in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Number(i64),
    /// Text from the user's own input or file, shown as it is.
    Text(String),
    Segment(Segment),
    Segments(Vec<Segment>),
    Role(TeamRole),
    Domain(LifeDomain),
    Field(ProfessionalField),
}

/// A Fluent message id and the arguments its text uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub(crate) fn plain(id: &'static str) -> Self {
        Self { id, args: vec![] }
    }

    pub(crate) fn with(id: &'static str, name: &'static str, arg: Arg) -> Self {
        Self {
            id,
            args: vec![(name, arg)],
        }
    }
}

impl RuleError {
    pub fn message(&self) -> Message {
        match self {
            Self::Clientship(e) => clientship(e),
            Self::Team(e) => team(e),
            Self::Segment(e) => segment(e),
            Self::Assessment(e) => assessment(e),
            Self::Appointment(e) => appointment(e),
            Self::Plan(e) => plan(e),
            Self::Consent(e) => consent(e),
            Self::ServiceUse(e) => service_use(e),
            Self::Professional(e) => professional(e),
            Self::Measure(e) => measure(e),
            Self::Experience(e) => experience(e),
            Self::Case(e) => case(e),
        }
    }
}

fn clientship(e: &ClientshipError) -> Message {
    use ClientshipError::*;
    match e {
        NoReason => Message::plain("rule-clientship-no-reason"),
        CounterpartPairAcrossSectors => Message::plain("rule-clientship-counterpart-pair"),
        DuplicateRole { role } => {
            Message::with("rule-clientship-duplicate-role", "role", Arg::Role(*role))
        }
        StatusReasonRequired => Message::plain("rule-clientship-status-reason"),
        ClosedBeforeStart => Message::plain("rule-clientship-closed-before-start"),
        PeriodClosed => Message::plain("rule-clientship-period-closed"),
        SameStatus => Message::plain("rule-clientship-same-status"),
    }
}

fn team(e: &TeamError) -> Message {
    use TeamError::*;
    Message::plain(match e {
        AlreadyOnTeam { .. } => "team-error-already-on-team",
        NotOnTeam { .. } => "team-error-not-on-team",
        EmptyName => "team-error-empty-name",
        DuplicateOrganisation => "team-error-duplicate-organisation",
        NoSuchOrganisation => "team-error-no-such-organisation",
        OwnsActions => "team-error-owns-actions",
        PairAcrossSectors => "team-error-pair-across-sectors",
    })
}

fn segment(e: &SegmentError) -> Message {
    use SegmentError::*;
    match e {
        ReasonRequired { suggested } => Message::with(
            "rule-segment-reason-required",
            "suggested",
            Arg::Segments(suggested.clone()),
        ),
        NoAssessor => Message::plain("rule-segment-no-assessor"),
        ConsequencesIncomplete { segment } => Message::with(
            "rule-segment-consequences-incomplete",
            "segment",
            Arg::Segment(*segment),
        ),
    }
}

fn assessment(e: &AssessmentError) -> Message {
    match e {
        AssessmentError::DuplicateDomain { domain } => Message::with(
            "rule-assessment-duplicate-domain",
            "domain",
            Arg::Domain(*domain),
        ),
    }
}

fn appointment(e: &AppointmentError) -> Message {
    use AppointmentError::*;
    Message::plain(match e {
        TooFewParticipants => "rule-appointment-too-few-participants",
        AuthorNotParticipant => "rule-appointment-author-not-participant",
        EmptyNote => "rule-appointment-empty-note",
        Ended => "rule-appointment-ended",
        NotesChanged => "rule-appointment-notes-changed",
        SpeakerNotParticipant => "rule-appointment-speaker-not-participant",
    })
}

fn plan(e: &PlanError) -> Message {
    use PlanError::*;
    Message::plain(match e {
        Locked { .. } => "error-plan-locked",
        NotAgreed => "plan-error-not-agreed",
        EmptyText => "plan-error-empty-text",
        NoSuchItem { .. } | DuplicateItem { .. } | BadPosition { .. } => "plan-error-item",
        OwnerNotOnTeam => "plan-error-owner",
        NoGoals => "plan-error-no-goals",
        NoReviewDate => "plan-error-no-review-date",
        ReviewNotAfterAgreement { .. } => "plan-error-review-date",
        ClientHasNotAgreed => "plan-error-client-agreed",
        NoParticipants => "plan-error-participants",
    })
}

fn consent(e: &ConsentError) -> Message {
    use ConsentError::*;
    Message::plain(match e {
        NoScope => "rule-consent-no-scope",
        WithdrawnBeforeGiven => "rule-consent-withdrawn-before-given",
        OnlyWithdrawal => "rule-consent-only-withdrawal",
    })
}

fn service_use(e: &ServiceUseError) -> Message {
    use ServiceUseError::*;
    match e {
        BadMonth { month } => Message::with(
            "rule-service-use-bad-month",
            "month",
            Arg::Number(i64::from(*month)),
        ),
        NoService => Message::plain("rule-service-use-no-service"),
    }
}

fn measure(e: &MeasureError) -> Message {
    use MeasureError::*;
    let text = |s: &str| Arg::Text(s.to_owned());
    match e {
        OtherInstrument => Message::plain("rule-measure-other-instrument"),
        UnknownInstrument => Message::plain("rule-measure-unknown-instrument"),
        NoSuchItem { item } => Message::with("rule-measure-no-such-item", "item", text(item)),
        ItemTwice { item } => Message::with("rule-measure-item-twice", "item", text(item)),
        OutOfScale { min, max } => Message {
            id: "rule-measure-out-of-scale",
            args: vec![
                ("min", Arg::Number(i64::from(*min))),
                ("max", Arg::Number(i64::from(*max))),
            ],
        },
        NothingAnswered => Message::plain("rule-measure-nothing-answered"),
        TooYoung { minimum } => Message::with(
            "rule-measure-too-young",
            "minimum",
            Arg::Number(i64::from(*minimum)),
        ),
        // The point's code: the message selects its words by it.
        PointTaken { point } => Message::with(
            "rule-measure-point-taken",
            "point",
            text(crate::measure::answer::point_code(*point)),
        ),
        NoPoints => Message::plain("rule-measure-no-points"),
        NoteTooLong { most } => Message::with(
            "rule-measure-note-too-long",
            "most",
            Arg::Number(*most as i64),
        ),
        NoSuchViewpoint { viewpoint } => Message::with(
            "rule-measure-no-such-viewpoint",
            "viewpoint",
            text(viewpoint),
        ),
        InTheFuture => Message::plain("rule-measure-in-the-future"),
    }
}

fn experience(e: &ExperienceError) -> Message {
    use ExperienceError::*;
    match e {
        OutOfScale => Message::plain("rule-experience-out-of-scale"),
        NothingAnswered => Message::plain("rule-experience-nothing-answered"),
        FeedbackTooLong { most } => Message::with(
            "rule-experience-feedback-too-long",
            "most",
            Arg::Number(*most as i64),
        ),
    }
}

fn professional(e: &ProfessionalError) -> Message {
    use ProfessionalError::*;
    match e {
        EmptyName => Message::plain("rule-professional-empty-name"),
        TooLong { field, max } => Message {
            id: "rule-professional-too-long",
            args: vec![
                ("field", Arg::Field(*field)),
                ("max", Arg::Number(*max as i64)),
            ],
        },
        Email => Message::plain("rule-professional-email"),
        OwnerWithoutRegister => Message::plain("rule-professional-owner-without-register"),
        NotFound => Message::plain("rule-professional-not-found"),
    }
}

fn case(e: &CaseError) -> Message {
    use CaseError::*;
    Message::plain(match e {
        NoClientship => "rule-case-no-clientship",
        AlreadyRecorded => "rule-case-already-recorded",
        NoProfile => "rule-case-no-profile",
        OtherClient => "rule-case-other-client",
        History => "rule-case-history",
        NoPlan => "rule-case-no-plan",
        PlanNotAgreed => "rule-case-plan-not-agreed",
        DemoNeedsTemporaryHetu => "rule-case-demo-needs-temporary-hetu",
        ClientshipOpen => "rule-case-clientship-open",
    })
}

/// One error of every variant of every kind: what the locale tests check
/// messages for. A test below fails when a variant is missing from here.
pub fn examples() -> Vec<RuleError> {
    use crate::case::professional::MAX_FIELD_CHARS;
    let segments = vec![Segment::Yhteistyo, Segment::Huolenpito];
    let mut all: Vec<RuleError> = Vec::new();
    all.extend(
        [
            ClientshipError::NoReason,
            ClientshipError::CounterpartPairAcrossSectors,
            ClientshipError::DuplicateRole {
                role: TeamRole::ResponsibleWorker,
            },
            ClientshipError::StatusReasonRequired,
            ClientshipError::ClosedBeforeStart,
            ClientshipError::PeriodClosed,
            ClientshipError::SameStatus,
        ]
        .map(RuleError::from),
    );
    all.extend(
        [
            TeamError::AlreadyOnTeam {
                id: crate::id::ProfessionalId::from_u128(1),
            },
            TeamError::NotOnTeam {
                id: crate::id::ProfessionalId::from_u128(1),
            },
            TeamError::EmptyName,
            TeamError::DuplicateOrganisation,
            TeamError::NoSuchOrganisation,
            TeamError::OwnsActions,
            TeamError::PairAcrossSectors,
        ]
        .map(RuleError::from),
    );
    all.extend(
        [
            SegmentError::ReasonRequired {
                suggested: segments,
            },
            SegmentError::NoAssessor,
            SegmentError::ConsequencesIncomplete {
                segment: Segment::Tuki,
            },
        ]
        .map(RuleError::from),
    );
    all.push(
        AssessmentError::DuplicateDomain {
            domain: LifeDomain::Housing,
        }
        .into(),
    );
    all.extend(
        [
            AppointmentError::TooFewParticipants,
            AppointmentError::AuthorNotParticipant,
            AppointmentError::EmptyNote,
            AppointmentError::Ended,
            AppointmentError::NotesChanged,
            AppointmentError::SpeakerNotParticipant,
        ]
        .map(RuleError::from),
    );
    let day = chrono::NaiveDate::default();
    all.extend(
        [
            PlanError::Locked { number: 1 },
            PlanError::NotAgreed,
            PlanError::EmptyText,
            PlanError::NoSuchItem { id: 1 },
            PlanError::OwnerNotOnTeam,
            PlanError::NoGoals,
            PlanError::NoReviewDate,
            PlanError::ReviewNotAfterAgreement {
                review: day,
                agreed: day,
            },
            PlanError::ClientHasNotAgreed,
            PlanError::NoParticipants,
            PlanError::DuplicateItem { id: 1 },
            PlanError::BadPosition { index: 3, len: 2 },
        ]
        .map(RuleError::from),
    );
    all.extend(
        [
            ConsentError::NoScope,
            ConsentError::WithdrawnBeforeGiven,
            ConsentError::OnlyWithdrawal,
        ]
        .map(RuleError::from),
    );
    all.extend(
        [
            ServiceUseError::BadMonth { month: 13 },
            ServiceUseError::NoService,
        ]
        .map(RuleError::from),
    );
    all.extend(
        crate::measure::answer::examples()
            .into_iter()
            .map(RuleError::from),
    );
    all.extend(
        crate::measure::experience::examples()
            .into_iter()
            .map(RuleError::from),
    );
    all.extend(
        [
            ProfessionalError::EmptyName,
            ProfessionalError::TooLong {
                field: ProfessionalField::Unit,
                max: MAX_FIELD_CHARS,
            },
            ProfessionalError::Email,
            ProfessionalError::OwnerWithoutRegister,
            ProfessionalError::NotFound,
        ]
        .map(RuleError::from),
    );
    all.extend(
        [
            CaseError::NoClientship,
            CaseError::AlreadyRecorded,
            CaseError::NoProfile,
            CaseError::OtherClient,
            CaseError::History,
            CaseError::NoPlan,
            CaseError::PlanNotAgreed,
            CaseError::DemoNeedsTemporaryHetu,
            CaseError::ClientshipOpen,
        ]
        .map(RuleError::from),
    );
    all
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;
    use std::mem::discriminant;

    use strum::EnumCount;

    use super::*;

    /// How many distinct variants of one kind `examples` holds.
    fn variants<T>(pick: impl Fn(&RuleError) -> Option<&T>) -> usize {
        examples()
            .iter()
            .filter_map(pick)
            .map(discriminant)
            .collect::<HashSet<_>>()
            .len()
    }

    #[test]
    fn the_examples_hold_every_variant_of_every_error() {
        use RuleError as R;
        let counts = [
            (
                "clientship",
                variants(|e| match e {
                    R::Clientship(x) => Some(x),
                    _ => None,
                }),
                ClientshipError::COUNT,
            ),
            (
                "team",
                variants(|e| match e {
                    R::Team(x) => Some(x),
                    _ => None,
                }),
                TeamError::COUNT,
            ),
            (
                "segment",
                variants(|e| match e {
                    R::Segment(x) => Some(x),
                    _ => None,
                }),
                SegmentError::COUNT,
            ),
            (
                "assessment",
                variants(|e| match e {
                    R::Assessment(x) => Some(x),
                    _ => None,
                }),
                AssessmentError::COUNT,
            ),
            (
                "appointment",
                variants(|e| match e {
                    R::Appointment(x) => Some(x),
                    _ => None,
                }),
                AppointmentError::COUNT,
            ),
            (
                "plan",
                variants(|e| match e {
                    R::Plan(x) => Some(x),
                    _ => None,
                }),
                PlanError::COUNT,
            ),
            (
                "consent",
                variants(|e| match e {
                    R::Consent(x) => Some(x),
                    _ => None,
                }),
                ConsentError::COUNT,
            ),
            (
                "service use",
                variants(|e| match e {
                    R::ServiceUse(x) => Some(x),
                    _ => None,
                }),
                ServiceUseError::COUNT,
            ),
            (
                "professional",
                variants(|e| match e {
                    R::Professional(x) => Some(x),
                    _ => None,
                }),
                ProfessionalError::COUNT,
            ),
            (
                "measure",
                variants(|e| match e {
                    R::Measure(x) => Some(x),
                    _ => None,
                }),
                MeasureError::COUNT,
            ),
            (
                "experience",
                variants(|e| match e {
                    R::Experience(x) => Some(x),
                    _ => None,
                }),
                ExperienceError::COUNT,
            ),
            (
                "case",
                variants(|e| match e {
                    R::Case(x) => Some(x),
                    _ => None,
                }),
                CaseError::COUNT,
            ),
        ];
        for (kind, found, all) in counts {
            assert_eq!(
                found, all,
                "examples() lacks a variant of the {kind} errors"
            );
        }
    }

    #[test]
    fn rule_errors_cross_ipc_as_tagged_json() {
        for error in examples() {
            let json = serde_json::to_value(&error).unwrap();
            assert!(json["record"].is_string(), "{json}");
            let back: RuleError = serde_json::from_value(json).unwrap();
            assert_eq!(back, error);
        }
    }
}
