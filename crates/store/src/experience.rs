//! Client-experience answers, kept apart from every case: a row holds the
//! unit, the month and the answer, and nothing that points at a client
//! (no client id, no day, no professional). Written once; the figures count
//! them.

use kohtaamo_model::measure::experience::ClientExperience;
use kohtaamo_model::rule::RuleError;
use rusqlite::{params, Connection};

use crate::access_log::{Access, Action, Purpose};
use crate::error::SqlContext;
use crate::{Result, Store, StoreError};

/// Every answer the store holds.
pub(crate) fn all(conn: &Connection) -> Result<Vec<ClientExperience>> {
    let mut stmt = conn
        .prepare_cached("SELECT body FROM client_experience ORDER BY id")
        .context("reading client experience")?;
    let bodies = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .context("reading client experience")?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading client experience")?;
    bodies
        .iter()
        .map(|b| {
            serde_json::from_str(b).map_err(|_| StoreError::CorruptRow {
                context: "client experience",
            })
        })
        .collect()
}

/// The demo's client-experience answers over the six months before
/// `today`: mostly content, some not, with a few words of feedback.
fn demo_answers(today: chrono::NaiveDate) -> Vec<ClientExperience> {
    use kohtaamo_model::case::service_use::Month;
    use kohtaamo_model::measure::experience::ExperienceChannel;
    const FEEDBACK: [&str; 4] = [
        "Asiat hoituivat yhdellä käynnillä.",
        "",
        "Olisin toivonut tapaamista aiemmin.",
        "",
    ];
    (0..36u32)
        .map(|n| ClientExperience {
            unit: "Esittelyyksikkö".into(),
            month: Month::of(today).plus(-((n % 6) as i32)),
            channel: if n % 3 == 0 {
                ExperienceChannel::TextMessage
            } else {
                ExperienceChannel::SharedScreen
            },
            recommend: Some([10, 9, 8, 9, 6, 10, 7, 3, 9][(n % 9) as usize]),
            statement: (n % 4 != 3).then_some([9, 8, 7, 10, 5][(n % 5) as usize]),
            feedback: FEEDBACK[(n % 4) as usize].into(),
        })
        .collect()
}

impl Store {
    /// Gives the demo store its client-experience answers, once.
    pub(crate) fn add_demo_experience(&mut self, today: chrono::NaiveDate) -> Result<()> {
        if !all(&self.conn)?.is_empty() {
            return Ok(());
        }
        for answer in demo_answers(today) {
            self.record_client_experience(&answer)?;
        }
        Ok(())
    }

    /// Appends an anonymous client-experience answer, for the owner's unit
    /// (whatever the request named). The log says one was written, for no
    /// client.
    pub fn record_client_experience(&mut self, answer: &ClientExperience) -> Result<()> {
        answer
            .validate()
            .map_err(|e| StoreError::Rule(RuleError::from(e)))?;
        let unit = match &self.owner {
            Some((_, owner)) if !owner.unit.trim().is_empty() => owner.unit.trim().to_owned(),
            _ => answer.unit.trim().to_owned(),
        };
        let answer = ClientExperience {
            unit,
            feedback: answer.feedback.trim().to_owned(),
            ..answer.clone()
        };
        let body = serde_json::to_string(&answer).map_err(|_| StoreError::Unserialisable {
            record: "client experience",
        })?;
        self.logged("saving client experience", |tx| {
            tx.execute(
                "INSERT INTO client_experience (uid, unit, month, body) VALUES (?1, ?2, ?3, ?4)",
                params![
                    uuid::Uuid::now_v7().to_string(),
                    answer.unit,
                    format!("{}-{:02}", answer.month.year, answer.month.month),
                    body
                ],
            )
            .context("saving client experience")?;
            let access = Access {
                client: None,
                action: Action::Create,
                record: "client-experience",
                record_id: None,
                purpose: Purpose::KnowledgeManagement,
                listed: Vec::new(),
            };
            Ok(((), vec![access]))
        })
    }
}
