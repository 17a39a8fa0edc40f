//! The figures over every case in the store (`kohtaamo_model::figures`),
//! read in five queries from the facts kept for them (`figure_facts`):
//! clientships, segments, plans, measures and each client's service use. Logged as one entry with its own purpose, not one
//! per client: the figures hold no client's data.

use std::collections::HashMap;

use chrono::NaiveDate;
use kohtaamo_model::figures::{figures, CaseFacts, Figures};
use kohtaamo_model::ClientId;
use rusqlite::Connection;

use crate::access_log::{Access, Action, Purpose};
use crate::figure_facts;
use crate::{Result, Store};

fn facts(conn: &Connection) -> Result<Vec<CaseFacts>> {
    let mut cases: Vec<CaseFacts> = Vec::new();
    let mut at: HashMap<i64, usize> = HashMap::new();
    for (row, clientship) in figure_facts::of(conn, "clientship")? {
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
    for (row, segment) in figure_facts::of(conn, "segment_assessment")? {
        if let Some(i) = at.get(&row) {
            cases[*i].segments.push(segment);
        }
    }
    for (row, plan) in figure_facts::of(conn, "plan_version")? {
        if let Some(i) = at.get(&row) {
            cases[*i].plans.push(plan);
        }
    }
    for (row, used) in figure_facts::service_use(conn)? {
        if let Some(i) = at.get(&row) {
            cases[*i].service_use = used;
        }
    }
    for (row, answer) in figure_facts::of(conn, "measure_answer")? {
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test that cannot set up fails")]

    use chrono::NaiveDate;
    use kohtaamo_model::case::clientship::JointClientship;
    use kohtaamo_model::case::plan::PlanVersion;
    use kohtaamo_model::case::plan::{Agreement, PlanStatus};
    use kohtaamo_model::case::segment::SegmentAssessment;
    use kohtaamo_model::case::service_use::ServiceUse;
    use kohtaamo_model::figures::{
        CaseFacts, ClientshipFacts, MeasureFacts, PlanFacts, SegmentFacts,
    };
    use kohtaamo_model::measure::answer::MeasureAnswer;
    use rusqlite::Connection;

    use super::facts;
    use crate::error::SqlContext;
    use crate::StoreError;
    use crate::{demo, Channel, KdfParams, Purpose, Store, StorePaths};

    /// Every row of `table` as (client row, record).
    fn bodies<R: serde::de::DeserializeOwned>(
        conn: &Connection,
        table: &str,
    ) -> crate::Result<Vec<(i64, R)>> {
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

    /// The facts made afresh from every record's body.
    fn facts_from_bodies(conn: &Connection) -> crate::Result<Vec<CaseFacts>> {
        let mut cases = facts(conn)?;
        let ships: Vec<(i64, JointClientship)> = bodies(conn, "clientship")?;
        let segments: Vec<(i64, SegmentAssessment)> = bodies(conn, "segment_assessment")?;
        let plans: Vec<(i64, PlanVersion)> = bodies(conn, "plan_version")?;
        let measures: Vec<(i64, MeasureAnswer)> = bodies(conn, "measure_answer")?;
        let used: Vec<(i64, ServiceUse)> = bodies(conn, "service_use")?;
        let mut order: Vec<i64> = Vec::new();
        for (row, _) in &ships {
            if !order.contains(row) {
                order.push(*row);
            }
        }
        for (case, row) in cases.iter_mut().zip(&order) {
            let mine = |r: &i64| r == row;
            case.clientships = ships
                .iter()
                .filter(|s| mine(&s.0))
                .map(|s| ClientshipFacts::from(&s.1))
                .collect();
            case.segments = segments
                .iter()
                .filter(|s| mine(&s.0))
                .map(|s| SegmentFacts::from(&s.1))
                .collect();
            case.plans = plans
                .iter()
                .filter(|p| mine(&p.0) && p.1.is_agreed())
                .map(|p| PlanFacts::from(&p.1))
                .collect();
            case.measures = measures
                .iter()
                .filter(|m| mine(&m.0))
                .map(|m| MeasureFacts::from(&m.1))
                .collect();
            case.service_use = used
                .iter()
                .filter(|u| mine(&u.0))
                .map(|u| u.1.clone())
                .collect();
        }
        Ok(cases)
    }

    fn as_debug(cases: &[CaseFacts]) -> String {
        format!("{cases:?}")
    }

    #[test]
    fn the_kept_facts_are_the_bodies_facts_after_saves_and_after_the_migration() {
        let dir = tempfile::tempdir().unwrap();
        let paths = StorePaths::for_db(dir.path().join("store.db"));
        let mut store = Store::create(
            &paths,
            "test passphrase",
            KdfParams::FAST_INSECURE,
            Channel::Cli,
        )
        .unwrap();
        demo::populate_on(
            &mut store,
            40,
            3,
            NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        )
        .unwrap();
        let (nurse, _) = store.professionals().unwrap()[0].clone();
        store.choose_owner(nurse).unwrap();

        // A draft agreed through an update gains its facts.
        let draft = store.drafts_for_benchmarks().unwrap().remove(0);
        let mut agreed = draft.record.clone();
        agreed.status = PlanStatus::Agreed(Agreement {
            agreed_on: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            participants_present: vec![nurse],
            client_present: true,
            client_agreed: true,
        });
        store
            .update_record(
                draft.client,
                draft.id,
                draft.revision,
                &agreed,
                Purpose::Care,
            )
            .unwrap();

        let (kept, from_bodies) = store
            .logged("test", |tx| {
                Ok(((facts(tx)?, facts_from_bodies(tx)?), vec![]))
            })
            .unwrap();
        assert_eq!(kept.len(), 40);
        assert!(kept.iter().map(|c| c.plans.len()).sum::<usize>() > 40);
        assert!(kept.iter().any(|c| !c.measures.is_empty()));
        assert!(kept.iter().any(|c| !c.service_use.is_empty()));
        assert_eq!(as_debug(&kept), as_debug(&from_bodies));

        // Rebuilt from the bodies, as schema step 9 does, they are the same.
        let rebuilt = store
            .logged("test", |tx| {
                tx.execute_batch("DROP TABLE figure_fact").unwrap();
                crate::figure_facts::migrate(tx)?;
                Ok((facts(tx)?, vec![]))
            })
            .unwrap();
        assert_eq!(as_debug(&kept), as_debug(&rebuilt));
    }
}
