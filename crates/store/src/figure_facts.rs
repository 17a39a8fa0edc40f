//! The few fields of each clientship, segment assessment, agreed plan and
//! measure answer that the figures count, kept beside the records in
//! `figure_fact`.
//!
//! Why: the figures read every case. Read from the records' bodies they
//! took 296 / 345 ms (p50 / p95) over 20,000 clients, most of it
//! decrypting and parsing 63 MB of JSON (goals, notes, teams) of which they
//! count a date or two.
//!
//! The table is derived data, never history: written in the same
//! transaction as the record it comes from, rebuilt from the bodies by the
//! migration that made it, and never synced (a team server computes its
//! own). Drafts have no facts: the figures count agreed plans only.

use kohtaamo_model::case::clientship::JointClientship;
use kohtaamo_model::case::plan::PlanVersion;
use kohtaamo_model::case::segment::SegmentAssessment;
use kohtaamo_model::measure::answer::MeasureAnswer;
use rusqlite::{params, Connection, Transaction};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::SqlContext;
use crate::records::Record;
use crate::{Result, StoreError};

/// The tables whose records have facts.
pub(crate) const SOURCES: [&str; 4] = [
    "clientship",
    "segment_assessment",
    "plan_version",
    "measure_answer",
];

/// `facts` as the JSON the table keeps.
pub(crate) fn encode<F: Serialize>(facts: &F, kind: &'static str) -> Result<String> {
    serde_json::to_string(facts).map_err(|_| StoreError::Unserialisable { record: kind })
}

/// Keeps `facts` for row `row` of `source` (a constant of ours), or drops
/// what was kept when the record has none.
pub(crate) fn keep(
    conn: &Connection,
    source: &'static str,
    row: i64,
    client_row: i64,
    facts: Option<String>,
) -> Result<()> {
    match facts {
        Some(facts) => conn
            .execute(
                "INSERT INTO figure_fact (source, row_id, client_id, facts) VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (source, row_id) DO UPDATE SET facts = excluded.facts",
                params![source, row, client_row, facts],
            )
            .map(drop),
        None => conn
            .execute(
                "DELETE FROM figure_fact WHERE source = ?1 AND row_id = ?2",
                params![source, row],
            )
            .map(drop),
    }
    .context("keeping the figures' facts")
}

/// Every kept fact of `source` as (client row, facts), in row order.
pub(crate) fn of<F: DeserializeOwned>(conn: &Connection, source: &str) -> Result<Vec<(i64, F)>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT client_id, facts FROM figure_fact WHERE source = ?1 ORDER BY source, row_id",
        )
        .context("reading the figures")?;
    let rows = stmt
        .query_map([source], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })
        .context("reading the figures")?;
    rows.map(|row| {
        let (client, facts) = row.context("reading the figures")?;
        let facts = serde_json::from_str(&facts).map_err(|_| StoreError::CorruptRow {
            context: "the figures' facts",
        })?;
        Ok((client, facts))
    })
    .collect()
}

/// Schema step 9: the facts of every record already stored, each made by
/// the record's own `figure_facts` as a save makes them.
pub(crate) fn migrate(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "CREATE TABLE figure_fact (
            source    TEXT NOT NULL,
            row_id    INTEGER NOT NULL,
            client_id INTEGER NOT NULL REFERENCES client (id),
            facts     TEXT NOT NULL,
            PRIMARY KEY (source, row_id)
        ) STRICT, WITHOUT ROWID;",
    )
    .context("migrating the schema")?;
    backfill::<JointClientship>(tx)?;
    backfill::<SegmentAssessment>(tx)?;
    backfill::<PlanVersion>(tx)?;
    backfill::<MeasureAnswer>(tx)?;
    Ok(())
}

fn backfill<R: Record>(tx: &Transaction<'_>) -> Result<()> {
    let rows: Vec<(i64, i64, String)> = {
        // The table is one of ours, never input.
        let mut stmt = tx
            .prepare(&format!(
                "SELECT id, client_id, body FROM {} ORDER BY id",
                R::TABLE
            ))
            .context("migrating the schema")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .context("migrating the schema")?;
        rows.collect::<rusqlite::Result<_>>()
            .context("migrating the schema")?
    };
    for (row, client, body) in rows {
        let record: R =
            serde_json::from_str(&body).map_err(|_| StoreError::CorruptRow { context: R::KIND })?;
        keep(tx, R::TABLE, row, client, record.figure_facts()?)?;
    }
    Ok(())
}
