//! The team around the client (omatiimi) as a `CareTeam`, with its
//! third-sector organisations as `Organization`s. The current period of
//! the clientship only: earlier, closed periods are history of this
//! laptop's store, not the team the record is told about.

use kohtaamo_model::case::clientship::ClientshipStatus;
use kohtaamo_model::case::stored::Case;
use serde_json::{json, Map, Value};

use super::practitioner::People;
use super::{ids, text, Entry};

pub(crate) struct Team {
    pub entry: Entry,
    /// Each third-sector organisation on the team, in the team's order.
    pub organisations: Vec<Entry>,
    names: Vec<String>,
}

impl Team {
    /// A reference to the team's organisation named `name`, or the name
    /// alone when it is not on the team (any more).
    pub fn organisation(&self, name: &str) -> Value {
        match self.names.iter().position(|n| n == name) {
            Some(i) => self.organisations[i].reference(),
            None => json!({ "display": name }),
        }
    }
}

pub(crate) fn care_team(case: &Case, patient: &Entry, people: &mut People) -> Option<Team> {
    let stored = case.clientship()?;
    let clientship = &stored.record;
    let mut organisations = Vec::new();
    let mut names = Vec::new();
    for (i, org) in clientship.team.organisations.iter().enumerate() {
        let id = ids::derived(stored.id.0, "organisation", &i.to_string());
        let mut body = Map::new();
        body.insert("name".into(), json!(org.name.trim()));
        if let Some(contact) = text::non_empty(&org.contact) {
            // The contact is free text (a phone, an address, a person):
            // "other" says so without guessing which.
            body.insert(
                "telecom".into(),
                json!([{ "system": "other", "value": contact }]),
            );
        }
        organisations.push(Entry::new(id, "Organization", Value::Object(body)));
        names.push(org.name.clone());
    }
    let mut participants: Vec<Value> = clientship
        .team
        .members
        .iter()
        .map(|m| {
            json!({
                "role": [{ "text": text::team_role(m.role) }],
                "member": people.reference(m.professional),
            })
        })
        .collect();
    participants.extend(
        organisations
            .iter()
            .map(|o| json!({ "role": [{ "text": "kolmas sektori" }], "member": o.reference() })),
    );
    let (status, end) = match &clientship.status {
        ClientshipStatus::Active => ("active", None),
        ClientshipStatus::Paused { .. } => ("suspended", None),
        ClientshipStatus::Closed { on, .. } => ("inactive", Some(*on)),
    };
    let mut period = Map::new();
    period.insert("start".into(), json!(text::date(clientship.started_on)));
    if let Some(end) = end {
        period.insert("end".into(), json!(text::date(end)));
    }
    let mut body = Map::new();
    body.insert("status".into(), json!(status));
    body.insert("name".into(), json!("omatiimi"));
    body.insert("subject".into(), patient.reference());
    body.insert("period".into(), Value::Object(period));
    if !participants.is_empty() {
        body.insert("participant".into(), Value::Array(participants));
    }
    if let Some(how) = text::non_empty(&clientship.team.contact_instructions) {
        body.insert("note".into(), json!([{ "text": how }]));
    }
    Some(Team {
        entry: Entry::new(stored.id.0, "CareTeam", Value::Object(body)),
        organisations,
        names,
    })
}
