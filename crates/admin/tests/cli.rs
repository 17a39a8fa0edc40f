//! `kohtaamo-admin` as IT staff and scripts use it: the real binary on real
//! store files, checked by exit code, output and the files it leaves.

#![allow(
    clippy::unwrap_used,
    reason = "a helper that cannot set up its store should fail the test"
)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use kohtaamo_model::{Language, NewClient};
use kohtaamo_store::envelope::KeyFile;
use kohtaamo_store::{Channel, KdfParams, Purpose, Store, StorePaths};

const PASSPHRASE: &str = "cli test passphrase";

fn admin(args: &[&str], passphrase: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kohtaamo-admin"));
    cmd.args(args)
        .env_remove("KOHTAAMO_PASSPHRASE")
        .env_remove("KOHTAAMO_NEW_PASSPHRASE")
        .stdin(Stdio::null());
    if let Some(p) = passphrase {
        cmd.env("KOHTAAMO_PASSPHRASE", p);
    }
    cmd.output().unwrap()
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// A store made through the library with the cheap KDF (the CLI reads the
/// parameters from the key file), holding the named clients.
fn store_with(dir: &Path, clients: &[(&str, &str)]) -> PathBuf {
    let db = dir.join("case.db");
    let mut store = Store::create(
        &StorePaths::for_db(&db),
        PASSPHRASE,
        KdfParams::FAST_INSECURE,
        Channel::App,
    )
    .unwrap();
    for (name, hetu) in clients {
        let client = NewClient {
            name: (*name).into(),
            hetu: (*hetu).into(),
            language: Language::Fi,
        }
        .validate()
        .unwrap();
        store.add_client(&client, Purpose::Care).unwrap();
    }
    db
}

#[test]
fn init_creates_a_store_once_and_never_overwrites_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_kohtaamo-admin"))
        .args(["init", "--store", s(&db), "--passphrase-stdin"])
        .env_remove("KOHTAAMO_PASSPHRASE")
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{PASSPHRASE}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        KeyFile::read(&db.with_extension("key"))
            .unwrap()
            .kdf_params()
            == KdfParams::DEFAULT
    );

    let again = admin(
        &["init", "--store", s(&db)],
        Some("another long passphrase"),
    );
    assert_eq!(code(&again), 1);
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
    // The first passphrase still opens it: nothing was replaced.
    let stats = admin(&["stats", "--store", s(&db)], Some(PASSPHRASE));
    assert_eq!(code(&stats), 0, "{}", stderr(&stats));
}

#[test]
fn a_too_short_new_passphrase_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    let out = admin(&["init", "--store", s(&db)], Some("short"));
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("at least 12"), "{}", stderr(&out));
    assert!(!db.exists());
}

#[test]
fn exit_codes_tell_usage_wrong_passphrase_and_missing_store_apart() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with(dir.path(), &[]);
    assert_eq!(code(&admin(&["list"], Some(PASSPHRASE))), 2, "no --store");
    assert_eq!(code(&admin(&["frobnicate"], None)), 2);
    let wrong = admin(&["list", "--store", s(&db)], Some("not the passphrase"));
    assert_eq!(code(&wrong), 3);
    assert!(stderr(&wrong).contains("passphrase is wrong"));
    let missing = admin(
        &["list", "--store", s(&dir.path().join("nope.db"))],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&missing), 1);
    assert!(
        stderr(&missing).contains("no store at"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn list_dump_and_access_log_show_the_data_and_log_their_reads() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with(
        dir.path(),
        &[
            ("Testinen Aino", "010190-923E"),
            ("Mallinen Bertta", "150785-941L"),
        ],
    );
    let list = admin(&["list", "--store", s(&db)], Some(PASSPHRASE));
    assert_eq!(code(&list), 0, "{}", stderr(&list));
    let text = stdout(&list);
    let lines: Vec<(&str, &str)> = text.lines().map(|l| l.split_once('\t').unwrap()).collect();
    let names: Vec<&str> = lines.iter().map(|(_, name)| *name).collect();
    assert_eq!(names, ["Mallinen Bertta", "Testinen Aino"]);
    // Ids that can leave the laptop, not row numbers.
    let aino = lines[1].0;
    assert!(uuid::Uuid::parse_str(aino).is_ok(), "{aino}");

    let dump = admin(
        &[
            "dump",
            "--store",
            s(&db),
            "--client",
            aino,
            "--why",
            "client-request",
        ],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&dump), 0, "{}", stderr(&dump));
    let json: serde_json::Value = serde_json::from_str(&stdout(&dump)).unwrap();
    assert_eq!(json["client"]["name"], "Testinen Aino");
    assert_eq!(json["client"]["hetu"], "010190-923E");

    let log = admin(
        &["access-log", "--store", s(&db), "--client", aino],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&log), 0, "{}", stderr(&log));
    let entries: Vec<serde_json::Value> = serde_json::from_str(&stdout(&log)).unwrap();
    let seen: Vec<(String, String, String)> = entries
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_owned(),
                e["channel"].as_str().unwrap().to_owned(),
                e["purpose"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("create".into(), "app".into(), "care".into()),
            // `list` showed her name on the IT person's screen.
            ("search".into(), "cli".into(), "administration".into()),
            ("export".into(), "cli".into(), "client-request".into()),
        ]
    );

    let nobody = "01900000-0000-7000-8000-000000000099";
    let unknown = admin(
        &["dump", "--store", s(&db), "--client", nobody],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&unknown), 1);
    assert!(stderr(&unknown).contains(&format!("no client with id {nobody}")));
    // Not an id at all: a usage error.
    let wrong = admin(
        &["dump", "--store", s(&db), "--client", "99"],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&wrong), 2);
}

#[test]
fn demo_adds_only_synthetic_clients_with_temporary_codes() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with(dir.path(), &[]);
    let out = admin(
        &["demo", "--store", s(&db), "--clients", "40"],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let mut store = Store::unlock(&StorePaths::for_db(&db), PASSPHRASE, Channel::Cli).unwrap();
    let all = store.search_clients("", Purpose::Administration).unwrap();
    assert_eq!(all.len(), 40);
    assert!(all.iter().all(|c| c.hetu.is_temporary()));
    // Every demo client has a whole case: an agreed plan and its revision.
    let case = store.open_case(all[0].id, Purpose::Administration).unwrap();
    assert_eq!(case.clientship.len(), 1);
    assert_eq!(case.plan_versions.len(), 2);
    assert!(case.plan_versions[0].record.is_agreed());
    assert!(!case.plan_versions[1].record.is_agreed());
    assert_eq!(case.plan_versions[0].record.goals.len(), 2);
    assert!(store.verify().unwrap().is_ok());
    drop(store);
    // Running demo again adds clients, and cases only for the new ones.
    let again = admin(
        &["demo", "--store", s(&db), "--clients", "5"],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&again), 0, "{}", stderr(&again));
}

#[test]
fn verify_passes_a_whole_store_and_fails_a_tampered_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with(dir.path(), &[("Testinen Aino", "010190-923E")]);
    let ok = admin(&["verify", "--store", s(&db)], Some(PASSPHRASE));
    assert_eq!(code(&ok), 0, "{}", stderr(&ok));
    assert!(stderr(&ok).starts_with("ok:"), "{}", stderr(&ok));

    let key = KeyFile::read(&db.with_extension("key"))
        .unwrap()
        .unwrap_key(PASSPHRASE)
        .unwrap();
    let raw = rusqlite::Connection::open(&db).unwrap();
    raw.execute_batch(&format!(
        "PRAGMA key = \"{}\";",
        key.sqlcipher_literal().as_str()
    ))
    .unwrap();
    raw.execute_batch(
        "DROP TRIGGER access_log_no_update; UPDATE access_log SET purpose = 'administration';",
    )
    .unwrap();
    drop(raw);

    let bad = admin(&["verify", "--store", s(&db)], Some(PASSPHRASE));
    assert_eq!(code(&bad), 1);
    assert!(
        stderr(&bad).contains("access log entry 1 was changed after it was written"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn a_flipped_byte_in_the_file_is_found_by_page_authentication() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with(dir.path(), &[("Testinen Aino", "010190-923E")]);
    // Fold the WAL into the file so the damage lands in pages that are read.
    Store::unlock(&StorePaths::for_db(&db), PASSPHRASE, Channel::Cli)
        .unwrap()
        .lock();
    let mut bytes = std::fs::read(&db).unwrap();
    assert!(bytes.len() > 8192);
    let at = bytes.len() - 100;
    bytes[at] ^= 0x55;
    std::fs::write(&db, bytes).unwrap();
    let out = admin(&["verify", "--store", s(&db)], Some(PASSPHRASE));
    // 1: damage found (not a usage error, not a wrong passphrase).
    assert_eq!(code(&out), 1, "damage went unnoticed: {}", stderr(&out));
}

#[test]
fn backup_and_restore_round_trip_and_never_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with(
        dir.path(),
        &[
            ("Testinen Aino", "010190-923E"),
            ("Mallinen Bertta", "150785-941L"),
        ],
    );
    let backup = dir.path().join("case.kohtaamo-backup");
    let out = admin(
        &["backup", "--store", s(&db), "--to", s(&backup)],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("verified"));

    // A second backup to the same file is refused.
    let again = admin(
        &["backup", "--store", s(&db), "--to", s(&backup)],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&again), 1);

    // Restore never touches an existing store.
    let before = std::fs::read(&db).unwrap();
    let over = admin(
        &["restore", "--store", s(&db), "--from", s(&backup)],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&over), 1);
    assert!(stderr(&over).contains("never touches"), "{}", stderr(&over));
    assert_eq!(std::fs::read(&db).unwrap(), before);

    let restored = dir.path().join("restored").join("case.db");
    let wrong = admin(
        &["restore", "--store", s(&restored), "--from", s(&backup)],
        Some("not the passphrase"),
    );
    assert_eq!(code(&wrong), 3);
    assert!(!restored.exists());

    let out = admin(
        &["restore", "--store", s(&restored), "--from", s(&backup)],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let list = admin(&["list", "--store", s(&restored)], Some(PASSPHRASE));
    assert_eq!(stdout(&list).lines().count(), 2);
    let verify = admin(&["verify", "--store", s(&restored)], Some(PASSPHRASE));
    assert_eq!(code(&verify), 0, "{}", stderr(&verify));
}

#[test]
fn a_damaged_backup_is_refused_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with(dir.path(), &[("Testinen Aino", "010190-923E")]);
    let backup = dir.path().join("b.kohtaamo-backup");
    assert_eq!(
        code(&admin(
            &["backup", "--store", s(&db), "--to", s(&backup)],
            Some(PASSPHRASE)
        )),
        0
    );
    let mut bytes = std::fs::read(&backup).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(&backup, &bytes).unwrap();
    let restored_dir = dir.path().join("r");
    let out = admin(
        &[
            "restore",
            "--store",
            s(&restored_dir.join("case.db")),
            "--from",
            s(&backup),
        ],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("checksum"), "{}", stderr(&out));
    assert!(!restored_dir.join("case.db").exists());
    assert!(!restored_dir.join("case.key").exists());
}

#[test]
fn rekey_replaces_the_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with(dir.path(), &[("Testinen Aino", "010190-923E")]);
    let out = Command::new(env!("CARGO_BIN_EXE_kohtaamo-admin"))
        .args(["rekey", "--store", s(&db)])
        .env("KOHTAAMO_PASSPHRASE", PASSPHRASE)
        .env("KOHTAAMO_NEW_PASSPHRASE", "a completely new passphrase")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        code(&admin(&["list", "--store", s(&db)], Some(PASSPHRASE))),
        3
    );
    let list = admin(
        &["list", "--store", s(&db)],
        Some("a completely new passphrase"),
    );
    assert_eq!(code(&list), 0, "{}", stderr(&list));
}

#[test]
fn the_cli_refuses_a_store_the_app_has_open() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with(dir.path(), &[("Testinen Aino", "010190-923E")]);
    let open = Store::unlock(&StorePaths::for_db(&db), PASSPHRASE, Channel::App).unwrap();
    let out = admin(&["list", "--store", s(&db)], Some(PASSPHRASE));
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("is open in Kohtaamo"),
        "{}",
        stderr(&out)
    );
    drop(open);
    assert_eq!(
        code(&admin(&["list", "--store", s(&db)], Some(PASSPHRASE))),
        0
    );
}

#[test]
fn no_saved_text_appears_in_any_file_of_the_store_or_its_backup() {
    let sentinels = [
        ("Sentinelli Ksenia", "010190-923E"),
        ("Vartija Quentin", "150785-941L"),
    ];
    let dir = tempfile::tempdir().unwrap();
    let db = store_with(dir.path(), &sentinels);
    // Keep the store open (with its -wal and -shm) while looking.
    let mut open = Store::unlock(&StorePaths::for_db(&db), PASSPHRASE, Channel::App).unwrap();
    open.search_clients("sentin", Purpose::Care).unwrap();
    open.backup_to(
        &dir.path().join("b.kohtaamo-backup"),
        Purpose::Administration,
        &kohtaamo_store::backup::no_progress,
    )
    .unwrap();
    let mut files = 0;
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        files += 1;
        for (name, hetu) in sentinels {
            for needle in [name, hetu, &name.to_lowercase(), "sentin", PASSPHRASE] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                    "{} holds {needle:?}",
                    path.display()
                );
            }
        }
    }
    assert!(
        files >= 6,
        "db, wal, shm, key, log head, lock, backup: found {files}"
    );
}

#[test]
fn bench_prints_every_figure() {
    let dir = tempfile::tempdir().unwrap();
    let out = admin(
        &[
            "bench",
            "--store",
            s(&dir.path().join("bench")),
            "--clients",
            "300",
            "--rounds",
            "5",
        ],
        None,
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    for operation in [
        "open a whole case",
        "search by name",
        "search by henkilötunnus",
        "durable plan edit with log entry",
        "FHIR export of a case",
    ] {
        assert!(text.contains(operation), "{text}");
    }
}

#[test]
fn report_gives_the_figures_with_the_rule_and_refuses_a_bad_period() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with(dir.path(), &[]);
    let demo = admin(
        &["demo", "--store", s(&db), "--clients", "12"],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&demo), 0, "{}", stderr(&demo));
    let today = chrono::Local::now().date_naive();
    let from = (today - chrono::Days::new(60)).to_string();
    let to = today.to_string();
    let text = admin(
        &["report", "--store", s(&db), "--from", &from, "--to", &to],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&text), 0, "{}", stderr(&text));
    let out = stdout(&text);
    assert!(out.contains("A count of 1–4 is suppressed"), "{out}");
    // Twelve demo clients, the first of them closed a few days ago (the
    // demo's caseload varies): eleven active at the end, each with a plan.
    assert!(out.contains("total\t11"), "{out}");
    let csv = admin(
        &[
            "report",
            "--store",
            s(&db),
            "--from",
            &from,
            "--to",
            &to,
            "--csv",
        ],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&csv), 0, "{}", stderr(&csv));
    assert!(stdout(&csv).starts_with("section,item,value\n"));
    assert!(
        stdout(&csv).contains("agreed plan,of,11"),
        "{}",
        stdout(&csv)
    );
    // No name or code of a client anywhere in it.
    let mut store = Store::unlock(&StorePaths::for_db(&db), PASSPHRASE, Channel::Cli).unwrap();
    for c in store.search_clients("", Purpose::Administration).unwrap() {
        assert!(!out.contains(&c.name) && !out.contains(c.hetu.as_str()));
    }
    drop(store);
    for (from, to) in [("2026-13-01", "2026-12-01"), ("2026-12-01", "2026-11-01")] {
        let bad = admin(
            &["report", "--store", s(&db), "--from", from, "--to", to],
            Some(PASSPHRASE),
        );
        assert_eq!(code(&bad), 2, "{from}–{to}: {}", stderr(&bad));
        assert!(!stderr(&bad).is_empty());
    }
}

#[test]
fn a_units_own_instrument_is_imported_and_a_bad_file_names_its_field() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with(dir.path(), &[]);
    let own = dir.path().join("oma-prom.json");
    std::fs::write(
        &own,
        kohtaamo_model::measure::EXAMPLE_PROM.replace("\"example-prom\"", "\"oma-prom\""),
    )
    .unwrap();
    let out = admin(
        &["import-instrument", "--store", s(&store), "--from", s(&own)],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("imported oma-prom version 1"),
        "{}",
        stderr(&out)
    );
    // Once is enough: the same file again changes nothing.
    let again = admin(
        &["import-instrument", "--store", s(&store), "--from", s(&own)],
        Some(PASSPHRASE),
    );
    assert!(
        stderr(&again).contains("already there"),
        "{}",
        stderr(&again)
    );
    let bad = dir.path().join("rikki.json");
    std::fs::write(
        &bad,
        kohtaamo_model::measure::EXAMPLE_PROM.replace("\"min\": 0", "\"min\": \"nolla\""),
    )
    .unwrap();
    let out = admin(
        &["import-instrument", "--store", s(&store), "--from", s(&bad)],
        Some(PASSPHRASE),
    );
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("scale.min"), "{}", stderr(&out));
}
