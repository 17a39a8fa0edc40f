//! The case page's measures: each instrument with its attribution, what is
//! due, the change chart, and a form the client answers on the shared
//! screen (or the professional types in, or copies from paper).

use kohtaamo_model::api::{ApiError, SaveMeasure};
use kohtaamo_model::case::stored::Case;
use kohtaamo_model::measure::answer::{point_code, EnteredBy, MeasureAnswer};
use kohtaamo_model::measure::instrument::Instrument;
use serde::Serialize;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::answer_form::AnswerForm;
use super::chart::ChangeChart;
use crate::i18n::use_i18n;
use crate::screens::case::plan::today;
use crate::screens::case::CaseChange;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub case: Case,
    pub change: CaseChange,
}

#[derive(Serialize)]
struct Args {
    request: SaveMeasure,
}

fn entered_by_code(by: EnteredBy) -> &'static str {
    match by {
        EnteredBy::Client => "client",
        EnteredBy::Professional => "professional",
        EnteredBy::Paper => "paper",
    }
}

#[function_component(MeasuresSection)]
pub fn measures_section(props: &Props) -> Html {
    let i18n = use_i18n();
    let section_error = use_state(|| None::<ApiError>);
    let change = props.change.reporting_to(section_error.clone());
    // The instrument whose form is open, and the answers' count when it
    // was sent: the form closes once the store has the new answer.
    let open = use_state(|| None::<String>);
    let sent_at = use_state(|| None::<usize>);
    let entered_by = use_state(|| EnteredBy::Client);
    let case = &props.case;
    let count = case.measures.len();
    {
        let (open, sent_at) = (open.clone(), sent_at.clone());
        use_effect_with(count, move |count| {
            if sent_at.is_some_and(|at| *count > at) {
                open.set(None);
                sent_at.set(None);
            }
        });
    }
    let today = today();
    let age = case.client.hetu.age_on(today);
    let language = case.client.language;
    let instruments = super::latest_instruments(case);
    html! {
        <section class="case-section" id="measures" aria-labelledby="measures-title">
            <h3 id="measures-title">{ i18n.t("measures-title") }</h3>
            <crate::screens::error_notice::ErrorNotice id="measure-save-error"
                message={section_error.as_ref().map(|e| crate::errors::api_error(&i18n, e))} />
            { for instruments.iter().map(|instrument| {
                let answers = super::period_answers(case, instrument);
                let due = super::due_in(case, instrument, today);
                let id = format!("measure-{}", instrument.id);
                let is_open = open.as_deref() == Some(instrument.id.as_str());
                let offered = instrument.offered_to(Some(age));
                let start = {
                    let (open, instrument_id) = (open.clone(), instrument.id.clone());
                    Callback::from(move |_| open.set(Some(instrument_id.clone())))
                };
                let submit = {
                    let (change, sent_at) = (change.clone(), sent_at.clone());
                    let client = case.client.id;
                    let by = *entered_by;
                    Callback::from(move |answer: MeasureAnswer| {
                        sent_at.set(Some(count));
                        change.send("save_measure", Args {
                            request: SaveMeasure {
                                client,
                                answer: MeasureAnswer { entered_by: by, ..answer },
                            },
                        });
                    })
                };
                let cancel = {
                    let open = open.clone();
                    Callback::from(move |()| open.set(None))
                };
                let choose_by = {
                    let entered_by = entered_by.clone();
                    Callback::from(move |e: Event| {
                        let select: HtmlSelectElement = e.target_unchecked_into();
                        entered_by.set(match select.value().as_str() {
                            "professional" => EnteredBy::Professional,
                            "paper" => EnteredBy::Paper,
                            _ => EnteredBy::Client,
                        });
                    })
                };
                html! {
                    <article class="measure" id={id.clone()}>
                        <h4>{ instrument.name.get(i18n.language.model()) }</h4>
                        { attribution(&i18n, instrument) }
                        if !offered {
                            <p class="notice notice-info" id={format!("{id}-not-offered")}>
                                { i18n.t_with("measure-not-offered", &[
                                    ("minimum", instrument.minimum_age.unwrap_or_default().into()),
                                ]) }
                            </p>
                        } else if let Some(due) = &due {
                            <p class="notice notice-info" id={format!("{id}-due")}>
                                { i18n.t_with("measure-due", &[("point", point_code(due.point).into())]) }
                            </p>
                        }
                        if answers.is_empty() {
                            <p class="muted">{ i18n.t("measure-none-yet") }</p>
                        } else {
                            <ChangeChart instrument={instrument.clone()} answers={answers.clone()}
                                         language={i18n.language.model()} id={format!("{id}-chart")} />
                        }
                        if offered && case.clientship().is_some() {
                            if is_open {
                                <div class="measure-entry">
                                    <label class="field">
                                        <span class="hds-text-input__label">{ i18n.t("measure-entered-by") }</span>
                                        <select id={format!("{id}-entered-by")} onchange={choose_by}>
                                            { for [EnteredBy::Client, EnteredBy::Professional, EnteredBy::Paper].into_iter().map(|by| html! {
                                                <option value={entered_by_code(by)} selected={*entered_by == by}>
                                                    { i18n.t_with("measure-entered-by-option", &[("by", entered_by_code(by).into())]) }
                                                </option>
                                            }) }
                                        </select>
                                    </label>
                                    <p class="muted">{ i18n.t_with("measure-in-clients-language", &[
                                        ("point", point_code(super::offered_point(case, instrument, today)).into()),
                                    ]) }</p>
                                    <AnswerForm instrument={instrument.clone()} language={language}
                                        point={super::offered_point(case, instrument, today)}
                                        answered_on={today} entered_by={*entered_by}
                                        on_submit={submit} on_cancel={Some(cancel)}
                                        id={format!("{id}-form")} />
                                </div>
                            } else {
                                <button class="hds-button hds-button--secondary" id={format!("{id}-start")}
                                        type="button" onclick={start}>
                                    { i18n.t_with("measure-start", &[
                                        ("point", point_code(super::offered_point(case, instrument, today)).into()),
                                    ]) }
                                </button>
                            }
                        }
                    </article>
                }
            }) }
        </section>
    }
}

/// The owner's notice and, in Swedish or English, that the translation is
/// ours until the owner's official one is at hand.
pub fn attribution(i18n: &crate::i18n::I18n, instrument: &Instrument) -> Html {
    let language = i18n.language.model();
    html! {
        <>
            if let Some(attribution) = &instrument.attribution {
                <p class="measure-attribution">{ attribution.get(language) }</p>
            }
            if instrument.unofficial_in(language) {
                <p class="measure-attribution">{ i18n.t("measure-unofficial-translation") }</p>
            }
        </>
    }
}
