//! Client experience: the recommendation question, the organisation's own
//! statement, and free feedback. Anonymous: the form says so, and what it
//! sends carries no client. On the client view at the end of an appointment
//! (the client answers), and in the settings for a text-message survey's
//! answers typed in (`month` then chosen).

use kohtaamo_model::api::SaveClientExperience;
use kohtaamo_model::case::service_use::Month;
use kohtaamo_model::measure::experience::{ClientExperience, ExperienceChannel};
use kohtaamo_model::settings::OrganisationSettings;
use kohtaamo_model::Language;
use serde::Serialize;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::api::{call, read, NoArgs};
use crate::i18n::I18n;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub language: Language,
    pub channel: ExperienceChannel,
    /// A prefix for ids.
    pub id: AttrValue,
}

#[derive(Serialize)]
struct Args {
    request: SaveClientExperience,
}

/// A row of number buttons 0–10 for one question.
fn scale(name: String, chosen: Option<u8>, on: Callback<u8>) -> Html {
    html! {
        <div class="measure-scale" role="radiogroup">
            { for (0..=10u8).map(|value| {
                let on = on.clone();
                html! {
                    <label class={classes!("measure-choice", (chosen == Some(value)).then_some("chosen"))}>
                        <input type="radio" name={name.clone()} value={value.to_string()}
                               checked={chosen == Some(value)}
                               onchange={Callback::from(move |_: Event| on.emit(value))} />
                        <span>{ value }</span>
                    </label>
                }
            }) }
        </div>
    }
}

#[function_component(ExperienceForm)]
pub fn experience_form(props: &Props) -> Html {
    let i18n = I18n::for_language(crate::labels::client_ui_language(props.language));
    let statement = use_state(|| None::<String>);
    let recommend = use_state(|| None::<u8>);
    let rated = use_state(|| None::<u8>);
    let feedback = use_node_ref();
    let month_field = use_node_ref();
    let done = use_state(|| false);
    let error = use_state(|| None::<String>);
    let language = props.language;
    {
        let statement = statement.clone();
        use_effect_with(language, move |language| {
            let language = *language;
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(s) =
                    read::<_, OrganisationSettings>("organisation_settings", &NoArgs {}).await
                {
                    statement.set(Some(s.client_experience_statement.get(language).to_owned()));
                }
            });
        });
    }
    let today = crate::screens::case::plan::today();
    let months: Vec<Month> = (0..12).map(|n| Month::of(today).plus(-n)).collect();
    let submit = {
        let (recommend, rated, feedback, month_field, done, error, i18n) = (
            recommend.clone(),
            rated.clone(),
            feedback.clone(),
            month_field.clone(),
            done.clone(),
            error.clone(),
            i18n.clone(),
        );
        let channel = props.channel;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = feedback
                .cast::<HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            let month = month_field
                .cast::<HtmlSelectElement>()
                .and_then(|s| {
                    let (y, m) = s
                        .value()
                        .split_once('-')
                        .map(|(y, m)| (y.to_owned(), m.to_owned()))?;
                    Some(Month {
                        year: y.parse().ok()?,
                        month: m.parse().ok()?,
                    })
                })
                .unwrap_or_else(|| Month::of(today));
            let answer = ClientExperience {
                // The store puts the owner's unit here.
                unit: String::new(),
                month,
                channel,
                recommend: *recommend,
                statement: *rated,
                feedback: text,
            };
            let (done, error, i18n, recommend, rated, feedback) = (
                done.clone(),
                error.clone(),
                i18n.clone(),
                recommend.clone(),
                rated.clone(),
                feedback.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match call::<_, ()>(
                    "save_client_experience",
                    &Args {
                        request: SaveClientExperience { answer },
                    },
                )
                .await
                {
                    Ok(()) => {
                        error.set(None);
                        done.set(true);
                        recommend.set(None);
                        rated.set(None);
                        if let Some(t) = feedback.cast::<HtmlTextAreaElement>() {
                            t.set_value("");
                        }
                    }
                    Err(e) => error.set(Some(crate::errors::api_error(&i18n, &e))),
                }
            });
        })
    };
    let id = props.id.clone();
    let typed_in = props.channel == ExperienceChannel::TextMessage;
    if *done && !typed_in {
        return html! {
            <p class="notice notice-success" role="status" id={format!("{id}-thanks")}>
                { i18n.t("experience-thanks") }
            </p>
        };
    }
    let choose =
        |state: UseStateHandle<Option<u8>>| Callback::from(move |v: u8| state.set(Some(v)));
    html! {
        <form class="measure-form experience-form" id={id.clone()} onsubmit={submit} lang={language.code()}>
            <p class="notice notice-info" id={format!("{id}-anonymous")}>{ i18n.t("experience-anonymous") }</p>
            if typed_in {
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("experience-month") }</span>
                    <select id={format!("{id}-month")} ref={month_field}>
                        { for months.iter().map(|m| html! {
                            <option value={format!("{}-{:02}", m.year, m.month)}>{ format!("{}/{}", m.month, m.year) }</option>
                        }) }
                    </select>
                </label>
            }
            <fieldset class="measure-item" id={format!("{id}-recommend")}>
                <legend>{ i18n.t("experience-recommend") }</legend>
                <p class="muted">{ i18n.t("experience-recommend-scale") }</p>
                { scale(format!("{id}-recommend-value"), *recommend, choose(recommend.clone())) }
            </fieldset>
            if let Some(statement) = &*statement {
                <fieldset class="measure-item" id={format!("{id}-statement")}>
                    <legend>{ statement }</legend>
                    <p class="muted">{ i18n.t("experience-statement-scale") }</p>
                    { scale(format!("{id}-statement-value"), *rated, choose(rated.clone())) }
                </fieldset>
            }
            <label class="field">
                <span class="hds-text-input__label">{ i18n.t("experience-feedback") }</span>
                <textarea class="hds-text-area__input" rows="3" id={format!("{id}-feedback")} ref={feedback} />
            </label>
            if let Some(message) = &*error {
                <p class="notice notice-error" role="alert">{ message }</p>
            }
            if *done && typed_in {
                <p class="notice notice-success" role="status" id={format!("{id}-saved")}>{ i18n.t("experience-saved") }</p>
            }
            <button class="hds-button hds-button--primary" type="submit" id={format!("{id}-save")}>
                { i18n.t("experience-save") }
            </button>
        </form>
    }
}
