//! The client view for the shared screen: large type, plain words, the
//! client's own language, and only what is marked for the client. Nothing
//! professional-only is put into the page at all.

use kohtaamo_model::case::clientship::TeamRole;
use kohtaamo_model::case::consent::shown_on_shared_screen;
use kohtaamo_model::case::plan::ActionStatus;
use kohtaamo_model::case::stored::Case;
use yew::prelude::*;

use super::plan::{owner_name, status_name};
use crate::i18n::I18n;
use crate::labels;

/// How many next steps the client view lists.
const NEXT_STEPS: usize = 3;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub case: Case,
    /// Turns the screen back to the workspace; none in the client's own
    /// window, which is closed from the main window.
    #[prop_or_default]
    pub on_close: Option<Callback<()>>,
    /// Where the client's answer to a measure goes, and the case after it.
    pub answer_via: crate::screens::measures::client_block::AnswerVia,
    pub on_case: Callback<Case>,
}

#[function_component(ClientView)]
pub fn client_view(props: &Props) -> Html {
    let case = &props.case;
    let language = labels::client_words(&case.client);
    let i18n = I18n::for_language(language);
    // The same key turns the screen back.
    crate::privacy::use_key(
        crate::privacy::CLIENT_VIEW_KEY,
        props.on_close.clone().unwrap_or_else(Callback::noop),
    );
    let plan = case.current_plan().map(|p| &p.record);
    let responsible = case.clientship().and_then(|c| {
        c.record
            .team
            .members
            .iter()
            .find(|m| m.role == TeamRole::ResponsibleWorker)
            .and_then(|m| case.professional_name(m.professional))
    });
    let contact = case
        .clientship()
        .map(|c| c.record.team.contact_instructions.clone())
        .unwrap_or_default();
    let last_appointment = case.appointments.last().map(|a| &a.record);
    // What happens next: the nearest few of what is still to do.
    let mut next_steps = plan.map(|p| p.open_dated_actions()).unwrap_or_default();
    next_steps.truncate(NEXT_STEPS);
    // Professionals of both registers see the shared screen: a register's
    // content is on it only under the client's consent.
    let today = super::plan::today();
    let consents: Vec<_> = case.consents.iter().map(|c| c.record.clone()).collect();
    // The client's own resources, from entries marked for the client.
    let strengths: Vec<String> = case
        .holistic_assessments
        .last()
        .map(|a| {
            a.record
                .entries
                .iter()
                .filter(|e| {
                    shown_on_shared_screen(&consents, e.register, e.visibility, today)
                        && !e.resources.trim().is_empty()
                })
                .map(|e| e.resources.clone())
                .collect()
        })
        .unwrap_or_default();

    html! {
        <section class="client-view" id="client-view" lang={language.code()} aria-labelledby="client-view-title">
            if let Some(on_close) = props.on_close.clone() {
                <div class="client-view-bar">
                    <button id="close-client-view" class="hds-button hds-button--secondary"
                            onclick={Callback::from(move |_| on_close.emit(()))}>
                        { i18n.t("client-view-close") }
                    </button>
                </div>
            }
            <h1 id="client-view-title">{ i18n.t("client-view-title") }</h1>
            if let Some(s) = case.segment() {
                <section class="cv-block" id="cv-segment">
                    <h2>{ labels::segment_name(&i18n, s.record.chosen) }</h2>
                    <p>{ labels::segment_meaning(&i18n, s.record.chosen) }</p>
                </section>
            }
            if !next_steps.is_empty() {
                <section class="cv-block" id="cv-next">
                    <h2>{ i18n.t("client-view-next") }</h2>
                    <ul class="cv-actions">
                        { for next_steps.iter().map(|a| html! {
                            <li class="cv-action">
                                <span class="cv-who">{ owner_name(&i18n, case, &a.owner) }{ ": " }</span>
                                { &a.text }
                                if let Some(due) = a.due {
                                    { " — " }{ i18n.t_with("client-view-by", &[("date", labels::date(due).into())]) }
                                    // Said in words, not only by colour, so it
                                    // reads from across the room.
                                    if a.is_late(today) {
                                        { " " }<span class="hds-tag cv-late">{ i18n.t("client-view-late") }</span>
                                    }
                                }
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <section class="cv-block" id="cv-goals">
                <h2>{ i18n.t("client-view-goals") }</h2>
                if let Some(plan) = plan {
                    <ol class="cv-goals">
                        { for plan.goals.iter().map(|g| html! {
                            <li class="cv-goal">
                                <p class="cv-goal-text">{ &g.text }</p>
                                <ul class="cv-actions">
                                    { for g.actions.iter().map(|a| html! {
                                        <li class="cv-action">
                                            <span class="cv-who">{ owner_name(&i18n, case, &a.owner) }{ ": " }</span>
                                            { &a.text }
                                            if let Some(due) = a.due {
                                                { " — " }{ i18n.t_with("client-view-by", &[("date", labels::date(due).into())]) }
                                            }
                                            if a.status == ActionStatus::Done {
                                                { " " }<span class="cv-done">{ "✓ " }{ status_name(&i18n, a.status) }</span>
                                            }
                                        </li>
                                    }) }
                                </ul>
                            </li>
                        }) }
                    </ol>
                    if let Some(review) = plan.review_date {
                        <p class="cv-review">{ i18n.t_with("client-view-review", &[("date", labels::date(review).into())]) }</p>
                    }
                } else {
                    <p>{ i18n.t("client-view-no-plan") }</p>
                }
            </section>
            if !strengths.is_empty() {
                <section class="cv-block" id="cv-strengths">
                    <h2>{ i18n.t("client-view-strengths") }</h2>
                    <ul>{ for strengths.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                </section>
            }
            if let Some(appointment) = last_appointment {
                <section class="cv-block" id="cv-agreed">
                    <h2>{ i18n.t("client-view-agreed") }</h2>
                    if !appointment.agreed.is_empty() {
                        <p>{ &appointment.agreed }</p>
                    }
                    <ul>
                        { for appointment.notes.iter()
                            .filter(|n| shown_on_shared_screen(&consents, n.register, n.visibility, today))
                            .map(|n| html! { <li class="cv-note">{ &n.text }</li> }) }
                    </ul>
                </section>
            }
            <crate::screens::measures::client_block::ClientMeasures case={case.clone()}
                via={props.answer_via} on_case={props.on_case.clone()} />
            <section class="cv-block" id="cv-contact">
                <h2>{ i18n.t("client-view-contact") }</h2>
                if let Some(name) = responsible {
                    <p>{ i18n.t_with("client-view-responsible", &[("name", name.to_owned().into())]) }</p>
                }
                if !contact.is_empty() {
                    <p>{ contact }</p>
                }
                // The team members whose contact details the team gives the client.
                <ul class="cv-team">
                    { for case.clientship().map(|c| c.record.team.members.clone()).unwrap_or_default().iter()
                        .filter(|m| m.contact_to_client)
                        .filter_map(|m| case.professional(m.professional).map(|p| (m.role, p.clone())))
                        .map(|(role, p)| html! {
                            <li class="cv-member">
                                <strong>{ &p.name }</strong>{ ", " }{ labels::team_role(&i18n, role) }
                                if !p.phone.is_empty() { <br />{ i18n.t("client-view-phone") }{ " " }{ &p.phone } }
                                if !p.secure_email.is_empty() { <br />{ i18n.t("client-view-email") }{ " " }{ &p.secure_email } }
                            </li>
                        }) }
                </ul>
            </section>
        </section>
    }
}
