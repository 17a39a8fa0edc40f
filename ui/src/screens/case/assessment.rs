//! The holistic assessment by life domain: the client's view and the
//! professional's side by side (both kept when they differ), the need, and
//! the client's own resources.

use kohtaamo_model::api::SaveAssessment;
use kohtaamo_model::case::assessment::{DomainEntry, HolisticAssessment, LifeDomain, NeedLevel};
use kohtaamo_model::case::professional::ProfessionalId;
use kohtaamo_model::case::register::{Register, Visibility};
use kohtaamo_model::case::stored::Case;
use serde::Serialize;
use web_sys::HtmlFormElement;
use yew::prelude::*;

use super::form_value::form_value;
use super::live_text::LiveText;
use super::CaseChange;
use crate::i18n::{use_i18n, I18n};
use crate::saving::Request;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub case: Case,
    pub change: CaseChange,
}

#[derive(Serialize)]
struct Args {
    request: SaveAssessment,
}

const DOMAINS: [(LifeDomain, &str); 10] = [
    (LifeDomain::Health, "health"),
    (LifeDomain::MentalWellbeing, "mental-wellbeing"),
    (LifeDomain::SubstanceUse, "substance-use"),
    (LifeDomain::DailyFunctioning, "daily-functioning"),
    (LifeDomain::Housing, "housing"),
    (LifeDomain::Finances, "finances"),
    (LifeDomain::WorkStudiesDailyActivity, "work-studies"),
    (LifeDomain::FamilyAndCloseRelationships, "family"),
    (LifeDomain::FriendsAndLoneliness, "friends"),
    (LifeDomain::Safety, "safety"),
];

const NEEDS: [(NeedLevel, &str); 4] = [
    (NeedLevel::NotAssessed, "not-assessed"),
    (NeedLevel::NoNeed, "no-need"),
    (NeedLevel::SomeNeed, "some-need"),
    (NeedLevel::SignificantNeed, "significant-need"),
];

pub fn domain_name(i18n: &I18n, domain: LifeDomain) -> String {
    i18n.t(match domain {
        LifeDomain::Health => "domain-health",
        LifeDomain::MentalWellbeing => "domain-mental-wellbeing",
        LifeDomain::SubstanceUse => "domain-substance-use",
        LifeDomain::DailyFunctioning => "domain-daily-functioning",
        LifeDomain::Housing => "domain-housing",
        LifeDomain::Finances => "domain-finances",
        LifeDomain::WorkStudiesDailyActivity => "domain-work-studies",
        LifeDomain::FamilyAndCloseRelationships => "domain-family",
        LifeDomain::FriendsAndLoneliness => "domain-friends",
        LifeDomain::Safety => "domain-safety",
    })
}

pub fn need_name(i18n: &I18n, need: NeedLevel) -> String {
    i18n.t(match need {
        NeedLevel::NotAssessed => "need-level-not-assessed",
        NeedLevel::NoNeed => "need-level-no-need",
        NeedLevel::SomeNeed => "need-level-some-need",
        NeedLevel::SignificantNeed => "need-level-significant-need",
    })
}

#[function_component(AssessmentSection)]
pub fn assessment_section(props: &Props) -> Html {
    let i18n = use_i18n();
    // A refusal is said in this section, next to what caused it.
    let section_error = use_state(|| None::<kohtaamo_model::api::ApiError>);
    let change = props.change.reporting_to(section_error.clone());
    let notice = html! {
        <crate::screens::error_notice::ErrorNotice id="assessment-save-error"
            message={section_error.as_ref().map(|e| crate::errors::api_error(&i18n, e))} />
    };
    let case = &props.case;
    let current = case.holistic_assessments.last().cloned();
    // The owner writes into their own register; what the other register
    // wrote is shown beside it, as it was written.
    let own = case.owner_register().unwrap_or(Register::HealthCare);
    let existing = |domain: LifeDomain| -> Option<DomainEntry> {
        current
            .as_ref()
            .and_then(|c| c.record.entry(domain, own).cloned())
    };
    let theirs = |domain: LifeDomain| -> Option<DomainEntry> {
        current
            .as_ref()
            .and_then(|c| c.record.entry(domain, own.other()).cloned())
    };

    let form_ref = use_node_ref();
    // Domains opened or folded by hand; the others are open once assessed.
    let toggled = use_state(std::collections::BTreeMap::<&'static str, bool>::new);
    // Saved a second after typing stops, and at once with the button; the
    // form is read when it changes, the request made when its turn comes.
    let save = {
        let (change, form_ref) = (change.clone(), form_ref.clone());
        move |typing: bool| {
            let Some(form) = form_ref.cast::<HtmlFormElement>() else {
                return;
            };
            // Read now: by the time the save's turn comes, an answer to an
            // earlier save may have been written into a field left a moment ago.
            let filled = read_form(&form);
            let edit = move |case: &Case| save_request(filled, case);
            if typing {
                change.typing("assessment".to_owned(), edit);
            } else {
                change.edit(edit);
            }
        }
    };
    let on_submit = {
        let save = save.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            save(false);
        })
    };
    let on_input = Callback::from(move |_: InputEvent| save(true));

    html! {
        <section class="case-section" id="assessment" aria-labelledby="assessment-title">
            <h3 id="assessment-title">{ i18n.t("assessment-title") }</h3>
            <form onsubmit={on_submit} oninput={on_input} ref={form_ref}>
                <p class="muted" id="assessment-writer">
                    { i18n.t_with("assessment-writer", &[
                        ("name", case.owner.and_then(|id| case.professional_name(id)).unwrap_or("?").to_owned().into()),
                        ("register", crate::labels::register_name(&i18n, own).into()),
                    ]) }
                </p>
                <div class="domains">
                    { for DOMAINS.iter().map(|(domain, key)| {
                        let entry = existing(*domain);
                        let other = theirs(*domain);
                        let value = |f: fn(&DomainEntry) -> String| entry.as_ref().map(f).unwrap_or_default();
                        let need = entry.as_ref().map_or(NeedLevel::NotAssessed, |e| e.need);
                        // Collapsed until opened or assessed: ten domains at
                        // once would bury the rest of the case. A folded
                        // domain's fields are not drawn at all (a case opens
                        // quicker), and saving leaves its entry as stored.
                        let open = toggled.get(key).copied().unwrap_or(entry.is_some() || other.is_some());
                        let toggle = {
                            let (toggled, key) = (toggled.clone(), *key);
                            Callback::from(move |e: MouseEvent| {
                                e.prevent_default();
                                // Typing in a domain about to fold is saved
                                // first: a folded domain's fields are gone.
                                crate::saving::flush_typing();
                                let mut next = (*toggled).clone();
                                next.insert(key, !open);
                                toggled.set(next);
                            })
                        };
                        html! {
                            <details class="domain" id={format!("domain-{key}")} open={open}>
                                <summary onclick={toggle}>
                                    { domain_name(&i18n, *domain) }
                                    if entry.is_some() {
                                        { " — " }{ need_name(&i18n, need) }
                                    }
                                </summary>
                                if let Some(o) = other.as_ref().filter(|_| open) {
                                    <div class="other-register" id={format!("{key}-other-register")}>
                                        <p class="other-register-title">
                                            { i18n.t_with("assessment-other-register", &[
                                                ("register", crate::labels::register_name(&i18n, o.register).into()),
                                                ("name", case.professional_name(o.author).unwrap_or("?").to_owned().into()),
                                            ]) }
                                        </p>
                                        <dl class="facts">
                                            <dt>{ i18n.t("assessment-client-view") }</dt><dd>{ &o.client_view }</dd>
                                            <dt>{ i18n.t("assessment-professional-view") }</dt><dd>{ &o.professional_view }</dd>
                                            <dt>{ i18n.t("assessment-need") }</dt><dd>{ need_name(&i18n, o.need) }</dd>
                                            <dt>{ i18n.t("assessment-resources") }</dt><dd>{ &o.resources }</dd>
                                        </dl>
                                    </div>
                                }
                                if open {
                                    // Side by side so the client sees their words next to the professional's.
                                    <div class="views">
                                        <label class="field hds-text-input">
                                            <span class="hds-text-input__label">{ i18n.t("assessment-client-view") }</span>
                                            <LiveText class="hds-text-input__input" id={format!("{key}-client")}
                                                      value={value(|e| e.client_view.clone())} />
                                        </label>
                                        <label class="field hds-text-input">
                                            <span class="hds-text-input__label">{ i18n.t("assessment-professional-view") }</span>
                                            <LiveText class="hds-text-input__input" id={format!("{key}-professional")}
                                                      value={value(|e| e.professional_view.clone())} />
                                        </label>
                                    </div>
                                    <label class="field">
                                        <span class="hds-text-input__label">{ i18n.t("assessment-need") }</span>
                                        <select id={format!("{key}-need")}>
                                            { for NEEDS.iter().map(|(n, k)| html! {
                                                <option value={*k} selected={*n == need}>{ need_name(&i18n, *n) }</option>
                                            }) }
                                        </select>
                                    </label>
                                    <label class="field hds-text-input">
                                        <span class="hds-text-input__label">{ i18n.t("assessment-resources") }</span>
                                        <LiveText class="hds-text-input__input" id={format!("{key}-resources")}
                                                  value={value(|e| e.resources.clone())} />
                                    </label>

                                }
                            </details>
                        }
                    }) }
                </div>
                <button id="save-assessment" class="hds-button hds-button--primary" type="submit">
                    { i18n.t("assessment-save") }
                </button>
            </form>
            { notice.clone() }
            { super::assessment_history::assessment_history(&i18n, case) }
        </section>
    }
}

/// The assessment form as it was when it changed.
struct Filled {
    /// Each domain's fields, or None when the domain is folded.
    entries: Vec<(LifeDomain, Option<Fields>)>,
}

#[derive(PartialEq)]
struct Fields {
    client_view: String,
    professional_view: String,
    need: NeedLevel,
    resources: String,
}

fn read_form(form: &HtmlFormElement) -> Filled {
    let entries = DOMAINS
        .iter()
        .map(|(domain, key)| {
            let shown = form
                .query_selector(&format!("#{key}-client"))
                .ok()
                .flatten()
                .is_some();
            let fields = shown.then(|| Fields {
                client_view: form_value(form, &format!("#{key}-client")),
                professional_view: form_value(form, &format!("#{key}-professional")),
                need: NEEDS
                    .iter()
                    .find(|(_, k)| *k == form_value(form, &format!("#{key}-need")))
                    .map_or(NeedLevel::NotAssessed, |(n, _)| *n),
                resources: form_value(form, &format!("#{key}-resources")),
            });
            (*domain, fields)
        })
        .collect();
    Filled { entries }
}

/// The assessment as the form showed it, saved over the newest stored one:
/// the owner's entries from the form, the other register's as stored (the
/// store keeps those whatever is sent). Nothing while the form is still empty.
fn save_request(filled: Filled, case: &Case) -> Option<Request> {
    let current = case.holistic_assessments.last();
    let author: ProfessionalId = case.owner?;
    let register = case.owner_register()?;
    let stored = |domain: LifeDomain| current.and_then(|c| c.record.entry(domain, register));
    let mut entries: Vec<DomainEntry> = current
        .map(|c| {
            c.record
                .entries
                .iter()
                .filter(|e| e.register != register)
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    for (domain, fields) in filled.entries {
        let kept = stored(domain);
        let Some(f) = fields else {
            // Folded: as stored.
            entries.extend(kept.cloned());
            continue;
        };
        let unchanged = kept.is_some_and(|k| {
            f == Fields {
                client_view: k.client_view.clone(),
                professional_view: k.professional_view.clone(),
                need: k.need,
                resources: k.resources.clone(),
            }
        });
        if unchanged {
            // Still its author's, in its author's register.
            entries.extend(kept.cloned());
            continue;
        }
        let empty = f.client_view.trim().is_empty()
            && f.professional_view.trim().is_empty()
            && f.resources.trim().is_empty()
            && f.need == NeedLevel::NotAssessed;
        if !empty {
            entries.push(DomainEntry {
                domain,
                client_view: f.client_view,
                professional_view: f.professional_view,
                need: f.need,
                resources: f.resources,
                author,
                register,
                visibility: Visibility::ShownToClient,
            });
        }
    }
    if entries.is_empty() && current.is_none() {
        return None;
    }
    let (id, revision) = current.map_or((None, 0), |c| (Some(c.id), c.revision));
    Some(Request::new(
        "save_assessment",
        &Args {
            request: SaveAssessment {
                client: case.client.id,
                id,
                revision,
                assessment: HolisticAssessment { entries },
            },
        },
    ))
}
