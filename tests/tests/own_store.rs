//! A real first day, on a store of one's own rather than the demo: the
//! store is made, the owner says who they are, adds a colleague from the
//! other sector, starts a joint clientship alone, brings the colleague onto
//! the team, and runs the whole joint work to the client view. Nothing on
//! the way may be English or said out of view.

#![allow(
    clippy::expect_used,
    reason = "a helper that cannot talk to the app should fail the test"
)]

use kohtaamo_e2e::App;

const PASSPHRASE: &str = "ensimmäinen oma päivä";
/// Synthetic, with a temporary henkilötunnus (individual number 900–999).
const NAME: &str = "Ensikerta Testi-Asiakas";
const HETU: &str = "020202A9480";
const NURSE: &str = "Hoitaja Oma-Testi";
const SOCIAL: &str = "Sosiaalityöntekijä Oma-Testi";
const SOCIAL_PHONE: &str = "+358 40 000 0099";
const SAID: &str = "Asumistuen hakemus on jo vireillä";
const GOAL: &str = "Haluan asua omassa kodissani";

/// A PDF's text as poppler reads it (`cargo xtask test` installs it).
fn pdf_text(pdf: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn count(app: &App, css: &str) -> usize {
    app.session().count(css).expect("count elements")
}

/// The page's visible text holds no message id left untranslated (the UI
/// shows a missing message as "[its-id]") and no developer English.
fn assert_all_in_finnish(app: &App, screen: &str) {
    let text = app.text("#main");
    for sign in ["[", "breaks a rule", "must be", "internal error"] {
        assert!(
            !text.contains(sign),
            "{screen}: the page says {sign:?}: {text}"
        );
    }
}

#[test]
fn a_first_day_on_an_own_store_runs_the_whole_joint_work() {
    let data = tempfile::tempdir().expect("temp dir");
    // Where the save-as dialog puts the client's paper (the debug seam
    // answers the dialog; see src-tauri/src/dialog.rs).
    let papers = tempfile::tempdir().expect("temp dir");
    let handout = papers.path().join("suunnitelma.pdf");
    let handout_arg = handout.display().to_string();
    // What would open in the system's PDF viewer, to print, is named here.
    let opened = papers.path().join("opened.txt");
    let opened_arg = opened.display().to_string();
    let app = App::launch(
        data.path(),
        &["--e2e-save-as", &handout_arg, "--e2e-opened", &opened_arg],
    );

    // The store, and who I am.
    app.create_store(PASSPHRASE);
    // A third-sector profile cannot be the owner's: the sector is a register.
    assert!(
        !app.exists("#profile-sector-third-sector"),
        "the owner is offered a sector without a register"
    );
    app.give_profile(NURSE, "health-care", "sairaanhoitaja");

    // A colleague from social welfare, typed in; a wrong address is said
    // next to the button, and nothing is saved.
    app.click("#open-settings");
    app.wait_text("#own-name", NURSE);
    app.wait("#no-colleagues");
    app.click("#add-colleague");
    app.fill("#new-colleague-name", SOCIAL);
    app.select("#new-colleague-role", "sosiaalityontekija");
    app.click("#new-colleague-sector-social-welfare");
    app.fill("#new-colleague-phone", SOCIAL_PHONE);
    app.fill("#new-colleague-secure-email", "ei-osoite");
    app.click("#new-colleague-save");
    app.wait_text("#new-colleague-error", "ei ole sähköpostiosoite");
    assert_eq!(count(&app, ".colleague"), 0);
    app.fill("#new-colleague-secure-email", "sosiaalityo.oma@example.fi");
    app.click("#new-colleague-save");
    app.wait_text("#colleague-list", SOCIAL);
    app.wait_text("#colleague-list", "Sosiaalihuolto");

    // The organisation's directory file: a bad one names its bad entries
    // and imports nothing; the good one adds its people and organisations,
    // and importing it again adds no one twice.
    let bad = data.path().join("bad-directory.json");
    std::fs::write(
        &bad,
        r#"{ "format": "kohtaamo-directory/1", "people": [
            { "key": "HR-1", "name": "Hyvä Henkilö", "sector": "health-care" },
            { "key": "HR-2", "name": "Sairaala Henkilö", "sector": "hospital" } ] }"#,
    )
    .expect("write a bad directory");
    app.choose_file("#directory-file", &bad);
    app.click("#import-directory");
    app.wait_text("#directory-error", "Mitään ei tuotu");
    app.wait_text("#directory-problems", "Henkilö 2 (avain HR-2)");
    app.wait_text("#directory-problems", "hospital");
    assert!(!app.text("#directory-problems").contains("HR-1"));
    assert_eq!(count(&app, ".colleague"), 1);
    let example =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/examples/directory.json");
    app.choose_file("#directory-file", &example);
    app.click("#import-directory");
    app.wait_text("#directory-imported", "2 uutta henkilöä");
    app.wait_text("#colleague-list", "Fysioterapeutti Hakemisto");
    app.wait_text("#organisation-list", "Kuvitteellinen Tukiyhdistys ry");
    app.choose_file("#directory-file", &example);
    app.click("#import-directory");
    app.wait_text("#directory-imported", "0 uutta henkilöä, 2 päivitetty");
    assert_eq!(count(&app, "#colleague-list .colleague"), 3);
    // An organisation's details are edited where they are listed.
    app.click("#organisation-list .edit-organisation");
    app.fill(".edit-organisation-contact", "040 000 0104, ma–to 9–15");
    app.click(".save-organisation");
    app.wait_text("#organisation-list", "040 000 0104");
    app.assert_accessible("colleagues");
    app.scroll_to("#colleagues");
    app.save_screenshot("colleagues");

    // The organisation's settings: the built-in ones until a file comes; a
    // bad file names its problems and changes nothing; the idle lock then
    // follows the organisation's file.
    app.wait_text("#org-settings-idle", "5 min");
    let bad = data.path().join("bad-settings.json");
    std::fs::write(
        &bad,
        r#"{ "format": "kohtaamo-settings/1", "idle_lock": { "seconds": 5 }, "colour": "sininen" }"#,
    )
    .expect("write bad settings");
    app.choose_file("#settings-file", &bad);
    app.click("#import-settings");
    app.wait_text("#settings-error", "Mitään ei muutettu");
    app.wait_text(
        "#settings-problems",
        "idle_lock.seconds on oltava väliltä 30–14400",
    );
    app.wait_text("#settings-problems", "tuntematon kenttä colour");
    let settings = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../assets/examples/organisation-settings.json");
    app.choose_file("#settings-file", &settings);
    app.click("#import-settings");
    app.wait_text("#settings-imported", "voimassa");
    app.wait_text("#org-settings-idle", "10 min");
    app.wait_text("#org-settings-custodians", "1.2.246.10.9000001.10.1");
    let status = app
        .session()
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             window.__TAURI__.core.invoke('app_status').then(done, e => done(String(e)));",
            serde_json::json!([]),
        )
        .expect("ask the app's status");
    assert_eq!(status["idle_lock_seconds"], 600, "{status}");
    assert_eq!(status["appointment_idle_lock_seconds"], 1800, "{status}");

    // The unit's own PROM: a bad file names its field and imports nothing;
    // the good one is listed beside the built-in 3X10D.
    app.wait_text("#instrument-list", "3X10D");
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../assets/instruments/example-prom.json");
    let example = std::fs::read_to_string(example).expect("the example PROM");
    let bad_prom = data.path().join("bad-prom.json");
    std::fs::write(
        &bad_prom,
        example.replace("\"overall\": true", "\"overall\": 1"),
    )
    .expect("write the bad PROM");
    app.choose_file("#instrument-file", &bad_prom);
    app.click("#import-instrument");
    app.wait_text("#instrument-error", "items[0].overall");
    app.wait_text("#instrument-error", "Mitään ei tuotu");
    let own_prom = data.path().join("oma-prom.json");
    std::fs::write(
        &own_prom,
        example.replace("\"example-prom\"", "\"oma-prom\""),
    )
    .expect("write the unit's PROM");
    app.choose_file("#instrument-file", &own_prom);
    app.click("#import-instrument");
    app.wait_text("#instrument-imported", "versio 1");
    app.wait_text("#instrument-list", "yksikön oma elämänlaatukysely");

    // A text-message survey's answer typed in: anonymous, saved apart.
    app.wait_text("#sms-experience-anonymous", "nimetön");
    app.click("#sms-experience-recommend .measure-choice:nth-child(9)");
    app.click("#sms-experience-save");
    app.wait("#sms-experience-saved");
    app.assert_accessible("organisation-settings");
    app.click("#close-settings");

    // The client, and a joint clientship started alone.
    app.add_client(NAME, HETU);
    app.wait_text("#client-page-name", NAME);
    app.click("#clientship .reason");
    app.click("#start-clientship");
    app.wait_text("#team", NURSE);
    app.wait_text("#team", "sinä");
    assert!(!app.text("#team").contains(SOCIAL));
    assert_all_in_finnish(&app, "clientship");

    // A joint appointment needs two professionals: said in Finnish, next
    // to the button, not at the top of the page.
    app.click("#start-appointment");
    app.wait_text("#appointment-save-error", "vähintään kaksi ammattilaista");
    let focused = app
        .session()
        .execute(
            "return document.activeElement && document.activeElement.id",
            serde_json::json!([]),
        )
        .expect("read the focus");
    assert_eq!(
        focused, "appointment-save-error",
        "the error is not in focus"
    );
    assert!(
        !app.exists("#case-error"),
        "the error was said at the top of the page"
    );
    assert_all_in_finnish(&app, "appointment refused");

    // The colleague joins as omatyöntekijä; the two are the counterpart
    // pair, and her contact details go to the client.
    app.select_text("#new-member", SOCIAL);
    app.select("#new-member-role", "omatyontekija");
    app.click("#add-member");
    app.wait_text("#team", SOCIAL);
    app.wait_text("#team", SOCIAL_PHONE);
    // A colleague from the directory joins too (the physiotherapist, the
    // second person of the file), and the organisation from it.
    app.select_text("#new-member", "Fysioterapeutti Hakemisto");
    app.click("#add-member");
    app.wait_text("#team", "Fysioterapeutti Hakemisto");
    app.fill("#organisation-name", "Kuvitteellinen Tukiyhdistys ry");
    app.click("#add-organisation");
    app.wait_text("#organisations", "040 000 0104");
    app.select_text("#pair-health", NURSE);
    app.select_text("#pair-social", SOCIAL);
    app.click("#set-pair");
    app.wait_text("#counterpart-pair", &format!("{NURSE} — {SOCIAL}"));
    let social = app.member_id(SOCIAL);
    let given = format!(".team-member[data-professional-id=\"{social}\"] .contact-to-client");
    app.click(&given);
    app.wait_count(&format!("{given}:checked"), 1);
    app.assert_accessible("own-team");
    app.scroll_to("#clientship");
    app.save_screenshot("own-team");

    // Segmentation with the client.
    app.click("#coping-easy");
    app.click("#need-many");
    app.wait_text("#segment-suggestion", "Yhteistyöasiakkuus");
    app.click("#save-segment");
    app.wait_text("#segment-current", "Yhteistyöasiakkuus");

    // The assessment is the nurse's, in health care's register.
    app.wait_text("#assessment-writer", "Terveydenhuolto");
    app.click("#domain-housing summary");
    app.fill("#housing-client", "Vuokra on liian suuri");
    app.fill("#housing-professional", "Asumisen tuki selvitettävä");
    app.select("#housing-need", "some-need");
    app.wait_text("#domain-housing summary", "Jonkin verran");
    app.wait_text("#save-state", "Tallennettu");

    // The joint appointment: what the social worker said is recorded as
    // said by her, written by the nurse, in the nurse's register.
    app.click("#start-appointment");
    app.wait_text("#appointment-title", "käynnissä");
    app.fill("#note-text", SAID);
    app.select_text("#note-said-by", SOCIAL);
    app.click("#add-note");
    app.wait_count(".note", 1);
    app.wait_text(".note", &format!("{SOCIAL} kertoi, kirjasi {NURSE}"));
    app.wait_text(".note", "Terveydenhuolto");
    app.fill("#appointment-agreed", "Tavataan kuukauden päästä");
    app.click("#end-appointment");
    app.wait_text("#appointment", "Tavataan kuukauden päästä");

    // The plan, agreed.
    app.click("#new-plan");
    app.fill("#goal-text", GOAL);
    app.click("#add-goal");
    app.wait_count(".goal", 1);
    app.click(".goal:nth-child(1) .open-add-action");
    let form = ".goal:nth-child(1) .add-action-form";
    app.fill(&format!("{form} .action-text"), "Asumistuen hakemus");
    app.select_text(&format!("{form} .action-owner"), SOCIAL);
    app.fill(&format!("{form} .action-due"), "15.1.2031");
    app.click(&format!("{form} .add-action"));
    app.wait_count(".action", 1);
    app.fill("#review-date", "1.3.2031");
    app.wait_text("#save-state", "Tallennettu");
    app.click("#client-agreed");
    app.click("#agree-plan");
    app.wait_text("#plan-status", "Hyväksytty");
    assert_all_in_finnish(&app, "plan agreed");

    // The client agrees to health care's information reaching social welfare.
    app.select("#consent-direction", "health-to-social");
    app.fill("#consent-scope", "Yhteisvastaanoton muistiinpanot");
    app.click("#record-consent");
    app.wait_text(".consents", "Terveydenhuollosta sosiaalihuoltoon");

    // The client's paper: the agreed plan as a PDF, saved where the dialog
    // chose, with her goal and whom to contact, and nothing of her code.
    app.click("#save-handout-plan");
    app.wait_text("#handout-saved", "suunnitelma.pdf");
    let paper = pdf_text(&handout);
    for expected in [
        NAME,
        GOAL,
        "Asumistuen hakemus",
        "15.1.2031",
        "1.3.2031",
        NURSE,
    ] {
        assert!(
            paper.contains(expected),
            "the handout lacks {expected:?}:\n{paper}"
        );
    }
    assert!(!paper.contains(HETU), "the handout shows the henkilötunnus");
    app.scroll_to("#handouts");
    app.assert_accessible("own-handout-saved");
    app.save_screenshot("own-handout-saved");
    // Printed from the saved file, in the system's PDF viewer.
    app.click("#open-handout");
    for _ in 0..50 {
        if opened.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(
        std::fs::read_to_string(&opened).expect("the handout opened to print"),
        handout_arg
    );
    // Saved again over the same file: refused in words, the file kept.
    app.click("#save-handout-plan");
    app.wait_text("#handout-error", "on jo olemassa");
    assert_eq!(pdf_text(&handout), paper);
    assert_all_in_finnish(&app, "handout saved");

    // She reads plain Finnish more easily: the client view says it so.
    app.click("#client-plain-language");
    app.wait_text("#save-state", "Tallennettu");

    // The client view: the goal, who does what, and whom to contact.
    app.click("#open-client-view");
    app.wait_text("#cv-goals", "Sinun tavoitteesi");
    app.wait_text("#cv-goals", GOAL);
    app.wait_text("#cv-goals", SOCIAL);
    app.wait_text("#cv-contact", NURSE);
    app.wait_text("#cv-contact", SOCIAL_PHONE);
    app.wait_text("#cv-agreed", SAID);
    app.assert_accessible("own-client-view");
    app.save_screenshot("own-client-view");
    app.click("#close-client-view");
    app.wait("#client-page");

    // Service use, a month at a time: a typo is said and saves nothing; a
    // month counted again replaces its count.
    app.scroll_to("#service-use");
    app.select("#service-use-service", "Päivystys");
    app.fill("#service-use-contacts", "kolme");
    app.click("#save-service-use");
    app.wait_text("#service-use-error", "kokonaislukuna");
    app.fill("#service-use-contacts", "3");
    app.click("#save-service-use");
    app.wait_text("#service-use-list", "Päivystys: 3");
    app.fill("#service-use-contacts", "4");
    app.click("#save-service-use");
    app.wait_text("#service-use-list", "Päivystys: 4");
    assert_eq!(count(&app, "#service-use-list li"), 1);
    app.wait_text("#service-use-comparison", "kokonainen kuukausi");
    app.assert_accessible("own-service-use");
    app.save_screenshot("own-service-use");
    assert_all_in_finnish(&app, "service use");

    // The start view: she is the nurse's own client, with an agreed plan.
    app.click("#open-start");
    app.wait_text("#start-mine", NAME);
    assert!(
        !app.text("#start-no-plan").contains(NAME),
        "a client with an agreed plan listed as without one"
    );
    assert_all_in_finnish(&app, "start view");
    app.click("#start-mine .start-row");
    app.wait_text("#client-page-name", NAME);

    // The client asks who has used her data: the report, in her language,
    // names the owner by her profile, says why, and what it covers.
    app.click("#open-access-report");
    app.wait_text("#report-title", "Kuka on käyttänyt tietojasi");
    app.wait_text("#report-used", NURSE);
    app.wait_text("#report-used", "Muutti: suunnitelma");
    app.wait_text(
        "#report-disclosed",
        "Luovutti: suunnitelman kopio asiakkaalle (PDF)",
    );
    app.wait_text("#report-used", "yhteinen tapaaminen");
    app.wait_text("#report-covers", "vain tämän kannettavan tietokoneen");
    assert!(
        !app.text("#report-used")
            .contains("Ennen käyttäjäprofiileja"),
        "on an own store, every entry is the owner's"
    );
    assert_all_in_finnish(&app, "access report");
    app.assert_accessible("own-access-report");
    app.save_screenshot("own-access-report");
    app.click("#close-report");
    app.wait("#client-page");
    // Handing it over is a disclosure, and the next report says so.
    app.click("#open-access-report");
    app.wait_text("#report-disclosed", "Luovutti: tämä raportti");
    app.click("#close-report");

    // The clientship pauses and ends with its reasons; a new period starts
    // and the ended one stays readable.
    app.fill("#status-reason", "Asiakas on kuntoutusjaksolla");
    app.click("#pause-clientship");
    app.wait_text("#clientship-status-line", "tauolla");
    app.wait_text("#clientship-status", "Asiakas on kuntoutusjaksolla");
    app.click("#resume-clientship");
    app.wait_text("#clientship-status-line", "aktiivinen");
    app.fill("#status-reason", "Tavoitteet saavutettu");
    app.click("#close-clientship");
    app.wait_text("#clientship-title", "uusi yhteisasiakkuuden jakso");
    app.click("#earlier-periods summary");
    app.wait_text("#earlier-periods", "Tavoitteet saavutettu");
    app.wait_text("#earlier-periods", NURSE);
    assert_all_in_finnish(&app, "clientship ended");
    app.click("#clientship .reason");
    app.click("#start-clientship");
    app.wait_text("#clientship-status-line", "aktiivinen");
    app.wait_text("#earlier-periods summary", "Aiemmat jaksot (1)");

    // Nothing of the client is anywhere in plain text: not in the webview's
    // own storage, not in any file the app wrote.
    let sentinels = [
        NAME,
        HETU,
        SAID,
        GOAL,
        "Vuokra on liian suuri",
        "Asumistuen hakemus",
    ];
    app.assert_webview_keeps_nothing(&sentinels);
    app.click("#lock");
    app.wait("#passphrase");
    drop(app);
    kohtaamo_e2e::wait_until_store_released(data.path());
    let files = kohtaamo_e2e::files_below(data.path());
    assert!(files.iter().any(|(p, _)| p.ends_with("kohtaamo.db")));
    kohtaamo_e2e::assert_no_file_holds(data.path(), &sentinels);
}
