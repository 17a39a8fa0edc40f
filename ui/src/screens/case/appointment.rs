//! The joint appointment: started with its mode and the team present,
//! notes tagged with the author's register and who may see them, ended
//! with what was agreed.

use kohtaamo_model::api::SaveAppointment;
use kohtaamo_model::case::appointment::{JointAppointment, Mode, Note, Participant};
use kohtaamo_model::case::clientship::author_register;
use kohtaamo_model::case::professional::ProfessionalId;
use kohtaamo_model::case::register::{Register, Visibility};
use kohtaamo_model::case::stored::{Case, Stored};
use serde::Serialize;
use wasm_bindgen::JsCast;
use web_sys::{HtmlFormElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::plan::today;
use super::CaseChange;
use crate::i18n::{use_i18n, I18n};
use crate::labels;
use crate::privacy::AppointmentRunning;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub case: Case,
    pub change: CaseChange,
}

#[derive(Serialize)]
struct Args {
    request: SaveAppointment,
}

const MODES: [(Mode, &str); 3] = [
    (Mode::Office, "office"),
    (Mode::Remote, "remote"),
    (Mode::HomeVisit, "home-visit"),
];

fn mode_name(i18n: &I18n, mode: Mode) -> String {
    i18n.t(match mode {
        Mode::Office => "appointment-mode-office",
        Mode::Remote => "appointment-mode-remote",
        Mode::HomeVisit => "appointment-mode-home-visit",
    })
}

fn value(form: &HtmlFormElement, css: &str) -> String {
    let Ok(Some(element)) = form.query_selector(css) else {
        return String::new();
    };
    if let Some(e) = element.dyn_ref::<HtmlInputElement>() {
        return e.value();
    }
    if let Some(e) = element.dyn_ref::<HtmlTextAreaElement>() {
        return e.value();
    }
    element
        .dyn_ref::<HtmlSelectElement>()
        .map(|e| e.value())
        .unwrap_or_default()
}

fn form_of(e: &SubmitEvent) -> Option<HtmlFormElement> {
    e.prevent_default();
    e.target()
        .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
}

#[function_component(AppointmentSection)]
pub fn appointment_section(props: &Props) -> Html {
    let i18n = use_i18n();
    let case = &props.case;
    let client = case.client.id;
    let open: Option<Stored<JointAppointment>> = case
        .appointments
        .iter()
        .rev()
        .find(|a| !a.record.ended)
        .cloned();
    let running = use_context::<AppointmentRunning>();
    {
        let is_open = open.is_some();
        use_effect_with(is_open, move |is_open| {
            if let Some(r) = &running {
                r.0.emit(*is_open);
            }
            let running = running.clone();
            move || {
                if let Some(r) = running {
                    r.0.emit(false);
                }
            }
        });
    }
    let team: Vec<_> = case
        .clientship()
        .map(|c| c.record.team.members.clone())
        .unwrap_or_default();
    let save = {
        let change = props.change.clone();
        move |id: Option<i64>, revision: i64, appointment: JointAppointment| {
            change.send(
                "save_appointment",
                Args {
                    request: SaveAppointment {
                        client,
                        id,
                        revision,
                        appointment,
                    },
                },
            )
        }
    };

    let Some(current) = open else {
        let start = {
            let (save, team) = (save.clone(), team.clone());
            Callback::from(move |e: SubmitEvent| {
                let Some(form) = form_of(&e) else { return };
                let mode = match value(&form, "input[name=mode]:checked").as_str() {
                    "remote" => Mode::Remote,
                    "home-visit" => Mode::HomeVisit,
                    _ => Mode::Office,
                };
                save(
                    None,
                    0,
                    JointAppointment {
                        date: today(),
                        mode,
                        participants: team
                            .iter()
                            .map(|m| Participant {
                                professional: m.professional,
                                present: true,
                            })
                            .collect(),
                        client_present: true,
                        agenda: value(&form, "#appointment-agenda"),
                        agreed: String::new(),
                        notes: Vec::new(),
                        ended: false,
                    },
                );
            })
        };
        let past = case.appointments.iter().rev().map(|a| {
            html! {
                <li>{ labels::date(a.record.date) }{ " — " }{ mode_name(&i18n, a.record.mode) }
                    if !a.record.agreed.is_empty() { { ": " }{ &a.record.agreed } }
                </li>
            }
        });
        return html! {
            <section class="case-section" id="appointment" aria-labelledby="appointment-title">
                <h3 id="appointment-title">{ i18n.t("appointment-title") }</h3>
                <form onsubmit={start}>
                    <fieldset>
                        <legend>{ i18n.t("appointment-mode") }</legend>
                        { for MODES.iter().enumerate().map(|(i, (mode, key))| html! {
                            <label class="check">
                                <input type="radio" name="mode" value={*key} id={format!("mode-{key}")} checked={i == 0} />
                                { mode_name(&i18n, *mode) }
                            </label>
                        }) }
                    </fieldset>
                    <label class="field hds-text-input">
                        <span class="hds-text-input__label">{ i18n.t("appointment-agenda") }</span>
                        <input class="hds-text-input__input" id="appointment-agenda" type="text" />
                    </label>
                    <button id="start-appointment" class="hds-button hds-button--primary" type="submit">
                        { i18n.t("appointment-start") }
                    </button>
                </form>
                if !case.appointments.is_empty() {
                    <h4>{ i18n.t("appointment-past") }</h4>
                    <ul class="past-appointments">{ for past }</ul>
                }
            </section>
        };
    };

    let record = current.record.clone();
    let add_note = {
        let (save, current, team) = (save.clone(), current.clone(), team.clone());
        Callback::from(move |e: SubmitEvent| {
            let Some(form) = form_of(&e) else { return };
            let text = value(&form, "#note-text");
            if text.trim().is_empty() {
                return;
            }
            let author = value(&form, "#note-author")
                .parse()
                .map(ProfessionalId)
                .unwrap_or(ProfessionalId(0));
            let register = author_register(&team, author);
            let visibility = if value(&form, "#note-visibility") == "professional-only" {
                Visibility::ProfessionalOnly
            } else {
                Visibility::ShownToClient
            };
            let mut appointment = current.record.clone();
            appointment.notes.push(Note {
                text,
                author,
                register,
                visibility,
            });
            save(Some(current.id), current.revision, appointment);
            form.reset();
        })
    };
    let end = {
        let (save, current) = (save.clone(), current.clone());
        Callback::from(move |e: SubmitEvent| {
            let Some(form) = form_of(&e) else { return };
            let mut appointment = current.record.clone();
            appointment.agreed = value(&form, "#appointment-agreed");
            appointment.ended = true;
            save(Some(current.id), current.revision, appointment);
        })
    };
    html! {
        <section class="case-section appointment-running" id="appointment" aria-labelledby="appointment-title">
            <h3 id="appointment-title">
                { i18n.t("appointment-running") }{ " " }
                <span class="hds-tag">{ mode_name(&i18n, record.mode) }</span>
            </h3>
            if !record.agenda.is_empty() {
                <p>{ &record.agenda }</p>
            }
            <ul class="notes" id="notes">
                { for record.notes.iter().map(|n| html! {
                    <li class="note">
                        <span class="note-text">{ &n.text }</span>
                        <span class="hds-tag note-register">{ i18n.t(match n.register {
                            Register::HealthCare => "register-health-care",
                            Register::SocialWelfare => "register-social-welfare",
                        }) }</span>
                        <span class="hds-tag note-visibility">{ i18n.t(match n.visibility {
                            Visibility::ShownToClient => "visibility-shown-to-client",
                            Visibility::ProfessionalOnly => "visibility-professional-only",
                        }) }</span>
                    </li>
                }) }
            </ul>
            <form class="note-form" onsubmit={add_note}>
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("note-text") }</span>
                    <textarea id="note-text" rows="3" />
                </label>
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("note-author") }</span>
                    <select id="note-author">
                        { for team.iter().map(|m| html! {
                            <option value={m.professional.0.to_string()}>
                                { case.professional_name(m.professional).unwrap_or("?").to_owned() }
                            </option>
                        }) }
                    </select>
                </label>
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("note-visibility") }</span>
                    <select id="note-visibility">
                        <option value="shown-to-client">{ i18n.t("visibility-shown-to-client") }</option>
                        <option value="professional-only">{ i18n.t("visibility-professional-only") }</option>
                    </select>
                </label>
                <button id="add-note" class="hds-button hds-button--secondary" type="submit">
                    { i18n.t("note-add") }
                </button>
            </form>
            <form class="end-form" onsubmit={end}>
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("appointment-agreed") }</span>
                    <textarea id="appointment-agreed" rows="2" />
                </label>
                <button id="end-appointment" class="hds-button hds-button--primary" type="submit">
                    { i18n.t("appointment-end") }
                </button>
            </form>
        </section>
    }
}
