//! Backups from the app: the settings' backup section, the restore offered
//! when the app has no own store yet, and the progress both show. The files
//! are chosen in native dialogs the shell opens; the page names no path.

pub mod progress;
pub mod restore;
pub mod section;

use kohtaamo_model::backup::DialogTexts;

use crate::i18n::I18n;

/// The words of a dialog titled `title`, from the Fluent files.
pub fn dialog_texts(i18n: &I18n, title: String) -> DialogTexts {
    DialogTexts {
        title,
        filter: i18n.t("backup-dialog-filter"),
    }
}

/// A file's size in the user's language: kilobytes below a megabyte, then
/// megabytes with one decimal (a comma in Finnish and Swedish).
pub fn file_size(i18n: &I18n, bytes: u64) -> String {
    const KB: u64 = 1000;
    const MB: u64 = 1000 * KB;
    let (id, value) = if bytes < MB {
        ("file-size-kb", bytes.div_ceil(KB).to_string())
    } else {
        let tenths = (bytes + MB / 20) / (MB / 10);
        let text = format!("{}.{}", tenths / 10, tenths % 10);
        let text = match i18n.language {
            crate::i18n::UiLanguage::En => text,
            _ => text.replace('.', ","),
        };
        ("file-size-mb", text)
    };
    i18n.t_with(id, &[("value", value.into())])
}
