//! Drawing a case in two steps. Opening a case draws its head, the
//! navigation, what is due, the clientship and the plan (what the
//! professional looks at first) and paints them; the other sections are
//! drawn a frame later, each in a placeholder of its own until then.
//! Building and laying out all of a case's some 500 elements before the
//! first paint had made the click feel slow (issue 11: p95 up to 120 ms).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `then` once the frame being prepared now has been painted: from a
/// task queued by the animation frame after it, so that its work delays
/// neither that paint nor anything waiting for it.
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        then();
        return;
    };
    let second = {
        let window = window.clone();
        Closure::once_into_js(move || {
            let task = Closure::once_into_js(then);
            let _ = window.set_timeout_with_callback(task.unchecked_ref());
        })
    };
    let first = {
        let window = window.clone();
        Closure::once_into_js(move || {
            let _ = window.request_animation_frame(second.unchecked_ref());
        })
    };
    let _ = window.request_animation_frame(first.unchecked_ref());
}
