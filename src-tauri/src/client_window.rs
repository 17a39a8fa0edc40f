//! The client view in a window of its own, for a second display turned to
//! the client.
//!
//! The window may call one command, `shared_case`, which answers with the
//! shared client's case as the model cuts it for the shared screen
//! (`Case::for_shared_screen`); it cannot search clients or open any other
//! case. It lives only while the store is open: locking closes it, and so
//! does closing the main window.

use std::path::PathBuf;

use tauri::{AppHandle, Emitter, Manager, Runtime, WebviewUrl, WebviewWindowBuilder};

pub const LABEL: &str = "client-view";

/// Tells the client window that the case changed and should be read again.
pub const CASE_CHANGED: &str = "case-changed";

/// Where the main window's webview keeps its data for this run; the client
/// window uses the same folder, removed at exit with the main one's.
pub struct WebviewData(pub PathBuf);

/// Opens the client window, or has an open one read its case again.
pub fn open<R: Runtime>(app: &AppHandle<R>, data: PathBuf) -> tauri::Result<()> {
    if let Some(window) = app.get_webview_window(LABEL) {
        app.emit_to(LABEL, CASE_CHANGED, ())?;
        return window.set_focus();
    }
    let mut builder =
        WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App("index.html#client-view".into()))
            .title("Kohtaamo")
            .inner_size(1024.0, 720.0)
            .data_directory(data);
    // On the display the main window is not on, filling it: that display
    // faces the client. With one display, a window beside the main one.
    if let Some((x, y)) = other_display(app) {
        builder = builder.position(x, y).maximized(true);
    }
    builder.build()?;
    Ok(())
}

/// Tells the client window to drop the case it shows.
pub const CASE_CLEARED: &str = "case-cleared";

/// Closes the client window. Its page is first told to drop the case, so
/// that if the window cannot be destroyed, it at least shows nothing.
pub fn close<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window(LABEL) {
        let _ = app.emit_to(LABEL, CASE_CLEARED, ());
        if let Err(error) = window.destroy() {
            // No client data in this message.
            eprintln!("kohtaamo: the client window did not close: {error}");
        }
    }
}

/// Called after every save: an open client window shows the case as saved.
pub fn case_changed<R: Runtime>(app: &AppHandle<R>) {
    if app.get_webview_window(LABEL).is_some() {
        let _ = app.emit_to(LABEL, CASE_CHANGED, ());
    }
}

/// The top-left corner, in logical pixels, of a display other than the
/// main window's.
fn other_display<R: Runtime>(app: &AppHandle<R>) -> Option<(f64, f64)> {
    let main = app.get_webview_window("main")?.current_monitor().ok()??;
    let other = app
        .available_monitors()
        .ok()?
        .into_iter()
        .find(|m| m.position() != main.position())?;
    let scale = other.scale_factor();
    let at = other.position();
    Some((f64::from(at.x) / scale, f64::from(at.y) / scale))
}
