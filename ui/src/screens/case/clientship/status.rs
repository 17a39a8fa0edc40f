//! The clientship's status: paused, taken up again or its period closed,
//! each with its reason; and the history of those changes and of earlier
//! periods, which stay readable.

use kohtaamo_model::api::ChangeClientshipStatus;
use kohtaamo_model::case::clientship::{ClientshipStatus, JointClientship};
use kohtaamo_model::case::stored::{Case, Stored};
use serde::Serialize;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::i18n::{use_i18n, I18n};
use crate::labels;
use crate::saving::Request;
use crate::screens::case::CaseChange;

#[derive(Serialize)]
struct Args {
    request: ChangeClientshipStatus,
}

/// What a status says, in a line.
pub fn status_text(i18n: &I18n, status: &ClientshipStatus) -> String {
    match status {
        ClientshipStatus::Active => i18n.t("clientship-status-active"),
        ClientshipStatus::Paused { reason } => i18n.t_with(
            "clientship-status-paused",
            &[("reason", reason.clone().into())],
        ),
        ClientshipStatus::Closed { reason, on } => i18n.t_with(
            "clientship-status-closed",
            &[
                ("date", labels::date(*on).into()),
                ("reason", reason.clone().into()),
            ],
        ),
    }
}

/// Who changed the status when, oldest first.
pub fn status_history(i18n: &I18n, case: &Case, ship: &JointClientship) -> Html {
    if ship.status_changes.is_empty() {
        return Html::default();
    }
    html! {
        <ol class="status-history">
            { for ship.status_changes.iter().map(|c| html! {
                <li>
                    { i18n.t_with("clientship-status-change", &[
                        ("date", labels::date(c.on).into()),
                        ("status", status_text(i18n, &c.status).into()),
                        ("name", case.professional_name(c.by).unwrap_or("?").to_owned().into()),
                    ]) }
                </li>
            }) }
        </ol>
    }
}

/// The periods before the current one (and the current one, when it has
/// closed): readable, never changed.
pub fn earlier_periods(i18n: &I18n, case: &Case) -> Html {
    let closed: Vec<&Stored<JointClientship>> = case
        .clientship
        .iter()
        .filter(|s| s.record.status.is_closed())
        .collect();
    if closed.is_empty() {
        return Html::default();
    }
    html! {
        <details class="earlier-periods" id="earlier-periods">
            <summary>{ i18n.t_with("clientship-earlier-periods", &[("count", closed.len().into())]) }</summary>
            <ol>
                { for closed.iter().map(|s| html! {
                    <li class="earlier-period">
                        <p>{ i18n.t_with("clientship-started", &[("date", labels::date(s.record.started_on).into())]) }</p>
                        <p>{ status_text(i18n, &s.record.status) }</p>
                        { status_history(i18n, case, &s.record) }
                    </li>
                }) }
            </ol>
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub case: Case,
    pub change: CaseChange,
}

/// The status of the open period, and the buttons that change it.
#[function_component(StatusPanel)]
pub fn status_panel(props: &Props) -> Html {
    let i18n = use_i18n();
    let reason = use_node_ref();
    let Some(ship) = props.case.clientship() else {
        return Html::default();
    };
    let status = ship.record.status.clone();
    // Sent against the newest stored period: its revision may have moved on
    // since this was drawn (a team edit on its way).
    let send = |make: fn(String) -> ClientshipStatus| {
        let (reason, change) = (reason.clone(), props.change.clone());
        Callback::from(move |_: MouseEvent| {
            let field = reason.cast::<HtmlTextAreaElement>();
            let text = field.as_ref().map(|t| t.value()).unwrap_or_default();
            if let Some(field) = field {
                field.set_value("");
            }
            let status = make(text);
            change.edit(move |case| {
                let ship = case.clientship()?;
                Some(Request::new(
                    "change_clientship_status",
                    &Args {
                        request: ChangeClientshipStatus {
                            client: case.client.id,
                            id: ship.id,
                            revision: ship.revision,
                            status,
                        },
                    },
                ))
            });
        })
    };
    let pause = send(|reason| ClientshipStatus::Paused { reason });
    let resume = send(|_| ClientshipStatus::Active);
    let close = send(|reason| ClientshipStatus::Closed {
        reason,
        on: crate::screens::case::plan::today(),
    });
    let paused = matches!(status, ClientshipStatus::Paused { .. });
    html! {
        <div class="clientship-status" id="clientship-status">
            <p class="status-line" id="clientship-status-line">{ status_text(&i18n, &status) }</p>
            { status_history(&i18n, &props.case, &ship.record) }
            <label class="field hds-text-input">
                <span class="hds-text-input__label">{ i18n.t("clientship-status-reason") }</span>
                <textarea class="hds-text-input__input" id="status-reason" rows="2" ref={reason} />
            </label>
            <div class="buttons">
                if paused {
                    <button type="button" id="resume-clientship" class="hds-button hds-button--secondary" onclick={resume}>
                        { i18n.t("clientship-resume") }
                    </button>
                } else {
                    <button type="button" id="pause-clientship" class="hds-button hds-button--secondary" onclick={pause}>
                        { i18n.t("clientship-pause") }
                    </button>
                }
                <button type="button" id="close-clientship" class="hds-button hds-button--secondary" onclick={close}>
                    { i18n.t("clientship-close") }
                </button>
            </div>
        </div>
    }
}
