//! The team around the client, edited as it really is: members and their
//! roles, third-sector organisations, and "whom to contact and how" in the
//! client's words. Every change is saved at once against the newest stored
//! clientship; the contact text when typing pauses.

use kohtaamo_model::api::SaveClientship;
use kohtaamo_model::case::clientship::{JointClientship, TeamRole};
use kohtaamo_model::case::plan::ActionOwner;
use kohtaamo_model::case::professional::{ProfessionalId, Sector};
use kohtaamo_model::case::stored::Case;
use kohtaamo_model::case::team_edit::TeamError;
use serde::Serialize;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::i18n::{use_i18n, I18n};
use crate::labels;
use crate::saving::Request;
use crate::screens::case::form_value::form_value;
use crate::screens::case::live_text::LiveText;
use crate::screens::case::CaseChange;

const ROLES: [(TeamRole, &str); 4] = [
    (TeamRole::ResponsibleWorker, "responsible-worker"),
    (TeamRole::Hoitovastaava, "hoitovastaava"),
    (TeamRole::Omatyontekija, "omatyontekija"),
    (TeamRole::Member, "member"),
];

#[derive(Properties, PartialEq)]
pub struct Props {
    pub case: Case,
    pub change: CaseChange,
}

#[derive(Serialize)]
struct SaveArgs {
    request: SaveClientship,
}

/// A change to the clientship, checked by the model; it sees the whole
/// newest case (a member leaves only once the plan no longer needs them).
type TeamEdit = Box<dyn FnOnce(&Case, &mut JointClientship) -> Result<(), TeamError>>;

/// Refuses when the current plan still gives actions to `owner`.
fn free_of_actions(case: &Case, owner: &ActionOwner) -> Result<(), TeamError> {
    match case.current_plan() {
        Some(plan) if plan.record.has_actions_of(owner) => Err(TeamError::OwnsActions),
        _ => Ok(()),
    }
}

fn role_from(value: &str) -> TeamRole {
    ROLES
        .iter()
        .find(|(_, k)| *k == value)
        .map_or(TeamRole::Member, |(r, _)| *r)
}

fn team_error(i18n: &I18n, error: &TeamError) -> String {
    crate::errors::rule_error(i18n, &error.clone().into())
}

/// Whether an error is about the organisations (shown by their form) or
/// the members (shown by theirs).
fn about_organisations(error: &TeamError) -> bool {
    matches!(
        error,
        TeamError::EmptyName | TeamError::DuplicateOrganisation | TeamError::NoSuchOrganisation
    )
}

fn role_options(i18n: &I18n, selected: TeamRole) -> Html {
    ROLES
        .iter()
        .map(|(role, key)| {
            html! {
                <option value={*key} selected={*role == selected}>{ labels::team_role(i18n, *role) }</option>
            }
        })
        .collect()
}

#[function_component(TeamEditor)]
pub fn team_editor(props: &Props) -> Html {
    let i18n = use_i18n();
    let error = use_state(|| None::<TeamError>);
    let case = &props.case;
    let Some(ship) = case.clientship() else {
        return Html::default();
    };
    let team = &ship.record.team;

    // Applies `edit` to the newest stored clientship when its turn in the
    // save queue comes; `typing` names a field whose typing this is.
    let apply = {
        let (change, error) = (props.change.clone(), error.clone());
        move |typing: Option<&str>, edit: TeamEdit| {
            let error = error.clone();
            let request = move |case: &Case| {
                let current = case.clientship()?;
                let mut clientship = current.record.clone();
                if let Err(e) = edit(case, &mut clientship) {
                    error.set(Some(e));
                    return None;
                }
                error.set(None);
                Some(Request::new(
                    "save_clientship",
                    &SaveArgs {
                        request: SaveClientship {
                            client: current.client,
                            id: current.id,
                            revision: current.revision,
                            clientship,
                        },
                    },
                ))
            };
            match typing {
                Some(key) => change.typing(key.to_owned(), request),
                None => change.edit(request),
            }
        }
    };

    let members = team.members.iter().map(|m| {
        let id = m.professional;
        let name = case.professional_name(id).unwrap_or("?").to_owned();
        let contact = case
            .professional(id)
            .map(|p| labels::professional_details(&i18n, p))
            .unwrap_or_default();
        let given = m.contact_to_client;
        let on_given = {
            let apply = apply.clone();
            Callback::from(move |_: Event| {
                apply(None, Box::new(move |_, c| c.set_contact_to_client(id, !given)));
            })
        };
        let on_role = {
            let apply = apply.clone();
            Callback::from(move |e: Event| {
                let select: HtmlSelectElement = e.target_unchecked_into();
                let role = role_from(&select.value());
                apply(None, Box::new(move |_, c| c.set_role(id, role)));
            })
        };
        let remove = {
            let apply = apply.clone();
            Callback::from(move |_| {
                apply(
                    None,
                    Box::new(move |case, c| {
                        free_of_actions(case, &ActionOwner::TeamMember { professional: id })?;
                        c.remove_member(id)
                    }),
                )
            })
        };
        let named = |key: &str| i18n.t_with(key, &[("name", name.clone().into())]);
        html! {
            <li class="team-member" key={id.0.to_string()} data-professional-id={id.0.to_string()}>
                <span class="team-member-who">
                    <strong class="team-member-name">{ &name }</strong>
                    if Some(id) == case.owner {
                        { " " }<span class="hds-tag">{ i18n.t("team-you") }</span>
                    }
                    <span class="team-member-contact">{ contact }</span>
                </span>
                <select class="member-role" aria-label={named("team-role-of")} onchange={on_role}>
                    { role_options(&i18n, m.role) }
                </select>
                <label class="check member-contact-to-client">
                    <input type="checkbox" class="contact-to-client" checked={given} onchange={on_given} />
                    { i18n.t("team-contact-to-client") }
                </label>
                <button type="button" class="hds-button hds-button--supplementary hds-button--small remove-member"
                        aria-label={named("team-remove")} onclick={remove}>{ "✕" }</button>
            </li>
        }
    });

    // Retired colleagues stay named in earlier records but join no team.
    let addable: Vec<_> = case
        .professionals
        .iter()
        .filter(|(id, p)| !p.retired && !team.members.iter().any(|m| m.professional == *id))
        .collect();
    // The counterpart pair: one of each register's side on the team.
    let side = |sector: Sector| -> Vec<(ProfessionalId, String)> {
        team.members
            .iter()
            .filter(|m| m.sector == sector)
            .map(|m| {
                (
                    m.professional,
                    case.professional_name(m.professional)
                        .unwrap_or("?")
                        .to_owned(),
                )
            })
            .collect()
    };
    let (health_side, social_side) = (side(Sector::HealthCare), side(Sector::SocialWelfare));
    let pair = ship.record.counterpart_pair;
    let set_pair = {
        let apply = apply.clone();
        Callback::from(move |e: SubmitEvent| {
            let Some(form) = crate::screens::case::submitted_form(&e) else {
                return;
            };
            let pick = |css: &str| form_value(&form, css).parse().ok().map(ProfessionalId);
            let chosen = pick("#pair-health").zip(pick("#pair-social"));
            apply(None, Box::new(move |_, c| c.set_counterpart_pair(chosen)));
        })
    };
    let pair_text = pair.map(|(a, b)| {
        format!(
            "{} — {}",
            case.professional_name(a).unwrap_or("?"),
            case.professional_name(b).unwrap_or("?")
        )
    });
    let add_member = {
        let (apply, known) = (apply.clone(), case.professionals.clone());
        Callback::from(move |e: SubmitEvent| {
            let Some(form) = crate::screens::case::submitted_form(&e) else {
                return;
            };
            let Ok(id) = form_value(&form, "#new-member").parse().map(ProfessionalId) else {
                return;
            };
            let sector = known
                .iter()
                .find(|(p, _)| *p == id)
                .map_or(Sector::HealthCare, |(_, p)| p.sector);
            let role = role_from(&form_value(&form, "#new-member-role"));
            apply(None, Box::new(move |_, c| c.add_member(id, sector, role)));
        })
    };
    let organisations = team.organisations.iter().map(|o| {
        let remove = {
            let (apply, name) = (apply.clone(), o.name.clone());
            Callback::from(move |_| {
                let name = name.clone();
                apply(
                    None,
                    Box::new(move |case, c| {
                        let owner = ActionOwner::ThirdSector {
                            organisation: name.clone(),
                        };
                        free_of_actions(case, &owner)?;
                        c.remove_organisation(&name)
                    }),
                )
            })
        };
        html! {
            <li class="organisation" key={o.name.clone()}>
                <strong>{ &o.name }</strong>
                if !o.contact.is_empty() { { " — " }{ &o.contact } }
                <button type="button" class="hds-button hds-button--supplementary hds-button--small remove-organisation"
                        aria-label={i18n.t_with("team-remove", &[("name", o.name.clone().into())])}
                        onclick={remove}>{ "✕" }</button>
            </li>
        }
    });
    let known_organisations: Vec<_> = case
        .organisations
        .iter()
        .filter(|(_, o)| !o.retired)
        .cloned()
        .collect();
    let add_organisation = {
        let (apply, known_organisations) = (apply.clone(), known_organisations.clone());
        Callback::from(move |e: SubmitEvent| {
            let Some(form) = crate::screens::case::submitted_form(&e) else {
                return;
            };
            let name = form_value(&form, "#organisation-name");
            let mut contact = form_value(&form, "#organisation-contact");
            // One from the settings' list brings its contact with it.
            if contact.trim().is_empty() {
                if let Some((_, o)) = known_organisations
                    .iter()
                    .find(|(_, o)| o.name == name.trim())
                {
                    contact = o.contact.clone();
                }
            }
            apply(
                None,
                Box::new(move |_, c| c.add_organisation(&name, &contact)),
            );
            form.reset();
        })
    };
    let contact_edit = |text: String| -> TeamEdit {
        Box::new(move |_, c| {
            c.team.contact_instructions = text.trim().to_owned();
            Ok(())
        })
    };
    let on_contact_input = {
        let apply = apply.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            apply(Some("contact-instructions"), contact_edit(area.value()));
        })
    };
    let save_contact = {
        let apply = apply.clone();
        Callback::from(move |e: SubmitEvent| {
            let Some(form) = crate::screens::case::submitted_form(&e) else {
                return;
            };
            apply(
                None,
                contact_edit(form_value(&form, "#contact-instructions")),
            );
        })
    };

    html! {
        <div class="team-editor">
            <h4>{ i18n.t("team-title") }</h4>
            if let Some(e) = error.as_ref().filter(|e| !about_organisations(e)) {
                <p class="notice notice-error" id="team-error" role="alert">{ team_error(&i18n, e) }</p>
            }
            <ul class="team" id="team">{ for members }</ul>
            if !addable.is_empty() {
                <form class="add-member-form inline-form" onsubmit={add_member}>
                    <label class="field">
                        <span class="hds-text-input__label">{ i18n.t("team-add-who") }</span>
                        <select id="new-member">
                            { for addable.iter().map(|(id, p)| html! {
                                <option value={id.0.to_string()}>{ &p.name }{ " — " }{ &p.organisation }</option>
                            }) }
                        </select>
                    </label>
                    <label class="field">
                        <span class="hds-text-input__label">{ i18n.t("team-add-role") }</span>
                        <select id="new-member-role">{ role_options(&i18n, TeamRole::Member) }</select>
                    </label>
                    <button id="add-member" class="hds-button hds-button--secondary" type="submit">
                        { i18n.t("team-add") }
                    </button>
                </form>
            } else {
                <p class="muted" id="team-add-hint">{ i18n.t("team-add-none") }</p>
            }
            <h4>{ i18n.t("team-pair-title") }</h4>
            <p id="counterpart-pair">
                { pair_text.unwrap_or_else(|| i18n.t("team-pair-none")) }
            </p>
            if !health_side.is_empty() && !social_side.is_empty() {
                <form class="pair-form inline-form" onsubmit={set_pair}>
                    <label class="field">
                        <span class="hds-text-input__label">{ i18n.t("team-pair-health") }</span>
                        <select id="pair-health">
                            { for health_side.iter().enumerate().map(|(i, (id, name))| html! {
                                <option value={id.0.to_string()} selected={pair.map_or(i == 0, |p| p.0 == *id)}>{ name }</option>
                            }) }
                        </select>
                    </label>
                    <label class="field">
                        <span class="hds-text-input__label">{ i18n.t("team-pair-social") }</span>
                        <select id="pair-social">
                            { for social_side.iter().enumerate().map(|(i, (id, name))| html! {
                                <option value={id.0.to_string()} selected={pair.map_or(i == 0, |p| p.1 == *id)}>{ name }</option>
                            }) }
                        </select>
                    </label>
                    <button id="set-pair" class="hds-button hds-button--secondary" type="submit">
                        { i18n.t("team-pair-set") }
                    </button>
                </form>
            } else {
                <p class="muted">{ i18n.t("team-pair-needs-both") }</p>
            }
            <h4>{ i18n.t("team-organisations") }</h4>
            if team.organisations.is_empty() {
                <p class="muted">{ i18n.t("team-organisations-none") }</p>
            }
            <ul class="organisations" id="organisations">{ for organisations }</ul>
            if let Some(e) = error.as_ref().filter(|e| about_organisations(e)) {
                <p class="notice notice-error" id="team-error" role="alert">{ team_error(&i18n, e) }</p>
            }
            <form class="add-organisation-form inline-form" onsubmit={add_organisation}>
                <label class="field hds-text-input">
                    <span class="hds-text-input__label">{ i18n.t("team-organisation-name") }</span>
                    <input class="hds-text-input__input" id="organisation-name" type="text"
                           list="organisation-choices" autocomplete="off" />
                    <datalist id="organisation-choices">
                        { for known_organisations.iter().map(|(_, o)| html! { <option value={o.name.clone()} /> }) }
                    </datalist>
                </label>
                <label class="field hds-text-input">
                    <span class="hds-text-input__label">{ i18n.t("team-organisation-contact") }</span>
                    <input class="hds-text-input__input" id="organisation-contact" type="text" />
                </label>
                <button id="add-organisation" class="hds-button hds-button--secondary" type="submit">
                    { i18n.t("team-organisation-add") }
                </button>
            </form>
            <form class="contact-form" onsubmit={save_contact}>
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("clientship-contact") }</span>
                    <span class="hds-text-input__helper-text">{ i18n.t("clientship-contact-help") }</span>
                    <LiveText id="contact-instructions" rows={2} value={team.contact_instructions.clone()}
                              oninput={on_contact_input} />
                </label>
                <button id="save-contact" class="hds-button hds-button--secondary" type="submit">
                    { i18n.t("clientship-contact-save") }
                </button>
            </form>
        </div>
    }
}
