//! The one-page info sheet for a new joint client: what joint clientship
//! means, when it started, the team and how to reach them, and how the
//! client's information is kept.

use kohtaamo_model::case::stored::Case;
use serde::Serialize;

use crate::data::{contact, team, to_json, ContactSection, Head, Team};
use crate::render::Job;
use crate::texts::{date, Texts};
use crate::{HandoutError, Options};

const TEMPLATE: &str = include_str!("../templates/info-sheet.typ");

#[derive(Debug, Serialize)]
struct InfoData {
    head: Head,
    what: List,
    team: Team,
    contact: ContactSection,
    information: List,
}

#[derive(Debug, Serialize)]
struct List {
    heading: String,
    items: Vec<String>,
}

pub(crate) fn job(case: &Case, options: &Options) -> Result<Job, HandoutError> {
    let clientship = case.clientship().ok_or(HandoutError::NoClientship)?;
    let texts = Texts::new(options.wording)?;
    let started = texts.t_with(
        "info-started",
        &[("date", date(clientship.record.started_on))],
    );
    let items = |prefix: &str, count: usize| -> Vec<String> {
        (1..=count)
            .map(|n| texts.t(&format!("{prefix}-{n}")))
            .collect()
    };
    let data = InfoData {
        head: Head::new(&texts, "info-title", case, options, vec![started]),
        what: List {
            heading: texts.t("info-what-heading"),
            items: items("info-what", 5),
        },
        team: team(&texts, case, false),
        contact: contact(&texts, case),
        information: List {
            heading: texts.t("info-data-heading"),
            items: items("info-data", 4),
        },
    };
    texts.finish()?;
    Ok(Job {
        template: TEMPLATE,
        data: to_json(&data)?,
        chart: None,
        ident: format!(
            "kohtaamo/info-sheet/{}/{}/{}/{}",
            case.client.id,
            clientship.record.started_on,
            options.today,
            options.wording.code()
        ),
    })
}
