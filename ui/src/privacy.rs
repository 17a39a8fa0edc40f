//! The privacy curtain and the idle lock: what keeps a client's data off a
//! shared or unattended screen.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Interval;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// Tells the shell whether a joint appointment is running on the page, so
/// the idle lock waits longer while people talk.
#[derive(Clone, PartialEq)]
pub struct AppointmentRunning(pub Callback<bool>);

/// The key that drops the curtain at once (also the button in the top bar).
pub const CURTAIN_KEY: &str = "F8";

/// The key that turns the shared screen to the client view and back.
pub const CLIENT_VIEW_KEY: &str = "F9";

/// Calls `on_key` when `key` is pressed anywhere in the page.
#[hook]
pub fn use_key(key: &'static str, on_key: Callback<()>) {
    use_effect_with(key, move |key| {
        let key = *key;
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "keydown", move |event| {
                if let Some(pressed) = event.dyn_ref::<KeyboardEvent>() {
                    if pressed.key() == key {
                        pressed.prevent_default();
                        on_key.emit(());
                    }
                }
            })
        });
        move || drop(listener)
    });
}

/// Calls `on_hide` when the curtain key is pressed or when the window stops
/// being visible (minimized, hidden behind another desktop): in both cases
/// whatever is on screen should no longer be. Lifting is never automatic.
#[hook]
pub fn use_curtain_triggers(active: bool, on_hide: Callback<()>) {
    use_effect_with(active, move |active| {
        let mut listeners = Vec::new();
        if *active {
            if let Some(window) = web_sys::window() {
                let hide = on_hide.clone();
                listeners.push(EventListener::new(&window, "keydown", move |event| {
                    if let Some(key) = event.dyn_ref::<KeyboardEvent>() {
                        if key.key() == CURTAIN_KEY {
                            key.prevent_default();
                            hide.emit(());
                        }
                    }
                }));
                if let Some(document) = window.document() {
                    let hide = on_hide.clone();
                    let doc = document.clone();
                    listeners.push(EventListener::new(
                        &document,
                        "visibilitychange",
                        move |_| {
                            if doc.hidden() {
                                hide.emit(());
                            }
                        },
                    ));
                }
            }
        }
        move || drop(listeners)
    });
}

/// A one-second timer that fires this late was stopped: the system slept.
/// Generous, because browsers also slow timers of hidden windows.
const SLEEP_GAP_MS: f64 = 120_000.0;

/// Calls `on_idle` once `limit_seconds` pass without keyboard, mouse or
/// touch input while `active`, or when the system wakes from sleep (the
/// only sign of sleep a web page gets on every platform is its timers
/// stopping).
#[hook]
pub fn use_idle_lock(active: bool, limit_seconds: u32, on_idle: Callback<()>) {
    use_effect_with((active, limit_seconds), move |(active, limit)| {
        let mut listeners = Vec::new();
        let mut interval = None;
        if *active {
            if let Some(window) = web_sys::window() {
                let last_input = Rc::new(Cell::new(js_sys::Date::now()));
                for event in [
                    "keydown",
                    "pointerdown",
                    "pointermove",
                    "wheel",
                    "touchstart",
                ] {
                    let last_input = last_input.clone();
                    listeners.push(EventListener::new(&window, event, move |_| {
                        last_input.set(js_sys::Date::now());
                    }));
                }
                let limit_ms = f64::from(*limit) * 1000.0;
                let fired = Cell::new(false);
                let last_tick = Cell::new(js_sys::Date::now());
                // Checked every second: the lock comes at most a second late.
                interval = Some(Interval::new(1000, move || {
                    let now = js_sys::Date::now();
                    // A tick that comes far too late means the machine slept
                    // (timers stop then): lock as on waking from sleep.
                    let slept = now - last_tick.get() >= SLEEP_GAP_MS;
                    last_tick.set(now);
                    if !fired.get() && (slept || now - last_input.get() >= limit_ms) {
                        fired.set(true);
                        on_idle.emit(());
                    }
                }));
            }
        }
        move || {
            drop(listeners);
            drop(interval);
        }
    });
}
