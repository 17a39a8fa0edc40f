//! The records of a client's case, stored alike: a row per record with the
//! record's JSON, its client and a revision. Every call is logged, checks
//! the record's rules (from kohtaamo-model) before writing, and refuses a
//! write based on an old revision.

use kohtaamo_model::case::appointment::JointAppointment;
use kohtaamo_model::case::assessment::HolisticAssessment;
use kohtaamo_model::case::authorship::Author;
use kohtaamo_model::case::clientship::JointClientship;
use kohtaamo_model::case::consent::Consent;
use kohtaamo_model::case::plan::PlanVersion;
use kohtaamo_model::case::segment::SegmentAssessment;
use kohtaamo_model::case::service_use::ServiceUse;
pub use kohtaamo_model::case::stored::{Case, Stored};
use kohtaamo_model::figures::{ClientshipFacts, PlanFacts, SegmentFacts};
use kohtaamo_model::id::RecordId;
use kohtaamo_model::rule::{CaseError, RuleError};
use kohtaamo_model::ClientId;
use rusqlite::{params, Connection, OptionalExtension};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::access_log::{Access, Action, Purpose};
use crate::error::SqlContext;
use crate::{Result, Store, StoreError};

/// How the figures keep what they count of a kind of record
/// (`Record::FIGURES_KEEP`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FiguresKeep {
    /// Not at all: the figures do not count it.
    Nothing,
    /// A row a record, made by `Record::figure_facts`.
    EachRecord,
    /// The client's whole service use in one row (`figure_facts::keep_service_use`).
    ServiceUseOfClient,
}

/// A kind of case record and where it lives.
pub trait Record: Serialize + DeserializeOwned {
    /// The table; a constant of ours, never user input.
    const TABLE: &'static str;
    /// The record kind named in the access log.
    const KIND: &'static str;
    /// The model's rules for this record.
    fn check(&self) -> std::result::Result<(), RuleError>;
    /// History records are written once and never changed.
    const APPEND_ONLY: bool = false;
    /// Extra columns the store guards on (only plans have one).
    fn agreed(&self) -> Option<bool> {
        None
    }
    /// Rules that need other records of the case, checked inside the
    /// writing transaction.
    fn check_in_case(&self, _conn: &Connection, _client: ClientId) -> Result<()> {
        Ok(())
    }
    /// How the figures keep what they count of this kind (`figure_facts`).
    const FIGURES_KEEP: FiguresKeep = FiguresKeep::Nothing;
    /// What the figures count of this record when they keep it a row a
    /// record, written in the same transaction; none for a record they do
    /// not count (a draft).
    fn figure_facts(&self) -> Result<Option<String>> {
        Ok(None)
    }
    /// Makes the record as a request brought it into the one the store's
    /// owner saves over `before` (the stored one; none for a new record):
    /// who wrote what is decided here, from the owner, never taken from the
    /// request (see `kohtaamo_model::case::authorship`).
    fn stamp(
        &mut self,
        _before: Option<&Self>,
        _author: Author,
    ) -> std::result::Result<(), RuleError> {
        Ok(())
    }
}

impl Record for SegmentAssessment {
    const TABLE: &'static str = "segment_assessment";
    const KIND: &'static str = "segment-assessment";
    const APPEND_ONLY: bool = true;
    const FIGURES_KEEP: FiguresKeep = FiguresKeep::EachRecord;
    fn check(&self) -> std::result::Result<(), RuleError> {
        self.validate().map_err(RuleError::from)
    }
    fn figure_facts(&self) -> Result<Option<String>> {
        crate::figure_facts::encode(&SegmentFacts::from(self), Self::KIND).map(Some)
    }
}
/// A record whose author the store decides: `$stamp` makes the request's
/// version the owner's (see `kohtaamo_model::case::authorship`).
macro_rules! authored_record {
    ($ty:ty, $table:literal, $kind:literal, $stamp:expr) => {
        impl Record for $ty {
            const TABLE: &'static str = $table;
            const KIND: &'static str = $kind;
            fn check(&self) -> std::result::Result<(), RuleError> {
                self.validate().map_err(RuleError::from)
            }
            fn stamp(
                &mut self,
                before: Option<&Self>,
                author: Author,
            ) -> std::result::Result<(), RuleError> {
                let stamp: fn(
                    &mut Self,
                    Option<&Self>,
                    Author,
                ) -> std::result::Result<(), RuleError> = $stamp;
                stamp(self, before, author)
            }
        }
    };
}

authored_record!(
    HolisticAssessment,
    "holistic_assessment",
    "holistic-assessment",
    |a, before, author| {
        a.stamp(before, author);
        Ok(())
    }
);
authored_record!(
    JointAppointment,
    "appointment",
    "appointment",
    |a, before, author| a.stamp(before, author).map_err(RuleError::from)
);
authored_record!(Consent, "consent", "consent", |c, before, author| c
    .stamp(before, author)
    .map_err(RuleError::from));
impl Record for JointClientship {
    const TABLE: &'static str = "clientship";
    const KIND: &'static str = "clientship";
    const FIGURES_KEEP: FiguresKeep = FiguresKeep::EachRecord;
    fn check(&self) -> std::result::Result<(), RuleError> {
        self.validate().map_err(RuleError::from)
    }
    fn stamp(
        &mut self,
        before: Option<&Self>,
        _author: Author,
    ) -> std::result::Result<(), RuleError> {
        JointClientship::stamp(self, before).map_err(RuleError::from)
    }
    fn figure_facts(&self) -> Result<Option<String>> {
        crate::figure_facts::encode(&ClientshipFacts::from(self), Self::KIND).map(Some)
    }
}
impl Record for ServiceUse {
    const TABLE: &'static str = "service_use";
    const KIND: &'static str = "service-use";
    const FIGURES_KEEP: FiguresKeep = FiguresKeep::ServiceUseOfClient;
    fn check(&self) -> std::result::Result<(), RuleError> {
        self.validate().map_err(RuleError::from)
    }
}

impl Record for PlanVersion {
    const TABLE: &'static str = "plan_version";
    const KIND: &'static str = "plan";
    const FIGURES_KEEP: FiguresKeep = FiguresKeep::EachRecord;
    fn check(&self) -> std::result::Result<(), RuleError> {
        Ok(())
    }
    fn agreed(&self) -> Option<bool> {
        Some(self.is_agreed())
    }
    /// Drafts have none: the figures count agreed plans only.
    fn figure_facts(&self) -> Result<Option<String>> {
        let facts = PlanFacts::from(self);
        if !facts.is_agreed() {
            return Ok(None);
        }
        crate::figure_facts::encode(&facts, Self::KIND).map(Some)
    }
    /// An action's owner must be the client or on the clientship's team, so
    /// a plan needs the clientship first.
    fn check_in_case(&self, conn: &Connection, client: ClientId) -> Result<()> {
        let team = rows_of::<JointClientship>(conn, client)?
            .into_iter()
            .next_back()
            .map(|c| c.record.assignable())
            .ok_or(StoreError::Rule(CaseError::NoClientship.into()))?;
        self.validate(&team).map_err(|e| StoreError::Rule(e.into()))
    }
}

fn access<R: Record>(
    client: ClientId,
    id: Option<i64>,
    action: Action,
    purpose: Purpose,
) -> Access {
    Access {
        client: Some(client),
        action,
        record: R::KIND,
        record_id: id,
        purpose,
        listed: Vec::new(),
    }
}

fn to_json<R: Record>(record: &R) -> Result<String> {
    serde_json::to_string(record).map_err(|_| StoreError::Unserialisable { record: R::KIND })
}

fn from_json<R: Record>(body: &str) -> Result<R> {
    serde_json::from_str(body).map_err(|_| StoreError::CorruptRow { context: R::KIND })
}

fn checked<R: Record>(record: &R) -> Result<()> {
    record.check().map_err(StoreError::Rule)
}

impl Store {
    /// Saves a new record of `client`'s case, written by the store's owner.
    pub fn insert_record<R: Record + Clone>(
        &mut self,
        client: ClientId,
        record: &R,
        purpose: Purpose,
    ) -> Result<Stored<R>> {
        self.insert_record_logged_as(client, record, purpose, R::KIND)
    }

    /// As [`Store::insert_record`], with the access log naming the record
    /// `kind` (a constant of ours): a measure the client entered is logged
    /// as the client's.
    pub(crate) fn insert_record_logged_as<R: Record + Clone>(
        &mut self,
        client: ClientId,
        record: &R,
        purpose: Purpose,
        kind: &'static str,
    ) -> Result<Stored<R>> {
        let mut record = record.clone();
        record
            .stamp(None, self.author()?)
            .map_err(StoreError::Rule)?;
        checked(&record)?;
        let body = to_json(&record)?;
        self.logged("saving a record", |tx| {
            crate::clients::read_client(tx, client)?;
            record.check_in_case(tx, client)?;
            let (id, row) = insert_row::<R>(tx, client, &record, &body)?;
            let stored = Stored {
                id,
                client,
                revision: 1,
                record,
            };
            let mut entry = access::<R>(client, Some(row), Action::Create, purpose);
            entry.record = kind;
            Ok((stored, vec![entry]))
        })
    }

    /// Replaces record `id` of `client`'s case, if it is still at
    /// `revision`, as the store's owner changes it. Returns the new revision.
    pub fn update_record<R: Record + Clone>(
        &mut self,
        client: ClientId,
        id: RecordId,
        revision: i64,
        record: &R,
        purpose: Purpose,
    ) -> Result<i64> {
        self.update_with(client, id, revision, purpose, |before: &R, author| {
            let mut record = record.clone();
            record
                .stamp(Some(before), author)
                .map_err(StoreError::Rule)?;
            Ok(record)
        })
    }

    /// Replaces record `id` of `client`'s case at `revision` with what
    /// `change` makes of the stored version. The version replaced is kept
    /// (`record_version`): a record is never overwritten in place.
    pub(crate) fn update_with<R: Record>(
        &mut self,
        client: ClientId,
        id: RecordId,
        revision: i64,
        purpose: Purpose,
        change: impl FnOnce(&R, Author) -> Result<R>,
    ) -> Result<i64> {
        if R::APPEND_ONLY {
            return Err(StoreError::History { record: R::KIND });
        }
        let author = self.author()?;
        self.logged("saving a record", |tx| {
            let (row, owner, found, agreed) = current::<R>(tx, id)?;
            if owner != client {
                return Err(StoreError::Rule(CaseError::OtherClient.into()));
            }
            if agreed {
                return Err(StoreError::PlanLocked { id });
            }
            if found != revision {
                return Err(StoreError::StaleRevision {
                    expected: revision,
                    found,
                });
            }
            let before_body = body_of::<R>(tx, row)?;
            let before: R = from_json(&before_body)?;
            let record = change(&before, author)?;
            checked(&record)?;
            let body = to_json(&record)?;
            record.check_in_case(tx, client)?;
            match record.agreed() {
                Some(agreed) => tx.execute(
                    &format!(
                        "UPDATE {} SET body = ?2, agreed = ?3, revision = revision + 1 WHERE id = ?1",
                        R::TABLE
                    ),
                    params![row, body, agreed],
                ),
                None => tx.execute(
                    &format!(
                        "UPDATE {} SET body = ?2, revision = revision + 1 WHERE id = ?1",
                        R::TABLE
                    ),
                    params![row, body],
                ),
            }
            .context("saving a record")?;
            crate::figure_facts::keep_of(tx, &record, row, || crate::clients::client_row(tx, client))?;
            crate::history::keep_version::<R>(tx, row, revision, &before_body, author)?;
            Ok((revision + 1, vec![access::<R>(client, Some(row), Action::Update, purpose)]))
        })
    }

    /// Reads one record.
    pub fn get_record<R: Record>(&mut self, id: RecordId, purpose: Purpose) -> Result<Stored<R>> {
        self.logged("reading a record", |tx| {
            let sql = format!(
                "SELECT t.id, c.uid, t.revision, t.body FROM {} t JOIN client c ON c.id = t.client_id \
                 WHERE t.uid = ?1",
                R::TABLE
            );
            let found: Option<(i64, String, i64, String)> = tx
                .query_row(&sql, [id.0.to_string()], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })
                .optional()
                .context("reading a record")?;
            let (row, client, revision, body) = found.ok_or(StoreError::RecordNotFound {
                record: R::KIND,
                id,
            })?;
            let client = ClientId(crate::clients::parse_uid(&client)?);
            let stored = Stored {
                id,
                client,
                revision,
                record: from_json(&body)?,
            };
            Ok((
                stored,
                vec![access::<R>(client, Some(row), Action::Read, purpose)],
            ))
        })
    }

    /// Every record of one kind in `client`'s case, oldest first.
    pub fn records_of<R: Record>(
        &mut self,
        client: ClientId,
        purpose: Purpose,
    ) -> Result<Vec<Stored<R>>> {
        self.logged("reading records", |tx| {
            let list = rows_of::<R>(tx, client)?;
            Ok((list, vec![access::<R>(client, None, Action::Read, purpose)]))
        })
    }

    /// Starts a new draft from the client's latest plan version, which
    /// must be agreed (a draft is edited, not revised).
    pub fn revise_plan(
        &mut self,
        client: ClientId,
        purpose: Purpose,
    ) -> Result<Stored<PlanVersion>> {
        self.logged("revising a plan", |tx| {
            let latest = rows_of::<PlanVersion>(tx, client)?
                .into_iter()
                .max_by_key(|s| s.record.number)
                .ok_or(StoreError::Rule(CaseError::NoPlan.into()))?;
            let draft = latest
                .record
                .revise()
                .map_err(|e| StoreError::Rule(e.into()))?;
            let body = to_json(&draft)?;
            let (id, row) = insert_row::<PlanVersion>(tx, client, &draft, &body)?;
            let latest_row = current::<PlanVersion>(tx, latest.id)?.0;
            let stored = Stored {
                id,
                client,
                revision: 1,
                record: draft,
            };
            Ok((
                stored,
                vec![
                    access::<PlanVersion>(client, Some(latest_row), Action::Read, purpose),
                    access::<PlanVersion>(client, Some(row), Action::Create, purpose),
                ],
            ))
        })
    }

    /// Everything in one client's case, for `kohtaamo-admin dump` and the
    /// client's right of access. Logged as one export.
    pub fn case_export(&mut self, client: ClientId, purpose: Purpose) -> Result<Case> {
        self.whole_case(client, Action::Export, purpose)
    }

    /// Everything in one client's case, as the app opens it on a click.
    pub fn open_case(&mut self, client: ClientId, purpose: Purpose) -> Result<Case> {
        self.whole_case(client, Action::Read, purpose)
    }

    fn whole_case(&mut self, client: ClientId, action: Action, purpose: Purpose) -> Result<Case> {
        self.logged("reading a case", |tx| {
            let case = read_case(tx, client)?;
            let access = Access {
                client: Some(client),
                action,
                record: "case",
                record_id: None,
                purpose,
                listed: Vec::new(),
            };
            Ok((case, vec![access]))
        })
    }

    /// Saves demo cases in one transaction, each record logged.
    pub(crate) fn add_demo_cases(
        &mut self,
        cases: &[(ClientId, crate::demo_case::DemoCase)],
        purpose: Purpose,
    ) -> Result<usize> {
        fn add<R: Record>(
            tx: &Connection,
            client: ClientId,
            record: &R,
            purpose: Purpose,
            log: &mut Vec<Access>,
        ) -> Result<()> {
            checked(record)?;
            record.check_in_case(tx, client)?;
            let (_, row) = insert_row(tx, client, record, &to_json(record)?)?;
            log.push(access::<R>(client, Some(row), Action::Create, purpose));
            Ok(())
        }
        self.logged("adding demo cases", |tx| {
            let mut log = Vec::new();
            for (client, case) in cases {
                let c = *client;
                add(tx, c, &case.clientship, purpose, &mut log)?;
                add(tx, c, &case.segment, purpose, &mut log)?;
                if let Some(later) = &case.later_segment {
                    add(tx, c, later, purpose, &mut log)?;
                }
                for used in &case.service_use {
                    add(tx, c, used, purpose, &mut log)?;
                }
                add(tx, c, &case.assessment, purpose, &mut log)?;
                add(tx, c, &case.agreed_plan, purpose, &mut log)?;
                add(tx, c, &case.draft_plan, purpose, &mut log)?;
                add(tx, c, &case.appointment, purpose, &mut log)?;
                add(tx, c, &case.consent, purpose, &mut log)?;
                for answer in &case.measures {
                    match add(tx, c, answer, purpose, &mut log) {
                        // The demo's minors are not offered the adult meter.
                        Err(StoreError::Rule(RuleError::Measure(
                            kohtaamo_model::measure::answer::MeasureError::TooYoung { .. },
                        ))) => {}
                        other => other?,
                    }
                }
            }
            Ok((cases.len(), log))
        })
    }
}

/// Inserts a record of `client`'s case: its new id, and its row number in
/// this store (what the access log names).
fn insert_row<R: Record>(
    conn: &Connection,
    client: ClientId,
    record: &R,
    body: &str,
) -> Result<(RecordId, i64)> {
    let id = RecordId(uuid::Uuid::now_v7());
    let client_row = crate::clients::client_row(conn, client)?;
    let result = match record.agreed() {
        Some(agreed) => {
            let number = serde_json::to_value(record)
                .ok()
                .and_then(|v| v["number"].as_i64())
                .unwrap_or(0);
            conn.execute(
                &format!(
                    "INSERT INTO {} (uid, client_id, number, agreed, body) VALUES (?1, ?2, ?3, ?4, ?5)",
                    R::TABLE
                ),
                params![id.0.to_string(), client_row, number, agreed, body],
            )
        }
        None => conn.execute(
            &format!(
                "INSERT INTO {} (uid, client_id, body) VALUES (?1, ?2, ?3)",
                R::TABLE
            ),
            params![id.0.to_string(), client_row, body],
        ),
    };
    match result {
        Ok(_) => {
            let row = conn.last_insert_rowid();
            crate::figure_facts::keep_of(conn, record, row, || Ok(client_row))?;
            Ok((id, row))
        }
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            Err(StoreError::Rule(CaseError::AlreadyRecorded.into()))
        }
        Err(source) => Err(StoreError::Sqlite {
            context: "saving a record",
            source,
        }),
    }
}

/// The row number, client, revision and (for plans) agreed flag of record `id`.
fn current<R: Record>(conn: &Connection, id: RecordId) -> Result<(i64, ClientId, i64, bool)> {
    let agreed = if R::TABLE == "plan_version" {
        "t.agreed"
    } else {
        "0"
    };
    let sql = format!(
        "SELECT t.id, c.uid, t.revision, {agreed} FROM {} t JOIN client c ON c.id = t.client_id \
         WHERE t.uid = ?1",
        R::TABLE
    );
    let found: Option<(i64, String, i64, bool)> = conn
        .query_row(&sql, [id.0.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, i64>(3)? == 1))
        })
        .optional()
        .context("reading a record")?;
    let (row, client, revision, agreed) = found.ok_or(StoreError::RecordNotFound {
        record: R::KIND,
        id,
    })?;
    Ok((
        row,
        ClientId(crate::clients::parse_uid(&client)?),
        revision,
        agreed,
    ))
}

/// The stored body of the record in row `row`.
fn body_of<R: Record>(conn: &Connection, row: i64) -> Result<String> {
    let sql = format!("SELECT body FROM {} WHERE id = ?1", R::TABLE);
    conn.query_row(&sql, [row], |r| r.get(0))
        .context("reading a record")
}

pub(crate) fn rows_of<R: Record>(conn: &Connection, client: ClientId) -> Result<Vec<Stored<R>>> {
    let sql = format!(
        "SELECT uid, revision, body FROM {} \
         WHERE client_id = (SELECT id FROM client WHERE uid = ?1) ORDER BY id",
        R::TABLE
    );
    let mut stmt = conn.prepare_cached(&sql).context("reading records")?;
    let rows = stmt
        .query_map([client.0.to_string()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .context("reading records")?;
    rows.map(|row| {
        let (id, revision, body) = row.context("reading records")?;
        Ok(Stored {
            id: RecordId(crate::clients::parse_uid(&id)?),
            client,
            revision,
            record: from_json(&body)?,
        })
    })
    .collect()
}

impl Store {
    /// Every draft plan version, unlogged: only for benchmark workloads on
    /// synthetic stores.
    pub(crate) fn drafts_for_benchmarks(&self) -> Result<Vec<Stored<PlanVersion>>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT p.uid, c.uid, p.revision, p.body FROM plan_version p \
                 JOIN client c ON c.id = p.client_id WHERE p.agreed = 0 ORDER BY p.id",
            )
            .context("reading records")?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })
            .context("reading records")?;
        rows.map(|row| {
            let (id, client, revision, body) = row.context("reading records")?;
            Ok(Stored {
                id: RecordId(crate::clients::parse_uid(&id)?),
                client: ClientId(crate::clients::parse_uid(&client)?),
                revision,
                record: from_json(&body)?,
            })
        })
        .collect()
    }
}

/// Everything in one client's case, inside the caller's logged transaction.
pub(crate) fn read_case(tx: &Connection, client: ClientId) -> Result<Case> {
    Ok(Case {
        client: crate::clients::read_client(tx, client)?,
        clientship: rows_of(tx, client)?,
        segment_assessments: rows_of(tx, client)?,
        holistic_assessments: rows_of(tx, client)?,
        plan_versions: rows_of(tx, client)?,
        appointments: rows_of(tx, client)?,
        consents: rows_of(tx, client)?,
        service_use: rows_of(tx, client)?,
        professionals: crate::professionals::all(tx)?,
        segment_consequences: crate::settings::consequences(tx)?,
        services: crate::settings::settings(tx)?.services,
        owner: crate::professionals::owner_id(tx)?,
        organisations: crate::directory::all_organisations(tx)?,
        withheld: Default::default(),
        assessment_history: crate::history::earlier_of(tx, client)?,
        measures: rows_of(tx, client)?,
        instruments: crate::measures::all_versions(tx)?,
    })
}
