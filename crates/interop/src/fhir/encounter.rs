//! Joint appointments as `Encounter`s, and their notes as
//! `Communication`s (what someone said there, as written down). A note's
//! register travels with it, for the provenance; the note being typed
//! (`draft_note`) is nobody's yet and never leaves.

use kohtaamo_model::case::appointment::Mode;
use kohtaamo_model::case::authorship::SaidBy;
use kohtaamo_model::case::register::Register;
use kohtaamo_model::case::stored::Case;
use serde_json::{json, Map, Value};

use super::practitioner::People;
use super::{ids, text, Entry};

pub(crate) struct Appointment {
    pub encounter: Entry,
    pub notes: Vec<(Register, Entry)>,
}

pub(crate) fn appointments(case: &Case, patient: &Entry, people: &mut People) -> Vec<Appointment> {
    case.appointments
        .iter()
        .map(|stored| {
            let appointment = &stored.record;
            let class = match appointment.mode {
                Mode::Office => "AMB",
                Mode::HomeVisit => "HH",
                Mode::Remote => "VR",
            };
            let participants: Vec<Value> = appointment
                .participants
                .iter()
                .filter(|p| p.present)
                .map(|p| json!({ "individual": people.reference(p.professional) }))
                .collect();
            let day = text::date(appointment.date);
            let mut body = Map::new();
            body.insert(
                "status".into(),
                json!(if appointment.ended {
                    "finished"
                } else {
                    "in-progress"
                }),
            );
            body.insert(
                "class".into(),
                json!({ "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": class }),
            );
            body.insert("subject".into(), patient.reference());
            if !participants.is_empty() {
                body.insert("participant".into(), Value::Array(participants));
            }
            body.insert("period".into(), json!({ "start": day }));
            if let Some(agenda) = text::non_empty(&appointment.agenda) {
                body.insert("reasonCode".into(), json!([{ "text": agenda }]));
            }
            let encounter = Entry::new(stored.id.0, "Encounter", Value::Object(body));
            let notes = appointment
                .notes
                .iter()
                .enumerate()
                .filter_map(|(i, note)| {
                    let said = text::non_empty(&note.text)?;
                    let sender = match &note.said_by {
                        None => people.reference(note.author),
                        Some(SaidBy::Client) => patient.reference(),
                        Some(SaidBy::Professional { professional }) => {
                            people.reference(*professional)
                        }
                        Some(SaidBy::Organisation { name }) => json!({ "display": name }),
                    };
                    let id = ids::derived(stored.id.0, "note", &i.to_string());
                    let entry = Entry::new(
                        id,
                        "Communication",
                        json!({
                            "status": "completed",
                            "subject": patient.reference(),
                            "encounter": encounter.reference(),
                            "sent": day,
                            "sender": sender,
                            "payload": [{ "contentString": said }],
                        }),
                    );
                    Some((note.register, entry))
                })
                .collect();
            Appointment { encounter, notes }
        })
        .collect()
}
