//! What changed since the agreed version, item by item.

use kohtaamo_model::case::plan::{diff, Action, PlanVersion};
use kohtaamo_model::case::stored::Case;
use yew::prelude::*;

use super::{owner_label, status_name};
use crate::i18n::I18n;
use crate::labels;

/// What changed from `agreed` to `draft`; `id` names the block when it is
/// the one on the builder (the history has one per version).
pub fn diff_view(
    i18n: &I18n,
    case: &Case,
    agreed: &PlanVersion,
    draft: &PlanVersion,
    id: Option<&str>,
) -> Html {
    let d = diff(agreed, draft);
    let text = |key: &str, text: &str| i18n.t_with(key, &[("text", text.to_owned().into())]);
    html! {
        <div class="plan-diff" id={id.map(str::to_owned)}>
            <h4>{ i18n.t_with("plan-diff-title", &[("version", agreed.number.into())]) }</h4>
            if d.is_empty() {
                <p class="muted">{ i18n.t("plan-diff-none") }</p>
            }
            <ul>
                { for d.goals_added.iter().map(|g| html! { <li class="diff-added">{ text("plan-diff-goal-added", &g.text) }</li> }) }
                { for d.goals_removed.iter().map(|g| html! { <li class="diff-removed">{ text("plan-diff-goal-removed", &g.text) }</li> }) }
                { for d.goals_reworded.iter().map(|(a, b)| html! { <li class="diff-changed">{ i18n.t_with("plan-diff-goal-reworded", &[("before", a.text.clone().into()), ("after", b.text.clone().into())]) }</li> }) }
                { for d.actions_added.iter().map(|a| html! { <li class="diff-added">{ text("plan-diff-action-added", &a.text) }</li> }) }
                { for d.actions_removed.iter().map(|a| html! { <li class="diff-removed">{ text("plan-diff-action-removed", &a.text) }</li> }) }
                { for d.actions_changed.iter().map(|(a, b)| html! {
                    <li class="diff-changed">
                        { text("plan-diff-action-changed", &b.text) }
                        <ul class="diff-aspects">
                            { for action_changes(i18n, case, a, b).into_iter().map(|t| html! { <li>{ t }</li> }) }
                        </ul>
                    </li>
                }) }
                if let Some((before, after)) = d.review_date {
                    <li class="diff-changed">{ i18n.t_with("plan-diff-review", &[
                        ("before", before.map(labels::date).unwrap_or_default().into()),
                        ("after", after.map(labels::date).unwrap_or_default().into()),
                    ]) }</li>
                }
            </ul>
        </div>
    }
}

/// What changed in one action, aspect by aspect, in words: "changed" alone
/// would send the reader looking.
fn action_changes(i18n: &I18n, case: &Case, before: &Action, after: &Action) -> Vec<String> {
    let change = |key: &str, before: String, after: String| {
        i18n.t_with(key, &[("before", before.into()), ("after", after.into())])
    };
    let due = |a: &Action| {
        a.due
            .map_or_else(|| i18n.t("plan-diff-no-date"), labels::date)
    };
    let mut out = Vec::new();
    if before.text != after.text {
        out.push(change(
            "plan-diff-wording",
            before.text.clone(),
            after.text.clone(),
        ));
    }
    if before.owner != after.owner {
        out.push(change(
            "plan-diff-owner",
            owner_label(i18n, case, &before.owner),
            owner_label(i18n, case, &after.owner),
        ));
    }
    if before.due != after.due {
        out.push(change("plan-diff-due", due(before), due(after)));
    }
    if before.status != after.status {
        out.push(change(
            "plan-diff-status",
            status_name(i18n, before.status),
            status_name(i18n, after.status),
        ));
    }
    out
}
