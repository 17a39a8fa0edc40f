//! Kohtaamo's UI. It reaches the case store only through the shell's IPC
//! commands ([`api`]); every rule it shows inline comes from
//! `kohtaamo-model`, the same code the shell enforces.

mod api;
mod app;
mod client_window;
mod crash;
mod errors;
mod heartbeat;
mod i18n;
mod labels;
mod privacy;
mod saving;
mod screens;
mod top_bar;

fn main() {
    crash::install();
    crash::publish_texts(i18n::UiLanguage::Fi);
    #[cfg(any(debug_assertions, feature = "e2e"))]
    crash::expose_test_trigger();
    if client_window::is_client_window() {
        yew::Renderer::<ClientWindowApp>::new().render();
    } else {
        set_close_hook();
        yew::Renderer::<app::App>::new().render();
    }
}

#[yew::function_component(ClientWindowApp)]
fn client_window_app() -> yew::Html {
    yew::html! {
        <i18n::I18nProvider><client_window::ClientWindow /></i18n::I18nProvider>
    }
}

/// The shell calls `window.kohtaamoBeforeClose()` when the window is asked
/// to close: what was typed is saved first, then the window closes.
fn set_close_hook() {
    use wasm_bindgen::prelude::*;
    let hook = Closure::<dyn Fn()>::new(|| {
        wasm_bindgen_futures::spawn_local(async {
            saving::settle().await;
            let _ = api::call::<_, ()>("close_window", &api::NoArgs {}).await;
        });
    });
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &"kohtaamoBeforeClose".into(), hook.as_ref());
    }
    // The hook lives as long as the page.
    hook.forget();
    let pending = Closure::<dyn Fn() -> String>::new(|| {
        let panic = crash::first_panic().unwrap_or_default();
        format!("{}; panicked: {panic}", api::pending_commands())
    });
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &"kohtaamoPendingCommands".into(), pending.as_ref());
    }
    pending.forget();
}
