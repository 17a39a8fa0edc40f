//! The holistic assessment (the latest version) as one `Observation` per
//! life domain and register: the need judged together as the value, the
//! client's view, the professional's and the client's own resources as
//! components. Each entry's register travels with it, for the provenance.

use kohtaamo_model::case::register::Register;
use kohtaamo_model::case::stored::Case;
use serde_json::{json, Map, Value};

use super::practitioner::People;
use super::{ids, provenance, text, Entry};

pub(crate) fn assessment(
    case: &Case,
    patient: &Entry,
    people: &mut People,
) -> Vec<(Register, Entry)> {
    let Some(stored) = case.holistic_assessments.last() else {
        return Vec::new();
    };
    stored
        .record
        .entries
        .iter()
        .map(|entry| {
            let key = format!(
                "{}/{}",
                text::domain(entry.domain),
                provenance::register_key(entry.register)
            );
            let id = ids::derived(stored.id.0, "assessment-entry", &key);
            let mut body = Map::new();
            body.insert(
                "status".into(),
                json!(text::need(entry.need).map_or("registered", |_| "final")),
            );
            body.insert(
                "category".into(),
                json!([{ "coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                    "code": "social-history",
                }] }]),
            );
            body.insert(
                "code".into(),
                json!({ "text": format!("kokonaisvaltainen kartoitus: {}", text::domain(entry.domain)) }),
            );
            body.insert("subject".into(), patient.reference());
            body.insert("performer".into(), json!([people.reference(entry.author)]));
            match text::need(entry.need) {
                Some(need) => {
                    body.insert("valueCodeableConcept".into(), json!({ "text": need }));
                }
                // Not discussed yet: a gap to come back to, not a "no".
                None => {
                    body.insert(
                        "dataAbsentReason".into(),
                        json!({ "coding": [{
                            "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason",
                            "code": "not-asked",
                        }] }),
                    );
                }
            }
            let components: Vec<Value> = [
                ("asiakkaan näkemys", &entry.client_view),
                ("ammattilaisen näkemys", &entry.professional_view),
                ("voimavarat", &entry.resources),
            ]
            .into_iter()
            .filter_map(|(what, value)| {
                text::non_empty(value)
                    .map(|v| json!({ "code": { "text": what }, "valueString": v }))
            })
            .collect();
            if !components.is_empty() {
                body.insert("component".into(), Value::Array(components));
            }
            (
                entry.register,
                Entry::new(id, "Observation", Value::Object(body)),
            )
        })
        .collect()
}
