//! Where the bundle's data comes from, as `Provenance`s following the
//! Finnish base profiles' information custodian (*rekisterinpitäjä*)
//! profile: an agent of type `CST` naming the register's custodian by the
//! identifier in the organisation's settings, and a source entity naming
//! the register by its OID (`urn:oid:1.2.246.537.5.40150`, patient records
//! of health care; `urn:oid:1.2.246.537.6.1264`, social welfare records).
//!
//! One provenance covers everything of the register the export is for and
//! the team's joint records (clientship, plan, consents), with the store's
//! owner as author. The other register's notes and entries, present only
//! under the client's consent, get one of their own naming *their*
//! register and custodian: they stay that register's records.
//!
//! Left out for want of data, not guessed: the register's code within its
//! OID (e.g. public or occupational health care) and whether the
//! custodian is public or private (`urn:oid:1.2.246.537.5.40172`); the
//! settings carry neither yet.

use kohtaamo_model::case::register::Register;
use kohtaamo_model::case::stored::Case;
use kohtaamo_model::settings::Custodian;
use serde_json::{json, Value};

use super::{identifiers, ids, text, Entry, Export, FhirError};

/// The Finnish base profiles' OID of each register's record identifiers.
pub fn register_oid(register: Register) -> &'static str {
    match register {
        Register::HealthCare => "urn:oid:1.2.246.537.5.40150",
        Register::SocialWelfare => "urn:oid:1.2.246.537.6.1264",
    }
}

/// The names of those code systems, as Kanta gives them.
pub fn register_name(register: Register) -> &'static str {
    match register {
        Register::HealthCare => "KanTa-palvelut - Potilasasiakirjan rekisteritunnus",
        Register::SocialWelfare => "Sosiaalihuolto - Asiakirjan rekisteritunnus",
    }
}

pub fn register_key(register: Register) -> &'static str {
    match register {
        Register::HealthCare => "health-care",
        Register::SocialWelfare => "social-welfare",
    }
}

fn custodian(export: &Export, register: Register) -> Result<&Custodian, FhirError> {
    let custodian = match register {
        Register::HealthCare => &export.custodians.health_care,
        Register::SocialWelfare => &export.custodians.social_welfare,
    };
    if text::non_empty(&custodian.name).is_none()
        || text::non_empty(&custodian.identifier).is_none()
    {
        return Err(FhirError::NoCustodian { register });
    }
    Ok(custodian)
}

/// The provenances of `entries`; `sourced` lists the entries that belong
/// to a register (notes, assessment entries) by it.
pub(crate) fn provenances(
    case: &Case,
    export: &Export,
    owner: Option<Value>,
    entries: &[Entry],
    sourced: &[(Register, Vec<&Entry>)],
) -> Result<Vec<Entry>, FhirError> {
    let other = export.register.other();
    let crossed: Vec<&Entry> = sourced
        .iter()
        .filter(|(r, _)| *r == other)
        .flat_map(|(_, list)| list.iter().copied())
        .collect();
    let own: Vec<&Entry> = entries
        .iter()
        .filter(|e| !crossed.iter().any(|c| c.id == e.id))
        .collect();
    let mut out = vec![one(case, export, export.register, owner, &own)?];
    if !crossed.is_empty() {
        out.push(one(case, export, other, None, &crossed)?);
    }
    Ok(out)
}

fn one(
    case: &Case,
    export: &Export,
    register: Register,
    author: Option<Value>,
    targets: &[&Entry],
) -> Result<Entry, FhirError> {
    let custodian = custodian(export, register)?;
    let key = format!("{}/{}", register_key(register), text::instant(export.at));
    let id = ids::derived(case.client.id.0, "provenance", &key);
    let mut agents = vec![json!({
        "type": {
            "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                "code": "CST",
            }],
            "text": "rekisterinpitäjä",
        },
        "who": {
            "type": "Organization",
            "identifier": identifiers::custodian(&custodian.identifier),
            "display": custodian.name.trim(),
        },
    })];
    if let Some(author) = author {
        agents.push(json!({
            "type": { "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                "code": "author",
            }] },
            "who": author,
        }));
    }
    Ok(Entry::new(
        id,
        "Provenance",
        json!({
            "target": targets.iter().map(|e| e.reference()).collect::<Vec<_>>(),
            "recorded": text::instant(export.at),
            "agent": agents,
            "entity": [{
                "role": "source",
                "what": {
                    "identifier": { "system": register_oid(register) },
                    "display": register_name(register),
                },
            }],
        }),
    ))
}
