//! Follow-up measures through the real store: the built-in instruments are
//! there after unlock, a unit's own file is imported (and a bad one or a
//! clashing version refused), answers are appended, checked against the
//! version they name and logged, and nothing of it changes later.

#![allow(
    clippy::unwrap_used,
    reason = "a helper that cannot set up its store should fail the test"
)]

use chrono::NaiveDate;
use kohtaamo_model::case::clientship::{
    CareTeam, ClientshipStatus, IdentificationReason, JointClientship, TeamMember, TeamRole,
};
use kohtaamo_model::case::professional::{ProfessionalId, Sector};
use kohtaamo_model::measure::answer::{
    EnteredBy, ItemScore, MeasureAnswer, MeasureError, MeasurePoint,
};
use kohtaamo_model::measure::instrument_file::InstrumentProblem;
use kohtaamo_model::measure::LIFE_SITUATION_3X10D;
use kohtaamo_model::rule::{CaseError, RuleError};
use kohtaamo_model::{ClientId, Language, NewClient};
use kohtaamo_store::{Channel, KdfParams, Purpose, Store, StoreError, StorePaths};

const PASSPHRASE: &str = "measure test passphrase";

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn client(store: &mut Store, name: &str, hetu: &str) -> ClientId {
    let new = NewClient {
        name: name.into(),
        hetu: hetu.into(),
        language: Language::Fi,
    }
    .validate()
    .unwrap();
    store.add_client(&new, Purpose::Care).unwrap().id
}

fn setup(dir: &std::path::Path) -> (Store, ClientId) {
    let paths = StorePaths::for_db(dir.join("measures.db"));
    let mut store =
        Store::create(&paths, PASSPHRASE, KdfParams::FAST_INSECURE, Channel::App).unwrap();
    let [nurse, social] = kohtaamo_store::demo_case::team();
    let nurse = store.save_owner_profile(&nurse).unwrap();
    let social = store.add_professional(&social).unwrap();
    TEAM.with(|t| t.set((nurse, social)));
    // Born 1990: an adult, with a temporary code.
    let id = client(&mut store, "Mittari Testi", "010190-923E");
    start_clientship(&mut store, id);
    (store, id)
}

thread_local! {
    /// The owner and the colleague of the test's store.
    static TEAM: std::cell::Cell<(ProfessionalId, ProfessionalId)> =
        const { std::cell::Cell::new((ProfessionalId::from_u128(0), ProfessionalId::from_u128(0))) };
}

fn start_clientship(store: &mut Store, id: ClientId) {
    let (nurse, social) = TEAM.with(|t| t.get());
    let clientship = JointClientship {
        client: id,
        started_on: date(2026, 1, 15),
        reasons: vec![IdentificationReason::Finances],
        other_reason: String::new(),
        status: ClientshipStatus::Active,
        status_changes: Vec::new(),
        counterpart_pair: Some((nurse, social)),
        team: CareTeam {
            members: vec![
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
                    contact_to_client: false,
                },
            ],
            organisations: vec![],
            contact_instructions: String::new(),
        },
    };
    store.insert_record(id, &clientship, Purpose::Care).unwrap();
}

fn answer(store: &Store, point: MeasurePoint, on: NaiveDate, health: u8) -> MeasureAnswer {
    let meter = store
        .instruments()
        .unwrap()
        .into_iter()
        .find(|i| i.id == LIFE_SITUATION_3X10D)
        .unwrap();
    MeasureAnswer {
        instrument: meter.key(),
        point,
        answered_on: on,
        entered_by: EnteredBy::Client,
        scores: meter
            .items
            .iter()
            .map(|item| ItemScore {
                item: item.id.clone(),
                score: Some(if item.id == "health" { health } else { 6 }),
            })
            .collect(),
        notes: vec![],
    }
}

fn rule(e: StoreError) -> RuleError {
    match e {
        StoreError::Rule(rule) => rule,
        other => panic!("not a broken rule: {other}"),
    }
}

#[test]
fn the_built_in_instruments_are_there_and_answers_are_appended_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, id) = setup(dir.path());
    let ids: Vec<String> = store
        .instruments()
        .unwrap()
        .into_iter()
        .map(|i| i.id)
        .collect();
    assert!(ids.contains(&LIFE_SITUATION_3X10D.to_owned()), "{ids:?}");

    let start = answer(&store, MeasurePoint::Start, date(2026, 1, 20), 3);
    store
        .record_measure(id, &start, Purpose::JointAppointment)
        .unwrap();
    // The start comes once in a period.
    let again = answer(&store, MeasurePoint::Start, date(2026, 2, 1), 4);
    assert_eq!(
        rule(store.record_measure(id, &again, Purpose::Care).unwrap_err()),
        MeasureError::PointTaken {
            point: MeasurePoint::Start
        }
        .into()
    );
    // The middle typed in from the client's paper form.
    let mut middle = answer(&store, MeasurePoint::Middle, date(2026, 7, 20), 7);
    middle.entered_by = EnteredBy::Paper;
    let stored = store.record_measure(id, &middle, Purpose::Care).unwrap();
    // Written once: an answer never changes.
    assert!(matches!(
        store.update_record(id, stored.id, stored.revision, &middle, Purpose::Care),
        Err(StoreError::History { .. })
    ));
    drop(store);

    let mut store = Store::unlock(
        &StorePaths::for_db(dir.path().join("measures.db")),
        PASSPHRASE,
        Channel::App,
    )
    .unwrap();
    let case = store.open_case(id, Purpose::Care).unwrap();
    let scores: Vec<_> = case
        .measures
        .iter()
        .map(|m| (m.record.point, m.record.score("health")))
        .collect();
    assert_eq!(
        scores,
        [
            (MeasurePoint::Start, Some(3)),
            (MeasurePoint::Middle, Some(7))
        ]
    );
    assert!(case.instruments.iter().any(|i| i.key() == start.instrument));
    // Each save was logged as a measure written for the client.
    let log = store.access_log_for(id, Purpose::ClientRequest).unwrap();
    let kinds: Vec<_> = log
        .iter()
        .filter(|e| e.record.starts_with("measure"))
        .map(|e| e.record.as_str())
        .collect();
    assert_eq!(kinds, ["measure-by-client", "measure"]);
}

#[test]
fn an_answer_breaking_the_instruments_rules_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, id) = setup(dir.path());
    let mut out_of_scale = answer(&store, MeasurePoint::Start, date(2026, 1, 20), 3);
    out_of_scale.scores[0].score = Some(12);
    assert_eq!(
        rule(
            store
                .record_measure(id, &out_of_scale, Purpose::Care)
                .unwrap_err()
        ),
        MeasureError::OutOfScale { min: 0, max: 10 }.into()
    );
    let mut unknown = answer(&store, MeasurePoint::Start, date(2026, 1, 20), 3);
    unknown.instrument.version = 99;
    assert_eq!(
        rule(
            store
                .record_measure(id, &unknown, Purpose::Care)
                .unwrap_err()
        ),
        MeasureError::UnknownInstrument.into()
    );
    // A 17-year-old (born in 2009) is not offered the adult meter.
    let young = client(&mut store, "Nuori Testi", "010109A921F");
    let start = answer(&store, MeasurePoint::Start, date(2026, 1, 20), 3);
    assert_eq!(
        rule(
            store
                .record_measure(young, &start, Purpose::Care)
                .unwrap_err()
        ),
        CaseError::NoClientship.into()
    );
    start_clientship(&mut store, young);
    assert_eq!(
        rule(
            store
                .record_measure(young, &start, Purpose::Care)
                .unwrap_err()
        ),
        MeasureError::TooYoung { minimum: 18 }.into()
    );
    let case = store.open_case(id, Purpose::Care).unwrap();
    assert!(case.measures.is_empty());
}

#[test]
fn a_units_own_instrument_is_imported_and_a_bad_or_clashing_file_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = setup(dir.path());
    let own = include_str!("../../../assets/instruments/example-prom.json")
        .replace("\"example-prom\"", "\"oma-prom\"");
    let (imported, added) = store.import_instrument(&own).unwrap();
    assert!(added);
    assert_eq!(imported.id, "oma-prom");
    // The same file again changes nothing.
    assert!(!store.import_instrument(&own).unwrap().1);
    // The same version with other words is refused: answers may name it.
    let changed = own.replace("elämänlaatusi", "elämäsi laadun");
    assert!(matches!(
        store.import_instrument(&changed),
        Err(StoreError::InstrumentVersionTaken { version: 1, .. })
    ));
    let bumped = changed.replace("\"version\": 1", "\"version\": 2");
    store.import_instrument(&bumped).unwrap();
    let latest = store
        .instruments()
        .unwrap()
        .into_iter()
        .find(|i| i.id == "oma-prom")
        .unwrap();
    assert_eq!(latest.version, 2);
    // A broken file names its field.
    let broken = own.replace("\"kind\": \"prom\"", "\"kind\": \"kysely\"");
    match store.import_instrument(&broken) {
        Err(StoreError::Instrument(InstrumentProblem::UnknownValue { field, value })) => {
            assert_eq!((field.as_str(), value.as_str()), ("kind", "kysely"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn client_experience_is_kept_without_any_client_and_counted_in_the_figures() {
    use kohtaamo_model::case::service_use::Month;
    use kohtaamo_model::measure::experience::{ClientExperience, ExperienceChannel};
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = setup(dir.path());
    let answer = |recommend: u8| ClientExperience {
        unit: "Testiyksikkö".into(),
        month: Month {
            year: 2026,
            month: 11,
        },
        channel: ExperienceChannel::TextMessage,
        recommend: Some(recommend),
        statement: Some(8),
        feedback: "  Sujui hyvin  ".into(),
    };
    for recommend in [10, 9, 9, 7, 3] {
        store.record_client_experience(&answer(recommend)).unwrap();
    }
    let mut bad = answer(11);
    bad.recommend = Some(11);
    assert!(matches!(
        store.record_client_experience(&bad),
        Err(StoreError::Rule(RuleError::Experience(_)))
    ));
    let f = store
        .figures(date(2026, 11, 1), date(2026, 11, 30), date(2026, 12, 1))
        .unwrap();
    // 3 promoters and 1 detractor of 5: 40.
    assert_eq!(f.experience.nps, Some(40));
    assert_eq!(f.experience.statement_mean_tenths, Some(80));
}
