//! End-to-end: the real app binary in a real WebKit window, driven through
//! tauri-driver. Each test starts the app on a fresh data folder of its own.
//! Run through `cargo xtask test`, which starts Xvfb and the driver.

#![allow(
    clippy::expect_used,
    reason = "a helper that cannot talk to the app should fail the test"
)]

use kohtaamo_e2e::{contains_bytes, files_below, wait_until_store_released, App};

const PASSPHRASE: &str = "kolme kissaa ja koira";
/// Synthetic clients with temporary henkilötunnus codes (individual number 900–999).
const NAME: &str = "Testinen Aino Sofia";
const HETU: &str = "010190-923E";
const OTHER_NAME: &str = "Kokeilu Väinö";
const OTHER_HETU: &str = "150785-941L";

fn create_store(app: &App) {
    app.wait_text("h1", "Tervetuloa Kohtaamoon");
    app.assert_accessible("welcome");
    app.fill("#new-passphrase", PASSPHRASE);
    // Enter in the last field submits, as a keyboard user would.
    app.fill("#new-passphrase-confirm", &format!("{PASSPHRASE}\u{E007}"));
    // Client work waits until the owner has said who they are.
    app.wait_text("#profile-title", "Kuka olet");
    app.assert_accessible("profile");
    app.save_screenshot("profile");
    app.give_profile("Hoitaja Testinen", "health-care", "sairaanhoitaja");
}

#[test]
fn a_client_saved_before_locking_is_there_after_unlocking_and_encrypted_on_disk() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &[]);
    create_store(&app);

    app.add_client(NAME, HETU);
    app.wait_text("#client-page-name", NAME);
    app.wait_text("#client-page-hetu", HETU);
    app.wait_text("#client-list", NAME);
    app.assert_accessible("client-page");
    app.save_screenshot("client-page");

    app.click("#lock");
    app.wait("#passphrase");
    assert!(
        !app.session().source().expect("page source").contains(NAME),
        "the unlock screen still holds the client's name"
    );

    app.unlock(PASSPHRASE);
    app.wait_text("#client-list", NAME);
    app.click(".client-row");
    app.wait_text("#client-page-hetu", HETU);
    drop(app);

    let files = files_below(data.path());
    let db = files
        .iter()
        .find(|(path, _)| path.file_name().is_some_and(|n| n == "kohtaamo.db"))
        .expect("the store file kohtaamo.db exists");
    assert!(
        !db.1.starts_with(b"SQLite format 3"),
        "the store is not encrypted"
    );
    for (path, bytes) in &files {
        for secret in [NAME.as_bytes(), HETU.as_bytes(), PASSPHRASE.as_bytes()] {
            assert!(
                !contains_bytes(bytes, secret),
                "{} holds {:?} in plain text",
                path.display(),
                String::from_utf8_lossy(secret)
            );
        }
    }
}

#[test]
fn a_wrong_passphrase_is_refused_with_a_clear_error_and_changes_no_file() {
    let data = tempfile::tempdir().expect("temp dir");
    {
        let app = App::launch(data.path(), &[]);
        create_store(&app);
        app.add_client(NAME, HETU);
        app.wait_text("#client-list", NAME);
    }
    wait_until_store_released(data.path());
    let app = App::launch(data.path(), &[]);
    app.wait_text("#unlock-title", "Avaa tietovarasto");
    app.unlock("ei tämä ole oikea tunnuslause");
    app.wait_text("#unlock-error", "Tunnuslause on väärä");
    assert!(
        !app.exists("#client-list"),
        "clients shown without the passphrase"
    );
    app.assert_accessible("unlock-with-error");
    app.save_screenshot("wrong-passphrase");

    // The right one still opens the store afterwards.
    app.unlock(PASSPHRASE);
    app.wait_text("#client-list", NAME);
    drop(app);
}

#[test]
fn a_wrong_passphrase_leaves_every_file_byte_identical() {
    let data = tempfile::tempdir().expect("temp dir");
    {
        let app = App::launch(data.path(), &[]);
        create_store(&app);
        app.add_client(NAME, HETU);
        app.wait_text("#client-list", NAME);
    }
    wait_until_store_released(data.path());
    let before = files_below(data.path());
    let names: Vec<_> = before.iter().map(|(path, _)| path).collect();
    assert!(names.len() >= 3, "expected db, key and log head: {names:?}");
    {
        let app = App::launch(data.path(), &[]);
        app.unlock("ei tämä ole oikea tunnuslause");
        app.wait_text("#unlock-error", "Tunnuslause on väärä");
    }
    let after = files_below(data.path());
    assert_eq!(
        before.iter().map(|(p, _)| p).collect::<Vec<_>>(),
        after.iter().map(|(p, _)| p).collect::<Vec<_>>(),
        "a refused unlock created or removed files"
    );
    for ((path, old), (_, new)) in before.iter().zip(&after) {
        assert!(old == new, "a refused unlock changed {}", path.display());
    }
}

#[test]
fn an_invalid_henkilotunnus_shows_what_is_wrong_and_saves_nothing() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &[]);
    create_store(&app);
    app.wait("#no-clients");

    // Wrong control character: the error names the expected one.
    app.add_client(OTHER_NAME, "010190-923F");
    app.wait_text("#hetu-error", "Tarkistusmerkki ei täsmää");
    app.wait_text("#hetu-error", "”E”");
    app.assert_accessible("add-client-with-error");
    app.save_screenshot("invalid-hetu");

    // An impossible date is a different, specific message.
    app.fill("#client-hetu", "310290-923E");
    app.click("#save-client");
    app.wait_text("#hetu-error", "syntymäaika ei ole oikea päivämäärä");

    assert!(app.exists("#no-clients"), "an invalid client was listed");
    assert!(!app.exists("#client-list"));

    // Correcting it saves exactly one client.
    app.fill("#client-hetu", OTHER_HETU);
    app.click("#save-client");
    app.wait_text("#client-page-name", OTHER_NAME);
    app.wait_gone("#hetu-error");
    app.wait_count(".client-row", 1);
}

#[test]
fn switching_the_language_changes_the_visible_text() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &[]);
    app.wait_text("h1", "Tervetuloa Kohtaamoon");
    app.save_screenshot("welcome");
    assert_eq!(
        app.session()
            .execute(
                "return document.documentElement.lang",
                serde_json::json!([])
            )
            .expect("read lang"),
        serde_json::json!("fi")
    );

    app.select("#language", "sv");
    app.wait_text("h1", "Välkommen till Kohtaamo");
    app.wait_text("#create-store", "Skapa");
    app.assert_accessible("welcome-sv");

    app.select("#language", "en");
    app.wait_text("h1", "Welcome to Kohtaamo");
    assert_eq!(
        app.session()
            .execute(
                "return document.documentElement.lang",
                serde_json::json!([])
            )
            .expect("read lang"),
        serde_json::json!("en")
    );

    app.select("#language", "fi");
    app.wait_text("h1", "Tervetuloa Kohtaamoon");
}

#[test]
fn the_demo_store_shows_its_passphrase_and_lists_synthetic_clients() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &["--demo"]);
    app.wait_text("#unlock-title", "esittelyvarasto");
    let passphrase = app.text("#demo-passphrase");
    assert!(!passphrase.is_empty());
    app.wait("#demo-tag");
    app.assert_accessible("demo-unlock");
    app.save_screenshot("demo-unlock");

    app.unlock(&passphrase);
    // The demo store asks whom one stands in for, from its own team.
    app.wait_text("#profile-title", "Kuka olet");
    app.assert_accessible("demo-profile");
    app.save_screenshot("demo-profile");
    app.wait_for_workspace();
    app.assert_accessible("workspace");
    app.save_screenshot("demo-workspace");

    // Every henkilötunnus in the demo is a temporary one.
    let codes = app
        .session()
        .execute(
            "return [...document.querySelectorAll('.client-row-hetu')].map(e => e.textContent)",
            serde_json::json!([]),
        )
        .expect("read codes");
    let codes = codes.as_array().expect("a list of codes");
    assert!(codes.len() >= 20, "only {} demo clients", codes.len());
    for code in codes {
        let code = code.as_str().expect("text");
        let individual: u32 = code[7..10].parse().expect("individual number");
        assert!((900..=999).contains(&individual), "{code} is not temporary");
    }

    // Search narrows the list to what was typed.
    let first = app.text(".client-row-hetu");
    app.fill("#search", &first);
    app.wait_count(".client-row", 1);
    app.wait_text("#client-list", &first);
}

/// No client of the demo store may be anywhere in the page.
fn assert_no_client_data(app: &App, names: &[String]) {
    let source = app.session().source().expect("page source");
    for name in names {
        assert!(
            !source.contains(name.as_str()),
            "{name:?} is still in the page"
        );
    }
    assert!(
        !source.contains("client-row"),
        "the client list is still in the page"
    );
}

fn unlock_demo(app: &App) -> Vec<String> {
    app.wait("#demo-passphrase");
    let passphrase = app.text("#demo-passphrase");
    app.unlock(&passphrase);
    app.wait_for_workspace();
    let names = app
        .session()
        .execute(
            "return [...document.querySelectorAll('.client-row-name, .client-row-hetu')].map(e => e.textContent)",
            serde_json::json!([]),
        )
        .expect("read the list");
    names
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

#[test]
fn the_privacy_curtain_hides_every_client_detail_until_lifted_on_purpose() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &["--demo"]);
    let names = unlock_demo(&app);
    app.click(".client-row");
    app.wait("#client-page-name");

    // The button.
    app.click("#curtain-button");
    app.wait("#curtain");
    assert_no_client_data(&app, &names);
    app.assert_accessible("curtain");
    app.save_screenshot("curtain");
    app.click("#lift-curtain");
    app.wait(".client-row");

    // The key (F8), from anywhere in the page.
    app.session()
        .send_keys(&app.wait("#search"), "\u{E038}")
        .expect("press F8");
    app.wait("#curtain");
    assert_no_client_data(&app, &names);
    // Typing elsewhere does not lift it: only the button does.
    app.session()
        .send_keys(&app.wait("body"), "\u{E007}a")
        .expect("press keys");
    assert!(app.exists("#curtain"));
    app.click("#lift-curtain");
    app.wait(".client-row");

    // The window being hidden (minimized) drops it by itself.
    app.session()
        .execute(
            "Object.defineProperty(document, 'hidden', { value: true, configurable: true }); \
             document.dispatchEvent(new Event('visibilitychange'));",
            serde_json::json!([]),
        )
        .expect("hide the page");
    app.wait("#curtain");
    assert_no_client_data(&app, &names);
}

#[test]
fn an_idle_app_locks_itself_and_shows_no_client_data() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &["--demo", "--idle-lock-seconds", "3"]);
    let names = unlock_demo(&app);
    app.wait("#idle-locked");
    app.wait("#passphrase");
    assert_no_client_data(&app, &names);
    app.wait_gone("#lock");
    app.wait_gone("#curtain-button");
    app.assert_accessible("idle-locked");
    app.save_screenshot("idle-locked");
    // The key is gone from the backend too: unlocking needs the passphrase.
    let passphrase = app.text("#demo-passphrase");
    app.unlock(&passphrase);
    app.wait(".client-row");
}

#[test]
fn a_running_joint_appointment_waits_longer_before_locking() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(
        data.path(),
        &[
            "--demo",
            "--idle-lock-seconds",
            "5",
            "--appointment-idle-lock-seconds",
            "16",
        ],
    );
    unlock_demo(&app);
    app.click(".client-row");
    app.click("#start-appointment");
    app.wait_text("#appointment-title", "käynnissä");
    // Well past the ordinary limit, and nobody has touched anything.
    std::thread::sleep(std::time::Duration::from_secs(8));
    assert!(
        !app.exists("#idle-locked") && app.exists("#appointment-title"),
        "locked at the ordinary limit while an appointment was running"
    );
    // The longer limit locks all the same.
    app.wait("#idle-locked");
}

#[test]
fn a_pin_resumes_after_an_idle_lock_and_three_wrong_ones_need_the_passphrase() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &["--demo", "--idle-lock-seconds", "3"]);
    app.wait("#demo-passphrase");
    let passphrase = app.text("#demo-passphrase");
    app.fill("#passphrase", &passphrase);
    app.fill("#new-pin", "2468");
    app.click("#unlock");
    app.wait_for_workspace();
    let names: Vec<String> = vec![app.text(".client-row-name")];

    // Idle: locked, and the PIN brings the work back.
    app.wait("#pin");
    assert_no_client_data(&app, &names);
    app.assert_accessible("pin-resume");
    app.save_screenshot("pin-resume");
    app.fill("#pin", "2468");
    app.click("#resume");
    app.wait(".client-row");

    // Idle again: three wrong PINs, and only the passphrase opens it.
    app.wait("#pin");
    for expected in ["2 yritystä jäljellä", "Yksi yritys jäljellä"] {
        app.fill("#pin", "1111");
        app.click("#resume");
        app.wait_text("#unlock-error", expected);
    }
    app.fill("#pin", "1111");
    app.click("#resume");
    app.wait_text("#unlock-error", "liian monta kertaa");
    app.wait("#passphrase");
    assert!(!app.exists("#pin"), "the PIN is still offered");
    app.unlock(&passphrase);
    app.wait(".client-row");
}

#[test]
fn waking_from_sleep_locks_the_store() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &["--demo"]);
    let names = unlock_demo(&app);
    // Sleep stops the page's timers; on waking, the clock has jumped by
    // three minutes: more than a timer can lag, less than the 5-minute idle
    // limit.
    app.session()
        .execute(
            "const real = Date.now.bind(Date); const jump = 3 * 60 * 1000; \
             Date.now = () => real() + jump;",
            serde_json::json!([]),
        )
        .expect("move the clock");
    app.wait("#passphrase");
    app.wait("#idle-locked");
    assert_no_client_data(&app, &names);
}

#[test]
fn an_internal_error_locks_the_store_and_clears_the_screen() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &["--demo"]);
    let names = unlock_demo(&app);
    app.select("#language", "sv");
    app.click(".client-row");
    app.wait("#client-page-name");

    // The debug build's hook: a panic where the UI's code would have one.
    app.session()
        .execute(
            "setTimeout(() => window.kohtaamoTestPanic(), 0);",
            serde_json::json!([]),
        )
        .expect("make the page panic");
    app.wait_text("#crash h1", "Kohtaamo stannade");
    assert_no_client_data(&app, &names);
    assert!(!app.exists("#client-page-name"));
    app.assert_accessible("crash");
    app.save_screenshot("crash");

    // Starting again finds the store locked: the key left with the page.
    app.click("#crash-restart");
    app.wait("#demo-passphrase");
    assert!(app.exists("#passphrase"));
    assert_no_client_data(&app, &names);
}

#[test]
fn the_shell_locks_the_store_when_the_page_stops_answering() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &["--demo", "--idle-lock-seconds", "3"]);
    unlock_demo(&app);
    app.click(".client-row");
    app.wait("#client-page");
    // The page hangs for 12 seconds: none of its code runs, its own idle
    // lock included. A mark tells whether the page was reloaded since.
    app.session()
        .execute(
            "window.kohtaamoBeforeHang = true; \
             const end = Date.now() + 12000; while (Date.now() < end) {}",
            serde_json::json!([]),
        )
        .expect("hang the page");
    // Silent for twice the limit: the shell locked the store and reloaded
    // the page, which is back at the unlock screen.
    app.wait("#passphrase");
    let reloaded = app
        .session()
        .execute(
            "return window.kohtaamoBeforeHang === undefined;",
            serde_json::json!([]),
        )
        .expect("read the mark");
    assert_eq!(
        reloaded,
        serde_json::json!(true),
        "the page was not reloaded: the shell did not lock on its own"
    );
    assert!(!app.exists(".client-row"), "a client is still on screen");
}
