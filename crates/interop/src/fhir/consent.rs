//! The client's consents for data to cross between the registers, as
//! `Consent`s: in force, withdrawn or not yet in force on the export's day.
//!
//! A consent's direction is the register whose data it lets out: the
//! provision's `code` names that register by its Finnish base profile OID
//! (the rule applies to data of that register), and says the direction in
//! words. The scope (what, to whom, for what) is free text in the model,
//! shown and not interpreted, and goes as text.

use chrono::NaiveDate;
use kohtaamo_model::case::consent::Direction;
use kohtaamo_model::case::register::Register;
use kohtaamo_model::case::stored::Case;
use serde_json::{json, Map, Value};

use super::{provenance, text, Entry};

pub(crate) fn consents(case: &Case, patient: &Entry, today: NaiveDate) -> Vec<Entry> {
    case.consents
        .iter()
        .map(|stored| {
            let consent = &stored.record;
            let status = if consent.is_in_force(today) {
                "active"
            } else if consent.withdrawn_on.is_some_and(|w| w <= today) {
                "inactive"
            } else {
                // Given on a day still to come.
                "proposed"
            };
            let (from, words) = match consent.direction {
                Direction::SocialToHealth => (
                    Register::SocialWelfare,
                    "sosiaalihuollosta terveydenhuoltoon",
                ),
                Direction::HealthToSocial => (
                    Register::HealthCare,
                    "terveydenhuollosta sosiaalihuoltoon",
                ),
            };
            let mut period = Map::new();
            period.insert("start".into(), json!(text::date(consent.given_on)));
            if let Some(withdrawn) = consent.withdrawn_on {
                period.insert("end".into(), json!(text::date(withdrawn)));
            }
            let mut codes = vec![json!({
                "coding": [{
                    "system": "urn:ietf:rfc:3986",
                    "code": provenance::register_oid(from),
                    "display": provenance::register_name(from),
                }],
                "text": words,
            })];
            if let Some(scope) = text::non_empty(&consent.scope) {
                codes.push(json!({ "text": scope }));
            }
            Entry::new(
                stored.id.0,
                "Consent",
                json!({
                    "status": status,
                    "scope": { "coding": [{
                        "system": "http://terminology.hl7.org/CodeSystem/consentscope",
                        "code": "patient-privacy",
                    }] },
                    "category": [{ "coding": [{ "system": "http://loinc.org", "code": "59284-0" }] }],
                    "patient": patient.reference(),
                    "dateTime": text::date(consent.given_on),
                    "performer": [patient.reference()],
                    "policyRule": { "coding": [{
                        "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                        "code": "OPTIN",
                    }] },
                    "provision": {
                        "type": "permit",
                        "period": Value::Object(period),
                        "action": [{ "coding": [{
                            "system": "http://terminology.hl7.org/CodeSystem/consentaction",
                            "code": "disclose",
                        }] }],
                        "code": codes,
                    },
                }),
            )
        })
        .collect()
}
