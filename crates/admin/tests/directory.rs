//! The organisation's directory file, as IT imports it with
//! `kohtaamo-admin import-directory`: the documented format, the same key
//! updating the same person, and a file with any bad entry changing nothing.

#![allow(
    clippy::unwrap_used,
    reason = "a helper that cannot set up its store should fail the test"
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use kohtaamo_store::{Channel, KdfParams, Store, StorePaths};

const PASSPHRASE: &str = "directory test passphrase";

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

fn import(db: &Path, file: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kohtaamo-admin"))
        .args(["import-directory", "--store"])
        .arg(db)
        .arg("--from")
        .arg(file)
        .env("KOHTAAMO_PASSPHRASE", PASSPHRASE)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn new_store(dir: &Path) -> PathBuf {
    let db = dir.join("dir.db");
    Store::create(
        &StorePaths::for_db(&db),
        PASSPHRASE,
        KdfParams::FAST_INSECURE,
        Channel::App,
    )
    .unwrap();
    db
}

fn open(db: &Path) -> Store {
    Store::unlock(&StorePaths::for_db(db), PASSPHRASE, Channel::Cli).unwrap()
}

#[test]
fn the_example_file_follows_the_documented_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo("assets/schemas/directory.schema.json")).unwrap(),
    )
    .unwrap();
    let example: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo("assets/examples/directory.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&example)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        schema["properties"]["format"]["const"],
        kohtaamo_model::directory::DIRECTORY_FORMAT
    );
    // The schema refuses what the importer refuses: a person without a sector.
    let mut bad = example.clone();
    bad["people"][0].as_object_mut().unwrap().remove("sector");
    assert!(!validator.is_valid(&bad));
}

#[test]
fn importing_again_updates_the_same_people_and_adds_no_one_twice() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_store(dir.path());
    let example = repo("assets/examples/directory.json");
    let out = import(&db, &example);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("2 people added, 0 updated"), "{said}");
    assert!(said.contains("1 organisations added"), "{said}");

    // The same people, one with a new phone, and one person new.
    let mut file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&example).unwrap()).unwrap();
    file["people"][0]["phone"] = "+358 40 000 0999".into();
    file["people"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({ "key": "HR-900103", "name": "Uusi Hakemisto", "sector": "health-care" }));
    let changed = dir.path().join("changed.json");
    std::fs::write(&changed, file.to_string()).unwrap();
    let out = import(&db, &changed);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("1 people added, 2 updated"), "{said}");

    let store = open(&db);
    let people = store.professionals().unwrap();
    assert_eq!(people.len(), 3);
    let social = people
        .iter()
        .find(|(_, p)| p.directory_key.as_deref() == Some("HR-900101"))
        .unwrap();
    assert_eq!(social.1.phone, "+358 40 000 0999");
    assert_eq!(store.organisations().unwrap().len(), 1);
}

#[test]
fn a_file_with_bad_entries_names_each_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_store(dir.path());
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"{ "format": "kohtaamo-directory/1", "people": [
            { "key": "HR-1", "name": "Hyvä Henkilö", "sector": "health-care" },
            { "key": "HR-2", "name": "Sairaala Henkilö", "sector": "hospital" },
            { "key": "HR-3", "name": "", "sector": "social-welfare" }
        ] }"#,
    )
    .unwrap();
    let out = import(&db, &bad);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains(r#"person 2 (key "HR-2")"#), "{said}");
    assert!(said.contains("hospital"), "{said}");
    assert!(said.contains(r#"person 3 (key "HR-3")"#), "{said}");
    assert!(said.contains("nothing was imported"), "{said}");
    assert!(
        !said.contains("HR-1\""),
        "a good entry was called bad: {said}"
    );
    assert!(open(&db).professionals().unwrap().is_empty());

    let out = import(&db, &dir.path().join("missing.json"));
    assert_eq!(out.status.code(), Some(1));
}

fn import_settings(db: &Path, file: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kohtaamo-admin"))
        .args(["import-settings", "--store"])
        .arg(db)
        .arg("--from")
        .arg(file)
        .env("KOHTAAMO_PASSPHRASE", PASSPHRASE)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn the_settings_example_follows_its_schema_and_imports() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo("assets/schemas/organisation-settings.schema.json")).unwrap(),
    )
    .unwrap();
    let path = repo("assets/examples/organisation-settings.json");
    let example: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&example)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");

    let dir = tempfile::tempdir().unwrap();
    let db = new_store(dir.path());
    assert_eq!(
        open(&db).organisation_settings().unwrap(),
        kohtaamo_model::settings::OrganisationSettings::default(),
        "a new store has the built-in settings"
    );
    let out = import_settings(&db, &path);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let settings = open(&db).organisation_settings().unwrap();
    assert_eq!(settings.idle_lock.seconds, 600);
    assert_eq!(
        settings.custodians.social_welfare.identifier,
        "1.2.246.10.9000001.10.1"
    );
}

#[test]
fn a_bad_settings_file_names_each_problem_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_store(dir.path());
    let bad = dir.path().join("bad-settings.json");
    std::fs::write(
        &bad,
        r#"{ "format": "kohtaamo-settings/1",
             "idle_lock": { "seconds": 5 },
             "custodians": { "health_care": { "name": "Esimerkkialue" } },
             "colour": "blue" }"#,
    )
    .unwrap();
    let out = import_settings(&db, &bad);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("idle_lock.seconds must be between 30"),
        "{said}"
    );
    assert!(
        said.contains("custodians.health_care.identifier is missing"),
        "{said}"
    );
    assert!(said.contains("colour is unknown"), "{said}");
    assert!(said.contains("nothing was changed"), "{said}");
    assert_eq!(
        open(&db).organisation_settings().unwrap(),
        kohtaamo_model::settings::OrganisationSettings::default()
    );
}
