//! The settings' backup section: "Tee varmuuskopio…" opens the shell's
//! save-as dialog, and the page shows the progress, then the file's name,
//! its size and how many clients it holds, once the shell has read it back
//! and checked it.

use kohtaamo_model::backup::{BackupMade, DialogTexts};
use serde::Serialize;
use yew::prelude::*;

use super::progress::{use_backup_progress, ProgressBar};
use super::{dialog_texts, file_size};
use crate::api::call;
use crate::errors::api_error;
use crate::i18n::use_i18n;
use crate::screens::error_notice::ErrorNotice;

#[derive(Serialize)]
struct BackupArgs {
    texts: DialogTexts,
}

#[function_component(BackupSection)]
pub fn backup_section() -> Html {
    let i18n = use_i18n();
    let busy = use_state(|| false);
    let made = use_state(|| None::<BackupMade>);
    let error = use_state(|| None::<String>);
    let progress = use_backup_progress();

    let on_backup = {
        let (busy, made, error, progress, i18n) = (
            busy.clone(),
            made.clone(),
            error.clone(),
            progress.clone(),
            i18n.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (busy, made, error, progress, i18n) = (
                busy.clone(),
                made.clone(),
                error.clone(),
                progress.clone(),
                i18n.clone(),
            );
            busy.set(true);
            made.set(None);
            error.set(None);
            progress.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                let args = BackupArgs {
                    texts: dialog_texts(&i18n, i18n.t("backup-dialog-title")),
                };
                let result = call::<_, Option<BackupMade>>("backup_store", &args).await;
                busy.set(false);
                match result {
                    Ok(done) => made.set(done),
                    Err(e) => error.set(Some(api_error(&i18n, &e))),
                }
            });
        })
    };

    html! {
        <section class="card settings-block" id="backup" aria-labelledby="backup-title">
            <h3 id="backup-title">{ i18n.t("backup-title") }</h3>
            <p class="muted">{ i18n.t("backup-help") }</p>
            if *busy && progress.is_some() {
                <ProgressBar id="backup-progress" label={i18n.t("backup-progress-label")}
                             progress={*progress} />
            }
            <ErrorNotice id="backup-error" message={(*error).clone()} />
            if let Some(done) = &*made {
                <p class="notice notice-info" id="backup-done" role="status">
                    { i18n.t_with("backup-done", &[
                        ("file", done.file_name.clone().into()),
                        ("size", file_size(&i18n, done.bytes).into()),
                        ("clients", done.clients.into()),
                    ]) }
                </p>
            }
            <button id="make-backup" class="hds-button hds-button--secondary" type="button"
                    onclick={on_backup} disabled={*busy}>
                { if *busy { i18n.t("working") } else { i18n.t("backup-button") } }
            </button>
        </section>
    }
}
