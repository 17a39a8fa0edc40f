//! `kohtaamo-admin handout` and `info-sheet` as IT staff and scripts use
//! them: the real binary on a real store holding demo cases, the PDFs read
//! back as text with poppler's `pdftotext`, every handout found again as a
//! disclosure in the client's access log, and the exit codes kept.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a helper that cannot set up its store should fail the test"
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use kohtaamo_model::access::Action;
use kohtaamo_store::{demo, Channel, KdfParams, Purpose, Store, StorePaths};

const PASSPHRASE: &str = "handout test passphrase";
/// A demo case's note between professionals only.
const PROFESSIONALS_ONLY: &str = "Ammattilaisten kesken";

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

/// The PDF's text as poppler reads it. Fails, never skips, without poppler.
fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8", s(pdf), "-"])
        .output()
        .expect("pdftotext (poppler-utils; `cargo xtask test` installs it)");
    assert!(
        out.status.success(),
        "pdftotext: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A nurse's store with three demo cases (temporary codes only); one
/// client's id and the first goal of their agreed plan.
fn demo_store(dir: &Path) -> (PathBuf, String, String) {
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
    let case = store.open_case(client, Purpose::Administration).unwrap();
    let goal = case.agreed_plan().unwrap().record.goals[0].text.clone();
    (db, client.to_string(), goal)
}

fn disclosures(db: &Path, client: &str) -> Vec<String> {
    let mut store = Store::unlock(&StorePaths::for_db(db), PASSPHRASE, Channel::App).unwrap();
    store
        .access_log_for(client.parse().unwrap(), Purpose::ClientRequest)
        .unwrap()
        .into_iter()
        .filter(|e| e.action == Action::Export)
        .map(|e| e.record)
        .collect()
}

#[test]
fn a_handout_and_an_info_sheet_are_written_in_the_chosen_words_and_logged_as_given() {
    let dir = tempfile::tempdir().unwrap();
    let (db, client, goal) = demo_store(dir.path());
    let plan = dir.path().join("suunnitelma.pdf");
    let out = admin(&[
        "handout",
        "--store",
        s(&db),
        "--client",
        &client,
        "--lang",
        "fi",
        "--out",
        s(&plan),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = pdf_text(&plan);
    assert!(
        text.contains(&goal),
        "the goal in the client's words:\n{text}"
    );
    assert!(
        text.contains("Suunnitelmasi"),
        "in Finnish, as asked:\n{text}"
    );
    assert!(!text.contains(PROFESSIONALS_ONLY));

    let swedish = dir.path().join("informationsblad.pdf");
    let out = admin(&[
        "info-sheet",
        "--store",
        s(&db),
        "--client",
        &client,
        "--lang",
        "sv",
        "--out",
        s(&swedish),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = pdf_text(&swedish);
    assert!(text.contains("Hoitaja Demo"), "the team:\n{text}");

    let selko = dir.path().join("selko.pdf");
    let out = admin(&[
        "handout",
        "--store",
        s(&db),
        "--client",
        &client,
        "--selko",
        "--out",
        s(&selko),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_ne!(
        pdf_text(&selko),
        pdf_text(&plan),
        "plain Finnish has words of its own"
    );

    assert_eq!(
        disclosures(&db, &client),
        ["handout-plan", "handout-info-sheet", "handout-plan"]
    );
}

#[test]
fn a_handout_keeps_the_exit_codes_and_never_writes_over_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let (db, client, _) = demo_store(dir.path());
    let pdf = dir.path().join("x.pdf");
    // A missing client: exit 1 with a message, no file.
    let out = admin(&[
        "handout",
        "--store",
        s(&db),
        "--client",
        "01a23351-8390-7745-b7e9-98e8be30d6cd",
        "--out",
        s(&pdf),
    ]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("no client"), "{}", stderr(&out));
    assert!(!pdf.exists());
    // Bad arguments: exit 2.
    for args in [
        vec![
            "handout",
            "--store",
            s(&db),
            "--client",
            &client,
            "--lang",
            "de",
            "--out",
            s(&pdf),
        ],
        vec![
            "handout",
            "--store",
            s(&db),
            "--client",
            &client,
            "--lang",
            "sv",
            "--selko",
            "--out",
            s(&pdf),
        ],
        vec!["handout", "--store", s(&db), "--client", &client],
    ] {
        let out = admin(&args);
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
    }
    // An existing file is refused before anything is read or logged.
    std::fs::write(&pdf, b"kept").unwrap();
    let out = admin(&[
        "handout",
        "--store",
        s(&db),
        "--client",
        &client,
        "--out",
        s(&pdf),
    ]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(std::fs::read(&pdf).unwrap(), b"kept");
    assert!(disclosures(&db, &client).is_empty());
}
