//! A backup made from the app and restored on a fresh machine: the own
//! store is made as a new user makes one, a client is added, the settings'
//! backup section writes the file where the (answered) save-as dialog
//! says, never beside the store; then a fresh data folder's welcome screen
//! restores it, after a wrong passphrase is refused, and the client is
//! there. The native dialogs are answered through the debug build's seam
//! (`--e2e-save-as`, `--e2e-open`: see src-tauri/src/dialog.rs).

#![allow(
    clippy::expect_used,
    reason = "a helper that cannot talk to the app should fail the test"
)]

use kohtaamo_e2e::{wait_until_store_released, App};

const PASSPHRASE: &str = "varmuuskopion oma tunnuslause";
/// Synthetic, with a temporary henkilötunnus (individual number 900–999).
const NAME: &str = "Varmuus Testi-Asiakas";
const HETU: &str = "030303A9570";
const NURSE: &str = "Hoitaja Varmuus-Testi";

#[test]
fn a_backup_made_in_the_app_restores_on_a_fresh_machine() {
    let data = tempfile::tempdir().expect("temp dir");
    let documents = tempfile::tempdir().expect("temp dir");
    let file = documents.path().join("kohtaamo-e2e.kohtaamo-backup");
    let file_arg = file.display().to_string();

    let app = App::launch(data.path(), &["--e2e-save-as", &file_arg]);
    app.create_store(PASSPHRASE);
    app.give_profile(NURSE, "health-care", "sairaanhoitaja");
    app.add_client(NAME, HETU);
    app.wait_text(".detail-pane", NAME);

    app.click("#open-settings");
    app.wait("#backup");
    app.click("#make-backup");
    let done = app.wait_text("#backup-done", "kohtaamo-e2e.kohtaamo-backup");
    assert!(done.contains("asiakkaita 1"), "{done}");
    assert!(done.contains("tarkistettu"), "{done}");
    assert!(file.is_file(), "no backup at {}", file.display());
    assert!(
        !file.starts_with(data.path()),
        "the backup is beside the store"
    );
    app.assert_accessible("backup");
    app.scroll_to("#backup");
    app.save_screenshot("backup-done");

    // Again to the same file: refused, the file as it was.
    let before = std::fs::read(&file).expect("read the backup");
    app.click("#make-backup");
    app.wait_text("#backup-error", "on jo olemassa");
    assert_eq!(std::fs::read(&file).expect("read the backup"), before);
    app.save_screenshot("backup-exists");
    drop(app);
    wait_until_store_released(data.path());

    // A fresh machine.
    let fresh = tempfile::tempdir().expect("temp dir");
    let app = App::launch(fresh.path(), &["--e2e-open", &file_arg]);
    app.wait_text("h1", "Tervetuloa Kohtaamoon");
    app.wait("#restore-choose");
    app.assert_accessible("welcome-restore");
    app.click("#restore-choose");
    app.wait_text("#restore-chosen", "kohtaamo-e2e.kohtaamo-backup");
    app.fill("#restore-passphrase", "ei tämä ollut sen tunnuslause");
    app.click("#restore-submit");
    app.wait_text("#restore-error", "ei avaa tätä varmuuskopiota");
    assert!(
        !fresh.path().join("kohtaamo.db").exists(),
        "a wrong passphrase left a store behind"
    );
    app.assert_accessible("restore-wrong-passphrase");
    app.scroll_to("#restore");
    app.save_screenshot("restore-wrong-passphrase");
    app.fill("#restore-passphrase", PASSPHRASE);
    app.click("#restore-submit");
    app.wait_for_workspace();
    app.fill("#search", "Varmuus");
    app.wait_count(".client-row", 1);
    app.wait_text("#client-list", NAME);
    app.save_screenshot("restored");
}
