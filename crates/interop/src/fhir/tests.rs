#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test case that cannot be built should fail the test"
)]

use chrono::{DateTime, NaiveDate, Utc};
use kohtaamo_model::case::appointment::{JointAppointment, Mode, Note, Participant};
use kohtaamo_model::case::assessment::{DomainEntry, HolisticAssessment, LifeDomain, NeedLevel};
use kohtaamo_model::case::clientship::{
    CareTeam, ClientshipStatus, JointClientship, TeamMember, TeamRole,
};
use kohtaamo_model::case::consent::{Consent, Direction};
use kohtaamo_model::case::plan::{ActionOwner, Agreement, ExpressedBy, PlanVersion};
use kohtaamo_model::case::professional::{Professional, ProfessionalId, Role, Sector};
use kohtaamo_model::case::register::{Register, Visibility};
use kohtaamo_model::case::stored::{Case, Stored};
use kohtaamo_model::id::RecordId;
use kohtaamo_model::settings::{Custodian, Custodians};
use kohtaamo_model::{Client, ClientId, Language, PersonalIdentityCode};
use serde_json::Value;

use super::*;

const CLIENT: ClientId = ClientId::from_u128(0x1001);
const NURSE: ProfessionalId = ProfessionalId::from_u128(0x2001);
const SOCIAL: ProfessionalId = ProfessionalId::from_u128(0x2002);
const SOCIAL_NOTE: &str = "Sosiaalityön muistiinpano: vuokrarästit";
const HEALTH_NOTE: &str = "Hoitajan muistiinpano: verenpaine";

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn stored<R>(n: u128, record: R) -> Stored<R> {
    Stored {
        id: RecordId::from_u128(0x3000 + n),
        client: CLIENT,
        revision: 1,
        record,
    }
}

fn person(name: &str, role: Role, sector: Sector) -> Professional {
    Professional {
        name: name.into(),
        role,
        sector,
        organisation: "Esimerkkialueen hyvinvointialue".into(),
        unit: String::new(),
        phone: "+358 40 000 0000".into(),
        secure_email: String::new(),
        retired: false,
        directory_key: None,
    }
}

/// A case of a health care nurse's store: a team of two, an agreed plan
/// with a goal in the client's words and one written down by the nurse, a
/// note and an assessment entry of each register, and `consent`.
fn case(hetu: PersonalIdentityCode, consent: Option<Consent>) -> Case {
    let start = d(2027, 3, 1);
    let clientship = JointClientship {
        client: CLIENT,
        started_on: start,
        reasons: vec![],
        other_reason: String::new(),
        status: ClientshipStatus::Active,
        counterpart_pair: Some((NURSE, SOCIAL)),
        team: CareTeam {
            members: vec![
                TeamMember {
                    professional: NURSE,
                    role: TeamRole::Hoitovastaava,
                    sector: Sector::HealthCare,
                    contact_to_client: true,
                },
                TeamMember {
                    professional: SOCIAL,
                    role: TeamRole::ResponsibleWorker,
                    sector: Sector::SocialWelfare,
                    contact_to_client: true,
                },
            ],
            organisations: vec![kohtaamo_model::case::clientship::ThirdSectorOrganisation {
                name: "Esimerkkiyhdistys ry".into(),
                contact: "040 000 0001".into(),
            }],
            contact_instructions: "Soita ensin vastuutyöntekijälle.".into(),
        },
        status_changes: vec![],
    };
    let assignable = clientship.assignable();
    let mut plan = PlanVersion::first_draft();
    let own = plan
        .add_goal("Haluan nukkua paremmin", ExpressedBy::Client)
        .unwrap();
    plan.add_action(
        own,
        "Unipäiväkirja",
        ActionOwner::Client,
        Some(d(2027, 3, 15)),
        &assignable,
    )
    .unwrap();
    let written = plan
        .add_goal(
            "Verenpaine hoitotavoitteeseen",
            ExpressedBy::WrittenDownBy {
                professional: NURSE,
            },
        )
        .unwrap();
    plan.add_action(
        written,
        "Lääkityksen tarkistus",
        ActionOwner::TeamMember {
            professional: NURSE,
        },
        Some(d(2027, 4, 1)),
        &assignable,
    )
    .unwrap();
    plan.add_action(
        written,
        "Kävelyryhmä",
        ActionOwner::ThirdSector {
            organisation: "Esimerkkiyhdistys ry".into(),
        },
        None,
        &assignable,
    )
    .unwrap();
    plan.set_review_date(Some(d(2027, 6, 1))).unwrap();
    plan.agree(Agreement {
        agreed_on: start,
        participants_present: vec![NURSE, SOCIAL],
        client_present: true,
        client_agreed: true,
    })
    .unwrap();
    let note = |text: &str, author, register| Note {
        text: text.into(),
        author,
        register,
        visibility: Visibility::ShownToClient,
        said_by: None,
    };
    let appointment = JointAppointment {
        date: start,
        mode: Mode::HomeVisit,
        participants: vec![
            Participant {
                professional: NURSE,
                present: true,
            },
            Participant {
                professional: SOCIAL,
                present: true,
            },
        ],
        client_present: true,
        agenda: "Kartoitus".into(),
        agreed: String::new(),
        notes: vec![
            note(HEALTH_NOTE, NURSE, Register::HealthCare),
            note(SOCIAL_NOTE, SOCIAL, Register::SocialWelfare),
        ],
        ended: true,
        draft_note: None,
    };
    let entry = |domain, author, register| DomainEntry {
        domain,
        client_view: "Väsyttää".into(),
        professional_view: String::new(),
        need: NeedLevel::SomeNeed,
        resources: String::new(),
        author,
        register,
        visibility: Visibility::ShownToClient,
    };
    let assessment = HolisticAssessment {
        entries: vec![
            entry(LifeDomain::Health, NURSE, Register::HealthCare),
            entry(LifeDomain::Finances, SOCIAL, Register::SocialWelfare),
        ],
    };
    Case {
        client: Client {
            plain_language: false,
            id: CLIENT,
            name: "Testinen Aino".into(),
            hetu,
            language: Language::Fi,
        },
        clientship: vec![stored(1, clientship)],
        segment_assessments: vec![],
        holistic_assessments: vec![stored(2, assessment)],
        plan_versions: vec![stored(3, plan)],
        appointments: vec![stored(4, appointment)],
        consents: consent.into_iter().map(|c| stored(5, c)).collect(),
        service_use: vec![],
        professionals: vec![
            (
                NURSE,
                person("Hoitaja Testi", Role::Sairaanhoitaja, Sector::HealthCare),
            ),
            (
                SOCIAL,
                person(
                    "Sosiaalityöntekijä Testi",
                    Role::Sosiaalityontekija,
                    Sector::SocialWelfare,
                ),
            ),
        ],
        segment_consequences: vec![],
        owner: Some(NURSE),
        withheld: Default::default(),
        organisations: vec![],
        services: vec![],
        assessment_history: vec![],
        measures: vec![stored(6, life_situation())],
        instruments: kohtaamo_model::measure::built_in(),
    }
}

/// A 3X10D start the client answered, health left unanswered.
fn life_situation() -> kohtaamo_model::measure::answer::MeasureAnswer {
    use kohtaamo_model::measure::answer::{EnteredBy, ItemScore, MeasureAnswer, MeasurePoint};
    let meter = kohtaamo_model::measure::built_in().remove(0);
    MeasureAnswer {
        instrument: meter.key(),
        point: MeasurePoint::Start,
        answered_on: d(2027, 3, 2),
        entered_by: EnteredBy::Client,
        scores: meter
            .items
            .iter()
            .enumerate()
            .map(|(n, item)| ItemScore {
                item: item.id.clone(),
                score: (n > 0).then_some(n as u8),
            })
            .collect(),
        notes: vec![],
    }
}

fn temporary() -> PersonalIdentityCode {
    "010190-923E".parse().unwrap()
}

fn social_consent(withdrawn_on: Option<NaiveDate>) -> Consent {
    Consent {
        direction: Direction::SocialToHealth,
        scope: "Toimeentuloa koskevat tiedot hoitajalle".into(),
        given_on: d(2027, 3, 1),
        withdrawn_on,
        recorded_by: SOCIAL,
    }
}

fn export(register: Register) -> Export {
    let custodian = |identifier: &str| Custodian {
        name: "Esimerkkialueen hyvinvointialue".into(),
        identifier: identifier.into(),
    };
    Export {
        register,
        custodians: Custodians {
            health_care: custodian("1.2.246.10.9000001.10.0"),
            social_welfare: custodian("1.2.246.10.9000001.10.1"),
        },
        at: DateTime::parse_from_rfc3339("2027-03-10T08:30:00Z")
            .unwrap()
            .with_timezone(&Utc),
        today: d(2027, 3, 10),
    }
}

fn resources<'a>(bundle: &'a Value, kind: &str) -> Vec<&'a Value> {
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == kind)
        .collect()
}

fn texts(bundle: &Value) -> String {
    serde_json::to_string(bundle).unwrap()
}

#[test]
fn a_temporary_code_is_a_temp_identifier_never_the_population_registers() {
    let bundle = bundle(&case(temporary(), None), &export(Register::HealthCare)).unwrap();
    let patient = resources(&bundle, "Patient")[0];
    let ids = patient["identifier"].as_array().unwrap();
    assert_eq!(ids.len(), 1);
    assert_eq!(ids[0]["use"], "temp");
    assert_eq!(ids[0]["value"], "010190-923E");
    assert!(ids[0].get("system").is_none());
    assert!(!texts(&bundle).contains("1.2.246.21"));
    assert!(!texts(&bundle).contains("NNFIN"));
    // Its date part is not taken for a birth date.
    assert!(patient.get("birthDate").is_none());
}

#[test]
fn a_real_code_goes_in_the_official_nnfin_slice() {
    // A syntactically valid code with an individual number below 900,
    // made here and nowhere else: it belongs to no fixture or demo.
    let real = PersonalIdentityCode::new(d(1990, 1, 1), 123).unwrap();
    assert!(!real.is_temporary());
    let bundle = bundle(&case(real.clone(), None), &export(Register::HealthCare)).unwrap();
    let patient = resources(&bundle, "Patient")[0];
    let id = &patient["identifier"][0];
    assert_eq!(id["use"], "official");
    assert_eq!(id["system"], "urn:oid:1.2.246.21");
    assert_eq!(id["value"], real.as_str());
    assert_eq!(
        id["type"]["coding"][0]["system"],
        "http://terminology.hl7.org/CodeSystem/v2-0203"
    );
    assert_eq!(id["type"]["coding"][0]["code"], "NNFIN");
    assert_eq!(patient["birthDate"], "1990-01-01");
}

#[test]
fn the_clients_own_goals_are_expressed_by_the_patient() {
    let bundle = bundle(&case(temporary(), None), &export(Register::HealthCare)).unwrap();
    let goals = resources(&bundle, "Goal");
    assert_eq!(goals.len(), 2);
    let by = |text: &str| {
        goals
            .iter()
            .find(|g| g["description"]["text"] == text)
            .unwrap()["expressedBy"]["reference"]
            .clone()
    };
    assert_eq!(
        by("Haluan nukkua paremmin"),
        format!("urn:uuid:{}", CLIENT.0)
    );
    assert_eq!(
        by("Verenpaine hoitotavoitteeseen"),
        format!("urn:uuid:{}", NURSE.0)
    );
    // The plan's activities: who does what by when, and the review.
    let plan = resources(&bundle, "CarePlan")[0];
    let activities = plan["activity"].as_array().unwrap();
    assert_eq!(activities.len(), 4);
    assert_eq!(activities[0]["detail"]["description"], "Unipäiväkirja");
    assert_eq!(
        activities[0]["detail"]["performer"][0]["reference"],
        format!("urn:uuid:{}", CLIENT.0)
    );
    assert_eq!(
        activities[0]["detail"]["scheduledPeriod"]["end"],
        "2027-03-15"
    );
    assert_eq!(
        activities[3]["detail"]["scheduledPeriod"]["start"],
        "2027-06-01"
    );
}

#[test]
fn the_other_registers_content_goes_only_with_consent_in_force() {
    let for_health = export(Register::HealthCare);
    let with = bundle(&case(temporary(), Some(social_consent(None))), &for_health).unwrap();
    assert!(texts(&with).contains(SOCIAL_NOTE));
    assert_eq!(resources(&with, "Observation").len(), 2);
    // The crossing content keeps its own register's provenance.
    let provenances = resources(&with, "Provenance");
    assert_eq!(provenances.len(), 2);
    assert_eq!(
        provenances[1]["entity"][0]["what"]["identifier"]["system"],
        "urn:oid:1.2.246.537.6.1264"
    );
    assert_eq!(
        provenances[1]["agent"][0]["who"]["identifier"]["value"],
        "urn:oid:1.2.246.10.9000001.10.1"
    );

    let withdrawn = Some(social_consent(Some(d(2027, 3, 5))));
    for consent in [None, withdrawn] {
        let without = bundle(&case(temporary(), consent), &for_health).unwrap();
        assert!(!texts(&without).contains(SOCIAL_NOTE));
        assert!(texts(&without).contains(HEALTH_NOTE));
        assert_eq!(resources(&without, "Observation").len(), 1);
        assert_eq!(resources(&without, "Provenance").len(), 1);
    }

    // The same consent lets nothing of health care out to social welfare.
    let for_social = export(Register::SocialWelfare);
    let other_way = bundle(&case(temporary(), Some(social_consent(None))), &for_social).unwrap();
    assert!(texts(&other_way).contains(SOCIAL_NOTE));
    assert!(!texts(&other_way).contains(HEALTH_NOTE));
    let provenance = resources(&other_way, "Provenance")[0];
    assert_eq!(
        provenance["entity"][0]["what"]["identifier"]["system"],
        "urn:oid:1.2.246.537.6.1264"
    );
}

#[test]
fn consents_say_in_force_and_withdrawn() {
    let for_health = export(Register::HealthCare);
    let active = bundle(&case(temporary(), Some(social_consent(None))), &for_health).unwrap();
    assert_eq!(resources(&active, "Consent")[0]["status"], "active");
    let withdrawn = Some(social_consent(Some(d(2027, 3, 5))));
    let inactive = bundle(&case(temporary(), withdrawn), &for_health).unwrap();
    let consent = resources(&inactive, "Consent")[0];
    assert_eq!(consent["status"], "inactive");
    assert_eq!(consent["provision"]["period"]["end"], "2027-03-05");
    assert_eq!(
        consent["provision"]["code"][0]["coding"][0]["code"],
        "urn:oid:1.2.246.537.6.1264"
    );
}

#[test]
fn the_same_input_gives_the_same_json() {
    let case = case(temporary(), Some(social_consent(None)));
    let first = texts(&bundle(&case, &export(Register::HealthCare)).unwrap());
    let second = texts(&bundle(&case, &export(Register::HealthCare)).unwrap());
    assert_eq!(first, second);
    let mut later = export(Register::HealthCare);
    later.at += chrono::Duration::seconds(1);
    let third = bundle(&case, &later).unwrap();
    assert_ne!(texts(&third), first);
    // The records keep their ids from one export to the next.
    let goal_ids = |b: &Value| {
        resources(b, "Goal")
            .iter()
            .map(|g| g["id"].clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        goal_ids(&third),
        goal_ids(&serde_json::from_str(&first).unwrap())
    );
}

#[test]
fn every_reference_resolves_inside_the_bundle() {
    let bundle = bundle(
        &case(temporary(), Some(social_consent(None))),
        &export(Register::HealthCare),
    )
    .unwrap();
    let full_urls: Vec<&str> = bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["fullUrl"].as_str().unwrap())
        .collect();
    let mut references = Vec::new();
    collect_references(&bundle, &mut references);
    assert!(references.len() > 20, "{references:?}");
    for reference in references {
        assert!(full_urls.contains(&reference.as_str()), "{reference}");
    }
}

fn collect_references(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(fields) => {
            for (key, field) in fields {
                match (key.as_str(), field) {
                    ("reference", Value::String(r)) => out.push(r.clone()),
                    _ => collect_references(field, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_references(i, out)),
        _ => {}
    }
}

#[test]
fn a_register_without_a_custodian_is_refused() {
    let mut no_custodian = export(Register::HealthCare);
    no_custodian.custodians.health_care = Custodian::default();
    assert_eq!(
        bundle(&case(temporary(), None), &no_custodian),
        Err(FhirError::NoCustodian {
            register: Register::HealthCare
        })
    );
}

#[test]
fn custodian_identifiers_are_oids_business_ids_or_as_written() {
    use super::identifiers::custodian;
    assert_eq!(
        custodian("1.2.246.10.9000001.10.0")["value"],
        "urn:oid:1.2.246.10.9000001.10.0"
    );
    assert_eq!(custodian("1234567-8")["system"], "urn:oid:1.2.246.10");
    let other = custodian("HVA-1");
    assert_eq!(other["value"], "HVA-1");
    assert!(other.get("system").is_none());
}

#[path = "../../tests/support/fhir_check.rs"]
mod fhir_check;

#[test]
fn every_export_is_valid_fhir_r4_of_standard_types_with_resolving_references() {
    let real = PersonalIdentityCode::new(d(1990, 1, 1), 123).unwrap();
    let withdrawn = social_consent(Some(d(2027, 3, 5)));
    let mut bare = case(temporary(), None);
    bare.clientship.clear();
    bare.plan_versions.clear();
    bare.appointments.clear();
    bare.holistic_assessments.clear();
    let cases = [
        (case(temporary(), None), Register::HealthCare),
        (case(real, Some(social_consent(None))), Register::HealthCare),
        (case(temporary(), Some(withdrawn)), Register::HealthCare),
        (
            case(temporary(), Some(social_consent(None))),
            Register::SocialWelfare,
        ),
        (bare, Register::SocialWelfare),
    ];
    for (case, register) in cases {
        let bundle = bundle(&case, &export(register)).unwrap();
        fhir_check::assert_valid_bundle(&bundle);
    }
    let full = bundle(
        &case(temporary(), Some(social_consent(None))),
        &export(Register::HealthCare),
    )
    .unwrap();
    let kinds: std::collections::BTreeSet<String> =
        fhir_check::resource_types(&full).into_iter().collect();
    for kind in [
        "Patient",
        "Practitioner",
        "CareTeam",
        "Organization",
        "CarePlan",
        "Goal",
        "Consent",
        "Encounter",
        "Communication",
        "Observation",
        "Provenance",
        "QuestionnaireResponse",
    ] {
        assert!(kinds.contains(kind), "{kind} missing: {kinds:?}");
    }
}

#[test]
fn a_measure_is_a_questionnaire_response_with_its_scores_as_recorded() {
    let full = bundle(&case(temporary(), None), &export(Register::HealthCare)).unwrap();
    let responses = resources(&full, "QuestionnaireResponse");
    assert_eq!(responses.len(), 1);
    let r = responses[0];
    assert_eq!(r["status"], "completed");
    assert_eq!(r["questionnaire"], "urn:kohtaamo:instrument:3x10d-adult|1");
    assert_eq!(r["authored"], "2027-03-02");
    // The client answered it: the patient is its author.
    assert_eq!(r["author"], r["subject"]);
    let items = r["item"].as_array().unwrap();
    assert_eq!(items.len(), 10);
    assert_eq!(items[0]["linkId"], "health");
    assert_eq!(items[0]["text"], "terveydentilaasi");
    // Left unanswered: no answer made up.
    assert!(items[0].get("answer").is_none());
    assert_eq!(items[9]["answer"][0]["valueInteger"], 9);
}

#[test]
fn the_checks_refuse_what_is_not_r4() {
    let good = bundle(&case(temporary(), None), &export(Register::HealthCare)).unwrap();
    let refused = |change: &dyn Fn(&mut Value)| {
        let mut bad = good.clone();
        change(&mut bad);
        std::panic::catch_unwind(|| fhir_check::assert_valid_bundle(&bad)).is_err()
    };
    // An element R4 does not have, an empty string, a dangling reference
    // and a resource type that is Medplum's, not the standard's.
    assert!(refused(
        &|b| b["entry"][0]["resource"]["nickname"] = "x".into()
    ));
    assert!(refused(
        &|b| b["entry"][0]["resource"]["name"][0]["text"] = "".into()
    ));
    assert!(refused(&|b| {
        let entries = b["entry"].as_array_mut().unwrap();
        let with_subject = entries
            .iter_mut()
            .find(|e| e["resource"].get("subject").is_some())
            .unwrap();
        with_subject["resource"]["subject"]["reference"] =
            "urn:uuid:00000000-0000-0000-0000-000000000000".into();
    }));
    assert!(refused(&|b| {
        b["entry"][0]["resource"] = serde_json::json!({ "resourceType": "Bot", "id": "x" })
    }));
    fhir_check::assert_valid_bundle(&good);
}
