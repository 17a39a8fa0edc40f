//! Clients: add, get, list and search.

use chrono::Utc;
use kohtaamo_model::client::ValidNewClient;
use kohtaamo_model::{Client, ClientId, ClientSummary, Language, PersonalIdentityCode};
use rusqlite::{params, ErrorCode, Row, Transaction, TransactionBehavior};

use crate::error::SqlContext;
use crate::{Result, Store, StoreError};

/// The most rows one search or listing returns: a person scans a screenful,
/// then narrows the search.
pub const MAX_RESULTS: usize = 200;

impl Store {
    /// Saves a new client. When this returns, the client is on disk.
    pub fn add_client(&mut self, client: &ValidNewClient) -> Result<Client> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting to add a client")?;
        let id = insert_client(&tx, client)?;
        tx.commit().context("saving the client")?;
        Ok(Client {
            id,
            name: client.name.clone(),
            hetu: client.hetu.clone(),
            language: client.language,
        })
    }

    /// Saves many clients in one transaction (demo data, imports).
    pub fn add_clients<'a>(
        &mut self,
        clients: impl IntoIterator<Item = &'a ValidNewClient>,
    ) -> Result<usize> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting to add clients")?;
        let mut added = 0;
        for client in clients {
            insert_client(&tx, client)?;
            added += 1;
        }
        tx.commit().context("saving the clients")?;
        Ok(added)
    }

    pub fn get_client(&self, id: ClientId) -> Result<Client> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name, hetu, language FROM client WHERE id = ?1")
            .context("reading a client")?;
        let mut rows = stmt.query([id.0]).context("reading a client")?;
        match rows.next().context("reading a client")? {
            Some(row) => client_from_row(row),
            None => Err(StoreError::ClientNotFound(id)),
        }
    }

    /// Clients whose name contains `query` (any case), or whose henkilötunnus
    /// starts with it. An empty query lists clients by name.
    pub fn search_clients(&self, query: &str) -> Result<Vec<ClientSummary>> {
        let folded = fold(query);
        let pattern = format!("%{}%", escape_like(&folded));
        let hetu_prefix = format!("{}%", escape_like(&query.trim().to_uppercase()));
        let mut stmt = self
            .conn
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

    pub fn count_clients(&self) -> Result<usize> {
        self.conn
            .query_row("SELECT count(*) FROM client", [], |row| {
                row.get::<_, i64>(0)
            })
            .context("counting clients")
            .map(|n| n as usize)
    }
}

fn insert_client(tx: &Transaction<'_>, client: &ValidNewClient) -> Result<ClientId> {
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
