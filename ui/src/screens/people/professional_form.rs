//! The details of a professional, as a form: the owner's profile and a
//! colleague's alike. Fields are read when the form is sent; the model's
//! rules are checked before anything is saved, and a broken one is said
//! next to the button.

use kohtaamo_model::case::professional::{Professional, ProfessionalError, Role, Sector};
use yew::prelude::*;

use crate::errors::rule_error;
use crate::i18n::use_i18n;
use crate::labels::{self, ROLES, SECTORS};
use crate::screens::case::{form_value, LiveText};
use crate::screens::error_notice::ErrorNotice;

const OTHER_ROLE: &str = "other";

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Prefixes every field's id, so two forms can be on one page.
    pub id: AttrValue,
    #[prop_or_default]
    pub initial: Option<Professional>,
    /// The owner's profile: a sector with a register of its own.
    #[prop_or_default]
    pub owner: bool,
    pub submit_label: String,
    pub on_submit: Callback<Professional>,
    #[prop_or_default]
    pub on_cancel: Option<Callback<()>>,
    /// What the store said of the last attempt.
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub busy: bool,
}

fn role_value(role: &Role) -> &'static str {
    ROLES
        .iter()
        .find(|(r, _)| r == role)
        .map_or(OTHER_ROLE, |(_, v)| *v)
}

#[function_component(ProfessionalForm)]
pub fn professional_form(props: &Props) -> Html {
    let i18n = use_i18n();
    let initial = props.initial.clone();
    let role = use_state(|| {
        initial
            .as_ref()
            .map_or(ROLES[0].1, |p| role_value(&p.role))
            .to_owned()
    });
    let local_error = use_state(|| None::<ProfessionalError>);
    let id = props.id.to_string();
    let field = |name: &str| format!("{id}-{name}");
    let sectors: Vec<_> = SECTORS
        .iter()
        .filter(|(s, _)| !props.owner || s.register().is_some())
        .collect();
    // As state: Yew writes `checked` on every redraw.
    let sector = use_state(|| initial.as_ref().map_or(Sector::HealthCare, |p| p.sector));

    let on_submit = {
        let (id, local_error, on_submit, owner) = (
            id.clone(),
            local_error.clone(),
            props.on_submit.clone(),
            props.owner,
        );
        let keep = initial.clone();
        Callback::from(move |e: SubmitEvent| {
            let Some(form) = crate::screens::case::submitted_form(&e) else {
                return;
            };
            let value = |name: &str| form_value(&form, &format!("#{id}-{name}"));
            let role_choice = value("role");
            let role = ROLES
                .iter()
                .find(|(_, v)| *v == role_choice)
                .map_or_else(|| Role::Other(value("role-other")), |(r, _)| r.clone());
            let sector_choice = form_value(&form, &format!("input[name={id}-sector]:checked"));
            let sector = SECTORS
                .iter()
                .find(|(_, v)| *v == sector_choice)
                .map_or(Sector::HealthCare, |(s, _)| *s);
            let professional = Professional {
                name: value("name"),
                role,
                sector,
                organisation: value("organisation"),
                unit: value("unit"),
                phone: value("phone"),
                secure_email: value("secure-email"),
                retired: keep.as_ref().is_some_and(|p| p.retired),
                directory_key: keep.as_ref().and_then(|p| p.directory_key.clone()),
            }
            .trimmed();
            let checked = if owner {
                professional.validate_owner()
            } else {
                professional.validate()
            };
            match checked {
                Ok(()) => {
                    local_error.set(None);
                    on_submit.emit(professional);
                }
                Err(e) => local_error.set(Some(e)),
            }
        })
    };
    let on_role = {
        let role = role.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            role.set(select.value());
        })
    };
    // Fields keep what is typed into them across redraws (a plain bound
    // value would be written back over it on the next one).
    let text = |name: &str, label: &str, value: String, _kind: &'static str| {
        html! {
            <label class="field hds-text-input">
                <span class="hds-text-input__label">{ i18n.t(label) }</span>
                <LiveText class="hds-text-input__input" id={field(name)} value={value} />
            </label>
        }
    };
    let get = |f: fn(&Professional) -> String| initial.as_ref().map(f).unwrap_or_default();
    let message = local_error
        .as_ref()
        .map(|e| rule_error(&i18n, &e.clone().into()))
        .or_else(|| props.error.clone());
    let on_cancel = props
        .on_cancel
        .clone()
        .map(|cancel| Callback::from(move |_: MouseEvent| cancel.emit(())));
    html! {
        <form class="professional-form" id={id.clone()} onsubmit={on_submit} novalidate=true>
            { text("name", "profile-name", get(|p| p.name.clone()), "text") }
            <div class="field-row">
                <label class="field">
                    <span class="hds-text-input__label">{ i18n.t("profile-role") }</span>
                    <select id={field("role")} onchange={on_role}>
                        { for ROLES.iter().map(|(r, v)| html! {
                            <option value={*v} selected={*role == *v}>{ labels::role_name(&i18n, r) }</option>
                        }) }
                        <option value={OTHER_ROLE} selected={*role == OTHER_ROLE}>{ i18n.t("profile-role-other") }</option>
                    </select>
                </label>
                if *role == OTHER_ROLE {
                    { text("role-other", "profile-role-other-title",
                           initial.as_ref().map(|p| match &p.role { Role::Other(t) => t.clone(), _ => String::new() }).unwrap_or_default(),
                           "text") }
                }
            </div>
            <fieldset class="choices">
                <legend>{ i18n.t("profile-sector") }</legend>
                { for sectors.iter().map(|(s, v)| {
                    let choose = { let sector = sector.clone(); let s = *s; Callback::from(move |_: Event| sector.set(s)) };
                    html! {
                        <label class="check">
                            <input type="radio" name={field("sector")} id={field(&format!("sector-{v}"))}
                                   value={*v} checked={*s == *sector} onchange={choose} />
                            { labels::sector_name(&i18n, *s) }
                        </label>
                    }
                }) }
            </fieldset>
            <div class="field-row">
                { text("organisation", "profile-organisation", get(|p| p.organisation.clone()), "text") }
                { text("unit", "profile-unit", get(|p| p.unit.clone()), "text") }
            </div>
            <div class="field-row">
                { text("phone", "profile-phone", get(|p| p.phone.clone()), "tel") }
                { text("secure-email", "profile-secure-email", get(|p| p.secure_email.clone()), "email") }
            </div>
            <ErrorNotice id={field("error")} message={message} />
            <div class="form-actions">
                <button id={field("save")} class="hds-button hds-button--primary" type="submit" disabled={props.busy}>
                    { if props.busy { i18n.t("working") } else { props.submit_label.clone() } }
                </button>
                if let Some(cancel) = on_cancel {
                    <button id={field("cancel")} class="hds-button hds-button--secondary" type="button" onclick={cancel}>
                        { i18n.t("cancel-button") }
                    </button>
                }
            </div>
        </form>
    }
}
