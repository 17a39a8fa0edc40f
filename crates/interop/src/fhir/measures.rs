//! Measures as `QuestionnaireResponse`s: each answer to an instrument (the
//! 3X10D life-situation meter, a unit's PROM) with its scores exactly as
//! recorded, in the version of the instrument it was asked in.
//!
//! `questionnaire` names the instrument and its version as a canonical URN
//! of ours (`urn:kohtaamo:instrument:<id>|<version>`): the instruments have
//! no published FHIR Questionnaire to point at. `author` is the patient for
//! an answer the client gave themselves; an answer typed in by the
//! professional or copied from paper has the patient as its `source` and no
//! author claimed. An item left unanswered has no answer; an item the
//! instrument does not have is never made up.

use kohtaamo_model::case::stored::Case;
use kohtaamo_model::measure::answer::{point_code, EnteredBy};
use kohtaamo_model::Language;
use serde_json::{json, Value};

use super::{text, Entry};

pub(crate) fn questionnaire_responses(case: &Case, patient: &Entry) -> Vec<Entry> {
    case.measures
        .iter()
        .map(|stored| {
            let answer = &stored.record;
            let instrument = case
                .instruments
                .iter()
                .find(|i| i.key() == answer.instrument);
            let items: Vec<Value> = answer
                .scores
                .iter()
                .map(|score| {
                    let wording = instrument
                        .and_then(|i| i.item(&score.item))
                        .map(|item| item.text.get(Language::Fi).to_owned());
                    let mut item = json!({ "linkId": score.item });
                    if let Some(wording) = wording {
                        item["text"] = json!(wording);
                    }
                    if let Some(value) = score.score {
                        item["answer"] = json!([{ "valueInteger": value }]);
                    }
                    item
                })
                .collect();
            let mut body = json!({
                "status": "completed",
                "questionnaire": format!(
                    "urn:kohtaamo:instrument:{}|{}",
                    answer.instrument.id, answer.instrument.version
                ),
                "subject": patient.reference(),
                "source": patient.reference(),
                "authored": text::date(answer.answered_on),
                "item": items,
                "extension": [{
                    "url": "urn:kohtaamo:measurement-point",
                    "valueCode": point_code(answer.point),
                }],
            });
            if answer.entered_by == EnteredBy::Client {
                body["author"] = patient.reference();
            }
            Entry::new(stored.id.0, "QuestionnaireResponse", body)
        })
        .collect()
}
