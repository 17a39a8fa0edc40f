//! Consents for information to cross between the social welfare and health
//! care registers: recorded with their scope, withdrawn when the client
//! says so. The client view shows a register's content only under one.

use kohtaamo_model::api::SaveConsent;
use kohtaamo_model::case::consent::{Consent, Direction};
use kohtaamo_model::case::professional::ProfessionalId;
use kohtaamo_model::case::stored::Case;
use serde::Serialize;
use yew::prelude::*;

use super::form_value::form_value;
use super::plan::today;
use super::CaseChange;
use crate::i18n::{use_i18n, I18n};
use crate::labels;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub case: Case,
    pub change: CaseChange,
}

#[derive(Serialize)]
struct Args {
    request: SaveConsent,
}

fn direction_name(i18n: &I18n, direction: Direction) -> String {
    i18n.t(match direction {
        Direction::SocialToHealth => "consent-social-to-health",
        Direction::HealthToSocial => "consent-health-to-social",
    })
}

#[function_component(ConsentSection)]
pub fn consent_section(props: &Props) -> Html {
    let i18n = use_i18n();
    // A refusal is said in this section, next to what caused it.
    let section_error = use_state(|| None::<kohtaamo_model::api::ApiError>);
    let change = props.change.reporting_to(section_error.clone());
    let notice = html! {
        <crate::screens::error_notice::ErrorNotice id="consent-save-error"
            message={section_error.as_ref().map(|e| crate::errors::api_error(&i18n, e))} />
    };
    let case = &props.case;
    let client = case.client.id;
    // Recorded by the store's owner (the store decides it again).
    let recorder = case.owner.unwrap_or(ProfessionalId::from_u128(0));
    let record = {
        let change = change.clone();
        Callback::from(move |e: SubmitEvent| {
            let Some(form) = crate::screens::case::submitted_form(&e) else {
                return;
            };
            let pick = |css: &str| form_value(&form, css);
            let direction = if pick("#consent-direction") == "health-to-social" {
                Direction::HealthToSocial
            } else {
                Direction::SocialToHealth
            };
            let consent = Consent {
                direction,
                scope: pick("#consent-scope"),
                given_on: today(),
                withdrawn_on: None,
                recorded_by: recorder,
            };
            change.send(
                "save_consent",
                Args {
                    request: SaveConsent {
                        client,
                        id: None,
                        revision: 0,
                        consent,
                    },
                },
            );
            form.reset();
        })
    };
    let on = today();
    html! {
        <section class="case-section" id="consents" aria-labelledby="consents-title">
            <h3 id="consents-title">{ i18n.t("consent-title") }</h3>
            <p class="muted" id="consent-help">{ i18n.t("consent-help") }</p>
            <ul class="consents">
                { for case.consents.iter().map(|c| {
                    let withdraw = {
                        let (change, stored) = (change.clone(), c.clone());
                        Callback::from(move |_| {
                            let mut consent = stored.record.clone();
                            consent.withdrawn_on = Some(today());
                            change.send("save_consent", Args { request: SaveConsent {
                                client: stored.client, id: Some(stored.id), revision: stored.revision, consent,
                            } });
                        })
                    };
                    let in_force = c.record.is_in_force(on);
                    html! {
                        <li class="consent">
                            <span class="consent-text">
                                <strong>{ direction_name(&i18n, c.record.direction) }</strong>
                                { ": " }{ &c.record.scope }{ " — " }
                                { i18n.t_with("consent-given", &[("date", labels::date(c.record.given_on).into())]) }
                                if let Some(w) = c.record.withdrawn_on {
                                    { " " }{ i18n.t_with("consent-withdrawn", &[("date", labels::date(w).into())]) }
                                }
                            </span>
                            if in_force {
                                <button type="button" class="hds-button hds-button--supplementary hds-button--small withdraw-consent"
                                        onclick={withdraw}>
                                    { i18n.t("consent-withdraw") }
                                </button>
                            }
                        </li>
                    }
                }) }
            </ul>
            <form class="consent-form" onsubmit={record}>
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("consent-direction") }</span>
                    <select id="consent-direction">
                        <option value="social-to-health">{ direction_name(&i18n, Direction::SocialToHealth) }</option>
                        <option value="health-to-social">{ direction_name(&i18n, Direction::HealthToSocial) }</option>
                    </select>
                </label>
                <label class="field hds-text-input">
                    <span class="hds-text-input__label">{ i18n.t("consent-scope") }</span>
                    <input class="hds-text-input__input" id="consent-scope" type="text" />
                </label>
                <button id="record-consent" class="hds-button hds-button--secondary" type="submit">
                    { i18n.t("consent-record") }
                </button>
            </form>
            { notice.clone() }
        </section>
    }
}
