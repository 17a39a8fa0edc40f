//! `verify`: is the store whole? SQLCipher's page authentication, SQLite's
//! own structure check, and the access log's hash chain against the head
//! kept outside the database.

use serde::Serialize;

use crate::access_log::{self, entry_hash};
use crate::error::SqlContext;
use crate::log_head::LogHead;
use crate::{Result, Store};

/// One thing found wrong. The texts name positions, never client data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Problem {
    /// SQLCipher found a page whose authentication code does not match:
    /// the file was changed outside SQLCipher, or damaged.
    PageAuthentication { detail: String },
    /// SQLite's structure check failed.
    Structure { detail: String },
    /// Sequence numbers are not 1, 2, 3, …: an entry was removed or inserted.
    LogGap { expected: i64, found: i64 },
    /// An entry does not point at the hash of the one before it.
    LogLinkBroken { seq: i64 },
    /// An entry's content does not match its hash: it was edited.
    LogEntryAltered { seq: i64 },
    /// The log ends before the head kept outside the store: entries were
    /// cut off the end.
    LogTruncated { head_seq: i64, last_seq: i64 },
    /// The entry at the head's position is not the one the head recorded.
    LogHeadMismatch { seq: i64 },
    /// The log has entries but the head file beside the store is gone.
    LogHeadMissing,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::PageAuthentication { detail } => {
                write!(f, "a database page failed authentication: {detail}")
            }
            Self::Structure { detail } => write!(f, "the database structure is damaged: {detail}"),
            Self::LogGap { expected, found } => write!(
                f,
                "access log entry {expected} is missing (the next one is {found})"
            ),
            Self::LogLinkBroken { seq } => {
                write!(
                    f,
                    "access log entry {seq} does not follow the entry before it"
                )
            }
            Self::LogEntryAltered { seq } => {
                write!(f, "access log entry {seq} was changed after it was written")
            }
            Self::LogTruncated { head_seq, last_seq } => write!(
                f,
                "the access log ends at entry {last_seq}, but entry {head_seq} was written: \
                 entries were removed from its end"
            ),
            Self::LogHeadMismatch { seq } => write!(
                f,
                "access log entry {seq} is not the one recorded outside the store"
            ),
            Self::LogHeadMissing => {
                write!(f, "the access log head file beside the store is missing")
            }
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub pages_checked: bool,
    pub log_entries: i64,
    pub problems: Vec<Problem>,
}

impl Report {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

impl Store {
    /// Checks the whole store. Damage is reported, not returned as an
    /// error: an error means the check itself could not run.
    pub fn verify(&self) -> Result<Report> {
        let mut report = Report::default();
        for row in pragma_rows(&self.conn, "PRAGMA cipher_integrity_check")? {
            report
                .problems
                .push(Problem::PageAuthentication { detail: row });
        }
        for row in pragma_rows(&self.conn, "PRAGMA integrity_check")? {
            if row != "ok" {
                report.problems.push(Problem::Structure { detail: row });
            }
        }
        report.pages_checked = true;

        let entries = access_log::read(&self.conn, None)?;
        report.log_entries = entries.len() as i64;
        let mut prev = access_log::genesis(self.store_id());
        let mut expected_seq = 1;
        for stored in &entries {
            let seq = stored.entry.seq;
            if seq != expected_seq {
                report.problems.push(Problem::LogGap {
                    expected: expected_seq,
                    found: seq,
                });
            }
            if stored.prev_hash != prev {
                report.problems.push(Problem::LogLinkBroken { seq });
            }
            if entry_hash(&stored.prev_hash, &stored.entry) != stored.hash {
                report.problems.push(Problem::LogEntryAltered { seq });
            }
            prev = stored.hash;
            expected_seq = seq + 1;
        }

        let last_seq = entries.last().map_or(0, |e| e.entry.seq);
        match LogHead::read(self.paths().log_head())? {
            None if last_seq > 0 => report.problems.push(Problem::LogHeadMissing),
            None => {}
            Some(head) if head.seq > last_seq => report.problems.push(Problem::LogTruncated {
                head_seq: head.seq,
                last_seq,
            }),
            Some(head) => {
                let at_head = entries.iter().find(|e| e.entry.seq == head.seq);
                if at_head.map(|e| e.hash) != Some(head.hash) {
                    report
                        .problems
                        .push(Problem::LogHeadMismatch { seq: head.seq });
                }
            }
        }
        Ok(report)
    }
}

fn pragma_rows(conn: &rusqlite::Connection, pragma: &'static str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(pragma).context(pragma)?;
    let rows = stmt
        .query_map([], |row| row.get::<_, String>(0))
        .context(pragma)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().context(pragma)
}
