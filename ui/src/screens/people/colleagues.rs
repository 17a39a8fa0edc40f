//! The settings: the owner's own profile and the people the owner works
//! with. A colleague who leaves is retired, not removed: earlier records
//! still name them, and they are no longer offered for a team.

use kohtaamo_model::api::{AppStatus, SaveProfessional, SaveProfile};
use kohtaamo_model::case::professional::{Professional, ProfessionalId};
use serde::Serialize;
use yew::prelude::*;

use crate::api::{call, read, NoArgs};
use crate::errors::api_error;
use crate::i18n::use_i18n;
use crate::labels;
use crate::screens::people::directory_import::DirectoryImport;
use crate::screens::people::organisation_settings::OrganisationSettingsView;
use crate::screens::people::organisations::Organisations;
use crate::screens::people::professional_form::ProfessionalForm;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_status: Callback<AppStatus>,
    pub on_close: Callback<()>,
}

type People = Vec<(ProfessionalId, Professional)>;

#[derive(Serialize)]
struct SaveArgs {
    request: SaveProfessional,
}

#[derive(Serialize)]
struct ProfileArgs {
    request: SaveProfile,
}

/// Which form is open: none, the owner's profile, a new colleague, or one
/// colleague's.
#[derive(Clone, Copy, PartialEq)]
enum Editing {
    Nothing,
    Profile,
    New,
    Colleague(ProfessionalId),
}

#[function_component(Colleagues)]
pub fn colleagues(props: &Props) -> Html {
    let i18n = use_i18n();
    let people = use_state(|| None::<People>);
    let owner = use_state(|| None::<ProfessionalId>);
    let editing = use_state(|| Editing::Nothing);
    let error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    // Read again after a directory import.
    let reload = use_state(|| 0u32);
    {
        let (people, owner) = (people.clone(), owner.clone());
        use_effect_with(*reload, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(list) = read::<_, People>("professionals", &NoArgs {}).await {
                    people.set(Some(list));
                }
                if let Ok(status) = read::<_, AppStatus>("app_status", &NoArgs {}).await {
                    owner.set(status.owner.map(|(id, _)| id));
                }
            });
        });
    }
    // Saves a colleague (new with `id` None); the answer is everyone.
    let save = {
        let (people, editing, error, busy, i18n) = (
            people.clone(),
            editing.clone(),
            error.clone(),
            busy.clone(),
            i18n.clone(),
        );
        move |id: Option<ProfessionalId>, professional: Professional| {
            let (people, editing, error, busy, i18n) = (
                people.clone(),
                editing.clone(),
                error.clone(),
                busy.clone(),
                i18n.clone(),
            );
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let args = SaveArgs {
                    request: SaveProfessional { id, professional },
                };
                let result = call::<_, People>("save_professional", &args).await;
                busy.set(false);
                match result {
                    Ok(list) => {
                        error.set(None);
                        editing.set(Editing::Nothing);
                        people.set(Some(list));
                    }
                    Err(e) => error.set(Some(api_error(&i18n, &e))),
                }
            });
        }
    };
    let save_profile = {
        let (people, editing, error, busy, i18n, on_status) = (
            people.clone(),
            editing.clone(),
            error.clone(),
            busy.clone(),
            i18n.clone(),
            props.on_status.clone(),
        );
        Callback::from(move |profile: Professional| {
            let (people, editing, error, busy, i18n, on_status) = (
                people.clone(),
                editing.clone(),
                error.clone(),
                busy.clone(),
                i18n.clone(),
                on_status.clone(),
            );
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let args = ProfileArgs {
                    request: SaveProfile { profile },
                };
                let result = call::<_, AppStatus>("save_profile", &args).await;
                busy.set(false);
                match result {
                    Ok(status) => {
                        error.set(None);
                        editing.set(Editing::Nothing);
                        if let Ok(list) = read::<_, People>("professionals", &NoArgs {}).await {
                            people.set(Some(list));
                        }
                        on_status.emit(status);
                    }
                    Err(e) => error.set(Some(api_error(&i18n, &e))),
                }
            });
        })
    };
    let open = |what: Editing| {
        let (editing, error) = (editing.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            error.set(None);
            editing.set(what);
        })
    };
    let cancel = {
        let (editing, error) = (editing.clone(), error.clone());
        Callback::from(move |()| {
            error.set(None);
            editing.set(Editing::Nothing);
        })
    };
    let on_close = {
        let close = props.on_close.clone();
        Callback::from(move |_| close.emit(()))
    };
    let on_imported = {
        let reload = reload.clone();
        Callback::from(move |()| reload.set(*reload + 1))
    };

    let Some(list) = &*people else {
        return html! { <p class="muted">{ i18n.t("loading") }</p> };
    };
    let me = list.iter().find(|(id, _)| Some(*id) == *owner);
    let others: Vec<_> = list.iter().filter(|(id, _)| Some(*id) != *owner).collect();

    html! {
        <section class="settings" id="settings" aria-labelledby="settings-title">
            <div class="settings-head">
                <h2 id="settings-title">{ i18n.t("settings-title") }</h2>
                <button id="close-settings" class="hds-button hds-button--secondary" onclick={on_close}>
                    { i18n.t("settings-close") }
                </button>
            </div>
            <section class="card settings-block" id="own-profile" aria-labelledby="own-profile-title">
                <h3 id="own-profile-title">{ i18n.t("settings-profile") }</h3>
                if let Some((_, p)) = me {
                    if *editing == Editing::Profile {
                        <ProfessionalForm id="edit-profile" owner=true initial={Some(p.clone())}
                                          submit_label={i18n.t("profile-save")} on_submit={save_profile}
                                          on_cancel={Some(cancel.clone())} error={(*error).clone()} busy={*busy} />
                    } else {
                        <p><strong id="own-name">{ &p.name }</strong>{ " — " }{ labels::professional_details(&i18n, p) }</p>
                        <button id="edit-own-profile" class="hds-button hds-button--secondary"
                                onclick={open(Editing::Profile)}>{ i18n.t("settings-profile-edit") }</button>
                    }
                }
            </section>
            <section class="card settings-block" id="colleagues" aria-labelledby="colleagues-title">
                <h3 id="colleagues-title">{ i18n.t("colleagues-title") }</h3>
                <p class="muted">{ i18n.t("colleagues-help") }</p>
                if others.is_empty() {
                    <p class="muted" id="no-colleagues">{ i18n.t("colleagues-none") }</p>
                }
                <ul class="colleague-list" id="colleague-list">
                    { for others.iter().map(|(id, p)| {
                        let id = *id;
                        let retire = {
                            let save = save.clone();
                            let mut changed = p.clone();
                            changed.retired = !p.retired;
                            Callback::from(move |_: MouseEvent| save(Some(id), changed.clone()))
                        };
                        if *editing == Editing::Colleague(id) {
                            let save = save.clone();
                            html! {
                                <li class="colleague editing" key={id.0.to_string()}>
                                    <ProfessionalForm id={format!("colleague-{}", id.0)} initial={Some(p.clone())}
                                                      submit_label={i18n.t("colleague-save")}
                                                      on_submit={Callback::from(move |p| save(Some(id), p))}
                                                      on_cancel={Some(cancel.clone())} error={(*error).clone()} busy={*busy} />
                                </li>
                            }
                        } else {
                            html! {
                                <li class={classes!("colleague", p.retired.then_some("retired"))} key={id.0.to_string()}
                                    data-professional-id={id.0.to_string()}>
                                    <span class="colleague-text">
                                        <strong class="colleague-name">{ &p.name }</strong>{ " — " }{ labels::professional_details(&i18n, p) }
                                        if p.retired {
                                            { " " }<span class="hds-tag">{ i18n.t("colleague-retired") }</span>
                                        }
                                    </span>
                                    <span class="colleague-actions">
                                        <button class="hds-button hds-button--supplementary hds-button--small edit-colleague"
                                                aria-label={i18n.t_with("colleague-edit-named", &[("name", p.name.clone().into())])}
                                                onclick={open(Editing::Colleague(id))}>{ i18n.t("colleague-edit") }</button>
                                        <button class="hds-button hds-button--supplementary hds-button--small retire-colleague"
                                                onclick={retire}>
                                            { if p.retired { i18n.t("colleague-restore") } else { i18n.t("colleague-retire") } }
                                        </button>
                                    </span>
                                </li>
                            }
                        }
                    }) }
                </ul>
                if *editing == Editing::New {
                    <h4>{ i18n.t("colleague-new-title") }</h4>
                    <ProfessionalForm id="new-colleague" submit_label={i18n.t("colleague-add")}
                                      on_submit={Callback::from(move |p| save(None, p))}
                                      on_cancel={Some(cancel.clone())} error={(*error).clone()} busy={*busy} />
                } else {
                    <button id="add-colleague" class="hds-button hds-button--primary" onclick={open(Editing::New)}>
                        { i18n.t("colleague-add") }
                    </button>
                }
            </section>
            <Organisations reload={*reload} />
            <DirectoryImport on_imported={on_imported} />
            <OrganisationSettingsView on_status={props.on_status.clone()} />
            <crate::screens::people::instruments::InstrumentsView />
            <crate::screens::backup::section::BackupSection />
        </section>
    }
}
