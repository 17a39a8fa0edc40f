//! Service use: a month's contacts with each service, recorded quickly, and
//! the change from before the joint clientship started to after it, over
//! equal periods (the model's `service_use::compare`).

use kohtaamo_model::api::SaveServiceUse;
use kohtaamo_model::case::service_use::{compare, Month, ServiceUse, COMPARED_MONTHS};
use kohtaamo_model::case::stored::Case;
use serde::Serialize;
use yew::prelude::*;

use super::form_value::form_value;
use super::plan::today;
use super::CaseChange;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub case: Case,
    pub change: CaseChange,
}

#[derive(Serialize)]
struct Args {
    request: SaveServiceUse,
}

/// The most contacts one month may hold: a typo, not a month, beyond it.
const MOST_CONTACTS: u32 = 999;

fn month_text(m: Month) -> String {
    format!("{}/{}", m.month, m.year)
}

fn month_value(m: Month) -> String {
    format!("{}-{:02}", m.year, m.month)
}

fn parse_month(text: &str) -> Option<Month> {
    let (year, month) = text.split_once('-')?;
    Some(Month {
        year: year.parse().ok()?,
        month: month.parse().ok().filter(|m| (1..=12).contains(m))?,
    })
}

#[function_component(ServiceUseSection)]
pub fn service_use_section(props: &Props) -> Html {
    let i18n = use_i18n();
    let section_error = use_state(|| None::<kohtaamo_model::api::ApiError>);
    let local_error = use_state(|| None::<String>);
    let change = props.change.reporting_to(section_error.clone());
    let case = &props.case;
    let today = today();
    let started = case
        .clientship()
        .map(|c| c.record.started_on)
        .unwrap_or(today);
    // The months that can be recorded: the year before the start up to now.
    let first = Month::of(started).plus(-(COMPARED_MONTHS as i32));
    let now = Month::of(today);
    let mut months = Vec::new();
    let mut m = now;
    while m >= first {
        months.push(m);
        m = m.plus(-1);
    }
    let save = {
        let (change, local_error, i18n) = (change.clone(), local_error.clone(), i18n.clone());
        let client = case.client.id;
        Callback::from(move |e: SubmitEvent| {
            let Some(form) = crate::screens::case::submitted_form(&e) else {
                return;
            };
            let contacts = form_value(&form, "#service-use-contacts")
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| *n <= MOST_CONTACTS);
            let (Some(contacts), Some(month)) = (
                contacts,
                parse_month(&form_value(&form, "#service-use-month")),
            ) else {
                local_error.set(Some(i18n.t_with(
                    "service-use-contacts-invalid",
                    &[("most", MOST_CONTACTS.into())],
                )));
                return;
            };
            local_error.set(None);
            let service_use = ServiceUse {
                service: form_value(&form, "#service-use-service"),
                month,
                contacts,
            };
            change.send(
                "save_service_use",
                Args {
                    request: SaveServiceUse {
                        client,
                        service_use,
                    },
                },
            );
        })
    };
    let records: Vec<ServiceUse> = case.service_use.iter().map(|s| s.record.clone()).collect();
    let comparison = compare(&records, started, today);
    let mut listed = records.clone();
    listed.sort_by(|a, b| b.month.cmp(&a.month).then(a.service.cmp(&b.service)));
    html! {
        <section class="case-section" id="service-use" aria-labelledby="service-use-title">
            <h3 id="service-use-title">{ i18n.t("service-use-title") }</h3>
            <form class="service-use-form" onsubmit={save}>
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("service-use-service") }</span>
                    <select id="service-use-service">
                        { for case.services.iter().map(|s| html! { <option value={s.clone()}>{ s }</option> }) }
                    </select>
                </label>
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("service-use-month") }</span>
                    <select id="service-use-month">
                        { for months.iter().map(|m| html! {
                            <option value={month_value(*m)}>{ month_text(*m) }</option>
                        }) }
                    </select>
                </label>
                <label class="field hds-text-input">
                    <span class="hds-text-input__label">{ i18n.t("service-use-contacts") }</span>
                    <input class="hds-text-input__input" id="service-use-contacts" type="text"
                           inputmode="numeric" autocomplete="off" />
                </label>
                <button id="save-service-use" class="hds-button hds-button--primary" type="submit">
                    { i18n.t("service-use-save") }
                </button>
            </form>
            if let Some(message) = &*local_error {
                <p class="notice notice-error" id="service-use-error" role="alert">{ message }</p>
            }
            <crate::screens::error_notice::ErrorNotice id="service-use-save-error"
                message={section_error.as_ref().map(|e| crate::errors::api_error(&i18n, e))} />
            if !listed.is_empty() {
                <ul class="service-use-list" id="service-use-list">
                    { for listed.iter().map(|u| html! {
                        <li>{ i18n.t_with("service-use-recorded", &[
                            ("month", month_text(u.month).into()),
                            ("service", u.service.clone().into()),
                            ("count", u.contacts.into()),
                        ]) }</li>
                    }) }
                </ul>
            }
            <div id="service-use-comparison">
                if comparison.months == 0 {
                    <p class="muted">{ i18n.t("service-use-compare-not-yet") }</p>
                } else {
                    <table class="report-table">
                        <caption>{ i18n.t_with("service-use-compare-title", &[("months", comparison.months.into())]) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ i18n.t("service-use-service") }</th>
                                <th scope="col">{ i18n.t("service-use-before") }</th>
                                <th scope="col">{ i18n.t("service-use-after") }</th>
                                <th scope="col">{ i18n.t("service-use-change") }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for comparison.services.iter().map(|(service, before, after)| {
                                let delta = i64::from(*after) - i64::from(*before);
                                html! {
                                    <tr>
                                        <th scope="row">{ service }</th>
                                        <td>{ before }</td>
                                        <td>{ after }</td>
                                        <td>{ if delta > 0 { format!("+{delta}") } else { delta.to_string() } }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }
            </div>
        </section>
    }
}
