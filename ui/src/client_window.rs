//! The page of the client's own window (a second display turned to the
//! client): the client view of the case the professional shared, read
//! again whenever the shell says it changed. This page can call nothing
//! but `shared_case`, which answers with the case already cut for the
//! shared screen.

use std::cell::Cell;
use std::rc::Rc;

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
    // Without the shell's events this screen would go stale unseen.
    let deaf = use_state(|| false);
    {
        let (case, failed, deaf) = (case.clone(), failed.clone(), deaf.clone());
        use_effect_with((), move |_| {
            // Reads may answer out of order; only the newest counts.
            let latest = Rc::new(Cell::new(0u64));
            let read = {
                let (case, failed) = (case.clone(), failed.clone());
                move || {
                    let (case, failed, latest) = (case.clone(), failed.clone(), latest.clone());
                    let ticket = latest.get() + 1;
                    latest.set(ticket);
                    wasm_bindgen_futures::spawn_local(async move {
                        let answer = read::<_, Case>("shared_case", &NoArgs {}).await;
                        if latest.get() != ticket {
                            return;
                        }
                        match answer {
                            Ok(c) => {
                                failed.set(false);
                                case.set(Some(c));
                            }
                            // Nothing shared any more (the store locked):
                            // show nothing of the case.
                            Err(_) => {
                                failed.set(true);
                                case.set(None);
                            }
                        }
                    });
                }
            };
            read();
            // The shell clears the screen before it closes the window, so
            // that a window that fails to close shows nothing.
            let clear = move || {
                case.set(None);
                failed.set(true);
            };
            wasm_bindgen_futures::spawn_local(async move {
                let heard = listen("case-changed", read).await;
                let cleared = listen("case-cleared", clear).await;
                if heard.is_err() || cleared.is_err() {
                    deaf.set(true);
                }
            });
        });
    }
    match (&*case, *failed) {
        (Some(c), _) => html! {
            <main class="client-window" id="main">
                if *deaf {
                    <p class="notice notice-error" role="alert">{ i18n.t("client-window-deaf") }</p>
                }
                <ClientView case={c.clone()}
                    answer_via={crate::screens::measures::client_block::AnswerVia::ClientWindow}
                    on_case={{
                        let case = case.clone();
                        Callback::from(move |c| case.set(Some(c)))
                    }} />
            </main>
        },
        (None, true) => html! {
            <main class="client-window" id="main"><p class="muted">{ i18n.t("client-window-nothing") }</p></main>
        },
        (None, false) => html! {
            <main class="client-window" id="main"><p class="muted">{ i18n.t("loading") }</p></main>
        },
    }
}
