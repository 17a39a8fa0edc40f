//! The few fields of each clientship, segment assessment, agreed plan and
//! measure answer that the figures count, kept beside the records in
//! `figure_fact`; and each client's service use, all months in one row.
//!
//! Why: the figures read every case. Read from the records' bodies they
//! took 296 / 345 ms (p50 / p95) over 20,000 clients, most of it
//! decrypting and parsing 63 MB of JSON (goals, notes, teams) of which they
//! count a date or two. Service use is kept a client a row because its
//! records are small and many (a month and a service each): read one by one,
//! 82,000 of them took 67 ms of the figures' 180.
//!
//! The table is derived data, never history: written in the same
//! transaction as the record it comes from, rebuilt from the bodies by the
//! migration that made it, and never synced (a team server computes its
//! own). Drafts have no facts: the figures count agreed plans only.

use kohtaamo_model::case::clientship::JointClientship;
use kohtaamo_model::case::plan::PlanVersion;
use kohtaamo_model::case::segment::SegmentAssessment;
use kohtaamo_model::case::service_use::{Month, ServiceUse};
use kohtaamo_model::measure::answer::MeasureAnswer;
use rusqlite::{params, Connection, Transaction};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::SqlContext;
use crate::records::{FiguresKeep, Record};
use crate::{Result, StoreError};

/// Keeps what the figures count of `record` (row `row` of its table), as
/// its kind says, in the transaction that wrote it.
pub(crate) fn keep_of<R: Record>(
    conn: &Connection,
    record: &R,
    row: i64,
    client_row: impl FnOnce() -> Result<i64>,
) -> Result<()> {
    match R::FIGURES_KEEP {
        FiguresKeep::Nothing => Ok(()),
        FiguresKeep::EachRecord => keep(conn, R::TABLE, row, client_row()?, record.figure_facts()?),
        FiguresKeep::ServiceUseOfClient => keep_service_use(conn, client_row()?),
    }
}

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

/// The source of the service-use rows, one a client (`row_id` is the
/// client's row).
pub(crate) const SERVICE_USE: &str = "service_use";

/// A month's use of a service as kept: (service, year, month, contacts).
type KeptUse = (String, i32, u8, u32);

/// Keeps client `client_row`'s service use as it now stands, all of it.
pub(crate) fn keep_service_use(conn: &Connection, client_row: i64) -> Result<()> {
    let mut stmt = conn
        .prepare_cached("SELECT body FROM service_use WHERE client_id = ?1 ORDER BY id")
        .context("keeping the figures' facts")?;
    let bodies = stmt
        .query_map([client_row], |r| r.get::<_, String>(0))
        .context("keeping the figures' facts")?;
    let mut kept: Vec<KeptUse> = Vec::new();
    for body in bodies {
        let used: ServiceUse = serde_json::from_str(&body.context("keeping the figures' facts")?)
            .map_err(|_| StoreError::CorruptRow {
            context: "service use",
        })?;
        kept.push((
            used.service,
            used.month.year,
            used.month.month,
            used.contacts,
        ));
    }
    let facts = (!kept.is_empty())
        .then(|| encode(&kept, "service-use"))
        .transpose()?;
    keep(conn, SERVICE_USE, client_row, client_row, facts)
}

/// Every client's service use as (client row, its months).
pub(crate) fn service_use(conn: &Connection) -> Result<Vec<(i64, Vec<ServiceUse>)>> {
    Ok(of::<Vec<KeptUse>>(conn, SERVICE_USE)?
        .into_iter()
        .map(|(client, kept)| {
            let used = kept
                .into_iter()
                .map(|(service, year, month, contacts)| ServiceUse {
                    service,
                    month: Month { year, month },
                    contacts,
                })
                .collect();
            (client, used)
        })
        .collect())
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
    let clients: Vec<i64> = {
        let mut stmt = tx
            .prepare("SELECT DISTINCT client_id FROM service_use ORDER BY client_id")
            .context("migrating the schema")?;
        let rows = stmt
            .query_map([], |r| r.get(0))
            .context("migrating the schema")?;
        rows.collect::<rusqlite::Result<_>>()
            .context("migrating the schema")?
    };
    for client in clients {
        keep_service_use(tx, client)?;
    }
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
