//! The main window.

use std::path::PathBuf;

use tauri::{App, WebviewUrl, WebviewWindowBuilder};

/// Opens the main window. Built here rather than in `tauri.conf.json` so
/// that the webview's own data folder sits inside the app's data folder:
/// two instances on different data folders (the demo, the tests) never
/// share WebKit state, and nothing of the webview lands in a folder of the
/// user's that this app does not otherwise use. The UI keeps no data in the
/// webview's storage in any case.
pub fn open(app: &mut App, webview_data: PathBuf) -> Result<(), Box<dyn std::error::Error>> {
    WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
        .title("Kohtaamo")
        .inner_size(1200.0, 800.0)
        .min_inner_size(720.0, 560.0)
        .data_directory(webview_data)
        .build()?;
    Ok(())
}
