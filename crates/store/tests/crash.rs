//! Crash safety: a child process saves clients and records of their cases
//! in a loop and reports each save the store acknowledged; it is killed
//! (SIGKILL on Unix) at a random point, many times over. Afterwards every
//! acknowledged save must be there, the store must open, and `verify` must
//! find the log whole.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a crash test that cannot set up must fail"
)]

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use kohtaamo_model::case::consent::{Consent, Direction};
use kohtaamo_model::client::ValidNewClient;
use kohtaamo_model::{Language, PersonalIdentityCode};
use kohtaamo_store::{Channel, KdfParams, Purpose, Store, StorePaths};

const PASSPHRASE: &str = "crash test passphrase";
const CHILD_ENV: &str = "KOHTAAMO_CRASH_CHILD_STORE";
const KILLS: u64 = 25;

fn paths(dir: &Path) -> StorePaths {
    StorePaths::for_db(dir.join("case.db"))
}

/// The n-th synthetic client: a unique temporary henkilötunnus and a name
/// that carries n, so the check can tell which saves survived.
fn nth_client(n: u64) -> ValidNewClient {
    let date = NaiveDate::from_ymd_opt(1950, 1, 1)
        .unwrap()
        .checked_add_days(Days::new(n / 100))
        .unwrap();
    ValidNewClient {
        name: format!("Kaatuja {n}"),
        hetu: PersonalIdentityCode::new(date, 900 + (n % 100) as u16).unwrap(),
        language: Language::Fi,
    }
}

/// The n-th client's consent, its scope naming n.
fn nth_consent(n: u64) -> Consent {
    Consent {
        direction: Direction::SocialToHealth,
        scope: format!("Kaatuja {n}: toimeentulotiedot"),
        given_on: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        withdrawn_on: None,
        recorded_by: kohtaamo_model::case::professional::ProfessionalId::from_u128(0),
    }
}

/// The child's side: save clients from where the store left off, printing
/// `saved N` after each save returned. Runs only when the parent starts it.
#[test]
#[ignore = "the child process of every_acknowledged_save_survives_a_kill; started by it"]
fn crash_child_writer() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let mut store = Store::unlock(&paths(Path::new(&dir)), PASSPHRASE, Channel::Cli).unwrap();
    let mut n = store.count_clients().unwrap() as u64;
    loop {
        let client = store.add_client(&nth_client(n), Purpose::Care).unwrap();
        // Only now is the save acknowledged: the parent counts it as done.
        println!("saved {n}");
        // A record of the case, written by the owner and logged like every
        // record: a consent whose scope names the save.
        store
            .insert_record(client.id, &nth_consent(n), Purpose::Care)
            .unwrap();
        println!("recorded {n}");
        n += 1;
    }
}

/// A small deterministic generator for kill points (xorshift).
fn next_random(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn every_acknowledged_save_survives_a_kill() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(
        &paths(dir.path()),
        PASSPHRASE,
        KdfParams::FAST_INSECURE,
        Channel::Cli,
    )
    .unwrap();
    // Records are the owner's: the demo nurse owns this store.
    store
        .save_owner_profile(&kohtaamo_store::demo_case::team()[0])
        .unwrap();
    store.lock();
    let me = std::env::current_exe().unwrap();
    let mut acknowledged = BTreeSet::new();
    let mut recorded = BTreeSet::new();
    let mut random = 0x9E37_79B9_7F4A_7C15_u64;

    for round in 0..KILLS {
        let mut child = Command::new(&me)
            .args(["crash_child_writer", "--exact", "--ignored", "--nocapture"])
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill after a random number of acknowledged saves (1–40), or after
        // a random delay when the child is slow to start: both land the kill
        // in the middle of some write.
        let wanted = 1 + next_random(&mut random) % 40;
        let deadline = Instant::now() + Duration::from_secs(20);
        let stdout = child.stdout.take().unwrap();
        let mut seen = 0;
        for line in BufReader::new(stdout).lines() {
            let line = line.unwrap();
            if let Some(n) = line.strip_prefix("recorded ") {
                recorded.insert(n.parse::<u64>().unwrap());
            }
            if let Some(n) = line.strip_prefix("saved ") {
                acknowledged.insert(n.parse::<u64>().unwrap());
                seen += 1;
                if seen >= wanted || Instant::now() > deadline {
                    break;
                }
            }
        }
        child.kill().unwrap();
        child.wait().unwrap();
        assert!(seen > 0, "round {round}: the child saved nothing");

        let store = Store::unlock(&paths(dir.path()), PASSPHRASE, Channel::Cli)
            .unwrap_or_else(|e| panic!("round {round}: the store does not open after a kill: {e}"));
        let report = store.verify().unwrap();
        assert!(report.is_ok(), "round {round}: {:?}", report.problems);
        let count = store.count_clients().unwrap() as u64;
        // Saves are numbered 0, 1, 2, …: every acknowledged one is below
        // the count, and the count has no gaps by construction.
        let highest = *acknowledged.iter().next_back().unwrap();
        assert!(
            count > highest,
            "round {round}: save {highest} was acknowledged but the store holds only {count}"
        );
        store.lock();
    }

    // And by name: every acknowledged save is there, exactly once, and
    // every acknowledged record of a case with it.
    let mut store = Store::unlock(&paths(dir.path()), PASSPHRASE, Channel::Cli).unwrap();
    assert!(!recorded.is_empty(), "no record save was acknowledged");
    for n in &acknowledged {
        let found = store
            .search_clients(&format!("Kaatuja {n}"), Purpose::Administration)
            .unwrap();
        let client = found
            .iter()
            .find(|c| c.name == format!("Kaatuja {n}"))
            .unwrap_or_else(|| panic!("acknowledged save {n} is missing"));
        if recorded.contains(n) {
            let case = store.open_case(client.id, Purpose::Administration).unwrap();
            assert!(
                case.consents
                    .iter()
                    .any(|c| c.record.scope == format!("Kaatuja {n}: toimeentulotiedot")),
                "acknowledged record {n} is missing"
            );
        }
    }
    println!(
        "{KILLS} kills: {} client saves and {} record saves acknowledged, all there",
        acknowledged.len(),
        recorded.len()
    );
}
