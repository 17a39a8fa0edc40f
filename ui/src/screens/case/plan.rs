//! The plan builder: goals in the client's words, actions with an owner and
//! a due date, the review date, agreeing and locking, new versions and what
//! changed. Every step is saved at once (the whole version, checked against
//! the revision this screen read).

use std::rc::Rc;

use chrono::NaiveDate;
use kohtaamo_model::api::SavePlan;
use kohtaamo_model::case::plan::{
    diff, ActionOwner, Agreement, ExpressedBy, PlanError, PlanVersion,
};
use kohtaamo_model::case::stored::{Case, Stored};
use kohtaamo_model::ClientId;
use serde::Serialize;
use wasm_bindgen::JsCast;
use web_sys::{HtmlFormElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::CaseChange;
use crate::i18n::{use_i18n, I18n};
use crate::labels;
use crate::saving::Request;

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

fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// A field of the submitted form, by class.
fn field(form: &HtmlFormElement, class: &str) -> String {
    let Ok(Some(element)) = form.query_selector(class) else {
        return String::new();
    };
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        return input.value();
    }
    element
        .dyn_ref::<HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}

pub fn owner_name(i18n: &I18n, case: &Case, owner: &ActionOwner) -> String {
    match owner {
        ActionOwner::Client => i18n.t("owner-client"),
        ActionOwner::TeamMember { professional } => case
            .professional_name(*professional)
            .unwrap_or("?")
            .to_owned(),
        ActionOwner::ThirdSector { organisation } => organisation.clone(),
    }
}

#[function_component(PlanSection)]
pub fn plan_section(props: &Props) -> Html {
    let i18n = use_i18n();
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
        let (change, plan_request) = (props.change.clone(), plan_request.clone());
        Rc::new(move |edit: PlanEdit| {
            let plan_request = plan_request.clone();
            change.edit(move |case| plan_request(case, edit));
        })
    };

    let Some(current) = case.current_plan().cloned() else {
        let change = props.change.clone();
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
            </section>
        };
    };
    let plan = &current.record;
    let draft = !plan.is_agreed();

    let goals = plan.goals.iter().enumerate().map(|(index, goal)| {
        let goal_id = goal.id;
        let move_to = |to: usize| {
            let apply = apply.clone();
            Callback::from(move |_| apply(Box::new(move |p| p.move_goal(goal_id, to))))
        };
        let add_action = {
            let (apply, assignable) = (apply.clone(), assignable.clone());
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let Some(form) = e.target().and_then(|t| t.dyn_into::<HtmlFormElement>().ok()) else {
                    return;
                };
                let text = field(&form, ".action-text");
                let owner_value = field(&form, ".action-owner");
                let owner = if let Some(id) = owner_value.strip_prefix("pro-") {
                    id.parse().map(|id| ActionOwner::TeamMember {
                        professional: kohtaamo_model::case::professional::ProfessionalId(id),
                    })
                    .unwrap_or(ActionOwner::Client)
                } else if let Some(org) = owner_value.strip_prefix("org-") {
                    ActionOwner::ThirdSector { organisation: org.to_owned() }
                } else {
                    ActionOwner::Client
                };
                let due = parse_date(&field(&form, ".action-due"));
                let assignable = assignable.clone();
                apply(Box::new(move |p| {
                    p.add_action(goal_id, &text, owner, due, &assignable).map(drop)
                }));
                form.reset();
            })
        };
        html! {
            <li class="goal" data-goal-id={goal.id.0.to_string()}>
                <div class="goal-head">
                    if draft {
                        <input class="goal-text goal-input" type="text" value={goal.text.clone()}
                               aria-label={i18n.t("plan-goal-edit")}
                               oninput={
                                   let (change, plan_request) = (props.change.clone(), plan_request.clone());
                                   Callback::from(move |e: InputEvent| {
                                       let input: HtmlInputElement = e.target_unchecked_into();
                                       let text = input.value();
                                       let plan_request = plan_request.clone();
                                       change.typing(format!("goal-{}", goal_id.0), move |case| {
                                           plan_request(case, Box::new(move |p| p.edit_goal(goal_id, &text)))
                                       });
                                   })
                               } />
                    } else {
                        <p class="goal-text">{ &goal.text }</p>
                    }
                    if draft {
                        <div class="goal-order">
                            <button type="button" class="hds-button hds-button--supplementary hds-button--small move-up"
                                    disabled={index == 0} onclick={move_to(index.saturating_sub(1))}
                                    aria-label={i18n.t_with("plan-move-up", &[("goal", goal.text.clone().into())])}>
                                { "↑" }
                            </button>
                            <button type="button" class="hds-button hds-button--supplementary hds-button--small move-down"
                                    disabled={index + 1 == plan.goals.len()} onclick={move_to(index + 1)}
                                    aria-label={i18n.t_with("plan-move-down", &[("goal", goal.text.clone().into())])}>
                                { "↓" }
                            </button>
                        </div>
                    }
                </div>
                <ul class="actions">
                    { for goal.actions.iter().map(|a| html! {
                        <li class="action">
                            <span class="action-what">{ &a.text }</span>
                            <span class="action-who">{ owner_name(&i18n, case, &a.owner) }</span>
                            if let Some(due) = a.due {
                                <span class="action-due-date">{ labels::date(due) }</span>
                            }
                        </li>
                    }) }
                </ul>
                if draft {
                    <form class="add-action-form" onsubmit={add_action}>
                        <label class="field hds-text-input">
                            <span class="hds-text-input__label">{ i18n.t("plan-action-text") }</span>
                            <input class="hds-text-input__input action-text" type="text" />
                        </label>
                        <label class="field">
                            <span class="hds-text-input__label">{ i18n.t("plan-action-owner") }</span>
                            <select class="action-owner">
                                <option value="client">{ i18n.t("owner-client") }</option>
                                { for assignable.team.iter().map(|p| html! {
                                    <option value={format!("pro-{}", p.0)}>{ case.professional_name(*p).unwrap_or("?").to_owned() }</option>
                                }) }
                                { for assignable.organisations.iter().map(|o| html! {
                                    <option value={format!("org-{o}")}>{ o.clone() }</option>
                                }) }
                            </select>
                        </label>
                        <label class="field hds-text-input">
                            <span class="hds-text-input__label">{ i18n.t("plan-action-due") }</span>
                            <input class="hds-text-input__input action-due" type="date" />
                        </label>
                        <button type="submit" class="hds-button hds-button--secondary add-action">
                            { i18n.t("plan-add-action") }
                        </button>
                    </form>
                }
            </li>
        }
    });

    let add_goal = {
        let apply = apply.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(form) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
            else {
                return;
            };
            let text = field(&form, "#goal-text");
            apply(Box::new(move |p| {
                p.add_goal(&text, ExpressedBy::Client).map(drop)
            }));
            form.reset();
        })
    };
    let set_review = {
        let apply = apply.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let date = parse_date(&input.value());
            apply(Box::new(move |p| p.set_review_date(date)));
        })
    };
    let agree = {
        let (apply, team) = (apply.clone(), assignable.team.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(form) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
            else {
                return;
            };
            // What is on the screen is what is agreed: the review date is
            // read from its field too, not from the last saved copy.
            let review = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("review-date"))
                .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                .and_then(|i| parse_date(&i.value()));
            let client_agreed = form
                .query_selector("#client-agreed")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                .is_some_and(|i| i.checked());
            let agreement = Agreement {
                agreed_on: today(),
                participants_present: team.clone(),
                client_present: true,
                client_agreed,
            };
            apply(Box::new(move |p| {
                p.set_review_date(review)?;
                p.agree(agreement)
            }));
        })
    };
    let undo = {
        let (change, history) = (props.change.clone(), history.clone());
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
        let change = props.change.clone();
        Callback::from(move |_| change.send("revise_plan", ReviseArgs { client }))
    };

    let changes = case.agreed_plan().filter(|a| draft && a.id != current.id).map(|agreed| {
        let d = diff(&agreed.record, plan);
        html! {
            <div class="plan-diff" id="plan-diff">
                <h4>{ i18n.t_with("plan-diff-title", &[("version", agreed.record.number.into())]) }</h4>
                if d.is_empty() {
                    <p class="muted">{ i18n.t("plan-diff-none") }</p>
                }
                <ul>
                    { for d.goals_added.iter().map(|g| html! { <li class="diff-added">{ i18n.t_with("plan-diff-goal-added", &[("text", g.text.clone().into())]) }</li> }) }
                    { for d.goals_removed.iter().map(|g| html! { <li class="diff-removed">{ i18n.t_with("plan-diff-goal-removed", &[("text", g.text.clone().into())]) }</li> }) }
                    { for d.goals_reworded.iter().map(|(a, b)| html! { <li class="diff-changed">{ i18n.t_with("plan-diff-goal-reworded", &[("before", a.text.clone().into()), ("after", b.text.clone().into())]) }</li> }) }
                    { for d.actions_added.iter().map(|a| html! { <li class="diff-added">{ i18n.t_with("plan-diff-action-added", &[("text", a.text.clone().into())]) }</li> }) }
                    { for d.actions_removed.iter().map(|a| html! { <li class="diff-removed">{ i18n.t_with("plan-diff-action-removed", &[("text", a.text.clone().into())]) }</li> }) }
                    { for d.actions_changed.iter().map(|(_, b)| html! { <li class="diff-changed">{ i18n.t_with("plan-diff-action-changed", &[("text", b.text.clone().into())]) }</li> }) }
                    if let Some((before, after)) = d.review_date {
                        <li class="diff-changed">{ i18n.t_with("plan-diff-review", &[
                            ("before", before.map(labels::date).unwrap_or_default().into()),
                            ("after", after.map(labels::date).unwrap_or_default().into()),
                        ]) }</li>
                    }
                </ul>
            </div>
        }
    });

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
                    <input class="hds-text-input__input" id="review-date" type="date"
                           value={plan.review_date.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()}
                           onchange={set_review} />
                </label>
                <form class="agree-form" onsubmit={agree}>
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
        </section>
    }
}
