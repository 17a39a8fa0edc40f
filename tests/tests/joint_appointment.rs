//! The heart of the product, end to end in the real app: a client is taken
//! through a joint clientship, segmentation, a plan with two goals and three
//! actions, agreement and locking, a new version with its diff, and the
//! client view on the shared screen.

#![allow(
    clippy::expect_used,
    reason = "a helper that cannot talk to the app should fail the test"
)]

use kohtaamo_e2e::{wait_until_demo_released, App};

/// A synthetic client with a temporary code outside the demo's birth years.
const NAME: &str = "Yhteinen Testi-Asiakas";
const HETU: &str = "010110A950N";
const CLIENT_NOTE: &str = "Asiakas haluaa tavata kotona";
const PROFESSIONAL_NOTE: &str = "Ammattilaisten kesken: selvitetään edunvalvonta";
const AGREED: &str = "Tavataan uudelleen maaliskuussa";
const CONTACT: &str = "Soita vastuutyöntekijälle arkisin klo 9–11.";
const HEALTH_NOTE: &str = "Verenpaine mitattu vastaanotolla";
const ORGANISATION: &str = "Kuvitteellinen Tukiyhdistys ry";
const DRAFT_NOTE: &str = "Keskeneräinen muistiinpano: asunnon kunto";

fn unlock_demo(app: &App) {
    app.wait("#demo-passphrase");
    let passphrase = app.text("#demo-passphrase");
    app.fill("#passphrase", &passphrase);
    app.click("#unlock");
    // The first time, as the demo's social worker.
    app.wait_for_workspace();
}

/// Types a date into a date field and leaves it (`fill` leaves the field,
/// which is when a date field reads what was typed).
fn set_date(app: &App, css: &str, text: &str) {
    app.fill(css, text);
}

fn press_f9(app: &App) {
    app.session()
        .send_keys(&app.wait("body"), "\u{E039}")
        .expect("press F9");
}

fn count(app: &App, css: &str) -> usize {
    app.session().count(css).expect("count elements")
}

#[test]
fn a_complete_joint_appointment_from_a_new_client_to_the_client_view() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &["--demo"]);
    unlock_demo(&app);

    // A new client, who prefers Swedish.
    app.click("#add-client");
    app.fill("#client-name", NAME);
    app.fill("#client-hetu", HETU);
    app.select("#client-language", "sv");
    app.click("#save-client");
    app.wait_text("#client-page-name", NAME);

    // Joint clientship: the reasons; the social worker who starts it is
    // its team and coordinates it, and the nurse joins.
    app.wait("#start-clientship");
    app.assert_accessible("case-start");
    app.save_screenshot("case-start");
    app.click("#clientship .reason");
    app.click("#start-clientship");
    app.wait_text("#team", "Sosiaalityöntekijä Demo");
    assert!(!app.text("#team").contains("Hoitaja Demo"));
    app.select_text("#new-member", "Hoitaja Demo");
    app.select("#new-member-role", "hoitovastaava");
    app.click("#add-member");
    app.wait_text("#team", "Hoitaja Demo");
    app.wait_text("#save-state", "Tallennettu");
    app.fill("#contact-instructions", CONTACT);
    app.click("#save-contact");
    app.wait_text("#team", "Sosiaalityöntekijä Demo");
    // A third-sector organisation joins the team.
    app.fill("#organisation-name", ORGANISATION);
    app.fill("#organisation-contact", "040 000 0001");
    app.click("#add-organisation");
    app.wait_text("#organisations", ORGANISATION);

    // Segmentation with the client: two questions, an unnamed combination
    // suggests the two nearest segments.
    app.click("#coping-temporarily-difficult");
    app.click("#need-many");
    app.wait_text(
        "#segment-suggestion",
        "Yhteistyöasiakkuus / Huolenpitoasiakkuus",
    );
    app.assert_accessible("segmentation");
    app.scroll_to("#segment");
    app.save_screenshot("segmentation");
    app.fill(
        "#segment-client-view",
        "Tarvitsen apua nyt, mutta pärjään muuten.",
    );
    app.click("#save-segment");
    app.wait_text("#segment-current", "Yhteistyöasiakkuus");

    // The holistic assessment: both views side by side, the need, the
    // client's own resources. Written by the social worker who owns the
    // store: social welfare's register.
    app.wait_text("#assessment-writer", "Sosiaalihuolto");
    app.click("#domain-finances summary");
    app.fill("#finances-client", "Pärjään kyllä");
    app.fill("#finances-professional", "Vuokrarästejä kolme kuukautta");
    app.select("#finances-need", "significant-need");
    app.fill("#finances-resources", "Sisko auttaa asioinnissa");
    // Saved a second after typing stops, without the button.
    app.wait_text("#domain-finances summary", "Paljon tukea");
    app.wait_text("#save-state", "Tallennettu");
    app.assert_accessible("assessment");
    app.save_screenshot("assessment");

    // The joint appointment, at home: one note for the client, one only for
    // professionals, and what was agreed.
    app.click("#mode-home-visit");
    app.fill("#appointment-agenda", "Tilanne ja suunnitelma");
    app.click("#start-appointment");
    app.wait_text("#appointment-title", "käynnissä");
    let add_note = |text: &str, said_by: &str, visibility: &str| {
        let before = count(&app, ".note");
        app.fill("#note-text", text);
        app.select("#note-said-by", said_by);
        app.select("#note-visibility", visibility);
        app.click("#add-note");
        app.wait_count(".note", before + 1);
    };
    add_note(CLIENT_NOTE, "client", "shown-to-client");
    add_note(PROFESSIONAL_NOTE, "", "professional-only");
    // What the nurse said: recorded by the social worker, in her register.
    let nurse = app.member_id("Hoitaja Demo");
    add_note(HEALTH_NOTE, &format!("pro-{nurse}"), "shown-to-client");
    // Each note in the writer's register, with who said it and whom it is
    // for, as chosen just before adding it (an answer to the typing's save
    // must not turn the choice back).
    app.wait_text(".note:nth-child(1)", "Sosiaalihuolto");
    app.wait_text(".note:nth-child(1)", "Asiakas kertoi");
    app.wait_text(".note:nth-child(2)", "Vain ammattilaisille");
    app.wait_text(
        ".note:nth-child(3)",
        "Hoitaja Demo kertoi, kirjasi Sosiaalityöntekijä Demo",
    );
    app.wait_text(".note:nth-child(3)", "Sosiaalihuolto");
    // A note half written when the screen locks is there after unlocking,
    // with whom it is for.
    app.fill("#note-text", DRAFT_NOTE);
    app.select("#note-visibility", "professional-only");
    app.click("#lock");
    unlock_demo(&app);
    app.fill("#search", NAME);
    app.wait_count(".client-row", 1);
    app.click(".client-row");
    app.wait_value("#note-text", DRAFT_NOTE);
    app.wait_value("#note-visibility", "professional-only");
    app.assert_accessible("appointment");
    app.scroll_to("#appointment");
    app.save_screenshot("appointment");
    app.fill("#appointment-agreed", AGREED);
    // Ending waits for the note still being written: added, it is kept.
    app.click("#end-appointment");
    app.wait_text("#appointment-error", "Muistiinpano on vielä kesken");
    let before = count(&app, ".note");
    app.click("#add-note");
    app.wait_count(".note", before + 1);
    app.click("#end-appointment");
    app.wait_text("#appointment", AGREED);

    // The plan: two goals in the client's words, three actions.
    app.click("#new-plan");
    app.wait("#goal-text");
    for goal in ["Haluan nukkua paremmin", "Laskut maksettua ajallaan"] {
        let before = count(&app, ".goal");
        app.fill("#goal-text", goal);
        app.click("#add-goal");
        app.wait_count(".goal", before + 1);
    }
    let add_action = |goal: usize, text: &str, owner: &str, due: Option<&str>| {
        let before = count(&app, ".action");
        let form = format!(".goal:nth-child({goal}) .add-action-form");
        if !app.exists(&form) {
            app.click(&format!(".goal:nth-child({goal}) .open-add-action"));
        }
        app.fill(&format!("{form} .action-text"), text);
        if owner == "client" {
            app.click(&format!("{form} .action-owner option[value=client]"));
        } else {
            app.select_text(&format!("{form} .action-owner"), owner);
        }
        if let Some(due) = due {
            set_date(&app, &format!("{form} .action-due"), due);
        }
        app.click(&format!("{form} .add-action"));
        app.wait_count(".action", before + 1);
    };
    // Enter in a date that is not in the calendar adds nothing; the field
    // says why.
    app.click(".goal:nth-child(1) .open-add-action");
    let form = ".goal:nth-child(1) .add-action-form";
    app.fill(&format!("{form} .action-text"), "Unipäiväkirja");
    app.fill(&format!("{form} .action-due"), "32.12.2030\u{E007}");
    app.wait_text(&format!("{form} .date-error"), "32.12.2030");
    assert_eq!(
        count(&app, ".action"),
        0,
        "an action with a wrong date was added"
    );
    add_action(
        1,
        "Unipäiväkirja kahden viikon ajan",
        "client",
        Some("8.12.2030"),
    );
    add_action(1, "Lääkityksen tarkistus", "Hoitaja Demo", None);
    add_action(
        2,
        "Toimeentulotuen hakemus",
        "Sosiaalityöntekijä Demo",
        Some("20.12.2030"),
    );
    // What is due, soonest first, for the professional.
    app.wait_text("#due", "8.12.2030 Unipäiväkirja");
    let due = app.text("#due");
    assert!(
        due.find("Unipäiväkirja") < due.find("Toimeentulotuen"),
        "not soonest first: {due}"
    );
    // Dates are written as in Finland; one that is not in the calendar is
    // said so, and nothing is saved.
    set_date(&app, "#review-date", "31.2.2031");
    app.wait_text("#plan .date-error", "31.2.2031 ei ole kalenterissa");
    set_date(&app, "#review-date", "1.3.2031");
    app.wait_gone("#plan .date-error");
    app.wait_text("#save-state", "Tallennettu");
    app.assert_accessible("plan-draft");
    app.scroll_to("#plan");
    app.save_screenshot("plan-draft");

    // Agreeing needs the client's agreement recorded.
    app.click("#agree-plan");
    app.wait_text("#plan-error", "asiakas hyväksyy");
    app.click("#client-agreed");
    // The nurse had to leave before the end: agreed with those present.
    app.click_labelled(".agree-form", "Hoitaja Demo");
    app.click("#agree-plan");
    app.wait_text("#plan-status", "Hyväksytty");
    assert!(
        !app.exists("#goal-text"),
        "an agreed plan still offers editing"
    );

    // A new version shows what changed since the agreed one.
    app.click("#revise-plan");
    app.wait_text("#plan-status", "Luonnos");
    app.wait_text("#plan-title", "versio 2");
    app.fill("#goal-text", "Haluan liikkua enemmän");
    app.click("#add-goal");
    app.wait_text("#plan-diff", "Uusi tavoite: Haluan liikkua enemmän");
    // Every version stays readable, with who agreed to it.
    app.click("#plan-history > summary");
    app.click("#plan-version-1 > summary");
    let agreed = app.wait_text("#plan-version-1 > summary", "hyväksytty");
    assert!(
        agreed.contains("Sosiaalityöntekijä Demo") && !agreed.contains("Hoitaja Demo"),
        "the version does not say who was present: {agreed}"
    );
    app.wait_text("#plan-version-1", "Toimeentulotuen hakemus");
    // The client finds better words: saved a second after typing stops,
    // and undo takes it back.
    app.fill(".goal:nth-child(1) .goal-input", "Haluan nukkua yöt läpi");
    app.wait_text("#plan-diff", "Tavoite muuttui");
    app.wait_count("#plan-diff .diff-changed", 1);
    app.click("#undo-plan");
    app.wait_count("#plan-diff .diff-changed", 0);
    app.wait_text("#plan-diff", "Uusi tavoite: Haluan liikkua enemmän");
    // Actions are edited where they stand: the wording is saved when typing
    // pauses, the rest as soon as it is chosen.
    let benefit = ".goal:nth-child(2) .action:nth-child(1)";
    app.fill(
        &format!("{benefit} .action-text-edit"),
        "Toimeentulotuen hakemus liitteineen",
    );
    app.wait_text(
        "#plan-diff",
        "Muuttunut toimenpide: Toimeentulotuen hakemus liitteineen",
    );
    app.select(&format!("{benefit} .action-status-edit"), "in-progress");
    // Given to the organisation that joined the team.
    let to_organisation = format!("option[value=\"org-{ORGANISATION}\"]");
    app.click(&format!("{benefit} .action-owner-edit {to_organisation}"));
    app.wait_count(&format!(".action-owner-edit {to_organisation}:checked"), 1);
    app.wait_count(".action-status-edit option[value=in-progress]:checked", 1);
    // The diff says what changed in it, not only that it did.
    app.wait_text("#plan-diff", "Tila: Ei aloitettu → Käynnissä");
    app.wait_text(
        "#plan-diff",
        &format!("Tekijä: Sosiaalityöntekijä Demo → {ORGANISATION}"),
    );
    app.click(".goal:nth-child(1) .action:nth-child(2) .remove-action");
    app.wait_text("#plan-diff", "Poistettu toimenpide: Lääkityksen tarkistus");
    // A date that has passed is said to be late, in words, not only colour.
    set_date(
        &app,
        ".goal:nth-child(1) .action:nth-child(1) .action-due-edit",
        "15.1.2026",
    );
    app.wait_text("#due", "15.1.2026 Unipäiväkirja");
    app.wait_count("#due .due-overdue", 1);
    // Goals move with the mouse, and back with the keyboard.
    app.drag(
        ".goal:nth-child(3) .goal-head .drag-handle",
        ".goal:nth-child(1)",
    );
    app.wait_value(".goal:nth-child(1) .goal-input", "Haluan liikkua enemmän");
    app.wait_value(".goal:nth-child(2) .goal-input", "Haluan nukkua paremmin");
    app.click(".goal:nth-child(1) .move-down");
    app.wait_value(".goal:nth-child(2) .goal-input", "Haluan liikkua enemmän");
    app.click(".goal:nth-child(2) .move-down");
    app.wait_value(".goal:nth-child(3) .goal-input", "Haluan liikkua enemmän");
    app.wait_value(".goal:nth-child(1) .goal-input", "Haluan nukkua paremmin");
    app.scroll_to("#plan-diff");
    app.save_screenshot("plan-diff");

    // Locking straight after typing loses nothing: what was typed is saved
    // before the key is dropped.
    app.fill(".goal:nth-child(1) .goal-input", "Haluan nukkua hyvin");
    app.click("#lock");
    unlock_demo(&app);
    app.fill("#search", NAME);
    app.wait_count(".client-row", 1);
    app.click(".client-row");
    app.wait_text("#plan-diff", "Haluan nukkua hyvin");
    app.wait_count(".action-status-edit option[value=in-progress]:checked", 1);

    // The client consents to social welfare's notes reaching health care.
    app.select("#consent-direction", "social-to-health");
    app.fill("#consent-scope", "Yhteisvastaanoton muistiinpanot");
    app.click("#record-consent");

    // The client view, in the client's language, on the shared screen:
    // turned to straight away, and still with what the consent lets in.
    app.click("#open-client-view");
    app.wait_text("#client-view-title", "Din plan");
    app.wait_text("#cv-goals", "Haluan nukkua hyvin");
    app.wait_text("#cv-goals", "Du: Unipäiväkirja");
    app.wait_text("#cv-contact", "Sosiaalityöntekijä Demo");
    app.wait_text("#cv-contact", CONTACT);
    app.wait_text("#cv-agreed", AGREED);
    app.wait_text("#cv-strengths", "Sisko auttaa asioinnissa");
    app.wait_text("#cv-agreed", CLIENT_NOTE);
    app.wait_text("#cv-next", "Unipäiväkirja");
    app.wait_text("#cv-next .cv-late", "försenad");
    let source = app.session().source().expect("page source");
    assert!(
        !source.contains("client-row"),
        "the client list is on the shared screen"
    );
    assert!(
        !source.contains(PROFESSIONAL_NOTE) && !source.contains("edunvalvonta"),
        "a professional-only note reached the client view"
    );
    assert!(
        !source.contains(DRAFT_NOTE),
        "a note still being written reached the shared screen"
    );
    // What the nurse said is social welfare's record, under its consent.
    app.wait_text("#cv-agreed", HEALTH_NOTE);
    app.assert_accessible("client-view");
    app.save_screenshot("client-view-sv");
    app.click("#close-client-view");
    app.wait("#client-page");
    app.wait_text(".consents", "Sosiaalihuollosta terveydenhuoltoon");
    app.assert_accessible("consents");
    // All of it came and went through the backend: the webview kept none.
    app.assert_webview_keeps_nothing(&[NAME, HETU, CLIENT_NOTE, PROFESSIONAL_NOTE, AGREED]);

    // Closing the window straight after typing loses nothing either: the
    // shell asks the page to save before the window goes.
    app.fill(
        ".goal:nth-child(1) .goal-input",
        "Haluan nukkua hyvin joka yö",
    );
    app.session()
        .execute("window.kohtaamoBeforeClose()", serde_json::json!([]))
        .expect("ask the page to close");
    // The app closes itself once saved; only then does the test let go.
    wait_until_demo_released(data.path());
    drop(app);
    let app = App::launch(data.path(), &["--demo"]);
    unlock_demo(&app);
    app.fill("#search", NAME);
    app.wait_count(".client-row", 1);
    app.click(".client-row");
    app.wait_text("#plan-diff", "Haluan nukkua hyvin joka yö");

    // No file the app wrote, the demo store's included, holds any of it in
    // plain text.
    app.click("#lock");
    app.wait("#passphrase");
    drop(app);
    wait_until_demo_released(data.path());
    let sentinels = [
        NAME,
        HETU,
        CLIENT_NOTE,
        PROFESSIONAL_NOTE,
        AGREED,
        HEALTH_NOTE,
        DRAFT_NOTE,
        "Haluan nukkua hyvin joka yö",
        "Vuokrarästejä kolme kuukautta",
    ];
    let files = kohtaamo_e2e::files_below(data.path());
    assert!(files.iter().any(|(p, _)| p.ends_with("demo.db")));
    kohtaamo_e2e::assert_no_file_holds(data.path(), &sentinels);
}

#[test]
fn the_client_view_holds_no_professional_only_note() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &["--demo"]);
    unlock_demo(&app);
    // Every demo case has an appointment with one note for the client and
    // one between professionals.
    app.click(".client-row");
    app.wait("#open-client-view");
    // One key turns the screen to the client view (F9), and back.
    press_f9(&app);
    app.wait("#client-view");
    app.wait_text("#cv-agreed", "Asiakas toivoo");
    let source = app.session().source().expect("page source");
    assert!(
        !source.contains("Ammattilaisten kesken"),
        "a professional-only note reached the client view"
    );
    assert!(!source.contains("velkajärjestelyn"));
    // The demo client consented to social welfare's data reaching health
    // care, not the other way: health care's entry stays off the shared screen.
    app.wait_text("#cv-strengths", "Sisko auttaa asioinnissa");
    assert!(
        !source.contains("Käy mielellään kävelyllä"),
        "health care's entry reached the shared screen without consent"
    );
    app.save_screenshot("client-view-fi");
    press_f9(&app);
    app.wait("#client-page");
    app.wait_gone("#client-view");
}

#[test]
fn the_team_changes_as_it_really_is() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &["--demo"]);
    unlock_demo(&app);
    app.click(".client-row");
    app.wait("#team");
    // Ids are the store's own: the people are found by name.
    let nurse = app.member_id("Hoitaja Demo");
    let social = app.member_id("Sosiaalityöntekijä Demo");
    let role = |id: &str, role: &str| {
        format!(".team-member[data-professional-id=\"{id}\"] .member-role option[value={role}]")
    };
    // The coordinator's role moves; its earlier holder stays on the team.
    app.click(&role(&nurse, "responsible-worker"));
    app.wait_count(&format!("{}:checked", role(&social, "member")), 1);
    app.wait_count(
        &format!("{}:checked", role(&nurse, "responsible-worker")),
        1,
    );
    // Someone the plan still gives actions to cannot leave the team: the
    // actions go to someone else first.
    let remove_social = format!(".team-member[data-professional-id=\"{social}\"] .remove-member");
    app.click(&remove_social);
    app.wait_text("#team-error", "Anna ne ensin");
    assert_eq!(count(&app, ".team-member"), 2);
    let theirs = format!(".action-owner-edit option[value=\"pro-{social}\"]:checked");
    while count(&app, &theirs) > 0 {
        let left = count(&app, &theirs);
        app.click(&format!(
            ".action-owner-edit:has(option[value=\"pro-{social}\"]:checked) option[value=client]"
        ));
        app.wait_count(&theirs, left - 1);
    }
    // Leaving the team, and joining it again in the same role.
    app.click(&remove_social);
    app.wait_count(".team-member", 1);
    app.select("#new-member", &social);
    app.select("#new-member-role", "responsible-worker");
    app.click("#add-member");
    app.wait_count(".team-member", 2);
    app.wait_count(
        &format!("{}:checked", role(&social, "responsible-worker")),
        1,
    );
    app.wait_count(&format!("{}:checked", role(&nurse, "member")), 1);
    // An organisation needs a name: said on the spot, nothing saved.
    let organisations = count(&app, ".organisation");
    app.click("#add-organisation");
    app.wait_text("#team-error", "Kirjoita järjestön nimi");
    assert_eq!(count(&app, ".organisation"), organisations);
    app.assert_accessible("team");
    app.scroll_to("#clientship");
    app.save_screenshot("team");
    // What was changed is what is stored.
    app.click("#lock");
    unlock_demo(&app);
    app.click(".client-row");
    app.wait_count(
        &format!("{}:checked", role(&social, "responsible-worker")),
        1,
    );
    app.wait_count(&format!("{}:checked", role(&nurse, "member")), 1);
}

#[test]
fn the_clients_own_window_follows_the_plan_and_closes_on_lock() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &["--demo"]);
    unlock_demo(&app);
    app.click(".client-row");
    app.wait("#open-client-window");
    let main = app.session().window_handle().expect("the main window");
    app.click("#open-client-window");
    let handles = app.wait_windows(2);
    let client = handles
        .into_iter()
        .find(|h| *h != main)
        .expect("the client window");
    let to = |handle: &str| {
        app.session()
            .switch_to_window(handle)
            .expect("switch windows")
    };

    // Only what is for the client ever reaches the window.
    to(&client);
    app.wait("#client-view");
    app.wait_text("#cv-agreed", "Asiakas toivoo");
    let source = app.session().source().expect("page source");
    assert!(
        !source.contains("Ammattilaisten kesken"),
        "a professional-only note reached the client window"
    );
    assert!(
        !source.contains("client-row") && !source.contains("Vuokrarästejä"),
        "the client window holds more than the client's view"
    );
    app.assert_accessible("client-window");
    app.save_screenshot("client-window");

    // A change saved in the main window shows there.
    to(&main);
    app.fill(".goal:nth-child(1) .goal-input", "Haluan nukkua koko yön");
    to(&client);
    app.wait_text("#cv-goals", "Haluan nukkua koko yön");

    // The curtain closes it: nothing of the client stays on any screen.
    to(&main);
    app.click("#curtain-button");
    app.wait_windows(1);
    app.click("#lift-curtain");
    // And so does locking.
    app.click(".client-row");
    app.click("#open-client-window");
    app.wait_windows(2);
    app.click("#lock");
    app.wait_windows(1);
    app.wait("#passphrase");
}

#[test]
fn the_other_registers_content_shows_only_under_the_clients_consent() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &["--demo"]);
    unlock_demo(&app);
    // As the demo's social worker: the demo client consented to social
    // welfare's data reaching health care, not the other way, so health
    // care's assessment entry is not on her screen, and the page says so.
    app.click(".client-row");
    app.wait_text(
        "#withheld",
        "Terveydenhuolto: 0 muistiinpanoa ja 1 kartoituksen kohtaa",
    );
    let source = app.session().source().expect("page source");
    assert!(
        !source.contains("Käy mielellään kävelyllä"),
        "health care's entry reached the social worker's screen without consent"
    );
    app.assert_accessible("withheld");
    // The client consents: it shows, beside her own, as health care wrote it.
    app.select("#consent-direction", "health-to-social");
    app.fill("#consent-scope", "Terveydenhuollon kartoitus");
    app.click("#record-consent");
    app.wait_gone("#withheld");
    app.wait_text("#health-other-register", "Käy mielellään kävelyllä");
    app.wait_text("#health-other-register", "Hoitaja Demo");
    // Withdrawn, it is gone again.
    app.click(".consent:nth-child(2) .withdraw-consent");
    app.wait_text("#withheld", "1 kartoituksen kohtaa");
    app.wait_gone("#health-other-register");
}

#[test]
fn a_cases_history_stays_readable_and_the_client_sees_who_used_their_data() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &["--demo"]);
    unlock_demo(&app);
    app.click(".client-row");
    app.wait("#segment-current");
    let before = app.text("#segment-current .segment-name");

    // Segmented again: the earlier segmentation stays, listed below.
    app.click("#coping-easy");
    app.click("#need-few");
    app.click("#save-segment");
    app.wait_text("#segment-current", "Omatoimiasiakkuus");
    app.click("#segment-history summary");
    app.wait_text("#segment-history", "Aiemmat segmentoinnit (1)");
    app.wait_text("#segment-history", &before);
    app.wait_text("#segment-history", "Sosiaalityöntekijä Demo");

    // The assessment changed: how it stood before is kept and shown.
    app.click("#domain-housing summary");
    app.fill("#housing-client", "Asunto on nyt lämmin");
    app.wait_text("#save-state", "Tallennettu");
    app.click("#assessment-history summary");
    app.wait_text("#assessment-history", "Arvio aiempina päivinä (1)");
    app.wait_text("#assessment-history", "Sosiaalityöntekijä Demo");
    app.assert_accessible("assessment-history");
    app.scroll_to("#assessment-history");
    app.save_screenshot("assessment-history");

    // The report speaks the client's language (the one her page names),
    // has entries from before the demo had profiles, and this laptop's
    // coverage in its words.
    let language = app.text("#client-page-language");
    app.click("#open-access-report");
    app.wait("#report-used");
    let (title, covers, before) = if language.contains("ruotsi") {
        (
            "Vem har använt dina uppgifter",
            "den här bärbara datorn",
            "före användarprofilerna",
        )
    } else if language.contains("englanti") {
        (
            "Who has used your data",
            "this laptop",
            "before user profiles",
        )
    } else {
        (
            "Kuka on käyttänyt tietojasi",
            "tämän kannettavan tietokoneen",
            "Ennen käyttäjäprofiileja",
        )
    };
    app.wait_text("#report-title", title);
    app.wait_text("#report-covers", covers);
    app.wait_text("#report-used", before);
    app.wait_text("#report-used", "Sosiaalityöntekijä Demo");
    app.assert_accessible("access-report");
    app.save_screenshot("access-report");
    app.click("#close-report");
    app.wait("#client-page");
}

#[test]
fn the_start_view_lists_a_case_whose_review_is_past_and_opens_it() {
    let data = tempfile::tempdir().expect("temp dir");
    let app = App::launch(data.path(), &["--demo"]);
    unlock_demo(&app);
    // After unlock: the social worker's own clients, nothing overdue yet.
    app.wait_text("#start-title", "Omat asiakkaat");
    app.wait_text("#start-mine-title", "Omat asiakkaat (");
    let reviews = app.text("#start-reviews");
    assert!(
        !reviews.contains("(myöhässä)"),
        "a fresh demo has no review past: {reviews}"
    );
    app.assert_accessible("start-view");
    app.save_screenshot("start-view");
    // A draft plan's review date moved into the past.
    app.click(".client-row");
    let name = app.text("#client-page-name");
    app.scroll_to("#review-date");
    app.fill("#review-date", "1.1.2026");
    app.wait_text("#save-state", "Tallennettu");
    // The case's own navigation says so too, beside the plan's link.
    app.wait_text("#nav-plan", "arviointi myöhässä");
    app.click("#nav-plan");
    app.click("#open-start");
    app.wait_text("#start-reviews", &name);
    app.wait_text("#start-reviews", "1.1.2026 (myöhässä)");
    app.click("#start-reviews .start-row");
    app.wait_text("#client-page-name", &name);
}
