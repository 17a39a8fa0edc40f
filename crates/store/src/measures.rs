//! Follow-up measures in the store: the instruments' definitions, every
//! version kept as imported, and the answers, case records written once.
//! The rules are the model's (`kohtaamo_model::measure`); this module
//! gathers what they need (the instrument version, the client's age, the
//! clientship period and the points it already has) inside the writing
//! transaction.

use chrono::Utc;
use kohtaamo_model::case::authorship::Author;
use kohtaamo_model::case::clientship::JointClientship;
use kohtaamo_model::measure::answer::{EnteredBy, MeasureAnswer, MeasureError};
use kohtaamo_model::measure::due::Period;
use kohtaamo_model::measure::instrument::{Instrument, InstrumentKey};
use kohtaamo_model::measure::instrument_file::parse_instrument;
use kohtaamo_model::rule::{CaseError, RuleError};
use kohtaamo_model::ClientId;
use rusqlite::{params, Connection, OptionalExtension};

use crate::access_log::Purpose;
use crate::error::SqlContext;
use crate::records::{rows_of, Record, Stored};
use crate::{Result, Store, StoreError};

/// The access log's name for a measure the client entered themselves.
pub const MEASURE_BY_CLIENT: &str = "measure-by-client";

impl Record for MeasureAnswer {
    const TABLE: &'static str = "measure_answer";
    const KIND: &'static str = "measure";
    const APPEND_ONLY: bool = true;
    const FIGURES_KEEP: crate::records::FiguresKeep = crate::records::FiguresKeep::EachRecord;
    fn check(&self) -> std::result::Result<(), RuleError> {
        Ok(())
    }
    fn figure_facts(&self) -> Result<Option<String>> {
        let facts = kohtaamo_model::figures::MeasureFacts::from(self);
        crate::figure_facts::encode(&facts, Self::KIND).map(Some)
    }
    fn check_in_case(&self, conn: &Connection, client: ClientId) -> Result<()> {
        let instrument = definition(conn, &self.instrument)?
            .ok_or(StoreError::Rule(MeasureError::UnknownInstrument.into()))?;
        let clientship = rows_of::<JointClientship>(conn, client)?
            .into_iter()
            .next_back()
            .ok_or(StoreError::Rule(CaseError::NoClientship.into()))?;
        let period = Period::of(&clientship.record);
        let answers = rows_of::<MeasureAnswer>(conn, client)?;
        let taken = period.points_taken(&self.instrument.id, answers.iter().map(|a| &a.record));
        let hetu = crate::clients::read_client(conn, client)?.hetu;
        let age = hetu.age_on(self.answered_on);
        let today = chrono::Local::now().date_naive();
        self.check(&instrument, Some(age), today, &taken)
            .map_err(|e| StoreError::Rule(e.into()))
    }
    fn stamp(
        &mut self,
        _before: Option<&Self>,
        _author: Author,
    ) -> std::result::Result<(), RuleError> {
        *self = self.clone().tidied();
        Ok(())
    }
}

/// The definition of one instrument version, if the store has it.
pub(crate) fn definition(conn: &Connection, key: &InstrumentKey) -> Result<Option<Instrument>> {
    let text: Option<String> = conn
        .query_row(
            "SELECT definition FROM instrument_version WHERE instrument = ?1 AND version = ?2",
            params![key.id, key.version],
            |r| r.get(0),
        )
        .optional()
        .context("reading an instrument")?;
    text.map(|t| {
        parse_instrument(&t).map_err(|_| StoreError::CorruptRow {
            context: "instrument",
        })
    })
    .transpose()
}

/// Every instrument version the store holds, oldest first within each.
pub(crate) fn all_versions(conn: &Connection) -> Result<Vec<Instrument>> {
    let mut stmt = conn
        .prepare_cached("SELECT definition FROM instrument_version ORDER BY instrument, version")
        .context("reading instruments")?;
    let texts = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .context("reading instruments")?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading instruments")?;
    texts
        .iter()
        .map(|t| {
            parse_instrument(t).map_err(|_| StoreError::CorruptRow {
                context: "instrument",
            })
        })
        .collect()
}

/// The latest version of every instrument, in id order.
pub(crate) fn latest(conn: &Connection) -> Result<Vec<Instrument>> {
    let mut latest: Vec<Instrument> = Vec::new();
    for instrument in all_versions(conn)? {
        match latest.last_mut() {
            Some(last) if last.id == instrument.id => *last = instrument,
            _ => latest.push(instrument),
        }
    }
    Ok(latest)
}

/// Adds `instrument` unless its version is there. The same version with
/// other content is refused: answers already given name that version.
fn add_version(conn: &Connection, instrument: &Instrument, text: &str) -> Result<bool> {
    if let Some(existing) = definition(conn, &instrument.key())? {
        return if &existing == instrument {
            Ok(false)
        } else {
            Err(StoreError::InstrumentVersionTaken {
                id: instrument.id.clone(),
                version: instrument.version,
            })
        };
    }
    conn.execute(
        "INSERT INTO instrument_version (instrument, version, definition, imported_at) \
         VALUES (?1, ?2, ?3, ?4)",
        params![
            instrument.id,
            instrument.version,
            text,
            Utc::now().to_rfc3339()
        ],
    )
    .context("saving an instrument")?;
    Ok(true)
}

/// Puts the app's own instruments in the store, each version once: run at
/// every unlock, so an update that brings a new version adds it.
pub(crate) fn ensure_built_in(conn: &Connection) -> Result<()> {
    for instrument in kohtaamo_model::measure::built_in() {
        let text = serde_json::to_string(&instrument).map_err(|_| StoreError::Unserialisable {
            record: "instrument",
        })?;
        match add_version(conn, &instrument, &text) {
            // A unit's own file under a built-in's id and version wins: it
            // was there first and answers may name it.
            Ok(_) | Err(StoreError::InstrumentVersionTaken { .. }) => {}
            Err(other) => return Err(other),
        }
    }
    Ok(())
}

impl Store {
    /// Imports an instrument file a unit brings: refused, field named, when
    /// it does not read (`InstrumentProblem`), or when its version is taken
    /// by other content. Returns the instrument and whether it was new.
    pub fn import_instrument(&mut self, text: &str) -> Result<(Instrument, bool)> {
        let instrument = parse_instrument(text).map_err(StoreError::Instrument)?;
        let added = add_version(&self.conn, &instrument, text)?;
        Ok((instrument, added))
    }

    /// The latest version of every instrument the store holds.
    pub fn instruments(&self) -> Result<Vec<Instrument>> {
        latest(&self.conn)
    }

    /// Appends `answer` to `client`'s case, checked against the instrument
    /// version it names, and logged: as entered by the client when they
    /// entered it, on the shared screen or in their own window.
    pub fn record_measure(
        &mut self,
        client: ClientId,
        answer: &MeasureAnswer,
        purpose: Purpose,
    ) -> Result<Stored<MeasureAnswer>> {
        let kind = match answer.entered_by {
            EnteredBy::Client => MEASURE_BY_CLIENT,
            EnteredBy::Professional | EnteredBy::Paper => <MeasureAnswer as Record>::KIND,
        };
        self.insert_record_logged_as(client, answer, purpose, kind)
    }
}
