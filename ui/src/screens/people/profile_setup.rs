//! Who I am: asked right after a store is made, and at the next unlock of a
//! store that lacks it. Client work waits for it, because everything
//! recorded is written by the owner, into the owner's register. A store
//! that already knows its team (the demo) lets one choose oneself from it.

use kohtaamo_model::api::{AppStatus, SaveProfile};
use kohtaamo_model::case::professional::{Professional, ProfessionalId};
use serde::Serialize;
use yew::prelude::*;

use crate::api::{call, read, NoArgs};
use crate::errors::api_error;
use crate::i18n::use_i18n;
use crate::labels;
use crate::screens::people::professional_form::ProfessionalForm;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_status: Callback<AppStatus>,
}

#[derive(Serialize)]
struct ProfileArgs {
    request: SaveProfile,
}

#[derive(Serialize)]
struct ChooseArgs {
    professional: ProfessionalId,
}

#[function_component(ProfileSetup)]
pub fn profile_setup(props: &Props) -> Html {
    let i18n = use_i18n();
    let known = use_state(Vec::<(ProfessionalId, Professional)>::new);
    let error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    {
        let known = known.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(list) =
                    read::<_, Vec<(ProfessionalId, Professional)>>("professionals", &NoArgs {})
                        .await
                {
                    known.set(list);
                }
            });
        });
    }
    let save = {
        let (error, busy, on_status, i18n) = (
            error.clone(),
            busy.clone(),
            props.on_status.clone(),
            i18n.clone(),
        );
        Callback::from(move |profile: Professional| {
            let (error, busy, on_status, i18n) =
                (error.clone(), busy.clone(), on_status.clone(), i18n.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let args = ProfileArgs {
                    request: SaveProfile { profile },
                };
                let result = call::<_, AppStatus>("save_profile", &args).await;
                busy.set(false);
                match result {
                    Ok(status) => on_status.emit(status),
                    Err(e) => error.set(Some(api_error(&i18n, &e))),
                }
            });
        })
    };
    let choose = |id: ProfessionalId| {
        let (error, on_status, i18n) = (error.clone(), props.on_status.clone(), i18n.clone());
        Callback::from(move |_: MouseEvent| {
            let (error, on_status, i18n) = (error.clone(), on_status.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let args = ChooseArgs { professional: id };
                match call::<_, AppStatus>("choose_owner", &args).await {
                    Ok(status) => on_status.emit(status),
                    Err(e) => error.set(Some(api_error(&i18n, &e))),
                }
            });
        })
    };
    let choices: Vec<_> = known
        .iter()
        .filter(|(_, p)| !p.retired && p.sector.register().is_some())
        .collect();
    html! {
        <section class="profile-setup" aria-labelledby="profile-title">
            <h1 id="profile-title">{ i18n.t("profile-setup-title") }</h1>
            <p class="lead">{ i18n.t("profile-setup-lead") }</p>
            if !choices.is_empty() {
                <div class="card profile-choices">
                    <h2>{ i18n.t("profile-choose-title") }</h2>
                    <ul class="plain-list">
                        { for choices.iter().map(|(id, p)| html! {
                            <li>
                                <button class="hds-button hds-button--secondary choose-owner"
                                        data-professional-id={id.0.to_string()} onclick={choose(*id)}>
                                    { i18n.t_with("profile-choose", &[("name", p.name.clone().into())]) }
                                </button>
                                { " " }{ labels::role_name(&i18n, &p.role) }{ ", " }{ labels::sector_name(&i18n, p.sector) }
                            </li>
                        }) }
                    </ul>
                </div>
            }
            <div class="card">
                <h2>{ if choices.is_empty() { i18n.t("profile-form-title") } else { i18n.t("profile-form-title-or") } }</h2>
                <ProfessionalForm id="profile" owner=true submit_label={i18n.t("profile-save")}
                                  on_submit={save} error={(*error).clone()} busy={*busy} />
            </div>
        </section>
    }
}
