//! Follow-up on a fresh store of one's own: the 3X10D start measure is due
//! once the clientship starts, the client answers it on the shared screen
//! (the client view, F9) in their own language with large buttons, and
//! the professional then sees the change chart; the answer is still there
//! after the store is locked and opened again.

#![allow(
    clippy::expect_used,
    reason = "a helper that cannot talk to the app should fail the test"
)]

use kohtaamo_e2e::App;

const PASSPHRASE: &str = "mittari ja muutos";
/// Synthetic, with a temporary henkilötunnus (individual number 900–999).
const NAME: &str = "Mittari Testi-Asiakas";
const HETU: &str = "020202A9480";
const NURSE: &str = "Hoitaja Mittari-Testi";
const FORM: &str = "#cv-form-3x10d-adult";

fn press_f9(app: &App) {
    app.session()
        .send_keys(&app.wait("body"), "\u{E039}")
        .expect("press F9");
}

/// Chooses `score` for `item` by its number button, as a client taps it.
fn choose(app: &App, item: &str, score: u8) {
    app.click(&format!(
        "{FORM}-{item}-item .measure-choice:nth-child({})",
        score + 1
    ));
}

#[test]
fn a_client_answers_3x10d_on_the_shared_screen_and_the_professional_sees_the_change() {
    let data = tempfile::tempdir().expect("temp dir");
    // Where the save-as dialog answers when the figures are saved.
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let csv = elsewhere.path().join("luvut.csv");
    let csv_arg = csv.display().to_string();
    let app = App::launch(data.path(), &["--e2e-save-as", &csv_arg]);
    app.create_store(PASSPHRASE);
    app.give_profile(NURSE, "health-care", "sairaanhoitaja");
    app.add_client(NAME, HETU);
    app.wait_text("#client-page-name", NAME);
    app.click("#clientship .reason");
    app.click("#start-clientship");
    app.wait_text("#team", NURSE);

    // Due from the start, in the section and in the page's navigation.
    app.wait_text("#measure-3x10d-adult-due", "Alkumittaus on ajankohtainen");
    app.wait_text("#nav-measures", "ajankohtainen");
    app.wait_text("#measure-3x10d-adult", "Diakonia-ammattikorkeakoulun");

    // The client answers on the shared screen, with the buttons.
    press_f9(&app);
    app.wait("#client-view");
    app.click("#cv-start-3x10d-adult");
    app.wait_text(FORM, "Kun ajattelet nykyhetkeä, kuinka tyytyväinen olet");
    app.wait_text(FORM, "omien vahvuuksiesi kehittämiseen");
    let answers = [
        ("health", 4),
        ("overcoming-difficulties", 5),
        ("housing", 3),
        ("daily-coping", 6),
        ("family", 8),
        ("friends", 7),
        ("finances", 2),
        ("strengths", 5),
        ("self-esteem", 4),
        ("life-as-a-whole", 5),
    ];
    for (item, score) in answers {
        choose(&app, item, score);
    }
    // The band of a choice is said in words, not by colour alone.
    app.wait_text(&format!("{FORM}-finances-item .measure-band"), "punainen");
    app.wait_text(&format!("{FORM}-family-item .measure-band"), "vihreä");
    app.wait_text(&format!("{FORM}-count"), "Vastattu 10 / 10");
    app.assert_accessible("the client answering 3X10D");
    app.save_screenshot("measure-client-answers");
    app.click(&format!("{FORM}-save"));
    app.wait_text("#cv-measure-saved", "tallennettu");
    // The client sees their own answers drawn at once.
    app.wait_text("#cv-chart-3x10d-adult", "terveydentilaasi");
    app.save_screenshot("measure-client-chart");

    // Back on the professional's screen: the chart, and nothing due now.
    press_f9(&app);
    app.wait_text("#measure-3x10d-adult-chart", "elämääsi kokonaisuutena");
    app.wait_gone("#measure-3x10d-adult-due");
    app.wait_text("#measure-3x10d-adult-chart", "Alku");
    app.scroll_to("#measures");
    app.assert_accessible("the measures section with a chart");
    app.save_screenshot("measure-professional-chart");

    // A later answer copied from the client's paper form, health better.
    app.click("#measure-3x10d-adult-start");
    app.select("#measure-3x10d-adult-entered-by", "paper");
    app.click("#measure-3x10d-adult-form-health-item .measure-choice:nth-child(8)");
    app.click("#measure-3x10d-adult-form-life-as-a-whole-item .measure-choice:nth-child(7)");
    app.click("#measure-3x10d-adult-form-save");
    app.wait_text("#measure-3x10d-adult-chart", "Välimittaus");

    // The client's experience, anonymous, on the shared screen.
    press_f9(&app);
    app.wait_text("#cv-experience-form-anonymous", "nimetön");
    app.click("#cv-experience-form-recommend .measure-choice:nth-child(10)");
    app.click("#cv-experience-form-statement .measure-choice:nth-child(9)");
    app.fill(
        "#cv-experience-form-feedback",
        "Asiat hoituivat yhdellä käynnillä",
    );
    app.click("#cv-experience-form-save");
    app.wait_text("#cv-experience-form-thanks", "Kiitos");
    press_f9(&app);

    // Counted in the figures, and hidden there: one client is fewer than
    // five.
    app.click("#open-figures");
    app.wait_text("#figures-whose", "oman asiakasmääräsi");
    app.wait_text("#figures-change", "terveydentilaasi");
    app.wait_text("#figures-change", "alle 5");
    app.wait_text("#figures-experience", "alle 5");
    app.assert_accessible("the figures");
    app.save_screenshot("figures-own-caseload");
    app.click("#export-figures");
    app.wait_text("#figures-exported", "luvut.csv");
    let written = std::fs::read_to_string(&csv).expect("the CSV where the dialog answered");
    assert!(
        written.contains("\"3X10D change, start to latest\",health clients,suppressed"),
        "{written}"
    );
    assert!(
        written.contains("client experience,NPS,suppressed"),
        "{written}"
    );
    assert!(
        !written.contains(NAME) && !written.contains(HETU),
        "{written}"
    );
    // The same name again: refused in words, the file as it was.
    app.click("#export-figures");
    app.wait_text("#figures-error", "luvut.csv on jo olemassa");
    assert_eq!(
        std::fs::read_to_string(&csv).expect("the CSV"),
        written,
        "a file already there is not written over"
    );
    app.click("#close-figures");

    // Saved when it said so: there after locking and opening again.
    app.click("#lock");
    app.unlock(PASSPHRASE);
    app.click(".client-row");
    app.wait_text("#measure-3x10d-adult-chart", "terveydentilaasi");
}

/// The client answers in their own window (a second display turned to
/// them): that window's one write appends the answer, as the client's.
#[test]
fn a_client_answers_3x10d_in_their_own_window() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &[]);
    app.create_store(PASSPHRASE);
    app.give_profile(NURSE, "health-care", "sairaanhoitaja");
    app.add_client(NAME, HETU);
    app.wait_text("#client-page-name", NAME);
    app.click("#clientship .reason");
    app.click("#start-clientship");
    app.wait_text("#measure-3x10d-adult-due", "Alkumittaus");
    let main = app.session().window_handle().expect("the main window");
    app.click("#open-client-window");
    let client = app
        .wait_windows(2)
        .into_iter()
        .find(|h| *h != main)
        .expect("the client window");
    app.session()
        .switch_to_window(&client)
        .expect("to the client window");
    app.wait("#client-view");
    // Client experience is asked on the main window's shared screen only.
    assert!(!app.exists("#cv-experience-form"));
    app.click("#cv-start-3x10d-adult");
    let form = "#cv-form-3x10d-adult";
    app.click(&format!("{form}-health-item .measure-choice:nth-child(3)"));
    app.click(&format!("{form}-housing-item .measure-choice:nth-child(6)"));
    app.click(&format!(
        "{form}-life-as-a-whole-item .measure-choice:nth-child(5)"
    ));
    app.assert_accessible("the client answering in their own window");
    app.click(&format!("{form}-save"));
    app.wait_text("#cv-measure-saved", "tallennettu");
    app.wait_text("#cv-chart-3x10d-adult", "asumisoloihisi");

    // The professional's window, still on the case, shows it at once.
    app.session()
        .switch_to_window(&main)
        .expect("to the main window");
    app.wait_text("#measure-3x10d-adult-chart", "terveydentilaasi");
    app.wait_gone("#measure-3x10d-adult-due");
    // And it is saved: there on opening the case again.
    app.click("#open-start");
    app.click(".client-row");
    app.wait_text("#measure-3x10d-adult-chart", "terveydentilaasi");
}

/// The demo's caseload varies as a real one does (long-running clients
/// with middle answers and service use, paused and closed periods, teams
/// that differ), so its figures show something worth looking at.
#[test]
fn the_demo_figures_show_a_varied_caseload() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &["--demo"]);
    app.wait("#demo-passphrase");
    let passphrase = app.text("#demo-passphrase");
    app.unlock(&passphrase);
    app.wait_for_workspace();
    app.click("#open-figures");
    app.wait("#figures-months");
    // Drawn, not "no clients yet": some got better, some worse.
    app.wait_text("#figures-change", "terveydentilaasi");
    let change = app.text("#figures-change");
    assert!(!change.contains("alle 5"), "{change}");
    // Service use on both sides of the start, each a number.
    let used = app.wait_text("#figures-service-use", "Päivystys");
    let row = used
        .lines()
        .find(|l| l.starts_with("Päivystys"))
        .expect("the emergency row");
    assert!(
        !row.contains("alle 5") && !row.contains('–'),
        "before and after shown: {row}"
    );
    // Segments at the end and the agreed plans: counts, not hidden.
    let shares = app.text("#figures-shares");
    assert!(shares.contains('%'), "{shares}");
    let months = app.text("#figures-months");
    assert!(months.lines().count() >= 12, "{months}");
    app.wait_text("#figures-experience", "vastauksia");
    app.assert_accessible("the demo's figures");
    app.save_screenshot("figures-demo");
    app.scroll_to("#figures-change");
    app.save_screenshot("figures-demo-change");
    app.scroll_to("#figures-service-use");
    app.save_screenshot("figures-demo-service-use");
}
