//! How far a backup or a restore has got, as the shell tells it
//! (`backup-progress` events): a progress bar with the step in words.

use kohtaamo_model::backup::{BackupProgress, BackupStage};
use yew::prelude::*;

use crate::api::listen_while;
use crate::i18n::use_i18n;

/// The latest progress the shell told, while the component lives.
#[hook]
pub fn use_backup_progress() -> UseStateHandle<Option<BackupProgress>> {
    let progress = use_state(|| None::<BackupProgress>);
    {
        let progress = progress.clone();
        use_effect_with((), move |_| {
            listen_while("backup-progress", move |p: BackupProgress| {
                progress.set(Some(p))
            })
        });
    }
    progress
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    /// The bar's name: whose progress it is.
    pub label: String,
    pub progress: Option<BackupProgress>,
}

#[function_component(ProgressBar)]
pub fn progress_bar(props: &Props) -> Html {
    let i18n = use_i18n();
    let percent = props.progress.map_or(0, |p| p.percent());
    let stage = props.progress.map(|p| match p.stage {
        BackupStage::Copying => i18n.t("backup-stage-copying"),
        BackupStage::Writing => i18n.t("backup-stage-writing"),
        BackupStage::Verifying => i18n.t("backup-stage-verifying"),
        BackupStage::Checking => i18n.t("backup-stage-checking"),
    });
    let label_id = format!("{}-label", props.id);
    html! {
        <div class="backup-progress">
            <p class="backup-progress-text" id={label_id.clone()}>
                { &props.label }
                if let Some(stage) = stage { { ": " }{ stage } }
            </p>
            <progress id={props.id.clone()} max="100" value={percent.to_string()}
                      aria-labelledby={label_id}>{ format!("{percent} %") }</progress>
            <span class="backup-progress-percent" aria-hidden="true">{ format!("{percent} %") }</span>
        </div>
    }
}
