//! A select that shows the stored choice when it is first drawn and is left
//! to the person using it after that.
//!
//! A select bound to the stored value is turned back by every answer to a
//! save made before the latest choice: choosing the author and then, within
//! the second, adding the note could record the note under the author
//! chosen before, in the other register. Forms that read their selects when
//! sent therefore use this one.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    /// (value, label) of each option.
    pub options: Vec<(String, String)>,
    /// The value chosen when the field is first drawn.
    pub initial: String,
}

#[function_component(FirstChoice)]
pub fn first_choice(props: &Props) -> Html {
    // Fixed when drawn first: later values are answers to saves, which the
    // person may already have chosen past.
    let initial = use_memo((), {
        let initial = props.initial.clone();
        move |()| initial
    });
    html! {
        <select id={props.id.clone()}>
            { for props.options.iter().map(|(value, label)| html! {
                <option value={value.clone()} selected={*value == *initial}>{ label.clone() }</option>
            }) }
        </select>
    }
}
