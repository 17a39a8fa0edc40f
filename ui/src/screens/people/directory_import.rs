//! Importing the organisation's directory file in the settings: the person
//! chooses the file, the page reads its text and the store imports it
//! whole. Every bad entry is listed by name, and then nothing is imported.

use kohtaamo_model::api::ApiError;
use kohtaamo_model::directory::DirectoryImported;
use serde::Serialize;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api::call;
use crate::errors::{api_error, directory_error};
use crate::i18n::use_i18n;
use crate::screens::error_notice::ErrorNotice;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Called after an import, so the lists show what came in.
    pub on_imported: Callback<()>,
}

#[derive(Serialize)]
struct ImportArgs {
    text: String,
}

#[function_component(DirectoryImport)]
pub fn directory_import(props: &Props) -> Html {
    let i18n = use_i18n();
    let input = use_node_ref();
    let done = use_state(|| None::<DirectoryImported>);
    let problems = use_state(Vec::<String>::new);
    let error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let on_import = {
        let (input, done, problems, error, busy, i18n, on_imported) = (
            input.clone(),
            done.clone(),
            problems.clone(),
            error.clone(),
            busy.clone(),
            i18n.clone(),
            props.on_imported.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(field) = input.cast::<HtmlInputElement>() else {
                return;
            };
            let (done, problems, error, busy, i18n, on_imported) = (
                done.clone(),
                problems.clone(),
                error.clone(),
                busy.clone(),
                i18n.clone(),
                on_imported.clone(),
            );
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                done.set(None);
                problems.set(Vec::new());
                let Some(text) = super::chosen_text(&field).await else {
                    busy.set(false);
                    error.set(Some(i18n.t("directory-choose-file")));
                    return;
                };
                let result =
                    call::<_, DirectoryImported>("import_directory", &ImportArgs { text }).await;
                busy.set(false);
                match result {
                    Ok(summary) => {
                        error.set(None);
                        done.set(Some(summary));
                        on_imported.emit(());
                    }
                    Err(ApiError::DirectoryInvalid { errors }) => {
                        problems.set(errors.iter().map(|e| directory_error(&i18n, e)).collect());
                        error.set(Some(i18n.t_with(
                            "error-directory-invalid",
                            &[("count", errors.len().into())],
                        )));
                    }
                    Err(other) => error.set(Some(api_error(&i18n, &other))),
                }
            });
        })
    };
    let summary = done.as_ref().map(|d| {
        i18n.t_with(
            "directory-imported",
            &[
                ("added", d.people_added.into()),
                ("updated", d.people_updated.into()),
                (
                    "organisations",
                    (d.organisations_added + d.organisations_updated).into(),
                ),
            ],
        )
    });
    html! {
        <section class="card settings-block" id="directory" aria-labelledby="directory-title">
            <h3 id="directory-title">{ i18n.t("directory-title") }</h3>
            <p class="muted">{ i18n.t("directory-help") }</p>
            <form class="directory-form" onsubmit={on_import}>
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("directory-file") }</span>
                    <input type="file" id="directory-file" accept=".json,application/json" ref={input} />
                </label>
                <ErrorNotice id="directory-error" message={(*error).clone()} />
                if !problems.is_empty() {
                    <ul class="directory-problems" id="directory-problems">
                        { for problems.iter().map(|p| html! { <li>{ p }</li> }) }
                    </ul>
                }
                if let Some(text) = summary {
                    <p class="notice notice-info" id="directory-imported" role="status">{ text }</p>
                }
                <button id="import-directory" class="hds-button hds-button--secondary" type="submit" disabled={*busy}>
                    { if *busy { i18n.t("working") } else { i18n.t("directory-import") } }
                </button>
            </form>
        </section>
    }
}
