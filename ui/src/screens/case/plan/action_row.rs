//! One action under a goal. In a draft every field is edited in place: the
//! text is saved when typing pauses, the rest as soon as it is chosen.

use chrono::NaiveDate;
use kohtaamo_model::case::plan::{Action, ActionStatus, Goal};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::owner::{owner_from_value, owner_label, owner_options};
use super::reorder::{self, Dragged};
use super::Builder;
use crate::i18n::I18n;
use crate::labels;
use crate::screens::case::date_field::DateField;
use crate::screens::case::live_text::LiveText;

pub const STATUSES: [(ActionStatus, &str); 4] = [
    (ActionStatus::NotStarted, "not-started"),
    (ActionStatus::InProgress, "in-progress"),
    (ActionStatus::Done, "done"),
    (ActionStatus::Cancelled, "cancelled"),
];

pub fn status_name(i18n: &I18n, status: ActionStatus) -> String {
    i18n.t(match status {
        ActionStatus::NotStarted => "action-status-not-started",
        ActionStatus::InProgress => "action-status-in-progress",
        ActionStatus::Done => "action-status-done",
        ActionStatus::Cancelled => "action-status-cancelled",
    })
}

pub fn action_row(b: &Builder, goal: &Goal, index: usize, action: &Action) -> Html {
    let i18n = b.i18n;
    if !b.draft {
        return html! {
            <li class="action" key={action.id.0} data-action-id={action.id.0.to_string()}>
                <span class="action-what">{ &action.text }</span>
                <span class="action-who">{ owner_label(i18n, b.case, &action.owner) }</span>
                if let Some(due) = action.due {
                    <span class="action-due-date">{ labels::date(due) }</span>
                }
                <span class="hds-tag action-status-tag">{ status_name(i18n, action.status) }</span>
            </li>
        };
    }
    let id = action.id;
    let me = Dragged::Action {
        goal: goal.id,
        action: id,
    };
    let on_text = {
        let typing = b.typing.clone();
        let assignable = b.assignable.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let text = input.value();
            let assignable = assignable.clone();
            typing(
                format!("action-{}", id.0),
                Box::new(move |p| p.update_action(id, &assignable, |a| a.text = text)),
            );
        })
    };
    let on_owner = {
        let (apply, assignable) = (b.apply.clone(), b.assignable.clone());
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let owner = owner_from_value(&select.value());
            let assignable = assignable.clone();
            apply(Box::new(move |p| {
                p.update_action(id, &assignable, |a| a.owner = owner)
            }));
        })
    };
    let on_due = {
        let (apply, assignable) = (b.apply.clone(), b.assignable.clone());
        Callback::from(move |due: Option<NaiveDate>| {
            let assignable = assignable.clone();
            apply(Box::new(move |p| {
                p.update_action(id, &assignable, |a| a.due = due)
            }));
        })
    };
    let on_status = {
        let (apply, assignable) = (b.apply.clone(), b.assignable.clone());
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            let status = STATUSES
                .iter()
                .find(|(_, k)| *k == value)
                .map_or(ActionStatus::NotStarted, |(s, _)| *s);
            let assignable = assignable.clone();
            apply(Box::new(move |p| {
                p.update_action(id, &assignable, |a| a.status = status)
            }));
        })
    };
    let move_by = |delta: isize| {
        let apply = b.apply.clone();
        Callback::from(move |_| apply(Box::new(move |p| p.move_action_by(id, delta))))
    };
    let remove = {
        let apply = b.apply.clone();
        Callback::from(move |_| apply(Box::new(move |p| p.remove_action(id))))
    };
    let dropped = {
        let apply = b.apply.clone();
        Callback::from(move |dragged: Dragged| {
            if let Dragged::Action { action, .. } = dragged {
                apply(Box::new(move |p| p.move_action_to(action, id)));
            }
        })
    };
    let named = |key: &str| i18n.t_with(key, &[("action", action.text.clone().into())]);
    html! {
        <li class="action action-editing" key={id.0} data-action-id={id.0.to_string()}
            ondragover={reorder::over(&b.drag, me)} ondrop={reorder::drop(&b.drag, me, dropped)}>
            <span class="drag-handle" draggable="true" aria-hidden="true" title={i18n.t("plan-drag")}
                  ondragstart={reorder::start(&b.drag, me)} ondragend={reorder::end(&b.drag)}>{ "⠿" }</span>
            <LiveText class="hds-text-input__input action-text-edit" value={action.text.clone()}
                      aria_label={i18n.t("plan-action-text")} oninput={on_text} />
            <span class="row-tools">
                <button type="button" class="hds-button hds-button--supplementary hds-button--small move-up"
                        disabled={index == 0} onclick={move_by(-1)}
                        aria-label={named("plan-action-move-up")}>{ "↑" }</button>
                <button type="button" class="hds-button hds-button--supplementary hds-button--small move-down"
                        disabled={index + 1 == goal.actions.len()} onclick={move_by(1)}
                        aria-label={named("plan-action-move-down")}>{ "↓" }</button>
                <button type="button" class="hds-button hds-button--supplementary hds-button--small remove-action"
                        onclick={remove} aria-label={named("plan-action-remove")}>{ "✕" }</button>
            </span>
            <div class="action-details">
                <select class="action-owner-edit" aria-label={i18n.t("plan-action-owner")} onchange={on_owner}>
                    { owner_options(i18n, b.case, &b.assignable, Some(&action.owner)) }
                </select>
                <span class="action-due-field">
                    <DateField class="hds-text-input__input action-due-edit" aria_label={i18n.t("plan-action-due")}
                               value={action.due} onchange={on_due} />
                </span>
                <select class="action-status-edit" aria-label={i18n.t("plan-action-status")} onchange={on_status}>
                    { for STATUSES.iter().map(|(s, k)| html! {
                        <option value={*k} selected={*s == action.status}>{ status_name(i18n, *s) }</option>
                    }) }
                </select>
            </div>
        </li>
    }
}
