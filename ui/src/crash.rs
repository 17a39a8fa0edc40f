//! A panic in the UI's code: its message is kept for diagnostics, and
//! `crash.js` takes over. It locks the store, empties the page and says what
//! happened, because a page that panicked may have lost its timers (the idle
//! lock among them) and would otherwise freeze with a client on screen. The
//! same script also catches traps that are not panics. Its words come from
//! here, in the UI's current language.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::i18n::{I18n, UiLanguage};

thread_local! {
    /// The first panic's message, for diagnostics (never shown on screen).
    static FIRST: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs the panic hook, through Yew, which otherwise puts its own in
/// place when it starts.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&JsValue::from_str(&message));
        FIRST.with(|first| {
            if let Ok(mut first) = first.try_borrow_mut() {
                first.get_or_insert(message);
            }
        });
        let crashed = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"kohtaamoCrashed".into()).ok())
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(crashed) = crashed {
            let _ = crashed.call0(&JsValue::NULL);
        }
    }));
}

/// The first panic's message, if the page has panicked.
pub fn first_panic() -> Option<String> {
    FIRST.with(|first| first.try_borrow().ok().and_then(|f| f.clone()))
}

/// Gives `crash.js` the notice's words in `language`, ready before anything
/// can fail.
pub fn publish_texts(language: UiLanguage) {
    let i18n = I18n::for_language(language);
    let text = js_sys::Object::new();
    for (key, id) in [
        ("title", "crash-title"),
        ("body", "crash-body"),
        ("restart", "crash-restart"),
    ] {
        let _ = js_sys::Reflect::set(&text, &key.into(), &i18n.t(id).into());
    }
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &"kohtaamoCrashText".into(), &text);
    }
}

/// A way for the end-to-end tests to make the page panic.
#[cfg(any(debug_assertions, feature = "e2e"))]
pub fn expose_test_trigger() {
    let trigger = Closure::<dyn Fn()>::new(|| {
        #[allow(clippy::panic, reason = "the point of this test hook")]
        {
            panic!("panic asked for by a test");
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &"kohtaamoTestPanic".into(), trigger.as_ref());
    }
    trigger.forget();
}
