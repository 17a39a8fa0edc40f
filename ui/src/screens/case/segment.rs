//! Segmentation with the client: two questions in plain language, the
//! segment they suggest and what it means, the choice and the client's view.

use kohtaamo_model::api::SegmentAnswers;
use kohtaamo_model::case::segment::{suggest, EverydayCoping, Segment, ServiceNeed};
use kohtaamo_model::case::stored::Case;
use serde::Serialize;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::CaseChange;
use crate::i18n::use_i18n;
use crate::labels;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub case: Case,
    pub change: CaseChange,
}

#[derive(Serialize)]
struct Args {
    answers: SegmentAnswers,
}

const COPING: [(EverydayCoping, &str); 3] = [
    (EverydayCoping::Easy, "easy"),
    (
        EverydayCoping::TemporarilyDifficult,
        "temporarily-difficult",
    ),
    (EverydayCoping::Difficult, "difficult"),
];
const NEED: [(ServiceNeed, &str); 2] = [(ServiceNeed::Few, "few"), (ServiceNeed::Many, "many")];
const SEGMENT_IDS: [(Segment, &str); 4] = [
    (Segment::Omatoimi, "omatoimi"),
    (Segment::Tuki, "tuki"),
    (Segment::Yhteistyo, "yhteistyo"),
    (Segment::Huolenpito, "huolenpito"),
];

#[function_component(SegmentSection)]
pub fn segment_section(props: &Props) -> Html {
    let i18n = use_i18n();
    // A refusal is said in this section, next to what caused it.
    let section_error = use_state(|| None::<kohtaamo_model::api::ApiError>);
    let change = props.change.reporting_to(section_error.clone());
    let notice = html! {
        <crate::screens::error_notice::ErrorNotice id="segment-save-error"
            message={section_error.as_ref().map(|e| crate::errors::api_error(&i18n, e))} />
    };
    let coping = use_state(|| None::<EverydayCoping>);
    let need = use_state(|| None::<ServiceNeed>);
    let chosen = use_state(|| None::<Segment>);
    let reason = use_node_ref();
    let view = use_node_ref();
    let local_error = use_state(|| None::<String>);
    let case = &props.case;

    let current = case.segment().map(|s| {
        let record = &s.record;
        let consequences = case
            .segment_consequences
            .iter()
            .find(|c| c.segment == record.chosen);
        html! {
            <div class="segment-current" id="segment-current">
                <p class="segment-name">{ labels::segment_name(&i18n, record.chosen) }</p>
                <p>{ labels::segment_meaning(&i18n, record.chosen) }</p>
                if let Some(c) = consequences {
                    <ul>
                        <li>{ labels::contact(&i18n, c.contact) }</li>
                        <li>{ labels::appointments(&i18n, c.appointments) }</li>
                    </ul>
                }
                if !record.client_view.is_empty() {
                    <p><strong>{ i18n.t("segment-client-view") }{ ": " }</strong>{ &record.client_view }</p>
                }
            </div>
        }
    });

    let suggestion = match (*coping, *need) {
        (Some(c), Some(n)) => Some(suggest(c, n)),
        _ => None,
    };
    let selected = (*chosen).or_else(|| suggestion.map(|s| s.segments()[0]));
    let needs_reason = matches!((suggestion, selected), (Some(s), Some(seg)) if !s.contains(seg));

    let on_submit = {
        let (coping, need, reason, view, change, local_error, i18n) = (
            coping.clone(),
            need.clone(),
            reason.clone(),
            view.clone(),
            change.clone(),
            local_error.clone(),
            i18n.clone(),
        );
        let client = case.client.id;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(c), Some(n), Some(segment)) = (*coping, *need, selected) else {
                local_error.set(Some(i18n.t("segment-answer-both")));
                return;
            };
            let text = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let reason_text = text(&reason);
            if needs_reason && reason_text.trim().is_empty() {
                local_error.set(Some(i18n.t("segment-reason-required")));
                return;
            }
            local_error.set(None);
            let answers = SegmentAnswers {
                client,
                coping: c,
                need: n,
                chosen: segment,
                reason_for_other: needs_reason.then_some(reason_text),
                client_view: text(&view),
            };
            change.send("assess_segment", Args { answers });
        })
    };

    let radio =
        |name: &'static str, id: String, label: String, checked: bool, on: Callback<Event>| {
            html! {
                <label class="check" for={id.clone()}>
                    <input type="radio" name={name} id={id} checked={checked} onchange={on} />
                    { label }
                </label>
            }
        };

    html! {
        <section class="case-section" id="segment" aria-labelledby="segment-title">
            <h3 id="segment-title">{ i18n.t("segment-title") }</h3>
            { current.unwrap_or_default() }
            { segment_history(&i18n, case) }
            <form onsubmit={on_submit} class="segment-form">
                <fieldset>
                    <legend>{ i18n.t("segment-question-coping") }</legend>
                    { for COPING.iter().map(|(value, key)| {
                        let v = *value;
                        let set = { let coping = coping.clone(); let chosen = chosen.clone(); Callback::from(move |_| { coping.set(Some(v)); chosen.set(None); }) };
                        radio("coping", format!("coping-{key}"), labels::coping(&i18n, v), *coping == Some(v), set)
                    }) }
                </fieldset>
                <fieldset>
                    <legend>{ i18n.t("segment-question-need") }</legend>
                    { for NEED.iter().map(|(value, key)| {
                        let v = *value;
                        let set = { let need = need.clone(); let chosen = chosen.clone(); Callback::from(move |_| { need.set(Some(v)); chosen.set(None); }) };
                        radio("need", format!("need-{key}"), labels::need(&i18n, v), *need == Some(v), set)
                    }) }
                </fieldset>
                if let Some(s) = suggestion {
                    <div class="notice notice-info" id="segment-suggestion" role="status">
                        <p>{ i18n.t("segment-suggested") }{ " " }
                            <strong>{ s.segments().iter().map(|seg| labels::segment_name(&i18n, *seg)).collect::<Vec<_>>().join(" / ") }</strong>
                        </p>
                    </div>
                    <fieldset>
                        <legend>{ i18n.t("segment-choice") }</legend>
                        { for SEGMENT_IDS.iter().map(|(seg, key)| {
                            let v = *seg;
                            let set = { let chosen = chosen.clone(); Callback::from(move |_| chosen.set(Some(v))) };
                            radio("segment", format!("segment-{key}"), labels::segment_name(&i18n, v), selected == Some(v), set)
                        }) }
                    </fieldset>
                    if let Some(seg) = selected {
                        <p class="segment-meaning" id="segment-meaning">{ labels::segment_meaning(&i18n, seg) }</p>
                    }
                }
                if needs_reason {
                    <label class="field hds-text-input">
                        <span class="hds-text-input__label">{ i18n.t("segment-reason") }</span>
                        <input class="hds-text-input__input" id="segment-reason" type="text" ref={reason} />
                    </label>
                }
                <label class="field hds-text-input">
                    <span class="hds-text-input__label">{ i18n.t("segment-client-view") }</span>
                    <input class="hds-text-input__input" id="segment-client-view" type="text" ref={view} />
                </label>
                if let Some(message) = &*local_error {
                    <p class="notice notice-error" id="segment-error" role="alert">{ message }</p>
                }
                <button id="save-segment" class="hds-button hds-button--primary" type="submit">
                    { i18n.t("segment-save") }
                </button>
            </form>
            { notice.clone() }
        </section>
    }
}

/// The segmentations before the one in force, newest first: a segment is
/// a judgement of its day, and how it changed is part of the client's story.
fn segment_history(i18n: &crate::i18n::I18n, case: &Case) -> Html {
    let n = case.segment_assessments.len();
    if n < 2 {
        return Html::default();
    }
    html! {
        <details class="segment-history" id="segment-history">
            <summary>{ i18n.t_with("segment-history", &[("count", (n - 1).into())]) }</summary>
            <ol>
                { for case.segment_assessments[..n - 1].iter().rev().map(|s| {
                    let r = &s.record;
                    let by: Vec<&str> = r.assessed_by.iter().filter_map(|p| case.professional_name(*p)).collect();
                    html! {
                        <li class="segment-earlier">
                            { i18n.t_with("segment-earlier", &[
                                ("date", labels::moment(r.assessed_at).0.into()),
                                ("segment", labels::segment_name(i18n, r.chosen).into()),
                                ("names", by.join(", ").into()),
                            ]) }
                            if !r.client_view.is_empty() {
                                <br /><span class="quote">{ &r.client_view }</span>
                            }
                        </li>
                    }
                }) }
            </ol>
        </details>
    }
}
