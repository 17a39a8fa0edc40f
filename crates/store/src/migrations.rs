//! Versioned schema migrations, tracked in SQLite's `user_version`.
//!
//! Each entry moves the schema one version forward and runs in its own
//! transaction together with the version bump, so a crash leaves the store at
//! the old version or the new one. Entries are never edited once released:
//! a change to the schema is a new entry.

use rusqlite::Connection;

use crate::error::SqlContext;
use crate::{Result, StoreError};

/// One step of the schema: SQL, or Rust where rows must be rewritten.
enum Migration {
    Sql(&'static str),
    Rust(fn(&rusqlite::Transaction<'_>) -> Result<()>),
}

const MIGRATIONS: &[Migration] = &[
    // 1: the walking skeleton — store identity and clients.
    Migration::Sql(
        r#"
    CREATE TABLE store_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE client (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        -- lower-cased copy for case-insensitive search beyond ASCII (ä, ö, å)
        name_folded TEXT NOT NULL,
        hetu        TEXT NOT NULL UNIQUE,
        language    TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en', 'other')),
        created_at  TEXT NOT NULL,
        revision    INTEGER NOT NULL DEFAULT 1
    ) STRICT;

    CREATE INDEX client_name_folded ON client (name_folded);
    "#,
    ),
    // 2: the access log, a hash chain (see access_log.rs). No UPDATE or
    // DELETE is ever issued on it; the triggers make an accidental one fail
    // loudly instead of breaking the chain silently.
    Migration::Sql(
        r#"
    CREATE TABLE access_log (
        seq        INTEGER PRIMARY KEY,
        at         TEXT NOT NULL,
        actor      TEXT NOT NULL,
        channel    TEXT NOT NULL,
        client_id  INTEGER,
        action     TEXT NOT NULL,
        record     TEXT NOT NULL,
        record_id  INTEGER,
        purpose    TEXT NOT NULL,
        prev_hash  BLOB NOT NULL,
        hash       BLOB NOT NULL
    ) STRICT;

    CREATE INDEX access_log_client ON access_log (client_id, seq);

    CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
    CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
    "#,
    ),
    // 3: client search by word prefixes of the name (FTS5, inside the
    // encrypted file like everything else). Diacritics are kept: ä and a
    // are different letters in Finnish and Swedish.
    Migration::Sql(
        r#"
    CREATE VIRTUAL TABLE client_search USING fts5 (
        name_folded,
        content = 'client',
        content_rowid = 'id',
        tokenize = "unicode61 remove_diacritics 0"
    );
    CREATE TRIGGER client_search_insert AFTER INSERT ON client BEGIN
        INSERT INTO client_search (rowid, name_folded) VALUES (new.id, new.name_folded);
    END;
    CREATE TRIGGER client_search_delete AFTER DELETE ON client BEGIN
        INSERT INTO client_search (client_search, rowid, name_folded)
        VALUES ('delete', old.id, old.name_folded);
    END;
    CREATE TRIGGER client_search_update AFTER UPDATE OF name_folded ON client BEGIN
        INSERT INTO client_search (client_search, rowid, name_folded)
        VALUES ('delete', old.id, old.name_folded);
        INSERT INTO client_search (rowid, name_folded) VALUES (new.id, new.name_folded);
    END;
    INSERT INTO client_search (client_search) VALUES ('rebuild');
    CREATE INDEX client_hetu_prefix ON client (hetu);
    "#,
    ),
    // 4: the case. Each record is one row: the columns the store queries
    // or guards on, and the record itself as JSON (`body`), shaped by
    // kohtaamo-model. Every row carries a revision so a stale write is
    // refused. Segment assessments are a history and never change.
    Migration::Sql(
        r#"
    CREATE TABLE professional (
        id       INTEGER PRIMARY KEY,
        body     TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1
    ) STRICT;

    CREATE TABLE clientship (
        id        INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL UNIQUE REFERENCES client (id),
        body      TEXT NOT NULL,
        revision  INTEGER NOT NULL DEFAULT 1
    ) STRICT;

    CREATE TABLE segment_assessment (
        id        INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client (id),
        body      TEXT NOT NULL,
        revision  INTEGER NOT NULL DEFAULT 1
    ) STRICT;
    CREATE INDEX segment_assessment_client ON segment_assessment (client_id, id);
    CREATE TRIGGER segment_assessment_history BEFORE UPDATE ON segment_assessment
    BEGIN SELECT RAISE(ABORT, 'a segment assessment is history and cannot change'); END;

    CREATE TABLE holistic_assessment (
        id        INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client (id),
        body      TEXT NOT NULL,
        revision  INTEGER NOT NULL DEFAULT 1
    ) STRICT;
    CREATE INDEX holistic_assessment_client ON holistic_assessment (client_id, id);

    CREATE TABLE plan_version (
        id        INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client (id),
        number    INTEGER NOT NULL,
        agreed    INTEGER NOT NULL CHECK (agreed IN (0, 1)),
        body      TEXT NOT NULL,
        revision  INTEGER NOT NULL DEFAULT 1,
        UNIQUE (client_id, number)
    ) STRICT;
    CREATE TRIGGER plan_version_locked BEFORE UPDATE ON plan_version WHEN old.agreed = 1
    BEGIN SELECT RAISE(ABORT, 'an agreed plan version cannot change'); END;

    CREATE TABLE appointment (
        id        INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client (id),
        body      TEXT NOT NULL,
        revision  INTEGER NOT NULL DEFAULT 1
    ) STRICT;
    CREATE INDEX appointment_client ON appointment (client_id, id);

    CREATE TABLE consent (
        id        INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client (id),
        body      TEXT NOT NULL,
        revision  INTEGER NOT NULL DEFAULT 1
    ) STRICT;
    CREATE INDEX consent_client ON consent (client_id, id);

    CREATE TABLE service_use (
        id        INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client (id),
        body      TEXT NOT NULL,
        revision  INTEGER NOT NULL DEFAULT 1
    ) STRICT;
    CREATE INDEX service_use_client ON service_use (client_id, id);
    "#,
    ),
    // 5: the third-sector organisations the owner works with, a directory
    // beside the professionals (not client data).
    Migration::Sql(
        r#"
    CREATE TABLE organisation (
        id       INTEGER PRIMARY KEY,
        body     TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1
    ) STRICT;
    "#,
    ),
    // 6: ids that can leave the laptop (UUID v7) for clients, professionals,
    // organisations and every case record, beside the row numbers that stay
    // inside the store; references between records are rewritten to them.
    Migration::Rust(crate::uid_migration::migrate),
    // 7: history that is appended, never overwritten.
    // - `record_version` keeps every earlier version of a case record: a
    //   change appends the version it replaces, with who replaced it and
    //   when, in the same transaction.
    // - A client may have a clientship again after one closed: one row per
    //   period, so `client_id` is no longer UNIQUE (SQLite drops a
    //   constraint only by making the table again).
    // - The access log's entries name the acting professional by id from
    //   format 2 on, and a search names the clients it showed; earlier
    //   entries keep format 1 and hash as they did.
    Migration::Sql(
        r#"
    CREATE TABLE record_version (
        id          INTEGER PRIMARY KEY,
        record_kind TEXT NOT NULL,
        record_row  INTEGER NOT NULL,
        revision    INTEGER NOT NULL,
        body        TEXT NOT NULL,
        replaced_at TEXT NOT NULL,
        replaced_by TEXT,
        UNIQUE (record_kind, record_row, revision)
    ) STRICT;
    CREATE TRIGGER record_version_no_update BEFORE UPDATE ON record_version
    BEGIN SELECT RAISE(ABORT, 'a record version is history and cannot change'); END;
    CREATE TRIGGER record_version_no_delete BEFORE DELETE ON record_version
    BEGIN SELECT RAISE(ABORT, 'a record version is history and cannot change'); END;

    CREATE TABLE clientship_period (
        id        INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client (id),
        body      TEXT NOT NULL,
        revision  INTEGER NOT NULL DEFAULT 1,
        uid       TEXT
    ) STRICT;
    INSERT INTO clientship_period (id, client_id, body, revision, uid)
        SELECT id, client_id, body, revision, uid FROM clientship;
    DROP TABLE clientship;
    ALTER TABLE clientship_period RENAME TO clientship;
    CREATE UNIQUE INDEX clientship_uid ON clientship (uid);
    CREATE INDEX clientship_client ON clientship (client_id, id);

    ALTER TABLE access_log ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE access_log ADD COLUMN actor_id TEXT;
    -- The clients each search or list showed: one row a client, so each
    -- client's part of the log says when their name was on a screen. Kept
    -- in the order of the log and not indexed by client: a search writes
    -- up to 200 rows at the end of the table (an index by client would
    -- dirty a page per client at every keystroke), and a client's report,
    -- which is rare, scans it.
    CREATE TABLE access_log_listed (
        seq       INTEGER NOT NULL,
        client_id INTEGER NOT NULL,
        PRIMARY KEY (seq, client_id)
    ) STRICT, WITHOUT ROWID;
    CREATE TRIGGER access_log_listed_no_update BEFORE UPDATE ON access_log_listed
    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
    CREATE TRIGGER access_log_listed_no_delete BEFORE DELETE ON access_log_listed
    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
    "#,
    ),
    // 8: follow-up measures. Every version of an instrument's definition is
    // kept as imported, so an old answer shows as it was asked; answers are
    // case records written once; client-experience answers carry no client
    // at all, only the unit and the month (they are meant to be anonymous).
    Migration::Sql(
        r#"
    CREATE TABLE instrument_version (
        instrument  TEXT NOT NULL,
        version     INTEGER NOT NULL,
        definition  TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (instrument, version)
    ) STRICT;
    CREATE TRIGGER instrument_version_no_update BEFORE UPDATE ON instrument_version
    BEGIN SELECT RAISE(ABORT, 'an instrument version cannot change; import a new version'); END;
    CREATE TRIGGER instrument_version_no_delete BEFORE DELETE ON instrument_version
    BEGIN SELECT RAISE(ABORT, 'an instrument version cannot change; import a new version'); END;

    CREATE TABLE measure_answer (
        id        INTEGER PRIMARY KEY,
        uid       TEXT NOT NULL UNIQUE,
        client_id INTEGER NOT NULL REFERENCES client (id),
        body      TEXT NOT NULL,
        revision  INTEGER NOT NULL DEFAULT 1
    ) STRICT;
    CREATE INDEX measure_answer_client ON measure_answer (client_id, id);
    CREATE TRIGGER measure_answer_no_update BEFORE UPDATE ON measure_answer
    BEGIN SELECT RAISE(ABORT, 'a measure answer is history and cannot change'); END;
    CREATE TRIGGER measure_answer_no_delete BEFORE DELETE ON measure_answer
    BEGIN SELECT RAISE(ABORT, 'a measure answer is history and cannot change'); END;

    CREATE TABLE client_experience (
        id    INTEGER PRIMARY KEY,
        uid   TEXT NOT NULL UNIQUE,
        unit  TEXT NOT NULL,
        month TEXT NOT NULL,
        body  TEXT NOT NULL
    ) STRICT;
    CREATE TRIGGER client_experience_no_update BEFORE UPDATE ON client_experience
    BEGIN SELECT RAISE(ABORT, 'a client-experience answer cannot change'); END;
    CREATE TRIGGER client_experience_no_delete BEFORE DELETE ON client_experience
    BEGIN SELECT RAISE(ABORT, 'a client-experience answer cannot change'); END;
    "#,
    ),
    // 9: the few fields the figures count of each clientship, segment
    // assessment and agreed plan, kept beside the records (derived data,
    // rebuilt from the bodies here; see `figure_facts`).
    Migration::Rust(crate::figure_facts::migrate),
    // 10: plain Finnish (selkosuomi) as a client's preference beside the
    // language.
    Migration::Sql(
        "ALTER TABLE client ADD COLUMN plain_language INTEGER NOT NULL DEFAULT 0 \
         CHECK (plain_language IN (0, 1));",
    ),
];

/// The schema version this build writes.
pub const CURRENT_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn migrate(conn: &mut Connection) -> Result<()> {
    let found: i64 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .context("reading the schema version")?;
    if found > CURRENT_VERSION {
        return Err(StoreError::SchemaTooNew {
            found,
            supported: CURRENT_VERSION,
        });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let version = index as i64 + 1;
        let tx = conn.transaction().context("starting a migration")?;
        match sql {
            Migration::Sql(sql) => tx.execute_batch(sql).context("migrating the schema")?,
            Migration::Rust(step) => step(&tx)?,
        }
        tx.pragma_update(None, "user_version", version)
            .context("recording the schema version")?;
        tx.commit().context("committing a migration")?;
    }
    Ok(())
}
