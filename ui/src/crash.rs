//! When the UI's own code fails (a Rust panic), the page cannot be trusted
//! to go on: its timers, the idle lock among them, and its pending saves may
//! have stopped for good. So the store is locked, every client detail leaves
//! the screen, and the user is told what happened and how to go on, instead
//! of looking at a frozen screen that still shows a client.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;

use crate::i18n::{I18n, UiLanguage};

thread_local! {
    /// The first panic's message, for diagnostics (never shown on screen).
    static FIRST: RefCell<Option<String>> = const { RefCell::new(None) };
    static COVERED: Cell<bool> = const { Cell::new(false) };
}

#[wasm_bindgen]
extern "C" {
    // Not the async binding in `api`: after a panic the futures executor
    // may never run again, so the request is sent without waiting.
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], js_name = invoke, catch)]
    fn invoke_now(cmd: &str, args: &JsValue) -> Result<js_sys::Promise, JsValue>;
}

/// Installs the panic hook. `locks` is false for the client's window, which
/// has no right to lock the store (the shell closes it on lock anyway).
pub fn install(locks: bool) {
    // Through Yew, which otherwise puts its own hook in place when it starts.
    yew::set_custom_panic_hook(Box::new(move |info| {
        let message = info.to_string();
        web_sys::console::error_1(&JsValue::from_str(&message));
        FIRST.with(|first| {
            if let Ok(mut first) = first.try_borrow_mut() {
                first.get_or_insert(message);
            }
        });
        if COVERED.with(|c| c.replace(true)) {
            return;
        }
        if locks {
            let _ = invoke_now("lock_store", &js_sys::Object::new().into());
        }
        cover();
    }));
}

/// The first panic's message, if the page has panicked.
pub fn first_panic() -> Option<String> {
    FIRST.with(|first| first.try_borrow().ok().and_then(|f| f.clone()))
}

/// Replaces the whole page with a notice in the UI's current language.
fn cover() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let language = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| UiLanguage::from_code(&code))
        .unwrap_or(UiLanguage::Fi);
    let i18n = I18n::for_language(language);
    let Some(body) = document.body() else {
        return;
    };
    // Every client detail goes with the rest of the page.
    body.set_inner_html("");
    let element = |tag: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    let Ok(notice) = document.create_element("main") else {
        return;
    };
    notice.set_id("crash");
    notice.set_class_name("crash");
    let _ = notice.set_attribute("role", "alert");
    let parts = [
        element("h1", &i18n.t("crash-title")),
        element("p", &i18n.t("crash-body")),
        element("button", &i18n.t("crash-restart")),
    ];
    for part in parts.into_iter().flatten() {
        if part.tag_name() == "BUTTON" {
            part.set_id("crash-restart");
            part.set_class_name("hds-button hds-button--primary");
            let restart = Closure::<dyn Fn()>::new(|| {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().reload();
                }
            });
            let _ =
                part.add_event_listener_with_callback("click", restart.as_ref().unchecked_ref());
            // Lives as long as the page, which is about to be reloaded.
            restart.forget();
        }
        let _ = notice.append_child(&part);
    }
    let _ = body.append_child(&notice);
}

/// A way for the debug build's end-to-end tests to make the page panic.
#[cfg(debug_assertions)]
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
