//! The access log's words, shared by the store that writes it and the
//! screens that show it: what was done with a client's data, why, and
//! through which program; and the client's report of it (the right to know
//! who has used or received their data).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::case::professional::Professional;

/// What was done with the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    Read,
    Create,
    Update,
    /// A search or a list of clients; each client it showed is named in
    /// the entry, and to them it is "your name was shown in a list".
    Search,
    Export,
}

/// Why: the reason a professional may use a client's data at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    /// Planning and providing the client's care and services.
    Care,
    /// Working with the client at a joint appointment.
    JointAppointment,
    /// Answering the client's own request (e.g. their right to know).
    ClientRequest,
    /// IT administration: backups, checks, demo data.
    Administration,
    /// Leading with data (tiedolla johtaminen): figures over many clients,
    /// aggregates only.
    KnowledgeManagement,
}

/// Through which program the store owner acted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    App,
    Cli,
}

macro_rules! text_enum {
    ($ty:ty { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $ty {
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some(Self::$variant),)+ _ => None }
            }
        }
    };
}
text_enum!(Action { Read => "read", Create => "create", Update => "update", Search => "search", Export => "export" });
text_enum!(Purpose { Care => "care", JointAppointment => "joint-appointment", ClientRequest => "client-request", Administration => "administration", KnowledgeManagement => "knowledge-management" });
text_enum!(Channel { App => "app", Cli => "cli" });

/// Who acted, as the client's report names them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Who {
    /// The store's owner as their profile names them now (title,
    /// organisation, unit).
    Professional { professional: Professional },
    /// A name only: written before the access log named people by id.
    Named { name: String },
    /// Written before the store had any profile.
    BeforeProfiles,
}

/// One line of the client's report: the same kind of access by the same
/// person for the same reason on one day, counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportLine {
    pub first: DateTime<Utc>,
    pub last: DateTime<Utc>,
    pub times: u32,
    pub who: Who,
    pub channel: Channel,
    pub action: Action,
    /// The kind of data ("case", "plan", "client", …).
    pub record: String,
    pub purpose: Purpose,
}

/// Who has used or received a client's data on this laptop's store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessReport {
    pub client: crate::Client,
    pub made_at: DateTime<Utc>,
    /// The store the report covers: this laptop's, not the organisation's
    /// other systems.
    pub store_id: String,
    pub lines: Vec<ReportLine>,
}

impl ReportLine {
    /// Whether `other` is the same access, on the same day (in UTC, as
    /// the log keeps time), so the two are one line of the report.
    fn joins(&self, other: &ReportLine) -> bool {
        self.who == other.who
            && self.channel == other.channel
            && self.action == other.action
            && self.record == other.record
            && self.purpose == other.purpose
            && self.last.date_naive() == other.first.date_naive()
    }
}

/// Lines as the log has them, oldest first, with runs of the same access on
/// one day joined: a plan typed for an hour is one line, not a hundred.
pub fn join_runs(lines: impl IntoIterator<Item = ReportLine>) -> Vec<ReportLine> {
    let mut out: Vec<ReportLine> = Vec::new();
    for line in lines {
        match out.last_mut() {
            Some(last) if last.joins(&line) => {
                last.last = line.last;
                last.times += line.times;
            }
            _ => out.push(line),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(at: &str, action: Action) -> ReportLine {
        let at = DateTime::parse_from_rfc3339(at)
            .unwrap()
            .with_timezone(&Utc);
        ReportLine {
            first: at,
            last: at,
            times: 1,
            who: Who::Named {
                name: "Hoitaja Demo".into(),
            },
            channel: Channel::App,
            action,
            record: "plan".into(),
            purpose: Purpose::Care,
        }
    }

    #[test]
    fn runs_of_one_access_on_one_day_are_one_line() {
        let joined = join_runs([
            line("2026-12-01T09:00:00Z", Action::Update),
            line("2026-12-01T09:05:00Z", Action::Update),
            line("2026-12-01T09:06:00Z", Action::Read),
            line("2026-12-01T09:07:00Z", Action::Update),
            line("2026-12-02T09:00:00Z", Action::Update),
        ]);
        let seen: Vec<_> = joined.iter().map(|l| (l.action, l.times)).collect();
        assert_eq!(
            seen,
            [
                (Action::Update, 2),
                (Action::Read, 1),
                (Action::Update, 1),
                (Action::Update, 1)
            ]
        );
        assert_eq!(
            joined[0].last,
            line("2026-12-01T09:05:00Z", Action::Update).last
        );
    }
}
