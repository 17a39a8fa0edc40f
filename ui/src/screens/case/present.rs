//! Who was present: a checkbox for each team member and one for the client,
//! all ticked to begin with, read back when the form is sent.

use kohtaamo_model::case::professional::ProfessionalId;
use kohtaamo_model::case::stored::Case;
use wasm_bindgen::JsCast;
use web_sys::{HtmlFormElement, HtmlInputElement};
use yew::prelude::*;

/// The checkboxes, the team's named `name` within their form; the client's
/// is the one with id `client_id`, labelled `client_label`.
pub fn present_fieldset(
    legend: String,
    case: &Case,
    team: &[ProfessionalId],
    name: &'static str,
    (client_id, client_label): (&'static str, String),
) -> Html {
    html! {
        <fieldset class="present">
            <legend>{ legend }</legend>
            { for team.iter().map(|p| html! {
                <label class="check">
                    <input type="checkbox" name={name} value={p.0.to_string()} checked=true />
                    { case.professional_name(*p).unwrap_or("?").to_owned() }
                </label>
            }) }
            <label class="check">
                <input type="checkbox" id={client_id} checked=true />
                { client_label }
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
