//! The unlock screen. It shows no client data, so it is safe on a shared screen.

use kohtaamo_model::api::{AppStatus, StoreKind};
use serde::Serialize;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api::call;
use crate::errors::api_error;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct UnlockProps {
    pub kind: StoreKind,
    pub demo_passphrase: Option<String>,
    pub own_store_exists: bool,
    pub on_status: Callback<AppStatus>,
    /// The store was locked because nobody used the app for a while.
    #[prop_or_default]
    pub idle_locked: bool,
    /// A PIN set at unlock can reopen the store.
    #[prop_or_default]
    pub pin_resume: bool,
}

#[derive(Serialize)]
struct UnlockArgs {
    passphrase: String,
    pin: Option<String>,
}

#[derive(Serialize)]
struct ResumeArgs {
    pin: String,
}

#[derive(Serialize)]
struct ChooseArgs {
    kind: Option<StoreKind>,
}

#[function_component(Unlock)]
pub fn unlock(props: &UnlockProps) -> Html {
    let i18n = use_i18n();
    let error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let input_ref = use_node_ref();
    let pin_ref = use_node_ref();
    let new_pin_ref = use_node_ref();
    // Chosen by the person: the passphrase instead of the PIN.
    let use_passphrase = use_state(|| false);
    let show_pin = props.pin_resume && !*use_passphrase;
    {
        let input_ref = input_ref.clone();
        use_effect_with(props.kind, move |_| {
            if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }

    let on_submit = {
        let (input_ref, new_pin_ref, error, busy) = (
            input_ref.clone(),
            new_pin_ref.clone(),
            error.clone(),
            busy.clone(),
        );
        let on_status = props.on_status.clone();
        let i18n = i18n.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Read from the field itself at submit time: a state copy could
            // lag behind the last keystroke when Enter follows at once.
            let Some(input) = input_ref.cast::<HtmlInputElement>() else {
                return;
            };
            let pin = new_pin_ref
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .filter(|p| !p.is_empty());
            let args = UnlockArgs {
                passphrase: input.value(),
                pin,
            };
            let (input, error, busy, on_status, i18n) = (
                input.clone(),
                error.clone(),
                busy.clone(),
                on_status.clone(),
                i18n.clone(),
            );
            busy.set(true);
            error.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                let result = call::<_, AppStatus>("unlock_store", &args).await;
                busy.set(false);
                input.set_value("");
                match result {
                    Ok(status) => on_status.emit(status),
                    Err(e) => error.set(Some(api_error(&i18n, &e))),
                }
            });
        })
    };

    let on_resume = {
        let (pin_ref, error, busy, use_passphrase) = (
            pin_ref.clone(),
            error.clone(),
            busy.clone(),
            use_passphrase.clone(),
        );
        let on_status = props.on_status.clone();
        let i18n = i18n.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(input) = pin_ref.cast::<HtmlInputElement>() else {
                return;
            };
            let args = ResumeArgs { pin: input.value() };
            input.set_value("");
            let (error, busy, use_passphrase, on_status, i18n) = (
                error.clone(),
                busy.clone(),
                use_passphrase.clone(),
                on_status.clone(),
                i18n.clone(),
            );
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let result = call::<_, AppStatus>("resume_store", &args).await;
                busy.set(false);
                match result {
                    Ok(status) => on_status.emit(status),
                    Err(e) => {
                        if e == kohtaamo_model::api::ApiError::PinTriesUsedUp {
                            use_passphrase.set(true);
                        }
                        error.set(Some(api_error(&i18n, &e)));
                    }
                }
            });
        })
    };
    let to_passphrase = {
        let use_passphrase = use_passphrase.clone();
        Callback::from(move |_| use_passphrase.set(true))
    };

    let choose = |kind: Option<StoreKind>| {
        let on_status = props.on_status.clone();
        let error = error.clone();
        let i18n = i18n.clone();
        Callback::from(move |_| {
            let (on_status, error, i18n) = (on_status.clone(), error.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match call::<_, AppStatus>("choose_store", &ChooseArgs { kind }).await {
                    Ok(status) => on_status.emit(status),
                    Err(e) => error.set(Some(api_error(&i18n, &e))),
                }
            });
        })
    };

    let (title, switch) = match props.kind {
        StoreKind::Own => (
            i18n.t("unlock-title-own"),
            html! {
                <button id="switch-to-demo" class="hds-button hds-button--supplementary" type="button"
                        onclick={choose(Some(StoreKind::Demo))}>
                    { i18n.t("switch-to-demo") }
                </button>
            },
        ),
        StoreKind::Demo => (
            i18n.t("unlock-title-demo"),
            if props.own_store_exists {
                html! {
                    <button id="switch-to-own" class="hds-button hds-button--supplementary" type="button"
                            onclick={choose(Some(StoreKind::Own))}>
                        { i18n.t("switch-to-own") }
                    </button>
                }
            } else {
                html! {
                    <button id="switch-to-welcome" class="hds-button hds-button--supplementary" type="button"
                            onclick={choose(None)}>
                        { i18n.t("switch-to-create") }
                    </button>
                }
            },
        ),
    };

    let notices = html! {
        <>
            if props.idle_locked {
                <p class="notice notice-info" id="idle-locked" role="status">
                    { if show_pin { i18n.t("idle-locked-pin-notice") } else { i18n.t("idle-locked-notice") } }
                </p>
            }
            if let Some(message) = &*error {
                <p id="unlock-error" class="notice notice-error" role="alert">{ message }</p>
            }
        </>
    };

    if show_pin {
        return html! {
            <section class="unlock">
                <form class="card card-narrow" onsubmit={on_resume} aria-labelledby="unlock-title">
                    <h1 id="unlock-title">{ title }</h1>
                    { notices }
                    <label class="field hds-text-input">
                        <span class="hds-text-input__label">{ i18n.t("pin-label") }</span>
                        <input class="hds-text-input__input" id="pin" type="password" inputmode="numeric"
                               autocomplete="off" ref={pin_ref} />
                    </label>
                    <div class="form-actions">
                        <button id="resume" class="hds-button hds-button--primary" type="submit" disabled={*busy}>
                            { if *busy { i18n.t("working") } else { i18n.t("pin-resume") } }
                        </button>
                        <button id="use-passphrase" class="hds-button hds-button--supplementary" type="button"
                                onclick={to_passphrase}>
                            { i18n.t("pin-use-passphrase") }
                        </button>
                    </div>
                </form>
            </section>
        };
    }

    html! {
        <section class="unlock">
            <form class="card card-narrow" onsubmit={on_submit} aria-labelledby="unlock-title">
                <h1 id="unlock-title">{ title }</h1>
                { notices }
                if let Some(demo) = &props.demo_passphrase {
                    <p class="notice notice-info" id="demo-passphrase-hint">
                        { i18n.t("demo-passphrase-hint") }{ " " }
                        <code id="demo-passphrase">{ demo }</code>
                    </p>
                }
                <label class="field hds-text-input">
                    <span class="hds-text-input__label">{ i18n.t("passphrase-label") }</span>
                    <input class="hds-text-input__input" id="passphrase" type="password"
                           autocomplete="current-password" ref={input_ref}
                           aria-invalid={error.is_some().then_some("true")}
                           aria-describedby={error.is_some().then_some("unlock-error")} />
                </label>
                <label class="field hds-text-input">
                    <span class="hds-text-input__label">{ i18n.t("pin-new-label") }</span>
                    <span class="hds-text-input__helper-text">{ i18n.t("pin-new-help") }</span>
                    <input class="hds-text-input__input" id="new-pin" type="password" inputmode="numeric"
                           autocomplete="off" ref={new_pin_ref} />
                </label>
                <div class="form-actions">
                    <button id="unlock" class="hds-button hds-button--primary" type="submit" disabled={*busy}>
                        { if *busy { i18n.t("working") } else { i18n.t("unlock-button") } }
                    </button>
                    { switch }
                </div>
            </form>
            // With no own store yet, the demo's unlock screen offers the
            // restore too (the welcome screen's other choices are a click away).
            if props.kind == StoreKind::Demo && !props.own_store_exists {
                <div class="card-narrow">
                    <crate::screens::backup::restore::RestoreBackup on_status={props.on_status.clone()} />
                </div>
            }
        </section>
    }
}
