//! A store made by an earlier release opens with today's code: the schema
//! is brought forward, records and their references to people get ids that
//! can leave the laptop, and every version and access-log entry stays
//! readable and verifies.

#![allow(
    clippy::unwrap_used,
    reason = "a helper that cannot set up its store should fail the test"
)]

use std::path::Path;

use kohtaamo_model::case::plan::ActionOwner;
use kohtaamo_store::{Channel, Purpose, Store, StorePaths};

const PASSPHRASE: &str = "fixture passphrase";

/// A copy of the schema-4 fixture in `dir`.
fn old_store(dir: &Path) -> StorePaths {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-4");
    for name in ["store.db", "store.key", "store.loghead"] {
        std::fs::copy(from.join(name), dir.join(name)).unwrap();
    }
    StorePaths::for_db(dir.join("store.db"))
}

#[test]
fn a_store_of_an_earlier_release_migrates_and_keeps_everything_readable() {
    let dir = tempfile::tempdir().unwrap();
    let paths = old_store(dir.path());
    let mut store = Store::unlock(&paths, PASSPHRASE, Channel::Cli).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        kohtaamo_store::SCHEMA_VERSION
    );
    let report = store.verify().unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!(report.log_entries, 25, "the earlier entries are all there");

    // No owner yet: the next unlock asks for a profile.
    assert_eq!(store.owner_profile().unwrap(), None);
    let people = store.professionals().unwrap();
    assert_eq!(people.len(), 2);

    let clients = store.list_clients(Purpose::Administration).unwrap();
    assert_eq!(clients.len(), 3);
    for (client, _) in &clients {
        let case = store.open_case(*client, Purpose::Administration).unwrap();
        // Every reference to a person names one the store knows.
        let ship = case.clientship().unwrap();
        assert_eq!(ship.record.client, *client);
        for member in &ship.record.team.members {
            assert!(case.professional(member.professional).is_some());
        }
        let (a, b) = ship.record.counterpart_pair.unwrap();
        assert!(case.professional(a).is_some() && case.professional(b).is_some());
        assert_eq!(case.plan_versions.len(), 2, "both versions are kept");
        for version in &case.plan_versions {
            for action in version.record.goals.iter().flat_map(|g| &g.actions) {
                if let ActionOwner::TeamMember { professional } = &action.owner {
                    assert!(case.professional(*professional).is_some());
                }
            }
        }
        let agreed = case.agreed_plan().unwrap();
        assert!(agreed.record.is_agreed());
        for note in &case.appointments[0].record.notes {
            assert!(case.professional(note.author).is_some());
        }
        for entry in &case.holistic_assessments[0].record.entries {
            assert!(case.professional(entry.author).is_some());
        }
        for who in &case.segment_assessments[0].record.assessed_by {
            assert!(case.professional(*who).is_some());
        }
        assert!(case
            .professional(case.consents[0].record.recorded_by)
            .is_some());
        // The history the store guards is still guarded.
        let mut changed = agreed.record.clone();
        changed.review_date = None;
        assert!(store
            .update_record(*client, agreed.id, agreed.revision, &changed, Purpose::Care)
            .is_err());
        // And the client's log still tells who used the data.
        let log = store
            .access_log_for(*client, Purpose::ClientRequest)
            .unwrap();
        assert!(log.iter().all(|e| e.client == Some(*client)));
        assert!(log.len() >= 8, "{} entries", log.len());
        // Written before profiles: format 1, no actor; the entries of this
        // run are format 2 (and still no actor id: no profile yet).
        let (old, new): (Vec<_>, Vec<_>) = log.iter().partition(|e| e.format == 1);
        assert!(
            old.len() >= 7
                && old
                    .iter()
                    .all(|e| e.actor.is_empty() && e.actor_id.is_none())
        );
        assert!(!new.is_empty() && new.iter().all(|e| e.format == 2));
    }
    store.lock();
    // Reopened, nothing is migrated twice and all still verifies.
    let store = Store::unlock(&paths, PASSPHRASE, Channel::Cli).unwrap();
    assert!(store.verify().unwrap().is_ok());
}

#[test]
fn the_owner_given_after_the_migration_writes_into_the_old_cases() {
    let dir = tempfile::tempdir().unwrap();
    let paths = old_store(dir.path());
    let mut store = Store::unlock(&paths, PASSPHRASE, Channel::App).unwrap();
    let (social, _) = store
        .professionals()
        .unwrap()
        .into_iter()
        .find(|(_, p)| p.name == "Sosiaalityöntekijä Demo")
        .unwrap();
    store.choose_owner(social).unwrap();
    let (client, _) = store.list_clients(Purpose::Care).unwrap()[0].clone();
    let case = store.revise_plan(client, Purpose::Care).err();
    // The demo's draft is the newest version: it is edited, not revised.
    assert!(case.is_some());
    let case = store.open_case(client, Purpose::Care).unwrap();
    let draft = case.current_plan().unwrap().clone();
    let mut edited = draft.record.clone();
    let goal = edited.goals[0].id;
    edited.edit_goal(goal, "Haluan nukkua yöt läpi").unwrap();
    store
        .update_record(client, draft.id, draft.revision, &edited, Purpose::Care)
        .unwrap();
    assert!(store.verify().unwrap().is_ok());
}
