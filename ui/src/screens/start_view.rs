//! The start view after unlock: my clients, and what needs doing in them
//! (reviews due or past, late actions, clientships without an agreed plan).
//! Each row opens the case. The store logs which clients it showed.

use kohtaamo_model::start_view::{StartRow, StartView};
use kohtaamo_model::ClientId;
use yew::prelude::*;

use crate::api::{call, NoArgs};
use crate::errors::api_error;
use crate::i18n::use_i18n;
use crate::labels;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_open: Callback<ClientId>,
}

/// How many rows a section shows before "show all": the sections after a
/// long one stay in view.
const FIRST_ROWS: usize = 8;

#[derive(Properties, PartialEq)]
struct SectionProps {
    id: &'static str,
    title: String,
    /// Each client with what puts them here, in words.
    rows: Vec<(StartRow, String)>,
    on_open: Callback<ClientId>,
}

#[function_component(Section)]
fn section(props: &SectionProps) -> Html {
    let i18n = use_i18n();
    let all = use_state(|| false);
    let id = props.id;
    let shown = if *all { props.rows.len() } else { FIRST_ROWS };
    let more = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(true))
    };
    html! {
        <section class="start-section" id={id} aria-labelledby={format!("{id}-title")}>
            <h3 id={format!("{id}-title")}>{ &props.title }</h3>
            if props.rows.is_empty() {
                <p class="muted">{ i18n.t("start-nothing") }</p>
            } else {
                <ul class="start-list">
                    { for props.rows.iter().take(shown).map(|(r, detail)| {
                        let client = r.client.id;
                        let open = props.on_open.reform(move |_: MouseEvent| client);
                        html! {
                            <li>
                                <button type="button" class="start-row" onclick={open}
                                        data-client-id={client.0.to_string()}>
                                    <span class="start-row-name">{ &r.client.name }</span>
                                    if !detail.is_empty() {
                                        <span class="start-row-detail">{ detail }</span>
                                    }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
                if props.rows.len() > shown {
                    <button type="button" class="hds-button hds-button--supplementary hds-button--small show-all"
                            onclick={more}>
                        { i18n.t_with("start-show-all", &[("count", props.rows.len().into())]) }
                    </button>
                }
            }
        </section>
    }
}

fn described(rows: &[StartRow], detail: impl Fn(&StartRow) -> String) -> Vec<(StartRow, String)> {
    rows.iter().map(|r| (r.clone(), detail(r))).collect()
}

#[function_component(StartPane)]
pub fn start_pane(props: &Props) -> Html {
    let i18n = use_i18n();
    let view = use_state(|| None::<StartView>);
    let error = use_state(|| None::<String>);
    {
        let (view, error, i18n) = (view.clone(), error.clone(), i18n.clone());
        use_effect_with((), move |()| {
            wasm_bindgen_futures::spawn_local(async move {
                match call::<_, StartView>("start_view", &NoArgs {}).await {
                    Ok(v) => view.set(Some(v)),
                    Err(e) => error.set(Some(api_error(&i18n, &e))),
                }
            });
        });
    }
    let Some(v) = &*view else {
        return html! {
            <div class="start-pane" id="start-view">
                if let Some(message) = &*error {
                    <p class="notice notice-error" role="alert">{ message }</p>
                } else {
                    <p class="muted">{ i18n.t("loading") }</p>
                }
            </div>
        };
    };
    let today = crate::screens::case::today();
    let review = |r: &StartRow| match r.date {
        Some(d) if d < today => {
            i18n.t_with("start-review-past", &[("date", labels::date(d).into())])
        }
        Some(d) => i18n.t_with("start-review-soon", &[("date", labels::date(d).into())]),
        None => String::new(),
    };
    let late = |r: &StartRow| {
        i18n.t_with(
            "start-late-detail",
            &[
                ("count", r.count.into()),
                ("date", r.date.map(labels::date).unwrap_or_default().into()),
            ],
        )
    };
    let none = |_: &StartRow| String::new();
    let measures = |r: &StartRow| {
        i18n.t_with(
            "start-measures-detail",
            &[
                ("count", r.count.into()),
                ("date", r.date.map(labels::date).unwrap_or_default().into()),
            ],
        )
    };
    html! {
        <div class="start-pane" id="start-view">
            <h2 id="start-title">{ i18n.t("start-title") }</h2>
            <Section id="start-reviews"
                     title={i18n.t_with("start-reviews-title", &[("days", v.review_notice_days.into())])}
                     rows={described(&v.reviews_due, review)} on_open={props.on_open.clone()} />
            <Section id="start-late" title={i18n.t("start-late-title")}
                     rows={described(&v.late_actions, late)} on_open={props.on_open.clone()} />
            <Section id="start-no-plan" title={i18n.t("start-no-plan-title")}
                     rows={described(&v.without_agreed_plan, none)} on_open={props.on_open.clone()} />
            <Section id="start-measures" title={i18n.t("start-measures-title")}
                     rows={described(&v.measures_due, measures)} on_open={props.on_open.clone()} />
            <Section id="start-mine" title={i18n.t_with("start-mine-title", &[("count", v.mine.len().into())])}
                     rows={described(&v.mine, none)} on_open={props.on_open.clone()} />
        </div>
    }
}
