//! A text field that is saved while it is typed in.
//!
//! A plain controlled input would be rewritten with every answer from the
//! store. An answer to a save made a moment ago holds the text as it was
//! then, so the letters typed since would vanish from the field (and the
//! next save would read the field without them). This field therefore takes
//! the stored text only while nobody is typing in it.
//!
//! The field is drawn from its own copy of the text: the stored text when
//! it is first drawn (so the first frame already shows it; a field filled
//! by an effect showed empty for a moment on every open), then whatever is
//! typed into it, and a newer stored text whenever nobody is typing. Yew
//! writes a field's value whenever it differs from what is drawn, so that
//! copy must always be what the field should hold.

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
    let shown = use_state_eq(|| props.value.clone());
    {
        let (node, shown) = (node.clone(), shown.clone());
        use_effect_with(props.value.clone(), move |value| {
            let typing = node.cast::<Element>().is_some_and(|e| has_focus(&e));
            if !typing {
                shown.set(value.clone());
            }
        });
    }
    let oninput = {
        let (shown, oninput) = (shown.clone(), props.oninput.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(text) = e.target().as_ref().and_then(text_of) {
                shown.set(text.into());
            }
            oninput.emit(e);
        })
    };
    match props.rows {
        Some(rows) => html! {
            <textarea id={props.id.clone()} class={props.class.clone()} ref={node}
                      value={(*shown).clone()}
                      rows={rows.to_string()} aria-label={props.aria_label.clone()}
                      oninput={oninput} />
        },
        None => html! {
            <input type="text" id={props.id.clone()} class={props.class.clone()} ref={node}
                   value={(*shown).clone()}
                   aria-label={props.aria_label.clone()} autocomplete="off"
                   oninput={oninput} />
        },
    }
}

/// The text in an input or a text area.
fn text_of(target: &web_sys::EventTarget) -> Option<String> {
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        Some(input.value())
    } else {
        target.dyn_ref::<HtmlTextAreaElement>().map(|a| a.value())
    }
}

/// Whether someone is typing in `element`: it has the focus.
pub fn has_focus(element: &Element) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|active| &active == element)
}
