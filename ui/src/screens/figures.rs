//! The manager's figures on this laptop: the owner's own caseload over a
//! period, aggregates only, small counts hidden (the rule said on the
//! page), with bars drawn here and the whole saved as CSV where the person
//! chooses. The unit's figures over every laptop come with the team server.

use chrono::{Datelike, NaiveDate};
use kohtaamo_model::api::{ExportFigures, FiguresRequest};
use kohtaamo_model::backup::DialogTexts;
use kohtaamo_model::figures::{Cell, Figures, Share, SMALLEST_SHOWN};
use kohtaamo_model::figures_report::tenths;
use serde::Serialize;
use yew::prelude::*;

use crate::api::call;
use crate::i18n::{use_i18n, I18n};
use crate::labels;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_close: Callback<()>,
}

#[derive(Serialize)]
struct Args<T: Serialize> {
    request: T,
}

fn cell(i18n: &I18n, c: Cell) -> String {
    match c {
        Cell::Count(n) => n.to_string(),
        Cell::Suppressed => i18n.t_with("figures-hidden", &[("min", SMALLEST_SHOWN.into())]),
    }
}

fn share(i18n: &I18n, s: Share) -> String {
    match (s.part, s.of) {
        (Cell::Count(part), Cell::Count(of)) if of > 0 => i18n.t_with(
            "figures-share",
            &[
                ("part", part.into()),
                ("of", of.into()),
                ("percent", (part * 100 / of).into()),
            ],
        ),
        (part, of) => format!("{} / {}", cell(i18n, part), cell(i18n, of)),
    }
}

/// A bar for each item's mean change (−10…+10), its number beside it; an
/// item whose n is hidden has no bar, and says so.
fn change_bars(i18n: &I18n, f: &Figures) -> Html {
    let meter = kohtaamo_model::measure::built_in()
        .into_iter()
        .find(|m| m.id == kohtaamo_model::measure::LIFE_SITUATION_3X10D);
    let language = i18n.language.model();
    let name = |item: &str| {
        meter
            .as_ref()
            .and_then(|m| m.item(item))
            .map(|i| i.text.get(language).to_owned())
            .unwrap_or_else(|| item.to_owned())
    };
    let rows = f.life_situation.len() as u32;
    // A label of more than about 48 characters takes a second line (the
    // 3X10D's eighth item does); rows are tall enough for two.
    let (label, mid, half, row) = (250u32, 420u32, 150.0f64, 36u32);
    let height = rows * row + 10;
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 680 {height}" width="680" height="{height}" role="img" aria-labelledby="figures-change-svg-title" font-family="Atkinson Hyperlegible, sans-serif" font-size="14"><title id="figures-change-svg-title">{}</title><line x1="{mid}" y1="0" x2="{mid}" y2="{height}" stroke="#1a1a1a"/>"##,
        escape(&i18n.t("figures-change-title"))
    );
    for (n, change) in f.life_situation.iter().enumerate() {
        let y = n as u32 * row + 18;
        let lines = kohtaamo_model::measure::chart::wrap(&name(&change.item), 48);
        svg.push_str(r#"<text x="0">"#);
        for (i, line) in lines.iter().enumerate() {
            svg.push_str(&format!(
                r#"<tspan x="0" y="{}">{}</tspan>"#,
                y + i as u32 * 15,
                escape(line)
            ));
        }
        svg.push_str("</text>");
        match change.mean_tenths {
            Some(t) => {
                let width = (f64::from(t.abs()) / 100.0 * half).max(1.0);
                let x = if t < 0 {
                    f64::from(mid) - width
                } else {
                    f64::from(mid)
                };
                svg.push_str(&format!(
                    r##"<rect x="{x:.1}" y="{}" width="{width:.1}" height="14" fill="#0000bf"/><text x="{}" y="{y}" font-weight="bold">{}</text>"##,
                    y - 12,
                    if t < 0 { label } else { mid + 160 },
                    escape(&format!("{} (n {})", tenths(Some(t)), cell(i18n, change.clients)))
                ));
            }
            None => svg.push_str(&format!(
                r##"<text x="{}" y="{y}" fill="#555">{}</text>"##,
                mid + 8,
                escape(&cell(i18n, change.clients))
            )),
        }
    }
    svg.push_str("</svg>");
    Html::from_html_unchecked(AttrValue::from(svg))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[function_component(FiguresView)]
pub fn figures_view(props: &Props) -> Html {
    let i18n = use_i18n();
    let today = crate::screens::case::plan::today();
    let default_from = NaiveDate::from_ymd_opt(today.year() - 1, today.month(), 1)
        .and_then(|d| d.succ_opt())
        .and_then(|d| d.pred_opt())
        .unwrap_or(today);
    let period = use_state(|| (default_from, today));
    let figures = use_state(|| None::<Figures>);
    let instruments = use_state(Vec::<kohtaamo_model::measure::instrument::Instrument>::new);
    {
        let instruments = instruments.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(list) = crate::api::read::<
                    _,
                    Vec<kohtaamo_model::measure::instrument::Instrument>,
                >("instruments", &crate::api::NoArgs {})
                .await
                {
                    instruments.set(list);
                }
            });
        });
    }
    let error = use_state(|| None::<String>);
    let saved = use_state(|| None::<String>);
    {
        let (figures, error, i18n) = (figures.clone(), error.clone(), i18n.clone());
        use_effect_with(*period, move |(from, to)| {
            let (from, to) = (*from, *to);
            wasm_bindgen_futures::spawn_local(async move {
                match call::<_, Figures>(
                    "figures",
                    &Args {
                        request: FiguresRequest { from, to },
                    },
                )
                .await
                {
                    Ok(f) => {
                        error.set(None);
                        figures.set(Some(f));
                    }
                    Err(e) => error.set(Some(crate::errors::api_error(&i18n, &e))),
                }
            });
        });
    }
    let on_date = |which: usize| {
        let (period, error, i18n) = (period.clone(), error.clone(), i18n.clone());
        Callback::from(move |date: Option<NaiveDate>| {
            let Some(date) = date else { return };
            let (mut from, mut to) = *period;
            if which == 0 {
                from = date
            } else {
                to = date
            }
            if from > to {
                error.set(Some(i18n.t("figures-period-reversed")));
            } else {
                period.set((from, to));
            }
        })
    };
    let export = {
        let (period, error, saved, i18n) =
            (period.clone(), error.clone(), saved.clone(), i18n.clone());
        Callback::from(move |_| {
            let (from, to) = *period;
            let (error, saved, i18n) = (error.clone(), saved.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let texts = DialogTexts {
                    title: i18n.t("figures-export-title"),
                    filter: "CSV".into(),
                };
                match call::<_, Option<String>>(
                    "export_figures",
                    &Args {
                        request: ExportFigures { from, to, texts },
                    },
                )
                .await
                {
                    Ok(Some(name)) => saved.set(Some(
                        i18n.t_with("figures-exported", &[("name", name.into())]),
                    )),
                    Ok(None) => {}
                    Err(e) => error.set(Some(crate::errors::api_error(&i18n, &e))),
                }
            });
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    let (from, to) = *period;
    html! {
        <section class="card figures" id="figures" aria-labelledby="figures-title">
            <h2 id="figures-title">{ i18n.t("figures-title") }</h2>
            <p class="notice notice-info" id="figures-whose">{ i18n.t("figures-whose") }</p>
            <p class="muted" id="figures-rule">{ i18n.t_with("figures-rule", &[("min", SMALLEST_SHOWN.into())]) }</p>
            <div class="figures-period">
                <label class="field hds-text-input">
                    <span class="hds-text-input__label">{ i18n.t("figures-from") }</span>
                    <crate::screens::case::date_field::DateField id="figures-from" class={classes!("hds-text-input__input")}
                        value={Some(from)} onchange={on_date(0)} />
                </label>
                <label class="field hds-text-input">
                    <span class="hds-text-input__label">{ i18n.t("figures-to") }</span>
                    <crate::screens::case::date_field::DateField id="figures-to" class={classes!("hds-text-input__input")}
                        value={Some(to)} onchange={on_date(1)} />
                </label>
            </div>
            if let Some(message) = &*error {
                <p class="notice notice-error" role="alert" id="figures-error">{ message }</p>
            }
            if let Some(f) = &*figures {
                <h3>{ i18n.t("figures-clients") }</h3>
                <table class="report-table" id="figures-months">
                    <thead><tr>
                        <th scope="col">{ i18n.t("figures-month") }</th>
                        <th scope="col">{ i18n.t("figures-new") }</th>
                        <th scope="col">{ i18n.t("figures-active") }</th>
                        <th scope="col">{ i18n.t("figures-closed") }</th>
                    </tr></thead>
                    <tbody>
                        { for f.months.iter().map(|m| html! {
                            <tr>
                                <th scope="row">{ format!("{}/{}", m.month.month, m.month.year) }</th>
                                <td>{ cell(&i18n, m.new) }</td>
                                <td>{ cell(&i18n, m.active) }</td>
                                <td>{ cell(&i18n, m.closed) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                <h3>{ i18n.t("figures-segments") }</h3>
                <table class="report-table" id="figures-segments">
                    <tbody>
                        { for f.segments.iter().map(|(s, c)| html! {
                            <tr><th scope="row">{ labels::segment_name(&i18n, *s) }</th><td>{ cell(&i18n, *c) }</td></tr>
                        }) }
                        <tr><th scope="row">{ i18n.t("figures-total") }</th><td>{ cell(&i18n, f.segments_total) }</td></tr>
                    </tbody>
                </table>
                <dl class="facts" id="figures-shares">
                    <dt>{ i18n.t("figures-agreed-plan") }</dt><dd>{ share(&i18n, f.agreed_plan) }</dd>
                    <dt>{ i18n.t("figures-reviews-on-time") }</dt><dd>{ share(&i18n, f.reviews_on_time) }</dd>
                </dl>
                <h3>{ i18n.t("figures-change-title") }</h3>
                <div id="figures-change">
                    if f.life_situation.is_empty() {
                        <p class="muted">{ i18n.t("figures-change-none") }</p>
                    } else {
                        { change_bars(&i18n, f) }
                    }
                </div>
                { for f.proms.iter().map(|prom| {
                    let language = i18n.language.model();
                    let known = instruments.iter().find(|i| i.id == prom.instrument);
                    let title = known.map(|i| i.name.get(language).to_owned()).unwrap_or_else(|| prom.instrument.clone());
                    html! {
                        <>
                        <h3>{ i18n.t_with("figures-prom-title", &[("name", title.into())]) }</h3>
                        <table class="report-table figures-prom">
                            <thead><tr>
                                <th scope="col">{ i18n.t("measure-item") }</th>
                                <th scope="col">{ i18n.t("figures-clients-n") }</th>
                                <th scope="col">{ i18n.t("figures-mean") }</th>
                            </tr></thead>
                            <tbody>
                                { for prom.items.iter().map(|item| {
                                    let name = known
                                        .and_then(|i| i.item(&item.item))
                                        .map(|i| i.text.get(language).to_owned())
                                        .unwrap_or_else(|| item.item.clone());
                                    html! {
                                        <tr>
                                            <th scope="row">{ name }</th>
                                            <td>{ cell(&i18n, item.clients) }</td>
                                            <td>{ item.mean_tenths.map(|t| tenths(Some(t))).unwrap_or_else(|| "–".into()) }</td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                        </>
                    }
                }) }
                <h3>{ i18n.t("figures-experience") }</h3>
                <dl class="facts" id="figures-experience">
                    <dt>{ i18n.t("figures-nps") }</dt>
                    <dd>{ match f.experience.nps {
                        Some(n) => i18n.t_with("figures-nps-value", &[("nps", n.into()), ("n", cell(&i18n, f.experience.nps_answers).into())]),
                        None => cell(&i18n, f.experience.nps_answers),
                    } }</dd>
                    <dt>{ i18n.t("figures-statement") }</dt>
                    <dd>{ match f.experience.statement_mean_tenths {
                        Some(t) => i18n.t_with("figures-statement-value", &[("mean", tenths(Some(t)).into()), ("n", cell(&i18n, f.experience.statement_answers).into())]),
                        None => cell(&i18n, f.experience.statement_answers),
                    } }</dd>
                </dl>
                <h3>{ i18n.t("figures-service-use") }</h3>
                <table class="report-table" id="figures-service-use">
                    <thead><tr>
                        <th scope="col">{ i18n.t("service-use-service") }</th>
                        <th scope="col">{ i18n.t("figures-clients-n") }</th>
                        <th scope="col">{ i18n.t("service-use-before") }</th>
                        <th scope="col">{ i18n.t("service-use-after") }</th>
                    </tr></thead>
                    <tbody>
                        { for f.service_use.iter().map(|s| {
                            let n = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_else(|| "–".into());
                            html! {
                                <tr><th scope="row">{ &s.service }</th><td>{ cell(&i18n, s.clients) }</td><td>{ n(s.before) }</td><td>{ n(s.after) }</td></tr>
                            }
                        }) }
                    </tbody>
                </table>
            } else if error.is_none() {
                <p class="muted">{ i18n.t("loading") }</p>
            }
            if let Some(message) = &*saved {
                <p class="notice notice-success" role="status" id="figures-exported">{ message }</p>
            }
            <div class="form-actions">
                <button class="hds-button hds-button--primary" type="button" id="export-figures" onclick={export}>
                    { i18n.t("figures-export") }
                </button>
                <button class="hds-button hds-button--secondary" type="button" id="close-figures" onclick={close}>
                    { i18n.t("figures-close") }
                </button>
            </div>
        </section>
    }
}
