//! A client's case as a FHIR R4 bundle from the app, for the official
//! record: built and logged as a disclosure by the store (for the owner's
//! register), written only where the person chose in the save-as dialog.

use std::sync::Mutex;

use kohtaamo_model::api::{ApiError, SaveFhir};
use kohtaamo_store::Purpose;
use tauri::{AppHandle, Manager, Runtime};

use crate::backup::lock;
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
        let saved =
            crate::export_file::save_new(&app, &request.texts, "fhir-bundle.json", "json", || {
                let state = app.state::<Mutex<Session>>();
                let bundle = lock(state.inner())?
                    .client_work()?
                    .fhir_bundle(request.client, None, chrono::Utc::now(), Purpose::Care)
                    .map_err(to_api)?;
                serde_json::to_vec_pretty(&bundle).map_err(|e| ApiError::Internal {
                    detail: format!("the bundle could not be written as JSON: {e}"),
                })
            })?;
        Ok(saved.map(|path| crate::export_file::name(&path)))
    })
    .await
    .map_err(|e| ApiError::Internal {
        detail: format!("the FHIR export stopped: {e}"),
    })?
}
