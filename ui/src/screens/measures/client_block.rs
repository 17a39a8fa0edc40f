//! The measures in the client view: the client's own change, and the form
//! they answer in, in their language. On the main window's client view (F9)
//! the answer goes through the main window's command; in the client's own
//! window through the one narrow command that window has.

use kohtaamo_model::api::{ApiError, SaveMeasure};
use kohtaamo_model::case::stored::Case;
use kohtaamo_model::measure::answer::{EnteredBy, MeasureAnswer};
use kohtaamo_model::measure::instrument::InstrumentKind;
use serde::Serialize;
use yew::prelude::*;

use super::answer_form::AnswerForm;
use super::chart::ChangeChart;
use crate::api::call;
use crate::i18n::I18n;

/// Which window the client answers in.
#[derive(Clone, Copy, PartialEq)]
pub enum AnswerVia {
    MainWindow,
    ClientWindow,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub case: Case,
    pub via: AnswerVia,
    /// The case as the store has it after the answer.
    pub on_case: Callback<Case>,
}

#[derive(Serialize)]
struct MainArgs {
    request: SaveMeasure,
}

#[derive(Serialize)]
struct ClientArgs {
    answer: MeasureAnswer,
}

#[function_component(ClientMeasures)]
pub fn client_measures(props: &Props) -> Html {
    let case = &props.case;
    let language = case.client.language;
    let i18n = I18n::for_language(crate::labels::client_words(&case.client));
    let open = use_state(|| None::<String>);
    let error = use_state(|| None::<ApiError>);
    let saved = use_state(|| false);
    let today = crate::screens::case::plan::today();
    let age = case.client.hetu.age_on(today);
    let instruments: Vec<_> = super::latest_instruments(case)
        .into_iter()
        .filter(|i| i.kind == InstrumentKind::LifeSituation && i.offered_to(Some(age)))
        .collect();
    // The client's experience, asked on the main window's shared screen
    // (the organisation's statement comes from its settings there).
    let experience = (props.via == AnswerVia::MainWindow).then(|| {
        html! {
            <section class="cv-block" id="cv-experience">
                <h2>{ i18n.t("experience-title") }</h2>
                <super::experience_form::ExperienceForm language={language}
                    channel={kohtaamo_model::measure::experience::ExperienceChannel::SharedScreen}
                    id="cv-experience-form" />
            </section>
        }
    });
    if instruments.is_empty() || case.clientship().is_none() {
        return html! { <>{ experience }</> };
    }
    html! {
        <>
        { experience }
        <section class="cv-block" id="cv-measures">
            { for instruments.iter().map(|instrument| {
                let answers = super::period_answers(case, instrument);
                let is_open = open.as_deref() == Some(instrument.id.as_str());
                let point = super::offered_point(case, instrument, today);
                let submit = {
                    let (open, error, saved, on_case) =
                        (open.clone(), error.clone(), saved.clone(), props.on_case.clone());
                    let (via, client) = (props.via, case.client.id);
                    Callback::from(move |answer: MeasureAnswer| {
                        let answer = MeasureAnswer { entered_by: EnteredBy::Client, ..answer };
                        let (open, error, saved, on_case) =
                            (open.clone(), error.clone(), saved.clone(), on_case.clone());
                        wasm_bindgen_futures::spawn_local(async move {
                            let result = match via {
                                AnswerVia::MainWindow => {
                                    call::<_, Case>("save_measure", &MainArgs {
                                        request: SaveMeasure { client, answer },
                                    })
                                    .await
                                }
                                AnswerVia::ClientWindow => {
                                    call::<_, Case>("client_answer_measure", &ClientArgs { answer }).await
                                }
                            };
                            match result {
                                Ok(case) => {
                                    error.set(None);
                                    saved.set(true);
                                    open.set(None);
                                    on_case.emit(case);
                                }
                                Err(e) => error.set(Some(e)),
                            }
                        });
                    })
                };
                let start = {
                    let (open, saved, id) = (open.clone(), saved.clone(), instrument.id.clone());
                    Callback::from(move |_| {
                        saved.set(false);
                        open.set(Some(id.clone()));
                    })
                };
                let cancel = {
                    let open = open.clone();
                    Callback::from(move |()| open.set(None))
                };
                html! {
                    <div class="cv-measure" id={format!("cv-measure-{}", instrument.id)}>
                        <h2>{ i18n.t("client-view-measure-title") }</h2>
                        { super::section::attribution(&i18n, instrument) }
                        if *saved {
                            <p class="notice notice-success" role="status" id="cv-measure-saved">
                                { i18n.t("client-view-measure-saved") }
                            </p>
                        }
                        if let Some(e) = &*error {
                            <p class="notice notice-error" role="alert">{ crate::errors::api_error(&i18n, e) }</p>
                        }
                        if !answers.is_empty() {
                            <ChangeChart instrument={instrument.clone()} answers={answers.clone()}
                                         language={language} id={format!("cv-chart-{}", instrument.id)} />
                        }
                        if is_open {
                            <p>{ i18n.t("client-view-measure-intro") }</p>
                            <AnswerForm instrument={instrument.clone()} language={language}
                                point={point} answered_on={today} entered_by={EnteredBy::Client}
                                on_submit={submit} on_cancel={Some(cancel)}
                                id={format!("cv-form-{}", instrument.id)} />
                        } else if !*saved {
                            <button class="hds-button hds-button--primary cv-measure-start" type="button"
                                    id={format!("cv-start-{}", instrument.id)} onclick={start}>
                                { i18n.t("client-view-measure-start") }
                            </button>
                        }
                    </div>
                }
            }) }
        </section>
        </>
    }
}
