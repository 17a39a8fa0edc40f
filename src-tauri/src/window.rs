//! The main window.

use std::path::PathBuf;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tauri::{App, WebviewUrl, WebviewWindowBuilder, WindowEvent};

/// Opens the main window. Built here rather than in `tauri.conf.json` so
/// that the webview gets a data folder of its own for this run (see
/// `main`): two instances never share WebKit state, which made IPC hang at
/// start when they did. The UI keeps no data in the webview's storage in
/// any case.
pub fn open(app: &mut App, webview_data: PathBuf) -> Result<(), Box<dyn std::error::Error>> {
    let window = WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
        .title("Kohtaamo")
        .inner_size(1200.0, 800.0)
        .min_inner_size(720.0, 560.0)
        .data_directory(webview_data)
        .build()?;
    // Closing must not lose the last second of typing: the first close
    // request is held back while the UI saves, and the UI then closes the
    // window itself (`close_window`). A UI that does not answer cannot keep
    // the window open: a second request, or ten seconds, closes it anyway.
    let closing = Arc::new(AtomicBool::new(false));
    let handle = window.clone();
    let app_handle = app.handle().clone();
    window.on_window_event(move |event| {
        // The client window never outlives the main one: the app would
        // keep running with a client's plan on screen.
        if let WindowEvent::Destroyed = event {
            crate::client_window::close(&app_handle);
        }
        if let WindowEvent::CloseRequested { api, .. } = event {
            if !closing.swap(true, Ordering::SeqCst) {
                api.prevent_close();
                if handle.eval(SAVE_THEN_CLOSE).is_err() {
                    let _ = handle.destroy();
                    return;
                }
                let late = handle.clone();
                std::thread::spawn(move || {
                    std::thread::sleep(CLOSE_PATIENCE);
                    let _ = late.destroy();
                });
            }
        }
    });
    Ok(())
}

/// Asks the UI to save and close; the UI defines the hook in `main`.
const SAVE_THEN_CLOSE: &str = "window.kohtaamoBeforeClose ? window.kohtaamoBeforeClose() \
                               : window.__TAURI__.core.invoke('close_window')";

const CLOSE_PATIENCE: std::time::Duration = std::time::Duration::from_secs(10);

/// Removes webview folders of earlier runs that could not remove their own
/// (killed, crashed). Only old ones: a folder in use is touched constantly.
pub fn remove_stale_webview_folders() {
    const STALE: std::time::Duration = std::time::Duration::from_secs(12 * 60 * 60);
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_string_lossy().starts_with("kohtaamo-webview-") {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE);
        if old {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}
