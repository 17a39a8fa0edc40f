//! The organisation's settings in the settings screen: what is in force
//! (today's built-in values until a file is imported), and importing the
//! file IT keeps. A file with any bad field changes nothing, and every bad
//! field is named.

use kohtaamo_model::api::{ApiError, AppStatus};
use kohtaamo_model::settings::{Custodian, OrganisationSettings};
use serde::Serialize;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api::{call, read, NoArgs};
use crate::errors::{api_error, message_text};
use crate::i18n::{use_i18n, I18n};
use crate::labels;
use crate::screens::error_notice::ErrorNotice;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The app's status after an import: the idle-lock limits may change.
    pub on_status: Callback<AppStatus>,
}

#[derive(Serialize)]
struct ImportArgs {
    text: String,
}

fn custodian(i18n: &I18n, c: &Custodian) -> String {
    if c.name.is_empty() {
        i18n.t("org-settings-custodian-none")
    } else {
        format!("{} ({})", c.name, c.identifier)
    }
}

#[function_component(OrganisationSettingsView)]
pub fn organisation_settings_view(props: &Props) -> Html {
    let i18n = use_i18n();
    let settings = use_state(|| None::<OrganisationSettings>);
    let input = use_node_ref();
    let error = use_state(|| None::<String>);
    let problems = use_state(Vec::<String>::new);
    let imported = use_state(|| false);
    let reload = use_state(|| 0u32);
    {
        let settings = settings.clone();
        use_effect_with(*reload, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(s) =
                    read::<_, OrganisationSettings>("organisation_settings", &NoArgs {}).await
                {
                    settings.set(Some(s));
                }
            });
        });
    }
    let on_import = {
        let (input, error, problems, imported, reload, i18n, on_status) = (
            input.clone(),
            error.clone(),
            problems.clone(),
            imported.clone(),
            reload.clone(),
            i18n.clone(),
            props.on_status.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(field) = input.cast::<HtmlInputElement>() else {
                return;
            };
            let (error, problems, imported, reload, i18n, on_status) = (
                error.clone(),
                problems.clone(),
                imported.clone(),
                reload.clone(),
                i18n.clone(),
                on_status.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                imported.set(false);
                problems.set(Vec::new());
                let text = super::chosen_text(&field).await;
                let Some(text) = text else {
                    error.set(Some(i18n.t("directory-choose-file")));
                    return;
                };
                match call::<_, AppStatus>("import_settings", &ImportArgs { text }).await {
                    Ok(status) => {
                        error.set(None);
                        imported.set(true);
                        reload.set(*reload + 1);
                        on_status.emit(status);
                    }
                    Err(ApiError::SettingsInvalid { problems: found }) => {
                        problems.set(
                            found
                                .iter()
                                .map(|p| message_text(&i18n, &p.message()))
                                .collect(),
                        );
                        error.set(Some(i18n.t_with(
                            "error-settings-invalid",
                            &[("count", found.len().into())],
                        )));
                    }
                    Err(other) => error.set(Some(api_error(&i18n, &other))),
                }
            });
        })
    };
    let Some(s) = &*settings else {
        return html! { <p class="muted">{ i18n.t("loading") }</p> };
    };
    let minutes = |seconds: u32| seconds.div_ceil(60);
    html! {
        <section class="card settings-block" id="organisation-settings" aria-labelledby="org-settings-title">
            <h3 id="org-settings-title">{ i18n.t("org-settings-title") }</h3>
            <p class="muted">{ i18n.t("org-settings-help") }</p>
            <h4>{ i18n.t("org-settings-segments") }</h4>
            <ul class="plain-list" id="org-settings-segments">
                { for s.segments.iter().map(|c| html! {
                    <li>
                        <strong>{ labels::segment_name(&i18n, c.segment) }</strong>{ ": " }
                        { labels::contact(&i18n, c.contact) }{ "; " }
                        { labels::appointments(&i18n, c.appointments) }{ "; " }
                        { i18n.t_with("org-settings-review-interval", &[("months", c.review_interval_months.into())]) }
                        if c.named_contact_person { { "; " }{ i18n.t("org-settings-named-contact") } }
                    </li>
                }) }
            </ul>
            <h4>{ i18n.t("org-settings-idle-lock") }</h4>
            <p id="org-settings-idle">
                { i18n.t_with("org-settings-idle-minutes", &[
                    ("minutes", minutes(s.idle_lock.seconds).into()),
                    ("appointment", minutes(s.idle_lock.appointment_seconds).into()),
                ]) }
            </p>
            <h4>{ i18n.t("org-settings-custodians") }</h4>
            <dl class="facts" id="org-settings-custodians">
                <dt>{ i18n.t("register-health-care") }</dt><dd>{ custodian(&i18n, &s.custodians.health_care) }</dd>
                <dt>{ i18n.t("register-social-welfare") }</dt><dd>{ custodian(&i18n, &s.custodians.social_welfare) }</dd>
            </dl>
            <h4>{ i18n.t("org-settings-statement") }</h4>
            <ul class="plain-list" id="org-settings-statement">
                <li lang="fi">{ &s.client_experience_statement.fi }</li>
                <li lang="sv">{ &s.client_experience_statement.sv }</li>
                <li lang="en">{ &s.client_experience_statement.en }</li>
            </ul>
            <form class="directory-form" onsubmit={on_import}>
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("org-settings-file") }</span>
                    <input type="file" id="settings-file" accept=".json,application/json" ref={input} />
                </label>
                <ErrorNotice id="settings-error" message={(*error).clone()} />
                if !problems.is_empty() {
                    <ul class="directory-problems" id="settings-problems">
                        { for problems.iter().map(|p| html! { <li>{ p }</li> }) }
                    </ul>
                }
                if *imported {
                    <p class="notice notice-info" id="settings-imported" role="status">{ i18n.t("org-settings-imported") }</p>
                }
                <button id="import-settings" class="hds-button hds-button--secondary" type="submit">
                    { i18n.t("org-settings-import") }
                </button>
            </form>
        </section>
    }
}
