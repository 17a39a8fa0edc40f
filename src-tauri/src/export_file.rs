//! A plain file that leaves the store on purpose (the figures' CSV, a
//! client's handout), written only where the person chose in the save-as
//! dialog: no temporary file anywhere else, nothing written over.

use std::io::Write;
use std::path::{Path, PathBuf};

use kohtaamo_model::api::ApiError;
use kohtaamo_model::backup::DialogTexts;
use tauri::{AppHandle, Manager, Runtime};

use crate::dialog;

/// Asks in the save-as dialog where to save a file offered as `name`, and
/// writes there, as a new file, the bytes `make` gives. `make` runs only
/// once the person has chosen a file that is not there yet, so a cancelled
/// or refused save reads nothing and logs no disclosure. The file written,
/// or `None` when the dialog was cancelled.
pub fn save_new<R: Runtime>(
    app: &AppHandle<R>,
    texts: &DialogTexts,
    offered: &str,
    extension: &str,
    make: impl FnOnce() -> Result<Vec<u8>, ApiError>,
) -> Result<Option<PathBuf>, ApiError> {
    let answers = app.state::<dialog::Answers>();
    let folder = dialog::default_folder();
    let Some(path) = dialog::save_as(app, &answers, texts, &folder, offered, extension) else {
        return Ok(None);
    };
    if path.exists() {
        return Err(ApiError::ExportExists { name: name(&path) });
    }
    write_new(&path, &make()?)?;
    Ok(Some(path))
}

/// The file's name as the page says it.
pub fn name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Writes `bytes` into a new file at `path`, durably. A file already there
/// is not written over (the person chose the name; they choose another),
/// and a file that could not be written whole is removed.
pub fn write_new(path: &std::path::Path, bytes: &[u8]) -> Result<(), ApiError> {
    let name = name(path);
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
