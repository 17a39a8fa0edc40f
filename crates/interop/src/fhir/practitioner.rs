//! The professionals a bundle names, as `Practitioner`s: only those its
//! other resources refer to (a disclosure holds what it needs, not the
//! whole staff list of the store).

use std::collections::BTreeSet;

use kohtaamo_model::case::professional::ProfessionalId;
use kohtaamo_model::case::stored::Case;
use serde_json::{json, Map, Value};

use super::{ids, text, Entry};

pub(crate) struct People<'a> {
    case: &'a Case,
    named: BTreeSet<ProfessionalId>,
}

impl<'a> People<'a> {
    pub fn new(case: &'a Case) -> Self {
        Self {
            case,
            named: BTreeSet::new(),
        }
    }

    /// A reference to the professional `id`, whose `Practitioner` the
    /// bundle then holds. Someone the store does not know (which its rules
    /// prevent) is named by their id only, so no reference dangles.
    pub fn reference(&mut self, id: ProfessionalId) -> Value {
        if self.case.professional(id).is_some() {
            self.named.insert(id);
            ids::reference(id.0)
        } else {
            json!({ "identifier": { "system": "urn:ietf:rfc:3986", "value": ids::urn(id.0) } })
        }
    }

    /// Every professional referred to, in id order.
    pub fn practitioners(&self) -> Vec<Entry> {
        self.named
            .iter()
            .filter_map(|id| self.case.professional(*id).map(|p| (id, p)))
            .map(|(id, p)| {
                let mut body = Map::new();
                body.insert("name".into(), json!([{ "text": p.name.trim() }]));
                let telecom: Vec<Value> = [("phone", &p.phone), ("email", &p.secure_email)]
                    .into_iter()
                    .filter_map(|(system, value)| {
                        text::non_empty(value)
                            .map(|v| json!({ "system": system, "value": v, "use": "work" }))
                    })
                    .collect();
                if !telecom.is_empty() {
                    body.insert("telecom".into(), Value::Array(telecom));
                }
                if let Some(title) = text::non_empty(text::title(&p.role)) {
                    body.insert(
                        "qualification".into(),
                        json!([{ "code": { "text": title } }]),
                    );
                }
                Entry::new(id.0, "Practitioner", Value::Object(body))
            })
            .collect()
    }
}
