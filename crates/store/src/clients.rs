//! Clients: add, get, list and search.

use chrono::Utc;
use kohtaamo_model::client::ValidNewClient;
use kohtaamo_model::{Client, ClientId, ClientSummary, Language, PersonalIdentityCode};
use rusqlite::{params, Connection, ErrorCode, Row};

use crate::access_log::{Access, Action, Purpose};
use crate::error::SqlContext;
use crate::{Result, Store, StoreError};

/// A change to a client's name and language (the henkilötunnus is the
/// client's identity and is not changed in place).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientChange {
    pub name: String,
    pub language: Language,
}

/// The most rows one search or listing returns: a person scans a screenful,
/// then narrows the search.
pub const MAX_RESULTS: usize = 200;

impl Store {
    /// Saves a new client. When this returns, the client and the log entry
    /// of the save are on disk.
    pub fn add_client(&mut self, client: &ValidNewClient, purpose: Purpose) -> Result<Client> {
        self.refuse_real_people_in_demo(std::slice::from_ref(client))?;
        self.logged("adding a client", |tx| {
            let id = insert_client(tx, client)?;
            let saved = Client {
                id,
                name: client.name.clone(),
                hetu: client.hetu.clone(),
                language: client.language,
                plain_language: false,
            };
            Ok((saved, vec![client_access(id, Action::Create, purpose)]))
        })
    }

    /// Saves many clients in one transaction (demo data, imports), each with
    /// its own log entry.
    pub fn add_clients<'a>(
        &mut self,
        clients: impl IntoIterator<Item = &'a ValidNewClient>,
        purpose: Purpose,
    ) -> Result<usize> {
        let clients: Vec<&ValidNewClient> = clients.into_iter().collect();
        self.refuse_real_people_in_demo(clients.iter().copied())?;
        self.logged("adding clients", |tx| {
            let mut accesses = Vec::new();
            for client in clients {
                let id = insert_client(tx, client)?;
                accesses.push(client_access(id, Action::Create, purpose));
            }
            Ok((accesses.len(), accesses))
        })
    }

    /// Marks this store as the demo store: from then on it takes only
    /// temporary henkilötunnus codes (synthetic people), whoever adds them.
    pub fn mark_as_demo(&mut self) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO store_meta (key, value) VALUES ('demo', '1') \
                 ON CONFLICT (key) DO NOTHING",
                [],
            )
            .context("marking the demo store")
            .map(drop)
    }

    pub fn is_demo(&self) -> Result<bool> {
        self.conn
            .query_row(
                "SELECT count(*) FROM store_meta WHERE key = 'demo'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .context("reading whether the store is the demo")
            .map(|n| n > 0)
    }

    fn refuse_real_people_in_demo<'a>(
        &self,
        clients: impl IntoIterator<Item = &'a ValidNewClient>,
    ) -> Result<()> {
        if self.is_demo()? && clients.into_iter().any(|c| !c.hetu.is_temporary()) {
            return Err(StoreError::Rule(
                kohtaamo_model::rule::CaseError::DemoNeedsTemporaryHetu.into(),
            ));
        }
        Ok(())
    }

    /// Reads a client; the read is logged before the client is returned.
    pub fn get_client(&mut self, id: ClientId, purpose: Purpose) -> Result<Client> {
        self.logged("reading a client", |tx| {
            let client = read_client(tx, id)?;
            Ok((client, vec![client_access(id, Action::Read, purpose)]))
        })
    }

    /// Clients matching what was typed into the search box: a query that
    /// starts with a digit is the beginning of a henkilötunnus; otherwise
    /// every word typed must begin a word of the name (any case, so
    /// "aino virt" finds "Virtanen Aino Maria"). An empty query lists
    /// clients by name. At most [`MAX_RESULTS`] clients, in name order.
    ///
    /// A search is logged as one entry without a client: listing names to
    /// pick from is not yet using anyone's case, and one entry per listed
    /// client would bury the reads that are.
    pub fn search_clients(&mut self, query: &str, purpose: Purpose) -> Result<Vec<ClientSummary>> {
        self.logged("searching clients", |tx| {
            let (rows, found): (Vec<i64>, Vec<ClientSummary>) =
                search(tx, query)?.into_iter().unzip();
            // One entry names every client the list showed.
            let access = Access {
                client: None,
                action: Action::Search,
                record: "client",
                record_id: None,
                purpose,
                listed: rows,
            };
            Ok((found, vec![access]))
        })
    }

    /// Every client's id and name, in name order (`kohtaamo-admin list`),
    /// logged as one listing entry like a search.
    pub fn list_clients(&mut self, purpose: Purpose) -> Result<Vec<(ClientId, String)>> {
        self.logged("listing clients", |tx| {
            let mut stmt = tx
                .prepare("SELECT id, uid, name FROM client ORDER BY name_folded, id")
                .context("listing clients")?;
            let rows = stmt
                .query_map([], |row| {
                    Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?, row.get(2)?))
                })
                .context("listing clients")?;
            let (shown, list): (Vec<i64>, Vec<(ClientId, String)>) = rows
                .map(|row| {
                    let (row, id, name) = row.context("listing clients")?;
                    Ok((row, (ClientId(parse_uid(&id)?), name)))
                })
                .collect::<Result<Vec<_>>>()?
                .into_iter()
                .unzip();
            let access = Access {
                client: None,
                action: Action::Search,
                record: "client-list",
                record_id: None,
                purpose,
                listed: shown,
            };
            Ok((list, vec![access]))
        })
    }

    /// Changes a client's name and language, if the client is still at
    /// `revision` (what the caller read). A client changed in between is
    /// refused with [`StoreError::StaleRevision`], never overwritten.
    pub fn update_client(
        &mut self,
        id: ClientId,
        revision: i64,
        change: &ClientChange,
        purpose: Purpose,
    ) -> Result<i64> {
        self.logged("changing a client", |tx| {
            let found: i64 = tx
                .prepare_cached("SELECT revision FROM client WHERE uid = ?1")
                .and_then(|mut stmt| stmt.query_row([id.0.to_string()], |row| row.get(0)))
                .map_err(|e| match e {
                    rusqlite::Error::QueryReturnedNoRows => StoreError::ClientNotFound(id),
                    source => StoreError::Sqlite {
                        context: "changing a client",
                        source,
                    },
                })?;
            if found != revision {
                return Err(StoreError::StaleRevision {
                    expected: revision,
                    found,
                });
            }
            tx.prepare_cached(
                "UPDATE client SET name = ?2, name_folded = ?3, language = ?4, \
                 revision = revision + 1 WHERE uid = ?1",
            )
            .and_then(|mut stmt| {
                stmt.execute(params![
                    id.0.to_string(),
                    change.name,
                    fold(&change.name),
                    change.language.code()
                ])
            })
            .context("changing a client")?;
            Ok((
                revision + 1,
                vec![client_access(id, Action::Update, purpose)],
            ))
        })
    }

    /// Sets the language `client` is served in and whether in plain Finnish
    /// (selkosuomi), the client view's and the handouts' words. A choice of
    /// the moment, so the newest wins; the revision still counts it.
    pub fn set_client_language(
        &mut self,
        client: ClientId,
        language: Language,
        plain_language: bool,
        purpose: Purpose,
    ) -> Result<Client> {
        self.logged("changing a client's language", |tx| {
            let changed = tx
                .prepare_cached(
                    "UPDATE client SET language = ?2, plain_language = ?3, \
                     revision = revision + 1 WHERE uid = ?1",
                )
                .and_then(|mut stmt| {
                    stmt.execute(params![
                        client.0.to_string(),
                        language.code(),
                        plain_language
                    ])
                })
                .context("changing a client's language")?;
            if changed == 0 {
                return Err(StoreError::ClientNotFound(client));
            }
            let saved = read_client(tx, client)?;
            Ok((saved, vec![client_access(client, Action::Update, purpose)]))
        })
    }

    /// A client's current revision, for a caller about to change it.
    pub fn client_revision(&self, id: ClientId) -> Result<i64> {
        self.conn
            .prepare_cached("SELECT revision FROM client WHERE uid = ?1")
            .and_then(|mut stmt| stmt.query_row([id.0.to_string()], |row| row.get(0)))
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => StoreError::ClientNotFound(id),
                source => StoreError::Sqlite {
                    context: "reading a client's revision",
                    source,
                },
            })
    }

    /// Every client, unlogged: only for building demo data and benchmark
    /// workloads on synthetic stores.
    pub(crate) fn search_all_for_benchmarks(&self) -> Result<Vec<ClientSummary>> {
        let mut stmt = self
            .conn
            .prepare("SELECT uid, name, hetu, id FROM client ORDER BY id")
            .context("listing clients")?;
        let rows = stmt.query_map([], summary_row).context("listing clients")?;
        rows.map(|row| {
            let (id, name, hetu, _) = row.context("listing clients")?;
            Ok(ClientSummary {
                id: ClientId(parse_uid(&id)?),
                name,
                hetu: parse_hetu(&hetu)?,
            })
        })
        .collect()
    }

    /// Clients without a joint clientship yet, unlogged: only for giving
    /// synthetic demo clients their synthetic cases. In the order they were
    /// added, or (`by_name`) as the client list shows them.
    pub(crate) fn client_ids_for_demo(&self, by_name: bool) -> Result<Vec<ClientId>> {
        let order = if by_name { "name_folded, id" } else { "id" };
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT uid FROM client WHERE id NOT IN (SELECT client_id FROM clientship) ORDER BY {order}"
            ))
            .context("listing clients")?;
        let rows = stmt
            .query_map([], |row| row.get::<_, String>(0))
            .context("listing clients")?;
        rows.map(|row| Ok(ClientId(parse_uid(&row.context("listing clients")?)?)))
            .collect()
    }

    pub fn count_clients(&self) -> Result<usize> {
        self.conn
            .query_row("SELECT count(*) FROM client", [], |row| {
                row.get::<_, i64>(0)
            })
            .context("counting clients")
            .map(|n| n as usize)
    }
}

/// An access to the client record itself: whose it is says which.
fn client_access(id: ClientId, action: Action, purpose: Purpose) -> Access {
    Access {
        client: Some(id),
        action,
        record: "client",
        record_id: None,
        purpose,
        listed: Vec::new(),
    }
}

/// The store's own row number of a client, for the tables that refer to it.
pub(crate) fn client_row(conn: &Connection, id: ClientId) -> Result<i64> {
    conn.prepare_cached("SELECT id FROM client WHERE uid = ?1")
        .and_then(|mut stmt| stmt.query_row([id.0.to_string()], |row| row.get(0)))
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => StoreError::ClientNotFound(id),
            source => StoreError::Sqlite {
                context: "finding a client",
                source,
            },
        })
}

/// An id as the store keeps it, in text.
pub(crate) fn parse_uid(text: &str) -> Result<uuid::Uuid> {
    uuid::Uuid::parse_str(text).map_err(|_| StoreError::CorruptRow { context: "an id" })
}

pub(crate) fn read_client(conn: &Connection, id: ClientId) -> Result<Client> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT uid, name, hetu, language, plain_language FROM client WHERE uid = ?1",
        )
        .context("reading a client")?;
    let mut rows = stmt.query([id.0.to_string()]).context("reading a client")?;
    match rows.next().context("reading a client")? {
        Some(row) => client_from_row(row),
        None => Err(StoreError::ClientNotFound(id)),
    }
}

/// What a search box query asks for.
#[derive(Debug, PartialEq, Eq)]
enum Query {
    /// Nothing typed: the first clients by name.
    All,
    /// A henkilötunnus or its beginning (starts with a digit).
    HetuPrefix(String),
    /// Words of a name, each matching the beginning of a word of the name.
    NameWords(Vec<String>),
    /// Only characters that are neither letters nor digits: matches nothing.
    Nothing,
}

impl Query {
    fn parse(raw: &str) -> Self {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Self::All;
        }
        if trimmed.starts_with(|c: char| c.is_ascii_digit())
            && trimmed.len() <= 11
            && trimmed
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '+')
        {
            return Self::HetuPrefix(trimmed.to_ascii_uppercase());
        }
        // The same split as FTS5's unicode61 tokenizer: runs of letters and
        // digits are words; everything else separates them.
        let words: Vec<String> = fold(trimmed)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        if words.is_empty() {
            Self::Nothing
        } else {
            Self::NameWords(words)
        }
    }
}

/// The clients a search finds, each with its row number (which the access
/// log names).
fn search(conn: &Connection, raw: &str) -> Result<Vec<(i64, ClientSummary)>> {
    let limit = MAX_RESULTS as i64;
    let (sql, argument) = match Query::parse(raw) {
        Query::Nothing => return Ok(Vec::new()),
        Query::All => (
            "SELECT uid, name, hetu, id FROM client ORDER BY name_folded, id LIMIT ?2",
            String::new(),
        ),
        // Every henkilötunnus character sorts below '~', so this range is
        // exactly the codes that start with the prefix, read from the index.
        Query::HetuPrefix(prefix) => (
            "SELECT uid, name, hetu, id FROM client WHERE hetu >= ?1 AND hetu < ?1 || '~' \
             ORDER BY name_folded, id LIMIT ?2",
            prefix,
        ),
        // Each word quoted (so FTS5 syntax typed by a user is just text) and
        // made a prefix query; words are ANDed.
        Query::NameWords(words) => (
            "SELECT c.uid, c.name, c.hetu, c.id FROM client_search s JOIN client c ON c.id = s.rowid \
             WHERE client_search MATCH ?1 ORDER BY c.name_folded, c.id LIMIT ?2",
            words
                .iter()
                .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
                .collect::<Vec<_>>()
                .join(" "),
        ),
    };
    let mut stmt = conn.prepare_cached(sql).context("searching clients")?;
    let rows = if argument.is_empty() {
        stmt.query_map(params![rusqlite::types::Null, limit], summary_row)
    } else {
        stmt.query_map(params![argument, limit], summary_row)
    }
    .context("searching clients")?;
    rows.map(|row| {
        let (id, name, hetu, row) = row.context("searching clients")?;
        Ok((
            row,
            ClientSummary {
                id: ClientId(parse_uid(&id)?),
                name,
                hetu: parse_hetu(&hetu)?,
            },
        ))
    })
    .collect()
}

fn summary_row(row: &Row<'_>) -> rusqlite::Result<(String, String, String, i64)> {
    Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
}

fn insert_client(tx: &Connection, client: &ValidNewClient) -> Result<ClientId> {
    let id = ClientId(uuid::Uuid::now_v7());
    let inserted = tx.execute(
        "INSERT INTO client (uid, name, name_folded, hetu, language, created_at) \
         VALUES (?6, ?1, ?2, ?3, ?4, ?5)",
        params![
            client.name,
            fold(&client.name),
            client.hetu.as_str(),
            client.language.code(),
            Utc::now().to_rfc3339(),
            id.0.to_string(),
        ],
    );
    match inserted {
        Ok(_) => Ok(id),
        Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == ErrorCode::ConstraintViolation => {
            Err(StoreError::DuplicateHetu)
        }
        Err(source) => Err(StoreError::Sqlite {
            context: "adding a client",
            source,
        }),
    }
}

fn client_from_row(row: &Row<'_>) -> Result<Client> {
    type Fields = (String, String, String, String, bool);
    let read = |row: &Row<'_>| -> rusqlite::Result<Fields> {
        Ok((
            row.get(0)?,
            row.get(1)?,
            row.get(2)?,
            row.get(3)?,
            row.get(4)?,
        ))
    };
    let (id, name, hetu, language, plain_language) = read(row).context("reading a client")?;
    Ok(Client {
        id: ClientId(parse_uid(&id)?),
        name,
        hetu: parse_hetu(&hetu)?,
        language: Language::from_code(&language).ok_or(StoreError::CorruptRow {
            context: "client language",
        })?,
        plain_language,
    })
}

fn parse_hetu(raw: &str) -> Result<PersonalIdentityCode> {
    raw.parse().map_err(|_| StoreError::CorruptRow {
        context: "client henkilötunnus",
    })
}

/// Case-folds for search, beyond ASCII: SQLite's own LIKE folds only A–Z.
fn fold(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_read_as_a_person_means_them() {
        assert_eq!(Query::parse("  "), Query::All);
        assert_eq!(Query::parse("010190"), Query::HetuPrefix("010190".into()));
        assert_eq!(
            Query::parse("290200a977u"),
            Query::HetuPrefix("290200A977U".into())
        );
        assert_eq!(
            Query::parse("Äijö  VIRTA"),
            Query::NameWords(vec!["äijö".into(), "virta".into()])
        );
        assert_eq!(
            Query::parse("O'Brien-Virtanen"),
            Query::NameWords(vec!["o".into(), "brien".into(), "virtanen".into()])
        );
        assert_eq!(Query::parse("%_*\""), Query::Nothing);
    }
}
