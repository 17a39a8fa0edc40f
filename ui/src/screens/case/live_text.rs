//! A text field that is saved while it is typed in.
//!
//! A plain controlled input would be rewritten with every answer from the
//! store. An answer to a save made a moment ago holds the text as it was
//! then, so the letters typed since would vanish from the field (and the
//! next save would read the field without them). This field therefore takes
//! the stored text only while nobody is typing in it.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The stored text.
    pub value: AttrValue,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    /// A text area of this many rows instead of a one-line input.
    #[prop_or_default]
    pub rows: Option<u32>,
    #[prop_or_default]
    pub oninput: Callback<InputEvent>,
}

#[function_component(LiveText)]
pub fn live_text(props: &Props) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.value.clone(), move |value| {
            if let Some(element) = node.cast::<Element>() {
                if !has_focus(&element) {
                    set_text(&element, value);
                }
            }
        });
    }
    match props.rows {
        Some(rows) => html! {
            <textarea id={props.id.clone()} class={props.class.clone()} ref={node}
                      rows={rows.to_string()} aria-label={props.aria_label.clone()}
                      oninput={props.oninput.clone()} />
        },
        None => html! {
            <input type="text" id={props.id.clone()} class={props.class.clone()} ref={node}
                   aria-label={props.aria_label.clone()} autocomplete="off"
                   oninput={props.oninput.clone()} />
        },
    }
}

/// Whether someone is typing in `element`: it has the focus.
pub fn has_focus(element: &Element) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|active| &active == element)
}

fn set_text(element: &Element, text: &str) {
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        if input.value() != text {
            input.set_value(text);
        }
    } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        if area.value() != text {
            area.set_value(text);
        }
    }
}
