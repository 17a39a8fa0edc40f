//! What the screen says is saved is saved: the real app is killed with
//! SIGKILL the moment the screen says "Tallennettu" after a plan edit, a
//! note draft or an assessment entry, and started again on the same store.
//! Every text typed before a kill must be there after it, where it was
//! typed. Kills rotate over the three kinds, seven of each.

#![allow(
    clippy::expect_used,
    reason = "a helper that cannot talk to the app should fail the test"
)]

use std::time::{Duration, Instant};

use kohtaamo_e2e::App;

const PASSPHRASE: &str = "tappo ja uusi alku";
/// Synthetic, with a temporary henkilötunnus (individual number 900–999).
const NAME: &str = "Kaatuja Testi-Asiakas";
const HETU: &str = "030303A9570";
const NURSE: &str = "Hoitaja Tappo-Testi";
const SOCIAL: &str = "Sosiaalityöntekijä Tappo-Testi";
const GOAL: &str = "Haluan pärjätä kotona";
/// Kills of each kind: three kinds, so 21 kills in all.
const ROUNDS: usize = 7;
const AT_LEAST: usize = 20;

/// A text field the kill loop types into, and where to find it again.
#[derive(Clone, Copy)]
enum Kind {
    /// The wording of the draft plan's goal.
    Plan,
    /// The note being written at the running appointment.
    Note,
    /// What the client says of housing, in the holistic assessment.
    Assessment,
}

const KINDS: [Kind; 3] = [Kind::Plan, Kind::Note, Kind::Assessment];

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Plan => "plan",
            Kind::Note => "note",
            Kind::Assessment => "assessment",
        }
    }

    fn field(self) -> &'static str {
        match self {
            Kind::Plan => "#goals .goal-input",
            Kind::Note => "#note-text",
            Kind::Assessment => "#housing-client",
        }
    }
}

/// A first day on a fresh store, cut to what the loop needs: the owner, a
/// colleague (an appointment needs two), the client with a clientship, a
/// running appointment, a housing entry in the assessment and a draft plan
/// with one goal.
fn set_up(app: &App) {
    app.create_store(PASSPHRASE);
    app.give_profile(NURSE, "health-care", "sairaanhoitaja");

    app.click("#open-settings");
    app.wait("#no-colleagues");
    app.click("#add-colleague");
    app.fill("#new-colleague-name", SOCIAL);
    app.select("#new-colleague-role", "sosiaalityontekija");
    app.click("#new-colleague-sector-social-welfare");
    app.fill("#new-colleague-phone", "+358 40 000 0098");
    app.fill(
        "#new-colleague-secure-email",
        "sosiaalityo.tappo@example.fi",
    );
    app.click("#new-colleague-save");
    app.wait_text("#colleague-list", SOCIAL);
    app.click("#close-settings");

    app.add_client(NAME, HETU);
    app.wait_text("#client-page-name", NAME);
    app.click("#clientship .reason");
    app.click("#start-clientship");
    app.wait_text("#team", NURSE);
    app.select_text("#new-member", SOCIAL);
    app.select("#new-member-role", "omatyontekija");
    app.click("#add-member");
    app.wait_text("#team", SOCIAL);

    app.click("#start-appointment");
    app.wait_text("#appointment-title", "käynnissä");

    app.click("#domain-housing summary");
    app.select("#housing-need", "some-need");
    app.wait_text("#domain-housing summary", "Jonkin verran");

    app.click("#new-plan");
    app.fill("#goal-text", GOAL);
    app.click("#add-goal");
    app.wait_count(".goal", 1);
    app.wait_value(Kind::Plan.field(), GOAL);
    app.wait_text("#save-state", "Tallennettu");
}

/// How many times the page may trap (while saving or reopening) before the
/// test gives up.
const TRAPS_TOLERATED: usize = 3;

/// Starts the app again on the store, unlocks it and opens the client.
///
/// The UI's wasm now and then traps under WebKitGTK (see the README: "The
/// wasm trap"), most often while a page starts; the crash notice then locks
/// the store and says so. That is the page's crash, not a lost save (which
/// is what this test is for), so a reopen that meets the notice starts the
/// app again, and the traps are counted and printed. What was saved must
/// still be there all the same.
fn reopen(data: &std::path::Path, traps: &mut usize) -> App {
    loop {
        let app = App::launch(data, &[]);
        let crashed = |app: &App, ready: &str| {
            app.wait(&format!("{ready}, #crash"));
            app.exists("#crash")
        };
        let opened = !crashed(&app, "#passphrase")
            && {
                app.fill("#passphrase", PASSPHRASE);
                app.click("#unlock");
                !crashed(&app, ".client-row")
            }
            && {
                app.click(".client-row");
                !crashed(&app, "#client-page-name")
            };
        if opened {
            app.wait_text("#client-page-name", NAME);
            return app;
        }
        *traps += 1;
        println!("the page trapped while reopening ({traps} so far)");
        assert!(
            *traps <= TRAPS_TOLERATED,
            "the UI trapped {traps} times while reopening: more than a rare defect"
        );
        drop(app);
        kohtaamo_e2e::wait_until_store_released(data);
    }
}

/// The time of day in UTC, `HH:MM:SS.mmm`, as the shell's log writes it.
fn clock() -> String {
    let since_epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let ms = since_epoch.as_millis() % 86_400_000;
    format!(
        "{:02}:{:02}:{:02}.{:03}",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000
    )
}

/// The value of the field `css` as the page first draws it.
fn value(app: &App, css: &str) -> String {
    let field = app.wait(css);
    let value = app
        .session()
        .property(&field, "value")
        .unwrap_or_else(|e| panic!("reading {css}: {e}"));
    value.as_str().unwrap_or_default().to_owned()
}

#[test]
fn every_text_the_screen_said_was_saved_survives_a_sigkill() {
    let started = Instant::now();
    let data = tempfile::tempdir().expect("temp dir");
    let mut app = App::launch(data.path(), &[]);
    let mut process = app.process();
    set_up(&app);
    println!(
        "set up in {:.1} s, at {} UTC",
        started.elapsed().as_secs_f64(),
        clock()
    );

    // The text each field must hold: typed before some kill.
    let mut expected: [Option<String>; 3] = [None, None, None];
    let mut survived = 0;
    let mut traps = 0;
    let mut to_saved = Duration::ZERO;
    let mut to_reopened = Duration::ZERO;
    let mut kill = 1;
    // Every round types a text of its own, a round made again after a
    // trap too: the store may hold the trapped round's text already.
    let mut round = 0;
    while kill <= ROUNDS * KINDS.len() {
        round += 1;
        let index = (kill - 1) % KINDS.len();
        let kind = KINDS[index];
        let text = format!(
            "kill-{kill} round-{round} {} teksti tallennettu ennen tappoa",
            kind.name()
        );

        // The time of day, to read against the shell's log (xtask prints it
        // when a test fails).
        println!("kill {kill} ({}) begins at {} UTC", kind.name(), clock());
        let typing = Instant::now();
        app.watch_save_of(&text);
        app.fill(kind.field(), &text);
        let shown = match app.wait_saved_unless_crashed() {
            Ok(shown) => shown,
            // The page's crash, not a lost save: the screen never said this
            // text was saved, so nothing is expected of it. The round is
            // made again on a new start.
            Err(crashed) => {
                traps += 1;
                println!("the page trapped while saving ({traps} so far): {crashed}");
                assert!(
                    traps <= TRAPS_TOLERATED,
                    "the UI trapped {traps} times: more than a rare defect"
                );
                app.kill(process);
                app = reopen(data.path(), &mut traps);
                process = app.process();
                continue;
            }
        };
        app.kill(process);
        to_saved += typing.elapsed();
        assert!(shown.starts_with("Tallennettu"), "{shown}");
        expected[index] = Some(text);

        let reopening = Instant::now();
        app = reopen(data.path(), &mut traps);
        process = app.process();
        to_reopened += reopening.elapsed();
        for (kind, want) in KINDS.iter().zip(&expected) {
            let Some(want) = want else { continue };
            let found = value(&app, kind.field());
            assert_eq!(
                &found,
                want,
                "kill {kill}: the {} field does not hold what the screen said was saved \
                 before a kill",
                kind.name()
            );
        }
        survived += 1;
        kill += 1;
    }
    drop(app);
    kohtaamo_e2e::wait_until_store_released(data.path());

    let kills = ROUNDS * KINDS.len();
    println!(
        "typing to the kill: {:.2} s on average; restart to the open case: {:.2} s on average",
        to_saved.as_secs_f64() / kills as f64,
        to_reopened.as_secs_f64() / kills as f64,
    );
    println!("whole test: {:.1} s", started.elapsed().as_secs_f64());
    println!("kills survived: {survived}; the page trapped {traps} times");
    assert!(
        survived >= AT_LEAST,
        "only {survived} kills, at least {AT_LEAST} needed"
    );
}
