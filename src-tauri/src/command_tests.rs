//! The commands as the UI calls them: through Tauri's IPC (on its mock
//! runtime, without a window), against a real encrypted store on disk.
//! What a request says of who wrote something is not obeyed: the store's
//! owner wrote it, into the owner's register.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot talk to its app should fail"
)]

use std::sync::Mutex;

use kohtaamo_model::api::AppStatus;
use kohtaamo_model::case::register::Register;
use kohtaamo_model::case::stored::Case;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindow;

use crate::launch::IdleLimits;
use crate::session::Session;

struct TestApp {
    app: tauri::App<MockRuntime>,
    webview: WebviewWindow<MockRuntime>,
    _data: tempfile::TempDir,
}

impl TestApp {
    fn new() -> Self {
        Self::on(tempfile::tempdir().unwrap())
    }

    /// The app on a data folder prepared beforehand.
    fn on(data: tempfile::TempDir) -> Self {
        Self::answering(data, crate::dialog::Answers::default())
    }

    /// The app whose file dialogs answer `answers` (the e2e seam).
    fn answering(data: tempfile::TempDir, answers: crate::dialog::Answers) -> Self {
        let session = Session::new(
            data.path().to_owned(),
            false,
            IdleLimits {
                ordinary: None,
                appointment: None,
            },
        );
        let app = mock_builder()
            .manage(Mutex::new(session))
            .manage(answers)
            .manage(crate::handout::LastSaved::default())
            .invoke_handler(tauri::generate_handler![
                crate::commands::app_status,
                crate::commands::create_store,
                crate::commands::unlock_store,
                crate::commands::lock_store,
                crate::commands::save_profile,
                crate::commands::save_professional,
                crate::commands::add_client,
                crate::commands::open_case,
                crate::commands::start_clientship,
                crate::commands::save_clientship,
                crate::commands::save_appointment,
                crate::commands::save_assessment,
                crate::commands::save_consent,
                crate::commands::choose_owner,
                crate::commands::search_clients,
                crate::commands::professionals,
                crate::commands::change_clientship_status,
                crate::commands::access_report,
                crate::commands::heartbeat,
                crate::commands::instruments,
                crate::commands::import_instrument,
                crate::commands::save_measure,
                crate::commands::client_answer_measure,
                crate::commands::save_client_experience,
                crate::figures::figures,
                crate::figures::export_figures,
                crate::handout::save_handout,
                crate::handout::open_handout,
                crate::fhir::save_fhir,
                crate::commands::set_client_language,
                crate::commands::import_settings,
                crate::backup::backup_store,
                crate::backup::choose_backup,
                crate::backup::restore_backup,
            ])
            .build(tauri::generate_context!())
            .unwrap();
        let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .unwrap();
        Self {
            app,
            webview,
            _data: data,
        }
    }

    /// Calls `command` with `args`; its answer, or its error as JSON.
    fn call(&self, command: &str, args: Value) -> Result<Value, Value> {
        get_ipc_response(
            &self.webview,
            InvokeRequest {
                cmd: command.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                // The app's own origin: the capabilities grant commands to it alone.
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: tauri::test::INVOKE_KEY.to_string(),
            },
        )
        .map(|body| body.deserialize::<Value>().unwrap())
    }

    fn ok(&self, command: &str, args: Value) -> Value {
        self.call(command, args)
            .unwrap_or_else(|e| panic!("{command} failed: {e}"))
    }

    fn case(&self, command: &str, args: Value) -> Case {
        serde_json::from_value(self.ok(command, args)).unwrap()
    }
}

fn person(name: &str, sector: &str, role: &str) -> Value {
    json!({
        "name": name, "role": { "kind": role }, "sector": sector,
        "organisation": "Esimerkkialueen hyvinvointialue", "unit": "Testiyksikkö",
        "phone": "+358 40 000 0000", "secure_email": "testi@example.fi",
    })
}

/// A fresh own store whose owner is a nurse, a social worker as a
/// colleague on the team, and a client with a joint clientship.
fn nurse_with_a_client() -> (TestApp, String, String, String) {
    let app = TestApp::new();
    app.ok(
        "create_store",
        json!({ "passphrase": "command test passphrase" }),
    );
    let status: AppStatus = serde_json::from_value(app.ok(
        "save_profile",
        json!({ "request": { "profile": person("Hoitaja Testi", "health-care", "sairaanhoitaja") } }),
    ))
    .unwrap();
    let nurse = status.owner.expect("the owner's profile").0.to_string();
    let known = app.ok(
        "save_professional",
        json!({ "request": { "id": null, "professional":
            person("Sosiaalityöntekijä Testi", "social-welfare", "sosiaalityontekija") } }),
    );
    let social = known[1][0].as_str().unwrap().to_owned();
    let client = app.ok(
        "add_client",
        json!({ "client": { "name": "Komento Testi", "hetu": "010190-923E", "language": "fi" } }),
    )["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let case = app.case(
        "start_clientship",
        json!({ "request": { "client": client, "reasons": ["housing"], "other_reason": "" } }),
    );
    let ship = case.clientship().unwrap();
    let mut record = serde_json::to_value(&ship.record).unwrap();
    record["team"]["members"].as_array_mut().unwrap().push(
        json!({ "professional": social, "role": "omatyontekija", "sector": "social-welfare" }),
    );
    app.ok(
        "save_clientship",
        json!({ "request": { "client": client, "id": ship.id, "revision": ship.revision,
                              "clientship": record } }),
    );
    (app, nurse, social, client)
}

#[test]
fn without_a_profile_client_work_waits() {
    let app = TestApp::new();
    app.ok(
        "create_store",
        json!({ "passphrase": "command test passphrase" }),
    );
    let error = app
        .call(
            "add_client",
            json!({ "client": { "name": "Odottava Testi", "hetu": "010190-923E", "language": "fi" } }),
        )
        .unwrap_err();
    assert_eq!(error["code"], "rule", "{error}");
    assert_eq!(error["error"]["kind"], "no-profile", "{error}");
    // A profile outside the two registers is refused with its reason.
    let error = app
        .call(
            "save_profile",
            json!({ "request": { "profile": person("Vapaaehtoinen", "third-sector", "sairaanhoitaja") } }),
        )
        .unwrap_err();
    assert_eq!(error["error"]["kind"], "owner-without-register", "{error}");
}

#[test]
fn a_note_named_as_another_professionals_is_the_owners_in_the_owners_register() {
    let (app, nurse, social, client) = nurse_with_a_client();
    let participants = json!([
        { "professional": nurse, "present": true },
        { "professional": social, "present": true },
    ]);
    let case = app.case(
        "save_appointment",
        json!({ "request": { "client": client, "id": null, "revision": 0, "appointment": {
            "date": "2026-12-01", "mode": "office", "participants": participants,
            "client_present": true, "agenda": "", "agreed": "", "notes": [], "ended": false } } }),
    );
    let started = case.appointments.last().unwrap();
    // The request names the social worker as the author, in social
    // welfare's register: what she said, written down by the nurse.
    let case = app.case(
        "save_appointment",
        json!({ "request": { "client": client, "id": started.id, "revision": started.revision,
            "appointment": {
            "date": "2026-12-01", "mode": "office", "participants": participants,
            "client_present": true, "agenda": "", "agreed": "", "ended": false,
            "notes": [{ "text": "Asumistuen hakemus on vireillä", "author": social,
                        "register": "social-welfare", "visibility": "shown-to-client",
                        "said_by": { "kind": "professional", "professional": social } }] } } }),
    );
    let note = &case.appointments.last().unwrap().record.notes[0];
    assert_eq!(
        note.author.to_string(),
        nurse,
        "the author was taken from the request"
    );
    assert_eq!(note.register, Register::HealthCare);
    assert_eq!(
        serde_json::to_value(&note.said_by).unwrap(),
        json!({ "kind": "professional", "professional": social })
    );

    // A recorded note cannot be rewritten, not even its register.
    let stored = case.appointments.last().unwrap();
    let mut rewritten = serde_json::to_value(&stored.record).unwrap();
    rewritten["notes"][0]["register"] = json!("social-welfare");
    let error = app
        .call(
            "save_appointment",
            json!({ "request": { "client": client, "id": stored.id, "revision": stored.revision,
                                  "appointment": rewritten } }),
        )
        .unwrap_err();
    assert_eq!(error["error"]["kind"], "notes-changed", "{error}");
}

#[test]
fn an_assessment_entry_and_a_consent_are_recorded_by_the_owner() {
    let (app, nurse, social, client) = nurse_with_a_client();
    let case = app.case(
        "save_assessment",
        json!({ "request": { "client": client, "id": null, "revision": 0, "assessment": { "entries": [{
            "domain": "finances", "client_view": "Pärjään", "professional_view": "Vuokrarästejä",
            "need": "some-need", "resources": "Sisko auttaa", "author": social,
            "register": "social-welfare", "visibility": "shown-to-client" }] } } }),
    );
    let entry = &case.holistic_assessments.last().unwrap().record.entries[0];
    assert_eq!(
        (entry.author.to_string(), entry.register),
        (nurse.clone(), Register::HealthCare)
    );
    let case = app.case(
        "save_consent",
        json!({ "request": { "client": client, "id": null, "revision": 0, "consent": {
            "direction": "social-to-health", "scope": "Toimeentulotiedot",
            "given_on": "2026-12-01", "withdrawn_on": null, "recorded_by": social } } }),
    );
    assert_eq!(case.consents[0].record.recorded_by.to_string(), nurse);
}

#[test]
fn wrong_passphrases_in_a_row_wait_longer_and_longer() {
    let app = TestApp::new();
    let right = "command test passphrase";
    app.ok("create_store", json!({ "passphrase": right }));
    app.ok("lock_store", json!({}));
    for _ in 0..3 {
        let error = app
            .call(
                "unlock_store",
                json!({ "passphrase": "väärä tunnuslause!!", "pin": null }),
            )
            .unwrap_err();
        assert_eq!(error["code"], "wrong-passphrase", "{error}");
    }
    // Now even the right one waits; nothing was tried.
    let error = app
        .call("unlock_store", json!({ "passphrase": right, "pin": null }))
        .unwrap_err();
    assert_eq!(error["code"], "wait-before-retry", "{error}");
    assert!(
        error["seconds"]
            .as_u64()
            .is_some_and(|s| (1..=3).contains(&s)),
        "{error}"
    );
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let status: AppStatus =
        serde_json::from_value(app.ok("unlock_store", json!({ "passphrase": right, "pin": null })))
            .unwrap();
    assert!(status.unlocked);
}

/// An own store holding the demo's cases: content of both registers, as it
/// comes from elsewhere (the demo's social worker wrote into social
/// welfare's register), and a consent from social welfare to health care.
/// The demo's nurse owns it.
fn nurse_with_both_registers() -> (TestApp, String) {
    use kohtaamo_store::{Channel, KdfParams, Store, StorePaths};
    let data = tempfile::tempdir().unwrap();
    let mut store = Store::create(
        &StorePaths::for_db(data.path().join("kohtaamo.db")),
        "command test passphrase",
        KdfParams::FAST_INSECURE,
        Channel::App,
    )
    .unwrap();
    kohtaamo_store::demo::populate(&mut store, 1, 7).unwrap();
    drop(store);
    let app = TestApp::on(data);
    app.ok(
        "unlock_store",
        json!({ "passphrase": "command test passphrase", "pin": null }),
    );
    let people = app.ok("professionals", json!({}));
    let nurse = people
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p[1]["name"] == "Hoitaja Demo")
        .unwrap()[0]
        .clone();
    app.ok("choose_owner", json!({ "professional": nurse }));
    let client = app.ok("search_clients", json!({ "query": "" }))[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    (app, client)
}

#[test]
fn the_other_registers_notes_and_entries_show_only_under_consent() {
    let (app, client) = nurse_with_both_registers();
    let case = app.case("open_case", json!({ "client": client }));
    // Under the demo's consent, social welfare's notes and entry show.
    let notes = |case: &Case| case.appointments[0].record.notes.len();
    let social_entries = |case: &Case| {
        case.holistic_assessments[0]
            .record
            .entries
            .iter()
            .filter(|e| e.register == Register::SocialWelfare)
            .count()
    };
    assert_eq!((notes(&case), social_entries(&case)), (2, 1));
    assert!(case.withheld.is_empty());

    // Withdrawn: they are gone from every answer, and it says how many.
    let consent = case.consents[0].clone();
    let mut withdrawn = serde_json::to_value(&consent.record).unwrap();
    withdrawn["withdrawn_on"] = json!(chrono::Local::now().date_naive());
    let case = app.case(
        "save_consent",
        json!({ "request": { "client": client, "id": consent.id, "revision": consent.revision,
                              "consent": withdrawn } }),
    );
    assert_eq!((notes(&case), social_entries(&case)), (0, 0));
    assert_eq!(case.withheld.register, Some(Register::SocialWelfare));
    assert_eq!((case.withheld.notes, case.withheld.entries), (2, 1));
    let again = app.case("open_case", json!({ "client": client }));
    assert_eq!(again.withheld, case.withheld);

    // The nurse saves her assessment as she sees it: social welfare's entry,
    // which she could not see, is kept as it was.
    let assessment = case.holistic_assessments[0].clone();
    let mut mine = serde_json::to_value(&assessment.record).unwrap();
    mine["entries"][0]["professional_view"] = json!("Uniongelmat helpottaneet");
    app.ok(
        "save_assessment",
        json!({ "request": { "client": client, "id": assessment.id, "revision": assessment.revision,
                              "assessment": mine } }),
    );
    // A new consent lets it show again, unchanged.
    let case = app.case(
        "save_consent",
        json!({ "request": { "client": client, "id": null, "revision": 0, "consent": {
            "direction": "social-to-health", "scope": "Toimeentulotiedot uudelleen",
            "given_on": chrono::Local::now().date_naive(), "withdrawn_on": null,
            "recorded_by": consent.record.recorded_by } } }),
    );
    assert_eq!((notes(&case), social_entries(&case)), (2, 1));
    let social = case.holistic_assessments[0]
        .record
        .entries
        .iter()
        .find(|e| e.register == Register::SocialWelfare)
        .unwrap();
    assert_eq!(social.professional_view, "Vuokrarästejä kaksi kuukautta");
    let health = case.holistic_assessments[0]
        .record
        .entries
        .iter()
        .find(|e| e.register == Register::HealthCare)
        .unwrap();
    assert_eq!(health.professional_view, "Uniongelmat helpottaneet");
}

#[test]
fn a_clientship_pauses_and_closes_only_through_its_status_and_starts_anew() {
    let (app, _, _, client) = nurse_with_a_client();
    let case: Case = app.case("open_case", json!({ "client": client }));
    let ship = case.clientship().unwrap().clone();
    let case = app.case(
        "change_clientship_status",
        json!({ "request": { "client": client, "id": ship.id, "revision": ship.revision,
                             "status": { "kind": "paused", "reason": "Kuntoutusjakso" } } }),
    );
    let paused = case.clientship().unwrap().clone();
    assert_eq!(paused.record.status_changes.len(), 1);
    // A team edit that brings "active" along leaves the status alone.
    let mut record = serde_json::to_value(&paused.record).unwrap();
    record["status"] = json!({ "kind": "active" });
    record["status_changes"] = json!([]);
    let case = app.case(
        "save_clientship",
        json!({ "request": { "client": client, "id": paused.id, "revision": paused.revision,
                             "clientship": record } }),
    );
    let ship = case.clientship().unwrap().clone();
    assert_eq!(ship.record.status, paused.record.status);
    assert_eq!(ship.record.status_changes.len(), 1);
    let today = chrono::Local::now().date_naive().to_string();
    app.case(
        "change_clientship_status",
        json!({ "request": { "client": client, "id": ship.id, "revision": ship.revision,
                             "status": { "kind": "closed", "reason": "Muutti pois", "on": today } } }),
    );
    let case = app.case(
        "start_clientship",
        json!({ "request": { "client": client, "reasons": ["housing"], "other_reason": "" } }),
    );
    assert_eq!(case.clientship.len(), 2);
    assert!(case.earlier_periods()[0].record.status.is_closed());
}

#[test]
fn the_clients_report_names_the_owner_and_covers_this_store() {
    let (app, _, _, client) = nurse_with_a_client();
    let report = app.ok("access_report", json!({ "client": client }));
    let lines = report["lines"].as_array().unwrap();
    assert!(!lines.is_empty());
    assert!(lines.iter().all(|l| l["who"]["kind"] == "professional"
        && l["who"]["professional"]["name"] == "Hoitaja Testi"));
    assert!(!report["store_id"].as_str().unwrap().is_empty());
}

#[test]
fn the_shell_locks_the_store_when_the_page_stops_answering() {
    use std::time::{Duration, Instant};
    let (app, _, _, _) = nurse_with_a_client();
    let unlocked = |app: &TestApp| {
        serde_json::from_value::<AppStatus>(app.ok("app_status", json!({})))
            .unwrap()
            .unlocked
    };
    let limit = u64::from(
        serde_json::from_value::<AppStatus>(app.ok("app_status", json!({})))
            .unwrap()
            .idle_lock_seconds,
    );
    let handle = app.app.handle();
    // A page that beats keeps the store open, past the idle limit itself.
    app.ok("heartbeat", json!({ "appointment": false }));
    assert!(!crate::watchdog::check(
        handle,
        Instant::now() + Duration::from_secs(limit + 1)
    ));
    assert!(unlocked(&app));
    // Silent for twice the limit: locked by the shell.
    assert!(crate::watchdog::check(
        handle,
        Instant::now() + Duration::from_secs(2 * limit + 1)
    ));
    assert!(!unlocked(&app));
}

#[test]
fn a_measure_is_appended_from_the_main_window_and_the_clients_command_is_not_its() {
    let (app, _, _, client) = nurse_with_a_client();
    let instruments = app.ok("instruments", json!({}));
    let meter = instruments
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "3x10d-adult")
        .expect("the built-in 3X10D")
        .clone();
    let today = chrono::Local::now().date_naive().to_string();
    let answer = json!({
        "instrument": { "id": "3x10d-adult", "version": meter["version"] },
        "point": "start", "answered_on": today, "entered_by": "paper",
        "scores": [{ "item": "health", "score": 4 }, { "item": "life-as-a-whole", "score": 6 }],
    });
    let case = app.case(
        "save_measure",
        json!({ "request": { "client": client, "answer": answer } }),
    );
    assert_eq!(case.measures.len(), 1);
    assert_eq!(case.measures[0].record.score("health"), Some(4));
    // The start comes once a period: said as a rule, in the user's words.
    let again = app
        .call(
            "save_measure",
            json!({ "request": { "client": client, "answer": answer } }),
        )
        .unwrap_err();
    assert_eq!(again["code"], "rule", "{again}");
    // The client's window's own command is not the main window's.
    let refused = app
        .call("client_answer_measure", json!({ "answer": answer }))
        .unwrap_err();
    assert!(
        refused.to_string().contains("not allowed"),
        "the main window called the client window's command: {refused}"
    );
    // A bad instrument file names the field; nothing is imported.
    let bad = app
        .call(
            "import_instrument",
            json!({ "text": "{\"format\": \"kohtaamo-instrument/1\", \"id\": \"x\"}" }),
        )
        .unwrap_err();
    assert_eq!(bad["code"], "instrument-invalid", "{bad}");
    assert_eq!(bad["problem"]["kind"], "missing", "{bad}");
}

mod backups {
    //! Backups from the app through the real commands: the dialogs answer
    //! through the seam (`dialog::Answers`), the store is real.

    use std::path::{Path, PathBuf};
    use std::sync::{Arc, Mutex};

    use kohtaamo_model::backup::BackupProgress;
    use serde_json::json;
    use tauri::Listener;

    use super::*;
    use crate::dialog::Answers;

    const PASSPHRASE: &str = "command test passphrase";
    const TEXTS: &str =
        r#"{ "title": "Tallenna varmuuskopio", "filter": "Kohtaamon varmuuskopio" }"#;

    pub(super) fn texts() -> Value {
        serde_json::from_str(TEXTS).unwrap()
    }

    fn answers(save_as: Option<&Path>, open: Option<&Path>) -> Answers {
        Answers {
            save_as: save_as.map(Path::to_owned),
            open: open.map(Path::to_owned),
            opened: None,
        }
    }

    /// An own store with a profile and one client, whose save-as dialog
    /// answers `save_as`.
    pub(super) fn own_store_saving_to(save_as: &Path) -> TestApp {
        let app = TestApp::answering(tempfile::tempdir().unwrap(), answers(Some(save_as), None));
        app.ok("create_store", json!({ "passphrase": PASSPHRASE }));
        app.ok(
            "save_profile",
            json!({ "request": { "profile": person("Hoitaja Varmuus", "health-care", "sairaanhoitaja") } }),
        );
        app.ok(
            "add_client",
            json!({ "client": { "name": "Varmuus Testi", "hetu": "010190-923E", "language": "fi" } }),
        );
        app
    }

    fn backup_kind(error: &Value) -> &str {
        assert_eq!(error["code"], "backup", "{error}");
        error["kind"].as_str().unwrap()
    }

    fn progress_heard(app: &TestApp) -> Arc<Mutex<Vec<BackupProgress>>> {
        let heard = Arc::new(Mutex::new(Vec::new()));
        let sink = heard.clone();
        app.app
            .listen_any(crate::backup::PROGRESS_EVENT, move |event| {
                sink.lock()
                    .unwrap()
                    .push(serde_json::from_str(event.payload()).unwrap());
            });
        heard
    }

    #[test]
    fn a_backup_is_made_where_the_dialog_says_and_restored_on_a_fresh_machine() {
        let elsewhere = tempfile::tempdir().unwrap();
        let file: PathBuf = elsewhere.path().join("oma.kohtaamo-backup");
        let app = own_store_saving_to(&file);
        let heard = progress_heard(&app);
        let made = app.ok("backup_store", json!({ "texts": texts() }));
        assert_eq!(made["file_name"], "oma.kohtaamo-backup", "{made}");
        assert_eq!(made["clients"], 1, "{made}");
        assert_eq!(made["bytes"], std::fs::metadata(&file).unwrap().len());
        let heard = heard.lock().unwrap().clone();
        assert!(heard.len() >= 3, "{heard:?}");
        assert_eq!(heard.last().map(BackupProgress::percent), Some(100));

        // A second backup to the same file overwrites nothing.
        let before = std::fs::read(&file).unwrap();
        let error = app
            .call("backup_store", json!({ "texts": texts() }))
            .unwrap_err();
        assert_eq!(backup_kind(&error), "destination-exists");
        assert_eq!(std::fs::read(&file).unwrap(), before);

        // A fresh machine: the welcome screen's restore.
        let fresh = TestApp::answering(tempfile::tempdir().unwrap(), answers(None, Some(&file)));
        let error = fresh
            .call("restore_backup", json!({ "passphrase": PASSPHRASE }))
            .unwrap_err();
        assert_eq!(backup_kind(&error), "no-file-chosen");
        let chosen = fresh.ok("choose_backup", json!({ "texts": texts() }));
        assert_eq!(chosen["file_name"], "oma.kohtaamo-backup", "{chosen}");
        let error = fresh
            .call(
                "restore_backup",
                json!({ "passphrase": "not the one it had" }),
            )
            .unwrap_err();
        assert_eq!(backup_kind(&error), "wrong-passphrase");
        let status: AppStatus =
            serde_json::from_value(fresh.ok("restore_backup", json!({ "passphrase": PASSPHRASE })))
                .unwrap();
        assert!(status.unlocked && status.own_store_exists, "{status:?}");
        assert_eq!(status.owner.unwrap().1.name, "Hoitaja Varmuus");
        let found = fresh.ok("search_clients", json!({ "query": "Varmuus" }));
        assert_eq!(found.as_array().unwrap().len(), 1, "{found}");
    }

    #[test]
    fn a_backup_inside_the_stores_folder_is_refused() {
        let data = tempfile::tempdir().unwrap();
        let inside = data.path().join("b.kohtaamo-backup");
        let app = TestApp::answering(data, answers(Some(&inside), None));
        app.ok("create_store", json!({ "passphrase": PASSPHRASE }));
        let error = app
            .call("backup_store", json!({ "texts": texts() }))
            .unwrap_err();
        assert_eq!(backup_kind(&error), "inside-store-folder");
        assert!(!inside.exists());
    }

    #[test]
    fn a_locked_store_is_not_backed_up() {
        let elsewhere = tempfile::tempdir().unwrap();
        let file = elsewhere.path().join("b.kohtaamo-backup");
        let app = own_store_saving_to(&file);
        app.ok("lock_store", json!({}));
        let error = app
            .call("backup_store", json!({ "texts": texts() }))
            .unwrap_err();
        assert_eq!(error["code"], "locked", "{error}");
        assert!(!file.exists());
    }

    #[test]
    fn a_restore_never_touches_the_own_store_and_bad_files_are_named() {
        let elsewhere = tempfile::tempdir().unwrap();
        let file = elsewhere.path().join("b.kohtaamo-backup");
        own_store_saving_to(&file).ok("backup_store", json!({ "texts": texts() }));

        // This machine has its own store: the restore stops before a dialog.
        let mine = TestApp::answering(tempfile::tempdir().unwrap(), answers(None, Some(&file)));
        mine.ok(
            "create_store",
            json!({ "passphrase": "a store of my own here" }),
        );
        let store_files = || {
            let mut files: Vec<_> = std::fs::read_dir(mine._data.path())
                .unwrap()
                .flatten()
                .filter(|e| e.path().is_file())
                .map(|e| (e.file_name(), std::fs::read(e.path()).unwrap()))
                .collect();
            files.sort();
            files
        };
        let before = store_files();
        let error = mine
            .call("choose_backup", json!({ "texts": texts() }))
            .unwrap_err();
        assert_eq!(backup_kind(&error), "own-store-exists");
        let error = mine
            .call("restore_backup", json!({ "passphrase": PASSPHRASE }))
            .unwrap_err();
        assert!(
            ["own-store-exists", "no-file-chosen"].contains(&backup_kind(&error)),
            "{error}"
        );
        assert_eq!(store_files(), before);

        // Files that are no backup, or only part of one.
        let text = elsewhere.path().join("muistio.txt");
        std::fs::write(&text, "ei varmuuskopio").unwrap();
        let cut = elsewhere.path().join("cut.kohtaamo-backup");
        let bytes = std::fs::read(&file).unwrap();
        std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
        let tampered = elsewhere.path().join("tampered.kohtaamo-backup");
        let mut changed = bytes.clone();
        let at = changed.len() - 10;
        changed[at] ^= 1;
        std::fs::write(&tampered, &changed).unwrap();
        for (path, kind, at_choice) in [
            (&text, "not-a-backup", true),
            (&cut, "truncated", true),
            (&tampered, "damaged", false),
        ] {
            let data = tempfile::tempdir().unwrap();
            let data_path = data.path().to_owned();
            let fresh = TestApp::answering(data, answers(None, Some(path)));
            let error = if at_choice {
                fresh
                    .call("choose_backup", json!({ "texts": texts() }))
                    .unwrap_err()
            } else {
                fresh.ok("choose_backup", json!({ "texts": texts() }));
                fresh
                    .call("restore_backup", json!({ "passphrase": PASSPHRASE }))
                    .unwrap_err()
            };
            assert_eq!(backup_kind(&error), kind, "{}", path.display());
            // Nothing of a store is left in the fresh data folder.
            let left: Vec<_> = std::fs::read_dir(&data_path)
                .map(|d| d.flatten().map(|e| e.file_name()).collect())
                .unwrap_or_default();
            assert!(left.is_empty(), "{}: {left:?}", path.display());
        }
    }

    #[test]
    fn the_client_window_may_not_back_up_or_restore() {
        let elsewhere = tempfile::tempdir().unwrap();
        let file = elsewhere.path().join("b.kohtaamo-backup");
        let app = own_store_saving_to(&file);
        let client_window =
            tauri::WebviewWindowBuilder::new(&app.app, "client-view", Default::default())
                .build()
                .unwrap();
        for (command, args) in [
            ("backup_store", json!({ "texts": texts() })),
            ("choose_backup", json!({ "texts": texts() })),
            ("restore_backup", json!({ "passphrase": PASSPHRASE })),
        ] {
            let refused = get_ipc_response(
                &client_window,
                InvokeRequest {
                    cmd: command.into(),
                    callback: CallbackFn(0),
                    error: CallbackFn(1),
                    url: "tauri://localhost".parse().unwrap(),
                    body: InvokeBody::Json(args),
                    headers: Default::default(),
                    invoke_key: tauri::test::INVOKE_KEY.to_string(),
                },
            );
            assert!(refused.is_err(), "the client window could call {command}");
        }
        assert!(!file.exists());
    }
}

#[test]
fn a_client_experience_answer_is_saved_for_the_owners_unit_and_a_bad_one_refused() {
    let (app, _, _, _) = nurse_with_a_client();
    let answer = |recommend: u8| {
        json!({ "request": { "answer": {
            "unit": "Joku muu yksikkö", "month": { "year": 2026, "month": 11 },
            "channel": "text-message", "recommend": recommend, "statement": 8,
            "feedback": "Sujui hyvin",
        } } })
    };
    app.ok("save_client_experience", answer(9));
    let refused = app.call("save_client_experience", answer(12)).unwrap_err();
    assert_eq!(refused["code"], "rule", "{refused}");
    assert_eq!(refused["record"], "experience", "{refused}");
}

#[test]
fn the_figures_are_read_and_saved_as_csv_only_where_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("luvut.csv");
    let app = backups::own_store_saving_to(&csv);
    let period = json!({ "from": "2026-01-01", "to": "2026-12-31" });
    let figures = app.ok("figures", json!({ "request": period }));
    assert!(
        figures["months"].as_array().is_some_and(|m| m.len() == 12),
        "{figures}"
    );
    let name = app.ok(
        "export_figures",
        json!({ "request": { "from": "2026-01-01", "to": "2026-12-31", "texts": backups::texts() } }),
    );
    assert_eq!(name, "luvut.csv");
    let written = std::fs::read_to_string(&csv).unwrap();
    assert!(written.starts_with("section,item,value\n"), "{written}");
    assert!(written.contains("rule,suppression,"), "{written}");
    // Aggregates only: the client's name and code are not in it.
    assert!(!written.contains("Varmuus Testi") && !written.contains("010190-923E"));
    // Never over a file already there.
    let again = app
        .call(
            "export_figures",
            json!({ "request": { "from": "2026-01-01", "to": "2026-12-31", "texts": backups::texts() } }),
        )
        .unwrap_err();
    assert_eq!(again["code"], "export-exists", "{again}");
    assert_eq!(again["name"], "luvut.csv", "{again}");
    assert_eq!(std::fs::read_to_string(&csv).unwrap(), written, "unchanged");
    // A reversed period is refused as such.
    let reversed = app
        .call(
            "figures",
            json!({ "request": { "from": "2026-12-31", "to": "2026-01-01" } }),
        )
        .unwrap_err();
    assert_eq!(reversed["code"], "period-reversed", "{reversed}");
}

#[test]
fn the_clients_papers_and_the_fhir_file_are_saved_only_where_chosen_and_printed_from_there() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("tietolehti.pdf");
    let printed = dir.path().join("opened.txt");
    let app = TestApp::answering(
        tempfile::tempdir().unwrap(),
        crate::dialog::Answers {
            save_as: Some(pdf.clone()),
            open: None,
            opened: Some(printed.clone()),
        },
    );
    app.ok(
        "create_store",
        json!({ "passphrase": "command test passphrase" }),
    );
    app.ok(
        "save_profile",
        json!({ "request": { "profile": person("Hoitaja Paperi", "health-care", "sairaanhoitaja") } }),
    );
    let client = app.ok(
        "add_client",
        json!({ "client": { "name": "Paperi Testi", "hetu": "010190-923E", "language": "fi" } }),
    )["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let texts = backups::texts();
    // Nothing saved yet: nothing to open.
    let none = app.call("open_handout", json!({})).unwrap_err();
    assert_eq!(none["code"], "handout-not-saved", "{none}");
    // No clientship: no paper, and no file.
    let refused = app
        .call(
            "save_handout",
            json!({ "request": { "client": client, "kind": "info-sheet", "texts": texts } }),
        )
        .unwrap_err();
    assert_eq!(refused["code"], "rule", "{refused}");
    assert!(!pdf.exists());

    app.case(
        "start_clientship",
        json!({ "request": { "client": client, "reasons": ["housing"], "other_reason": "" } }),
    );
    // A plan not agreed is never handed out.
    let draft = app
        .call(
            "save_handout",
            json!({ "request": { "client": client, "kind": "plan", "texts": texts } }),
        )
        .unwrap_err();
    assert!(draft.to_string().contains("plan-not-agreed"), "{draft}");
    assert!(!pdf.exists());
    // The info sheet, in plain Finnish as the client prefers.
    app.case(
        "set_client_language",
        json!({ "client": client, "language": "fi", "plainLanguage": true }),
    );
    let name = app.ok(
        "save_handout",
        json!({ "request": { "client": client, "kind": "info-sheet", "texts": texts } }),
    );
    assert_eq!(name, "tietolehti.pdf");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    // Opened from where it was saved, to print.
    app.ok("open_handout", json!({}));
    assert_eq!(
        std::fs::read_to_string(&printed).unwrap(),
        pdf.display().to_string()
    );
    // Never over a file already there.
    let again = app
        .call(
            "save_handout",
            json!({ "request": { "client": client, "kind": "info-sheet", "texts": texts } }),
        )
        .unwrap_err();
    assert_eq!(again["code"], "export-exists", "{again}");
    assert_eq!(std::fs::read(&pdf).unwrap(), bytes, "unchanged");
    // The FHIR bundle goes where the dialog says too; here it is taken.
    let fhir = app
        .call(
            "save_fhir",
            json!({ "request": { "client": client, "texts": texts } }),
        )
        .unwrap_err();
    assert_eq!(fhir["code"], "export-exists", "{fhir}");
    std::fs::remove_file(&pdf).unwrap();
    // Without a custodian in the settings, said so, and no file.
    let unfiled = app
        .call(
            "save_fhir",
            json!({ "request": { "client": client, "texts": texts } }),
        )
        .unwrap_err();
    assert_eq!(unfiled["code"], "no-custodian", "{unfiled}");
    assert!(!pdf.exists());
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../assets/examples/organisation-settings.json");
    app.ok(
        "import_settings",
        json!({ "text": std::fs::read_to_string(example).unwrap() }),
    );
    app.ok(
        "save_fhir",
        json!({ "request": { "client": client, "texts": texts } }),
    );
    let bundle: Value = serde_json::from_slice(&std::fs::read(&pdf).unwrap()).unwrap();
    assert_eq!(bundle["resourceType"], "Bundle");
    // Each file that left is in the client's report, for the client.
    let report = app.ok("access_report", json!({ "client": client }));
    let text = report.to_string();
    assert!(text.contains("handout-info-sheet"), "{text}");
    assert!(text.contains("fhir-bundle-health-care"), "{text}");
    assert!(
        !text.contains("handout-plan"),
        "a refused plan was logged: {text}"
    );
}
