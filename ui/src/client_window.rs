//! The page of the client's own window (a second display turned to the
//! client): the client view of the case the professional shared, read
//! again whenever the shell says it changed. This page can call nothing
//! but `shared_case`, which answers with the case already cut for the
//! shared screen.

use kohtaamo_model::case::stored::Case;
use yew::prelude::*;

use crate::api::{listen, read, NoArgs};
use crate::i18n::use_i18n;
use crate::screens::case::ClientView;

/// The address fragment the shell opens this page with.
pub const FRAGMENT: &str = "#client-view";

pub fn is_client_window() -> bool {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|hash| hash == FRAGMENT)
}

#[function_component(ClientWindow)]
pub fn client_window() -> Html {
    let i18n = use_i18n();
    let case = use_state(|| None::<Case>);
    let failed = use_state(|| false);
    {
        let (case, failed) = (case.clone(), failed.clone());
        use_effect_with((), move |_| {
            let read = move || {
                let (case, failed) = (case.clone(), failed.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    match read::<_, Case>("shared_case", &NoArgs {}).await {
                        Ok(c) => {
                            failed.set(false);
                            case.set(Some(c));
                        }
                        // Nothing shared any more (the store locked): show
                        // nothing of the case.
                        Err(_) => {
                            failed.set(true);
                            case.set(None);
                        }
                    }
                });
            };
            read();
            wasm_bindgen_futures::spawn_local(async move {
                let _ = listen("case-changed", read).await;
            });
        });
    }
    match (&*case, *failed) {
        (Some(c), _) => html! {
            <main class="client-window" id="main"><ClientView case={c.clone()} /></main>
        },
        (None, true) => html! {
            <main class="client-window" id="main"><p class="muted">{ i18n.t("client-window-nothing") }</p></main>
        },
        (None, false) => html! {
            <main class="client-window" id="main"><p class="muted">{ i18n.t("loading") }</p></main>
        },
    }
}
