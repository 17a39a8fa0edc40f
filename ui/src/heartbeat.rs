//! Tells the shell the page is alive. The page's own idle lock runs only
//! while its code does; the shell locks the store when these beats stop for
//! twice the idle limit (its `watchdog`).

use gloo_timers::callback::Interval;
use yew::prelude::*;

use crate::api::call;

#[derive(serde::Serialize)]
struct Beat {
    appointment: bool,
}

/// Beats while `active`, often enough that the shell never misses two in a
/// row at the shortest limit.
#[hook]
pub fn use_heartbeat(active: bool, appointment: bool, limit_seconds: u32) {
    use_effect_with(
        (active, appointment, limit_seconds),
        move |(active, appointment, limit)| {
            let mut interval = None;
            if *active {
                let appointment = *appointment;
                let beat = move || {
                    wasm_bindgen_futures::spawn_local(async move {
                        // A beat lost to a busy shell is made up by the next.
                        let _ = call::<_, ()>("heartbeat", &Beat { appointment }).await;
                    });
                };
                beat();
                let every = (limit.saturating_mul(1000) / 3).clamp(1000, 10_000);
                interval = Some(Interval::new(every, beat));
            }
            move || drop(interval)
        },
    );
}
