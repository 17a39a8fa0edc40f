//! Starting the joint clientship, and the team that holds it.

mod status;
mod team;

use std::collections::BTreeSet;

use kohtaamo_model::api::StartClientship;
use kohtaamo_model::case::stored::Case;
use serde::Serialize;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::CaseChange;
use crate::i18n::use_i18n;
use crate::labels::{self, REASONS};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub case: Case,
    pub change: CaseChange,
}

#[derive(Serialize)]
struct Args {
    request: StartClientship,
}

#[function_component(ClientshipSection)]
pub fn clientship_section(props: &Props) -> Html {
    let i18n = use_i18n();
    // A refusal is said in this section, next to what caused it.
    let section_error = use_state(|| None::<kohtaamo_model::api::ApiError>);
    let change = props.change.reporting_to(section_error.clone());
    let notice = html! {
        <crate::screens::error_notice::ErrorNotice id="clientship-save-error"
            message={section_error.as_ref().map(|e| crate::errors::api_error(&i18n, e))} />
    };
    let chosen = use_state(BTreeSet::<usize>::new);
    let other = use_node_ref();
    let case = &props.case;

    if let Some(ship) = case.clientship().filter(|s| !s.record.status.is_closed()) {
        return html! {
            <section class="case-section" id="clientship" aria-labelledby="clientship-title">
                <h3 id="clientship-title">{ i18n.t("clientship-title") }</h3>
                <p>{ i18n.t_with("clientship-started", &[("date", labels::date(ship.record.started_on).into())]) }</p>
                <status::StatusPanel case={case.clone()} change={change.clone()} />
                <team::TeamEditor case={case.clone()} change={change.clone()} />
                { status::earlier_periods(&i18n, case) }
                { notice.clone() }
        </section>
        };
    }
    // No period open: the first one, or a new one after a closed period.
    let again = !case.clientship.is_empty();

    let toggle = |index: usize| {
        let chosen = chosen.clone();
        Callback::from(move |_| {
            let mut set = (*chosen).clone();
            if !set.remove(&index) {
                set.insert(index);
            }
            chosen.set(set);
        })
    };
    let on_submit = {
        let (chosen, other, change, client) = (
            chosen.clone(),
            other.clone(),
            change.clone(),
            case.client.id,
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let other_reason = other
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            let request = StartClientship {
                client,
                reasons: chosen.iter().map(|i| REASONS[*i]).collect(),
                other_reason,
            };
            change.send("start_clientship", Args { request });
        })
    };
    html! {
        <section class="case-section" id="clientship" aria-labelledby="clientship-title">
            <h3 id="clientship-title">{ i18n.t(if again { "clientship-restart-title" } else { "clientship-start-title" }) }</h3>
            { status::earlier_periods(&i18n, case) }
            <form onsubmit={on_submit}>
                <fieldset class="reasons">
                    <legend>{ i18n.t("clientship-reasons") }</legend>
                    { for REASONS.iter().enumerate().map(|(i, r)| html! {
                        <label class="check">
                            <input type="checkbox" class="reason" checked={chosen.contains(&i)} onchange={toggle(i)} />
                            { labels::reason(&i18n, *r) }
                        </label>
                    }) }
                </fieldset>
                <label class="field hds-text-input">
                    <span class="hds-text-input__label">{ i18n.t("clientship-other-reason") }</span>
                    <input class="hds-text-input__input" id="other-reason" type="text" ref={other} />
                </label>
                <button id="start-clientship" class="hds-button hds-button--primary" type="submit">
                    { i18n.t(if again { "clientship-restart" } else { "clientship-start" }) }
                </button>
            </form>
            { notice.clone() }
        </section>
    }
}
