//! The root component: which screen the app is on follows from the shell's
//! [`AppStatus`], so a lock anywhere lands on the unlock screen.

use kohtaamo_model::api::{ApiError, AppStatus};
use yew::prelude::*;

use crate::api::{call, read, NoArgs};
use crate::errors::api_error;
use crate::i18n::{use_i18n, I18nProvider};
use crate::privacy::{use_curtain_triggers, use_idle_lock, AppointmentRunning};
use crate::screens::people::profile_setup::ProfileSetup;
use crate::screens::{curtain::Curtain, unlock::Unlock, welcome::Welcome, workspace::Workspace};
use crate::top_bar::TopBar;

#[function_component(App)]
pub fn app() -> Html {
    html! {
        <I18nProvider>
            <Shell />
        </I18nProvider>
    }
}

#[function_component(Shell)]
fn shell() -> Html {
    let i18n = use_i18n();
    let status = use_state(|| None::<AppStatus>);
    let failure = use_state(|| None::<ApiError>);
    {
        let status = status.clone();
        let failure = failure.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match read::<_, AppStatus>("app_status", &NoArgs {}).await {
                    Ok(s) => status.set(Some(s)),
                    Err(e) => failure.set(Some(e)),
                }
            });
        });
    }
    let curtain = use_state(|| false);
    let idle_locked = use_state(|| false);
    let on_status = {
        let (status, curtain, idle_locked) = (status.clone(), curtain.clone(), idle_locked.clone());
        Callback::from(move |s: AppStatus| {
            if !s.unlocked {
                // Locked: the unlock screen shows nothing to hide.
                curtain.set(false);
            } else {
                idle_locked.set(false);
            }
            status.set(Some(s))
        })
    };
    let unlocked = status.as_ref().is_some_and(|s| s.unlocked);
    let hide = {
        let curtain = curtain.clone();
        Callback::from(move |()| curtain.set(true))
    };
    let lift = {
        let curtain = curtain.clone();
        Callback::from(move |()| curtain.set(false))
    };
    use_curtain_triggers(unlocked, hide.clone());
    let appointment_running = use_state(|| false);
    let idle_limit = match &*status {
        Some(s) if *appointment_running => s.appointment_idle_lock_seconds,
        Some(s) => s.idle_lock_seconds,
        None => kohtaamo_model::api::DEFAULT_IDLE_LOCK_SECONDS,
    };
    let running_flag = {
        let appointment_running = appointment_running.clone();
        AppointmentRunning(Callback::from(move |running| {
            appointment_running.set(running)
        }))
    };
    let on_idle = {
        let (on_status, idle_locked) = (on_status.clone(), idle_locked.clone());
        Callback::from(move |()| {
            let (on_status, idle_locked) = (on_status.clone(), idle_locked.clone());
            wasm_bindgen_futures::spawn_local(async move {
                crate::saving::settle().await;
                let args = crate::api::LockArgs { idle: true };
                if let Ok(status) = call::<_, AppStatus>("lock_store", &args).await {
                    idle_locked.set(true);
                    on_status.emit(status);
                }
            });
        })
    };
    use_idle_lock(unlocked, idle_limit, on_idle);
    crate::heartbeat::use_heartbeat(unlocked, *appointment_running, idle_limit);

    let body = match (&*status, &*failure) {
        (_, Some(error)) => html! {
            <p class="notice notice-error" role="alert">{ api_error(&i18n, error) }</p>
        },
        (None, None) => html! { <p class="loading">{ i18n.t("loading") }</p> },
        (Some(s), None) if s.unlocked && *curtain => html! { <Curtain on_lift={lift} /> },
        // Client work waits for the owner's profile: what is recorded is theirs.
        (Some(s), None) if s.unlocked && s.owner.is_none() => html! {
            <ProfileSetup on_status={on_status.clone()} />
        },
        (Some(s), None) if s.unlocked => html! {
            <Workspace on_status={on_status.clone()} />
        },
        (Some(s), None) => match s.selected {
            Some(kind) => html! {
                <Unlock kind={kind} demo_passphrase={s.demo_passphrase.clone()}
                        idle_locked={*idle_locked} pin_resume={s.pin_resume}
                        own_store_exists={s.own_store_exists} on_status={on_status.clone()} />
            },
            None => html! { <Welcome on_status={on_status.clone()} /> },
        },
    };

    html! {
        <ContextProvider<AppointmentRunning> context={running_flag}>
        <div class="app">
            <TopBar status={(*status).clone()} on_status={on_status}
                    curtain_down={*curtain} on_curtain={hide} />
            <main class="app-main" id="main">{ body }</main>
        </div>
        </ContextProvider<AppointmentRunning>>
    }
}
