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

impl Store {
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
