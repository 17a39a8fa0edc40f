//! Who was present: a checkbox for each team member and one for the client,
//! all ticked to begin with, read back when the form is sent.
//!
//! The ticks are the component's own state: Yew writes a checkbox's
//! `checked` on every redraw, so a bound `checked=true` would tick again a
//! box someone had just unticked whenever anything else on the page changed.

use std::collections::BTreeSet;

use kohtaamo_model::case::professional::ProfessionalId;
use kohtaamo_model::case::stored::Case;
use wasm_bindgen::JsCast;
use web_sys::{HtmlFormElement, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub legend: String,
    pub case: Case,
    pub team: Vec<ProfessionalId>,
    /// The team's checkboxes are named this within their form.
    pub name: AttrValue,
    /// The client's checkbox: its id and label.
    pub client_id: AttrValue,
    pub client_label: String,
}

#[function_component(Present)]
pub fn present(props: &Props) -> Html {
    // Who has been unticked (everyone is ticked to begin with); the client
    // is `None`.
    let unticked = use_state(BTreeSet::<Option<ProfessionalId>>::new);
    let toggle = |who: Option<ProfessionalId>| {
        let unticked = unticked.clone();
        Callback::from(move |_: Event| {
            let mut next = (*unticked).clone();
            if !next.remove(&who) {
                next.insert(who);
            }
            unticked.set(next);
        })
    };
    html! {
        <fieldset class="present">
            <legend>{ props.legend.clone() }</legend>
            { for props.team.iter().map(|p| html! {
                <label class="check">
                    <input type="checkbox" name={props.name.clone()} value={p.0.to_string()}
                           checked={!unticked.contains(&Some(*p))} onchange={toggle(Some(*p))} />
                    { props.case.professional_name(*p).unwrap_or("?").to_owned() }
                </label>
            }) }
            <label class="check">
                <input type="checkbox" id={props.client_id.clone()}
                       checked={!unticked.contains(&None)} onchange={toggle(None)} />
                { props.client_label.clone() }
            </label>
        </fieldset>
    }
}

/// The team members ticked in `form`'s checkboxes named `name`.
pub fn ticked(form: &HtmlFormElement, name: &str) -> Vec<ProfessionalId> {
    let Ok(list) = form.query_selector_all(&format!("input[name={name}]:checked")) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<HtmlInputElement>().ok())
        .filter_map(|input| input.value().parse().ok().map(ProfessionalId))
        .collect()
}
