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
use tauri::{AppHandle, State};

use crate::client_window;
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
pub async fn lock_store(
    app: AppHandle,
    state: Shared<'_>,
    idle: Option<bool>,
) -> Result<AppStatus, ApiError> {
    let mut session = session(&state)?;
    session.lock_for(idle.unwrap_or(false));
    client_window::close(&app);
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
    app: AppHandle,
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
        .inspect(|_| client_window::case_changed(&app))
}

#[tauri::command]
pub async fn assess_segment(
    app: AppHandle,
    state: Shared<'_>,
    answers: SegmentAnswers,
) -> Result<Case, ApiError> {
    let mut session = session(&state)?;
    let store = session.store()?;
    store
        .assess_segment(&answers, Purpose::JointAppointment)
        .map_err(to_api)?;
    store
        .open_case(answers.client, Purpose::JointAppointment)
        .map_err(to_api)
        .inspect(|_| client_window::case_changed(&app))
}

/// Saves a plan version: the first draft, or a change to the one the UI
/// read (refused if it changed since, or if it was agreed).
#[tauri::command]
pub async fn save_plan(
    app: AppHandle,
    state: Shared<'_>,
    request: SavePlan,
) -> Result<Case, ApiError> {
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
        .inspect(|_| client_window::case_changed(&app))
}

/// A new draft from the agreed plan.
#[tauri::command]
pub async fn revise_plan(
    app: AppHandle,
    state: Shared<'_>,
    client: ClientId,
) -> Result<Case, ApiError> {
    let mut session = session(&state)?;
    let store = session.store()?;
    store
        .revise_plan(client, Purpose::JointAppointment)
        .map_err(to_api)?;
    store
        .open_case(client, Purpose::JointAppointment)
        .map_err(to_api)
        .inspect(|_| client_window::case_changed(&app))
}

/// Saves a joint appointment: started, a note added, ended.
#[tauri::command]
pub async fn save_appointment(
    app: AppHandle,
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
        .inspect(|_| client_window::case_changed(&app))
}

/// Saves the holistic assessment.
#[tauri::command]
pub async fn save_assessment(
    app: AppHandle,
    state: Shared<'_>,
    request: SaveAssessment,
) -> Result<Case, ApiError> {
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
        .inspect(|_| client_window::case_changed(&app))
}

/// Saves a change to the joint clientship (its team, "whom to contact").
#[tauri::command]
pub async fn save_clientship(
    app: AppHandle,
    state: Shared<'_>,
    request: SaveClientship,
) -> Result<Case, ApiError> {
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
        .inspect(|_| client_window::case_changed(&app))
}

/// Records a consent, or withdraws one.
#[tauri::command]
pub async fn save_consent(
    app: AppHandle,
    state: Shared<'_>,
    request: SaveConsent,
) -> Result<Case, ApiError> {
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
        .inspect(|_| client_window::case_changed(&app))
}

/// Closes the window once the UI has saved what was typed (see
/// `window::open`, which holds the first close request back for this).
#[tauri::command]
pub fn close_window(window: tauri::WebviewWindow) -> Result<(), ApiError> {
    window.destroy().map_err(|e| ApiError::Internal {
        detail: e.to_string(),
    })
}

/// Shows `client`'s case in the client window (see [`client_window`]).
#[tauri::command]
pub async fn open_client_window(
    app: AppHandle,
    state: Shared<'_>,
    data: State<'_, client_window::WebviewData>,
    client: ClientId,
) -> Result<(), ApiError> {
    let mut session = session(&state)?;
    // Only with the store open, and only a client it has.
    session
        .store()?
        .get_client(client, Purpose::Care)
        .map_err(to_api)?;
    session.share(client);
    client_window::open(&app, data.0.clone()).map_err(|e| ApiError::Internal {
        detail: format!("the client window could not be opened: {e}"),
    })
}

#[tauri::command]
pub async fn close_client_window(app: AppHandle, state: Shared<'_>) -> Result<(), ApiError> {
    session(&state)?.unshare();
    client_window::close(&app);
    Ok(())
}

/// The shared client's case as the shared screen may hold it: the one
/// command the client window may call.
#[tauri::command]
pub async fn shared_case(state: Shared<'_>) -> Result<Case, ApiError> {
    let mut session = session(&state)?;
    let client = session.shared().ok_or(ApiError::ClientNotFound)?;
    let case = session
        .store()?
        .open_case(client, Purpose::JointAppointment)
        .map_err(to_api)?;
    Ok(case.for_shared_screen(chrono::Local::now().date_naive()))
}
