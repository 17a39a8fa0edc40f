//! The agreed multi-professional plan as a `CarePlan`, its goals as
//! `Goal`s. Only the newest *agreed* version leaves: a draft is not yet
//! anyone's plan, and earlier versions are the laptop's history.

use kohtaamo_model::case::plan::{ActionOwner, ActionStatus, ExpressedBy, PlanStatus};
use kohtaamo_model::case::stored::Case;
use serde_json::{json, Map, Value};

use super::care_team::Team;
use super::practitioner::People;
use super::{ids, text, Entry};

pub(crate) struct Plan {
    pub care_plan: Entry,
    pub goals: Vec<Entry>,
}

pub(crate) fn plan(
    case: &Case,
    patient: &Entry,
    team: Option<&Team>,
    people: &mut People,
) -> Option<Plan> {
    let stored = case.agreed_plan()?;
    let plan = &stored.record;
    let PlanStatus::Agreed(agreement) = &plan.status else {
        return None;
    };
    let agreed_on = text::date(agreement.agreed_on);
    let mut goals = Vec::new();
    let mut activities = Vec::new();
    for goal in &plan.goals {
        let id = ids::derived(stored.id.0, "goal", &goal.id.0.to_string());
        let expressed_by = match &goal.expressed_by {
            // The client's own words: the client expressed the goal.
            ExpressedBy::Client => patient.reference(),
            ExpressedBy::WrittenDownBy { professional } => people.reference(*professional),
        };
        let entry = Entry::new(
            id,
            "Goal",
            json!({
                "lifecycleStatus": "active",
                "description": { "text": goal.text.trim() },
                "subject": patient.reference(),
                "startDate": agreed_on,
                "expressedBy": expressed_by,
            }),
        );
        for action in &goal.actions {
            let performer = match &action.owner {
                ActionOwner::Client => patient.reference(),
                ActionOwner::TeamMember { professional } => people.reference(*professional),
                ActionOwner::ThirdSector { organisation } => match team {
                    Some(team) => team.organisation(organisation),
                    None => json!({ "display": organisation }),
                },
            };
            let mut detail = Map::new();
            detail.insert("status".into(), json!(status(action.status)));
            detail.insert("description".into(), json!(action.text.trim()));
            detail.insert("goal".into(), json!([entry.reference()]));
            detail.insert("performer".into(), json!([performer]));
            // "By when": the action is due by this day.
            if let Some(due) = action.due {
                detail.insert("scheduledPeriod".into(), json!({ "end": text::date(due) }));
            }
            activities.push(json!({ "detail": detail }));
        }
        goals.push(entry);
    }
    // The next review is an appointment of the whole team with the
    // client: CarePlan has no field of its own for it.
    if let Some(review) = plan.review_date {
        let mut detail = Map::new();
        detail.insert("kind".into(), json!("Appointment"));
        detail.insert("code".into(), json!({ "text": "suunnitelman arviointi" }));
        detail.insert("status".into(), json!("scheduled"));
        detail.insert(
            "scheduledPeriod".into(),
            json!({ "start": text::date(review) }),
        );
        if let Some(team) = team {
            detail.insert("performer".into(), json!([team.entry.reference()]));
        }
        activities.push(json!({ "detail": detail }));
    }
    let mut contributors: Vec<Value> = agreement
        .participants_present
        .iter()
        .map(|p| people.reference(*p))
        .collect();
    if agreement.client_present {
        contributors.insert(0, patient.reference());
    }
    let mut body = Map::new();
    body.insert(
        "identifier".into(),
        json!([{ "system": "urn:ietf:rfc:3986", "value": ids::urn(stored.id.0) }]),
    );
    let closed = case
        .clientship()
        .is_some_and(|c| c.record.status.is_closed());
    body.insert(
        "status".into(),
        json!(if closed { "completed" } else { "active" }),
    );
    body.insert("intent".into(), json!("plan"));
    body.insert(
        "title".into(),
        json!(format!("Monialainen suunnitelma, versio {}", plan.number)),
    );
    body.insert("subject".into(), patient.reference());
    body.insert("period".into(), json!({ "start": agreed_on }));
    body.insert("created".into(), json!(agreed_on));
    if !contributors.is_empty() {
        body.insert("contributor".into(), Value::Array(contributors));
    }
    if let Some(team) = team {
        body.insert("careTeam".into(), json!([team.entry.reference()]));
    }
    if !goals.is_empty() {
        body.insert(
            "goal".into(),
            Value::Array(goals.iter().map(Entry::reference).collect()),
        );
    }
    if !activities.is_empty() {
        body.insert("activity".into(), Value::Array(activities));
    }
    Some(Plan {
        care_plan: Entry::new(stored.id.0, "CarePlan", Value::Object(body)),
        goals,
    })
}

fn status(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::NotStarted => "not-started",
        ActionStatus::InProgress => "in-progress",
        ActionStatus::Done => "completed",
        ActionStatus::Cancelled => "cancelled",
    }
}
