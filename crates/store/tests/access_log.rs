//! The access log and `verify`, against real SQLCipher files: every use of
//! a client's data is logged, and an edited, shortened or orphaned log is
//! caught.

#![allow(
    clippy::unwrap_used,
    reason = "a helper that cannot set up its store should fail the test"
)]

use std::path::Path;

use kohtaamo_model::{ClientId, Language, NewClient};
use kohtaamo_store::envelope::KeyFile;
use kohtaamo_store::verify::Problem;
use kohtaamo_store::{Action, Channel, KdfParams, Purpose, Store, StoreError, StorePaths};

const PASSPHRASE: &str = "test passphrase, long enough";

fn paths(dir: &Path) -> StorePaths {
    StorePaths::for_db(dir.join("case.db"))
}

/// A store with two clients, each written and read once.
fn store_with_history(dir: &Path) -> (Store, ClientId, ClientId) {
    let mut store = Store::create(
        &paths(dir),
        PASSPHRASE,
        KdfParams::FAST_INSECURE,
        Channel::App,
    )
    .unwrap();
    store.set_owner_name("Hoitaja Demo").unwrap();
    let mut add = |name: &str, hetu: &str| {
        let client = NewClient {
            name: name.into(),
            hetu: hetu.into(),
            language: Language::Fi,
        }
        .validate()
        .unwrap();
        store.add_client(&client, Purpose::Care).unwrap().id
    };
    let a = add("Aino Testinen", "010190-923E");
    let b = add("Bertta Mallinen", "150785-941L");
    store.get_client(a, Purpose::JointAppointment).unwrap();
    store.search_clients("Mall", Purpose::Care).unwrap();
    store.get_client(b, Purpose::Care).unwrap();
    (store, a, b)
}

/// Opens the database as an attacker with the passphrase would: straight
/// through SQLCipher, past the store's rules.
fn raw(dir: &Path) -> rusqlite::Connection {
    let paths = paths(dir);
    let key = KeyFile::read(paths.key())
        .unwrap()
        .unwrap_key(PASSPHRASE)
        .unwrap();
    let conn = rusqlite::Connection::open(paths.db()).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA key = \"{}\";",
        key.sqlcipher_literal().as_str()
    ))
    .unwrap();
    conn.execute_batch("DROP TRIGGER access_log_no_update; DROP TRIGGER access_log_no_delete;")
        .unwrap();
    conn
}

#[test]
fn every_read_and_write_of_a_client_is_logged_with_who_what_and_why() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, a, _) = store_with_history(dir.path());
    let log = store.access_log_for(a, Purpose::ClientRequest).unwrap();
    let seen: Vec<(Action, Purpose)> = log.iter().map(|e| (e.action, e.purpose)).collect();
    assert_eq!(
        seen,
        [
            (Action::Create, Purpose::Care),
            (Action::Read, Purpose::JointAppointment)
        ]
    );
    for entry in &log {
        assert_eq!(entry.actor, "Hoitaja Demo");
        assert_eq!(entry.channel, Channel::App);
        assert_eq!(entry.client, Some(a));
    }
    // Reading the log is itself a logged read, visible the next time.
    let again = store.access_log_for(a, Purpose::ClientRequest).unwrap();
    assert_eq!(again.len(), 3);
    assert_eq!(again[2].record, "access-log");
    assert!(again
        .windows(2)
        .all(|w| w[0].at <= w[1].at && w[0].seq < w[1].seq));
}

#[test]
fn a_failed_write_leaves_no_log_entry() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, a, _) = store_with_history(dir.path());
    let before = store
        .access_log_for(a, Purpose::ClientRequest)
        .unwrap()
        .len();
    let duplicate = NewClient {
        name: "Joku Muu".into(),
        hetu: "010190-923E".into(),
        language: Language::Sv,
    }
    .validate()
    .unwrap();
    assert!(matches!(
        store.add_client(&duplicate, Purpose::Care),
        Err(StoreError::DuplicateHetu)
    ));
    assert!(store
        .get_client(ClientId::from_u128(999), Purpose::Care)
        .is_err());
    assert!(store.verify().unwrap().is_ok());
    // Only the log read in between was added.
    assert_eq!(
        store
            .access_log_for(a, Purpose::ClientRequest)
            .unwrap()
            .len(),
        before + 1
    );
}

#[test]
fn an_untouched_store_verifies_clean_across_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _, _) = store_with_history(dir.path());
    let report = store.verify().unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    assert!(report.pages_checked);
    assert_eq!(report.log_entries, 5);
    store.lock();
    let store = Store::unlock(&paths(dir.path()), PASSPHRASE, Channel::Cli).unwrap();
    assert!(store.verify().unwrap().is_ok());
}

#[test]
fn an_edited_log_entry_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _, _) = store_with_history(dir.path());
    store.lock();
    // Hide that client b was read: make the read look like someone else's.
    raw(dir.path())
        .execute(
            "UPDATE access_log SET client_id = client_id + 100 WHERE seq = 5",
            [],
        )
        .unwrap();
    let store = Store::unlock(&paths(dir.path()), PASSPHRASE, Channel::Cli).unwrap();
    let report = store.verify().unwrap();
    assert_eq!(report.problems, [Problem::LogEntryAltered { seq: 5 }]);
}

#[test]
fn a_removed_entry_in_the_middle_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _, _) = store_with_history(dir.path());
    store.lock();
    raw(dir.path())
        .execute("DELETE FROM access_log WHERE seq = 3", [])
        .unwrap();
    let store = Store::unlock(&paths(dir.path()), PASSPHRASE, Channel::Cli).unwrap();
    let problems = store.verify().unwrap().problems;
    assert!(
        problems.contains(&Problem::LogGap {
            expected: 3,
            found: 4
        }),
        "{problems:?}"
    );
    assert!(
        problems.contains(&Problem::LogLinkBroken { seq: 4 }),
        "{problems:?}"
    );
}

#[test]
fn entries_cut_off_the_end_are_reported_through_the_head_outside_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _, _) = store_with_history(dir.path());
    store.lock();
    // A clean cut: the remaining chain is internally perfect.
    raw(dir.path())
        .execute("DELETE FROM access_log WHERE seq >= 4", [])
        .unwrap();
    let store = Store::unlock(&paths(dir.path()), PASSPHRASE, Channel::Cli).unwrap();
    assert_eq!(
        store.verify().unwrap().problems,
        [Problem::LogTruncated {
            head_seq: 5,
            last_seq: 3
        }]
    );
}

#[test]
fn a_missing_head_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _, _) = store_with_history(dir.path());
    std::fs::remove_file(paths(dir.path()).log_head()).unwrap();
    assert_eq!(store.verify().unwrap().problems, [Problem::LogHeadMissing]);
}

#[test]
fn a_second_program_cannot_open_a_store_that_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _, _) = store_with_history(dir.path());
    let err = Store::unlock(&paths(dir.path()), PASSPHRASE, Channel::Cli).unwrap_err();
    assert!(matches!(err, StoreError::InUse { .. }), "{err}");
    // A wrong passphrase is still just that, and says nothing about use.
    let err = Store::unlock(&paths(dir.path()), "wrong passphrase!!", Channel::Cli).unwrap_err();
    assert!(matches!(err, StoreError::WrongPassphrase), "{err}");
    store.lock();
    Store::unlock(&paths(dir.path()), PASSPHRASE, Channel::Cli).unwrap();
}

#[test]
fn the_owner_profile_names_the_actor_in_the_log() {
    use kohtaamo_model::case::professional::{Professional, Role, Sector};
    let dir = tempfile::tempdir().unwrap();
    let (mut store, a, _) = store_with_history(dir.path());
    let profile = Professional {
        name: "Sosiaalityöntekijä Demo".into(),
        role: Role::Sosiaalityontekija,
        sector: Sector::SocialWelfare,
        organisation: "Esimerkkialue".into(),
        unit: "Aikuissosiaalityö".into(),
        phone: String::new(),
        secure_email: "demo@example.fi".into(),
        retired: false,
        directory_key: None,
    };
    let id = store.save_owner_profile(&profile).unwrap();
    assert_eq!(store.owner_profile().unwrap(), Some((id, profile.clone())));
    store.get_client(a, Purpose::Care).unwrap();
    store.lock();
    let mut store = Store::unlock(&paths(dir.path()), PASSPHRASE, Channel::Cli).unwrap();
    let log = store.access_log_for(a, Purpose::ClientRequest).unwrap();
    assert_eq!(log.last().unwrap().actor, "Sosiaalityöntekijä Demo");
    assert_eq!(
        log[0].actor, "Hoitaja Demo",
        "earlier entries keep who acted then"
    );
    // Edited in the settings, the profile names the actor from then on.
    let mut renamed = profile.clone();
    renamed.name = "Sosiaalityöntekijä Demo-Esimerkki".into();
    store.update_professional(id, &renamed).unwrap();
    store.get_client(a, Purpose::Care).unwrap();
    let log = store.access_log_for(a, Purpose::ClientRequest).unwrap();
    assert_eq!(
        log.last().unwrap().actor,
        "Sosiaalityöntekijä Demo-Esimerkki"
    );
}

#[test]
fn a_client_taken_off_a_search_entry_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _, _) = store_with_history(dir.path());
    store.lock();
    // Hide that the search showed Bertta: her row leaves the entry's list.
    raw(dir.path())
        .execute_batch(
            "DROP TRIGGER access_log_listed_no_delete; DELETE FROM access_log_listed WHERE seq = 4;",
        )
        .unwrap();
    let store = Store::unlock(&paths(dir.path()), PASSPHRASE, Channel::Cli).unwrap();
    assert_eq!(
        store.verify().unwrap().problems,
        [Problem::LogEntryAltered { seq: 4 }]
    );
}

#[test]
fn a_search_logs_which_clients_it_showed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, a, b) = store_with_history(dir.path());
    // "Mall" found Bertta Mallinen only: her report says she was listed.
    let listed = |store: &mut Store, client| {
        store
            .access_log_for(client, Purpose::ClientRequest)
            .unwrap()
            .iter()
            .filter(|e| e.action == Action::Search)
            .count()
    };
    assert_eq!(listed(&mut store, a), 0);
    assert_eq!(listed(&mut store, b), 1);
    // The default list (an empty search) shows both.
    store.search_clients("", Purpose::Care).unwrap();
    assert_eq!(listed(&mut store, a), 1);
    assert_eq!(listed(&mut store, b), 2);
}

#[test]
fn entries_name_the_acting_professional_by_id_from_format_2_on() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, a, _) = store_with_history(dir.path());
    let [nurse, _] = kohtaamo_store::demo_case::team();
    let id = store.save_owner_profile(&nurse).unwrap();
    store.get_client(a, Purpose::Care).unwrap();
    let log = store.access_log_for(a, Purpose::ClientRequest).unwrap();
    assert!(log
        .iter()
        .all(|e| e.format == kohtaamo_store::access_log::FORMAT));
    assert_eq!(log[0].actor_id, None, "written before the profile");
    assert_eq!(log.last().unwrap().actor_id, Some(id));
    assert!(store.verify().unwrap().is_ok());
}

#[test]
fn the_clients_report_names_who_did_what_and_why_and_is_itself_logged() {
    use kohtaamo_model::access::Who;
    let dir = tempfile::tempdir().unwrap();
    let (mut store, a, _) = store_with_history(dir.path());
    let [nurse, _] = kohtaamo_store::demo_case::team();
    store.save_owner_profile(&nurse).unwrap();
    for _ in 0..3 {
        store.get_client(a, Purpose::Care).unwrap();
    }
    let report = store.access_report(a, Purpose::ClientRequest).unwrap();
    assert_eq!(report.client.id, a);
    assert_eq!(report.store_id, store.store_id());
    let seen: Vec<_> = report
        .lines
        .iter()
        .map(|l| {
            (
                l.action,
                l.purpose,
                l.times,
                matches!(l.who, Who::Professional { .. }),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            // By name only (set before profiles named people by id).
            (Action::Create, Purpose::Care, 1, false),
            (Action::Read, Purpose::JointAppointment, 1, false),
            // The three reads of one day are one line, by the profile.
            (Action::Read, Purpose::Care, 3, true),
        ]
    );
    // Handing the report over is a disclosure the next report shows.
    let again = store.access_report(a, Purpose::ClientRequest).unwrap();
    let last = again.lines.last().unwrap();
    assert_eq!(
        (last.action, last.record.as_str()),
        (Action::Export, "access-report")
    );
}
