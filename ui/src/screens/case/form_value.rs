//! Reading a form's fields when it is submitted or changes.

use wasm_bindgen::JsCast;
use web_sys::{
    HtmlFormElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, SubmitEvent,
};

/// The form being sent, its default (a page load) prevented: forms here
/// read their fields and save through the store.
pub fn submitted_form(e: &SubmitEvent) -> Option<HtmlFormElement> {
    e.prevent_default();
    e.target()
        .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
}

/// The value of the first field in `form` matching `css`: an input, a text
/// area or a select. Empty when there is no such field.
pub fn form_value(form: &HtmlFormElement, css: &str) -> String {
    let Ok(Some(element)) = form.query_selector(css) else {
        return String::new();
    };
    if let Some(e) = element.dyn_ref::<HtmlInputElement>() {
        e.value()
    } else if let Some(e) = element.dyn_ref::<HtmlTextAreaElement>() {
        e.value()
    } else if let Some(e) = element.dyn_ref::<HtmlSelectElement>() {
        e.value()
    } else {
        String::new()
    }
}
