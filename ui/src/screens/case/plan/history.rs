//! Every version of the plan, newest first: when and by whom each was
//! agreed, what it said, and what changed from the version before.

use kohtaamo_model::case::plan::{PlanStatus, PlanVersion};
use kohtaamo_model::case::stored::Case;
use yew::prelude::*;

use super::action_row::status_name;
use super::diff_view::diff_view;
use super::owner::owner_label;
use crate::i18n::I18n;
use crate::labels;

/// `open` says whether the history is unfolded; folded, only its title is
/// drawn, so a long history costs nothing when a case opens.
pub fn history(i18n: &I18n, case: &Case, open: &UseStateHandle<bool>) -> Html {
    let mut versions: Vec<&PlanVersion> = case.plan_versions.iter().map(|p| &p.record).collect();
    if versions.len() < 2 {
        return Html::default();
    }
    versions.sort_by_key(|v| v.number);
    let title = i18n.t_with("plan-history-title", &[("count", versions.len().into())]);
    let toggle = {
        let open = open.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            open.set(!*open);
        })
    };
    if !**open {
        return html! {
            <details class="plan-history" id="plan-history">
                <summary onclick={toggle}>{ title }</summary>
            </details>
        };
    }
    let items = versions.iter().enumerate().rev().map(|(i, version)| {
        let previous = i.checked_sub(1).map(|p| versions[p]);
        html! {
            <li>
                <details class="plan-version" id={format!("plan-version-{}", version.number)}>
                    <summary>{ summary(i18n, case, version) }</summary>
                    <ol class="history-goals">
                        { for version.goals.iter().map(|g| html! {
                            <li>
                                <p class="goal-text">{ &g.text }</p>
                                <ul>
                                    { for g.actions.iter().map(|a| html! {
                                        <li>
                                            { &a.text }{ " — " }{ owner_label(i18n, case, &a.owner) }
                                            if let Some(due) = a.due { { ", " }{ labels::date(due) } }
                                            { " (" }{ status_name(i18n, a.status) }{ ")" }
                                        </li>
                                    }) }
                                </ul>
                            </li>
                        }) }
                    </ol>
                    if let Some(previous) = previous {
                        { diff_view(i18n, case, previous, version, None) }
                    }
                </details>
            </li>
        }
    });
    html! {
        <details class="plan-history" id="plan-history" open=true>
            <summary onclick={toggle}>{ title }</summary>
            <ol class="plan-versions" reversed=true>{ for items }</ol>
        </details>
    }
}

fn summary(i18n: &I18n, case: &Case, version: &PlanVersion) -> String {
    match &version.status {
        PlanStatus::Draft => {
            i18n.t_with("plan-history-draft", &[("version", version.number.into())])
        }
        PlanStatus::Agreed(agreement) => {
            let present: Vec<&str> = agreement
                .participants_present
                .iter()
                .map(|p| case.professional_name(*p).unwrap_or("?"))
                .collect();
            i18n.t_with(
                "plan-history-agreed",
                &[
                    ("version", version.number.into()),
                    ("date", labels::date(agreement.agreed_on).into()),
                    ("present", present.join(", ").into()),
                ],
            )
        }
    }
}
