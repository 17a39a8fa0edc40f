//! One client's page. Deeper content (clientship, plan) comes in later issues.

use kohtaamo_model::{Client, ClientId};
use serde::Serialize;
use yew::prelude::*;

use crate::api::call;
use crate::errors::api_error;
use crate::i18n::use_i18n;
use crate::labels::language_name;

#[derive(Properties, PartialEq)]
pub struct ClientPageProps {
    pub id: ClientId,
}

#[derive(Serialize)]
struct GetArgs {
    id: ClientId,
}

#[function_component(ClientPage)]
pub fn client_page(props: &ClientPageProps) -> Html {
    let i18n = use_i18n();
    let client = use_state(|| None::<Result<Client, String>>);
    {
        let (client, i18n) = (client.clone(), i18n.clone());
        use_effect_with(props.id, move |id| {
            let args = GetArgs { id: *id };
            wasm_bindgen_futures::spawn_local(async move {
                let answer = call::<_, Client>("get_client", &args).await;
                client.set(Some(answer.map_err(|e| api_error(&i18n, &e))));
            });
        });
    }

    match &*client {
        None => html! { <p class="muted">{ i18n.t("loading") }</p> },
        Some(Err(message)) => html! { <p class="notice notice-error" role="alert">{ message }</p> },
        Some(Ok(c)) => html! {
            <article class="client-page" id="client-page">
                <h2 id="client-page-name">{ &c.name }</h2>
                <dl class="facts">
                    <dt>{ i18n.t("client-hetu-label") }</dt>
                    <dd id="client-page-hetu">
                        { c.hetu.to_string() }
                        if c.hetu.is_temporary() {
                            { " " }<span class="hds-tag">{ i18n.t("hetu-temporary-tag") }</span>
                        }
                    </dd>
                    <dt>{ i18n.t("client-birth-date-label") }</dt>
                    <dd>{ c.hetu.birth_date().format("%-d.%-m.%Y").to_string() }</dd>
                    <dt>{ i18n.t("client-language-label") }</dt>
                    <dd id="client-page-language">{ language_name(&i18n, c.language) }</dd>
                </dl>
            </article>
        },
    }
}
