//! A synthetic case for every demo client: a joint clientship with a team,
//! a segment, a holistic assessment, an agreed plan and its revised draft,
//! a joint appointment and a consent. Enough for the app's screens and for
//! benchmarks that open whole cases.
//!
//! The cases vary as a caseload does, so that the figures show something:
//! most clients began in the last three weeks, one in five 2½–12 months
//! ago. Those have a second segment assessment, a middle 3X10D answer
//! (most better, some worse) and their service use before and after the
//! start; some of them are paused or closed. Three teams differ in who is
//! on them.

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
use kohtaamo_model::case::service_use::{full_months_between, Month, ServiceUse};
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

/// Two more invented people, on some of the demo's teams.
pub fn more_people() -> [Professional; 2] {
    let [nurse, social] = team();
    [
        Professional {
            name: "Sosiaaliohjaaja Demo".into(),
            role: Role::Sosiaaliohjaaja,
            secure_email: "sosiaaliohjaus.demo@example.fi".into(),
            ..social
        },
        Professional {
            name: "Fysioterapeutti Demo".into(),
            role: Role::Fysioterapeutti,
            secure_email: "fysioterapia.demo@example.fi".into(),
            ..nurse
        },
    ]
}

/// The demo's people, as the store knows them.
#[derive(Debug, Clone, Copy)]
pub struct DemoPeople {
    pub nurse: ProfessionalId,
    pub social: ProfessionalId,
    pub counsellor: ProfessionalId,
    pub physio: ProfessionalId,
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
    /// A later assessment for the long-running clients (the segment moved).
    pub later_segment: Option<SegmentAssessment>,
    /// Visits and contacts per month before and after the start, for the
    /// long-running clients.
    pub service_use: Vec<ServiceUse>,
}

/// The demo's 3X10D answers for client `n`, who started on `start`: for a
/// long-running client a start and a middle (`middle`), and an end when
/// the period closed (`end`).
fn demo_measures(
    n: usize,
    start: NaiveDate,
    today: NaiveDate,
    middle: Option<NaiveDate>,
    end: Option<NaiveDate>,
) -> Vec<MeasureAnswer> {
    let Some(meter) = kohtaamo_model::measure::built_in()
        .into_iter()
        .find(|i| i.id == kohtaamo_model::measure::LIFE_SITUATION_3X10D)
    else {
        return Vec::new();
    };
    let long = middle.is_some() || end.is_some();
    if !n.is_multiple_of(2) && !long {
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
                // A change differs from item to item, by a point either way.
                let spread = if shift == 0 {
                    0
                } else {
                    ((i + n) % 3) as i32 - 1
                };
                ItemScore {
                    item: item.id.clone(),
                    score: Some((base + shift + spread).clamp(0, 10) as u8),
                }
            })
            .collect(),
        notes: Vec::new(),
    };
    let mut answers = vec![answer(MeasurePoint::Start, start, 0)];
    // Most get better; one in four of the long-running worse.
    let shift = |by: i32| if n % 20 == 5 { -by } else { by };
    if let Some(on) = middle {
        answers.push(answer(MeasurePoint::Middle, on, shift(2)));
    }
    if let Some(on) = end {
        answers.push(answer(MeasurePoint::End, on, shift(3)));
    }
    if long {
        return answers;
    }
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

/// How many of the first-listed demo clients have a typical case.
const TYPICAL_FIRST: usize = 3;

/// Whether a demo case is a typical one (begun in the last three weeks, the
/// nurse and the social worker, active) or varies by its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Typical,
    Varied,
}

/// The case of the `n`-th demo client, as it stands on `today`.
pub fn case_for(
    client: ClientId,
    n: usize,
    shape: Shape,
    people: &DemoPeople,
    today: NaiveDate,
) -> Result<DemoCase> {
    let varied = shape == Shape::Varied;
    // The plan in force was agreed three days to three weeks before the
    // store was made, so that the plans are in mid-course whenever the demo
    // is shown: some of the clients' own actions already late, most still
    // ahead, every review to come. Most clientships began then too; one in
    // five long before, its plan revised since.
    let plan_start = today - Days::new(3 + (n % 21) as u64);
    let long = varied && n.is_multiple_of(5);
    let start = if long {
        today - Days::new(75 + ((n * 37) % 300) as u64)
    } else {
        plan_start
    };
    // Three teams: the nurse and the social worker; the nurse and the
    // counsellor; the nurse, the social worker and the physiotherapist.
    let nurse = people.nurse;
    let social = if varied && n % 3 == 1 {
        people.counsellor
    } else {
        people.social
    };
    let coping = [
        EverydayCoping::Easy,
        EverydayCoping::TemporarilyDifficult,
        EverydayCoping::Difficult,
    ][n % 3];
    let need = [ServiceNeed::Few, ServiceNeed::Many][(n / 3) % 2];
    let chosen = suggest(coping, need).segments()[0];
    let mut members = vec![
        TeamMember {
            professional: nurse,
            role: TeamRole::Hoitovastaava,
            sector: Sector::HealthCare,
            contact_to_client: true,
        },
        TeamMember {
            professional: social,
            role: TeamRole::ResponsibleWorker,
            sector: Sector::SocialWelfare,
            contact_to_client: true,
        },
    ];
    if varied && n % 3 == 2 {
        members.push(TeamMember {
            professional: people.physio,
            role: TeamRole::Member,
            sector: Sector::HealthCare,
            contact_to_client: false,
        });
    }
    let mut clientship = JointClientship {
        client,
        started_on: start,
        reasons: vec![IdentificationReason::MentalHealth, IdentificationReason::Finances],
        other_reason: String::new(),
        status: ClientshipStatus::Active,
        status_changes: Vec::new(),
        counterpart_pair: Some((nurse, social)),
        team: CareTeam {
            members,
            organisations: vec![ThirdSectorOrganisation {
                name: "Esimerkkiyhdistys ry".into(),
                contact: "040 000 0001".into(),
            }],
            contact_instructions: "Soita ensin vastuutyöntekijälle arkisin klo 9–11. Kiireellisissä asioissa terveysasemalle.".into(),
        },
    };
    // Of the long-running, one in three closed a few days ago (its goals
    // reached), one in three paused.
    let mut end = None;
    if long && n.is_multiple_of(15) {
        let on = today - Days::new(1 + (n % 4) as u64);
        clientship
            .change_status(
                ClientshipStatus::Closed {
                    reason: "Tavoitteet saavutettu".into(),
                    on,
                },
                on,
                social,
            )
            .map_err(|e| StoreError::Rule(e.into()))?;
        end = Some(on);
    } else if long && n % 15 == 5 {
        clientship
            .change_status(
                ClientshipStatus::Paused {
                    reason: "Asiakas toivoi taukoa".into(),
                },
                today - Days::new(2),
                social,
            )
            .map_err(|e| StoreError::Rule(e.into()))?;
    }
    let assignable = clientship.assignable();
    let segment = SegmentAssessment {
        coping,
        need,
        chosen,
        reason_for_other: None,
        client_view: "Pärjään, kun tiedän kehen ottaa yhteyttä.".into(),
        assessed_by: vec![nurse, social],
        assessed_at: at_ten(start),
    };
    // Assessed again when the plan was revised: for most the segment moved
    // toward coping better, for some the other way.
    let later_segment = long.then(|| {
        let worse = n % 20 == 5;
        let coping = [
            EverydayCoping::Easy,
            EverydayCoping::TemporarilyDifficult,
            EverydayCoping::Difficult,
        ][if worse {
            (n % 3 + 1).min(2)
        } else {
            (n % 3).saturating_sub(1)
        }];
        let need = if worse {
            ServiceNeed::Many
        } else {
            ServiceNeed::Few
        };
        SegmentAssessment {
            coping,
            need,
            chosen: suggest(coping, need).segments()[0],
            reason_for_other: None,
            client_view: "Arki sujuu nyt paremmin.".into(),
            assessed_by: vec![nurse, social],
            assessed_at: at_ten(plan_start),
        }
    });
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
            Some(plan_start + Days::new(14)),
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
            Some(plan_start + Days::new(30)),
            &assignable,
        )
        .map_err(invalid)?;
    }
    plan.set_review_date(Some(plan_start + Days::new(90)))
        .map_err(invalid)?;
    plan.agree(Agreement {
        agreed_on: plan_start,
        participants_present: vec![nurse, social],
        client_present: true,
        client_agreed: true,
    })
    .map_err(invalid)?;
    let mut draft = plan.revise().map_err(invalid)?;
    draft
        .set_review_date(Some(plan_start + Days::new(120)))
        .map_err(invalid)?;
    let appointment = JointAppointment {
        date: plan_start,
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
    let middle = (long && end.is_none())
        .then(|| start.checked_add_months(chrono::Months::new(6)))
        .flatten()
        .filter(|on| *on <= today);
    let measures = demo_measures(n, start, today, middle, end);
    let service_use = if long {
        demo_service_use(n, start, end.unwrap_or(today))
    } else {
        Vec::new()
    };
    Ok(DemoCase {
        measures,
        later_segment,
        service_use,
        clientship,
        segment,
        assessment,
        agreed_plan: plan,
        draft_plan: draft,
        appointment,
        consent,
    })
}

fn at_ten(day: NaiveDate) -> DateTime<Utc> {
    DateTime::<Utc>::from_naive_utc_and_offset(day.and_hms_opt(10, 0, 0).unwrap_or_default(), Utc)
}

/// Client `n`'s visits per month over equal periods before and after
/// `start` (up to six months each, to `until`): the emergency visits fall,
/// the planned ones rise, as the joint work means them to.
fn demo_service_use(n: usize, start: NaiveDate, until: NaiveDate) -> Vec<ServiceUse> {
    let months = full_months_between(start, until).min(6) as i32;
    let first = Month::of(start);
    let mut used = Vec::new();
    for i in -months..months {
        let after = i >= 0;
        let wobble = ((n + i.unsigned_abs() as usize) % 2) as u32;
        for (service, contacts) in [
            (
                "Päivystys",
                if after {
                    wobble
                } else {
                    1 + wobble + (n % 3) as u32
                },
            ),
            (
                "Terveysaseman vastaanotto",
                if after { 1 + wobble } else { wobble },
            ),
            ("Sosiaalityö", if after { 1 } else { 0 }),
        ] {
            if contacts > 0 {
                used.push(ServiceUse {
                    service: service.into(),
                    month: first.plus(i),
                    contacts,
                });
            }
        }
    }
    used
}

/// Gives every client in `store` a demo case as it stands on `today`, in one
/// transaction.
pub fn populate_cases(store: &mut Store, today: NaiveDate) -> Result<usize> {
    let [nurse, social] = team();
    let [counsellor, physio] = more_people();
    let people = DemoPeople {
        nurse: store.add_professional(&nurse)?,
        social: store.add_professional(&social)?,
        counsellor: store.add_professional(&counsellor)?,
        physio: store.add_professional(&physio)?,
    };
    let clients = store.client_ids_for_demo(false)?;
    // The first clients of the list are typical cases: what a first look
    // (and the end-to-end tests, which open the first) meets.
    let first_listed: Vec<ClientId> = store
        .client_ids_for_demo(true)?
        .into_iter()
        .take(TYPICAL_FIRST)
        .collect();
    let mut cases = Vec::with_capacity(clients.len());
    for (n, client) in clients.into_iter().enumerate() {
        let shape = if first_listed.contains(&client) {
            Shape::Typical
        } else {
            Shape::Varied
        };
        cases.push((client, case_for(client, n, shape, &people, today)?));
    }
    store.add_demo_cases(&cases, Purpose::Administration)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people() -> DemoPeople {
        DemoPeople {
            nurse: ProfessionalId::from_u128(1),
            social: ProfessionalId::from_u128(2),
            counsellor: ProfessionalId::from_u128(3),
            physio: ProfessionalId::from_u128(4),
        }
    }

    #[test]
    fn the_demo_caseload_varies_as_a_real_one_does() {
        let today = NaiveDate::from_ymd_opt(2027, 3, 10).unwrap();
        let cases: Vec<DemoCase> = (0..60)
            .map(|n| {
                case_for(
                    ClientId::from_u128(n as u128 + 1),
                    n,
                    Shape::Varied,
                    &people(),
                    today,
                )
                .unwrap()
            })
            .collect();
        let status = |kind: fn(&ClientshipStatus) -> bool| {
            cases.iter().filter(|c| kind(&c.clientship.status)).count()
        };
        assert!(status(|s| matches!(s, ClientshipStatus::Closed { .. })) >= 3);
        assert!(status(|s| matches!(s, ClientshipStatus::Paused { .. })) >= 3);
        assert!(status(|s| matches!(s, ClientshipStatus::Active)) >= 40);
        // Service use on both sides of the start, for the long-running.
        let with_use: Vec<&DemoCase> = cases.iter().filter(|c| !c.service_use.is_empty()).collect();
        assert!(with_use.len() >= 10);
        for c in &with_use {
            let start = Month::of(c.clientship.started_on);
            assert!(c.service_use.iter().any(|u| u.month < start));
            assert!(c.service_use.iter().any(|u| u.month >= start));
        }
        // Segments that moved, both ways, and measures at several points.
        let moved = cases
            .iter()
            .filter(|c| {
                c.later_segment
                    .as_ref()
                    .is_some_and(|l| l.chosen != c.segment.chosen)
            })
            .count();
        assert!(moved >= 6, "{moved}");
        assert!(cases
            .iter()
            .any(|c| c.measures.iter().any(|m| m.point == MeasurePoint::Middle)));
        assert!(cases
            .iter()
            .any(|c| c.measures.iter().any(|m| m.point == MeasurePoint::End)));
        // Teams that differ.
        let teams: std::collections::HashSet<Vec<ProfessionalId>> = cases
            .iter()
            .map(|c| {
                c.clientship
                    .team
                    .members
                    .iter()
                    .map(|m| m.professional)
                    .collect()
            })
            .collect();
        assert_eq!(teams.len(), 3);
        for c in &cases {
            c.clientship.validate().unwrap();
        }
    }

    #[test]
    fn demo_plans_are_in_mid_course_on_the_day_the_store_is_made() {
        let today = NaiveDate::from_ymd_opt(2027, 3, 10).unwrap();
        let (mut late, mut ahead) = (0, 0);
        for n in 0..60 {
            let case = case_for(
                ClientId::from_u128(n as u128 + 1),
                n,
                Shape::Varied,
                &people(),
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
            assert!(case.agreed_plan.review_date > Some(case.clientship.started_on));
            assert!(case.consent.given_on <= today);
        }
        // Some late, to show how that looks; most still ahead.
        assert!(late > 0 && ahead > 2 * late, "late {late}, ahead {ahead}");
    }
}
