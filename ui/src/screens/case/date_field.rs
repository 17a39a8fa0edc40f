//! A date field read as people in Finland write dates, `8.12.2030`, the
//! same on every machine (see `kohtaamo_model::date_text` for why not the
//! webview's own date input).
//!
//! A date that does not read right is said so under the field and not
//! passed on, so the date already saved stays as it was.

use std::sync::atomic::{AtomicU32, Ordering};

use chrono::NaiveDate;
use kohtaamo_model::date_text::{format_date, parse_date};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::live_text::has_focus;
use crate::i18n::use_i18n;
use crate::labels;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The stored date; `None` for an empty field.
    #[prop_or_default]
    pub value: Option<NaiveDate>,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    /// Called when the field is left or Enter is pressed with a date that
    /// reads right, or `None` for an emptied field.
    #[prop_or_default]
    pub onchange: Callback<Option<NaiveDate>>,
}

/// Ids for the error texts, one per field on the page.
static NEXT_ERROR_ID: AtomicU32 = AtomicU32::new(0);

#[function_component(DateField)]
pub fn date_field(props: &Props) -> Html {
    let i18n = use_i18n();
    let node = use_node_ref();
    let error = use_state(|| None::<String>);
    let error_id = use_memo((), |()| {
        format!(
            "date-error-{}",
            NEXT_ERROR_ID.fetch_add(1, Ordering::Relaxed)
        )
    });
    // The text the field shows, drawn from the first frame on: the stored
    // date, then what is typed, and a newer stored date whenever nobody is
    // typing (Yew writes a field's value whenever it differs from the drawn
    // one, so this copy must always be what the field should hold).
    let shown = use_state_eq(|| props.value.map(format_date).unwrap_or_default());
    {
        let (node, error, shown) = (node.clone(), error.clone(), shown.clone());
        use_effect_with(props.value, move |value| {
            let typing = node
                .cast::<HtmlInputElement>()
                .is_some_and(|input| has_focus(input.as_ref()));
            if !typing {
                shown.set(value.map(format_date).unwrap_or_default());
                error.set(None);
            }
        });
    }
    let onchange = {
        let (error, i18n, emit) = (error.clone(), i18n.clone(), props.onchange.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            match parse_date(&input.value()) {
                Ok(date) => {
                    error.set(None);
                    emit.emit(date);
                }
                Err(e) => error.set(Some(labels::date_error(&i18n, &e))),
            }
        })
    };
    // A shown error goes as soon as the text reads right; a new one waits
    // for the field to be left, so half a date is not called wrong.
    let oninput = {
        let (error, shown) = (error.clone(), shown.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            shown.set(input.value());
            if error.is_some() && parse_date(&input.value()).is_ok() {
                error.set(None);
            }
        })
    };
    html! {
        <>
            <input type="text" ref={node} id={props.id.clone()} class={props.class.clone()}
                   value={(*shown).clone()}
                   aria-label={props.aria_label.clone()} autocomplete="off"
                   placeholder={i18n.t("date-placeholder")}
                   aria-invalid={error.is_some().then_some("true")}
                   aria-describedby={error.is_some().then(|| (*error_id).clone())}
                   {onchange} {oninput} />
            if let Some(message) = &*error {
                <span id={(*error_id).clone()} class="hds-text-input__error-text date-error" role="alert">
                    { message }
                </span>
            }
        </>
    }
}

/// The date in `input`, for a form that reads its fields when sent; no
/// date when there is no such field. When the text does not read as a
/// date, the field is made to say why (as if it had been left) and gets the
/// focus, and the answer is `None`: the form should not be sent.
pub fn read_or_show_error(input: Option<HtmlInputElement>) -> Option<Option<NaiveDate>> {
    let Some(input) = input else {
        return Some(None);
    };
    match parse_date(&input.value()) {
        Ok(date) => Some(date),
        Err(_) => {
            // Bubbling, as a real one does: Yew listens at the app's root.
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            if let Ok(change) = Event::new_with_event_init_dict("change", &init) {
                let _ = input.dispatch_event(&change);
            }
            let _ = input.focus();
            None
        }
    }
}
