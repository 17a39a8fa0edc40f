//! A plain file that leaves the store on purpose (the figures' CSV, a
//! client's handout), written only where the person chose in the save-as
//! dialog: no temporary file anywhere else, nothing written over.

use std::io::Write;
use std::path::Path;

use kohtaamo_model::api::ApiError;

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
