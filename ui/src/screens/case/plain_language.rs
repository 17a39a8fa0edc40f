//! The client's preference for plain Finnish (selkosuomi), beside their
//! language in the case's head: it sets the words of the client view and of
//! both handouts.

use kohtaamo_model::case::stored::Case;
use kohtaamo_model::{ClientId, Language};
use serde::Serialize;
use yew::prelude::*;

use super::CaseChange;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub case: Case,
    pub change: CaseChange,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Args {
    client: ClientId,
    language: Language,
    plain_language: bool,
}

#[function_component(PlainLanguage)]
pub fn plain_language(props: &Props) -> Html {
    let i18n = use_i18n();
    let client = &props.case.client;
    // Drawn from what the person chose last, so that a redraw before the
    // store's answer does not turn the box back (see ARCHITECTURE: Yew
    // writes `checked` on every redraw).
    let chosen = use_state(|| client.plain_language);
    // Plain Finnish is Finnish: offered to a client served in Finnish or in
    // another language through Finnish, not in Swedish or English.
    if matches!(client.language, Language::Sv | Language::En) {
        return Html::default();
    }
    let toggle = {
        let (change, chosen, id, language) = (
            props.change.clone(),
            chosen.clone(),
            client.id,
            client.language,
        );
        Callback::from(move |e: Event| {
            let on = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|input| input.checked());
            chosen.set(on);
            change.send(
                "set_client_language",
                Args {
                    client: id,
                    language,
                    plain_language: on,
                },
            );
        })
    };
    html! {
        <label class="check plain-language" for="client-plain-language">
            <input type="checkbox" id="client-plain-language" checked={*chosen} onchange={toggle} />
            { i18n.t("client-plain-language") }
        </label>
    }
}
