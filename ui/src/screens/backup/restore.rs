//! Restoring the own store from a backup, offered while this machine has
//! none: the shell's open-file dialog chooses the file (a file that is no
//! backup, or incomplete, is said so at once), then the backup's passphrase
//! is given and the shell checks the whole file, restores it as the own
//! store, verifies it and answers with it open.

use kohtaamo_model::api::AppStatus;
use kohtaamo_model::backup::{BackupChosen, DialogTexts};
use serde::Serialize;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::progress::{use_backup_progress, ProgressBar};
use super::{dialog_texts, file_size};
use crate::api::call;
use crate::errors::api_error;
use crate::i18n::use_i18n;
use crate::screens::error_notice::ErrorNotice;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_status: Callback<AppStatus>,
}

#[derive(Serialize)]
struct ChooseArgs {
    texts: DialogTexts,
}

#[derive(Serialize)]
struct RestoreArgs {
    passphrase: String,
}

/// The day a backup was made, in this machine's time zone.
fn made_on(chosen: &BackupChosen) -> String {
    let at = js_sys::Date::new(&(chosen.made_at.timestamp_millis() as f64).into());
    chrono::NaiveDate::from_ymd_opt(at.get_full_year() as i32, at.get_month() + 1, at.get_date())
        .map(kohtaamo_model::date_text::format_date)
        .unwrap_or_default()
}

#[function_component(RestoreBackup)]
pub fn restore_backup(props: &Props) -> Html {
    let i18n = use_i18n();
    let chosen = use_state(|| None::<BackupChosen>);
    let busy = use_state(|| false);
    let error = use_state(|| None::<String>);
    let passphrase = use_node_ref();
    let progress = use_backup_progress();

    let on_choose = {
        let (chosen, busy, error, i18n) =
            (chosen.clone(), busy.clone(), error.clone(), i18n.clone());
        Callback::from(move |_: MouseEvent| {
            let (chosen, busy, error, i18n) =
                (chosen.clone(), busy.clone(), error.clone(), i18n.clone());
            busy.set(true);
            error.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                let args = ChooseArgs {
                    texts: dialog_texts(&i18n, i18n.t("restore-dialog-title")),
                };
                let result = call::<_, Option<BackupChosen>>("choose_backup", &args).await;
                busy.set(false);
                match result {
                    // Cancelled: what was chosen before stays chosen.
                    Ok(None) => {}
                    Ok(Some(file)) => chosen.set(Some(file)),
                    Err(e) => {
                        chosen.set(None);
                        error.set(Some(api_error(&i18n, &e)));
                    }
                }
            });
        })
    };

    let on_restore = {
        let (passphrase, busy, error, progress, i18n) = (
            passphrase.clone(),
            busy.clone(),
            error.clone(),
            progress.clone(),
            i18n.clone(),
        );
        let on_status = props.on_status.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Read at submit time; no copy of the passphrase is kept.
            let Some(field) = passphrase.cast::<HtmlInputElement>() else {
                return;
            };
            let args = RestoreArgs {
                passphrase: field.value(),
            };
            let (busy, error, progress, i18n, on_status) = (
                busy.clone(),
                error.clone(),
                progress.clone(),
                i18n.clone(),
                on_status.clone(),
            );
            busy.set(true);
            error.set(None);
            progress.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                let result = call::<_, AppStatus>("restore_backup", &args).await;
                field.set_value("");
                busy.set(false);
                match result {
                    Ok(status) => on_status.emit(status),
                    Err(e) => error.set(Some(api_error(&i18n, &e))),
                }
            });
        })
    };

    html! {
        <section class="card" id="restore" aria-labelledby="restore-title">
            <h2 id="restore-title">{ i18n.t("restore-title") }</h2>
            <p>{ i18n.t("restore-help") }</p>
            if let Some(file) = &*chosen {
                <form onsubmit={on_restore} aria-labelledby="restore-title">
                    <p id="restore-chosen" class="notice notice-info">
                        { i18n.t_with("restore-chosen", &[
                            ("file", file.file_name.clone().into()),
                            ("size", file_size(&i18n, file.bytes).into()),
                            ("date", made_on(file).into()),
                        ]) }
                    </p>
                    <label class="field hds-text-input">
                        <span class="hds-text-input__label">{ i18n.t("restore-passphrase-label") }</span>
                        <span class="hds-text-input__helper-text">{ i18n.t("restore-passphrase-help") }</span>
                        <input class="hds-text-input__input" id="restore-passphrase" type="password"
                               autocomplete="current-password" ref={passphrase}
                               aria-invalid={error.is_some().then_some("true")}
                               aria-describedby={error.is_some().then_some("restore-error")} />
                    </label>
                    if *busy && progress.is_some() {
                        <ProgressBar id="restore-progress" label={i18n.t("restore-progress-label")}
                                     progress={*progress} />
                    }
                    <ErrorNotice id="restore-error" message={(*error).clone()} />
                    <div class="form-actions">
                        <button id="restore-submit" class="hds-button hds-button--primary" type="submit" disabled={*busy}>
                            { if *busy { i18n.t("working") } else { i18n.t("restore-submit") } }
                        </button>
                        <button id="restore-choose-other" class="hds-button hds-button--supplementary" type="button"
                                onclick={on_choose.clone()} disabled={*busy}>
                            { i18n.t("restore-choose-other") }
                        </button>
                    </div>
                </form>
            } else {
                <ErrorNotice id="restore-error" message={(*error).clone()} />
                <button id="restore-choose" class="hds-button hds-button--secondary" type="button"
                        onclick={on_choose} disabled={*busy}>
                    { if *busy { i18n.t("working") } else { i18n.t("restore-button") } }
                </button>
            }
        </section>
    }
}
