//! IPC commands: each one takes the session lock, calls the store, and
//! translates errors. They are `async` so that key derivation (about half a
//! second) runs off the main thread and the window stays responsive.
//!
//! Who wrote a record is never taken from a request: the store stamps every
//! note, assessment entry and consent with its owner (see
//! `kohtaamo_model::case::authorship`). The tests below check that through
//! these very commands.

use std::sync::{Mutex, MutexGuard};

use kohtaamo_model::access::AccessReport;
use kohtaamo_model::api::{
    ApiError, AppStatus, ChangeClientshipStatus, SaveAppointment, SaveAssessment,
    SaveClientExperience, SaveClientship, SaveConsent, SaveMeasure, SaveOrganisation, SavePlan,
    SaveProfessional, SaveProfile, SaveServiceUse, SegmentAnswers, StartClientship, StoreKind,
};
use kohtaamo_model::case::organisation::{Organisation, OrganisationId};
use kohtaamo_model::case::professional::{Professional, ProfessionalId};
use kohtaamo_model::case::stored::Case;
use kohtaamo_model::directory::{parse_directory, DirectoryImported};
use kohtaamo_model::measure::answer::{EnteredBy, MeasureAnswer};
use kohtaamo_model::measure::instrument::Instrument;
use kohtaamo_model::secret::Secret;
use kohtaamo_model::settings::{parse_settings, OrganisationSettings};
use kohtaamo_model::{Client, ClientId, ClientSummary, NewClient};
use kohtaamo_store::records::Record;
use kohtaamo_store::{Purpose, Store};
use tauri::{AppHandle, Emitter, Runtime, State};

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
pub async fn create_store(state: Shared<'_>, passphrase: Secret) -> Result<AppStatus, ApiError> {
    let mut session = session(&state)?;
    session.create_own(passphrase.expose())?;
    Ok(session.status())
}

#[tauri::command]
pub async fn unlock_store(
    state: Shared<'_>,
    passphrase: Secret,
    pin: Option<Secret>,
) -> Result<AppStatus, ApiError> {
    let mut session = session(&state)?;
    let pin = pin.as_ref().filter(|p| !p.is_empty()).map(Secret::expose);
    session.unlock(passphrase.expose(), pin)?;
    Ok(session.status())
}

/// Reopens the store with the quick-resume PIN after an idle lock.
#[tauri::command]
pub async fn resume_store(state: Shared<'_>, pin: Secret) -> Result<AppStatus, ApiError> {
    let mut session = session(&state)?;
    session.resume(pin.expose())?;
    Ok(session.status())
}

/// Locks the store; `idle` says the UI locked it for inactivity, which
/// keeps a quick resume with the PIN possible.
#[tauri::command]
pub async fn lock_store<R: Runtime>(
    app: AppHandle<R>,
    state: Shared<'_>,
    idle: Option<bool>,
) -> Result<AppStatus, ApiError> {
    let mut session = session(&state)?;
    session.lock_for(idle.unwrap_or(false));
    // No client data: which lock it was, for a test run's log.
    eprintln!(
        "kohtaamo: {} the page locked the store (idle: {idle:?})",
        chrono::Utc::now().format("%H:%M:%S%.3f")
    );
    client_window::close(&app);
    Ok(session.status())
}

/// The page is alive (see `watchdog`); `appointment` says a joint
/// appointment is running, when the longer idle limit applies.
#[tauri::command]
pub async fn heartbeat(state: Shared<'_>, appointment: bool) -> Result<(), ApiError> {
    session(&state)?.beat(appointment, std::time::Instant::now());
    Ok(())
}

/// The owner's profile, the first time or changed in the settings.
#[tauri::command]
pub async fn save_profile(state: Shared<'_>, request: SaveProfile) -> Result<AppStatus, ApiError> {
    let mut session = session(&state)?;
    session
        .store()?
        .save_owner_profile(&request.profile)
        .map_err(to_api)?;
    Ok(session.status())
}

/// Makes one of the professionals the store knows its owner (the demo
/// store's ready-made team).
#[tauri::command]
pub async fn choose_owner(
    state: Shared<'_>,
    professional: ProfessionalId,
) -> Result<AppStatus, ApiError> {
    let mut session = session(&state)?;
    session
        .store()?
        .choose_owner(professional)
        .map_err(to_api)?;
    Ok(session.status())
}

/// Everyone the store knows, retired people included.
#[tauri::command]
pub async fn professionals(
    state: Shared<'_>,
) -> Result<Vec<(ProfessionalId, Professional)>, ApiError> {
    session(&state)?.store()?.professionals().map_err(to_api)
}

/// Adds or changes a colleague (retiring one is a change); answers with
/// everyone the store knows.
#[tauri::command]
pub async fn save_professional(
    state: Shared<'_>,
    request: SaveProfessional,
) -> Result<Vec<(ProfessionalId, Professional)>, ApiError> {
    let mut session = session(&state)?;
    let store = session.client_work()?;
    match request.id {
        None => store.add_professional(&request.professional).map(drop),
        Some(id) => store.update_professional(id, &request.professional),
    }
    .map_err(to_api)?;
    store.professionals().map_err(to_api)
}

/// Imports the organisation's directory file, given as its text (the page
/// reads the file the person chose). Every bad entry is named and nothing
/// is imported while any is bad.
#[tauri::command]
pub async fn import_directory(
    state: Shared<'_>,
    text: String,
) -> Result<DirectoryImported, ApiError> {
    let directory =
        parse_directory(&text).map_err(|errors| ApiError::DirectoryInvalid { errors })?;
    session(&state)?
        .client_work()?
        .import_directory(&directory)
        .map_err(to_api)
}

/// The organisation's settings in force.
#[tauri::command]
pub async fn organisation_settings(state: Shared<'_>) -> Result<OrganisationSettings, ApiError> {
    session(&state)?
        .store()?
        .organisation_settings()
        .map_err(to_api)
}

/// Imports the organisation's settings file, given as its text. A file with
/// any bad field changes nothing, and every bad field is named.
#[tauri::command]
pub async fn import_settings(state: Shared<'_>, text: String) -> Result<AppStatus, ApiError> {
    let settings =
        parse_settings(&text).map_err(|problems| ApiError::SettingsInvalid { problems })?;
    let mut session = session(&state)?;
    session
        .client_work()?
        .save_organisation_settings(&settings)
        .map_err(to_api)?;
    Ok(session.status())
}

/// The third-sector organisations the store knows.
#[tauri::command]
pub async fn organisations(
    state: Shared<'_>,
) -> Result<Vec<(OrganisationId, Organisation)>, ApiError> {
    session(&state)?.store()?.organisations().map_err(to_api)
}

/// Adds or changes an organisation (retiring one is a change).
#[tauri::command]
pub async fn save_organisation(
    state: Shared<'_>,
    request: SaveOrganisation,
) -> Result<Vec<(OrganisationId, Organisation)>, ApiError> {
    let mut session = session(&state)?;
    let store = session.client_work()?;
    match request.id {
        None => store.add_organisation(&request.organisation).map(drop),
        Some(id) => store.update_organisation(id, &request.organisation),
    }
    .map_err(to_api)?;
    store.organisations().map_err(to_api)
}

/// With an empty query, this is the client list.
#[tauri::command]
pub async fn search_clients(
    state: Shared<'_>,
    query: String,
) -> Result<Vec<ClientSummary>, ApiError> {
    session(&state)?
        .client_work()?
        .search_clients(&query, Purpose::Care)
        .map_err(to_api)
}

/// What the owner sees first after unlocking: their clients and what is due.
#[tauri::command]
pub async fn start_view(
    state: Shared<'_>,
) -> Result<kohtaamo_model::start_view::StartView, ApiError> {
    session(&state)?
        .client_work()?
        .start_view(chrono::Local::now().date_naive(), Purpose::Care)
        .map_err(to_api)
}

#[tauri::command]
pub async fn add_client(state: Shared<'_>, client: NewClient) -> Result<Client, ApiError> {
    let valid = client.validate().map_err(ApiError::InvalidClient)?;
    session(&state)?
        .client_work()?
        .add_client(&valid, Purpose::Care)
        .map_err(to_api)
}

#[tauri::command]
pub async fn get_client(state: Shared<'_>, id: ClientId) -> Result<Client, ApiError> {
    session(&state)?
        .client_work()?
        .get_client(id, Purpose::Care)
        .map_err(to_api)
}

/// A client's case as the owner may see it: the other register's notes and
/// entries only under the client's consent in that direction (the model's
/// `Case::for_register`). Every case the UI gets goes through here.
fn owners_view(store: &Store, case: Case) -> Result<Case, ApiError> {
    let register = store.author().map_err(to_api)?.register;
    Ok(case.for_register(register, chrono::Local::now().date_naive()))
}

/// A client's case, as the client page shows it.
#[tauri::command]
pub async fn open_case(state: Shared<'_>, client: ClientId) -> Result<Case, ApiError> {
    let mut session = session(&state)?;
    let store = session.client_work()?;
    let case = store.open_case(client, Purpose::Care).map_err(to_api)?;
    owners_view(store, case)
}

/// Runs a change to `client`'s case and answers with the whole case as
/// stored after it; an open client window is told to read it again.
fn change_case<R: Runtime>(
    app: &AppHandle<R>,
    state: &Shared<'_>,
    client: ClientId,
    purpose: Purpose,
    change: impl FnOnce(&mut Store) -> kohtaamo_store::Result<()>,
) -> Result<Case, ApiError> {
    let mut session = session(state)?;
    let store = session.client_work()?;
    change(store).map_err(to_api)?;
    let case = store.open_case(client, purpose).map_err(to_api)?;
    client_window::case_changed(app);
    owners_view(store, case)
}

/// Saves a new record (`id` None) or a change to the one the UI read at
/// `revision`.
fn save_record<R: Record + Clone>(
    store: &mut Store,
    client: ClientId,
    id: Option<kohtaamo_model::id::RecordId>,
    revision: i64,
    record: &R,
    purpose: Purpose,
) -> kohtaamo_store::Result<()> {
    match id {
        None => store.insert_record(client, record, purpose).map(drop),
        Some(id) => store
            .update_record(client, id, revision, record, purpose)
            .map(drop),
    }
}

#[tauri::command]
pub async fn start_clientship<R: Runtime>(
    app: AppHandle<R>,
    state: Shared<'_>,
    request: StartClientship,
) -> Result<Case, ApiError> {
    change_case(&app, &state, request.client, Purpose::Care, |store| {
        store.start_clientship(&request, Purpose::Care).map(drop)
    })
}

#[tauri::command]
pub async fn assess_segment<R: Runtime>(
    app: AppHandle<R>,
    state: Shared<'_>,
    answers: SegmentAnswers,
) -> Result<Case, ApiError> {
    let purpose = Purpose::JointAppointment;
    change_case(&app, &state, answers.client, purpose, |store| {
        store.assess_segment(&answers, purpose).map(drop)
    })
}

/// Saves a plan version: the first draft, or a change to the one the UI
/// read (refused if it changed since, or if it was agreed).
#[tauri::command]
pub async fn save_plan<R: Runtime>(
    app: AppHandle<R>,
    state: Shared<'_>,
    request: SavePlan,
) -> Result<Case, ApiError> {
    let purpose = Purpose::JointAppointment;
    change_case(&app, &state, request.client, purpose, |store| {
        let SavePlan {
            client,
            id,
            revision,
            plan,
        } = &request;
        save_record(store, *client, *id, *revision, plan, purpose)
    })
}

/// A new draft from the agreed plan.
#[tauri::command]
pub async fn revise_plan<R: Runtime>(
    app: AppHandle<R>,
    state: Shared<'_>,
    client: ClientId,
) -> Result<Case, ApiError> {
    let purpose = Purpose::JointAppointment;
    change_case(&app, &state, client, purpose, |store| {
        store.revise_plan(client, purpose).map(drop)
    })
}

/// Saves a joint appointment: started, a note added, ended.
#[tauri::command]
pub async fn save_appointment<R: Runtime>(
    app: AppHandle<R>,
    state: Shared<'_>,
    request: SaveAppointment,
) -> Result<Case, ApiError> {
    let purpose = Purpose::JointAppointment;
    change_case(&app, &state, request.client, purpose, |store| {
        let SaveAppointment {
            client,
            id,
            revision,
            appointment,
        } = &request;
        save_record(store, *client, *id, *revision, appointment, purpose)
    })
}

/// Saves the holistic assessment.
#[tauri::command]
pub async fn save_assessment<R: Runtime>(
    app: AppHandle<R>,
    state: Shared<'_>,
    request: SaveAssessment,
) -> Result<Case, ApiError> {
    let purpose = Purpose::JointAppointment;
    change_case(&app, &state, request.client, purpose, |store| {
        let SaveAssessment {
            client,
            id,
            revision,
            assessment,
        } = &request;
        save_record(store, *client, *id, *revision, assessment, purpose)
    })
}

/// Saves a change to the joint clientship (its team, "whom to contact").
#[tauri::command]
pub async fn save_clientship<R: Runtime>(
    app: AppHandle<R>,
    state: Shared<'_>,
    request: SaveClientship,
) -> Result<Case, ApiError> {
    let purpose = Purpose::Care;
    change_case(&app, &state, request.client, purpose, |store| {
        let SaveClientship {
            client,
            id,
            revision,
            clientship,
        } = &request;
        save_record(store, *client, Some(*id), *revision, clientship, purpose)
    })
}

/// Pauses the clientship, takes it up again, or closes its period.
#[tauri::command]
pub async fn change_clientship_status<R: Runtime>(
    app: AppHandle<R>,
    state: Shared<'_>,
    request: ChangeClientshipStatus,
) -> Result<Case, ApiError> {
    let purpose = Purpose::Care;
    change_case(&app, &state, request.client, purpose, |store| {
        store.change_clientship_status(&request, purpose).map(drop)
    })
}

/// Sets the language the client is served in and whether in plain Finnish
/// (selkosuomi): the words of the client view and the handouts.
#[tauri::command]
pub async fn set_client_language<R: Runtime>(
    app: AppHandle<R>,
    state: Shared<'_>,
    client: ClientId,
    language: kohtaamo_model::Language,
    plain_language: bool,
) -> Result<Case, ApiError> {
    let purpose = Purpose::Care;
    change_case(&app, &state, client, purpose, |store| {
        store
            .set_client_language(client, language, plain_language, purpose)
            .map(drop)
    })
}

/// The client's report of who has used or received their data here.
#[tauri::command]
pub async fn access_report(state: Shared<'_>, client: ClientId) -> Result<AccessReport, ApiError> {
    session(&state)?
        .client_work()?
        .access_report(client, Purpose::ClientRequest)
        .map_err(to_api)
}

/// Records a month's contacts with a service.
#[tauri::command]
pub async fn save_service_use<R: Runtime>(
    app: AppHandle<R>,
    state: Shared<'_>,
    request: SaveServiceUse,
) -> Result<Case, ApiError> {
    let purpose = Purpose::Care;
    change_case(&app, &state, request.client, purpose, |store| {
        store.record_service_use(request.client, &request.service_use, purpose)
    })
}

/// The latest version of every instrument the store holds.
#[tauri::command]
pub async fn instruments(state: Shared<'_>) -> Result<Vec<Instrument>, ApiError> {
    session(&state)?
        .client_work()?
        .instruments()
        .map_err(to_api)
}

/// Imports a unit's own instrument file, given as its text.
#[tauri::command]
pub async fn import_instrument(state: Shared<'_>, text: String) -> Result<Instrument, ApiError> {
    let mut session = session(&state)?;
    session
        .client_work()?
        .import_instrument(&text)
        .map(|(instrument, _)| instrument)
        .map_err(to_api)
}

/// Appends a measure's answer to a case, from the main window: the
/// professional's entry, a paper form, or the client on the shared screen.
#[tauri::command]
pub async fn save_measure<R: Runtime>(
    app: AppHandle<R>,
    state: Shared<'_>,
    request: SaveMeasure,
) -> Result<Case, ApiError> {
    let purpose = Purpose::JointAppointment;
    change_case(&app, &state, request.client, purpose, |store| {
        store
            .record_measure(request.client, &request.answer, purpose)
            .map(drop)
    })
}

/// Records an anonymous client-experience answer (the shared screen at the
/// end of an appointment, or a text-message survey typed in).
#[tauri::command]
pub async fn save_client_experience(
    state: Shared<'_>,
    request: SaveClientExperience,
) -> Result<(), ApiError> {
    session(&state)?
        .client_work()?
        .record_client_experience(&request.answer)
        .map_err(to_api)
}

/// Tells the main window that the client answered in their own window.
pub const CLIENT_ANSWERED: &str = "client-answered";

/// The client's own window's one way to write: appends the client's answer
/// to the case shown there, as the client's, and nothing else.
#[tauri::command]
pub async fn client_answer_measure<R: Runtime>(
    app: AppHandle<R>,
    state: Shared<'_>,
    answer: MeasureAnswer,
) -> Result<Case, ApiError> {
    let answer = MeasureAnswer {
        entered_by: EnteredBy::Client,
        ..answer
    };
    let mut session = session(&state)?;
    let client = session.shared().ok_or(ApiError::ClientNotFound)?;
    let store = session.client_work()?;
    store
        .record_measure(client, &answer, Purpose::JointAppointment)
        .map_err(to_api)?;
    let case = store
        .open_case(client, Purpose::JointAppointment)
        .map_err(to_api)?;
    client_window::case_changed(&app);
    // The main window shows the same case: it reads it again.
    let _ = app.emit_to("main", CLIENT_ANSWERED, client);
    Ok(owners_view(store, case)?.for_shared_screen(chrono::Local::now().date_naive()))
}

/// Records a consent, or withdraws one.
#[tauri::command]
pub async fn save_consent<R: Runtime>(
    app: AppHandle<R>,
    state: Shared<'_>,
    request: SaveConsent,
) -> Result<Case, ApiError> {
    let purpose = Purpose::Care;
    change_case(&app, &state, request.client, purpose, |store| {
        let SaveConsent {
            client,
            id,
            revision,
            consent,
        } = &request;
        save_record(store, *client, *id, *revision, consent, purpose)
    })
}

/// Closes the window once the UI has saved what was typed (see
/// `window::open`, which holds the first close request back for this).
#[tauri::command]
pub fn close_window<R: Runtime>(window: tauri::WebviewWindow<R>) -> Result<(), ApiError> {
    window.destroy().map_err(|e| ApiError::Internal {
        detail: e.to_string(),
    })
}

/// Shows `client`'s case in the client window (see [`client_window`]).
#[tauri::command]
pub async fn open_client_window<R: Runtime>(
    app: AppHandle<R>,
    state: Shared<'_>,
    data: State<'_, client_window::WebviewData>,
    client: ClientId,
) -> Result<(), ApiError> {
    let mut session = session(&state)?;
    // Only with the store open, and only a client it has.
    session
        .client_work()?
        .get_client(client, Purpose::Care)
        .map_err(to_api)?;
    session.share(client);
    client_window::open(&app, data.0.clone()).map_err(|e| ApiError::Internal {
        detail: format!("the client window could not be opened: {e}"),
    })
}

#[tauri::command]
pub async fn close_client_window<R: Runtime>(
    app: AppHandle<R>,
    state: Shared<'_>,
) -> Result<(), ApiError> {
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
    let store = session.client_work()?;
    let case = store
        .open_case(client, Purpose::JointAppointment)
        .map_err(to_api)?;
    Ok(owners_view(store, case)?.for_shared_screen(chrono::Local::now().date_naive()))
}
