//! The change chart on the page: the model's SVG (the same the client's PDF
//! will carry) and, for screen readers and for reading exact numbers, the
//! same scores as a table, with each score's band said in words.

use kohtaamo_model::measure::answer::MeasureAnswer;
use kohtaamo_model::measure::chart::{svg, ChartWords};
use kohtaamo_model::measure::instrument::Instrument;
use kohtaamo_model::Language;
use yew::prelude::*;

use crate::i18n::I18n;
use kohtaamo_model::date_text::format_date as show_date;

/// The point's name and date, as the chart's legend and the table say it.
pub fn answer_label(i18n: &I18n, answer: &MeasureAnswer) -> String {
    i18n.t_with(
        "measure-answer-label",
        &[
            (
                "point",
                kohtaamo_model::measure::answer::point_code(answer.point).into(),
            ),
            ("date", show_date(answer.answered_on).into()),
        ],
    )
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub instrument: Instrument,
    /// Oldest first.
    pub answers: Vec<MeasureAnswer>,
    pub language: Language,
    pub id: AttrValue,
}

#[function_component(ChangeChart)]
pub fn change_chart(props: &Props) -> Html {
    let i18n = I18n::for_language(crate::labels::client_ui_language(props.language));
    let instrument = &props.instrument;
    let answers: Vec<&MeasureAnswer> = props.answers.iter().collect();
    let words = ChartWords {
        title: i18n.t_with(
            "measure-chart-title",
            &[(
                "name",
                instrument.name.get(props.language).to_owned().into(),
            )],
        ),
        answers: answers.iter().map(|a| answer_label(&i18n, a)).collect(),
    };
    // Our own SVG: every text in it is escaped by the model's chart.
    let drawn = Html::from_html_unchecked(AttrValue::from(svg(
        instrument,
        &answers,
        props.language,
        &words,
    )));
    let language = props.language;
    html! {
        <figure class="measure-chart" id={props.id.clone()}>
            <div class="measure-chart-svg">{ drawn }</div>
            <details class="measure-table">
                <summary>{ i18n.t("measure-as-table") }</summary>
                <table class="report-table">
                    <thead>
                        <tr>
                            <th scope="col">{ i18n.t("measure-item") }</th>
                            { for answers.iter().map(|a| html! { <th scope="col">{ answer_label(&i18n, a) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for instrument.items.iter().map(|item| html! {
                            <tr>
                                <th scope="row">{ item.text.get(language) }</th>
                                { for answers.iter().map(|a| html! {
                                    <td>{ match a.score(&item.id) {
                                        Some(s) => match instrument.band(s) {
                                            Some(b) => format!("{s} ({})", b.label.get(language)),
                                            None => s.to_string(),
                                        },
                                        None => "–".to_owned(),
                                    } }</td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
