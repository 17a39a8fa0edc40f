//! Backups from the app: a backup of the open store to a file the person
//! chooses, and a restore of one as the own store when there is none.
//!
//! The paths come from the native dialogs (`dialog`), never from the page.
//! Each command runs on a blocking thread (a dialog waits for the person,
//! a backup of a large store takes seconds) and tells the page how far it
//! has got with `backup-progress` events, so the window stays responsive.
//! The work itself is the store's (`kohtaamo_store::backup`).

use std::path::Path;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Mutex;

use kohtaamo_model::api::{ApiError, AppStatus};
use kohtaamo_model::backup::{BackupChosen, BackupMade, BackupProgress, DialogTexts};
use kohtaamo_model::secret::Secret;
use kohtaamo_store::{backup, Purpose};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::dialog;
use crate::errors::{backup_error, restore_error};
use crate::session::Session;

/// The event that carries a [`BackupProgress`] to the main window.
pub const PROGRESS_EVENT: &str = "backup-progress";

/// Runs `work` on a blocking thread with the app's session.
async fn blocking<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    work: impl FnOnce(&AppHandle<R>, &Mutex<Session>) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<Mutex<Session>>();
        work(&app, state.inner())
    })
    .await
    .map_err(|e| ApiError::Internal {
        detail: format!("the backup's thread failed: {e}"),
    })?
}

pub(crate) fn lock(state: &Mutex<Session>) -> Result<std::sync::MutexGuard<'_, Session>, ApiError> {
    state.lock().map_err(|_| ApiError::Internal {
        detail: "the session lock was poisoned by an earlier failure".into(),
    })
}

/// Tells the main window each whole percent once.
fn progress_to_page<R: Runtime>(app: &AppHandle<R>) -> impl Fn(BackupProgress) + Sync + '_ {
    let last = AtomicU8::new(u8::MAX);
    move |progress: BackupProgress| {
        let percent = progress.percent();
        if last.swap(percent, Ordering::Relaxed) != percent {
            let _ = app.emit_to("main", PROGRESS_EVENT, progress);
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Backs up the open store to a file chosen in a save-as dialog (opened in
/// the documents folder). None when the person cancelled the dialog.
#[tauri::command]
pub async fn backup_store<R: Runtime>(
    app: AppHandle<R>,
    texts: DialogTexts,
) -> Result<Option<BackupMade>, ApiError> {
    blocking(app, move |app, state| {
        // Only an open store is backed up: ask where only then.
        let data_dir = {
            let mut session = lock(state)?;
            session.store()?;
            session.data_dir().to_owned()
        };
        let name = format!(
            "kohtaamo-{}.{}",
            chrono::Local::now().format("%Y-%m-%d"),
            dialog::EXTENSION
        );
        let answers = app.state::<dialog::Answers>();
        let Some(path) = dialog::save_as(
            app,
            &answers,
            &texts,
            &dialog::default_folder(),
            &name,
            dialog::EXTENSION,
        ) else {
            return Ok(None);
        };
        back_up_to(app, state, &data_dir, &path).map(Some)
    })
    .await
}

/// The backup to a chosen `path`: refused inside the stores' folder, then
/// made, read back and checked by the store.
fn back_up_to<R: Runtime>(
    app: &AppHandle<R>,
    state: &Mutex<Session>,
    data_dir: &Path,
    path: &Path,
) -> Result<BackupMade, ApiError> {
    backup::check_destination(data_dir, path).map_err(backup_error)?;
    let mut session = lock(state)?;
    let progress = progress_to_page(app);
    let summary = session
        .store()?
        .backup_to(path, Purpose::Administration, &progress)
        .map_err(backup_error)?;
    Ok(BackupMade {
        file_name: file_name(&summary.path),
        bytes: summary.bytes,
        clients: summary.clients,
    })
}

/// Chooses the backup to restore in an open-file dialog, and reads it as
/// far as its manifest (a file that is no backup, or incomplete, is said
/// so at once). Refused, before any dialog, when the own store exists.
#[tauri::command]
pub async fn choose_backup<R: Runtime>(
    app: AppHandle<R>,
    texts: DialogTexts,
) -> Result<Option<BackupChosen>, ApiError> {
    blocking(app, move |app, state| {
        lock(state)?.check_no_own_store()?;
        let answers = app.state::<dialog::Answers>();
        let Some(path) = dialog::open(app, &answers, &texts, &dialog::default_folder()) else {
            return Ok(None);
        };
        let info = backup::inspect(&path).map_err(restore_error)?;
        lock(state)?.choose_backup(path.clone());
        Ok(Some(BackupChosen {
            file_name: file_name(&path),
            bytes: info.bytes,
            made_at: info.created_at,
        }))
    })
    .await
}

/// Restores the chosen backup as the own store with the backup's
/// passphrase, verified before it is kept, and answers with the store open.
#[tauri::command]
pub async fn restore_backup<R: Runtime>(
    app: AppHandle<R>,
    passphrase: Secret,
) -> Result<AppStatus, ApiError> {
    blocking(app, move |app, state| {
        let progress = progress_to_page(app);
        let mut session = lock(state)?;
        session.restore_own(passphrase.expose(), &progress)?;
        Ok(session.status())
    })
    .await
}
