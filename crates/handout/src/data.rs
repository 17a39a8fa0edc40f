//! The data file both templates read (`/data.json`): every word already
//! chosen and formatted here, so the templates only arrange it. The parts
//! both handouts share (type sizes, header, footer, team, contact) are built
//! here; each handout adds its own.

use kohtaamo_model::case::clientship::{TeamMember, TeamRole};
use kohtaamo_model::case::professional::Role;
use kohtaamo_model::case::stored::Case;
use serde::Serialize;

use crate::texts::{date, Texts};
use crate::{fonts, HandoutError, Options};

/// Type sizes in points. Selko's body is 14 pt, the others' 11 pt; nothing
/// is smaller than the body.
#[derive(Debug, Serialize)]
pub(crate) struct Style {
    pub(crate) body: f64,
    pub(crate) h1: f64,
    pub(crate) h2: f64,
    pub(crate) h3: f64,
    /// Space between lines, in em.
    pub(crate) leading: f64,
    pub(crate) fonts: [&'static str; 2],
}

impl Style {
    pub(crate) fn for_texts(texts: &Texts) -> Style {
        let body = if texts.wording().is_selko() {
            14.0
        } else {
            11.0
        };
        Style {
            body,
            h1: body * 1.75,
            h2: body * 1.35,
            h3: body * 1.1,
            leading: if texts.wording().is_selko() { 0.8 } else { 0.7 },
            fonts: [fonts::FAMILY, fonts::FALLBACK],
        }
    }
}

/// What every page's foot says: whose, what and when, and the page.
#[derive(Debug, Serialize)]
pub(crate) struct Footer {
    pub(crate) text: String,
    pub(crate) page: String,
    pub(crate) of: String,
}

/// The document as a whole: its language, title and type.
#[derive(Debug, Serialize)]
pub(crate) struct Head {
    pub(crate) lang: &'static str,
    /// The document's title in its metadata (PDF/UA needs one).
    pub(crate) pdf_title: String,
    /// The first heading.
    pub(crate) title: String,
    pub(crate) client_name: String,
    /// Lines under the name: the date, and the plan's agreement.
    pub(crate) meta: Vec<String>,
    pub(crate) style: Style,
    pub(crate) footer: Footer,
}

impl Head {
    pub(crate) fn new(
        texts: &Texts,
        title_id: &str,
        case: &Case,
        options: &Options,
        meta: Vec<String>,
    ) -> Head {
        let title = texts.t(title_id);
        let day = kohtaamo_model::date_text::format_date(options.today);
        let mut lines = vec![texts.t_with("handout-date", &[("date", date(options.today))])];
        lines.extend(meta);
        Head {
            lang: texts.wording().lang(),
            pdf_title: format!("{title} {day}"),
            footer: Footer {
                text: format!("{} · {title} · {day}", case.client.name),
                page: texts.t("handout-page"),
                of: texts.t("handout-page-of"),
            },
            title,
            client_name: case.client.name.clone(),
            meta: lines,
            style: Style::for_texts(texts),
        }
    }
}

/// One way to reach a team member: "Puhelin", "040 123 4567".
#[derive(Debug, Serialize)]
pub(crate) struct Contact {
    pub(crate) label: String,
    pub(crate) value: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct Member {
    pub(crate) name: String,
    /// Profession and role in the team: "sairaanhoitaja, vastuutyöntekijä".
    pub(crate) details: String,
    pub(crate) contacts: Vec<Contact>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Team {
    pub(crate) heading: String,
    pub(crate) intro: String,
    pub(crate) members: Vec<Member>,
    /// Sentences under the list: what the responsible worker does, and
    /// the third-sector organisations with the client.
    pub(crate) notes: Vec<String>,
}

/// "Whom to contact and how": the team's own words first.
#[derive(Debug, Serialize)]
pub(crate) struct ContactSection {
    pub(crate) heading: String,
    pub(crate) paragraphs: Vec<String>,
    /// Short enough to move whole to the next page rather than split.
    pub(crate) keep_together: bool,
}

/// About a third of a page of body text: a section this long or shorter
/// is not split across pages.
const KEEP_TOGETHER_CHARS: usize = 700;

fn members(case: &Case) -> Vec<TeamMember> {
    case.clientship()
        .map(|c| c.record.team.members.clone())
        .unwrap_or_default()
}

/// The team as the cut case has it: each member the case names, with the
/// phone and secure e-mail only where the cut kept them. `explain` adds
/// what the responsible worker does (the info sheet says it already).
pub(crate) fn team(texts: &Texts, case: &Case, explain: bool) -> Team {
    let team = members(case);
    let listed: Vec<Member> = team
        .iter()
        .filter_map(|member| {
            let professional = case.professional(member.professional)?;
            let mut details = vec![profession(texts, &professional.role)];
            if let Some(role) = role(texts, member.role) {
                details.push(role);
            }
            details.retain(|d| !d.trim().is_empty());
            let mut contacts = Vec::new();
            for (id, value) in [
                ("phone", &professional.phone),
                ("secure-email", &professional.secure_email),
            ] {
                if !value.trim().is_empty() {
                    contacts.push(Contact {
                        label: texts.t(id),
                        value: value.trim().to_owned(),
                    });
                }
            }
            Some(Member {
                name: professional.name.clone(),
                details: details.join(", "),
                contacts,
            })
        })
        .collect();
    let mut notes = Vec::new();
    if explain
        && team.iter().any(|m| {
            m.role == TeamRole::ResponsibleWorker && case.professional(m.professional).is_some()
        })
    {
        notes.push(texts.t("team-responsible"));
    }
    let organisations: Vec<String> = case
        .clientship()
        .map(|c| {
            c.record
                .team
                .organisations
                .iter()
                .map(|o| o.name.trim().to_owned())
                .filter(|n| !n.is_empty())
                .collect()
        })
        .unwrap_or_default();
    if !organisations.is_empty() {
        notes.push(texts.t_with(
            "team-organisations",
            &[("names", organisations.join(", ").into())],
        ));
    }
    Team {
        heading: texts.t("team-heading"),
        intro: texts.t("team-intro"),
        members: listed,
        notes,
    }
}

/// Whom to contact and how: the team's instructions as written, the
/// responsible worker's name, and the emergency number.
pub(crate) fn contact(texts: &Texts, case: &Case) -> ContactSection {
    let mut paragraphs: Vec<String> = Vec::new();
    let team = members(case);
    let responsible = team
        .iter()
        .find(|m| m.role == TeamRole::ResponsibleWorker)
        .and_then(|m| case.professional_name(m.professional));
    if let Some(name) = responsible {
        paragraphs.push(texts.t_with("contact-responsible", &[("name", name.to_owned().into())]));
    }
    let instructions = case
        .clientship()
        .map(|c| c.record.team.contact_instructions.clone())
        .unwrap_or_default();
    // The team's own words, a paragraph per paragraph they wrote.
    paragraphs.extend(
        instructions
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_owned),
    );
    let any_contact = team.iter().any(|m| {
        case.professional(m.professional)
            .is_some_and(|p| !p.phone.trim().is_empty() || !p.secure_email.trim().is_empty())
    });
    if instructions.trim().is_empty() && !any_contact {
        paragraphs.push(texts.t("contact-none"));
    }
    paragraphs.push(texts.t("contact-emergency"));
    let length: usize = paragraphs.iter().map(|p| p.chars().count()).sum();
    ContactSection {
        heading: texts.t("contact-heading"),
        paragraphs,
        keep_together: length <= KEEP_TOGETHER_CHARS,
    }
}

fn profession(texts: &Texts, role: &Role) -> String {
    let id = match role {
        Role::Sairaanhoitaja => "profession-sairaanhoitaja",
        Role::Terveydenhoitaja => "profession-terveydenhoitaja",
        Role::Laakari => "profession-laakari",
        Role::Sosiaalityontekija => "profession-sosiaalityontekija",
        Role::Sosiaaliohjaaja => "profession-sosiaaliohjaaja",
        Role::MielenterveysJaPaihdetyontekija => "profession-mielenterveys-ja-paihdetyontekija",
        Role::Fysioterapeutti => "profession-fysioterapeutti",
        Role::SuunTerveydenhuolto => "profession-suun-terveydenhuolto",
        // The title as the person gave it.
        Role::Other(title) => return title.trim().to_owned(),
    };
    texts.t(id)
}

fn role(texts: &Texts, role: TeamRole) -> Option<String> {
    let id = match role {
        TeamRole::ResponsibleWorker => "role-responsible-worker",
        TeamRole::Hoitovastaava => "role-hoitovastaava",
        TeamRole::Omatyontekija => "role-omatyontekija",
        TeamRole::Member => return None,
    };
    Some(texts.t(id))
}

/// The data as the template's JSON file.
pub(crate) fn to_json(data: &impl Serialize) -> Result<Vec<u8>, HandoutError> {
    serde_json::to_vec(data).map_err(|e| HandoutError::Layout(format!("data: {e}")))
}
