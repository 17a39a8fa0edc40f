//! Identifiers of people and organisations, as the Finnish base profiles
//! (HL7 Finland) write them.
//!
//! A henkilötunnus given by the Digital and Population Data Services Agency
//! (individual number 002–899) goes in the profiles' official slice:
//! `use: official`, type `NNFIN` of HL7's v2-0203 table, system
//! `urn:oid:1.2.246.21`. A temporary code (900–999), given e.g. by a
//! hospital before the real code is known, is **not** that register's
//! code, so it never carries that system or type: it is `use: temp` with
//! no `system` at all. Who assigned it is not known to the store, and an
//! invented namespace would claim more than is known; the receiving system
//! sees a temporary identifier it must match by other means.

use kohtaamo_model::PersonalIdentityCode;
use serde_json::{json, Value};

/// The population register's henkilötunnus (Finnish PIC, HETU).
pub const HETU_SYSTEM: &str = "urn:oid:1.2.246.21";
/// Finnish business ids (Y-tunnus).
pub const BUSINESS_ID_SYSTEM: &str = "urn:oid:1.2.246.10";
/// HL7 v2 table 0203, identifier types.
pub const IDENTIFIER_TYPES: &str = "http://terminology.hl7.org/CodeSystem/v2-0203";

/// The client's henkilötunnus as a `Patient.identifier`.
pub fn hetu(code: &PersonalIdentityCode) -> Value {
    if code.is_temporary() {
        json!({
            "use": "temp",
            "type": { "text": "tilapäinen henkilötunnus" },
            "value": code.as_str(),
        })
    } else {
        json!({
            "use": "official",
            "type": { "coding": [{ "system": IDENTIFIER_TYPES, "code": "NNFIN" }] },
            "system": HETU_SYSTEM,
            "value": code.as_str(),
        })
    }
}

/// A register custodian's identifier from the organisation's settings: an
/// OID (as a URI, type `PRN`, provider number) or a business id (type
/// `XX`, organisation identifier); anything else as it was written, with no
/// system, rather than guessed into one.
pub fn custodian(identifier: &str) -> Value {
    let identifier = identifier.trim();
    if is_oid(identifier) {
        json!({
            "type": { "coding": [{ "system": IDENTIFIER_TYPES, "code": "PRN" }] },
            "system": "urn:ietf:rfc:3986",
            "value": format!("urn:oid:{identifier}"),
        })
    } else if is_business_id(identifier) {
        json!({
            "type": { "coding": [{ "system": IDENTIFIER_TYPES, "code": "XX" }] },
            "system": BUSINESS_ID_SYSTEM,
            "value": identifier,
        })
    } else {
        json!({ "value": identifier })
    }
}

/// `1.2.246…`: arcs of digits separated by dots, starting with 0, 1 or 2.
fn is_oid(text: &str) -> bool {
    let mut arcs = text.split('.');
    let first_ok = arcs.next().is_some_and(|a| matches!(a, "0" | "1" | "2"));
    let rest: Vec<&str> = arcs.collect();
    first_ok
        && !rest.is_empty()
        && rest
            .iter()
            .all(|a| !a.is_empty() && a.bytes().all(|b| b.is_ascii_digit()))
}

/// `1234567-8`: seven digits, a hyphen and a check digit.
fn is_business_id(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 9
        && bytes[7] == b'-'
        && bytes[..7].iter().chain(&bytes[8..]).all(u8::is_ascii_digit)
}
