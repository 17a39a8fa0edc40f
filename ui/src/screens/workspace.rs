//! The unlocked workspace: the client list with search on the left, the
//! chosen client (or the add-client form) on the right.

use std::cell::Cell;
use std::rc::Rc;

use kohtaamo_model::api::AppStatus;
use kohtaamo_model::{Client, ClientId, ClientSummary};
use serde::Serialize;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api::call;
use crate::errors::api_error;
use crate::i18n::use_i18n;
use crate::screens::add_client::AddClient;
use crate::screens::case::{CasePage, ClientView};
use crate::screens::people::colleagues::Colleagues;

#[derive(Properties, PartialEq)]
pub struct WorkspaceProps {
    pub on_status: Callback<AppStatus>,
}

#[derive(Clone, Copy, PartialEq)]
enum Pane {
    Empty,
    Adding,
    Client(ClientId),
    Settings,
    Figures,
}

#[derive(Serialize)]
struct SearchArgs {
    query: String,
}

#[function_component(Workspace)]
pub fn workspace(props: &WorkspaceProps) -> Html {
    let i18n = use_i18n();
    let query = use_state(String::new);
    let results = use_state(|| None::<Vec<ClientSummary>>);
    let error = use_state(|| None::<String>);
    let pane = use_state(|| Pane::Empty);
    // The shared screen: while it shows, nothing else of the workspace (no
    // client list, no other client) is in the page.
    let client_view = use_state(|| None::<kohtaamo_model::case::stored::Case>);
    let reload = use_state(|| 0u32);
    // Answers may come back out of order while typing; only the newest counts.
    let latest = use_mut_ref(|| Rc::new(Cell::new(0u64)));

    {
        let (results, error, i18n) = (results.clone(), error.clone(), i18n.clone());
        let latest = latest.borrow().clone();
        use_effect_with(((*query).clone(), *reload), move |(query, _)| {
            let ticket = latest.get() + 1;
            latest.set(ticket);
            let args = SearchArgs {
                query: query.clone(),
            };
            wasm_bindgen_futures::spawn_local(async move {
                let answer =
                    crate::api::read::<_, Vec<ClientSummary>>("search_clients", &args).await;
                if latest.get() != ticket {
                    return;
                }
                match answer {
                    Ok(list) => {
                        error.set(None);
                        results.set(Some(list));
                    }
                    Err(e) => error.set(Some(api_error(&i18n, &e))),
                }
            });
        });
    }

    {
        // The client's own window shows the case open here, and no other:
        // choosing another client, or leaving the workspace (a lock, the
        // curtain), closes it.
        let shown = match *pane {
            Pane::Client(id) => Some(id),
            _ => None,
        };
        use_effect_with(shown, |_| {
            || {
                wasm_bindgen_futures::spawn_local(async {
                    let _ = call::<_, ()>("close_client_window", &crate::api::NoArgs {}).await;
                });
            }
        });
    }

    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let on_add = {
        let pane = pane.clone();
        Callback::from(move |_| pane.set(Pane::Adding))
    };
    let on_saved = {
        let (pane, reload) = (pane.clone(), reload.clone());
        Callback::from(move |client: Client| {
            pane.set(Pane::Client(client.id));
            reload.set(*reload + 1);
        })
    };
    let on_cancel = {
        let pane = pane.clone();
        Callback::from(move |_| pane.set(Pane::Empty))
    };
    let on_start = {
        let pane = pane.clone();
        Callback::from(move |_: MouseEvent| pane.set(Pane::Empty))
    };
    let on_settings = {
        let pane = pane.clone();
        Callback::from(move |_| pane.set(Pane::Settings))
    };
    let on_figures = {
        let pane = pane.clone();
        Callback::from(move |_| pane.set(Pane::Figures))
    };

    let list = match &*results {
        None => html! { <p class="muted">{ i18n.t("loading") }</p> },
        Some(list) if list.is_empty() => html! {
            <p class="muted" id="no-clients">{
                if query.is_empty() { i18n.t("clients-none") } else { i18n.t("clients-no-match") }
            }</p>
        },
        Some(list) => html! {
            <ul class="client-list" id="client-list">
                { for list.iter().map(|c| {
                    let selected = *pane == Pane::Client(c.id);
                    let onclick = {
                        let pane = pane.clone();
                        let id = c.id;
                        Callback::from(move |_| pane.set(Pane::Client(id)))
                    };
                    html! {
                        <li key={c.id.0.to_string()}>
                            <button class={classes!("client-row", selected.then_some("selected"))}
                                    aria-current={selected.then_some("true")}
                                    data-client-id={c.id.0.to_string()} onclick={onclick}>
                                <span class="client-row-name">{ &c.name }</span>
                                <span class="client-row-hetu">{ c.hetu.to_string() }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        },
    };

    let detail = match *pane {
        Pane::Empty => {
            let pane = pane.clone();
            let open = Callback::from(move |id| pane.set(Pane::Client(id)));
            html! { <crate::screens::start_view::StartPane on_open={open} /> }
        }
        Pane::Adding => html! { <AddClient on_saved={on_saved} on_cancel={on_cancel.clone()} /> },
        Pane::Figures => {
            let pane = pane.clone();
            html! {
                <crate::screens::figures::FiguresView on_close={Callback::from(move |()| pane.set(Pane::Empty))} />
            }
        }
        Pane::Settings => html! {
            <Colleagues on_status={props.on_status.clone()} on_close={on_cancel} />
        },
        Pane::Client(id) => {
            let open = {
                let client_view = client_view.clone();
                // The same cut of the case as the client's own window gets.
                Callback::from(move |case: kohtaamo_model::case::stored::Case| {
                    client_view.set(Some(case.for_shared_screen(crate::screens::case::today())))
                })
            };
            html! { <CasePage key={id.0.to_string()} id={id} on_client_view={open} /> }
        }
    };

    if let Some(case) = &*client_view {
        let close = {
            let client_view = client_view.clone();
            Callback::from(move |()| client_view.set(None))
        };
        let on_case = {
            let client_view = client_view.clone();
            Callback::from(move |case: kohtaamo_model::case::stored::Case| {
                client_view.set(Some(case.for_shared_screen(crate::screens::case::today())))
            })
        };
        return html! {
            <ClientView case={case.clone()} on_close={Some(close)}
                answer_via={crate::screens::measures::client_block::AnswerVia::MainWindow}
                on_case={on_case} />
        };
    }

    html! {
        <div class="workspace">
            <nav class="client-pane" aria-label={i18n.t("clients-title")}>
                <div class="client-pane-head">
                    <h1>{ i18n.t("clients-title") }</h1>
                    <button id="add-client" class="hds-button hds-button--primary" onclick={on_add}>
                        { i18n.t("add-client-button") }
                    </button>
                </div>
                <button id="open-start" class="hds-button hds-button--supplementary hds-button--small"
                        onclick={on_start}>
                    { i18n.t("start-open") }
                </button>
                <button id="open-figures" class="hds-button hds-button--supplementary hds-button--small"
                        onclick={on_figures}>
                    { i18n.t("figures-open") }
                </button>
                <button id="open-settings" class="hds-button hds-button--supplementary hds-button--small"
                        onclick={on_settings}>
                    { i18n.t("settings-open") }
                </button>
                <label class="field hds-text-input">
                    <span class="hds-text-input__label">{ i18n.t("search-label") }</span>
                    <input class="hds-text-input__input" id="search" type="search" value={(*query).clone()} oninput={on_query}
                           placeholder={i18n.t("search-placeholder")} autocomplete="off" />
                </label>
                if let Some(message) = &*error {
                    <p class="notice notice-error" role="alert">{ message }</p>
                }
                { list }
            </nav>
            <section class="detail-pane">{ detail }</section>
        </div>
    }
}
