//! One client's case: the clientship, the segment, the plan, and the
//! client view for the shared screen. Each section changes the case through
//! one command and gets the whole case back, so what is shown is always
//! what is stored.

mod access_report;
mod appointment;
mod assessment;
mod assessment_history;
mod client_answers;
mod client_view;
mod clientship;
mod consent;
pub mod date_field;
mod deferred;
mod first_choice;
mod form_value;
mod handouts;
mod live_text;
mod plain_language;
pub mod plan;
mod present;
mod section_nav;
mod segment;
mod service_use;

use kohtaamo_model::api::ApiError;
use kohtaamo_model::case::stored::Case;
use kohtaamo_model::ClientId;
use serde::Serialize;
use yew::prelude::*;

use crate::api::call;
use crate::errors::api_error;
use crate::i18n::use_i18n;
use crate::labels::language_name;
use crate::saving::{self, Request};

pub use assessment::domain_name;
pub use client_view::ClientView;
pub use form_value::{form_value, submitted_form};
pub use live_text::LiveText;
pub use plan::today;

#[derive(Properties, PartialEq)]
pub struct CasePageProps {
    pub id: ClientId,
    /// Opens the client view (the shared screen) for this case.
    pub on_client_view: Callback<Case>,
}

#[derive(Serialize)]
struct OpenArgs {
    client: ClientId,
}

/// How a section changes the case: through the one save queue
/// ([`crate::saving`]), with the answer shown on this page.
#[derive(Clone, PartialEq)]
pub struct CaseChange {
    pub client: ClientId,
    pub reply: saving::Reply,
    /// Says on the page that no save is on its way any more.
    pub settled: Callback<()>,
}

impl CaseChange {
    /// Sends `command` with `args`; the answer is the whole case.
    pub fn send<A: Serialize + 'static>(&self, command: &'static str, args: A) {
        self.edit(move |_| Some(Request::new(command, &args)));
    }

    /// Queues an edit, made into a request against the newest stored case
    /// when its turn comes.
    pub fn edit(&self, edit: impl FnOnce(&Case) -> Option<Request> + 'static) {
        saving::push(self.client, self.reply.clone(), Box::new(edit));
    }

    /// [`CaseChange::edit`] for typing in the field `key`: sent once the
    /// typing pauses.
    pub fn typing(&self, key: String, edit: impl FnOnce(&Case) -> Option<Request> + 'static) {
        saving::typing(key, self.client, self.reply.clone(), Box::new(edit));
    }

    /// The same changes, with a refusal told to `section` (which shows it
    /// next to what caused it) instead of the top of the page; a save that
    /// went through clears it.
    pub fn reporting_to(&self, section: UseStateHandle<Option<ApiError>>) -> CaseChange {
        let page = self.reply.clone();
        let cleared = section.clone();
        CaseChange {
            client: self.client,
            reply: saving::Reply {
                started: page.started.clone(),
                saved: Callback::from(move |case| {
                    cleared.set(None);
                    page.saved.emit(case)
                }),
                failed: {
                    let settled = self.settled.clone();
                    Callback::from(move |error| {
                        settled.emit(());
                        section.set(Some(error));
                    })
                },
            },
            settled: self.settled.clone(),
        }
    }
}

#[function_component(CasePage)]
pub fn case_page(props: &CasePageProps) -> Html {
    let i18n = use_i18n();
    let case = use_state(|| None::<Case>);
    let error = use_state(|| None::<String>);
    let saved_at = use_state(|| None::<String>);
    let busy = use_state(|| false);
    // The client's access report, while it is on screen instead of the case.
    let report = use_state(|| None::<kohtaamo_model::access::AccessReport>);
    // The client whose case has every section drawn (see `deferred`).
    let drawn = use_state(|| None::<ClientId>);
    {
        let drawn = drawn.clone();
        use_effect_with(case.as_ref().map(|c| c.client.id), move |shown| {
            if let Some(id) = *shown {
                deferred::after_next_paint(move || drawn.set(Some(id)));
            }
        });
    }
    {
        let (case, error, i18n) = (case.clone(), error.clone(), i18n.clone());
        use_effect_with(props.id, move |id| {
            let client = *id;
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::read::<_, Case>("open_case", &OpenArgs { client }).await {
                    Ok(c) => {
                        saving::loaded(&c);
                        case.set(Some(c));
                    }
                    Err(e) => error.set(Some(api_error(&i18n, &e))),
                }
            });
        });
    }
    let reply = saving::Reply {
        started: {
            let busy = busy.clone();
            Callback::from(move |()| busy.set(true))
        },
        saved: {
            let (case, error, saved_at, busy) =
                (case.clone(), error.clone(), saved_at.clone(), busy.clone());
            Callback::from(move |c: Case| {
                busy.set(false);
                case.set(Some(c));
                error.set(None);
                let now = js_sys::Date::new_0();
                saved_at.set(Some(format!(
                    "{:02}.{:02}",
                    now.get_hours(),
                    now.get_minutes()
                )));
            })
        },
        failed: {
            let (error, i18n, busy) = (error.clone(), i18n.clone(), busy.clone());
            Callback::from(move |e: ApiError| {
                busy.set(false);
                error.set(Some(api_error(&i18n, &e)))
            })
        },
    };
    let change = CaseChange {
        client: props.id,
        reply,
        settled: {
            let busy = busy.clone();
            Callback::from(move |()| busy.set(false))
        },
    };

    {
        let case = case.clone();
        client_answers::use_client_answers(
            props.id,
            Callback::from(move |c: Case| case.set(Some(c))),
        );
    }
    {
        // F9 turns the screen to the client view, as the button does.
        let (case, on_view) = (case.clone(), props.on_client_view.clone());
        crate::privacy::use_key(
            crate::privacy::CLIENT_VIEW_KEY,
            Callback::from(move |()| {
                if let Some(c) = &*case {
                    show_client_view(c.clone(), on_view.clone());
                }
            }),
        );
    }
    let Some(c) = &*case else {
        return match &*error {
            Some(message) => html! { <p class="notice notice-error" role="alert">{ message }</p> },
            None => html! { <p class="muted">{ i18n.t("loading") }</p> },
        };
    };
    if let Some(shown) = &*report {
        let report = report.clone();
        return html! {
            <access_report::AccessReportView report={shown.clone()}
                on_close={Callback::from(move |()| report.set(None))} />
        };
    }
    let client = &c.client;
    let open_report = {
        let (report, error, i18n, client) = (report.clone(), error.clone(), i18n.clone(), props.id);
        Callback::from(move |_| {
            let (report, error, i18n) = (report.clone(), error.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match call::<_, kohtaamo_model::access::AccessReport>(
                    "access_report",
                    &OpenArgs { client },
                )
                .await
                {
                    Ok(made) => report.set(Some(made)),
                    Err(e) => error.set(Some(api_error(&i18n, &e))),
                }
            });
        })
    };
    let open_view = {
        let (on_view, c) = (props.on_client_view.clone(), c.clone());
        Callback::from(move |_| show_client_view(c.clone(), on_view.clone()))
    };
    let open_window = {
        let (error, i18n, client) = (error.clone(), i18n.clone(), props.id);
        Callback::from(move |_| {
            let (error, i18n) = (error.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = call::<_, ()>("open_client_window", &OpenArgs { client }).await {
                    error.set(Some(api_error(&i18n, &e)));
                }
            });
        })
    };
    html! {
        <article class="client-page" id="client-page" data-client-id={client.id.0.to_string()}>
            <header class="case-head">
                <div>
                    <h2 id="client-page-name">{ &client.name }</h2>
                    <dl class="facts">
                        <dt>{ i18n.t("client-hetu-label") }</dt>
                        <dd id="client-page-hetu">
                            { client.hetu.to_string() }
                            if client.hetu.is_temporary() {
                                { " " }<span class="hds-tag">{ i18n.t("hetu-temporary-tag") }</span>
                            }
                        </dd>
                        <dt>{ i18n.t("client-birth-date-label") }</dt>
                        <dd>{ crate::labels::date(client.hetu.birth_date()) }</dd>
                        <dt>{ i18n.t("client-language-label") }</dt>
                        <dd id="client-page-language">
                            { language_name(&i18n, client.language) }
                            <plain_language::PlainLanguage case={c.clone()} change={change.clone()} />
                        </dd>
                    </dl>
                </div>
                <div class="case-head-actions">
                    <button id="open-client-view" class="hds-button hds-button--primary" onclick={open_view}
                            aria-keyshortcuts={crate::privacy::CLIENT_VIEW_KEY}>
                        { i18n.t("client-view-open") }
                    </button>
                    <button id="open-client-window" class="hds-button hds-button--secondary" onclick={open_window}>
                        { i18n.t("client-window-open") }
                    </button>
                    <button id="open-access-report" class="hds-button hds-button--secondary" onclick={open_report}>
                        { i18n.t("report-open") }
                    </button>
                </div>
            </header>
            { section_nav::section_nav(&i18n, c, today(), html! {
                <p class="save-state" id="save-state" role="status">
                    if *busy {
                        { i18n.t("saving") }
                    } else if let Some(at) = &*saved_at {
                        { i18n.t_with("saved-at", &[("time", at.clone().into())]) }
                    }
                </p>
            }) }
            if let Some(message) = &*error {
                <p class="notice notice-error" id="case-error" role="alert">{ message }</p>
            }
            { due_list(&i18n, c) }
            <handouts::Handouts case={c.clone()} />
            if let Some(register) = c.withheld.register.filter(|_| !c.withheld.is_empty()) {
                // The shell left these out; the page only says what and why.
                <p class="notice notice-info hidden-notice" id="withheld" role="status">
                    { i18n.t_with("withheld-notice", &[
                        ("register", crate::labels::register_name(&i18n, register).into()),
                        ("notes", c.withheld.notes.into()),
                        ("entries", c.withheld.entries.into()),
                    ]) }
                </p>
            }
            <clientship::ClientshipSection case={c.clone()} change={change.clone()} />
            if c.clientship().is_some() {
                if *drawn == Some(client.id) {
                    <segment::SegmentSection case={c.clone()} change={change.clone()} />
                    <appointment::AppointmentSection case={c.clone()} change={change.clone()} />
                    <assessment::AssessmentSection case={c.clone()} change={change.clone()} />
                } else {
                    { for ["segment", "appointment", "assessment"].map(|id| pending(&i18n, id)) }
                }
                <plan::PlanSection case={c.clone()} change={change.clone()} />
                if *drawn == Some(client.id) {
                    <crate::screens::measures::section::MeasuresSection case={c.clone()} change={change.clone()} />
                    <service_use::ServiceUseSection case={c.clone()} change={change.clone()} />
                    <consent::ConsentSection case={c.clone()} change={change} />
                } else {
                    { for ["measures", "service-use", "consents"].map(|id| pending(&i18n, id)) }
                }
            }
        </article>
    }
}

/// A section not drawn yet: its place and heading, so that the navigation's
/// link finds it and the page below moves little when it is drawn.
fn pending(i18n: &crate::i18n::I18n, id: &'static str) -> Html {
    html! {
        <section class="case-section case-section-pending" id={id} aria-busy="true">
            <h3>{ i18n.t(&format!("nav-{id}")) }</h3>
        </section>
    }
}

/// Turns the screen to the client view once every change made so far is
/// saved, with the case as stored then: the view is a copy, and a save
/// still on its way when it was taken would never reach it. `shown` is the
/// case on screen, used if the queue never loaded it.
fn show_client_view(shown: Case, on_view: Callback<Case>) {
    wasm_bindgen_futures::spawn_local(async move {
        let latest = crate::saving::latest(shown.client.id).await;
        on_view.emit(latest.unwrap_or(shown));
    });
}

/// What is due in the current plan, soonest first, overdue marked: what the
/// professional should see on opening the case.
fn due_list(i18n: &crate::i18n::I18n, case: &Case) -> Html {
    let Some(plan) = case.current_plan() else {
        return Html::default();
    };
    let today = plan::today();
    let due = plan.record.open_dated_actions();
    html! {
        <section class="case-section due" id="due" aria-labelledby="due-title">
            <h3 id="due-title">{ i18n.t("due-title") }</h3>
            if due.is_empty() {
                <p class="muted">{ i18n.t("due-none") }</p>
            }
            <ul>
                { for due.iter().map(|a| {
                    let date = a.due.unwrap_or_default();
                    let late = a.is_late(today);
                    html! {
                        <li class={classes!("due-item", late.then_some("overdue"))}>
                            <span class="due-date">{ crate::labels::date(date) }</span>
                            { " " }{ &a.text }{ " — " }{ plan::owner_label(i18n, case, &a.owner) }
                            if late {
                                { " " }<span class="hds-tag due-overdue">{ i18n.t("due-overdue") }</span>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
