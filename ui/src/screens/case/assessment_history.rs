//! The holistic assessment as it stood on earlier days. The store keeps
//! every version a save replaced; typing saves often, so the page shows the
//! last version of each day, which is how the assessment stood then.

use kohtaamo_model::case::assessment::HolisticAssessment;
use kohtaamo_model::case::history::Earlier;
use kohtaamo_model::case::stored::Case;
use yew::prelude::*;

use super::assessment::{domain_name, need_name};
use crate::i18n::I18n;
use crate::labels;

/// The last earlier version of each day, newest first.
fn day_ends(history: &[Earlier<HolisticAssessment>]) -> Vec<&Earlier<HolisticAssessment>> {
    let mut ends: Vec<&Earlier<HolisticAssessment>> = Vec::new();
    for version in history {
        let day = labels::moment(version.replaced_at).0;
        match ends.last_mut() {
            Some(last) if labels::moment(last.replaced_at).0 == day => *last = version,
            _ => ends.push(version),
        }
    }
    ends.reverse();
    ends
}

pub fn assessment_history(i18n: &I18n, case: &Case) -> Html {
    let ends = day_ends(&case.assessment_history);
    if ends.is_empty() {
        return Html::default();
    }
    html! {
        <details class="assessment-history" id="assessment-history">
            <summary>{ i18n.t_with("assessment-history", &[("count", ends.len().into())]) }</summary>
            <ol>
                { for ends.iter().map(|v| {
                    let (day, time) = labels::moment(v.replaced_at);
                    let by = v.replaced_by.and_then(|p| case.professional_name(p)).unwrap_or("?");
                    html! {
                        <li class="assessment-earlier">
                            <p class="muted">{ i18n.t_with("assessment-earlier", &[
                                ("date", day.into()), ("time", time.into()), ("name", by.to_owned().into()),
                            ]) }</p>
                            <ul>
                                { for v.record.entries.iter().map(|e| html! {
                                    <li>
                                        <strong>{ domain_name(i18n, e.domain) }{ ": " }</strong>
                                        { need_name(i18n, e.need) }
                                        { format!(" ({})", case.professional_name(e.author).unwrap_or("?")) }
                                        if !e.client_view.is_empty() {
                                            { " — " }<span class="quote">{ &e.client_view }</span>
                                        }
                                    </li>
                                }) }
                            </ul>
                        </li>
                    }
                }) }
            </ol>
        </details>
    }
}
