//! The client's copy of the agreed plan: goals in their own words, who
//! does what by when, the next review, the team and whom to contact, the
//! segment in words, and the 3X10D change when there are answers.

use kohtaamo_model::case::plan::{ActionOwner, ActionStatus, PlanStatus, PlanVersion};
use kohtaamo_model::case::segment::{AppointmentArrangement, ContactArrangement, Segment};
use kohtaamo_model::case::stored::Case;
use serde::Serialize;

use crate::data::{contact, team, to_json, ContactSection, Head, Team};
use crate::measure::{section, MeasureSection};
use crate::render::Job;
use crate::texts::{date, Texts};
use crate::{HandoutError, Options};

const TEMPLATE: &str = include_str!("../templates/plan.typ");

#[derive(Debug, Serialize)]
struct PlanData {
    head: Head,
    goals: Goals,
    actions: Actions,
    review: Section,
    team: Team,
    contact: ContactSection,
    segment: Option<SegmentSection>,
    measure: Option<MeasureSection>,
}

#[derive(Debug, Serialize)]
struct Goals {
    heading: String,
    intro: String,
    /// Exactly as written.
    items: Vec<String>,
}

#[derive(Debug, Serialize)]
struct Actions {
    heading: String,
    /// What, who, by when.
    columns: [String; 3],
    groups: Vec<ActionGroup>,
}

/// One goal's actions.
#[derive(Debug, Serialize)]
struct ActionGroup {
    /// "Tavoite 1".
    label: String,
    goal: String,
    rows: Vec<[String; 3]>,
    /// Said when the goal has no action yet.
    empty: Option<String>,
}

#[derive(Debug, Serialize)]
struct Section {
    heading: String,
    paragraphs: Vec<String>,
}

#[derive(Debug, Serialize)]
struct SegmentSection {
    heading: String,
    name: String,
    meaning: String,
    /// The organisation's consequences of the segment, when it gave them.
    practice_heading: Option<String>,
    practice: Vec<String>,
}

pub(crate) fn job(case: &Case, options: &Options) -> Result<Job, HandoutError> {
    let Some(stored) = case.current_plan().filter(|p| p.record.is_agreed()) else {
        return Err(HandoutError::NoAgreedPlan);
    };
    let plan = &stored.record;
    let texts = Texts::new(options.wording)?;
    let mut meta = Vec::new();
    if let PlanStatus::Agreed(agreement) = &plan.status {
        meta.push(texts.t_with("plan-agreed", &[("date", date(agreement.agreed_on))]));
    }
    let measure = section(&texts, case);
    let (measure, chart) = match measure {
        Some((section, chart)) => (Some(section), Some(chart)),
        None => (None, None),
    };
    let data = PlanData {
        head: Head::new(&texts, "plan-title", case, options, meta),
        goals: Goals {
            heading: texts.t("goals-heading"),
            intro: texts.t("goals-intro"),
            items: plan.goals.iter().map(|g| g.text.clone()).collect(),
        },
        actions: actions(&texts, case, plan),
        review: review(&texts, plan),
        team: team(&texts, case, true),
        contact: contact(&texts, case),
        segment: segment(&texts, case),
        measure,
    };
    texts.finish()?;
    Ok(Job {
        template: TEMPLATE,
        data: to_json(&data)?,
        chart,
        ident: format!(
            "kohtaamo/plan/{}/{}/{}/{}",
            case.client.id,
            plan.number,
            options.today,
            options.wording.code()
        ),
    })
}

fn actions(texts: &Texts, case: &Case, plan: &PlanVersion) -> Actions {
    let groups = plan
        .goals
        .iter()
        .enumerate()
        .map(|(n, goal)| ActionGroup {
            label: texts.t_with("actions-goal", &[("number", (n + 1).into())]),
            goal: goal.text.clone(),
            rows: goal
                .actions
                .iter()
                .map(|action| {
                    let mut what = action.text.clone();
                    let status = match action.status {
                        ActionStatus::Done => Some(texts.t("status-done")),
                        ActionStatus::Cancelled => Some(texts.t("status-cancelled")),
                        ActionStatus::NotStarted | ActionStatus::InProgress => None,
                    };
                    if let Some(status) = status {
                        what = format!("{what} ({status})");
                    }
                    let who = match &action.owner {
                        ActionOwner::Client => texts.t("owner-you"),
                        ActionOwner::TeamMember { professional } => case
                            .professional_name(*professional)
                            .map(str::to_owned)
                            .unwrap_or_default(),
                        ActionOwner::ThirdSector { organisation } => organisation.clone(),
                    };
                    let when = match action.due {
                        Some(due) => kohtaamo_model::date_text::format_date(due),
                        None => texts.t("due-none"),
                    };
                    [what, who, when]
                })
                .collect(),
            empty: goal.actions.is_empty().then(|| texts.t("actions-none")),
        })
        .collect();
    Actions {
        heading: texts.t("actions-heading"),
        columns: [
            texts.t("actions-what"),
            texts.t("actions-who"),
            texts.t("actions-when"),
        ],
        groups,
    }
}

fn review(texts: &Texts, plan: &PlanVersion) -> Section {
    let paragraph = match plan.review_date {
        Some(review) => texts.t_with("review-text", &[("date", date(review))]),
        None => texts.t("review-none"),
    };
    Section {
        heading: texts.t("review-heading"),
        paragraphs: vec![paragraph],
    }
}

fn segment(texts: &Texts, case: &Case) -> Option<SegmentSection> {
    let chosen = case.segment()?.record.chosen;
    let code = match chosen {
        Segment::Omatoimi => "omatoimi",
        Segment::Tuki => "tuki",
        Segment::Yhteistyo => "yhteistyo",
        Segment::Huolenpito => "huolenpito",
    };
    let mut practice = Vec::new();
    if let Some(consequences) = case
        .segment_consequences
        .iter()
        .find(|c| c.segment == chosen)
    {
        if consequences.named_contact_person {
            practice.push(texts.t("segment-named-contact"));
        }
        practice.push(texts.t(match consequences.contact {
            ContactArrangement::SelfService => "contact-self-service",
            ContactArrangement::OnNeed => "contact-on-need",
            ContactArrangement::NamedPerson => "contact-named-person",
            ContactArrangement::Proactive => "contact-proactive",
        }));
        practice.push(texts.t(match consequences.appointments {
            AppointmentArrangement::BookedByClient => "appointments-booked-by-client",
            AppointmentArrangement::BookedForTheNeed => "appointments-booked-for-the-need",
            AppointmentArrangement::PlannedSeries => "appointments-planned-series",
            AppointmentArrangement::RegularJointAppointments => "appointments-regular-joint",
        }));
        if consequences.review_interval_months > 0 {
            practice.push(texts.t_with(
                "segment-review-interval",
                &[("months", consequences.review_interval_months.into())],
            ));
        }
    }
    Some(SegmentSection {
        heading: texts.t("segment-heading"),
        name: texts.t(&format!("segment-{code}")),
        meaning: texts.t(&format!("segment-{code}-meaning")),
        practice_heading: (!practice.is_empty()).then(|| texts.t("segment-in-practice")),
        practice,
    })
}
