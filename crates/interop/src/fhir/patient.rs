//! The client as a `Patient`.

use kohtaamo_model::{Client, Language};
use serde_json::{json, Map, Value};

use super::{identifiers, text, Entry};

pub(crate) fn patient(client: &Client) -> Entry {
    let mut body = Map::new();
    body.insert(
        "identifier".into(),
        json!([identifiers::hetu(&client.hetu)]),
    );
    body.insert("name".into(), json!([{ "text": client.name.trim() }]));
    // A temporary code's date part need not be the birth date: only the
    // population register's code says it.
    if !client.hetu.is_temporary() {
        body.insert(
            "birthDate".into(),
            json!(text::date(client.hetu.birth_date())),
        );
    }
    if client.language != Language::Other {
        body.insert(
            "communication".into(),
            json!([{
                "language": { "coding": [{ "system": "urn:ietf:bcp:47", "code": client.language.code() }] },
                "preferred": true,
            }]),
        );
    }
    Entry::new(client.id.0, "Patient", Value::Object(body))
}
