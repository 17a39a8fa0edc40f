//! A client's case as a FHIR R4 bundle from the app, for the official
//! record: built and logged as a disclosure by the store (for the owner's
//! register), written only where the person chose in the save-as dialog.

use std::sync::Mutex;

use kohtaamo_model::api::{ApiError, SaveFhir};
use kohtaamo_store::Purpose;
use tauri::{AppHandle, Manager, Runtime};

use crate::backup::lock;
use crate::dialog;
use crate::errors::to_api;
use crate::session::Session;

/// Saves the case as a FHIR bundle (JSON) to a file the person chooses;
/// the file's name, or `None` when the dialog was cancelled (then nothing
/// is read or logged).
#[tauri::command]
pub async fn save_fhir<R: Runtime>(
    app: AppHandle<R>,
    request: SaveFhir,
) -> Result<Option<String>, ApiError> {
    tauri::async_runtime::spawn_blocking(move || {
        let answers = app.state::<dialog::Answers>();
        let Some(path) = dialog::save_as(
            &app,
            &answers,
            &request.texts,
            &dialog::default_folder(),
            "fhir-bundle.json",
            "json",
        ) else {
            return Ok(None);
        };
        // Refused before anything is read: the person chose another name.
        if path.exists() {
            return Err(ApiError::ExportExists {
                name: crate::export_file::name(&path),
            });
        }
        let state = app.state::<Mutex<Session>>();
        let bundle = lock(state.inner())?
            .client_work()?
            .fhir_bundle(request.client, None, chrono::Utc::now(), Purpose::Care)
            .map_err(to_api)?;
        let json = serde_json::to_vec_pretty(&bundle).map_err(|e| ApiError::Internal {
            detail: format!("the bundle could not be written as JSON: {e}"),
        })?;
        crate::export_file::write_new(&path, &json)?;
        Ok(Some(crate::export_file::name(&path)))
    })
    .await
    .map_err(|e| ApiError::Internal {
        detail: format!("the FHIR export stopped: {e}"),
    })?
}
