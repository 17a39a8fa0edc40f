//! The shell's own idle lock. The page locks the store after the idle
//! limit, but only while its code runs: a page that hangs (a trap, an
//! endless loop, a webview that stopped) would leave the store open with a
//! client on screen. The page says it is alive every few seconds
//! (`heartbeat`); when it has been silent for twice the idle limit, the
//! shell locks the store, closes the client window and reloads the page,
//! which comes back at the unlock screen. A hidden window that the system
//! throttles locks too, which is fine.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use tauri::{AppHandle, Manager, Runtime};

use crate::session::Session;

/// How often the shell looks.
const EVERY: Duration = Duration::from_secs(1);

/// Starts the watch on a thread of its own, for the app's lifetime.
pub fn start<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || loop {
        std::thread::sleep(EVERY);
        if check(&app, Instant::now()) {
            reload(&app);
        }
    });
}

/// Locks the store if the page has gone silent at `now`; says whether it did.
pub fn check<R: Runtime>(app: &AppHandle<R>, now: Instant) -> bool {
    let state = app.state::<Mutex<Session>>();
    let Ok(mut session) = state.lock() else {
        return false;
    };
    if !session.page_silent(now) {
        return false;
    }
    // An idle lock: the PIN may reopen, as after the page's own.
    session.lock_for(true);
    // Said on stderr (no client data in it) so that a lock nobody asked for
    // can be told apart from the page's own in a test run's log.
    eprintln!(
        "kohtaamo: {} the page stopped beating; the shell locked the store",
        chrono::Utc::now().format("%H:%M:%S%.3f")
    );
    drop(session);
    crate::client_window::close(app);
    true
}

fn reload<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.reload();
    }
}
