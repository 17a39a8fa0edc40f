//! What changed since the agreed version, item by item.

use kohtaamo_model::case::plan::{diff, PlanVersion};
use yew::prelude::*;

use crate::i18n::I18n;
use crate::labels;

/// What changed from `agreed` to `draft`; `id` names the block when it is
/// the one on the builder (the history has one per version).
pub fn diff_view(i18n: &I18n, agreed: &PlanVersion, draft: &PlanVersion, id: Option<&str>) -> Html {
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
                { for d.actions_changed.iter().map(|(_, b)| html! { <li class="diff-changed">{ text("plan-diff-action-changed", &b.text) }</li> }) }
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
