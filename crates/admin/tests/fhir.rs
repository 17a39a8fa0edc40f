//! `kohtaamo-admin fhir` as IT staff and scripts use it: the real binary on
//! a real store holding demo cases, every bundle checked against the
//! official FHIR R4 schema, its resource types and its references, and
//! every export found again as a disclosure in the client's access log
//! and report.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a helper that cannot set up its store should fail the test"
)]

#[path = "../../interop/tests/support/fhir_check.rs"]
mod fhir_check;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use kohtaamo_model::access::Action;
use kohtaamo_store::{demo, Channel, KdfParams, Purpose, Store, StorePaths};
use serde_json::Value;

const PASSPHRASE: &str = "fhir test passphrase";
const HEALTH_REGISTER: &str = "urn:oid:1.2.246.537.5.40150";
const SOCIAL_REGISTER: &str = "urn:oid:1.2.246.537.6.1264";
/// A demo case's health care assessment entry, in the client's words.
const HEALTH_ENTRY: &str = "Väsyttää paljon";
/// A demo case's social welfare note.
const SOCIAL_NOTE: &str = "Asiakas toivoo, että asiat hoidetaan yhdellä käynnillä.";

fn admin(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kohtaamo-admin"))
        .args(args)
        .env("KOHTAAMO_PASSPHRASE", PASSPHRASE)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// A nurse's store with three demo cases (temporary codes only) and, with
/// `settings`, the example organisation settings (custodians included)
/// imported through the CLI. Returns the store and one client's id.
fn demo_store(dir: &Path, settings: bool) -> (PathBuf, String) {
    let db = dir.join("case.db");
    let mut store = Store::create(
        &StorePaths::for_db(&db),
        PASSPHRASE,
        KdfParams::FAST_INSECURE,
        Channel::App,
    )
    .unwrap();
    demo::populate(&mut store, 3, 7).unwrap();
    let (nurse, _) = store
        .professionals()
        .unwrap()
        .into_iter()
        .find(|(_, p)| p.name == "Hoitaja Demo")
        .unwrap();
    store.choose_owner(nurse).unwrap();
    let client = store.search_clients("", Purpose::Administration).unwrap()[0].id;
    drop(store);
    if settings {
        let example = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../assets/examples/organisation-settings.json");
        let out = admin(&["import-settings", "--store", s(&db), "--from", s(&example)]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    (db, client.to_string())
}

fn provenance_registers(bundle: &Value) -> Vec<String> {
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == "Provenance")
        .map(|r| {
            r["entity"][0]["what"]["identifier"]["system"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

#[test]
fn a_case_goes_to_stdout_or_a_new_private_file_valid_and_logged_as_a_disclosure() {
    let dir = tempfile::tempdir().unwrap();
    let (db, client) = demo_store(dir.path(), true);

    // To stdout, for the owner's own register (health care).
    let out = admin(&["fhir", "--store", s(&db), "--client", &client]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let bundle: Value = serde_json::from_slice(&out.stdout).unwrap();
    fhir_check::assert_valid_bundle(&bundle);
    assert_eq!(bundle["type"], "collection");
    // The demo's consent lets social welfare's notes reach health care;
    // they keep their own register's provenance.
    assert_eq!(
        provenance_registers(&bundle),
        [HEALTH_REGISTER, SOCIAL_REGISTER]
    );
    let text = bundle.to_string();
    assert!(text.contains(SOCIAL_NOTE));
    assert!(text.contains(HEALTH_ENTRY));
    assert!(text.contains("\"use\":\"temp\""));
    assert!(!text.contains("urn:oid:1.2.246.21"));
    for kind in [
        "Patient",
        "Practitioner",
        "CareTeam",
        "CarePlan",
        "Goal",
        "Consent",
    ] {
        assert!(
            fhir_check::resource_types(&bundle)
                .iter()
                .any(|t| t == kind),
            "{kind}"
        );
    }

    // To a file, for social welfare: no consent lets health care's
    // entries out that way.
    let file = dir.path().join("export.json");
    let out = admin(&[
        "fhir",
        "--store",
        s(&db),
        "--client",
        &client,
        "--register",
        "social-welfare",
        "--out",
        s(&file),
        "--why",
        "care",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    fhir_check::assert_valid_bundle(&written);
    assert_eq!(provenance_registers(&written), [SOCIAL_REGISTER]);
    assert!(!written.to_string().contains(HEALTH_ENTRY));
    assert!(written.to_string().contains(SOCIAL_NOTE));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
    // Nothing else was left beside it.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("case."))
        .collect();
    assert_eq!(names, ["export.json"]);

    // An existing file is never overwritten, and nothing is disclosed.
    let before = std::fs::read(&file).unwrap();
    let again = admin(&[
        "fhir",
        "--store",
        s(&db),
        "--client",
        &client,
        "--out",
        s(&file),
    ]);
    assert_eq!(code(&again), 1);
    assert!(
        stderr(&again).contains("never overwrites"),
        "{}",
        stderr(&again)
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);

    // Both exports are disclosures in the log and the client's report.
    let log = admin(&["access-log", "--store", s(&db), "--client", &client]);
    assert_eq!(code(&log), 0, "{}", stderr(&log));
    let entries: Vec<Value> = serde_json::from_slice(&log.stdout).unwrap();
    let exports: Vec<(String, String, String)> = entries
        .iter()
        .filter(|e| e["record"].as_str().unwrap().starts_with("fhir-bundle"))
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_owned(),
                e["record"].as_str().unwrap().to_owned(),
                e["purpose"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        exports,
        [
            (
                "export".into(),
                "fhir-bundle-health-care".into(),
                "administration".into()
            ),
            (
                "export".into(),
                "fhir-bundle-social-welfare".into(),
                "care".into()
            ),
        ]
    );
    let mut store = Store::unlock(&StorePaths::for_db(&db), PASSPHRASE, Channel::Cli).unwrap();
    let report = store
        .access_report(client.parse().unwrap(), Purpose::ClientRequest)
        .unwrap();
    let disclosed: Vec<&str> = report
        .lines
        .iter()
        .filter(|l| l.action == Action::Export)
        .map(|l| l.record.as_str())
        .collect();
    assert!(
        disclosed.contains(&"fhir-bundle-health-care"),
        "{disclosed:?}"
    );
    assert!(
        disclosed.contains(&"fhir-bundle-social-welfare"),
        "{disclosed:?}"
    );
    assert!(store.verify().unwrap().is_ok());
}

#[test]
fn a_missing_client_is_exit_1_and_a_bad_register_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let (db, client) = demo_store(dir.path(), true);
    let nobody = "01900000-0000-7000-8000-000000000099";
    let out = admin(&["fhir", "--store", s(&db), "--client", nobody]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains(&format!("no client with id {nobody}")),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());

    let file = dir.path().join("never.json");
    let out = admin(&[
        "fhir",
        "--store",
        s(&db),
        "--client",
        &client,
        "--register",
        "dental",
        "--out",
        s(&file),
    ]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(!file.exists());
    let out = admin(&["fhir", "--store", s(&db), "--client", "99"]);
    assert_eq!(code(&out), 2);
}

#[test]
fn without_a_custodian_in_the_settings_nothing_is_exported_or_logged() {
    let dir = tempfile::tempdir().unwrap();
    let (db, client) = demo_store(dir.path(), false);
    let file = dir.path().join("export.json");
    let out = admin(&[
        "fhir",
        "--store",
        s(&db),
        "--client",
        &client,
        "--out",
        s(&file),
    ]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("custodian"), "{}", stderr(&out));
    assert!(!file.exists());
    let log = admin(&["access-log", "--store", s(&db), "--client", &client]);
    let entries: Vec<Value> = serde_json::from_slice(&log.stdout).unwrap();
    assert!(entries
        .iter()
        .all(|e| !e["record"].as_str().unwrap().starts_with("fhir-bundle")));
}
