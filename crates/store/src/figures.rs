//! The figures over every case in the store (`kohtaamo_model::figures`),
//! read in four queries. Logged as one entry with its own purpose, not one
//! per client: the figures hold no client's data.

use std::collections::HashMap;

use chrono::NaiveDate;
use kohtaamo_model::figures::{figures, CaseFacts, Figures};
use kohtaamo_model::ClientId;
use rusqlite::Connection;
use serde::de::DeserializeOwned;

use crate::access_log::{Access, Action, Purpose};
use crate::error::SqlContext;
use crate::{Result, Store, StoreError};

/// Every row of `table` as (client row, record).
fn bodies<R: DeserializeOwned>(conn: &Connection, table: &str) -> Result<Vec<(i64, R)>> {
    // `table` is one of ours, never input. In row order, which needs no
    // sort: sorting the plans' bodies by client took 0.6 s of 0.7.
    let mut stmt = conn
        .prepare(&format!("SELECT client_id, body FROM {table} ORDER BY id"))
        .context("reading the figures")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .context("reading the figures")?;
    rows.map(|row| {
        let (client, body) = row.context("reading the figures")?;
        let record = serde_json::from_str(&body).map_err(|_| StoreError::CorruptRow {
            context: "a record read for the figures",
        })?;
        Ok((client, record))
    })
    .collect()
}

fn facts(conn: &Connection) -> Result<Vec<CaseFacts>> {
    let mut cases: Vec<CaseFacts> = Vec::new();
    let mut at: HashMap<i64, usize> = HashMap::new();
    for (row, clientship) in bodies(conn, "clientship")? {
        let index = *at.entry(row).or_insert_with(|| {
            cases.push(CaseFacts {
                // The figures count distinct clients; which one is never used.
                client: ClientId::from_u128(row as u128),
                clientships: Vec::new(),
                segments: Vec::new(),
                plans: Vec::new(),
                service_use: Vec::new(),
                measures: Vec::new(),
            });
            cases.len() - 1
        });
        cases[index].clientships.push(clientship);
    }
    for (row, segment) in bodies(conn, "segment_assessment")? {
        if let Some(i) = at.get(&row) {
            cases[*i].segments.push(segment);
        }
    }
    for (row, plan) in bodies(conn, "plan_version")? {
        if let Some(i) = at.get(&row) {
            cases[*i].plans.push(plan);
        }
    }
    for (row, used) in bodies(conn, "service_use")? {
        if let Some(i) = at.get(&row) {
            cases[*i].service_use.push(used);
        }
    }
    for (row, answer) in bodies(conn, "measure_answer")? {
        if let Some(i) = at.get(&row) {
            cases[*i].measures.push(answer);
        }
    }
    Ok(cases)
}

impl Store {
    /// The figures of this store's cases for `from`–`to`, as on `today`.
    pub fn figures(&mut self, from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Result<Figures> {
        self.logged("making the figures", |tx| {
            let cases = facts(tx)?;
            let access = Access {
                client: None,
                action: Action::Read,
                record: "figures",
                record_id: None,
                purpose: Purpose::KnowledgeManagement,
                listed: Vec::new(),
            };
            let experience = crate::experience::all(tx)?;
            Ok((figures(&cases, &experience, from, to, today), vec![access]))
        })
    }
}
