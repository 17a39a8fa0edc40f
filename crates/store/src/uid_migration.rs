//! Schema step 6: every client, professional, organisation and case record
//! gets an id that can leave the laptop (UUID v7), and the records' own
//! references to professionals and clients are rewritten from row numbers
//! to those ids. Row numbers stay as the store's own keys (joins, the
//! search index, the access log's hash chain), so every log entry verifies
//! as it did.

use std::collections::HashMap;

use rusqlite::{params, Transaction};
use serde_json::Value;
use uuid::Uuid;

use crate::error::SqlContext;
use crate::{Result, StoreError};

/// Every table whose rows get an id of their own.
pub(crate) const TABLES: &[&str] = &[
    "client",
    "professional",
    "organisation",
    "clientship",
    "segment_assessment",
    "holistic_assessment",
    "plan_version",
    "appointment",
    "consent",
    "service_use",
];

/// Tables holding case records as JSON bodies.
const CASE_TABLES: &[&str] = &[
    "clientship",
    "segment_assessment",
    "holistic_assessment",
    "plan_version",
    "appointment",
    "consent",
    "service_use",
];

/// Fields of a case record's JSON that name one professional, and those
/// that name a list of them (or a pair).
const ONE_PROFESSIONAL: &[&str] = &["professional", "author", "recorded_by"];
const PROFESSIONAL_LISTS: &[&str] = &["assessed_by", "participants_present", "counterpart_pair"];

pub(crate) fn migrate(tx: &Transaction<'_>) -> Result<()> {
    // The triggers that keep history from changing would refuse these
    // updates; they change no content, only how rows are named, and the
    // triggers are made again as they were at the end.
    let mut triggers = Vec::new();
    for table in CASE_TABLES {
        triggers.extend(history_triggers(tx, table)?);
    }
    for (name, _) in &triggers {
        tx.execute_batch(&format!("DROP TRIGGER {name};"))
            .context("adding ids")?;
    }
    for table in TABLES {
        tx.execute_batch(&format!("ALTER TABLE {table} ADD COLUMN uid TEXT;"))
            .context("adding ids")?;
        let rows: Vec<i64> = {
            let mut stmt = tx
                .prepare(&format!("SELECT id FROM {table} ORDER BY id"))
                .context("adding ids")?;
            let ids = stmt
                .query_map([], |r| r.get(0))
                .context("adding ids")?
                .collect::<rusqlite::Result<_>>()
                .context("adding ids")?;
            ids
        };
        for id in rows {
            tx.execute(
                &format!("UPDATE {table} SET uid = ?2 WHERE id = ?1"),
                params![id, Uuid::now_v7().to_string()],
            )
            .context("adding ids")?;
        }
        tx.execute_batch(&format!(
            "CREATE UNIQUE INDEX {table}_uid ON {table} (uid);"
        ))
        .context("adding ids")?;
    }
    let professionals = uids(tx, "professional")?;
    let clients = uids(tx, "client")?;
    for table in CASE_TABLES {
        let bodies: Vec<(i64, String)> = {
            let mut stmt = tx
                .prepare(&format!("SELECT id, body FROM {table} ORDER BY id"))
                .context("rewriting references")?;
            let rows = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .context("rewriting references")?
                .collect::<rusqlite::Result<_>>()
                .context("rewriting references")?;
            rows
        };
        for (id, body) in bodies {
            let mut value: Value =
                serde_json::from_str(&body).map_err(|_| StoreError::CorruptRow {
                    context: "a record",
                })?;
            rewrite(&mut value, &professionals);
            if let Some(client) = value.get_mut("client") {
                *client = reference(client, &clients);
            }
            tx.execute(
                &format!("UPDATE {table} SET body = ?2 WHERE id = ?1"),
                params![id, value.to_string()],
            )
            .context("rewriting references")?;
        }
    }
    for (_, sql) in &triggers {
        tx.execute_batch(sql)
            .context("restoring the history triggers")?;
    }
    // The owner, named by row number until now.
    let owner: Option<String> = tx
        .query_row(
            "SELECT value FROM store_meta WHERE key = 'owner_professional_id'",
            [],
            |r| r.get(0),
        )
        .ok();
    if let Some(row) = owner.and_then(|v| v.parse::<i64>().ok()) {
        if let Some(uid) = professionals.get(&row) {
            tx.execute(
                "UPDATE store_meta SET value = ?1 WHERE key = 'owner_professional_id'",
                [uid],
            )
            .context("rewriting the owner")?;
        }
    }
    Ok(())
}

/// Row number → id of every row of `table`.
fn uids(tx: &Transaction<'_>, table: &str) -> Result<HashMap<i64, String>> {
    let mut stmt = tx
        .prepare(&format!("SELECT id, uid FROM {table}"))
        .context("reading ids")?;
    let map = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .context("reading ids")?
        .collect::<rusqlite::Result<_>>()
        .context("reading ids")?;
    Ok(map)
}

/// The UPDATE triggers on `table`, with the SQL that made them.
fn history_triggers(tx: &Transaction<'_>, table: &str) -> Result<Vec<(String, String)>> {
    let mut stmt = tx
        .prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?1 \
             AND sql LIKE '%BEFORE UPDATE%'",
        )
        .context("reading triggers")?;
    let triggers = stmt
        .query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))
        .context("reading triggers")?
        .collect::<rusqlite::Result<_>>()
        .context("reading triggers")?;
    Ok(triggers)
}

/// A row number written as a number, as the id of that row (the nil id for
/// a number no row has: an earlier build could write 0 for "nobody").
fn reference(value: &Value, uids: &HashMap<i64, String>) -> Value {
    match value.as_i64() {
        Some(row) => Value::String(
            uids.get(&row)
                .cloned()
                .unwrap_or_else(|| Uuid::nil().to_string()),
        ),
        None => value.clone(),
    }
}

/// Rewrites every reference to a professional anywhere in a record.
fn rewrite(value: &mut Value, professionals: &HashMap<i64, String>) {
    match value {
        Value::Object(map) => {
            for (key, field) in map.iter_mut() {
                if ONE_PROFESSIONAL.contains(&key.as_str()) && field.is_i64() {
                    *field = reference(field, professionals);
                } else if PROFESSIONAL_LISTS.contains(&key.as_str()) {
                    if let Value::Array(items) = field {
                        for item in items {
                            *item = reference(item, professionals);
                        }
                    }
                } else {
                    rewrite(field, professionals);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                rewrite(item, professionals);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_rewritten_wherever_a_record_holds_them() {
        let uids: HashMap<i64, String> = [(1, "a".to_owned()), (2, "b".to_owned())].into();
        let mut plan = serde_json::json!({
            "number": 2,
            "status": { "kind": "agreed", "participants_present": [2], "agreed_on": "2026-11-02" },
            "goals": [{ "id": 1, "expressed_by": { "kind": "written-down-by", "professional": 1 },
                        "actions": [{ "id": 2, "owner": { "kind": "team-member", "professional": 2 } }] }],
            "next_item": 3
        });
        rewrite(&mut plan, &uids);
        assert_eq!(plan["number"], 2, "a plan's own numbers stay");
        assert_eq!(plan["goals"][0]["id"], 1);
        assert_eq!(plan["status"]["participants_present"][0], "b");
        assert_eq!(plan["goals"][0]["expressed_by"]["professional"], "a");
        assert_eq!(plan["goals"][0]["actions"][0]["owner"]["professional"], "b");
        let mut consent = serde_json::json!({ "recorded_by": 7 });
        rewrite(&mut consent, &uids);
        assert_eq!(consent["recorded_by"], Uuid::nil().to_string());
    }
}
