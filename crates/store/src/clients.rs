//! Clients: add, get, list and search.

use chrono::Utc;
use kohtaamo_model::client::ValidNewClient;
use kohtaamo_model::{Client, ClientId, ClientSummary, Language, PersonalIdentityCode};
use rusqlite::{params, Connection, ErrorCode, Row};

use crate::access_log::{Access, Action, Purpose};
use crate::error::SqlContext;
use crate::{Result, Store, StoreError};

/// The most rows one search or listing returns: a person scans a screenful,
/// then narrows the search.
pub const MAX_RESULTS: usize = 200;

impl Store {
    /// Saves a new client. When this returns, the client and the log entry
    /// of the save are on disk.
    pub fn add_client(&mut self, client: &ValidNewClient, purpose: Purpose) -> Result<Client> {
        self.logged("adding a client", |tx| {
            let id = insert_client(tx, client)?;
            let saved = Client {
                id,
                name: client.name.clone(),
                hetu: client.hetu.clone(),
                language: client.language,
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
        self.logged("adding clients", |tx| {
            let mut accesses = Vec::new();
            for client in clients {
                let id = insert_client(tx, client)?;
                accesses.push(client_access(id, Action::Create, purpose));
            }
            Ok((accesses.len(), accesses))
        })
    }

    /// Reads a client; the read is logged before the client is returned.
    pub fn get_client(&mut self, id: ClientId, purpose: Purpose) -> Result<Client> {
        self.logged("reading a client", |tx| {
            let client = read_client(tx, id)?;
            Ok((client, vec![client_access(id, Action::Read, purpose)]))
        })
    }

    /// Clients whose name contains `query` (any case), or whose henkilötunnus
    /// starts with it. An empty query lists clients by name.
    ///
    /// A search is logged as one entry without a client: listing names to
    /// pick from is not yet using anyone's case, and one entry per listed
    /// client would bury the reads that are.
    pub fn search_clients(&mut self, query: &str, purpose: Purpose) -> Result<Vec<ClientSummary>> {
        self.logged("searching clients", |tx| {
            let found = search(tx, query)?;
            let access = Access {
                client: None,
                action: Action::Search,
                record: "client",
                record_id: None,
                purpose,
            };
            Ok((found, vec![access]))
        })
    }

    /// Every client's id and name, in name order (`kohtaamo-admin list`),
    /// logged as one listing entry like a search.
    pub fn list_clients(&mut self, purpose: Purpose) -> Result<Vec<(ClientId, String)>> {
        self.logged("listing clients", |tx| {
            let mut stmt = tx
                .prepare("SELECT id, name FROM client ORDER BY name_folded, id")
                .context("listing clients")?;
            let rows = stmt
                .query_map([], |row| Ok((ClientId(row.get(0)?), row.get(1)?)))
                .context("listing clients")?;
            let list = rows
                .collect::<rusqlite::Result<Vec<_>>>()
                .context("listing clients")?;
            let access = Access {
                client: None,
                action: Action::Search,
                record: "client-list",
                record_id: None,
                purpose,
            };
            Ok((list, vec![access]))
        })
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

fn client_access(id: ClientId, action: Action, purpose: Purpose) -> Access {
    Access {
        client: Some(id),
        action,
        record: "client",
        record_id: Some(id.0),
        purpose,
    }
}

pub(crate) fn read_client(conn: &Connection, id: ClientId) -> Result<Client> {
    let mut stmt = conn
        .prepare_cached("SELECT id, name, hetu, language FROM client WHERE id = ?1")
        .context("reading a client")?;
    let mut rows = stmt.query([id.0]).context("reading a client")?;
    match rows.next().context("reading a client")? {
        Some(row) => client_from_row(row),
        None => Err(StoreError::ClientNotFound(id)),
    }
}

fn search(conn: &Connection, query: &str) -> Result<Vec<ClientSummary>> {
    let folded = fold(query);
    let pattern = format!("%{}%", escape_like(&folded));
    let hetu_prefix = format!("{}%", escape_like(&query.trim().to_uppercase()));
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, name, hetu FROM client \
             WHERE name_folded LIKE ?1 ESCAPE '\\' OR hetu LIKE ?2 ESCAPE '\\' \
             ORDER BY name_folded, id LIMIT ?3",
        )
        .context("searching clients")?;
    let rows = stmt
        .query_map(params![pattern, hetu_prefix, MAX_RESULTS as i64], |row| {
            Ok((
                row.get(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
            ))
        })
        .context("searching clients")?;
    rows.map(|row| {
        let (id, name, hetu) = row.context("searching clients")?;
        Ok(ClientSummary {
            id: ClientId(id),
            name,
            hetu: parse_hetu(&hetu)?,
        })
    })
    .collect()
}

fn insert_client(tx: &Connection, client: &ValidNewClient) -> Result<ClientId> {
    let inserted = tx.execute(
        "INSERT INTO client (name, name_folded, hetu, language, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            client.name,
            fold(&client.name),
            client.hetu.as_str(),
            client.language.code(),
            Utc::now().to_rfc3339(),
        ],
    );
    match inserted {
        Ok(_) => Ok(ClientId(tx.last_insert_rowid())),
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
    let read = |row: &Row<'_>| -> rusqlite::Result<(i64, String, String, String)> {
        Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
    };
    let (id, name, hetu, language) = read(row).context("reading a client")?;
    Ok(Client {
        id: ClientId(id),
        name,
        hetu: parse_hetu(&hetu)?,
        language: Language::from_code(&language).ok_or(StoreError::CorruptRow {
            context: "client language",
        })?,
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

fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}
