//! The manager's figures in the app: read over a period (the store logs one
//! entry, purpose knowledge management), and saved as CSV only where the
//! person chose in a save-as dialog run from here. Aggregates only: no
//! client's name or code is in either.

use std::sync::Mutex;

use kohtaamo_model::api::{ApiError, ExportFigures, FiguresRequest};
use kohtaamo_model::figures::Figures;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::backup::lock;
use crate::errors::to_api;
use crate::session::Session;

fn read(
    state: &Mutex<Session>,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> Result<Figures, ApiError> {
    if from > to {
        return Err(ApiError::PeriodReversed);
    }
    let today = chrono::Local::now().date_naive();
    lock(state)?
        .client_work()?
        .figures(from, to, today)
        .map_err(to_api)
}

/// The figures of this store's cases over the period.
#[tauri::command]
pub async fn figures(
    state: State<'_, Mutex<Session>>,
    request: FiguresRequest,
) -> Result<Figures, ApiError> {
    read(state.inner(), request.from, request.to)
}

/// Saves the figures as CSV to a file the person chooses; the file's name,
/// or `None` when the dialog was cancelled.
#[tauri::command]
pub async fn export_figures<R: Runtime>(
    app: AppHandle<R>,
    request: ExportFigures,
) -> Result<Option<String>, ApiError> {
    // Said before the dialog asks where: no file for a period that is none.
    if request.from > request.to {
        return Err(ApiError::PeriodReversed);
    }
    tauri::async_runtime::spawn_blocking(move || {
        let name = format!("kohtaamo-luvut-{}-{}.csv", request.from, request.to);
        let saved = crate::export_file::save_new(&app, &request.texts, &name, "csv", || {
            let state = app.state::<Mutex<Session>>();
            let figures = read(state.inner(), request.from, request.to)?;
            Ok(kohtaamo_model::figures_report::csv(&figures).into_bytes())
        })?;
        Ok(saved.map(|path| crate::export_file::name(&path)))
    })
    .await
    .map_err(|e| ApiError::Internal {
        detail: format!("the export stopped: {e}"),
    })?
}
