//! Earlier versions of case records (`record_version`, append-only): a
//! change to a record appends the version it replaces in the same
//! transaction, so nothing written is ever lost to an overwrite.

use chrono::{DateTime, SecondsFormat, Utc};
use kohtaamo_model::case::authorship::Author;
use kohtaamo_model::case::history::Earlier;
use kohtaamo_model::case::professional::ProfessionalId;
use kohtaamo_model::id::RecordId;
use kohtaamo_model::ClientId;
use rusqlite::{params, Connection};

use crate::error::SqlContext;
use crate::records::Record;
use crate::{Result, StoreError};

/// Keeps what row `row` of `R` was at `revision` (`body`), now that
/// `author` replaces it.
pub(crate) fn keep_version<R: Record>(
    conn: &Connection,
    row: i64,
    revision: i64,
    body: &str,
    author: Author,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO record_version \
         (record_kind, record_row, revision, body, replaced_at, replaced_by) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .and_then(|mut stmt| {
        stmt.execute(params![
            R::KIND,
            row,
            revision,
            body,
            Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true),
            author.professional.0.to_string(),
        ])
    })
    .context("keeping the earlier version")?;
    Ok(())
}

/// Every earlier version of `client`'s records of kind `R`, oldest first.
pub(crate) fn earlier_of<R: Record>(
    conn: &Connection,
    client: ClientId,
) -> Result<Vec<Earlier<R>>> {
    let sql = format!(
        "SELECT t.uid, v.revision, v.replaced_at, v.replaced_by, v.body \
         FROM record_version v JOIN {} t ON t.id = v.record_row \
         WHERE v.record_kind = ?1 AND t.client_id = (SELECT id FROM client WHERE uid = ?2) \
         ORDER BY v.id",
        R::TABLE
    );
    let mut stmt = conn
        .prepare_cached(&sql)
        .context("reading earlier versions")?;
    let rows = stmt
        .query_map(params![R::KIND, client.0.to_string()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
            ))
        })
        .context("reading earlier versions")?;
    let damaged = || StoreError::CorruptRow {
        context: "an earlier version",
    };
    rows.map(|row| {
        let (id, revision, at, by, body) = row.context("reading earlier versions")?;
        Ok(Earlier {
            id: RecordId(crate::clients::parse_uid(&id)?),
            revision,
            replaced_at: DateTime::parse_from_rfc3339(&at)
                .map_err(|_| damaged())?
                .with_timezone(&Utc),
            replaced_by: by
                .map(|b| crate::clients::parse_uid(&b).map(ProfessionalId))
                .transpose()?,
            record: serde_json::from_str(&body).map_err(|_| damaged())?,
        })
    })
    .collect()
}
