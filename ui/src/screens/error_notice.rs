//! An error said where the person is looking: next to what they did, moved
//! into view and given the focus when it appears (so a screen reader reads
//! it too), and announced as an alert.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    /// The message, or nothing while all is well.
    pub message: Option<String>,
}

#[function_component(ErrorNotice)]
pub fn error_notice(props: &Props) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.message.clone(), move |message| {
            if message.is_some() {
                if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                    element.scroll_into_view_with_bool(false);
                    let _ = element.focus();
                }
            }
        });
    }
    match &props.message {
        Some(message) => html! {
            <p class="notice notice-error" id={props.id.clone()} role="alert" tabindex="-1" ref={node}>
                { message }
            </p>
        },
        None => Html::default(),
    }
}
