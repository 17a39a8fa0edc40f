//! The client's handouts from the app: the agreed plan and the info sheet
//! as PDFs, in the client's words (their language, plain Finnish if that is
//! their preference). The store selects what may appear and logs the
//! disclosure; `kohtaamo-handout` lays it out; the file is written only
//! where the person chose in the save-as dialog.

use std::path::PathBuf;
use std::sync::Mutex;

use kohtaamo_handout::{Options, Wording};
use kohtaamo_model::api::{ApiError, SaveHandout};
use kohtaamo_model::case::handout::HandoutKind;
use kohtaamo_store::Purpose;
use tauri::{AppHandle, Manager, Runtime};

use crate::backup::lock;
use crate::dialog;
use crate::errors::to_api;
use crate::session::Session;

/// The handout saved last in this run, for the person to open and print.
/// Kept here rather than sent to the page, so that the page never names a
/// file for the shell to open.
#[derive(Default)]
pub struct LastSaved(Mutex<Option<PathBuf>>);

/// The handout as PDF bytes, its disclosure logged.
fn make(state: &Mutex<Session>, request: &SaveHandout) -> Result<Vec<u8>, ApiError> {
    let today = chrono::Local::now().date_naive();
    let case = lock(state)?
        .client_work()?
        .handout_case(request.client, request.kind, today, Purpose::Care)
        .map_err(to_api)?;
    let options = Options {
        wording: Wording::for_client(case.client.language, case.client.plain_language),
        today,
    };
    match request.kind {
        HandoutKind::Plan => kohtaamo_handout::plan_pdf(&case, &options),
        HandoutKind::InfoSheet => kohtaamo_handout::info_sheet_pdf(&case, &options),
    }
    .map_err(|e| ApiError::Internal {
        detail: e.to_string(),
    })
}

/// Saves a handout to a file the person chooses; the file's name, or
/// `None` when the dialog was cancelled (then nothing is read or logged).
#[tauri::command]
pub async fn save_handout<R: Runtime>(
    app: AppHandle<R>,
    request: SaveHandout,
) -> Result<Option<String>, ApiError> {
    tauri::async_runtime::spawn_blocking(move || {
        let name = format!("{}.pdf", request.kind.file_stem());
        let saved = crate::export_file::save_new(&app, &request.texts, &name, "pdf", || {
            make(app.state::<Mutex<Session>>().inner(), &request)
        })?;
        if let (Some(path), Ok(mut last)) = (&saved, app.state::<LastSaved>().0.lock()) {
            *last = Some(path.clone());
        }
        Ok(saved.map(|path| crate::export_file::name(&path)))
    })
    .await
    .map_err(|e| ApiError::Internal {
        detail: format!("the handout stopped: {e}"),
    })?
}

/// Opens the handout saved last in the system's PDF viewer, to print it.
#[tauri::command]
pub async fn open_handout<R: Runtime>(app: AppHandle<R>) -> Result<(), ApiError> {
    let last = app
        .state::<LastSaved>()
        .0
        .lock()
        .map_err(|_| ApiError::Internal {
            detail: "the last handout's lock was poisoned".into(),
        })?
        .clone();
    let Some(path) = last else {
        return Err(ApiError::HandoutNotSaved);
    };
    let answers = app.state::<dialog::Answers>();
    if dialog::open_in_application(&app, &answers, &path) {
        Ok(())
    } else {
        Err(ApiError::HandoutNotOpened {
            name: crate::export_file::name(&path),
        })
    }
}
