// Commands listed here get generated `allow-*` permissions; the capability
// file grants exactly these to the main window. Unlisted, they would be open
// to every window.
const COMMANDS: &[&str] = &[
    "app_status",
    "choose_store",
    "create_store",
    "unlock_store",
    "lock_store",
    "heartbeat",
    "resume_store",
    "save_profile",
    "choose_owner",
    "professionals",
    "save_professional",
    "import_directory",
    "organisation_settings",
    "import_settings",
    "organisations",
    "save_organisation",
    "search_clients",
    "start_view",
    "add_client",
    "get_client",
    "open_case",
    "start_clientship",
    "assess_segment",
    "save_plan",
    "revise_plan",
    "save_appointment",
    "save_assessment",
    "save_clientship",
    "change_clientship_status",
    "set_client_language",
    "save_handout",
    "open_handout",
    "save_fhir",
    "access_report",
    "save_consent",
    "save_service_use",
    "instruments",
    "import_instrument",
    "save_measure",
    "client_answer_measure",
    "save_client_experience",
    "figures",
    "export_figures",
    "close_window",
    "open_client_window",
    "close_client_window",
    "shared_case",
    "backup_store",
    "choose_backup",
    "restore_backup",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {error:#}");
    }
}
