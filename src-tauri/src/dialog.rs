//! The native file dialogs, run from Rust so that the page needs no file
//! permission at all: it asks for a backup or a restore, and the shell asks
//! the person where.
//!
//! **The end-to-end seam.** A WebDriver test cannot press buttons in a
//! native dialog, so in debug builds alone (`cfg(debug_assertions)`) the
//! dialog's answer can be given beforehand: `--e2e-save-as PATH` /
//! `KOHTAAMO_E2E_SAVE_AS` answers every save-as dialog with PATH, and
//! `--e2e-open PATH` / `KOHTAAMO_E2E_OPEN` every open-file dialog, and
//! `--e2e-opened PATH` / `KOHTAAMO_E2E_OPENED` has a file that would be
//! opened in its own application (a handout, to print) named in PATH
//! instead (the arguments, because tauri-driver passes a test's arguments
//! to the app but not its environment). The command tests put the same answers in
//! the app's state. A release build has no such options: it always asks.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

use kohtaamo_model::backup::DialogTexts;

/// The file extension of a backup file.
pub const EXTENSION: &str = "kohtaamo-backup";

/// Answers given beforehand to the dialogs (debug builds only; see above).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    #[cfg(debug_assertions)]
    pub save_as: Option<PathBuf>,
    #[cfg(debug_assertions)]
    pub open: Option<PathBuf>,
    #[cfg(debug_assertions)]
    pub opened: Option<PathBuf>,
}

impl Answers {
    /// Reads `--e2e-save-as` / `--e2e-open` when `arg` is one of them,
    /// taking its value from `value`; `Ok(false)` for any other argument.
    /// Release builds know neither.
    #[cfg(debug_assertions)]
    pub fn parse_arg(
        &mut self,
        arg: &str,
        value: impl FnOnce() -> Option<std::ffi::OsString>,
    ) -> Result<bool, String> {
        let slot = match arg {
            "--e2e-save-as" => &mut self.save_as,
            "--e2e-open" => &mut self.open,
            "--e2e-opened" => &mut self.opened,
            _ => return Ok(false),
        };
        *slot = Some(
            value()
                .map(PathBuf::from)
                .ok_or(format!("{arg} needs a file"))?,
        );
        Ok(true)
    }

    #[cfg(not(debug_assertions))]
    pub fn parse_arg(
        &mut self,
        _arg: &str,
        _value: impl FnOnce() -> Option<std::ffi::OsString>,
    ) -> Result<bool, String> {
        Ok(false)
    }

    /// The answers from the environment, in debug builds.
    pub fn from_env(env: impl Fn(&str) -> Option<std::ffi::OsString>) -> Self {
        #[cfg(debug_assertions)]
        {
            Self {
                save_as: env("KOHTAAMO_E2E_SAVE_AS").map(PathBuf::from),
                open: env("KOHTAAMO_E2E_OPEN").map(PathBuf::from),
                opened: env("KOHTAAMO_E2E_OPENED").map(PathBuf::from),
            }
        }
        #[cfg(not(debug_assertions))]
        {
            let _ = env;
            Self::default()
        }
    }
}

/// Where to save a backup: asked in a save-as dialog that opens in
/// `folder` with `name` filled in. None when the person cancelled.
pub fn save_as<R: Runtime>(
    app: &AppHandle<R>,
    answers: &Answers,
    texts: &DialogTexts,
    folder: &Path,
    name: &str,
    extension: &str,
) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(path) = &answers.save_as {
        return Some(path.clone());
    }
    let _ = answers;
    app.dialog()
        .file()
        .set_title(&texts.title)
        .add_filter(&texts.filter, &[extension])
        .set_directory(folder)
        .set_file_name(name)
        .blocking_save_file()
        .and_then(|path| path.into_path().ok())
}

/// Which backup to restore: asked in an open-file dialog that opens in
/// `folder`. None when the person cancelled.
pub fn open<R: Runtime>(
    app: &AppHandle<R>,
    answers: &Answers,
    texts: &DialogTexts,
    folder: &Path,
) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(path) = &answers.open {
        return Some(path.clone());
    }
    let _ = answers;
    app.dialog()
        .file()
        .set_title(&texts.title)
        .add_filter(&texts.filter, &[EXTENSION])
        .set_directory(folder)
        .blocking_pick_file()
        .and_then(|path| path.into_path().ok())
}

/// Opens `file` in the application the person's system opens such files
/// with: a PDF in their PDF viewer, from which they print it. `false` when
/// the system would not open it.
pub fn open_in_application<R: Runtime>(app: &AppHandle<R>, answers: &Answers, file: &Path) -> bool {
    #[cfg(debug_assertions)]
    if let Some(record) = &answers.opened {
        return std::fs::write(record, file.to_string_lossy().as_bytes()).is_ok();
    }
    let _ = answers;
    use tauri_plugin_opener::OpenerExt;
    app.opener()
        .open_path(file.to_string_lossy(), None::<&str>)
        .is_ok()
}

/// Where the dialogs open: the person's documents folder (never the
/// store's own: see `kohtaamo_store::backup::check_destination`), else
/// their home folder.
pub fn default_folder() -> PathBuf {
    directories::UserDirs::new()
        .and_then(|dirs| {
            dirs.document_dir()
                .map(Path::to_owned)
                .or_else(|| Some(dirs.home_dir().to_owned()))
        })
        .unwrap_or_else(|| PathBuf::from("."))
}
