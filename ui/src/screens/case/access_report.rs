//! The client's report of who has used or received their data on this
//! laptop: in the client's language, printable, and honest about what it
//! covers (this store, not the organisation's other systems).

use kohtaamo_model::access::{AccessReport, Action, Channel, Purpose, ReportLine, Who};
use yew::prelude::*;

use crate::i18n::I18n;
use crate::labels;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: AccessReport,
    pub on_close: Callback<()>,
}

fn who(i18n: &I18n, who: &Who) -> String {
    match who {
        Who::Professional { professional } => {
            let role = labels::role_name(i18n, &professional.role);
            [
                professional.name.as_str(),
                &role,
                &professional.organisation,
                &professional.unit,
            ]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect::<Vec<_>>()
            .join(", ")
        }
        Who::Named { name } => name.clone(),
        Who::BeforeProfiles => i18n.t("report-who-before-profiles"),
    }
}

fn what(i18n: &I18n, line: &ReportLine) -> String {
    let action = i18n.t(match line.action {
        Action::Read => "report-action-read",
        Action::Create => "report-action-create",
        Action::Update => "report-action-update",
        // In a client's report, a search is one that showed their name.
        Action::Search => "report-action-listed",
        Action::Export => "report-action-export",
    });
    let id = match line.record.as_str() {
        "client" => Some("report-record-client"),
        "case" => Some("report-record-case"),
        "plan" => Some("report-record-plan"),
        "clientship" => Some("report-record-clientship"),
        "segment-assessment" => Some("report-record-segment-assessment"),
        "holistic-assessment" => Some("report-record-holistic-assessment"),
        "appointment" => Some("report-record-appointment"),
        "consent" => Some("report-record-consent"),
        "service-use" => Some("report-record-service-use"),
        "access-log" => Some("report-record-access-log"),
        "access-report" => Some("report-record-access-report"),
        "client-list" => Some("report-record-client-list"),
        "measure" => Some("report-record-measure"),
        "measure-by-client" => Some("report-record-measure-by-client"),
        "fhir-bundle-health-care" => Some("report-record-fhir-health-care"),
        "fhir-bundle-social-welfare" => Some("report-record-fhir-social-welfare"),
        "handout-plan" => Some("report-record-handout-plan"),
        "handout-info-sheet" => Some("report-record-handout-info-sheet"),
        _ => None,
    };
    // A kind this build has no words for is named as the log names it.
    let record = id.map_or_else(|| line.record.clone(), |id| i18n.t(id));
    // A name on a list is the whole of that access: no record to name.
    let mut text = if line.action == Action::Search {
        action
    } else {
        format!("{action}: {record}")
    };
    if line.times > 1 {
        text.push_str(&format!(
            " ({})",
            i18n.t_with("report-times", &[("count", line.times.into())])
        ));
    }
    if line.channel == Channel::Cli {
        text.push_str(&format!(" — {}", i18n.t("report-channel-cli")));
    }
    text
}

fn why(i18n: &I18n, purpose: Purpose) -> String {
    i18n.t(match purpose {
        Purpose::Care => "report-purpose-care",
        Purpose::JointAppointment => "report-purpose-joint-appointment",
        Purpose::ClientRequest => "report-purpose-client-request",
        Purpose::Administration => "report-purpose-administration",
        Purpose::KnowledgeManagement => "report-purpose-knowledge-management",
    })
}

fn when(line: &ReportLine) -> String {
    let (day, first) = labels::moment(line.first);
    let (_, last) = labels::moment(line.last);
    if first == last {
        format!("{day} {first}")
    } else {
        format!("{day} {first}–{last}")
    }
}

fn table(i18n: &I18n, id: &'static str, lines: &[&ReportLine]) -> Html {
    if lines.is_empty() {
        return html! { <p class="muted" id={id}>{ i18n.t("report-none") }</p> };
    }
    html! {
        <table class="report-table" id={id}>
            <thead>
                <tr>
                    <th scope="col">{ i18n.t("report-col-when") }</th>
                    <th scope="col">{ i18n.t("report-col-who") }</th>
                    <th scope="col">{ i18n.t("report-col-what") }</th>
                    <th scope="col">{ i18n.t("report-col-why") }</th>
                </tr>
            </thead>
            <tbody>
                { for lines.iter().map(|l| html! {
                    <tr class="report-line">
                        <td>{ when(l) }</td>
                        <td>{ who(i18n, &l.who) }</td>
                        <td>{ what(i18n, l) }</td>
                        <td>{ why(i18n, l.purpose) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

#[function_component(AccessReportView)]
pub fn access_report_view(props: &Props) -> Html {
    let report = &props.report;
    // The client's language: the report is theirs.
    let i18n = I18n::for_language(labels::client_ui_language(report.client.language));
    let (made_day, made_time) = labels::moment(report.made_at);
    let (disclosed, used): (Vec<&ReportLine>, Vec<&ReportLine>) = report
        .lines
        .iter()
        .partition(|l| l.action == Action::Export);
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <article class="access-report" id="access-report" lang={i18n.language.code()}>
            <div class="report-actions">
                <button type="button" id="print-report" class="hds-button hds-button--primary" onclick={print}>
                    { i18n.t("report-print") }
                </button>
                <button type="button" id="close-report" class="hds-button hds-button--secondary" onclick={close}>
                    { i18n.t("report-close") }
                </button>
            </div>
            <h2 id="report-title">{ i18n.t("report-title") }</h2>
            <p id="report-client">{ i18n.t_with("report-client", &[
                ("name", report.client.name.clone().into()),
                ("date", made_day.into()),
                ("time", made_time.into()),
            ]) }</p>
            <p class="notice notice-info" id="report-covers">
                { i18n.t_with("report-covers", &[("store", report.store_id.clone().into())]) }
            </p>
            <h3>{ i18n.t("report-used-title") }</h3>
            { table(&i18n, "report-used", &used) }
            <h3>{ i18n.t("report-disclosed-title") }</h3>
            { table(&i18n, "report-disclosed", &disclosed) }
        </article>
    }
}
