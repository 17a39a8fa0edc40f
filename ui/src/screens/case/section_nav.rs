//! The case page's own navigation: a link to each section, with what needs
//! attention there in words, and the save state, kept in view while the
//! long page scrolls. Plain links and buttons: reachable by keyboard.

use chrono::NaiveDate;
use kohtaamo_model::case::clientship::ClientshipStatus;
use kohtaamo_model::case::stored::Case;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::I18n;

/// What a section needs, if anything, on `today`.
fn attention(i18n: &I18n, case: &Case, section: &str, today: NaiveDate) -> Option<String> {
    match section {
        "clientship" => match case.clientship().map(|c| &c.record.status) {
            None => Some(i18n.t("nav-not-started")),
            Some(ClientshipStatus::Paused { .. }) => Some(i18n.t("nav-paused")),
            Some(ClientshipStatus::Closed { .. }) => Some(i18n.t("nav-closed")),
            Some(ClientshipStatus::Active) => None,
        },
        "segment" => case.segment().is_none().then(|| i18n.t("nav-not-assessed")),
        "appointment" => case
            .appointments
            .iter()
            .any(|a| !a.record.ended)
            .then(|| i18n.t("nav-running")),
        "plan" => {
            let Some(plan) = case.current_plan() else {
                return Some(i18n.t("nav-no-plan"));
            };
            let late = plan
                .record
                .goals
                .iter()
                .flat_map(|g| &g.actions)
                .filter(|a| a.is_late(today))
                .count();
            let review_past = plan.record.review_date.is_some_and(|d| d < today);
            match (review_past, late) {
                (true, _) => Some(i18n.t("nav-review-past")),
                (false, 0) => None,
                (false, n) => Some(i18n.t_with("nav-late", &[("count", n.into())])),
            }
        }
        "measures" => {
            let due: Vec<String> = crate::screens::measures::latest_instruments(case)
                .iter()
                .filter(|i| crate::screens::measures::due_in(case, i, today).is_some())
                .map(short_name)
                .collect();
            (!due.is_empty())
                .then(|| i18n.t_with("nav-measure-due", &[("names", due.join(", ").into())]))
        }
        _ => None,
    }
}

/// An instrument's short name for a badge: its first word ("3X10D®").
fn short_name(instrument: &kohtaamo_model::measure::instrument::Instrument) -> String {
    instrument
        .name
        .fi
        .split(['-', ' '])
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// Scrolls to section `id` and moves the keyboard there, as a link would
/// without changing the page's address.
fn go_to(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        let Some(section) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
        else {
            return;
        };
        section.scroll_into_view_with_bool(true);
        if let Some(heading) = section
            .query_selector("h3")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = heading.set_attribute("tabindex", "-1");
            let _ = heading.focus();
        }
    })
}

pub fn section_nav(i18n: &I18n, case: &Case, today: NaiveDate, save_state: Html) -> Html {
    let mut sections: Vec<(&'static str, &'static str)> = vec![("clientship", "nav-clientship")];
    if case.clientship().is_some() {
        sections.extend([
            ("segment", "nav-segment"),
            ("appointment", "nav-appointment"),
            ("assessment", "nav-assessment"),
            ("plan", "nav-plan"),
            ("measures", "nav-measures"),
            ("service-use", "nav-service-use"),
            ("consents", "nav-consents"),
        ]);
    }
    html! {
        <nav class="case-nav" id="case-nav" aria-label={i18n.t("nav-label")}>
            <ul>
                { for sections.iter().map(|(id, label)| {
                    let note = attention(i18n, case, id, today);
                    html! {
                        <li>
                            <a href={format!("#{id}")} id={format!("nav-{id}")} onclick={go_to(id)}>
                                { i18n.t(label) }
                                if let Some(note) = note {
                                    <span class="nav-attention">{ note }</span>
                                }
                            </a>
                        </li>
                    }
                }) }
            </ul>
            { save_state }
        </nav>
    }
}
