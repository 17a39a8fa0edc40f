//! The client answers an instrument: one question at a time on the page,
//! each a row of large number buttons (radio buttons underneath, so arrow
//! keys, Tab and touch all work), in the language the form is drawn in.
//! Used in the professional's view, the client view (F9) and the client's
//! own window; what happens with the answer is the caller's.

use kohtaamo_model::measure::answer::{ItemScore, MeasureAnswer, MeasurePoint, ViewpointNote};
use kohtaamo_model::measure::instrument::Instrument;
use kohtaamo_model::Language;
use std::collections::BTreeMap;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::i18n::I18n;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub instrument: Instrument,
    /// The instrument's texts come in this language; the form's own words
    /// in `i18n`'s.
    pub language: Language,
    pub point: MeasurePoint,
    pub answered_on: chrono::NaiveDate,
    /// Who enters it: decided by the caller.
    pub entered_by: kohtaamo_model::measure::answer::EnteredBy,
    pub on_submit: Callback<MeasureAnswer>,
    #[prop_or_default]
    pub on_cancel: Option<Callback<()>>,
    /// A prefix for ids, so that two forms never share one.
    pub id: AttrValue,
}

#[function_component(AnswerForm)]
pub fn answer_form(props: &Props) -> Html {
    let i18n = I18n::for_language(crate::labels::client_ui_language(props.language));
    let scores = use_state(BTreeMap::<String, u8>::new);
    let notes = use_state(BTreeMap::<(String, String), String>::new);
    let instrument = &props.instrument;
    let language = props.language;
    let submit = {
        let (scores, notes) = (scores.clone(), notes.clone());
        let on_submit = props.on_submit.clone();
        let (key, point, on, by) = (
            instrument.key(),
            props.point,
            props.answered_on,
            props.entered_by,
        );
        let items: Vec<String> = instrument.items.iter().map(|i| i.id.clone()).collect();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let answer = MeasureAnswer {
                instrument: key.clone(),
                point,
                answered_on: on,
                entered_by: by,
                scores: items
                    .iter()
                    .map(|item| ItemScore {
                        item: item.clone(),
                        score: scores.get(item).copied(),
                    })
                    .collect(),
                notes: notes
                    .iter()
                    .map(|((item, viewpoint), text)| ViewpointNote {
                        item: item.clone(),
                        viewpoint: viewpoint.clone(),
                        text: text.clone(),
                    })
                    .collect(),
            };
            on_submit.emit(answer);
        })
    };
    let answered = scores.len();
    let id = props.id.clone();
    html! {
        <form class="measure-form" id={id.clone()} onsubmit={submit} lang={language.code()}>
            <p class="measure-question">{ instrument.question.get(language) }</p>
            <p class="muted measure-scale-help">{ i18n.t_with("measure-scale-help", &[
                ("min", instrument.scale.min.into()),
                ("min_label", instrument.scale.min_label.get(language).to_owned().into()),
                ("max", instrument.scale.max.into()),
                ("max_label", instrument.scale.max_label.get(language).to_owned().into()),
            ]) }</p>
            { for instrument.items.iter().enumerate().map(|(n, item)| {
                let name = format!("{id}-{}", item.id);
                let chosen = scores.get(&item.id).copied();
                let choose = {
                    let (scores, item) = (scores.clone(), item.id.clone());
                    Callback::from(move |e: Event| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        if let Ok(value) = input.value().parse::<u8>() {
                            let mut next = (*scores).clone();
                            next.insert(item.clone(), value);
                            scores.set(next);
                        }
                    })
                };
                let band = chosen.and_then(|s| instrument.band(s));
                html! {
                    <fieldset class="measure-item" id={format!("{name}-item")}>
                        <legend>
                            <span class="measure-item-number">{ format!("{}.", n + 1) }</span>
                            { " " }{ item.text.get(language) }
                        </legend>
                        <div class="measure-scale" role="radiogroup">
                            { for (instrument.scale.min..=instrument.scale.max).map(|value| html! {
                                <label class={classes!("measure-choice", (chosen == Some(value)).then_some("chosen"))}>
                                    <input type="radio" name={name.clone()} value={value.to_string()}
                                           checked={chosen == Some(value)} onchange={choose.clone()} />
                                    <span>{ value }</span>
                                </label>
                            }) }
                        </div>
                        <p class="measure-band" aria-live="polite">
                            { band.map(|b| b.label.get(language).to_owned()).unwrap_or_default() }
                        </p>
                        if !instrument.viewpoints.is_empty() {
                            <details class="measure-viewpoints">
                                <summary>{ i18n.t("measure-discuss") }</summary>
                                { for instrument.viewpoints.iter().map(|viewpoint| {
                                    let key = (item.id.clone(), viewpoint.id.clone());
                                    let write = {
                                        let (notes, key) = (notes.clone(), key.clone());
                                        Callback::from(move |e: InputEvent| {
                                            let area: HtmlTextAreaElement = e.target_unchecked_into();
                                            let mut next = (*notes).clone();
                                            next.insert(key.clone(), area.value());
                                            notes.set(next);
                                        })
                                    };
                                    html! {
                                        <label class="field">
                                            <span class="hds-text-input__label">{ viewpoint.label.get(language) }</span>
                                            <textarea class="hds-text-area__input" rows="2"
                                                      id={format!("{name}-{}", viewpoint.id)} oninput={write} />
                                        </label>
                                    }
                                }) }
                            </details>
                        }
                    </fieldset>
                }
            }) }
            <p class="muted" id={format!("{id}-count")}>{ i18n.t_with("measure-answered-count", &[
                ("count", answered.into()), ("total", instrument.items.len().into()),
            ]) }</p>
            <div class="form-actions">
                <button class="hds-button hds-button--primary measure-save" type="submit"
                        id={format!("{id}-save")} disabled={answered == 0}>
                    { i18n.t("measure-save") }
                </button>
                if let Some(cancel) = props.on_cancel.clone() {
                    <button class="hds-button hds-button--secondary" type="button"
                            onclick={Callback::from(move |_| cancel.emit(()))}>
                        { i18n.t("measure-cancel") }
                    </button>
                }
            </div>
        </form>
    }
}
