// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

//! The desktop shell. It holds the open store and exposes it to the UI as
//! IPC commands; the rules live in `kohtaamo-model`, the SQL in
//! `kohtaamo-store`, and this crate only translates between them and Tauri.

mod backup;
mod client_window;
#[cfg(test)]
mod command_tests;
mod commands;
mod dialog;
mod errors;
mod export_file;
mod fhir;
mod figures;
mod handout;
mod launch;
mod session;
mod watchdog;
mod window;

use std::process::ExitCode;
use std::sync::Mutex;

fn main() -> ExitCode {
    let options = match launch::Options::from_env() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("kohtaamo: {message}");
            return ExitCode::from(2);
        }
    };
    // The webview's own data folder: new for every run and removed at exit,
    // so two instances never share WebKit state and nothing of a session
    // outlives it.
    window::remove_stale_webview_folders();
    let webview_data = match tempfile::Builder::new()
        .prefix("kohtaamo-webview-")
        .tempdir()
    {
        Ok(dir) => dir,
        Err(error) => {
            eprintln!("kohtaamo: no temporary folder for the window: {error}");
            return ExitCode::FAILURE;
        }
    };
    let webview_path = webview_data.path().to_owned();
    let session = session::Session::new(options.data_dir, options.demo, options.idle);
    let result = tauri::Builder::default()
        .manage(Mutex::new(session))
        .manage(client_window::WebviewData(webview_path.clone()))
        .manage(options.dialog)
        // Used from Rust alone (see `dialog`): no window is granted its commands.
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(handout::LastSaved::default())
        .setup(move |app| {
            watchdog::start(app.handle().clone());
            window::open(app, webview_path.clone())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_status,
            commands::choose_store,
            commands::create_store,
            commands::unlock_store,
            commands::lock_store,
            commands::heartbeat,
            commands::resume_store,
            commands::save_profile,
            commands::choose_owner,
            commands::professionals,
            commands::save_professional,
            commands::import_directory,
            commands::organisation_settings,
            commands::import_settings,
            commands::organisations,
            commands::save_organisation,
            commands::search_clients,
            commands::start_view,
            commands::add_client,
            commands::get_client,
            commands::open_case,
            commands::start_clientship,
            commands::assess_segment,
            commands::save_plan,
            commands::revise_plan,
            commands::save_appointment,
            commands::save_assessment,
            commands::save_clientship,
            commands::change_clientship_status,
            commands::set_client_language,
            handout::save_handout,
            handout::open_handout,
            fhir::save_fhir,
            commands::access_report,
            commands::save_consent,
            commands::save_service_use,
            commands::instruments,
            commands::import_instrument,
            commands::save_measure,
            commands::client_answer_measure,
            commands::save_client_experience,
            figures::figures,
            figures::export_figures,
            commands::close_window,
            commands::open_client_window,
            commands::close_client_window,
            commands::shared_case,
            backup::backup_store,
            backup::choose_backup,
            backup::restore_backup,
        ])
        .build(tauri::generate_context!());
    match result {
        Ok(app) => {
            let mut webview_data = Some(webview_data);
            app.run(move |_, event| {
                if let tauri::RunEvent::Exit = event {
                    drop(webview_data.take());
                }
            });
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("kohtaamo: the window could not be opened: {error}");
            ExitCode::FAILURE
        }
    }
}
