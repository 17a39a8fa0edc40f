// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

//! The desktop shell. It holds the open store and exposes it to the UI as
//! IPC commands; the rules live in `kohtaamo-model`, the SQL in
//! `kohtaamo-store`, and this crate only translates between them and Tauri.

mod commands;
mod errors;
mod launch;
mod session;
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
    let webview_data = options.data_dir.join("webview");
    let session = session::Session::new(options.data_dir, options.demo, options.idle_lock_seconds);
    let result = tauri::Builder::default()
        .manage(Mutex::new(session))
        .setup(move |app| window::open(app, webview_data))
        .invoke_handler(tauri::generate_handler![
            commands::app_status,
            commands::choose_store,
            commands::create_store,
            commands::unlock_store,
            commands::lock_store,
            commands::resume_store,
            commands::search_clients,
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
            commands::save_consent,
        ])
        .run(tauri::generate_context!());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("kohtaamo: the window could not be opened: {error}");
            ExitCode::FAILURE
        }
    }
}
