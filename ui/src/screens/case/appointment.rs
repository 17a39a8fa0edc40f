//! The joint appointment: started with its mode and the team present,
//! notes tagged with the author's register and who may see them, ended
//! with what was agreed.

use kohtaamo_model::api::SaveAppointment;
use kohtaamo_model::case::appointment::{JointAppointment, Mode, Note, Participant};
use kohtaamo_model::case::clientship::{author_register, TeamMember};
use kohtaamo_model::case::professional::ProfessionalId;
use kohtaamo_model::case::register::{Register, Visibility};
use kohtaamo_model::case::stored::{Case, Stored};
use serde::Serialize;
use wasm_bindgen::JsCast;
use web_sys::{HtmlFormElement, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::first_choice::FirstChoice;
use super::form_value::form_value;
use super::live_text::LiveText;
use super::plan::today;
use super::present::{present_fieldset, ticked};
use super::CaseChange;
use crate::i18n::{use_i18n, I18n};
use crate::labels;
use crate::privacy::AppointmentRunning;
use crate::saving::Request;

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

fn form_of(e: &SubmitEvent) -> Option<HtmlFormElement> {
    e.prevent_default();
    e.target()
        .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
}

/// The form an event happened in.
fn form_around(e: &Event) -> Option<HtmlFormElement> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("form").ok().flatten())
        .and_then(|f| f.dyn_into::<HtmlFormElement>().ok())
}

/// The note as the note form shows it.
fn read_note(form: &HtmlFormElement, team: &[TeamMember]) -> Option<Note> {
    let author = form_value(form, "#note-author")
        .parse()
        .map(ProfessionalId)
        .ok()?;
    let visibility = if form_value(form, "#note-visibility") == "professional-only" {
        Visibility::ProfessionalOnly
    } else {
        Visibility::ShownToClient
    };
    Some(Note {
        text: form_value(form, "#note-text"),
        author,
        register: author_register(team, author),
        visibility,
    })
}

/// Saves `edit` of the running appointment `id`, made to the newest stored
/// copy when its turn in the save queue comes; `typing` names the field
/// whose typing it is, saved once typing pauses.
fn edit_open(
    change: &CaseChange,
    id: i64,
    typing: Option<&str>,
    edit: impl FnOnce(&mut JointAppointment) + 'static,
) {
    let request = move |case: &Case| {
        let stored = case.appointments.iter().find(|a| a.id == id)?;
        if stored.record.ended {
            return None;
        }
        let mut appointment = stored.record.clone();
        edit(&mut appointment);
        Some(Request::new(
            "save_appointment",
            &Args {
                request: SaveAppointment {
                    client: case.client.id,
                    id: Some(id),
                    revision: stored.revision,
                    appointment,
                },
            },
        ))
    };
    match typing {
        Some(key) => change.typing(key.to_owned(), request),
        None => change.edit(request),
    }
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
    // Ending was refused because a note was still being written.
    let unfinished = use_state(|| false);
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

    let team_ids: Vec<ProfessionalId> = team.iter().map(|m| m.professional).collect();
    let Some(current) = open else {
        let start = {
            let (save, team) = (save.clone(), team.clone());
            Callback::from(move |e: SubmitEvent| {
                let Some(form) = form_of(&e) else { return };
                let mode = match form_value(&form, "input[name=mode]:checked").as_str() {
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
                        participants: {
                            let present = ticked(&form, "appointment-present");
                            team.iter()
                                .map(|m| Participant {
                                    professional: m.professional,
                                    present: present.contains(&m.professional),
                                })
                                .collect()
                        },
                        client_present: form
                            .query_selector("#appointment-client-present")
                            .ok()
                            .flatten()
                            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                            .is_some_and(|i| i.checked()),
                        agenda: form_value(&form, "#appointment-agenda"),
                        agreed: String::new(),
                        notes: Vec::new(),
                        ended: false,
                        draft_note: None,
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
                    <fieldset class="choices">
                        <legend>{ i18n.t("appointment-mode") }</legend>
                        { for MODES.iter().enumerate().map(|(i, (mode, key))| html! {
                            <label class="check">
                                <input type="radio" name="mode" value={*key} id={format!("mode-{key}")} checked={i == 0} />
                                { mode_name(&i18n, *mode) }
                            </label>
                        }) }
                    </fieldset>
                    { present_fieldset(i18n.t("appointment-participants"), case, &team_ids, "appointment-present",
                                       ("appointment-client-present", i18n.t("appointment-client-present"))) }
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
    let id = current.id;
    let on_note_input = {
        let (change, team) = (props.change.clone(), team.clone());
        Callback::from(move |e: InputEvent| {
            let Some(form) = form_around(&e) else { return };
            let note = read_note(&form, &team);
            edit_open(&change, id, Some("note-draft"), move |a| {
                a.draft_note = note
            });
        })
    };
    let on_note_change = {
        let (change, team) = (props.change.clone(), team.clone());
        Callback::from(move |e: Event| {
            let Some(form) = form_around(&e) else { return };
            let note = read_note(&form, &team);
            edit_open(&change, id, None, move |a| a.draft_note = note);
        })
    };
    let add_note = {
        let (change, team) = (props.change.clone(), team.clone());
        Callback::from(move |e: SubmitEvent| {
            let Some(form) = form_of(&e) else { return };
            let Some(note) = read_note(&form, &team).filter(|n| !n.text.trim().is_empty()) else {
                return;
            };
            // The author and whom it is for stay as chosen: the next note
            // is often by the same person, for the same readers.
            let next = Note {
                text: String::new(),
                ..note.clone()
            };
            edit_open(&change, id, None, move |a| {
                a.notes.push(note);
                a.draft_note = Some(next);
            });
            if let Some(text) = form
                .query_selector("#note-text")
                .ok()
                .flatten()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            {
                text.set_value("");
            }
        })
    };
    let on_agreed_input = {
        let change = props.change.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let agreed = area.value();
            edit_open(&change, id, Some("appointment-agreed"), move |a| {
                a.agreed = agreed
            });
        })
    };
    let end = {
        let (change, unfinished) = (props.change.clone(), unfinished.clone());
        Callback::from(move |e: SubmitEvent| {
            let Some(form) = form_of(&e) else { return };
            // A note still being written would be lost with the draft: it
            // is added or cleared first.
            let pending = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("note-text"))
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
                .is_some_and(|t| !t.value().trim().is_empty());
            unfinished.set(pending);
            if pending {
                return;
            }
            let agreed = form_value(&form, "#appointment-agreed");
            edit_open(&change, id, None, move |a| {
                a.agreed = agreed;
                a.ended = true;
                a.draft_note = None;
            });
        })
    };
    let draft = record.draft_note.clone();
    let draft_author = draft.as_ref().map(|n| n.author);
    let draft_private = draft
        .as_ref()
        .is_some_and(|n| n.visibility == Visibility::ProfessionalOnly);
    let author_options: Vec<(String, String)> = team
        .iter()
        .map(|m| {
            let name = case.professional_name(m.professional).unwrap_or("?");
            (m.professional.0.to_string(), name.to_owned())
        })
        .collect();
    let visibility_options = vec![
        (
            "shown-to-client".to_owned(),
            i18n.t("visibility-shown-to-client"),
        ),
        (
            "professional-only".to_owned(),
            i18n.t("visibility-professional-only"),
        ),
    ];
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
            <form class="note-form" onsubmit={add_note} oninput={on_note_input} onchange={on_note_change}>
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("note-text") }</span>
                    <LiveText id="note-text" rows={3}
                              value={draft.as_ref().map(|n| n.text.clone()).unwrap_or_default()} />
                </label>
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("note-author") }</span>
                    <FirstChoice id="note-author" options={author_options}
                                 initial={draft_author.map(|p| p.0.to_string()).unwrap_or_default()} />
                </label>
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("note-visibility") }</span>
                    <FirstChoice id="note-visibility" options={visibility_options}
                                 initial={if draft_private { "professional-only" } else { "shown-to-client" }} />
                </label>
                <button id="add-note" class="hds-button hds-button--secondary" type="submit">
                    { i18n.t("note-add") }
                </button>
            </form>
            if *unfinished && draft.as_ref().is_some_and(|n| !n.text.trim().is_empty()) {
                <p class="notice notice-error" id="appointment-error" role="alert">
                    { i18n.t("appointment-error-unfinished-note") }
                </p>
            }
            <form class="end-form" onsubmit={end}>
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("appointment-agreed") }</span>
                    <LiveText id="appointment-agreed" rows={2} value={record.agreed.clone()}
                              oninput={on_agreed_input} />
                </label>
                <button id="end-appointment" class="hds-button hds-button--primary" type="submit">
                    { i18n.t("appointment-end") }
                </button>
            </form>
        </section>
    }
}
