//! The store against real SQLCipher files on disk.

#![allow(
    clippy::unwrap_used,
    reason = "a helper that cannot set up its store should fail the test"
)]

use std::path::Path;

use kohtaamo_model::client::ValidNewClient;
use kohtaamo_model::{Language, NewClient};
use kohtaamo_store::{Channel, KdfParams, Purpose, Store, StoreError, StorePaths};

const PASSPHRASE: &str = "test passphrase, long enough";

fn paths(dir: &Path) -> StorePaths {
    StorePaths::for_db(dir.join("case.db"))
}

fn new_store(dir: &Path) -> Store {
    Store::create(
        &paths(dir),
        PASSPHRASE,
        KdfParams::FAST_INSECURE,
        Channel::Cli,
    )
    .unwrap()
}

fn client(name: &str, hetu: &str) -> ValidNewClient {
    NewClient {
        name: name.into(),
        hetu: hetu.into(),
        language: Language::Fi,
    }
    .validate()
    .unwrap()
}

fn all_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_saved_client_is_there_after_lock_and_unlock() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(dir.path());
    let saved = store
        .add_client(&client("Aino Testinen", "010190-923E"), Purpose::Care)
        .unwrap();
    store.lock();

    let mut store = Store::unlock(&paths(dir.path()), PASSPHRASE, Channel::Cli).unwrap();
    let again = store.get_client(saved.id, Purpose::Care).unwrap();
    assert_eq!(again, saved);
    assert_eq!(store.count_clients().unwrap(), 1);
}

#[test]
fn a_wrong_passphrase_is_refused_and_changes_no_byte() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(dir.path());
    store
        .add_client(&client("Aino Testinen", "010190-923E"), Purpose::Care)
        .unwrap();
    store.lock();
    let before = all_files(dir.path());

    let err = Store::unlock(&paths(dir.path()), "not the passphrase", Channel::Cli).unwrap_err();
    assert!(matches!(err, StoreError::WrongPassphrase), "{err}");
    assert_eq!(all_files(dir.path()), before);
}

#[test]
fn nothing_readable_is_left_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(dir.path());
    let sentinels = ["Sentinelli Vuotokoe", "Kontrolli Salaisuus"];
    store
        .add_client(&client(sentinels[0], "010190-923E"), Purpose::Care)
        .unwrap();
    store
        .add_client(&client(sentinels[1], "150785-941L"), Purpose::Care)
        .unwrap();
    let check = |phase: &str| {
        let files = all_files(dir.path());
        assert!(files.iter().any(|(n, _)| n == "case.db"));
        for (name, bytes) in &files {
            assert!(
                !bytes.starts_with(b"SQLite format 3"),
                "{phase}: {name} is plain SQLite"
            );
            for secret in sentinels.iter().chain(&["010190-923E", "150785-941L"]) {
                assert!(
                    !contains(bytes, secret.as_bytes()),
                    "{phase}: {name} leaks {secret}"
                );
            }
        }
    };
    // While open the WAL holds the fresh writes; after closing, the database.
    check("open");
    assert!(dir.path().join("case.db-wal").exists());
    store.lock();
    check("closed");
}

#[test]
fn creating_over_an_existing_store_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    new_store(dir.path()).lock();
    let before = all_files(dir.path());
    let err = Store::create(
        &paths(dir.path()),
        "another passphrase",
        KdfParams::FAST_INSECURE,
        Channel::Cli,
    )
    .unwrap_err();
    assert!(matches!(err, StoreError::AlreadyExists { .. }), "{err}");
    assert_eq!(all_files(dir.path()), before);
}

#[test]
fn unlocking_a_missing_store_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let err = Store::unlock(&paths(dir.path()), PASSPHRASE, Channel::Cli).unwrap_err();
    assert!(matches!(err, StoreError::Missing { .. }), "{err}");
    assert!(all_files(dir.path()).is_empty(), "unlocking created files");
}

#[test]
fn a_duplicate_henkilotunnus_is_refused_and_the_first_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(dir.path());
    let first = store
        .add_client(&client("Aino Testinen", "010190-923E"), Purpose::Care)
        .unwrap();
    let err = store
        .add_client(&client("Toinen Nimi", "010190-923E"), Purpose::Care)
        .unwrap_err();
    assert!(matches!(err, StoreError::DuplicateHetu), "{err}");
    assert_eq!(store.count_clients().unwrap(), 1);
    assert_eq!(
        store.get_client(first.id, Purpose::Care).unwrap().name,
        "Aino Testinen"
    );
}

#[test]
fn search_finds_by_any_case_of_the_name_and_by_hetu_prefix() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(dir.path());
    store
        .add_client(&client("Äijö Öhman", "010190-923E"), Purpose::Care)
        .unwrap();
    store
        .add_client(&client("Bertta Mallinen", "150785-941L"), Purpose::Care)
        .unwrap();
    store
        .add_client(&client("Cecilia 100%_Test", "290200A977U"), Purpose::Care)
        .unwrap();

    let mut names = |q: &str| -> Vec<String> {
        store
            .search_clients(q, Purpose::Care)
            .unwrap()
            .into_iter()
            .map(|c| c.name)
            .collect()
    };
    assert_eq!(names("äIJÖ"), ["Äijö Öhman"]);
    assert_eq!(names("mallinen"), ["Bertta Mallinen"]);
    assert_eq!(names("150785"), ["Bertta Mallinen"]);
    assert_eq!(names("290200a"), ["Cecilia 100%_Test"]);
    // Words match from their beginning, in any order.
    assert_eq!(names("öhm äi"), ["Äijö Öhman"]);
    assert_eq!(names("mall"), ["Bertta Mallinen"]);
    assert_eq!(names("llinen"), Vec::<String>::new());
    // Wildcards and FTS syntax typed by the user are not operators.
    assert_eq!(names("%_"), Vec::<String>::new());
    assert_eq!(names("test*"), ["Cecilia 100%_Test"]);
    assert_eq!(names("\"bertta OR"), Vec::<String>::new());
    assert_eq!(names("zzz"), Vec::<String>::new());
    assert_eq!(names("").len(), 3);
}

#[test]
fn an_unknown_client_id_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(dir.path());
    let err = store
        .get_client(kohtaamo_model::ClientId::from_u128(42), Purpose::Care)
        .unwrap_err();
    assert!(matches!(err, StoreError::ClientNotFound(_)), "{err}");
}

#[test]
fn changing_the_passphrase_keeps_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(dir.path());
    store
        .add_client(&client("Aino Testinen", "010190-923E"), Purpose::Care)
        .unwrap();
    store.lock();
    let db_before = std::fs::read(dir.path().join("case.db")).unwrap();

    Store::change_passphrase(&paths(dir.path()), PASSPHRASE, "a brand new passphrase").unwrap();
    assert_eq!(
        std::fs::read(dir.path().join("case.db")).unwrap(),
        db_before
    );
    assert!(matches!(
        Store::unlock(&paths(dir.path()), PASSPHRASE, Channel::Cli),
        Err(StoreError::WrongPassphrase)
    ));
    let store = Store::unlock(&paths(dir.path()), "a brand new passphrase", Channel::Cli).unwrap();
    assert_eq!(store.count_clients().unwrap(), 1);
}

#[test]
fn a_key_file_from_another_store_is_recognised() {
    let one = tempfile::tempdir().unwrap();
    let two = tempfile::tempdir().unwrap();
    new_store(one.path()).lock();
    new_store(two.path()).lock();
    std::fs::copy(two.path().join("case.key"), one.path().join("case.key")).unwrap();
    let err = Store::unlock(&paths(one.path()), PASSPHRASE, Channel::Cli).unwrap_err();
    assert!(matches!(err, StoreError::KeyFileMismatch { .. }), "{err}");
}

#[test]
fn the_schema_is_migrated_to_the_current_version() {
    let dir = tempfile::tempdir().unwrap();
    let store = new_store(dir.path());
    // The version this build writes: schema 9 keeps the figures' facts
    // beside the records they come from.
    assert_eq!(
        store.schema_version().unwrap(),
        kohtaamo_store::SCHEMA_VERSION
    );
    assert_eq!(kohtaamo_store::SCHEMA_VERSION, 10);
}

// Checked at compile time: the documented derivation (128 MiB, 8 passes),
// no weaker.
const _: () = assert!(KdfParams::DEFAULT.m_cost_kib == 128 * 1024);
const _: () = assert!(KdfParams::DEFAULT.t_cost == 8);

#[test]
fn a_client_edit_based_on_an_old_revision_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(dir.path());
    let saved = store
        .add_client(&client("Aino Testinen", "010190-923E"), Purpose::Care)
        .unwrap();
    let change = |name: &str| kohtaamo_store::ClientChange {
        name: name.into(),
        language: Language::Sv,
    };
    assert_eq!(
        store
            .update_client(saved.id, 1, &change("Aino Testinen-Virta"), Purpose::Care)
            .unwrap(),
        2
    );
    let err = store
        .update_client(saved.id, 1, &change("Vanha tieto"), Purpose::Care)
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::StaleRevision {
                expected: 1,
                found: 2
            }
        ),
        "{err}"
    );
    let now = store.get_client(saved.id, Purpose::Care).unwrap();
    assert_eq!(now.name, "Aino Testinen-Virta");
    assert_eq!(
        store.search_clients("virta", Purpose::Care).unwrap().len(),
        1
    );
}

#[test]
fn the_security_settings_are_in_force_on_every_open() {
    let dir = tempfile::tempdir().unwrap();
    let store = new_store(dir.path());
    let expected = [
        ("cipher_memory_security", "1"),
        ("secure_delete", "1"),
        // 2 = MEMORY: temporary tables never reach an unencrypted file.
        ("temp_store", "2"),
        ("trusted_schema", "0"),
        ("journal_mode", "wal"),
        // 2 = FULL: a commit that returned survives a power loss.
        ("synchronous", "2"),
    ];
    let found: Vec<(&str, String)> = store.security_settings().unwrap();
    let found: Vec<(&str, &str)> = found.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(found, expected);
    store.lock();
    let store = Store::unlock(&paths(dir.path()), PASSPHRASE, Channel::Cli).unwrap();
    let again: Vec<(&str, String)> = store.security_settings().unwrap();
    let again: Vec<(&str, &str)> = again.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(again, expected);
}

/// The modes of a store's folder and files: the owner's alone.
#[cfg(unix)]
#[test]
fn the_store_folder_and_every_file_are_the_owners_alone() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("new-folder");
    let paths = StorePaths::for_db(folder.join("store.db"));
    let mut store =
        Store::create(&paths, PASSPHRASE, KdfParams::FAST_INSECURE, Channel::Cli).unwrap();
    store
        .add_client(&client("Testinen Aino", "010190-923E"), Purpose::Care)
        .unwrap();
    let backup = dir.path().join("backup.kohtaamo");
    store
        .backup_to(
            &backup,
            Purpose::Administration,
            &kohtaamo_store::backup::no_progress,
        )
        .unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&folder), 0o700, "the store's folder");
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        assert_eq!(mode(&path), 0o600, "{}", path.display());
        seen.push(path.file_name().unwrap().to_string_lossy().into_owned());
    }
    seen.sort();
    assert_eq!(
        seen,
        [
            "store.db",
            "store.db-shm",
            "store.db-wal",
            "store.key",
            "store.lock",
            "store.loghead"
        ]
    );
    assert_eq!(mode(&backup), 0o600, "the backup");
    store.lock();

    // A store made with the default modes is made the owner's when opened.
    for name in ["store.db", "store.key", "store.loghead"] {
        std::fs::set_permissions(folder.join(name), std::fs::Permissions::from_mode(0o644))
            .unwrap();
    }
    let store = Store::unlock(&paths, PASSPHRASE, Channel::Cli).unwrap();
    for name in ["store.db", "store.key", "store.loghead"] {
        assert_eq!(mode(&folder.join(name)), 0o600, "{name}");
    }
    drop(store);
}

#[test]
fn the_demo_store_takes_only_temporary_codes() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(dir.path());
    // A code of the kind given to real people (individual number 002–899),
    // with a birth date in 2099 so that it is nobody's.
    let real = client("Tuleva Henkilö", "010199A123Y");
    assert!(!real.hetu.is_temporary());
    store.mark_as_demo().unwrap();
    let err = store.add_client(&real, Purpose::Care).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Rule(kohtaamo_model::rule::RuleError::Case(
                kohtaamo_model::rule::CaseError::DemoNeedsTemporaryHetu
            ))
        ),
        "{err}"
    );
    assert!(store.add_clients([&real], Purpose::Care).is_err());
    store
        .add_client(&client("Testinen Aino", "010190-923E"), Purpose::Care)
        .unwrap();
    assert_eq!(store.count_clients().unwrap(), 1);
}
