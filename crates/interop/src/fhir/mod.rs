//! A case as a FHIR R4 `Bundle` for one client register.
//!
//! The bundle is of type `collection`: a set of resources the receiving
//! register files as they are. A `document` bundle would promise more than
//! this export holds: a `Composition` as its first entry with a narrative
//! attested by someone, which is a record of its own that no professional
//! has written here. Who the data comes from, and which register keeps it,
//! is said by the `Provenance` resources instead.
//!
//! Every resource is named by a UUID (`fullUrl` `urn:uuid:…`, the same
//! UUID as its `id`), so every reference resolves inside the bundle:
//! clients, professionals and records by the UUIDs the store gave them,
//! the parts of a record that have no UUID of their own (a plan's goals,
//! an appointment's notes) by one derived from their record's (see
//! [`ids`]), the same on every export.
//!
//! **The register rule** is applied here, not left to the caller:
//! [`bundle`] cuts the case with the model's `Case::for_register`, so the
//! other register's notes and assessment entries go only while the
//! client's consent in that direction is in force on [`Export::today`].

mod care_plan;
mod care_team;
mod consent;
mod encounter;
pub mod identifiers;
pub mod ids;
pub mod measures;
mod observation;
mod patient;
mod practitioner;
mod provenance;
mod text;

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use kohtaamo_model::case::register::Register;
use kohtaamo_model::case::stored::Case;
use kohtaamo_model::settings::Custodians;
use serde_json::{json, Value};

/// What an export is for, and when it is made: everything besides the case
/// itself, passed in so that the same input always gives the same bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    /// The client register the bundle is made for.
    pub register: Register,
    /// Who keeps each register (the organisation's settings).
    pub custodians: Custodians,
    /// The instant of the export: the bundle's timestamp and the
    /// provenance's `recorded`.
    pub at: DateTime<Utc>,
    /// The day the consents are judged on (the export's local date).
    pub today: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FhirError {
    /// A provenance names the custodian of each register it sources; an
    /// export to the official record without one would be unfiled.
    #[error(
        "the organisation's settings name no custodian for the {register:?} register \
         (name and identifier); import a settings file that does"
    )]
    NoCustodian { register: Register },
    /// Two resources derived the same id: the references would be
    /// ambiguous, so the bundle is refused rather than made.
    #[error("two resources of the bundle have the same id {id}")]
    DuplicateId { id: String },
}

/// One resource as an entry of the bundle.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry {
    pub id: uuid::Uuid,
    pub resource: Value,
}

impl Entry {
    pub fn new(id: uuid::Uuid, resource_type: &str, body: Value) -> Self {
        let mut resource = json!({ "resourceType": resource_type, "id": id.to_string() });
        if let (Some(out), Value::Object(fields)) = (resource.as_object_mut(), body) {
            out.extend(fields);
        }
        Self { id, resource }
    }

    pub fn reference(&self) -> Value {
        ids::reference(self.id)
    }
}

/// The case of one client as a FHIR R4 `Bundle` for `export.register`.
///
/// The case is cut for the register first (see the module doc); a case
/// already cut is cut again to the same result.
pub fn bundle(case: &Case, export: &Export) -> Result<Value, FhirError> {
    let case = case.for_register(export.register, export.today);
    let patient = patient::patient(&case.client);
    let mut people = practitioner::People::new(&case);

    let team = care_team::care_team(&case, &patient, &mut people);
    let plan = care_plan::plan(&case, &patient, team.as_ref(), &mut people);
    let consents = consent::consents(&case, &patient, export.today);
    let appointments = encounter::appointments(&case, &patient, &mut people);
    let assessment = observation::assessment(&case, &patient, &mut people);
    let measures = measures::questionnaire_responses(&case, &patient);

    // The owner authors the export, so the bundle names them too.
    let owner = case.owner.map(|o| people.reference(o));

    let mut entries = vec![patient.clone()];
    entries.extend(people.practitioners());
    if let Some(team) = &team {
        entries.extend(team.organisations.iter().cloned());
        entries.push(team.entry.clone());
    }
    if let Some(plan) = plan {
        entries.extend(plan.goals);
        entries.push(plan.care_plan);
    }
    entries.extend(consents);
    let mut sourced: Vec<(Register, Vec<&Entry>)> = Vec::new();
    let register_records = appointments
        .iter()
        .flat_map(|a| a.notes.iter())
        .chain(assessment.iter())
        .map(|(register, entry)| (*register, entry));
    for (register, entry) in register_records {
        match sourced.iter_mut().find(|(r, _)| *r == register) {
            Some((_, list)) => list.push(entry),
            None => sourced.push((register, vec![entry])),
        }
    }
    let encounters: Vec<Entry> = appointments.iter().map(|a| a.encounter.clone()).collect();
    entries.extend(encounters);
    entries.extend(
        appointments
            .iter()
            .flat_map(|a| a.notes.iter().map(|(_, e)| e.clone())),
    );
    entries.extend(assessment.iter().map(|(_, e)| e.clone()));
    entries.extend(measures);

    let provenances = provenance::provenances(&case, export, owner, &entries, &sourced)?;
    entries.extend(provenances);

    let mut seen = BTreeSet::new();
    for entry in &entries {
        if !seen.insert(entry.id) {
            return Err(FhirError::DuplicateId {
                id: entry.id.to_string(),
            });
        }
    }
    let id = ids::derived(case.client.id.0, "bundle", &bundle_key(export));
    Ok(json!({
        "resourceType": "Bundle",
        "id": id.to_string(),
        "identifier": { "system": "urn:ietf:rfc:3986", "value": ids::urn(id) },
        "type": "collection",
        "timestamp": text::instant(export.at),
        "entry": entries
            .into_iter()
            .map(|e| json!({ "fullUrl": ids::urn(e.id), "resource": e.resource }))
            .collect::<Vec<_>>(),
    }))
}

/// What tells one export of a client from another: its register and instant.
fn bundle_key(export: &Export) -> String {
    format!(
        "{}/{}",
        provenance::register_key(export.register),
        text::instant(export.at)
    )
}

#[cfg(test)]
mod tests;
