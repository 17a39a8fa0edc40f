//! The store's speed on this machine, encrypted against plain SQLite with
//! the same schema and queries, measured in one run. Used by
//! `kohtaamo-admin bench` (which prints the figures) and the criterion
//! benches. Every operation is a real one: reads and saves are logged and
//! durable (`synchronous=FULL`), exactly as in the app.

use std::fmt;
use std::path::Path;
use std::time::{Duration, Instant};

use kohtaamo_model::case::plan::PlanVersion;
use kohtaamo_model::ClientId;

use crate::records::Stored;
use crate::{demo, Channel, KdfParams, Purpose, Result, Store, StorePaths};

/// One store with `clients` synthetic clients and a rotating choice of
/// whom to open, search and edit.
pub struct Scenario {
    store: Store,
    ids: Vec<ClientId>,
    names: Vec<String>,
    hetus: Vec<String>,
    drafts: Vec<Stored<PlanVersion>>,
    /// Clients of 18 and over: the adult 3X10D is theirs to answer.
    adults: Vec<ClientId>,
    next: u64,
}

impl Scenario {
    /// Builds the store in `dir` (which it creates). Encrypted stores use
    /// the cheap KDF: unlocking is not what is measured here.
    pub fn build(dir: &Path, clients: usize, encrypted: bool) -> Result<Self> {
        let paths = StorePaths::for_db(dir.join(if encrypted {
            "encrypted.db"
        } else {
            "plain.db"
        }));
        std::fs::create_dir_all(dir).map_err(|source| crate::StoreError::Io {
            action: "creating the benchmark folder",
            path: dir.to_owned(),
            source,
        })?;
        let mut store = if encrypted {
            Store::create(
                &paths,
                "benchmark passphrase",
                KdfParams::FAST_INSECURE,
                Channel::Cli,
            )?
        } else {
            Store::create_plain_for_benchmarks(&paths)?
        };
        demo::populate(&mut store, clients, 20_000)?;
        // Saves are the owner's: the demo nurse stands in.
        if let Some((nurse, _)) = store.professionals()?.first().cloned() {
            store.choose_owner(nurse)?;
        }
        // The FHIR export names each register's custodian (invented ones).
        let mut settings = store.organisation_settings()?;
        for (custodian, oid) in [
            (
                &mut settings.custodians.health_care,
                "1.2.246.10.9000001.10.0",
            ),
            (
                &mut settings.custodians.social_welfare,
                "1.2.246.10.9000001.10.1",
            ),
        ] {
            custodian.name = "Esimerkkialueen hyvinvointialue".into();
            custodian.identifier = oid.into();
        }
        store.save_organisation_settings(&settings)?;
        let all = store.search_all_for_benchmarks()?;
        let today = chrono::Local::now().date_naive();
        let adults = all
            .iter()
            .filter(|c| c.hetu.age_on(today) >= 18)
            .map(|c| c.id)
            .collect();
        Ok(Self {
            adults,
            ids: all.iter().map(|c| c.id).collect(),
            names: all
                .iter()
                .map(|c| c.name.split_whitespace().last().unwrap_or("").to_owned())
                .collect(),
            hetus: all
                .iter()
                .map(|c| c.hetu.as_str()[..6].to_owned())
                .collect(),
            drafts: store.drafts_for_benchmarks()?,
            next: 0,
            store,
        })
    }

    /// A spread of indexes that visits the whole store (a multiplicative
    /// step co-prime with any realistic size).
    fn pick(&mut self) -> usize {
        self.next = self.next.wrapping_add(7919);
        (self.next % self.ids.len().max(1) as u64) as usize
    }

    /// Opening a client's whole case (clientship, segments, assessment,
    /// plan versions, appointments, consents): the logged read the app does
    /// on a click.
    pub fn open_case(&mut self) -> Result<()> {
        let i = self.pick();
        let id = self.ids[i];
        self.store.open_case(id, Purpose::Care).map(drop)
    }

    /// One client's case as a FHIR R4 bundle for the owner's register: read,
    /// cut, built and logged as a disclosure, as `kohtaamo-admin fhir` does
    /// (without writing the file).
    pub fn fhir_export(&mut self) -> Result<()> {
        let i = self.pick();
        let id = self.ids[i];
        self.store
            .fhir_bundle(id, None, chrono::Utc::now(), Purpose::Care)
            .map(drop)
    }

    /// A 3X10D answer the client gave on the shared screen (an interim
    /// point, which may come any number of times), durable, with its log
    /// entry.
    pub fn save_measure(&mut self) -> Result<()> {
        let i = self.pick() % self.adults.len().max(1);
        let Some(&id) = self.adults.get(i) else {
            return Ok(());
        };
        let Some(meter) = self
            .store
            .instruments()?
            .into_iter()
            .find(|m| m.id == kohtaamo_model::measure::LIFE_SITUATION_3X10D)
        else {
            return Ok(());
        };
        let answer = kohtaamo_model::measure::answer::MeasureAnswer {
            instrument: meter.key(),
            point: kohtaamo_model::measure::answer::MeasurePoint::Interim,
            answered_on: chrono::Local::now().date_naive(),
            entered_by: kohtaamo_model::measure::answer::EnteredBy::Client,
            scores: meter
                .items
                .iter()
                .map(|item| kohtaamo_model::measure::answer::ItemScore {
                    item: item.id.clone(),
                    score: Some((self.next % 11) as u8),
                })
                .collect(),
            notes: Vec::new(),
        };
        self.store
            .record_measure(id, &answer, Purpose::JointAppointment)
            .map(drop)
    }

    /// The manager's figures over the last year of every case.
    pub fn figures(&mut self) -> Result<()> {
        let today = chrono::Utc::now().date_naive();
        let from = today - chrono::Days::new(365);
        self.store.figures(from, today, today).map(drop)
    }

    /// A search by (part of) a surname.
    pub fn search_name(&mut self) -> Result<usize> {
        let i = self.pick();
        let query = self.names[i].chars().take(5).collect::<String>();
        self.store
            .search_clients(&query, Purpose::Care)
            .map(|r| r.len())
    }

    /// A search by the birth-date part of a henkilötunnus.
    pub fn search_hetu(&mut self) -> Result<usize> {
        let i = self.pick();
        let query = self.hetus[i].clone();
        self.store
            .search_clients(&query, Purpose::Care)
            .map(|r| r.len())
    }

    /// A durable edit of a draft plan (a goal reworded, as when the client
    /// finds better words) with its log entry, checked against the revision
    /// the caller holds, as the app holds it.
    pub fn save_edit(&mut self) -> Result<()> {
        let i = self.pick() % self.drafts.len().max(1);
        let n = self.next;
        let Some(draft) = self.drafts.get_mut(i) else {
            return Ok(());
        };
        let goal = draft.record.goals[0].id;
        draft
            .record
            .edit_goal(goal, &format!("Haluan nukkua paremmin ({n})"))
            .map_err(|e| crate::StoreError::Rule(e.into()))?;
        draft.revision = self.store.update_record(
            draft.client,
            draft.id,
            draft.revision,
            &draft.record,
            Purpose::JointAppointment,
        )?;
        Ok(())
    }
}

/// p50 and p95 of one operation on both stores.
#[derive(Debug, Clone)]
pub struct Figure {
    pub operation: &'static str,
    pub goal_p95: Duration,
    pub encrypted: (Duration, Duration),
    pub plain: (Duration, Duration),
}

impl Figure {
    pub fn ratio_p95(&self) -> f64 {
        self.encrypted.1.as_secs_f64() / self.plain.1.as_secs_f64().max(1e-9)
    }
}

#[derive(Debug, Clone)]
pub struct Report {
    pub clients: usize,
    pub rounds: usize,
    pub figures: Vec<Figure>,
    /// One backup of the encrypted store and one restore of it.
    pub backup: BackupTimes,
}

/// A backup (written, read back and checked) and a restore (checked,
/// written, opened and verified) of the encrypted store, timed once each.
#[derive(Debug, Clone, Copy)]
pub struct BackupTimes {
    pub bytes: u64,
    pub backup: Duration,
    pub restore: Duration,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} clients, {} rounds each; times in ms (p50 / p95); ratio = encrypted p95 / plain p95",
            self.clients, self.rounds
        )?;
        writeln!(
            f,
            "{:<34} {:>17} {:>17} {:>7} {:>9}",
            "operation", "encrypted", "plain SQLite", "ratio", "goal p95"
        )?;
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        for fig in &self.figures {
            writeln!(
                f,
                "{:<34} {:>7.3} / {:>7.3} {:>7.3} / {:>7.3} {:>6.2}x {:>6.0} ms{}",
                fig.operation,
                ms(fig.encrypted.0),
                ms(fig.encrypted.1),
                ms(fig.plain.0),
                ms(fig.plain.1),
                fig.ratio_p95(),
                ms(fig.goal_p95),
                if fig.encrypted.1 <= fig.goal_p95 {
                    ""
                } else {
                    "  (over goal)"
                }
            )?;
        }
        writeln!(
            f,
            "backup of the encrypted store ({:.1} MB): {:.2} s; its restore: {:.2} s (with the benchmarks' cheap key derivation)",
            self.backup.bytes as f64 / 1e6,
            self.backup.backup.as_secs_f64(),
            self.backup.restore.as_secs_f64(),
        )?;
        Ok(())
    }
}

/// Backs `scenario`'s store up into `dir` and restores it there.
fn time_backup(scenario: &mut Scenario, dir: &Path) -> Result<BackupTimes> {
    let file = dir.join("bench.kohtaamo-backup");
    let restored = StorePaths::for_db(dir.join("restored").join("restored.db"));
    let _ = std::fs::remove_file(&file);
    let _ = std::fs::remove_dir_all(dir.join("restored"));
    let started = Instant::now();
    let summary =
        scenario
            .store
            .backup_to(&file, Purpose::Administration, &crate::backup::no_progress)?;
    let backup = started.elapsed();
    let started = Instant::now();
    let store = crate::backup::restore(
        &file,
        &restored,
        "benchmark passphrase",
        Channel::Cli,
        &crate::backup::no_progress,
    )?;
    let restore = started.elapsed();
    store.lock();
    Ok(BackupTimes {
        bytes: summary.bytes,
        backup,
        restore,
    })
}

type Operation = fn(&mut Scenario) -> Result<()>;

/// Builds both stores under `dir` and times every operation `rounds`
/// times on each, interleaved so that both see the same machine state.
pub fn run(dir: &Path, clients: usize, rounds: usize) -> Result<Report> {
    let mut encrypted = Scenario::build(&dir.join("encrypted"), clients, true)?;
    let mut plain = Scenario::build(&dir.join("plain"), clients, false)?;
    // The figures read every case: a few dozen rounds tell their spread.
    let operations: [(&'static str, u64, usize, Operation); 7] = [
        ("open a whole case (logged)", 10, rounds, |s| s.open_case()),
        ("search by name", 10, rounds, |s| s.search_name().map(drop)),
        ("search by henkilötunnus", 10, rounds, |s| {
            s.search_hetu().map(drop)
        }),
        ("durable plan edit with log entry", 5, rounds, |s| {
            s.save_edit()
        }),
        ("3X10D answer saved with its log entry", 5, rounds, |s| {
            s.save_measure()
        }),
        ("FHIR export of a case (logged)", 50, rounds, |s| {
            s.fhir_export()
        }),
        (
            "figures over every case (logged)",
            150,
            rounds.min(30),
            |s| s.figures(),
        ),
    ];
    let mut figures = Vec::new();
    for (operation, goal_ms, rounds, run_once) in operations {
        let mut enc = Vec::with_capacity(rounds);
        let mut pla = Vec::with_capacity(rounds);
        for _ in 0..rounds {
            enc.push(time(|| run_once(&mut encrypted))?);
            pla.push(time(|| run_once(&mut plain))?);
        }
        figures.push(Figure {
            operation,
            goal_p95: Duration::from_millis(goal_ms),
            encrypted: percentiles(&mut enc),
            plain: percentiles(&mut pla),
        });
    }
    let backup = time_backup(&mut encrypted, dir)?;
    Ok(Report {
        clients,
        rounds,
        figures,
        backup,
    })
}

fn time(f: impl FnOnce() -> Result<()>) -> Result<Duration> {
    let started = Instant::now();
    f()?;
    Ok(started.elapsed())
}

/// (p50, p95) by the nearest-rank method.
fn percentiles(samples: &mut [Duration]) -> (Duration, Duration) {
    samples.sort_unstable();
    let rank = |p: f64| {
        let i = ((p * samples.len() as f64).ceil() as usize).saturating_sub(1);
        samples.get(i).copied().unwrap_or_default()
    };
    (rank(0.50), rank(0.95))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let mut samples: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        samples.reverse();
        assert_eq!(
            percentiles(&mut samples),
            (Duration::from_millis(50), Duration::from_millis(95))
        );
    }
}
