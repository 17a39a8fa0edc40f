//! A synthetic case for every demo client: a joint clientship with a team,
//! a segment, a holistic assessment, an agreed plan and its revised draft,
//! a joint appointment and a consent. Enough for the app's screens and for
//! benchmarks that open whole cases.

use chrono::{DateTime, Days, NaiveDate, Utc};
use kohtaamo_model::case::appointment::{JointAppointment, Mode, Note, Participant};
use kohtaamo_model::case::assessment::{DomainEntry, HolisticAssessment, LifeDomain, NeedLevel};
use kohtaamo_model::case::clientship::{
    CareTeam, ClientshipStatus, IdentificationReason, JointClientship, TeamMember, TeamRole,
    ThirdSectorOrganisation,
};
use kohtaamo_model::case::consent::{Consent, Direction};
use kohtaamo_model::case::plan::{ActionOwner, Agreement, ExpressedBy, PlanVersion};
use kohtaamo_model::case::professional::{Professional, ProfessionalId, Role, Sector};
use kohtaamo_model::case::register::{Register, Visibility};
use kohtaamo_model::case::segment::{suggest, EverydayCoping, SegmentAssessment, ServiceNeed};
use kohtaamo_model::measure::answer::{EnteredBy, ItemScore, MeasureAnswer, MeasurePoint};
use kohtaamo_model::ClientId;

use crate::{Purpose, Result, Store, StoreError};

/// The demo team: a nurse and a social worker (invented people).
pub fn team() -> [Professional; 2] {
    let base = |name: &str, role, sector, unit: &str, email: &str| Professional {
        name: name.into(),
        role,
        sector,
        organisation: "Esimerkkialueen hyvinvointialue".into(),
        unit: unit.into(),
        phone: "+358 40 000 0000".into(),
        secure_email: email.into(),
        retired: false,
        directory_key: None,
    };
    [
        base(
            "Hoitaja Demo",
            Role::Sairaanhoitaja,
            Sector::HealthCare,
            "Esimerkin terveysasema",
            "hoitaja.demo@example.fi",
        ),
        base(
            "Sosiaalityöntekijä Demo",
            Role::Sosiaalityontekija,
            Sector::SocialWelfare,
            "Aikuissosiaalityö",
            "sosiaalityo.demo@example.fi",
        ),
    ]
}

/// Everything of one demo client's case.
pub struct DemoCase {
    pub clientship: JointClientship,
    pub segment: SegmentAssessment,
    pub assessment: HolisticAssessment,
    pub agreed_plan: PlanVersion,
    pub draft_plan: PlanVersion,
    pub appointment: JointAppointment,
    pub consent: Consent,
    /// 3X10D answers: a start for every other client, and a later answer
    /// for every fourth, most better, some worse.
    pub measures: Vec<MeasureAnswer>,
}

/// The demo's 3X10D answers for client `n`, who started on `start`.
fn demo_measures(n: usize, start: NaiveDate, today: NaiveDate) -> Vec<MeasureAnswer> {
    let Some(meter) = kohtaamo_model::measure::built_in()
        .into_iter()
        .find(|i| i.id == kohtaamo_model::measure::LIFE_SITUATION_3X10D)
    else {
        return Vec::new();
    };
    if !n.is_multiple_of(2) {
        return Vec::new();
    }
    let answer = |point, on, shift: i32| MeasureAnswer {
        instrument: meter.key(),
        point,
        answered_on: on,
        entered_by: if n.is_multiple_of(6) {
            EnteredBy::Paper
        } else {
            EnteredBy::Client
        },
        scores: meter
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let base = ((n * 7 + i * 3) % 8 + 1) as i32;
                ItemScore {
                    item: item.id.clone(),
                    score: Some((base + shift).clamp(0, 10) as u8),
                }
            })
            .collect(),
        notes: Vec::new(),
    };
    let mut answers = vec![answer(MeasurePoint::Start, start, 0)];
    if n.is_multiple_of(4) {
        // Most get better; one in four of these worse.
        let shift = if n % 16 == 4 { -2 } else { 2 };
        answers.push(answer(MeasurePoint::Interim, today, shift));
    }
    answers
}

/// (goal in the client's words, the client's own action, the team's
/// action, whether the team's action is social welfare's).
const GOALS: &[(&str, &str, &str, bool)] = &[
    (
        "Haluan nukkua paremmin",
        "Unipäiväkirja kahden viikon ajan",
        "Lääkityksen tarkistus",
        false,
    ),
    (
        "Raha-asiat kuntoon",
        "Laskut yhteen paikkaan",
        "Toimeentulotuen hakemus",
        true,
    ),
    (
        "Haluan liikkua enemmän",
        "Kävely kolmesti viikossa",
        "Fysioterapeutin arvio",
        false,
    ),
    (
        "Haluan tavata ihmisiä",
        "Kokeilu järjestön ryhmässä",
        "Tieto kerhoista",
        true,
    ),
];

/// The case of the `n`-th demo client, as it stands on `today`.
pub fn case_for(
    client: ClientId,
    n: usize,
    nurse: ProfessionalId,
    social: ProfessionalId,
    today: NaiveDate,
) -> Result<DemoCase> {
    // The joint work began three days to three weeks before the store was
    // made, so that the plans are in mid-course whenever the demo is shown:
    // some of the clients' own actions already late, most still ahead, every
    // review to come.
    let start = today - Days::new(3 + (n % 21) as u64);
    let coping = [
        EverydayCoping::Easy,
        EverydayCoping::TemporarilyDifficult,
        EverydayCoping::Difficult,
    ][n % 3];
    let need = [ServiceNeed::Few, ServiceNeed::Many][(n / 3) % 2];
    let chosen = suggest(coping, need).segments()[0];
    let clientship = JointClientship {
        client,
        started_on: start,
        reasons: vec![IdentificationReason::MentalHealth, IdentificationReason::Finances],
        other_reason: String::new(),
        status: ClientshipStatus::Active,
        status_changes: Vec::new(),
        counterpart_pair: Some((nurse, social)),
        team: CareTeam {
            members: vec![
                TeamMember { professional: nurse, role: TeamRole::Hoitovastaava, sector: Sector::HealthCare, contact_to_client: true },
                TeamMember { professional: social, role: TeamRole::ResponsibleWorker, sector: Sector::SocialWelfare, contact_to_client: true },
            ],
            organisations: vec![ThirdSectorOrganisation {
                name: "Esimerkkiyhdistys ry".into(),
                contact: "040 000 0001".into(),
            }],
            contact_instructions: "Soita ensin vastuutyöntekijälle arkisin klo 9–11. Kiireellisissä asioissa terveysasemalle.".into(),
        },
    };
    let assignable = clientship.assignable();
    let segment = SegmentAssessment {
        coping,
        need,
        chosen,
        reason_for_other: None,
        client_view: "Pärjään, kun tiedän kehen ottaa yhteyttä.".into(),
        assessed_by: vec![nurse, social],
        assessed_at: DateTime::<Utc>::from_naive_utc_and_offset(
            start.and_hms_opt(10, 0, 0).unwrap_or_default(),
            Utc,
        ),
    };
    let assessment = HolisticAssessment {
        entries: vec![
            DomainEntry {
                domain: LifeDomain::Health,
                client_view: "Väsyttää paljon".into(),
                professional_view: "Uniongelmat, verenpaine koholla".into(),
                need: NeedLevel::SomeNeed,
                resources: "Käy mielellään kävelyllä".into(),
                author: nurse,
                register: Register::HealthCare,
                visibility: Visibility::ShownToClient,
            },
            DomainEntry {
                domain: LifeDomain::Finances,
                client_view: "Rahat loppuvat kuun lopussa".into(),
                professional_view: "Vuokrarästejä kaksi kuukautta".into(),
                need: NeedLevel::SignificantNeed,
                resources: "Sisko auttaa asioinnissa".into(),
                author: social,
                register: Register::SocialWelfare,
                visibility: Visibility::ShownToClient,
            },
        ],
    };
    let invalid = |e: kohtaamo_model::case::plan::PlanError| StoreError::Rule(e.into());
    let mut plan = PlanVersion::first_draft();
    for (goal, own, theirs, social_side) in [GOALS[n % GOALS.len()], GOALS[(n + 1) % GOALS.len()]] {
        let g = plan.add_goal(goal, ExpressedBy::Client).map_err(invalid)?;
        plan.add_action(
            g,
            own,
            ActionOwner::Client,
            Some(start + Days::new(14)),
            &assignable,
        )
        .map_err(invalid)?;
        let owner = if social_side { social } else { nurse };
        plan.add_action(
            g,
            theirs,
            ActionOwner::TeamMember {
                professional: owner,
            },
            Some(start + Days::new(30)),
            &assignable,
        )
        .map_err(invalid)?;
    }
    plan.set_review_date(Some(start + Days::new(90)))
        .map_err(invalid)?;
    plan.agree(Agreement {
        agreed_on: start,
        participants_present: vec![nurse, social],
        client_present: true,
        client_agreed: true,
    })
    .map_err(invalid)?;
    let mut draft = plan.revise().map_err(invalid)?;
    draft
        .set_review_date(Some(start + Days::new(120)))
        .map_err(invalid)?;
    let appointment = JointAppointment {
        date: start,
        mode: [Mode::Office, Mode::HomeVisit, Mode::Remote][n % 3],
        participants: vec![
            Participant {
                professional: nurse,
                present: true,
            },
            Participant {
                professional: social,
                present: true,
            },
        ],
        client_present: true,
        agenda: "Tilanteen kartoitus ja yhteinen suunnitelma".into(),
        agreed: "Suunnitelma hyväksyttiin, seuraava tapaaminen kolmen kuukauden päästä".into(),
        notes: vec![
            Note {
                text: "Asiakas toivoo, että asiat hoidetaan yhdellä käynnillä.".into(),
                author: social,
                register: Register::SocialWelfare,
                visibility: Visibility::ShownToClient,
                said_by: None,
            },
            Note {
                text: "Ammattilaisten kesken: selvitetään velkajärjestelyn mahdollisuus.".into(),
                author: social,
                register: Register::SocialWelfare,
                visibility: Visibility::ProfessionalOnly,
                said_by: None,
            },
        ],
        ended: true,
        draft_note: None,
    };
    let consent = Consent {
        direction: Direction::SocialToHealth,
        scope: "Toimeentuloa koskevat tiedot terveysaseman hoitajalle".into(),
        given_on: start,
        withdrawn_on: None,
        recorded_by: social,
    };
    let measures = demo_measures(n, start, today);
    Ok(DemoCase {
        measures,
        clientship,
        segment,
        assessment,
        agreed_plan: plan,
        draft_plan: draft,
        appointment,
        consent,
    })
}

/// Gives every client in `store` a demo case as it stands on `today`, in one
/// transaction.
pub fn populate_cases(store: &mut Store, today: NaiveDate) -> Result<usize> {
    let [nurse, social] = team();
    let nurse = store.add_professional(&nurse)?;
    let social = store.add_professional(&social)?;
    let clients = store.client_ids_for_demo()?;
    let mut cases = Vec::with_capacity(clients.len());
    for (n, client) in clients.into_iter().enumerate() {
        cases.push((client, case_for(client, n, nurse, social, today)?));
    }
    store.add_demo_cases(&cases, Purpose::Administration)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_plans_are_in_mid_course_on_the_day_the_store_is_made() {
        let today = NaiveDate::from_ymd_opt(2027, 3, 10).unwrap();
        let (mut late, mut ahead) = (0, 0);
        for n in 0..60 {
            let case = case_for(
                ClientId::from_u128(n as u128 + 1),
                n,
                ProfessionalId::from_u128(1),
                ProfessionalId::from_u128(2),
                today,
            )
            .unwrap();
            for plan in [&case.agreed_plan, &case.draft_plan] {
                assert!(
                    plan.review_date.unwrap() > today,
                    "client {n}: review already past"
                );
                for action in plan.open_dated_actions() {
                    if action.is_late(today) {
                        late += 1;
                    } else {
                        ahead += 1;
                    }
                }
            }
            assert!(case.clientship.started_on < today);
            assert!(case.consent.given_on <= today);
        }
        // Some late, to show how that looks; most still ahead.
        assert!(late > 0 && ahead > 2 * late, "late {late}, ahead {ahead}");
    }
}
