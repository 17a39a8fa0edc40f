//! The main window reads the case again when the client answered a measure
//! in their own window (`client-answered`, sent by the shell), so that the
//! professional's chart and "due" show the answer without reopening.

use kohtaamo_model::case::stored::Case;
use kohtaamo_model::ClientId;
use yew::prelude::*;

use super::OpenArgs;
use crate::api::listen_while;
use crate::saving;

/// While the page shows `client`'s case, each answer the client gives in
/// their window hands the case as stored to `on_case`, after everything
/// typed here is saved (so nothing waiting is overtaken).
#[hook]
pub fn use_client_answers(client: ClientId, on_case: Callback<Case>) {
    use_effect_with(client, move |client| {
        let client = *client;
        listen_while("client-answered", move |answered: ClientId| {
            if answered != client {
                return;
            }
            let on_case = on_case.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let _ = saving::latest(client).await;
                // A failed read leaves the case as it was shown; the
                // answer is saved either way.
                if let Ok(case) =
                    crate::api::read::<_, Case>("open_case", &OpenArgs { client }).await
                {
                    saving::loaded(&case);
                    on_case.emit(case);
                }
            });
        })
    });
}
