//! First run: create the professional's own store, or open the demo store.

use kohtaamo_model::api::{AppStatus, StoreKind};
use serde::Serialize;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api::call;
use crate::errors::api_error;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    pub on_status: Callback<AppStatus>,
}

#[derive(Serialize)]
struct CreateArgs {
    passphrase: String,
}

#[derive(Serialize)]
struct ChooseArgs {
    kind: Option<StoreKind>,
}

#[function_component(Welcome)]
pub fn welcome(props: &WelcomeProps) -> Html {
    let i18n = use_i18n();
    let passphrase = use_node_ref();
    let confirm = use_node_ref();
    let error = use_state(|| None::<String>);
    let busy = use_state(|| false);

    let on_create = {
        let (passphrase, confirm, error, busy) = (
            passphrase.clone(),
            confirm.clone(),
            error.clone(),
            busy.clone(),
        );
        let on_status = props.on_status.clone();
        let i18n = i18n.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Read from the fields at submit time, never from a copy that
            // could lag behind the last keystroke.
            let value = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let (first, again) = (value(&passphrase), value(&confirm));
            if first != again {
                error.set(Some(i18n.t("error-passphrases-differ")));
                return;
            }
            let args = CreateArgs { passphrase: first };
            let (error, busy, on_status, i18n) =
                (error.clone(), busy.clone(), on_status.clone(), i18n.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let result = call::<_, AppStatus>("create_store", &args).await;
                busy.set(false);
                match result {
                    Ok(status) => on_status.emit(status),
                    Err(e) => error.set(Some(api_error(&i18n, &e))),
                }
            });
        })
    };

    let on_demo = {
        let (error, busy) = (error.clone(), busy.clone());
        let on_status = props.on_status.clone();
        let i18n = i18n.clone();
        Callback::from(move |_| {
            let (error, busy, on_status, i18n) =
                (error.clone(), busy.clone(), on_status.clone(), i18n.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let args = ChooseArgs {
                    kind: Some(StoreKind::Demo),
                };
                let result = call::<_, AppStatus>("choose_store", &args).await;
                busy.set(false);
                match result {
                    Ok(status) => on_status.emit(status),
                    Err(e) => error.set(Some(api_error(&i18n, &e))),
                }
            });
        })
    };

    html! {
        <section class="welcome">
            <h1>{ i18n.t("welcome-title") }</h1>
            <p class="lead">{ i18n.t("welcome-lead") }</p>
            <div class="card-row">
                <form class="card" onsubmit={on_create} aria-labelledby="create-title">
                    <h2 id="create-title">{ i18n.t("create-store-title") }</h2>
                    <p>{ i18n.t("create-store-help") }</p>
                    <label class="field hds-text-input">
                        <span class="hds-text-input__label">{ i18n.t("passphrase-label") }</span>
                        <input class="hds-text-input__input" id="new-passphrase" type="password" autocomplete="new-password"
                               ref={passphrase} />
                    </label>
                    <label class="field hds-text-input">
                        <span class="hds-text-input__label">{ i18n.t("passphrase-confirm-label") }</span>
                        <input class="hds-text-input__input" id="new-passphrase-confirm" type="password" autocomplete="new-password"
                               ref={confirm} />
                    </label>
                    if let Some(message) = &*error {
                        <p id="create-error" class="notice notice-error" role="alert">{ message }</p>
                    }
                    <button id="create-store" class="hds-button hds-button--primary" type="submit" disabled={*busy}>
                        { if *busy { i18n.t("working") } else { i18n.t("create-store-button") } }
                    </button>
                </form>
                <div class="card">
                    <h2>{ i18n.t("demo-store-title") }</h2>
                    <p>{ i18n.t("demo-store-help") }</p>
                    <button id="open-demo" class="hds-button hds-button--secondary" onclick={on_demo} disabled={*busy}>
                        { i18n.t("demo-store-button") }
                    </button>
                </div>
                <crate::screens::backup::restore::RestoreBackup on_status={props.on_status.clone()} />
            </div>
        </section>
    }
}
