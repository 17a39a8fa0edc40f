//! IPC commands: each one takes the session lock, calls the store, and
//! translates errors. They are `async` so that key derivation (about half a
//! second) runs off the main thread and the window stays responsive.

use std::sync::{Mutex, MutexGuard};

use kohtaamo_model::api::{
    ApiError, AppStatus, SaveAppointment, SaveAssessment, SaveClientship, SaveConsent, SavePlan,
    SegmentAnswers, StartClientship, StoreKind,
};
use kohtaamo_model::case::stored::Case;
use kohtaamo_model::{Client, ClientId, ClientSummary, NewClient};
use kohtaamo_store::Purpose;
use tauri::State;

use crate::errors::to_api;
use crate::session::Session;

type Shared<'a> = State<'a, Mutex<Session>>;

fn session<'a>(state: &'a Shared<'_>) -> Result<MutexGuard<'a, Session>, ApiError> {
    state.lock().map_err(|_| ApiError::Internal {
        detail: "the session lock was poisoned by an earlier failure".into(),
    })
}

#[tauri::command]
pub async fn app_status(state: Shared<'_>) -> Result<AppStatus, ApiError> {
    Ok(session(&state)?.status())
}

#[tauri::command]
pub async fn choose_store(
    state: Shared<'_>,
    kind: Option<StoreKind>,
) -> Result<AppStatus, ApiError> {
    let mut session = session(&state)?;
    session.choose(kind)?;
    Ok(session.status())
}

#[tauri::command]
pub async fn create_store(state: Shared<'_>, passphrase: String) -> Result<AppStatus, ApiError> {
    let mut session = session(&state)?;
    session.create_own(&passphrase)?;
    Ok(session.status())
}

#[tauri::command]
pub async fn unlock_store(
    state: Shared<'_>,
    passphrase: String,
    pin: Option<String>,
) -> Result<AppStatus, ApiError> {
    let mut session = session(&state)?;
    session.unlock(&passphrase, pin.as_deref().filter(|p| !p.is_empty()))?;
    Ok(session.status())
}

/// Reopens the store with the quick-resume PIN after an idle lock.
#[tauri::command]
pub async fn resume_store(state: Shared<'_>, pin: String) -> Result<AppStatus, ApiError> {
    let mut session = session(&state)?;
    session.resume(&pin)?;
    Ok(session.status())
}

/// Locks the store; `idle` says the UI locked it for inactivity, which
/// keeps a quick resume with the PIN possible.
#[tauri::command]
pub async fn lock_store(state: Shared<'_>, idle: Option<bool>) -> Result<AppStatus, ApiError> {
    let mut session = session(&state)?;
    session.lock_for(idle.unwrap_or(false));
    Ok(session.status())
}

/// With an empty query, this is the client list.
#[tauri::command]
pub async fn search_clients(
    state: Shared<'_>,
    query: String,
) -> Result<Vec<ClientSummary>, ApiError> {
    session(&state)?
        .store()?
        .search_clients(&query, Purpose::Care)
        .map_err(to_api)
}

#[tauri::command]
pub async fn add_client(state: Shared<'_>, client: NewClient) -> Result<Client, ApiError> {
    let valid = client.validate().map_err(ApiError::InvalidClient)?;
    session(&state)?
        .store()?
        .add_client(&valid, Purpose::Care)
        .map_err(to_api)
}

#[tauri::command]
pub async fn get_client(state: Shared<'_>, id: ClientId) -> Result<Client, ApiError> {
    session(&state)?
        .store()?
        .get_client(id, Purpose::Care)
        .map_err(to_api)
}

/// A client's whole case, as the client page shows it.
#[tauri::command]
pub async fn open_case(state: Shared<'_>, client: ClientId) -> Result<Case, ApiError> {
    session(&state)?
        .store()?
        .open_case(client, Purpose::Care)
        .map_err(to_api)
}

#[tauri::command]
pub async fn start_clientship(
    state: Shared<'_>,
    request: StartClientship,
) -> Result<Case, ApiError> {
    let mut session = session(&state)?;
    let store = session.store()?;
    store
        .start_clientship(&request, Purpose::Care)
        .map_err(to_api)?;
    store
        .open_case(request.client, Purpose::Care)
        .map_err(to_api)
}

#[tauri::command]
pub async fn assess_segment(state: Shared<'_>, answers: SegmentAnswers) -> Result<Case, ApiError> {
    let mut session = session(&state)?;
    let store = session.store()?;
    store
        .assess_segment(&answers, Purpose::JointAppointment)
        .map_err(to_api)?;
    store
        .open_case(answers.client, Purpose::JointAppointment)
        .map_err(to_api)
}

/// Saves a plan version: the first draft, or a change to the one the UI
/// read (refused if it changed since, or if it was agreed).
#[tauri::command]
pub async fn save_plan(state: Shared<'_>, request: SavePlan) -> Result<Case, ApiError> {
    let mut session = session(&state)?;
    let store = session.store()?;
    match request.id {
        None => store
            .insert_record(request.client, &request.plan, Purpose::JointAppointment)
            .map(drop),
        Some(id) => store
            .update_record(
                id,
                request.revision,
                &request.plan,
                Purpose::JointAppointment,
            )
            .map(drop),
    }
    .map_err(to_api)?;
    store
        .open_case(request.client, Purpose::JointAppointment)
        .map_err(to_api)
}

/// A new draft from the agreed plan.
#[tauri::command]
pub async fn revise_plan(state: Shared<'_>, client: ClientId) -> Result<Case, ApiError> {
    let mut session = session(&state)?;
    let store = session.store()?;
    store
        .revise_plan(client, Purpose::JointAppointment)
        .map_err(to_api)?;
    store
        .open_case(client, Purpose::JointAppointment)
        .map_err(to_api)
}

/// Saves a joint appointment: started, a note added, ended.
#[tauri::command]
pub async fn save_appointment(
    state: Shared<'_>,
    request: SaveAppointment,
) -> Result<Case, ApiError> {
    let mut session = session(&state)?;
    let store = session.store()?;
    match request.id {
        None => store
            .insert_record(
                request.client,
                &request.appointment,
                Purpose::JointAppointment,
            )
            .map(drop),
        Some(id) => store
            .update_record(
                id,
                request.revision,
                &request.appointment,
                Purpose::JointAppointment,
            )
            .map(drop),
    }
    .map_err(to_api)?;
    store
        .open_case(request.client, Purpose::JointAppointment)
        .map_err(to_api)
}

/// Saves the holistic assessment.
#[tauri::command]
pub async fn save_assessment(state: Shared<'_>, request: SaveAssessment) -> Result<Case, ApiError> {
    let mut session = session(&state)?;
    let store = session.store()?;
    match request.id {
        None => store
            .insert_record(
                request.client,
                &request.assessment,
                Purpose::JointAppointment,
            )
            .map(drop),
        Some(id) => store
            .update_record(
                id,
                request.revision,
                &request.assessment,
                Purpose::JointAppointment,
            )
            .map(drop),
    }
    .map_err(to_api)?;
    store
        .open_case(request.client, Purpose::JointAppointment)
        .map_err(to_api)
}

/// Saves a change to the joint clientship (its team, "whom to contact").
#[tauri::command]
pub async fn save_clientship(state: Shared<'_>, request: SaveClientship) -> Result<Case, ApiError> {
    let mut session = session(&state)?;
    let store = session.store()?;
    store
        .update_record(
            request.id,
            request.revision,
            &request.clientship,
            Purpose::Care,
        )
        .map_err(to_api)?;
    store
        .open_case(request.client, Purpose::Care)
        .map_err(to_api)
}

/// Records a consent, or withdraws one.
#[tauri::command]
pub async fn save_consent(state: Shared<'_>, request: SaveConsent) -> Result<Case, ApiError> {
    let mut session = session(&state)?;
    let store = session.store()?;
    match request.id {
        None => store
            .insert_record(request.client, &request.consent, Purpose::Care)
            .map(drop),
        Some(id) => store
            .update_record(id, request.revision, &request.consent, Purpose::Care)
            .map(drop),
    }
    .map_err(to_api)?;
    store
        .open_case(request.client, Purpose::Care)
        .map_err(to_api)
}

/// Closes the window once the UI has saved what was typed (see
/// `window::open`, which holds the first close request back for this).
#[tauri::command]
pub fn close_window(window: tauri::WebviewWindow) -> Result<(), ApiError> {
    window.destroy().map_err(|e| ApiError::Internal {
        detail: e.to_string(),
    })
}
