//! The root component: which screen the app is on follows from the shell's
//! [`AppStatus`], so a lock anywhere lands on the unlock screen.

use kohtaamo_model::api::{ApiError, AppStatus};
use yew::prelude::*;

use crate::api::{call, NoArgs};
use crate::errors::api_error;
use crate::i18n::{use_i18n, I18nProvider};
use crate::screens::{unlock::Unlock, welcome::Welcome, workspace::Workspace};
use crate::top_bar::TopBar;

#[function_component(App)]
pub fn app() -> Html {
    html! {
        <I18nProvider>
            <Shell />
        </I18nProvider>
    }
}

#[function_component(Shell)]
fn shell() -> Html {
    let i18n = use_i18n();
    let status = use_state(|| None::<AppStatus>);
    let failure = use_state(|| None::<ApiError>);
    {
        let status = status.clone();
        let failure = failure.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match call::<_, AppStatus>("app_status", &NoArgs {}).await {
                    Ok(s) => status.set(Some(s)),
                    Err(e) => failure.set(Some(e)),
                }
            });
        });
    }
    let on_status = {
        let status = status.clone();
        Callback::from(move |s: AppStatus| status.set(Some(s)))
    };

    let body = match (&*status, &*failure) {
        (_, Some(error)) => html! {
            <p class="notice notice-error" role="alert">{ api_error(&i18n, error) }</p>
        },
        (None, None) => html! { <p class="loading">{ i18n.t("loading") }</p> },
        (Some(s), None) if s.unlocked => html! {
            <Workspace on_status={on_status.clone()} />
        },
        (Some(s), None) => match s.selected {
            Some(kind) => html! {
                <Unlock kind={kind} demo_passphrase={s.demo_passphrase.clone()}
                        own_store_exists={s.own_store_exists} on_status={on_status.clone()} />
            },
            None => html! { <Welcome on_status={on_status.clone()} /> },
        },
    };

    html! {
        <div class="app">
            <TopBar status={(*status).clone()} on_status={on_status} />
            <main class="app-main" id="main">{ body }</main>
        </div>
    }
}
