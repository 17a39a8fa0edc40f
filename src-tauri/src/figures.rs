//! The manager's figures in the app: read over a period (the store logs one
//! entry, purpose knowledge management), and saved as CSV only where the
//! person chose in a save-as dialog run from here. Aggregates only: no
//! client's name or code is in either.

use std::io::Write;
use std::sync::Mutex;

use kohtaamo_model::api::{ApiError, ExportFigures, FiguresRequest};
use kohtaamo_model::figures::Figures;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::backup::lock;
use crate::dialog;
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
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<Mutex<Session>>();
        let figures = read(state.inner(), request.from, request.to)?;
        let name = format!("kohtaamo-luvut-{}-{}.csv", request.from, request.to);
        let answers = app.state::<dialog::Answers>();
        let Some(path) = dialog::save_as(
            &app,
            &answers,
            &request.texts,
            &dialog::default_folder(),
            &name,
            "csv",
        ) else {
            return Ok(None);
        };
        let csv = kohtaamo_model::figures_report::csv(&figures);
        write_new(&path, csv.as_bytes())?;
        Ok(Some(
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ))
    })
    .await
    .map_err(|e| ApiError::Internal {
        detail: format!("the export stopped: {e}"),
    })?
}

/// Writes `bytes` into a new file at `path`, durably. A file already there
/// is not written over (the person chose the name; they choose another),
/// and a file that could not be written whole is removed.
fn write_new(path: &std::path::Path, bytes: &[u8]) -> Result<(), ApiError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
    {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(ApiError::ExportExists { name })
        }
        Err(_) => return Err(ApiError::ExportNotWritten { name }),
    };
    if file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .is_err()
    {
        drop(file);
        let _ = std::fs::remove_file(path);
        return Err(ApiError::ExportNotWritten { name });
    }
    Ok(())
}
