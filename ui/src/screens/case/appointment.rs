//! The joint appointment: started with its mode and the team present,
//! notes tagged with the author's register and who may see them, ended
//! with what was agreed.

use kohtaamo_model::api::SaveAppointment;
use kohtaamo_model::case::appointment::{JointAppointment, Mode, Note, Participant};
use kohtaamo_model::case::authorship::SaidBy;
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
use super::present::{ticked, Present};
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
    super::form_value::submitted_form(e)
}

/// The form an event happened in.
fn form_around(e: &Event) -> Option<HtmlFormElement> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("form").ok().flatten())
        .and_then(|f| f.dyn_into::<HtmlFormElement>().ok())
}

/// Who said it, as the "said by" select's option value.
fn said_by_value(said_by: Option<&SaidBy>) -> String {
    match said_by {
        None => String::new(),
        Some(SaidBy::Client) => "client".to_owned(),
        Some(SaidBy::Professional { professional }) => format!("pro-{}", professional.0),
        Some(SaidBy::Organisation { name }) => format!("org-{name}"),
    }
}

fn said_by_from(value: &str) -> Option<SaidBy> {
    if value == "client" {
        Some(SaidBy::Client)
    } else if let Some(id) = value.strip_prefix("pro-") {
        id.parse().ok().map(|id| SaidBy::Professional {
            professional: ProfessionalId(id),
        })
    } else {
        value.strip_prefix("org-").map(|name| SaidBy::Organisation {
            name: name.to_owned(),
        })
    }
}

/// Who said a note, in words, or nothing when it is the writer's own.
fn said_by_name(i18n: &I18n, case: &Case, said_by: &SaidBy) -> String {
    match said_by {
        SaidBy::Client => i18n.t("said-by-client"),
        SaidBy::Professional { professional } => case
            .professional_name(*professional)
            .unwrap_or("?")
            .to_owned(),
        SaidBy::Organisation { name } => name.clone(),
    }
}

/// The note as the note form shows it. The writer is the store's owner
/// (the store decides it again; this only shows it).
fn read_note(form: &HtmlFormElement, case: &Case) -> Option<Note> {
    let author = case.owner?;
    let visibility = if form_value(form, "#note-visibility") == "professional-only" {
        Visibility::ProfessionalOnly
    } else {
        Visibility::ShownToClient
    };
    Some(Note {
        text: form_value(form, "#note-text"),
        author,
        register: case.owner_register()?,
        visibility,
        said_by: said_by_from(&form_value(form, "#note-said-by")),
    })
}

/// Saves `edit` of the running appointment `id`, made to the newest stored
/// copy when its turn in the save queue comes; `typing` names the field
/// whose typing it is, saved once typing pauses.
fn edit_open(
    change: &CaseChange,
    id: kohtaamo_model::id::RecordId,
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
    // A refusal is said in this section, next to what caused it.
    let section_error = use_state(|| None::<kohtaamo_model::api::ApiError>);
    let change = props.change.reporting_to(section_error.clone());
    let notice = html! {
        <crate::screens::error_notice::ErrorNotice id="appointment-save-error"
            message={section_error.as_ref().map(|e| crate::errors::api_error(&i18n, e))} />
    };
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
    // The chosen mode, as state: Yew writes `checked` on every redraw.
    let mode_choice = use_state(|| 0usize);
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
        let change = change.clone();
        move |id: Option<kohtaamo_model::id::RecordId>,
              revision: i64,
              appointment: JointAppointment| {
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
                        { for MODES.iter().enumerate().map(|(i, (mode, key))| {
                            let choose = { let mode_choice = mode_choice.clone(); Callback::from(move |_: Event| mode_choice.set(i)) };
                            html! {
                                <label class="check">
                                    <input type="radio" name="mode" value={*key} id={format!("mode-{key}")}
                                           checked={*mode_choice == i} onchange={choose} />
                                    { mode_name(&i18n, *mode) }
                                </label>
                            }
                        }) }
                    </fieldset>
                    <Present legend={i18n.t("appointment-participants")} case={case.clone()} team={team_ids.clone()}
                             name="appointment-present" client_id="appointment-client-present"
                             client_label={i18n.t("appointment-client-present")} />
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
                { notice.clone() }
        </section>
        };
    };

    let record = current.record.clone();
    let id = current.id;
    let on_note_input = {
        let (change, shown) = (change.clone(), case.clone());
        Callback::from(move |e: InputEvent| {
            let Some(form) = form_around(&e) else { return };
            let note = read_note(&form, &shown);
            edit_open(&change, id, Some("note-draft"), move |a| {
                a.draft_note = note
            });
        })
    };
    let on_note_change = {
        let (change, shown) = (change.clone(), case.clone());
        Callback::from(move |e: Event| {
            let Some(form) = form_around(&e) else { return };
            let note = read_note(&form, &shown);
            edit_open(&change, id, None, move |a| a.draft_note = note);
        })
    };
    let add_note = {
        let (change, shown) = (change.clone(), case.clone());
        Callback::from(move |e: SubmitEvent| {
            let Some(form) = form_of(&e) else { return };
            let Some(note) = read_note(&form, &shown).filter(|n| !n.text.trim().is_empty()) else {
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
                // The field keeps its own copy of the text: tell it.
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &init) {
                    let _ = text.dispatch_event(&event);
                }
            }
        })
    };
    let on_agreed_input = {
        let change = change.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let agreed = area.value();
            edit_open(&change, id, Some("appointment-agreed"), move |a| {
                a.agreed = agreed
            });
        })
    };
    let end = {
        let (change, unfinished) = (change.clone(), unfinished.clone());
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
    let draft_said_by = said_by_value(draft.as_ref().and_then(|n| n.said_by.as_ref()));
    let draft_private = draft
        .as_ref()
        .is_some_and(|n| n.visibility == Visibility::ProfessionalOnly);
    // The writer is always the owner; the note may record someone else's
    // words: the client's, a colleague's at the appointment, an organisation's.
    let owner_name = case
        .owner
        .and_then(|id| case.professional_name(id))
        .unwrap_or("?")
        .to_owned();
    let mut said_by_options: Vec<(String, String)> = vec![
        (
            String::new(),
            i18n.t_with("said-by-self", &[("name", owner_name.clone().into())]),
        ),
        ("client".to_owned(), i18n.t("said-by-client")),
    ];
    said_by_options.extend(
        record
            .participants
            .iter()
            .filter(|p| Some(p.professional) != case.owner)
            .map(|p| {
                let said_by = SaidBy::Professional {
                    professional: p.professional,
                };
                (
                    said_by_value(Some(&said_by)),
                    said_by_name(&i18n, case, &said_by),
                )
            }),
    );
    said_by_options.extend(
        case.clientship()
            .map(|c| c.record.team.organisations.clone())
            .unwrap_or_default()
            .into_iter()
            .map(|o| {
                let said_by = SaidBy::Organisation { name: o.name };
                (
                    said_by_value(Some(&said_by)),
                    said_by_name(&i18n, case, &said_by),
                )
            }),
    );
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
                        <span class="note-who">
                            { " — " }
                            if let Some(said) = &n.said_by {
                                { i18n.t_with("note-said-by", &[
                                    ("who", said_by_name(&i18n, case, said).into()),
                                    ("writer", case.professional_name(n.author).unwrap_or("?").to_owned().into()),
                                ]) }
                            } else {
                                { i18n.t_with("note-written-by", &[
                                    ("writer", case.professional_name(n.author).unwrap_or("?").to_owned().into()),
                                ]) }
                            }
                        </span>
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
                    <span class="hds-text-input__label">{ i18n.t("note-said-by-label") }</span>
                    <FirstChoice id="note-said-by" options={said_by_options} initial={draft_said_by} />
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
            { notice.clone() }
        </section>
    }
}
