//! The client's report of who has used or received their data on this
//! store (the right to know: the client data act and GDPR art. 15), made
//! from the client's part of the access log.

use chrono::Utc;
use kohtaamo_model::access::{join_runs, AccessReport, ReportLine, Who};
use kohtaamo_model::ClientId;

use crate::access_log::{self, Access, Action, Entry, Purpose};
use crate::{Result, Store};

/// Who an entry names: the professional by id from format 2 on, a name
/// before that, or nobody before the store had a profile.
fn who(
    entry: &Entry,
    people: &[(
        kohtaamo_model::case::professional::ProfessionalId,
        kohtaamo_model::case::professional::Professional,
    )],
) -> Who {
    let known = entry
        .actor_id
        .and_then(|id| people.iter().find(|(p, _)| *p == id));
    match known {
        Some((_, professional)) => Who::Professional {
            professional: professional.clone(),
        },
        None if entry.actor.trim().is_empty() => Who::BeforeProfiles,
        None => Who::Named {
            name: entry.actor.clone(),
        },
    }
}

impl Store {
    /// The client's report, oldest first. Making it is logged as an export
    /// to the client (it is handed to them).
    pub fn access_report(&mut self, client: ClientId, purpose: Purpose) -> Result<AccessReport> {
        let store_id = self.store_id().to_owned();
        self.logged("making the client's access report", |tx| {
            let found = crate::clients::read_client(tx, client)?;
            let people = crate::professionals::all(tx)?;
            let lines = access_log::read(tx, Some(client))?
                .into_iter()
                .map(|stored| {
                    let e = stored.entry;
                    ReportLine {
                        first: e.at,
                        last: e.at,
                        times: 1,
                        who: who(&e, &people),
                        channel: e.channel,
                        action: e.action,
                        record: e.record,
                        purpose: e.purpose,
                    }
                });
            let report = AccessReport {
                client: found,
                made_at: Utc::now(),
                store_id,
                lines: join_runs(lines),
            };
            let access = Access {
                client: Some(client),
                action: Action::Export,
                record: "access-report",
                record_id: None,
                purpose,
                listed: Vec::new(),
            };
            Ok((report, vec![access]))
        })
    }
}
