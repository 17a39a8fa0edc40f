//! The access log: who used whose data, what, when and why.
//!
//! Every read and write of a client's data appends one entry in the same
//! transaction as the data itself, so an access is never returned or
//! acknowledged without its entry on disk. Entries form a hash chain: each
//! hash covers the entry and the previous hash, and the chain starts from a
//! hash of the store id, so rows cannot be edited, removed or moved between
//! stores without `verify` noticing. The latest hash is also written outside
//! the database (see [`crate::log_head`]), so cutting rows off the end is
//! noticed too.

use chrono::{DateTime, SecondsFormat, Utc};
use kohtaamo_model::case::professional::ProfessionalId;
use kohtaamo_model::ClientId;
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::SqlContext;
use crate::{Result, StoreError};

pub const HASH_BYTES: usize = 32;
pub type Hash = [u8; HASH_BYTES];

pub use kohtaamo_model::access::{Action, Channel, Purpose};

/// One access about to be logged. `record` names the kind of data
/// ("client", "plan", …); `client` is whose data it was, if anyone's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Access {
    pub client: Option<ClientId>,
    pub action: Action,
    pub record: &'static str,
    pub record_id: Option<i64>,
    pub purpose: Purpose,
    /// The clients a search or a list showed, by their row numbers here:
    /// each one's part of the log includes this entry.
    pub listed: Vec<i64>,
}

/// The format entries are written in now. Format 1 (before profiles)
/// named the actor by a name only, often an empty one; format 2 names the
/// acting professional by id too. Each entry hashes as its format says, so
/// the chain over old and new entries verifies.
pub const FORMAT: i64 = 2;

/// One logged access, as read back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub seq: i64,
    /// The format it was written in (see [`FORMAT`]).
    pub format: i64,
    pub at: DateTime<Utc>,
    /// The store owner's name when the access happened.
    pub actor: String,
    /// The acting professional (the store's owner), from format 2 on; none
    /// when no profile had been saved yet.
    pub actor_id: Option<ProfessionalId>,
    pub channel: Channel,
    pub client: Option<ClientId>,
    /// The client's row number in this store: what the hash chain covers
    /// (it names the client for as long as the store lives).
    #[serde(skip)]
    pub client_row: Option<i64>,
    pub action: Action,
    pub record: String,
    pub record_id: Option<i64>,
    pub purpose: Purpose,
    /// The clients a search or a list showed (their row numbers), from
    /// format 2 on; covered by the hash.
    #[serde(skip)]
    pub listed: Vec<i64>,
}

/// Who is acting: a store belongs to one professional, so this is its owner,
/// through the app or the CLI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub name: String,
    pub id: Option<ProfessionalId>,
    pub channel: Channel,
}

/// The hash the chain starts from: bound to the store, so a log copied from
/// another store does not verify here.
pub fn genesis(store_id: &str) -> Hash {
    let mut hasher = Sha256::new();
    hasher.update(b"kohtaamo-access-log/1\0");
    hasher.update(store_id.as_bytes());
    hasher.finalize().into()
}

/// The hash of an entry given the previous one. Every field is length-
/// prefixed so that no two different entries hash alike.
pub fn entry_hash(prev: &Hash, entry: &Entry) -> Hash {
    let mut hasher = Sha256::new();
    hasher.update(prev);
    if entry.format >= 2 {
        // Format 1 hashed no format; later ones say theirs first, so an
        // entry cannot be passed off as one of another format.
        hasher.update(b"kohtaamo-access-log-entry\0");
        hasher.update(entry.format.to_be_bytes());
        let actor_id = entry.actor_id.map(|p| p.0.to_string()).unwrap_or_default();
        hasher.update([u8::from(entry.actor_id.is_some())]);
        hasher.update((actor_id.len() as u64).to_be_bytes());
        hasher.update(actor_id.as_bytes());
    }
    hasher.update(entry.seq.to_be_bytes());
    let fields: [&str; 6] = [
        &timestamp(&entry.at),
        &entry.actor,
        entry.channel.as_str(),
        entry.action.as_str(),
        &entry.record,
        entry.purpose.as_str(),
    ];
    for field in fields {
        hasher.update((field.len() as u64).to_be_bytes());
        hasher.update(field.as_bytes());
    }
    for number in [entry.client_row, entry.record_id] {
        match number {
            Some(n) => {
                hasher.update([1]);
                hasher.update(n.to_be_bytes());
            }
            None => hasher.update([0]),
        }
    }
    if entry.format >= 2 {
        hasher.update((entry.listed.len() as u64).to_be_bytes());
        for row in &entry.listed {
            hasher.update(row.to_be_bytes());
        }
    }
    hasher.finalize().into()
}

/// Millisecond UTC timestamps: sortable text, and the exact text is hashed.
fn timestamp(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Where the chain ends inside the caller's transaction: the last entry's
/// sequence number and hash, or the store's genesis.
pub(crate) fn end(tx: &Transaction<'_>, store_id: &str) -> Result<(i64, Hash)> {
    Ok(last(tx)?.unwrap_or_else(|| (0, genesis(store_id))))
}

/// Appends one entry after `end` (the chain's end, see [`end`]) inside the
/// caller's transaction and returns the new end: a list that logs each
/// client it showed appends hundreds at once, without reading the end back.
pub(crate) fn append(
    tx: &Transaction<'_>,
    actor: &Actor,
    access: &Access,
    end: (i64, Hash),
) -> Result<(i64, Hash)> {
    let (last_seq, prev) = end;
    // Truncated to milliseconds first, so the hash covers what is stored.
    let now = Utc::now();
    let at = DateTime::parse_from_rfc3339(&timestamp(&now))
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or(now);
    let entry = Entry {
        seq: last_seq + 1,
        format: FORMAT,
        at,
        actor: actor.name.clone(),
        actor_id: actor.id,
        channel: actor.channel,
        client: access.client,
        client_row: access
            .client
            .map(|c| crate::clients::client_row(tx, c))
            .transpose()?,
        action: access.action,
        record: access.record.to_owned(),
        record_id: access.record_id,
        purpose: access.purpose,
        // Sorted, as they are stored and read back.
        listed: {
            let mut listed = access.listed.clone();
            listed.sort_unstable();
            listed.dedup();
            listed
        },
    };
    let hash = entry_hash(&prev, &entry);
    tx.prepare_cached(
        "INSERT INTO access_log \
         (seq, at, actor, channel, client_id, action, record, record_id, purpose, prev_hash, hash, \
          format, actor_id) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )
    .and_then(|mut stmt| {
        stmt.execute(params![
            entry.seq,
            timestamp(&entry.at),
            entry.actor,
            entry.channel.as_str(),
            entry.client_row,
            entry.action.as_str(),
            entry.record,
            entry.record_id,
            entry.purpose.as_str(),
            &prev[..],
            &hash[..],
            entry.format,
            entry.actor_id.map(|p| p.0.to_string()),
        ])
    })
    .context("writing the access log")?;
    if !entry.listed.is_empty() {
        // One statement for the whole list: a search shows up to 200.
        let rows =
            serde_json::to_string(&entry.listed).map_err(|_| StoreError::Unserialisable {
                record: "access log",
            })?;
        tx.prepare_cached(
            "INSERT INTO access_log_listed (seq, client_id) SELECT ?1, value FROM json_each(?2)",
        )
        .and_then(|mut stmt| stmt.execute(params![entry.seq, rows]))
        .context("writing the access log")?;
    }
    Ok((entry.seq, hash))
}

/// The last entry's sequence number and hash, if any.
pub(crate) fn last(conn: &rusqlite::Connection) -> Result<Option<(i64, Hash)>> {
    conn.prepare_cached("SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1")
        .and_then(|mut stmt| {
            stmt.query_row([], |row| {
                Ok((row.get::<_, i64>(0)?, row.get::<_, Vec<u8>>(1)?))
            })
            .optional()
        })
        .context("reading the end of the access log")?
        .map(|(seq, hash)| Ok((seq, to_hash(&hash)?)))
        .transpose()
}

fn to_hash(bytes: &[u8]) -> Result<Hash> {
    bytes.try_into().map_err(|_| StoreError::CorruptRow {
        context: "an access log hash has the wrong length",
    })
}

/// The clients each search or list showed, by entry: for the whole log
/// (to verify), or for the entries that showed `client` (their whole lists,
/// as they were hashed).
fn listed_rows(
    conn: &rusqlite::Connection,
    client: Option<i64>,
) -> Result<std::collections::HashMap<i64, Vec<i64>>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT seq, client_id FROM access_log_listed \
             WHERE ?1 IS NULL OR seq IN (SELECT seq FROM access_log_listed WHERE client_id = ?1) \
             ORDER BY seq, client_id",
        )
        .context("reading the access log")?;
    let rows = stmt
        .query_map([client], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))
        .context("reading the access log")?;
    let mut listed: std::collections::HashMap<i64, Vec<i64>> = Default::default();
    for row in rows {
        let (seq, client) = row.context("reading the access log")?;
        listed.entry(seq).or_default().push(client);
    }
    Ok(listed)
}

/// A stored row with the hashes it claims.
pub(crate) struct StoredEntry {
    pub entry: Entry,
    pub prev_hash: Hash,
    pub hash: Hash,
}

/// Reads entries in order: the whole log, or one client's part of it.
pub(crate) fn read(
    conn: &rusqlite::Connection,
    client: Option<ClientId>,
) -> Result<Vec<StoredEntry>> {
    let sql = "SELECT l.seq, l.at, l.actor, l.channel, l.client_id, l.action, l.record, \
               l.record_id, l.purpose, l.prev_hash, l.hash, c.uid, l.format, l.actor_id \
               FROM access_log l LEFT JOIN client c ON c.id = l.client_id \
               WHERE ?1 IS NULL OR l.client_id = ?1 \
                  OR l.seq IN (SELECT seq FROM access_log_listed WHERE client_id = ?1) \
               ORDER BY l.seq";
    let whose = client;
    let client = client
        .map(|c| crate::clients::client_row(conn, c))
        .transpose()?;
    let listed = listed_rows(conn, client)?;
    let mut stmt = conn.prepare(sql).context("reading the access log")?;
    let rows = stmt
        .query_map([client], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, Option<i64>>(4)?,
                row.get::<_, String>(5)?,
                row.get::<_, String>(6)?,
                row.get::<_, Option<i64>>(7)?,
                row.get::<_, String>(8)?,
                row.get::<_, Vec<u8>>(9)?,
                row.get::<_, Vec<u8>>(10)?,
                row.get::<_, Option<String>>(11)?,
                row.get::<_, i64>(12)?,
                row.get::<_, Option<String>>(13)?,
            ))
        })
        .context("reading the access log")?;
    let damaged = |context| StoreError::CorruptRow { context };
    rows.map(|row| {
        let (
            seq,
            at,
            actor,
            channel,
            client,
            action,
            record,
            record_id,
            purpose,
            prev,
            hash,
            uid,
            format,
            actor_id,
        ) = row.context("reading the access log")?;
        Ok(StoredEntry {
            entry: Entry {
                seq,
                format,
                actor_id: actor_id
                    .map(|u| crate::clients::parse_uid(&u).map(ProfessionalId))
                    .transpose()?,
                at: DateTime::parse_from_rfc3339(&at)
                    .map_err(|_| damaged("an access log time is not a time"))?
                    .with_timezone(&Utc),
                actor,
                channel: Channel::parse(&channel)
                    .ok_or_else(|| damaged("an access log channel is unknown"))?,
                // A client's part of the log is all about them, the
                // searches that showed them included.
                client: match whose {
                    Some(client) => Some(client),
                    None => uid
                        .map(|u| crate::clients::parse_uid(&u).map(ClientId))
                        .transpose()?,
                },
                listed: listed.get(&seq).cloned().unwrap_or_default(),
                client_row: client,
                action: Action::parse(&action)
                    .ok_or_else(|| damaged("an access log action is unknown"))?,
                record,
                record_id,
                purpose: Purpose::parse(&purpose)
                    .ok_or_else(|| damaged("an access log purpose is unknown"))?,
            },
            prev_hash: to_hash(&prev)?,
            hash: to_hash(&hash)?,
        })
    })
    .collect()
}

impl crate::Store {
    /// One client's part of the log, oldest first: the client's right to
    /// know who has used their data. Reading it is itself logged.
    pub fn access_log_for(&mut self, client: ClientId, purpose: Purpose) -> Result<Vec<Entry>> {
        self.logged("reading a client's access log", |tx| {
            crate::clients::read_client(tx, client)?;
            let entries = read(tx, Some(client))?
                .into_iter()
                .map(|stored| stored.entry)
                .collect();
            let access = Access {
                client: Some(client),
                action: Action::Read,
                record: "access-log",
                record_id: None,
                purpose,
                listed: Vec::new(),
            };
            Ok((entries, vec![access]))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(seq: i64) -> Entry {
        Entry {
            seq,
            format: FORMAT,
            actor_id: Some(ProfessionalId::from_u128(3)),
            at: DateTime::parse_from_rfc3339("2026-11-24T10:00:00.123Z")
                .unwrap()
                .with_timezone(&Utc),
            actor: "Hoitaja Demo".into(),
            channel: Channel::App,
            client: Some(ClientId::from_u128(7)),
            client_row: Some(7),
            action: Action::Read,
            record: "client".into(),
            record_id: Some(7),
            purpose: Purpose::Care,
            listed: vec![3, 4],
        }
    }

    #[test]
    fn every_field_changes_the_hash() {
        let prev = genesis("store");
        let base = entry_hash(&prev, &entry(1));
        let mut changed = vec![];
        let mut e = entry(1);
        e.seq = 2;
        changed.push(e);
        let mut e = entry(1);
        e.actor.push('x');
        changed.push(e);
        let mut e = entry(1);
        e.actor_id = None;
        changed.push(e);
        let mut e = entry(1);
        e.actor_id = Some(ProfessionalId::from_u128(4));
        changed.push(e);
        let mut e = entry(1);
        e.format = 1;
        changed.push(e);
        let mut e = entry(1);
        e.listed.pop();
        changed.push(e);
        let mut e = entry(1);
        e.channel = Channel::Cli;
        changed.push(e);
        let mut e = entry(1);
        e.client_row = None;
        changed.push(e);
        let mut e = entry(1);
        e.action = Action::Update;
        changed.push(e);
        let mut e = entry(1);
        e.record_id = Some(8);
        changed.push(e);
        let mut e = entry(1);
        e.purpose = Purpose::Administration;
        changed.push(e);
        let mut e = entry(1);
        e.at += chrono::Duration::milliseconds(1);
        changed.push(e);
        for e in changed {
            assert_ne!(entry_hash(&prev, &e), base, "{e:?}");
        }
        assert_ne!(entry_hash(&genesis("other"), &entry(1)), base);
    }

    /// Entries written before profiles keep the hash they were written
    /// with: format 1 covers no actor id.
    #[test]
    fn format_1_hashes_without_the_actor_id() {
        let prev = genesis("store");
        let mut old = entry(1);
        old.format = 1;
        old.actor_id = None;
        let mut with_id = old.clone();
        with_id.actor_id = Some(ProfessionalId::from_u128(3));
        assert_eq!(entry_hash(&prev, &old), entry_hash(&prev, &with_id));
    }

    #[test]
    fn enum_texts_round_trip() {
        for a in [
            Action::Read,
            Action::Create,
            Action::Update,
            Action::Search,
            Action::Export,
        ] {
            assert_eq!(Action::parse(a.as_str()), Some(a));
        }
        for p in [
            Purpose::Care,
            Purpose::JointAppointment,
            Purpose::ClientRequest,
            Purpose::Administration,
            Purpose::KnowledgeManagement,
        ] {
            assert_eq!(Purpose::parse(p.as_str()), Some(p));
        }
    }
}
