//! The privacy curtain: nothing of the client is in the page while it is
//! down (the workspace is not rendered at all, not merely covered).

use yew::prelude::*;

use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct CurtainProps {
    pub on_lift: Callback<()>,
}

#[function_component(Curtain)]
pub fn curtain(props: &CurtainProps) -> Html {
    let i18n = use_i18n();
    let lift = {
        let on_lift = props.on_lift.clone();
        Callback::from(move |_| on_lift.emit(()))
    };
    html! {
        <section class="curtain" id="curtain" aria-labelledby="curtain-title">
            <div class="curtain-mark" aria-hidden="true"></div>
            <h1 id="curtain-title">{ i18n.t("curtain-title") }</h1>
            <p>{ i18n.t("curtain-help") }</p>
            <button id="lift-curtain" class="hds-button hds-button--primary" onclick={lift}>
                { i18n.t("curtain-lift") }
            </button>
        </section>
    }
}
