//! The instruments in the settings screen: which the store holds, in which
//! version, and importing a unit's own file (its PROM, say). A bad file is
//! refused with the field named; nothing is imported then.

use kohtaamo_model::measure::instrument::{Instrument, InstrumentKind};
use serde::Serialize;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api::{call, read, NoArgs};
use crate::errors::api_error;
use crate::i18n::use_i18n;
use crate::screens::error_notice::ErrorNotice;

#[derive(Serialize)]
struct ImportArgs {
    text: String,
}

/// The kind's code, which the message selects its words by.
fn kind_code(kind: InstrumentKind) -> &'static str {
    if kind == InstrumentKind::LifeSituation {
        "life-situation"
    } else {
        "prom"
    }
}

#[function_component(InstrumentsView)]
pub fn instruments_view() -> Html {
    let i18n = use_i18n();
    let instruments = use_state(Vec::<Instrument>::new);
    let input = use_node_ref();
    let error = use_state(|| None::<String>);
    let imported = use_state(|| None::<String>);
    let reload = use_state(|| 0u32);
    {
        let instruments = instruments.clone();
        use_effect_with(*reload, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(list) = read::<_, Vec<Instrument>>("instruments", &NoArgs {}).await {
                    instruments.set(list);
                }
            });
        });
    }
    let on_import = {
        let (input, error, imported, reload, i18n) = (
            input.clone(),
            error.clone(),
            imported.clone(),
            reload.clone(),
            i18n.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(field) = input.cast::<HtmlInputElement>() else {
                return;
            };
            let (error, imported, reload, i18n) = (
                error.clone(),
                imported.clone(),
                reload.clone(),
                i18n.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                imported.set(None);
                let text = super::chosen_text(&field).await;
                let Some(text) = text else {
                    error.set(Some(i18n.t("directory-choose-file")));
                    return;
                };
                match call::<_, Instrument>("import_instrument", &ImportArgs { text }).await {
                    Ok(instrument) => {
                        error.set(None);
                        imported.set(Some(i18n.t_with(
                            "instruments-imported",
                            &[
                                (
                                    "name",
                                    instrument.name.get(i18n.language.model()).to_owned().into(),
                                ),
                                ("version", instrument.version.into()),
                            ],
                        )));
                        reload.set(*reload + 1);
                    }
                    Err(e) => error.set(Some(api_error(&i18n, &e))),
                }
            });
        })
    };
    let language = i18n.language.model();
    html! {
        <section class="card settings-block" id="instruments" aria-labelledby="instruments-title">
            <h3 id="instruments-title">{ i18n.t("instruments-title") }</h3>
            <p class="muted">{ i18n.t("instruments-help") }</p>
            <ul class="plain-list" id="instrument-list">
                { for instruments.iter().map(|i| html! {
                    <li>
                        <strong>{ i.name.get(language) }</strong>{ " — " }
                        { i18n.t_with("instruments-version", &[
                            ("version", i.version.into()),
                            ("items", i.items.len().into()),
                            ("kind", kind_code(i.kind).into()),
                        ]) }
                    </li>
                }) }
            </ul>
            <form class="directory-form" onsubmit={on_import}>
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("instruments-file") }</span>
                    <input type="file" id="instrument-file" accept=".json,application/json" ref={input} />
                </label>
                <button class="hds-button hds-button--secondary" type="submit" id="import-instrument">
                    { i18n.t("instruments-import") }
                </button>
            </form>
            if let Some(done) = &*imported {
                <p class="notice notice-success" role="status" id="instrument-imported">{ done }</p>
            }
            <ErrorNotice id="instrument-error" message={(*error).clone()} />
            <h4>{ i18n.t("experience-typed-title") }</h4>
            <p class="muted">{ i18n.t("experience-typed-help") }</p>
            <crate::screens::measures::experience_form::ExperienceForm language={language}
                channel={kohtaamo_model::measure::experience::ExperienceChannel::TextMessage}
                id="sms-experience" />
        </section>
    }
}
