//! The add-client form. The model's rules run as the user types, so errors
//! show inline before anything is sent; the shell checks them again.

use kohtaamo_model::api::ApiError;
use kohtaamo_model::client::{NameError, NewClientError};
use kohtaamo_model::{Client, HetuError, Language, NewClient};
use serde::Serialize;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::api::call;
use crate::errors::{api_error, hetu_error, name_error};
use crate::i18n::use_i18n;
use crate::labels::language_name;

#[derive(Properties, PartialEq)]
pub struct AddClientProps {
    pub on_saved: Callback<Client>,
    pub on_cancel: Callback<()>,
}

#[derive(Serialize)]
struct AddArgs {
    client: NewClient,
}

/// Field errors as shown: the model's, or the store's word on a duplicate.
#[derive(Clone, Default, PartialEq)]
struct FieldErrors {
    name: Option<NameError>,
    hetu: Option<HetuError>,
    duplicate: bool,
}

impl From<NewClientError> for FieldErrors {
    fn from(e: NewClientError) -> Self {
        Self {
            name: e.name,
            hetu: e.hetu,
            duplicate: false,
        }
    }
}

#[function_component(AddClient)]
pub fn add_client(props: &AddClientProps) -> Html {
    let i18n = use_i18n();
    let form = use_state(NewClient::default);
    // Errors appear once a field has been left or the form submitted, not
    // while the first characters are being typed.
    let touched = use_state(|| (false, false));
    let errors = use_state(FieldErrors::default);
    let failure = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let name_ref = use_node_ref();
    {
        let name_ref = name_ref.clone();
        use_effect_with((), move |_| {
            if let Some(input) = name_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }

    let revalidate = {
        let errors = errors.clone();
        move |f: &NewClient| {
            let found = f
                .validate()
                .err()
                .map(FieldErrors::from)
                .unwrap_or_default();
            errors.set(found);
        }
    };

    let on_name = {
        let (form, revalidate) = (form.clone(), revalidate.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut next = (*form).clone();
            next.name = input.value();
            revalidate(&next);
            form.set(next);
        })
    };
    let on_hetu = {
        let (form, revalidate) = (form.clone(), revalidate.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut next = (*form).clone();
            next.hetu = input.value();
            revalidate(&next);
            form.set(next);
        })
    };
    let on_language = {
        let form = form.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let mut next = (*form).clone();
            next.language = Language::from_code(&select.value()).unwrap_or_default();
            form.set(next);
        })
    };
    let blur = |which: usize| {
        let (touched, form, revalidate) = (touched.clone(), form.clone(), revalidate.clone());
        Callback::from(move |_: FocusEvent| {
            let (mut name, mut hetu) = *touched;
            if which == 0 {
                name = true
            } else {
                hetu = true
            }
            touched.set((name, hetu));
            revalidate(&form);
        })
    };

    let on_submit = {
        let (form, errors, touched, failure, busy) = (
            form.clone(),
            errors.clone(),
            touched.clone(),
            failure.clone(),
            busy.clone(),
        );
        let on_saved = props.on_saved.clone();
        let i18n = i18n.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            touched.set((true, true));
            if let Err(found) = form.validate() {
                errors.set(found.into());
                return;
            }
            let args = AddArgs {
                client: (*form).clone(),
            };
            let (errors, failure, busy, on_saved, i18n) = (
                errors.clone(),
                failure.clone(),
                busy.clone(),
                on_saved.clone(),
                i18n.clone(),
            );
            busy.set(true);
            failure.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                let result = call::<_, Client>("add_client", &args).await;
                busy.set(false);
                match result {
                    Ok(client) => on_saved.emit(client),
                    Err(ApiError::InvalidClient(found)) => errors.set(found.into()),
                    Err(ApiError::DuplicateHetu) => errors.set(FieldErrors {
                        duplicate: true,
                        ..FieldErrors::default()
                    }),
                    Err(other) => failure.set(Some(api_error(&i18n, &other))),
                }
            });
        })
    };

    let (name_touched, hetu_touched) = *touched;
    let name_message = name_touched
        .then(|| errors.name.as_ref().map(|e| name_error(&i18n, e)))
        .flatten();
    let hetu_message = if errors.duplicate {
        Some(i18n.t("error-duplicate-hetu"))
    } else {
        hetu_touched
            .then(|| errors.hetu.as_ref().map(|e| hetu_error(&i18n, e)))
            .flatten()
    };
    let on_cancel = {
        let cancel = props.on_cancel.clone();
        Callback::from(move |_| cancel.emit(()))
    };

    html! {
        <form class="card add-client" onsubmit={on_submit} aria-labelledby="add-client-title" novalidate=true>
            <h2 id="add-client-title">{ i18n.t("add-client-title") }</h2>
            <label class="field hds-text-input">
                <span class="hds-text-input__label">{ i18n.t("client-name-label") }</span>
                <input class="hds-text-input__input" id="client-name" type="text" ref={name_ref} autocomplete="off"
                       value={form.name.clone()} oninput={on_name} onblur={blur(0)}
                       aria-invalid={name_message.is_some().then_some("true")}
                       aria-describedby={name_message.is_some().then_some("name-error")} />
                if let Some(message) = &name_message {
                    <span id="name-error" class="hds-text-input__error-text">{ message }</span>
                }
            </label>
            <label class="field hds-text-input">
                <span class="hds-text-input__label">{ i18n.t("client-hetu-label") }</span>
                <span class="hds-text-input__helper-text">{ i18n.t("client-hetu-help") }</span>
                <input class="hds-text-input__input" id="client-hetu" type="text" autocomplete="off" spellcheck="false"
                       value={form.hetu.clone()} oninput={on_hetu} onblur={blur(1)}
                       aria-invalid={hetu_message.is_some().then_some("true")}
                       aria-describedby={hetu_message.is_some().then_some("hetu-error")} />
                if let Some(message) = &hetu_message {
                    <span id="hetu-error" class="hds-text-input__error-text">{ message }</span>
                }
            </label>
            <label class="field hds-text-input">
                <span class="hds-text-input__label">{ i18n.t("client-language-label") }</span>
                <select id="client-language" onchange={on_language}>
                    { for Language::ALL.iter().map(|l| html! {
                        <option value={l.code()} selected={*l == form.language}>
                            { language_name(&i18n, *l) }
                        </option>
                    }) }
                </select>
            </label>
            if let Some(message) = &*failure {
                <p class="notice notice-error" role="alert">{ message }</p>
            }
            <div class="form-actions">
                <button id="save-client" class="hds-button hds-button--primary" type="submit" disabled={*busy}>
                    { if *busy { i18n.t("working") } else { i18n.t("save-client-button") } }
                </button>
                <button id="cancel-add-client" class="hds-button hds-button--secondary" type="button" onclick={on_cancel}>
                    { i18n.t("cancel-button") }
                </button>
            </div>
        </form>
    }
}
