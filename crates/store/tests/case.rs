//! A client's whole case through the store: clientship, segment, holistic
//! assessment, a plan agreed, locked, revised and compared; every step
//! logged, stale and forbidden writes refused.

#![allow(
    clippy::unwrap_used,
    reason = "a helper that cannot set up its store should fail the test"
)]

use chrono::{DateTime, NaiveDate, Utc};
use kohtaamo_model::case::assessment::{DomainEntry, HolisticAssessment, LifeDomain, NeedLevel};
use kohtaamo_model::case::clientship::{
    CareTeam, ClientshipStatus, IdentificationReason, JointClientship, TeamMember, TeamRole,
};
use kohtaamo_model::case::consent::{Consent, Direction};
use kohtaamo_model::case::plan::{diff, ActionOwner, Agreement, ExpressedBy, PlanVersion};
use kohtaamo_model::case::professional::{ProfessionalId, Sector};
use kohtaamo_model::case::register::{Register, Visibility};
use kohtaamo_model::case::segment::{EverydayCoping, Segment, SegmentAssessment, ServiceNeed};
use kohtaamo_model::{ClientId, Language, NewClient};
use kohtaamo_store::records::Stored;
use kohtaamo_store::{Action, Channel, KdfParams, Purpose, Store, StoreError, StorePaths};

const PASSPHRASE: &str = "case test passphrase";
thread_local! {
    /// The nurse who owns the test's store and the social worker she works
    /// with, as the store named them (each test runs on a thread of its own).
    static TEAM: std::cell::Cell<(ProfessionalId, ProfessionalId)> =
        const { std::cell::Cell::new((ProfessionalId::from_u128(0), ProfessionalId::from_u128(0))) };
}

fn nurse() -> ProfessionalId {
    TEAM.with(|t| t.get().0)
}

fn social_worker() -> ProfessionalId {
    TEAM.with(|t| t.get().1)
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn setup(dir: &std::path::Path) -> (Store, ClientId) {
    let mut store = Store::create(
        &StorePaths::for_db(dir.join("case.db")),
        PASSPHRASE,
        KdfParams::FAST_INSECURE,
        Channel::App,
    )
    .unwrap();
    let client = NewClient {
        name: "Testinen Aino".into(),
        hetu: "010190-923E".into(),
        language: Language::Fi,
    }
    .validate()
    .unwrap();
    let id = store.add_client(&client, Purpose::Care).unwrap().id;
    // The nurse owns the store and the social worker is a colleague.
    let [nurse, social] = kohtaamo_store::demo_case::team();
    let nurse = store.save_owner_profile(&nurse).unwrap();
    let social = store.add_professional(&social).unwrap();
    TEAM.with(|t| t.set((nurse, social)));
    (store, id)
}

fn clientship(client: ClientId) -> JointClientship {
    JointClientship {
        client,
        started_on: date(2026, 11, 2),
        reasons: vec![
            IdentificationReason::MentalHealth,
            IdentificationReason::Finances,
        ],
        other_reason: String::new(),
        status: ClientshipStatus::Active,
        status_changes: Vec::new(),
        counterpart_pair: Some((nurse(), social_worker())),
        team: CareTeam {
            members: vec![
                TeamMember {
                    professional: nurse(),
                    role: TeamRole::Hoitovastaava,
                    sector: Sector::HealthCare,
                    contact_to_client: true,
                },
                TeamMember {
                    professional: social_worker(),
                    role: TeamRole::ResponsibleWorker,
                    sector: Sector::SocialWelfare,
                    contact_to_client: false,
                },
            ],
            organisations: vec![],
            contact_instructions: "Soita vastuutyöntekijälle arkisin 9–11.".into(),
        },
    }
}

fn plan(assignable: &kohtaamo_model::case::plan::Assignable) -> PlanVersion {
    let mut p = PlanVersion::first_draft();
    let g1 = p
        .add_goal("Haluan nukkua paremmin", ExpressedBy::Client)
        .unwrap();
    let g2 = p
        .add_goal("Laskut maksettua ajallaan", ExpressedBy::Client)
        .unwrap();
    p.add_action(
        g1,
        "Unipäiväkirja",
        ActionOwner::Client,
        Some(date(2026, 12, 8)),
        assignable,
    )
    .unwrap();
    p.add_action(
        g1,
        "Lääkityksen tarkistus",
        ActionOwner::TeamMember {
            professional: nurse(),
        },
        None,
        assignable,
    )
    .unwrap();
    p.add_action(
        g2,
        "Toimeentulotuen hakemus",
        ActionOwner::TeamMember {
            professional: social_worker(),
        },
        None,
        assignable,
    )
    .unwrap();
    p.set_review_date(Some(date(2027, 2, 24))).unwrap();
    p
}

#[test]
fn a_plan_is_agreed_locked_revised_and_compared_with_every_step_logged() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, client) = setup(dir.path());

    let ship = store
        .insert_record(client, &clientship(client), Purpose::Care)
        .unwrap();
    let assignable = ship.record.assignable();

    let segment = SegmentAssessment {
        coping: EverydayCoping::TemporarilyDifficult,
        need: ServiceNeed::Many,
        chosen: Segment::Yhteistyo,
        reason_for_other: None,
        client_view: "Tarvitsen apua nyt, mutta pärjään muuten.".into(),
        assessed_by: vec![nurse(), social_worker()],
        assessed_at: DateTime::<Utc>::default(),
    };
    store
        .insert_record(client, &segment, Purpose::JointAppointment)
        .unwrap();

    let assessment = HolisticAssessment {
        entries: vec![DomainEntry {
            domain: LifeDomain::Finances,
            client_view: "Pärjään kyllä".into(),
            professional_view: "Vuokrarästejä kolme kuukautta".into(),
            need: NeedLevel::SignificantNeed,
            resources: "Sisko auttaa".into(),
            author: social_worker(),
            register: Register::SocialWelfare,
            visibility: Visibility::ShownToClient,
        }],
    };
    store
        .insert_record(client, &assessment, Purpose::JointAppointment)
        .unwrap();

    let draft = store
        .insert_record(client, &plan(&assignable), Purpose::JointAppointment)
        .unwrap();
    let mut agreed = draft.record.clone();
    agreed
        .agree(Agreement {
            agreed_on: date(2026, 11, 24),
            participants_present: vec![nurse(), social_worker()],
            client_present: true,
            client_agreed: true,
        })
        .unwrap();
    let revision = store
        .update_record(
            client,
            draft.id,
            draft.revision,
            &agreed,
            Purpose::JointAppointment,
        )
        .unwrap();
    assert_eq!(revision, 2);

    // Locked: even a caller that skips the model's check is refused.
    let mut tampered = draft.record.clone();
    tampered
        .edit_goal(tampered.goals[0].id, "Muutettu jälkikäteen")
        .unwrap();
    assert!(matches!(
        store.update_record(client, draft.id, revision, &tampered, Purpose::Care),
        Err(StoreError::PlanLocked { .. })
    ));

    let v2 = store
        .revise_plan(client, Purpose::JointAppointment)
        .unwrap();
    assert_eq!(v2.record.number, 2);
    let mut edited = v2.record.clone();
    edited
        .edit_goal(edited.goals[0].id, "Haluan nukkua yöt läpi")
        .unwrap();
    store
        .update_record(
            client,
            v2.id,
            v2.revision,
            &edited,
            Purpose::JointAppointment,
        )
        .unwrap();

    let versions: Vec<Stored<PlanVersion>> = store.records_of(client, Purpose::Care).unwrap();
    assert_eq!(versions.len(), 2);
    let d = diff(&versions[0].record, &versions[1].record);
    assert_eq!(d.goals_reworded.len(), 1);
    assert!(versions[0].record.is_agreed());

    let export = store.case_export(client, Purpose::ClientRequest).unwrap();
    assert_eq!(export.plan_versions.len(), 2);
    assert_eq!(export.segment_assessments.len(), 1);
    assert_eq!(export.clientship.len(), 1);

    let log = store
        .access_log_for(client, Purpose::ClientRequest)
        .unwrap();
    let kinds: Vec<(&str, Action)> = log.iter().map(|e| (e.record.as_str(), e.action)).collect();
    for expected in [
        ("clientship", Action::Create),
        ("segment-assessment", Action::Create),
        ("holistic-assessment", Action::Create),
        ("plan", Action::Create),
        ("plan", Action::Update),
        ("plan", Action::Read),
        ("case", Action::Export),
    ] {
        assert!(
            kinds.contains(&expected),
            "{expected:?} not logged: {kinds:?}"
        );
    }
    assert!(store.verify().unwrap().is_ok());
}

#[test]
fn a_stale_revision_is_refused_and_the_newer_save_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, client) = setup(dir.path());
    let consent = Consent {
        direction: Direction::SocialToHealth,
        scope: "Toimeentulotiedot terveysasemalle".into(),
        given_on: date(2026, 11, 1),
        withdrawn_on: None,
        recorded_by: social_worker(),
    };
    let saved = store
        .insert_record(client, &consent, Purpose::Care)
        .unwrap();
    let mut withdrawn = consent.clone();
    withdrawn.withdrawn_on = Some(date(2026, 11, 20));
    store
        .update_record(client, saved.id, 1, &withdrawn, Purpose::Care)
        .unwrap();

    // Someone who read revision 1 tries to save over it.
    let mut scope_changed = consent.clone();
    scope_changed.scope = "Kaikki tiedot".into();
    let err = store
        .update_record(client, saved.id, 1, &scope_changed, Purpose::Care)
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::StaleRevision {
                expected: 1,
                found: 2
            }
        ),
        "{err}"
    );
    let now: Stored<Consent> = store.get_record(saved.id, Purpose::Care).unwrap();
    // Recorded by the store's owner, not by whom the request named.
    assert_eq!(
        now.record,
        Consent {
            recorded_by: nurse(),
            ..withdrawn
        }
    );
    assert_eq!(now.revision, 2);
}

#[test]
fn broken_rules_and_history_changes_are_refused_with_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, client) = setup(dir.path());

    let mut no_reason = clientship(client);
    no_reason.reasons.clear();
    let err = store
        .insert_record(client, &no_reason, Purpose::Care)
        .unwrap_err();
    assert!(
        err.to_string().contains("give at least one reason"),
        "{err}"
    );

    let other_segment = SegmentAssessment {
        coping: EverydayCoping::Easy,
        need: ServiceNeed::Few,
        chosen: Segment::Huolenpito,
        reason_for_other: None,
        client_view: String::new(),
        assessed_by: vec![nurse()],
        assessed_at: DateTime::<Utc>::default(),
    };
    let err = store
        .insert_record(client, &other_segment, Purpose::Care)
        .unwrap_err();
    assert!(err.to_string().contains("needs a reason"), "{err}");

    let mut with_reason = other_segment.clone();
    with_reason.reason_for_other = Some("Kotona asuminen vaarantunut".into());
    let saved = store
        .insert_record(client, &with_reason, Purpose::Care)
        .unwrap();
    assert!(matches!(
        store.update_record(client, saved.id, 1, &with_reason, Purpose::Care),
        Err(StoreError::History { .. })
    ));

    // A record for a client that does not exist is refused, not orphaned.
    assert!(matches!(
        store.insert_record(ClientId::from_u128(999), &with_reason, Purpose::Care),
        Err(StoreError::ClientNotFound(_))
    ));
    assert!(store.verify().unwrap().is_ok());
}

#[test]
fn a_plan_is_checked_against_the_team_and_its_agreement_inside_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, client) = setup(dir.path());
    let assignable = clientship(client).assignable();
    // No clientship yet: no team to give actions to.
    let err = store
        .insert_record(client, &plan(&assignable), Purpose::Care)
        .unwrap_err();
    assert!(err.to_string().contains("joint clientship"), "{err}");

    let mut ship = clientship(client);
    let saved = store.insert_record(client, &ship, Purpose::Care).unwrap();
    let draft = store
        .insert_record(client, &plan(&assignable), Purpose::Care)
        .unwrap();

    // The nurse leaves the team; the plan that still gives her an action
    // can no longer be saved until the action is reassigned.
    ship.team.members.retain(|m| m.professional != nurse());
    ship.counterpart_pair = None;
    store
        .update_record(client, saved.id, saved.revision, &ship, Purpose::Care)
        .unwrap();
    let err = store
        .update_record(
            client,
            draft.id,
            draft.revision,
            &draft.record,
            Purpose::Care,
        )
        .unwrap_err();
    assert!(
        err.to_string().contains("not the client or on the team"),
        "{err}"
    );

    // An "agreed" plan forged as data, without the client's agreement.
    let forged: PlanVersion = serde_json::from_value({
        let mut v = serde_json::to_value(&draft.record).unwrap();
        v["number"] = 2.into();
        v["status"] = serde_json::json!({
            "kind": "agreed",
            "agreed_on": "2026-11-24",
            "participants_present": [social_worker()],
            "client_present": true,
            "client_agreed": false
        });
        v["goals"][0]["actions"][1]["owner"] = serde_json::json!({"kind": "client"});
        v
    })
    .unwrap();
    let err = store
        .insert_record(client, &forged, Purpose::Care)
        .unwrap_err();
    assert!(err.to_string().contains("client's agreement"), "{err}");
}

#[test]
fn an_organisation_sets_what_each_segment_means_and_it_persists() {
    use kohtaamo_model::case::segment::SegmentConsequences;
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = setup(dir.path());
    assert_eq!(
        store.segment_consequences().unwrap(),
        SegmentConsequences::defaults()
    );
    let mut ours = SegmentConsequences::defaults();
    ours[1].named_contact_person = true;
    ours[1].review_interval_months = 4;
    store.set_segment_consequences(&ours).unwrap();
    let mut incomplete = ours.clone();
    incomplete.remove(0);
    assert!(store.set_segment_consequences(&incomplete).is_err());
    store.lock();
    let store = Store::unlock(
        &StorePaths::for_db(dir.path().join("case.db")),
        PASSPHRASE,
        Channel::Cli,
    )
    .unwrap();
    assert_eq!(store.segment_consequences().unwrap(), ours);
}

#[test]
fn the_owner_starts_a_clientship_alone_and_coordinates_it() {
    use kohtaamo_model::api::{SegmentAnswers, StartClientship};
    let dir = tempfile::tempdir().unwrap();
    let (mut store, client) = setup(dir.path());
    let started = store
        .start_clientship(
            &StartClientship {
                client,
                reasons: vec![IdentificationReason::Housing],
                other_reason: String::new(),
            },
            Purpose::Care,
        )
        .unwrap();
    // The colleague the store knows is not put on the team: they join when
    // they come in.
    let team = &started.record.team.members;
    assert_eq!(team.len(), 1);
    assert_eq!(
        (team[0].professional, team[0].role),
        (nurse(), TeamRole::ResponsibleWorker)
    );
    assert_eq!(started.record.counterpart_pair, None);
    let segment = store
        .assess_segment(
            &SegmentAnswers {
                client,
                coping: EverydayCoping::Difficult,
                need: ServiceNeed::Many,
                chosen: Segment::Huolenpito,
                reason_for_other: None,
                client_view: "Tarvitsen paljon apua.".into(),
            },
            Purpose::JointAppointment,
        )
        .unwrap();
    assert_eq!(segment.record.assessed_by, [nurse()]);
    let case = store.open_case(client, Purpose::Care).unwrap();
    assert_eq!(case.segment().unwrap().record.chosen, Segment::Huolenpito);
    assert_eq!(case.owner, Some(nurse()));
}

#[test]
fn without_a_profile_nothing_is_recorded_in_a_case() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(
        &StorePaths::for_db(dir.path().join("bare.db")),
        PASSPHRASE,
        KdfParams::FAST_INSECURE,
        Channel::App,
    )
    .unwrap();
    let client = NewClient {
        name: "Testinen Aino".into(),
        hetu: "010190-923E".into(),
        language: Language::Fi,
    }
    .validate()
    .unwrap();
    let client = store.add_client(&client, Purpose::Care).unwrap().id;
    let err = store
        .start_clientship(
            &kohtaamo_model::api::StartClientship {
                client,
                reasons: vec![IdentificationReason::Housing],
                other_reason: String::new(),
            },
            Purpose::Care,
        )
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Rule(kohtaamo_model::rule::RuleError::Case(
                kohtaamo_model::rule::CaseError::NoProfile
            ))
        ),
        "{err}"
    );
    // A third-sector profile has no register to write into.
    let mut volunteer = kohtaamo_store::demo_case::team()[0].clone();
    volunteer.sector = Sector::ThirdSector;
    assert!(store.save_owner_profile(&volunteer).is_err());
    assert_eq!(store.owner_profile().unwrap(), None);
}

#[test]
fn the_shared_screens_copy_of_a_demo_case_holds_only_what_is_for_the_client() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = setup(dir.path());
    kohtaamo_store::demo::populate_on(&mut store, 2, 7, date(2026, 11, 25)).unwrap();
    let client = store.search_clients("", Purpose::Care).unwrap()[0].id;
    let case = store.open_case(client, Purpose::Care).unwrap();
    let whole = serde_json::to_string(&case).unwrap();
    // The demo case has what must not reach the screen.
    assert!(whole.contains("Ammattilaisten kesken"));
    assert!(whole.contains("Vuokrarästejä"));
    assert!(case.plan_versions.len() > 1);

    let shared = case.for_shared_screen(date(2026, 11, 25));
    let text = serde_json::to_string(&shared).unwrap();
    assert!(
        !text.contains("Ammattilaisten kesken"),
        "a professional-only note"
    );
    assert!(!text.contains("Vuokrarästejä"), "a professional's view");
    assert!(
        text.contains("Asiakas toivoo"),
        "the note for the client is gone"
    );
    assert_eq!(shared.plan_versions.len(), 1);
    assert_eq!(
        shared.current_plan().map(|p| p.id),
        case.current_plan().map(|p| p.id)
    );
    assert!(shared.service_use.is_empty());
    assert!(
        !text.contains("Tilanteen kartoitus"),
        "an appointment's agenda"
    );
    // Contact details the team gives the client, and nothing else of the
    // professionals' own.
    assert!(
        text.contains("hoitaja.demo@example.fi"),
        "the contact details given to the client"
    );
    assert!(
        !text.contains("Esimerkin terveysasema"),
        "a professional's unit"
    );
    assert!(shared
        .clientship()
        .is_some_and(|c| c.record.reasons.is_empty()));
}

#[test]
fn a_save_naming_another_client_than_its_records_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, client) = setup(dir.path());
    let other = NewClient {
        name: "Toinen Testi".into(),
        hetu: "150785-941L".into(),
        language: Language::Fi,
    }
    .validate()
    .unwrap();
    let other = store.add_client(&other, Purpose::Care).unwrap().id;
    let saved = store
        .insert_record(client, &clientship(client), Purpose::Care)
        .unwrap();
    let mut changed = saved.record.clone();
    changed.other_reason = "Kirjattu väärälle asiakkaalle".into();
    let err = store
        .update_record(other, saved.id, saved.revision, &changed, Purpose::Care)
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Rule(kohtaamo_model::rule::RuleError::Case(
                kohtaamo_model::rule::CaseError::OtherClient
            ))
        ),
        "{err}"
    );
    let now: Stored<JointClientship> = store.get_record(saved.id, Purpose::Care).unwrap();
    assert_eq!(now.record, saved.record, "nothing was saved");
}

fn entry(text: &str) -> DomainEntry {
    DomainEntry {
        domain: LifeDomain::Housing,
        client_view: text.into(),
        professional_view: String::new(),
        need: NeedLevel::SignificantNeed,
        resources: String::new(),
        author: nurse(),
        register: Register::HealthCare,
        visibility: Visibility::ShownToClient,
    }
}

#[test]
fn a_changed_assessment_keeps_every_earlier_version() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, client) = setup(dir.path());
    let first = HolisticAssessment {
        entries: vec![entry("Asunto on kylmä.")],
    };
    let saved = store.insert_record(client, &first, Purpose::Care).unwrap();
    let second = HolisticAssessment {
        entries: vec![entry("Asunto on kylmä, vuokranantaja tulee maanantaina.")],
    };
    let revision = store
        .update_record(client, saved.id, 1, &second, Purpose::Care)
        .unwrap();
    let third = HolisticAssessment {
        entries: vec![entry("Lämmitys korjattu.")],
    };
    store
        .update_record(client, saved.id, revision, &third, Purpose::Care)
        .unwrap();
    store.lock();
    let mut store = Store::unlock(
        &StorePaths::for_db(dir.path().join("case.db")),
        PASSPHRASE,
        Channel::App,
    )
    .unwrap();
    let case = store.open_case(client, Purpose::Care).unwrap();
    assert_eq!(case.holistic_assessments.len(), 1);
    assert_eq!(case.holistic_assessments[0].revision, 3);
    let texts: Vec<_> = case
        .assessment_history
        .iter()
        .map(|e| {
            (
                e.revision,
                e.record.entries[0].client_view.as_str(),
                e.replaced_by,
            )
        })
        .collect();
    assert_eq!(
        texts,
        [
            (1, "Asunto on kylmä.", Some(nurse())),
            (
                2,
                "Asunto on kylmä, vuokranantaja tulee maanantaina.",
                Some(nurse())
            ),
        ]
    );
}

#[test]
fn a_clientship_pauses_closes_and_a_new_period_starts_with_the_old_one_readable() {
    use kohtaamo_model::api::{ChangeClientshipStatus, StartClientship};
    use kohtaamo_model::case::clientship::ClientshipError;
    use kohtaamo_model::rule::{CaseError, RuleError};
    let dir = tempfile::tempdir().unwrap();
    let (mut store, client) = setup(dir.path());
    let start = StartClientship {
        client,
        reasons: vec![IdentificationReason::Housing],
        other_reason: String::new(),
    };
    let first = store.start_clientship(&start, Purpose::Care).unwrap();
    // One open period at a time.
    assert!(matches!(
        store.start_clientship(&start, Purpose::Care),
        Err(StoreError::Rule(RuleError::Case(CaseError::ClientshipOpen)))
    ));
    let change = |revision, status| ChangeClientshipStatus {
        client,
        id: first.id,
        revision,
        status,
    };
    // A pause needs its reason.
    assert!(matches!(
        store.change_clientship_status(
            &change(1, ClientshipStatus::Paused { reason: " ".into() }),
            Purpose::Care
        ),
        Err(StoreError::Rule(RuleError::Clientship(
            ClientshipError::StatusReasonRequired
        )))
    ));
    let r = store
        .change_clientship_status(
            &change(
                1,
                ClientshipStatus::Paused {
                    reason: "Asiakas on kuntoutuksessa.".into(),
                },
            ),
            Purpose::Care,
        )
        .unwrap();
    // A team edit brings an old status along: the stored one stays.
    let mut edit = store
        .open_case(client, Purpose::Care)
        .unwrap()
        .clientship()
        .unwrap()
        .record
        .clone();
    edit.status = ClientshipStatus::Active;
    edit.status_changes.clear();
    edit.team.contact_instructions = "Soita arkisin.".into();
    let r = store
        .update_record(client, first.id, r, &edit, Purpose::Care)
        .unwrap();
    let r = store
        .change_clientship_status(&change(r, ClientshipStatus::Active), Purpose::Care)
        .unwrap();
    let today = chrono::Local::now().date_naive();
    let r = store
        .change_clientship_status(
            &change(
                r,
                ClientshipStatus::Closed {
                    reason: "Tavoitteet saavutettu.".into(),
                    on: today,
                },
            ),
            Purpose::Care,
        )
        .unwrap();
    // A closed period is history.
    assert!(matches!(
        store.change_clientship_status(&change(r, ClientshipStatus::Active), Purpose::Care),
        Err(StoreError::Rule(RuleError::Clientship(
            ClientshipError::PeriodClosed
        )))
    ));
    assert!(matches!(
        store.update_record(client, first.id, r, &edit, Purpose::Care),
        Err(StoreError::Rule(RuleError::Clientship(
            ClientshipError::PeriodClosed
        )))
    ));
    // The client comes back: a new period, the old one still there.
    store.start_clientship(&start, Purpose::Care).unwrap();
    let case = store.open_case(client, Purpose::Care).unwrap();
    assert_eq!(case.clientship.len(), 2);
    assert_eq!(
        case.clientship().unwrap().record.status,
        ClientshipStatus::Active
    );
    let earlier = &case.earlier_periods()[0].record;
    assert_eq!(earlier.team.contact_instructions, "Soita arkisin.");
    let kinds: Vec<_> = earlier
        .status_changes
        .iter()
        .map(|c| (std::mem::discriminant(&c.status), c.by, c.on))
        .collect();
    assert_eq!(kinds.len(), 3, "{kinds:?}");
    assert!(kinds
        .iter()
        .all(|(_, by, on)| *by == nurse() && *on == today));
    assert!(earlier.status.is_closed());
    // A plan is checked against the current period's team, which the
    // social worker is not on (yet).
    let plan = plan(&clientship(client).assignable());
    assert!(matches!(
        store.insert_record(client, &plan, Purpose::Care),
        Err(StoreError::Rule(RuleError::Plan(_)))
    ));
}

#[test]
fn the_start_view_lists_the_owners_cases_and_is_logged_once_naming_them() {
    use kohtaamo_model::api::StartClientship;
    let dir = tempfile::tempdir().unwrap();
    let (mut store, client) = setup(dir.path());
    store
        .start_clientship(
            &StartClientship {
                client,
                reasons: vec![IdentificationReason::Housing],
                other_reason: String::new(),
            },
            Purpose::Care,
        )
        .unwrap();
    let mut draft = PlanVersion::first_draft();
    draft
        .add_goal("Haluan asua omassa kodissani", ExpressedBy::Client)
        .unwrap();
    draft.set_review_date(Some(date(2026, 11, 1))).unwrap();
    store.insert_record(client, &draft, Purpose::Care).unwrap();
    let view = store.start_view(date(2026, 12, 1), Purpose::Care).unwrap();
    assert_eq!(view.mine.len(), 1);
    assert_eq!(view.reviews_due[0].client.id, client);
    assert_eq!(view.reviews_due[0].date, Some(date(2026, 11, 1)));
    assert_eq!(view.without_agreed_plan.len(), 1);
    assert_eq!(view.review_notice_days, 14);
    // One entry for the view, in the client's part of the log.
    let log = store
        .access_log_for(client, Purpose::ClientRequest)
        .unwrap();
    assert_eq!(
        log.iter()
            .filter(|e| e.record == "start-view" && e.action == Action::Search)
            .count(),
        1
    );
    assert!(store.verify().unwrap().is_ok());
}

#[test]
fn a_months_service_use_is_replaced_and_the_earlier_count_kept() {
    use kohtaamo_model::case::service_use::{Month, ServiceUse};
    let dir = tempfile::tempdir().unwrap();
    let (mut store, client) = setup(dir.path());
    let used = |contacts| ServiceUse {
        service: "Päivystys".into(),
        month: Month {
            year: 2026,
            month: 10,
        },
        contacts,
    };
    store
        .record_service_use(client, &used(3), Purpose::Care)
        .unwrap();
    store
        .record_service_use(client, &used(4), Purpose::Care)
        .unwrap();
    let case = store.open_case(client, Purpose::Care).unwrap();
    assert_eq!(case.service_use.len(), 1);
    assert_eq!(case.service_use[0].record.contacts, 4);
    assert_eq!(case.service_use[0].revision, 2);
    assert!(case.services.contains(&"Päivystys".to_owned()));
}

#[test]
fn the_figures_are_logged_once_and_name_no_client() {
    use kohtaamo_model::api::StartClientship;
    let dir = tempfile::tempdir().unwrap();
    let (mut store, client) = setup(dir.path());
    store
        .start_clientship(
            &StartClientship {
                client,
                reasons: vec![IdentificationReason::Housing],
                other_reason: String::new(),
            },
            Purpose::Care,
        )
        .unwrap();
    let before = store.stats().unwrap().log_entries;
    let in_log = |store: &mut Store| {
        store
            .access_log_for(client, Purpose::ClientRequest)
            .unwrap()
            .len()
    };
    let client_entries = in_log(&mut store);
    let today = chrono::Local::now().date_naive();
    let figures = store
        .figures(today - chrono::Days::new(30), today, today)
        .unwrap();
    // One client: every count of them is hidden.
    assert_eq!(
        figures.segments_total,
        kohtaamo_model::figures::Cell::Count(0)
    );
    assert_eq!(
        figures.agreed_plan.of,
        kohtaamo_model::figures::Cell::Suppressed
    );
    // One entry more in the log (and the read of the client's part), none
    // of them the client's.
    assert_eq!(store.stats().unwrap().log_entries, before + 2);
    assert_eq!(in_log(&mut store), client_entries + 1);
}

#[test]
fn a_handout_holds_the_agreed_plan_as_the_client_sees_it_and_is_logged_as_given_to_the_client() {
    use kohtaamo_model::case::handout::HandoutKind;
    use kohtaamo_model::rule::{CaseError, RuleError};
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = setup(dir.path());
    let today = date(2026, 11, 25);
    kohtaamo_store::demo::populate_on(&mut store, 2, 7, today).unwrap();
    let client = store.search_clients("", Purpose::Care).unwrap()[0].id;
    let case = store.open_case(client, Purpose::Care).unwrap();
    // A draft revised after the agreed version is not what the client agreed to.
    let draft = case.current_plan().unwrap();
    let mut revised = draft.record.clone();
    if revised.is_agreed() {
        revised = revised.revise().unwrap();
        revised.goals[0].text = "Luonnos, ei vielä sovittu".into();
        store
            .insert_record(client, &revised, Purpose::Care)
            .unwrap();
    }
    let agreed = case.agreed_plan().unwrap().id;

    let handout = store
        .handout_case(client, HandoutKind::Plan, today, Purpose::Care)
        .unwrap();
    let text = serde_json::to_string(&handout).unwrap();
    assert_eq!(handout.plan_versions.len(), 1);
    assert_eq!(handout.current_plan().map(|p| p.id), Some(agreed));
    assert!(!text.contains("Luonnos, ei vielä sovittu"), "a later draft");
    assert!(
        !text.contains("Ammattilaisten kesken"),
        "a professional-only note"
    );
    assert!(!text.contains("Vuokrarästejä"), "a professional's view");
    let given: Vec<_> = store
        .access_log_for(client, Purpose::ClientRequest)
        .unwrap()
        .into_iter()
        .filter(|e| e.record == "handout-plan" && e.action == Action::Export)
        .collect();
    assert_eq!(given.len(), 1, "one disclosure for one handout");

    // A clientship without an agreed plan gets the info sheet, never a plan,
    // and a refusal discloses nothing.
    let new = NewClient {
        name: "Uusinen Eero".into(),
        hetu: "020290-951T".into(),
        language: Language::Fi,
    }
    .validate()
    .unwrap();
    let fresh = store.add_client(&new, Purpose::Care).unwrap().id;
    store
        .insert_record(fresh, &clientship(fresh), Purpose::Care)
        .unwrap();
    let refused = store.handout_case(fresh, HandoutKind::Plan, today, Purpose::Care);
    assert!(
        matches!(
            refused,
            Err(StoreError::Rule(RuleError::Case(CaseError::PlanNotAgreed)))
        ),
        "{:?}",
        refused.err()
    );
    let sheet = store
        .handout_case(fresh, HandoutKind::InfoSheet, today, Purpose::Care)
        .unwrap();
    assert!(sheet.plan_versions.is_empty());
    let records: Vec<String> = store
        .access_log_for(fresh, Purpose::ClientRequest)
        .unwrap()
        .into_iter()
        .filter(|e| e.action == Action::Export)
        .map(|e| e.record)
        .collect();
    assert_eq!(records, ["handout-info-sheet"]);
}

#[test]
fn plain_finnish_is_a_clients_preference_kept_beside_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, client) = setup(dir.path());
    assert!(
        !store
            .open_case(client, Purpose::Care)
            .unwrap()
            .client
            .plain_language
    );
    let saved = store
        .set_client_language(client, Language::Fi, true, Purpose::Care)
        .unwrap();
    assert!(saved.plain_language);
    drop(store);
    let mut store = Store::unlock(
        &StorePaths::for_db(dir.path().join("case.db")),
        PASSPHRASE,
        Channel::App,
    )
    .unwrap();
    let case = store.open_case(client, Purpose::Care).unwrap();
    assert!(case.client.plain_language, "kept over a restart");
    assert_eq!(case.client.language, Language::Fi);
    let missing = store.set_client_language(
        ClientId(uuid::Uuid::nil()),
        Language::Sv,
        false,
        Purpose::Care,
    );
    assert!(
        matches!(missing, Err(StoreError::ClientNotFound(_))),
        "{missing:?}"
    );
}
