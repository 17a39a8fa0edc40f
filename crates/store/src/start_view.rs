//! The start view after unlock, read in two queries over every open case
//! and worked out by the model (`kohtaamo_model::start_view`). Logged as one
//! list naming every client it showed.

use std::collections::HashMap;

use chrono::NaiveDate;
use kohtaamo_model::case::clientship::JointClientship;
use kohtaamo_model::case::plan::PlanVersion;
use kohtaamo_model::measure::instrument::InstrumentKind;
use kohtaamo_model::start_view::{start_view, CaseDigest, StartView};
use kohtaamo_model::{ClientId, ClientSummary};
use rusqlite::Connection;

use crate::access_log::{Access, Action, Purpose};
use crate::error::SqlContext;
use crate::{Result, Store, StoreError};

/// Every client with a clientship: their row, summary, periods and plans.
fn digests(conn: &Connection) -> Result<Vec<(i64, CaseDigest)>> {
    let damaged = |context| StoreError::CorruptRow { context };
    let mut cases: Vec<(i64, CaseDigest)> = Vec::new();
    let mut at: HashMap<i64, usize> = HashMap::new();
    let mut ships = conn
        .prepare_cached(
            "SELECT c.id, c.uid, c.name, c.hetu, s.body FROM clientship s \
             JOIN client c ON c.id = s.client_id ORDER BY c.id, s.id",
        )
        .context("reading the start view")?;
    let rows = ships
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })
        .context("reading the start view")?;
    for row in rows {
        let (row, uid, name, hetu, body) = row.context("reading the start view")?;
        let ship: JointClientship =
            serde_json::from_str(&body).map_err(|_| damaged("clientship"))?;
        let index = *at.entry(row).or_insert_with(|| cases.len());
        if index == cases.len() {
            let client = ClientSummary {
                id: ClientId(crate::clients::parse_uid(&uid)?),
                name,
                hetu: hetu.parse().map_err(|_| damaged("a henkilötunnus"))?,
            };
            cases.push((
                row,
                CaseDigest {
                    client,
                    clientships: Vec::new(),
                    plans: Vec::new(),
                    measures: Vec::new(),
                },
            ));
        }
        cases[index].1.clientships.push(ship);
    }
    let mut plans = conn
        .prepare_cached("SELECT client_id, body FROM plan_version ORDER BY client_id, number")
        .context("reading the start view")?;
    let rows = plans
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .context("reading the start view")?;
    for row in rows {
        let (row, body) = row.context("reading the start view")?;
        if let Some(index) = at.get(&row) {
            let plan: PlanVersion = serde_json::from_str(&body).map_err(|_| damaged("plan"))?;
            cases[*index].1.plans.push(plan);
        }
    }
    let mut answers = conn
        .prepare_cached("SELECT client_id, body FROM measure_answer ORDER BY client_id, id")
        .context("reading the start view")?;
    let rows = answers
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .context("reading the start view")?;
    for row in rows {
        let (row, body) = row.context("reading the start view")?;
        if let Some(index) = at.get(&row) {
            let answer = serde_json::from_str(&body).map_err(|_| damaged("measure"))?;
            cases[*index].1.measures.push(answer);
        }
    }
    Ok(cases)
}

impl Store {
    /// The owner's start view on `today`.
    pub fn start_view(&mut self, today: NaiveDate, purpose: Purpose) -> Result<StartView> {
        let owner = self.author()?.professional;
        let notice = self.organisation_settings()?.review_notice_days;
        self.logged("reading the start view", |tx| {
            let cases = digests(tx)?;
            let digests: Vec<CaseDigest> = cases.iter().map(|(_, d)| d.clone()).collect();
            let instruments: Vec<_> = crate::measures::latest(tx)?
                .into_iter()
                .filter(|i| i.kind == InstrumentKind::LifeSituation)
                .collect();
            let view = start_view(&digests, owner, today, notice, &instruments);
            let shown = view.clients();
            let listed = cases
                .iter()
                .filter(|(_, d)| shown.contains(&d.client.id))
                .map(|(row, _)| *row)
                .collect();
            let access = Access {
                client: None,
                action: Action::Search,
                record: "start-view",
                record_id: None,
                purpose,
                listed,
            };
            Ok((view, vec![access]))
        })
    }
}
