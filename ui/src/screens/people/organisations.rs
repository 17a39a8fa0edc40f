//! The third-sector organisations the owner works with, in the settings:
//! added by hand or from the directory file, retired when the work ends.
//! A client's team takes its organisations from here.

use kohtaamo_model::api::SaveOrganisation;
use kohtaamo_model::case::organisation::{Organisation, OrganisationId};
use serde::Serialize;
use yew::prelude::*;

use crate::api::{call, read, NoArgs};
use crate::errors::{api_error, rule_error};
use crate::i18n::use_i18n;
use crate::screens::case::{form_value, LiveText};
use crate::screens::error_notice::ErrorNotice;

type Known = Vec<(OrganisationId, Organisation)>;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Changes when the list should be read again (after an import).
    pub reload: u32,
}

#[derive(Serialize)]
struct SaveArgs {
    request: SaveOrganisation,
}

#[function_component(Organisations)]
pub fn organisations(props: &Props) -> Html {
    let i18n = use_i18n();
    let known = use_state(|| None::<Known>);
    let error = use_state(|| None::<String>);
    // The organisation whose name and contact are being edited.
    let editing = use_state(|| None::<OrganisationId>);
    {
        let known = known.clone();
        use_effect_with(props.reload, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(list) = read::<_, Known>("organisations", &NoArgs {}).await {
                    known.set(Some(list));
                }
            });
        });
    }
    let save = {
        let (known, error, i18n, editing) =
            (known.clone(), error.clone(), i18n.clone(), editing.clone());
        move |id: Option<OrganisationId>, organisation: Organisation| {
            let (known, error, i18n, editing) =
                (known.clone(), error.clone(), i18n.clone(), editing.clone());
            if let Err(e) = organisation.clone().trimmed().validate() {
                error.set(Some(rule_error(&i18n, &e.into())));
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let args = SaveArgs {
                    request: SaveOrganisation { id, organisation },
                };
                match call::<_, Known>("save_organisation", &args).await {
                    Ok(list) => {
                        error.set(None);
                        editing.set(None);
                        known.set(Some(list));
                    }
                    Err(e) => error.set(Some(api_error(&i18n, &e))),
                }
            });
        }
    };
    let add = {
        let save = save.clone();
        Callback::from(move |e: SubmitEvent| {
            let Some(form) = crate::screens::case::submitted_form(&e) else {
                return;
            };
            save(
                None,
                Organisation {
                    name: form_value(&form, "#new-organisation-name"),
                    contact: form_value(&form, "#new-organisation-contact"),
                    retired: false,
                    directory_key: None,
                },
            );
            form.reset();
        })
    };
    let list = (*known).clone().unwrap_or_default();
    html! {
        <section class="card settings-block" id="known-organisations" aria-labelledby="known-organisations-title">
            <h3 id="known-organisations-title">{ i18n.t("organisations-title") }</h3>
            if list.is_empty() {
                <p class="muted" id="no-organisations">{ i18n.t("organisations-none") }</p>
            }
            <ul class="colleague-list" id="organisation-list">
                { for list.iter().map(|(id, o)| {
                    if *editing == Some(*id) {
                        let (save, id, before) = (save.clone(), *id, o.clone());
                        let on_edit = Callback::from(move |e: SubmitEvent| {
                            let Some(form) = crate::screens::case::submitted_form(&e) else {
                return;
            };
                            save(Some(id), Organisation {
                                name: form_value(&form, ".edit-organisation-name"),
                                contact: form_value(&form, ".edit-organisation-contact"),
                                ..before.clone()
                            });
                        });
                        let cancel = { let editing = editing.clone(); Callback::from(move |_: MouseEvent| editing.set(None)) };
                        return html! {
                            <li class="colleague editing" key={id.0.to_string()}>
                                <form class="inline-form" onsubmit={on_edit}>
                                    <label class="field hds-text-input">
                                        <span class="hds-text-input__label">{ i18n.t("team-organisation-name") }</span>
                                        <LiveText class="hds-text-input__input edit-organisation-name" value={o.name.clone()} />
                                    </label>
                                    <label class="field hds-text-input">
                                        <span class="hds-text-input__label">{ i18n.t("team-organisation-contact") }</span>
                                        <LiveText class="hds-text-input__input edit-organisation-contact" value={o.contact.clone()} />
                                    </label>
                                    <button class="hds-button hds-button--primary save-organisation" type="submit">
                                        { i18n.t("colleague-save") }
                                    </button>
                                    <button class="hds-button hds-button--secondary" type="button" onclick={cancel}>
                                        { i18n.t("cancel-button") }
                                    </button>
                                </form>
                            </li>
                        };
                    }
                    let edit = { let (editing, id) = (editing.clone(), *id); Callback::from(move |_: MouseEvent| editing.set(Some(id))) };
                    let retire = {
                        let (save, id) = (save.clone(), *id);
                        let mut changed = o.clone();
                        changed.retired = !o.retired;
                        Callback::from(move |_: MouseEvent| save(Some(id), changed.clone()))
                    };
                    html! {
                        <li class={classes!("colleague", o.retired.then_some("retired"))} key={id.0.to_string()}>
                            <span class="colleague-text">
                                <strong>{ &o.name }</strong>
                                if !o.contact.is_empty() { { " — " }{ &o.contact } }
                                if o.retired { { " " }<span class="hds-tag">{ i18n.t("colleague-retired") }</span> }
                            </span>
                            <span class="colleague-actions">
                                <button class="hds-button hds-button--supplementary hds-button--small edit-organisation"
                                        aria-label={i18n.t_with("colleague-edit-named", &[("name", o.name.clone().into())])}
                                        onclick={edit}>{ i18n.t("colleague-edit") }</button>
                                <button class="hds-button hds-button--supplementary hds-button--small retire-organisation"
                                        onclick={retire}>
                                    { if o.retired { i18n.t("colleague-restore") } else { i18n.t("colleague-retire") } }
                                </button>
                            </span>
                        </li>
                    }
                }) }
            </ul>
            <form class="inline-form" onsubmit={add}>
                <label class="field hds-text-input">
                    <span class="hds-text-input__label">{ i18n.t("team-organisation-name") }</span>
                    <input class="hds-text-input__input" id="new-organisation-name" type="text" />
                </label>
                <label class="field hds-text-input">
                    <span class="hds-text-input__label">{ i18n.t("team-organisation-contact") }</span>
                    <input class="hds-text-input__input" id="new-organisation-contact" type="text" />
                </label>
                <button id="add-known-organisation" class="hds-button hds-button--secondary" type="submit">
                    { i18n.t("team-organisation-add") }
                </button>
            </form>
            <ErrorNotice id="organisation-error" message={(*error).clone()} />
        </section>
    }
}
