//! The client's papers and the case's files: the agreed plan and the info
//! sheet as PDFs in the client's words (opened in the system's PDF viewer
//! to print), and the case as a FHIR bundle for the official record. Each
//! is saved where the professional chooses (the shell asks in a save-as
//! dialog; the page has no file access of its own) and is a disclosure in
//! the client's report.

use kohtaamo_model::api::{SaveFhir, SaveHandout};
use kohtaamo_model::backup::DialogTexts;
use kohtaamo_model::case::handout::HandoutKind;
use kohtaamo_model::case::stored::Case;
use serde::Serialize;
use yew::prelude::*;

use crate::api::call;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub case: Case,
}

#[derive(Serialize)]
struct Args<T> {
    request: T,
}

/// What was saved last, and whether it is a handout the person may open.
#[derive(Clone, PartialEq)]
struct Saved {
    message: String,
    printable: bool,
}

/// What the section shows of its saves.
#[derive(Clone)]
struct Shown {
    saved: UseStateHandle<Option<Saved>>,
    error: UseStateHandle<Option<String>>,
    busy: UseStateHandle<bool>,
    i18n: crate::i18n::I18n,
}

impl Shown {
    /// One save of a file: the shell asks where, makes the file and writes
    /// it; `saved_id` names the message that says so, `printable` whether
    /// the file is a paper to open in the PDF viewer.
    fn save<T: Serialize + 'static>(
        &self,
        command: &'static str,
        request: T,
        saved_id: &'static str,
        printable: bool,
    ) {
        let shown = self.clone();
        shown.busy.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            match call::<_, Option<String>>(command, &Args { request }).await {
                Ok(Some(name)) => {
                    shown.error.set(None);
                    shown.saved.set(Some(Saved {
                        message: shown.i18n.t_with(saved_id, &[("name", name.into())]),
                        printable,
                    }));
                }
                Ok(None) => {}
                Err(e) => {
                    shown.saved.set(None);
                    shown
                        .error
                        .set(Some(crate::errors::api_error(&shown.i18n, &e)));
                }
            }
            shown.busy.set(false);
        });
    }
}

#[function_component(Handouts)]
pub fn handouts(props: &Props) -> Html {
    let i18n = use_i18n();
    let saved = use_state(|| None::<Saved>);
    let error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let case = &props.case;
    if case.clientship().is_none() {
        return Html::default();
    }
    let state = Shown {
        saved: saved.clone(),
        error: error.clone(),
        busy: busy.clone(),
        i18n: i18n.clone(),
    };
    let client = case.client.id;
    let dialog = |title: &str, filter: &str| DialogTexts {
        title: i18n.t(title),
        filter: filter.into(),
    };
    let save = |kind: HandoutKind| {
        let texts = dialog("handout-save-title", "PDF");
        let (state, request) = (
            state.clone(),
            SaveHandout {
                client,
                kind,
                texts,
            },
        );
        Callback::from(move |_: MouseEvent| {
            state.save("save_handout", request.clone(), "handout-saved", true)
        })
    };
    let save_fhir = {
        let texts = dialog("fhir-save-title", "FHIR JSON");
        let (state, request) = (state.clone(), SaveFhir { client, texts });
        Callback::from(move |_: MouseEvent| {
            state.save("save_fhir", request.clone(), "fhir-saved", false)
        })
    };
    let open = {
        let (error, i18n) = (error.clone(), i18n.clone());
        Callback::from(move |_: MouseEvent| {
            let (error, i18n) = (error.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = call::<_, ()>("open_handout", &crate::api::NoArgs {}).await {
                    error.set(Some(crate::errors::api_error(&i18n, &e)));
                }
            });
        })
    };
    let agreed = case.agreed_plan().is_some();
    html! {
        <section class="case-section handouts" id="handouts" aria-labelledby="handouts-title">
            <h3 id="handouts-title">{ i18n.t("handouts-title") }</h3>
            <p class="muted">{ i18n.t("handouts-intro") }</p>
            <div class="handout-buttons">
                <button id="save-handout-plan" class="hds-button hds-button--secondary"
                        disabled={!agreed || *busy} aria-describedby={(!agreed).then_some("handout-needs-agreed")}
                        onclick={save(HandoutKind::Plan)}>
                    { i18n.t("handout-plan-save") }
                </button>
                <button id="save-handout-info-sheet" class="hds-button hds-button--secondary"
                        disabled={*busy} onclick={save(HandoutKind::InfoSheet)}>
                    { i18n.t("handout-info-sheet-save") }
                </button>
                <button id="save-fhir" class="hds-button hds-button--secondary"
                        disabled={*busy} onclick={save_fhir}>
                    { i18n.t("fhir-save") }
                </button>
            </div>
            if !agreed {
                <p class="muted" id="handout-needs-agreed">{ i18n.t("handout-needs-agreed-plan") }</p>
            }
            if let Some(done) = &*saved {
                <div class="notice notice-success handout-saved" id="handout-saved" role="status">
                    <p>{ &done.message }</p>
                    if done.printable {
                        <button id="open-handout" class="hds-button hds-button--secondary" onclick={open}>
                            { i18n.t("handout-open") }
                        </button>
                    }
                </div>
            }
            if let Some(message) = &*error {
                <p class="notice notice-error" id="handout-error" role="alert">{ message }</p>
            }
        </section>
    }
}
