//! The bar across the top: product name, which store, language, lock.

use kohtaamo_model::api::{AppStatus, StoreKind};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::api::{call, LockArgs};
use crate::i18n::{use_i18n, UiLanguage};

#[derive(Properties, PartialEq)]
pub struct TopBarProps {
    pub status: Option<AppStatus>,
    pub on_status: Callback<AppStatus>,
    pub curtain_down: bool,
    pub on_curtain: Callback<()>,
}

#[function_component(TopBar)]
pub fn top_bar(props: &TopBarProps) -> Html {
    let i18n = use_i18n();
    let on_language = {
        let set = i18n.set_language.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(language) = UiLanguage::from_code(&select.value()) {
                set.emit(language);
            }
        })
    };
    let unlocked = props.status.as_ref().is_some_and(|s| s.unlocked);
    let is_demo = props
        .status
        .as_ref()
        .is_some_and(|s| s.selected == Some(StoreKind::Demo));
    let on_lock = {
        let on_status = props.on_status.clone();
        Callback::from(move |_| {
            let on_status = on_status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // Nothing typed is lost on locking.
                crate::saving::settle().await;
                if let Ok(status) =
                    call::<_, AppStatus>("lock_store", &LockArgs { idle: false }).await
                {
                    on_status.emit(status);
                }
            });
        })
    };

    html! {
           <header class="top-bar">
               <div class="brand">
                   <span class="brand-mark" aria-hidden="true"></span>
                   <span class="brand-name">{ "Kohtaamo" }</span>
                   if is_demo {
                       <span class="hds-tag tag-demo" id="demo-tag">{ i18n.t("store-demo-tag") }</span>
                   }
               </div>
               <div class="top-bar-actions">
                   <label class="language-switch">
                       <span class="visually-hidden">{ i18n.t("language-label") }</span>
                       <select id="language" onchange={on_language} aria-label={i18n.t("language-label")}>
                           { for UiLanguage::ALL.iter().map(|l| html! {
                               <option value={l.code()} selected={*l == i18n.language} lang={l.code()}>
                                   { l.native_name() }
                               </option>
                           }) }
                       </select>
                   </label>
    if unlocked && !props.curtain_down {
                       <button id="curtain-button" class="hds-button hds-button--secondary"
                               aria-keyshortcuts={crate::privacy::CURTAIN_KEY}
                               title={i18n.t("curtain-button-hint")}
                               onclick={let c = props.on_curtain.clone(); Callback::from(move |_| c.emit(()))}>
                           { i18n.t("curtain-button") }
                       </button>
                   }
                   if unlocked {
                       <button id="lock" class="hds-button hds-button--secondary" onclick={on_lock}>
                           { i18n.t("lock-button") }
                       </button>
                   }
               </div>
           </header>
       }
}
