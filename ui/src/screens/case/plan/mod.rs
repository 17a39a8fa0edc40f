//! The plan builder: goals in the client's words, actions with an owner and
//! a due date, the review date, agreeing and locking, new versions and what
//! changed. Every edit goes through the save queue as a change to the newest
//! stored draft; typing is saved when it pauses, everything else at once.

mod action_row;
mod diff_view;
mod goal_item;
mod history;
mod owner;
mod reorder;

pub use action_row::status_name;
pub use owner::{owner_label, owner_name};

use std::rc::Rc;

use chrono::NaiveDate;
use kohtaamo_model::api::SavePlan;
use kohtaamo_model::case::plan::{
    Agreement, Assignable, ExpressedBy, ItemId, PlanError, PlanVersion,
};
use kohtaamo_model::case::stored::{Case, Stored};
use kohtaamo_model::ClientId;
use serde::Serialize;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::date_field::{read_or_show_error, DateField};
use super::form_value::form_value;
use super::present::{ticked, Present};
use super::CaseChange;
use crate::i18n::{use_i18n, I18n};
use crate::labels;
use crate::saving::Request;
use reorder::Drag;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub case: Case,
    pub change: CaseChange,
}

/// A change to a draft, checked by the model.
type PlanEdit = Box<dyn FnOnce(&mut PlanVersion) -> Result<(), PlanError>>;

/// Makes a plan edit into the save of the newest stored draft.
type PlanRequest = Rc<dyn Fn(&Case, PlanEdit) -> Option<Request>>;

#[derive(Serialize)]
struct SaveArgs {
    request: SavePlan,
}

#[derive(Serialize)]
struct ReviseArgs {
    client: ClientId,
}

/// Saves `plan` in place of the stored version `current`.
fn save_over(client: ClientId, current: &Stored<PlanVersion>, plan: PlanVersion) -> Request {
    Request::new(
        "save_plan",
        &SaveArgs {
            request: SavePlan {
                client,
                id: Some(current.id),
                revision: current.revision,
                plan,
            },
        },
    )
}

pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// What every row of the builder needs.
struct Builder<'a> {
    i18n: &'a I18n,
    case: &'a Case,
    /// Saves an edit at once.
    apply: Rc<dyn Fn(PlanEdit)>,
    /// Saves an edit of the field named by the key when typing pauses.
    typing: Rc<dyn Fn(String, PlanEdit)>,
    assignable: Assignable,
    drag: Drag,
    draft: bool,
    /// The goal whose add-action form is open: one at a time keeps the
    /// builder short (and quick to draw) for the goals being talked about.
    adding_to: UseStateHandle<Option<ItemId>>,
}

#[function_component(PlanSection)]
pub fn plan_section(props: &Props) -> Html {
    let i18n = use_i18n();
    // A refusal is said in this section, next to what caused it.
    let section_error = use_state(|| None::<kohtaamo_model::api::ApiError>);
    let change = props.change.reporting_to(section_error.clone());
    let notice = html! {
        <crate::screens::error_notice::ErrorNotice id="plan-save-error"
            message={section_error.as_ref().map(|e| crate::errors::api_error(&i18n, e))} />
    };
    let local_error = use_state(|| None::<String>);
    let case = &props.case;
    let client = case.client.id;
    let assignable = case
        .clientship()
        .map(|c| c.record.assignable())
        .unwrap_or_default();

    // Earlier states of this draft, newest last, for undo (this session
    // only; every state in it was saved).
    let history = use_mut_ref(Vec::<PlanVersion>::new);
    let drag: Drag = use_mut_ref(|| None);
    let adding_to = use_state(|| None::<ItemId>);
    let history_open = use_state(|| false);
    // An add-action form opens with the cursor in it, for the keyboard.
    use_effect_with(*adding_to, |goal| {
        if let Some(goal) = goal {
            let field = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| {
                    d.query_selector(&format!(".goal[data-goal-id=\"{}\"] .action-text", goal.0))
                        .ok()
                        .flatten()
                })
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(field) = field {
                let _ = field.focus();
            }
        }
    });
    // Applies `edit` to a copy of the newest stored draft and saves it, or
    // shows the model's reason for refusing. Runs when the edit's turn in
    // the save queue comes, so edits made in quick succession build on
    // each other.
    let plan_request: PlanRequest = {
        let (local_error, i18n, history) = (local_error.clone(), i18n.clone(), history.clone());
        Rc::new(move |case: &Case, edit: PlanEdit| {
            let current = case.current_plan()?;
            let mut plan = current.record.clone();
            match edit(&mut plan) {
                Ok(()) => {
                    local_error.set(None);
                    if plan.is_agreed() {
                        // An agreed version cannot be undone into a draft.
                        history.borrow_mut().clear();
                    } else {
                        history.borrow_mut().push(current.record.clone());
                    }
                    Some(save_over(client, current, plan))
                }
                Err(e) => {
                    local_error.set(Some(labels::plan_error(&i18n, &e)));
                    None
                }
            }
        })
    };
    let apply: Rc<dyn Fn(PlanEdit)> = {
        let (change, plan_request) = (change.clone(), plan_request.clone());
        Rc::new(move |edit: PlanEdit| {
            let plan_request = plan_request.clone();
            change.edit(move |case| plan_request(case, edit));
        })
    };

    let Some(current) = case.current_plan().cloned() else {
        let change = change.clone();
        let new_plan = Callback::from(move |_| {
            change.send(
                "save_plan",
                SaveArgs {
                    request: SavePlan {
                        client,
                        id: None,
                        revision: 0,
                        plan: PlanVersion::first_draft(),
                    },
                },
            )
        });
        return html! {
            <section class="case-section" id="plan" aria-labelledby="plan-title">
                <h3 id="plan-title">{ i18n.t("plan-title") }</h3>
                <p class="muted">{ i18n.t("plan-none") }</p>
                <button id="new-plan" class="hds-button hds-button--primary" onclick={new_plan}>
                    { i18n.t("plan-start") }
                </button>
                { notice.clone() }
        </section>
        };
    };
    let plan = &current.record;
    let draft = !plan.is_agreed();

    let typing: Rc<dyn Fn(String, PlanEdit)> = {
        let (change, plan_request) = (change.clone(), plan_request.clone());
        Rc::new(move |key: String, edit: PlanEdit| {
            let plan_request = plan_request.clone();
            change.typing(key, move |case| plan_request(case, edit));
        })
    };
    let builder = Builder {
        i18n: &i18n,
        case,
        apply: apply.clone(),
        typing,
        assignable: assignable.clone(),
        drag: drag.clone(),
        draft,
        adding_to: adding_to.clone(),
    };
    let goals = plan
        .goals
        .iter()
        .enumerate()
        .map(|(index, goal)| goal_item::goal_item(&builder, index, plan.goals.len(), goal));

    let add_goal = {
        let apply = apply.clone();
        Callback::from(move |e: SubmitEvent| {
            let Some(form) = crate::screens::case::submitted_form(&e) else {
                return;
            };
            let text = form_value(&form, "#goal-text");
            apply(Box::new(move |p| {
                p.add_goal(&text, ExpressedBy::Client).map(drop)
            }));
            form.reset();
        })
    };
    let set_review = {
        let apply = apply.clone();
        Callback::from(move |date: Option<NaiveDate>| {
            apply(Box::new(move |p| p.set_review_date(date)));
        })
    };
    let agree = {
        let apply = apply.clone();
        Callback::from(move |e: SubmitEvent| {
            let Some(form) = crate::screens::case::submitted_form(&e) else {
                return;
            };
            // What is on the screen is what is agreed: the review date is
            // read from its field too, not from the last saved copy.
            let field = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("review-date"))
                .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
            // A wrong date: the field says what is wrong with it.
            let Some(review) = read_or_show_error(field) else {
                return;
            };
            let client_agreed = form
                .query_selector("#client-agreed")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                .is_some_and(|i| i.checked());
            let client_present = form
                .query_selector("#client-present")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                .is_some_and(|i| i.checked());
            let agreement = Agreement {
                agreed_on: today(),
                participants_present: ticked(&form, "agree-present"),
                client_present,
                client_agreed,
            };
            apply(Box::new(move |p| {
                p.set_review_date(review)?;
                p.agree(agreement)
            }));
        })
    };
    let undo = {
        let (change, history) = (change.clone(), history.clone());
        Callback::from(move |_| {
            let history = history.clone();
            change.edit(move |case| {
                let current = case.current_plan()?;
                let previous = history.borrow_mut().pop()?;
                Some(save_over(client, current, previous))
            });
        })
    };
    let revise = {
        let change = change.clone();
        Callback::from(move |_| change.send("revise_plan", ReviseArgs { client }))
    };

    let changes = case
        .agreed_plan()
        .filter(|a| draft && a.id != current.id)
        .map(|agreed| diff_view::diff_view(&i18n, case, &agreed.record, plan, Some("plan-diff")));

    html! {
        <section class="case-section" id="plan" aria-labelledby="plan-title">
            <h3 id="plan-title">
                { i18n.t_with("plan-version-title", &[("version", plan.number.into())]) }
                { " " }
                <span class="hds-tag" id="plan-status">
                    { if draft { i18n.t("plan-status-draft") } else { i18n.t("plan-status-agreed") } }
                </span>
            </h3>
            if let Some(message) = &*local_error {
                <p class="notice notice-error" id="plan-error" role="alert">{ message }</p>
            }
            if draft {
                <button id="undo-plan" type="button" class="hds-button hds-button--supplementary hds-button--small"
                        disabled={history.borrow().is_empty()} onclick={undo}>
                    { i18n.t("plan-undo") }
                </button>
            }
            { changes.unwrap_or_default() }
            <ol class="goals" id="goals">{ for goals }</ol>
            if draft {
                <form class="add-goal-form" onsubmit={add_goal}>
                    <label class="field hds-text-input">
                        <span class="hds-text-input__label">{ i18n.t("plan-goal-text") }</span>
                        <input class="hds-text-input__input" id="goal-text" type="text" />
                    </label>
                    <button id="add-goal" type="submit" class="hds-button hds-button--secondary">
                        { i18n.t("plan-add-goal") }
                    </button>
                </form>
                <label class="field hds-text-input review-date">
                    <span class="hds-text-input__label">{ i18n.t("plan-review-date") }</span>
                    <DateField class="hds-text-input__input" id="review-date"
                               value={plan.review_date} onchange={set_review} />
                </label>
                <form class="agree-form" onsubmit={agree}>
                    <Present legend={i18n.t("plan-present")} case={case.clone()} team={assignable.team.clone()}
                             name="agree-present" client_id="client-present"
                             client_label={i18n.t("plan-client-present")} />
                    <label class="check">
                        <input type="checkbox" id="client-agreed" />
                        { i18n.t("plan-client-agreed") }
                    </label>
                    <button id="agree-plan" type="submit" class="hds-button hds-button--primary">
                        { i18n.t("plan-agree") }
                    </button>
                </form>
            } else {
                <p id="plan-review">
                    { i18n.t_with("plan-review-on", &[("date", plan.review_date.map(labels::date).unwrap_or_default().into())]) }
                </p>
                <button id="revise-plan" class="hds-button hds-button--secondary" onclick={revise}>
                    { i18n.t("plan-revise") }
                </button>
            }
            { history::history(&i18n, case, &history_open) }
            { notice.clone() }
        </section>
    }
}
