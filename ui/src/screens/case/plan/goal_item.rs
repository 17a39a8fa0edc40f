//! One goal: its wording in the client's words, its place in the list, its
//! actions, and the form that adds an action under it.

use kohtaamo_model::case::plan::Goal;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::action_row::action_row;
use super::owner::{owner_from_value, owner_options};
use super::reorder::{self, Dragged};
use super::Builder;
use crate::screens::case::date_field::{read_or_show_error, DateField};
use crate::screens::case::form_value::form_value;
use crate::screens::case::live_text::LiveText;

pub fn goal_item(b: &Builder, index: usize, count: usize, goal: &Goal) -> Html {
    let i18n = b.i18n;
    let id = goal.id;
    let actions = goal
        .actions
        .iter()
        .enumerate()
        .map(|(i, a)| action_row(b, goal, i, a));
    if !b.draft {
        return html! {
            <li class="goal" key={id.0} data-goal-id={id.0.to_string()}>
                <div class="goal-head"><p class="goal-text">{ &goal.text }</p></div>
                <ul class="actions">{ for actions }</ul>
            </li>
        };
    }
    let me = Dragged::Goal(id);
    let named = |key: &str| i18n.t_with(key, &[("goal", goal.text.clone().into())]);
    let on_text = {
        let typing = b.typing.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let text = input.value();
            typing(
                format!("goal-{}", id.0),
                Box::new(move |p| p.edit_goal(id, &text)),
            );
        })
    };
    let move_by = |delta: isize| {
        let apply = b.apply.clone();
        Callback::from(move |_| apply(Box::new(move |p| p.move_goal_by(id, delta))))
    };
    let remove = {
        let apply = b.apply.clone();
        Callback::from(move |_| apply(Box::new(move |p| p.remove_goal(id))))
    };
    let dropped = {
        let apply = b.apply.clone();
        Callback::from(move |dragged: Dragged| {
            if let Dragged::Goal(moved) = dragged {
                apply(Box::new(move |p| p.move_goal_to(moved, id)));
            }
        })
    };
    let open_form = {
        let adding_to = b.adding_to.clone();
        Callback::from(move |_| adding_to.set(Some(id)))
    };
    let add_action = {
        let (apply, assignable) = (b.apply.clone(), b.assignable.clone());
        Callback::from(move |e: SubmitEvent| {
            let Some(form) = crate::screens::case::submitted_form(&e) else {
                return;
            };
            let text = form_value(&form, ".action-text");
            let owner = owner_from_value(&form_value(&form, ".action-owner"));
            let due_field = form
                .query_selector(".action-due")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
            // A wrong date: the field says what is wrong; nothing is added.
            let Some(due) = read_or_show_error(due_field) else {
                return;
            };
            let assignable = assignable.clone();
            apply(Box::new(move |p| {
                p.add_action(id, &text, owner, due, &assignable).map(drop)
            }));
            form.reset();
        })
    };
    html! {
        <li class="goal" key={id.0} data-goal-id={id.0.to_string()}
            ondragover={reorder::over(&b.drag, me)} ondrop={reorder::drop(&b.drag, me, dropped)}>
            <div class="goal-head">
                <span class="drag-handle" draggable="true" aria-hidden="true" title={i18n.t("plan-drag")}
                      ondragstart={reorder::start(&b.drag, me)} ondragend={reorder::end(&b.drag)}>{ "⠿" }</span>
                <LiveText class="goal-text goal-input" value={goal.text.clone()}
                          aria_label={i18n.t("plan-goal-edit")} oninput={on_text} />
                <div class="row-tools goal-order">
                    <button type="button" class="hds-button hds-button--supplementary hds-button--small move-up"
                            disabled={index == 0} onclick={move_by(-1)}
                            aria-label={named("plan-move-up")}>{ "↑" }</button>
                    <button type="button" class="hds-button hds-button--supplementary hds-button--small move-down"
                            disabled={index + 1 == count} onclick={move_by(1)}
                            aria-label={named("plan-move-down")}>{ "↓" }</button>
                    <button type="button" class="hds-button hds-button--supplementary hds-button--small remove-goal"
                            onclick={remove} aria-label={named("plan-goal-remove")}>{ "✕" }</button>
                </div>
            </div>
            <ul class="actions">{ for actions }</ul>
            if *b.adding_to == Some(id) {
                <form class="add-action-form" onsubmit={add_action}>
                    <label class="field hds-text-input">
                        <span class="hds-text-input__label">{ i18n.t("plan-action-text") }</span>
                        <input class="hds-text-input__input action-text" type="text" />
                    </label>
                    <label class="field">
                        <span class="hds-text-input__label">{ i18n.t("plan-action-owner") }</span>
                        <select class="action-owner">
                            { owner_options(i18n, b.case, &b.assignable, None) }
                        </select>
                    </label>
                    <label class="field hds-text-input">
                        <span class="hds-text-input__label">{ i18n.t("plan-action-due") }</span>
                        <DateField class="hds-text-input__input action-due" />
                    </label>
                    <button type="submit" class="hds-button hds-button--secondary add-action">
                        { i18n.t("plan-add-action") }
                    </button>
                </form>
            } else {
                <button type="button" class="hds-button hds-button--supplementary open-add-action"
                        onclick={open_form}>{ i18n.t("plan-add-action") }</button>
            }
        </li>
    }
}
