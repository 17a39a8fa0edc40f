//! Who does an action: as the form's option value, and as read on screen.

use kohtaamo_model::case::plan::{ActionOwner, Assignable};
use kohtaamo_model::case::professional::ProfessionalId;
use kohtaamo_model::case::stored::Case;
use yew::prelude::*;

use crate::i18n::I18n;

/// The owner as the client reads it on the shared screen ("you").
pub fn owner_name(i18n: &I18n, case: &Case, owner: &ActionOwner) -> String {
    match owner {
        ActionOwner::Client => i18n.t("owner-client"),
        other => owner_label(i18n, case, other),
    }
}

/// The owner as the professional reads it ("the client").
pub fn owner_label(i18n: &I18n, case: &Case, owner: &ActionOwner) -> String {
    match owner {
        ActionOwner::Client => i18n.t("owner-client-pro"),
        ActionOwner::TeamMember { professional } => case
            .professional_name(*professional)
            .unwrap_or("?")
            .to_owned(),
        ActionOwner::ThirdSector { organisation } => organisation.clone(),
    }
}

pub fn owner_value(owner: &ActionOwner) -> String {
    match owner {
        ActionOwner::Client => "client".to_owned(),
        ActionOwner::TeamMember { professional } => format!("pro-{}", professional.0),
        ActionOwner::ThirdSector { organisation } => format!("org-{organisation}"),
    }
}

/// Reads an option value back; anything unknown is the client, whom the
/// model always accepts.
pub fn owner_from_value(value: &str) -> ActionOwner {
    if let Some(id) = value.strip_prefix("pro-") {
        id.parse()
            .map(|id| ActionOwner::TeamMember {
                professional: ProfessionalId(id),
            })
            .unwrap_or(ActionOwner::Client)
    } else if let Some(organisation) = value.strip_prefix("org-") {
        ActionOwner::ThirdSector {
            organisation: organisation.to_owned(),
        }
    } else {
        ActionOwner::Client
    }
}

/// The options of an owner select: the client, the team, the organisations.
pub fn owner_options(
    i18n: &I18n,
    case: &Case,
    assignable: &Assignable,
    selected: Option<&ActionOwner>,
) -> Html {
    let mut owners = vec![ActionOwner::Client];
    owners.extend(
        assignable
            .team
            .iter()
            .map(|p| ActionOwner::TeamMember { professional: *p }),
    );
    owners.extend(
        assignable
            .organisations
            .iter()
            .map(|o| ActionOwner::ThirdSector {
                organisation: o.clone(),
            }),
    );
    // An owner who has since left the team stays readable until changed.
    if let Some(current) = selected.filter(|s| !owners.contains(s)) {
        owners.push(current.clone());
    }
    owners
        .iter()
        .map(|o| {
            html! {
                <option value={owner_value(o)} selected={selected == Some(o)}>
                    { owner_label(i18n, case, o) }
                </option>
            }
        })
        .collect()
}
