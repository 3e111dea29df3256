//! The demo generator: deterministic, the size asked for, every record valid,
//! every status present, and only ever into a new database.

mod common;

use common::time::today;
use spojka::demo::{self, DemoError, DemoReport, DemoSize};
use spojka::domain::*;
use spojka::store::Store;

fn everything(store: &Store) -> Vec<Record> {
    Kind::ALL
        .iter()
        .flat_map(|k| store.all_records(*k).expect("all"))
        .collect()
}

fn made(size: DemoSize, seed: u64) -> (tempfile::TempDir, Store, DemoReport) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let report = demo::generate(&store, size, seed, today()).expect("demo");
    (dir, store, report)
}

#[test]
fn the_same_seed_makes_the_same_records() {
    let (_a, first, _) = made(DemoSize::small(), 42);
    let (_b, second, _) = made(DemoSize::small(), 42);
    assert_eq!(everything(&first), everything(&second));
    let (_c, other, _) = made(DemoSize::small(), 43);
    assert_ne!(everything(&first), everything(&other));
}

#[test]
fn counts_match_the_size() {
    for size in [DemoSize::small(), DemoSize::for_meetings(2000)] {
        let (_dir, store, report) = made(size, 7);
        let expected = DemoReport {
            facilities: 38,
            ngos: size.ngos,
            people: size.people,
            assignments: size.assignments,
            agreements: size.agreements,
            meetings: size.meetings,
            action_items: report.action_items,
        };
        assert_eq!(report, expected);
        assert!(report.action_items > 0, "held meetings leave action items");
        assert_eq!(store.count(Kind::ActionItem), report.action_items);
        assert_eq!(store.count(Kind::Facility), 38);
        assert_eq!(store.count(Kind::Organisation), size.ngos);
        assert_eq!(store.count(Kind::Person), size.people);
        assert_eq!(store.count(Kind::Assignment), size.assignments);
        assert_eq!(store.count(Kind::Agreement), size.agreements);
        assert_eq!(store.count(Kind::Meeting), size.meetings);
    }
}

#[test]
fn the_benchmark_scale_has_the_designed_proportions() {
    let size = DemoSize::for_meetings(100_000);
    assert_eq!(
        (size.agreements, size.people, size.ngos, size.assignments),
        (10_000, 5_000, 1_000, 7_500)
    );
}

#[test]
fn every_record_passes_its_own_validation() {
    let (_dir, store, _) = made(DemoSize::small(), 1);
    for record in everything(&store) {
        // As a form does: the fields it shows, plus what it keeps (a lifecycle log).
        let again = Record::from_values(record.kind(), record.meta().clone(), &record.values())
            .map(|mut r| {
                r.keep_from(&record);
                r
            });
        assert_eq!(again.as_ref(), Ok(&record), "{record:?}");
    }
}

#[test]
fn every_status_and_kind_occurs_and_dates_fit_the_status() {
    let (_dir, store, _) = made(DemoSize::small(), 1);
    let agreements = store.all::<Agreement>().expect("agreements");
    for status in AgreementStatus::ALL {
        assert!(agreements.iter().any(|a| a.status == *status), "{status:?}");
    }
    let today = today();
    for a in &agreements {
        match a.status {
            AgreementStatus::Draft | AgreementStatus::Negotiating => {
                assert_eq!(a.signed_on, None, "{a:?}")
            }
            AgreementStatus::Signed => {
                assert!(a.signed_on.is_some_and(|d| d <= today), "{a:?}");
                assert!(a.valid_until.is_none_or(|d| d >= today), "{a:?}");
            }
            AgreementStatus::Expired | AgreementStatus::Terminated => {
                assert!(a.valid_until.is_some_and(|d| d < today), "{a:?}")
            }
        }
    }
    assert!(agreements.iter().any(|a| a.replaces.is_some()), "renewals");
    assert!(
        agreements
            .iter()
            .any(|a| a.status == AgreementStatus::Signed
                && a.valid_until.is_some_and(|d| (d - today).num_days() <= 90)),
        "agreements ending soon, for the dashboard"
    );
    let meetings = store.all::<Meeting>().expect("meetings");
    for status in MeetingStatus::ALL {
        assert!(meetings.iter().any(|m| m.status == *status), "{status:?}");
    }
    for kind in MeetingKind::ALL {
        assert!(meetings.iter().any(|m| m.kind == *kind), "{kind:?}");
    }
    for m in &meetings {
        assert!((1..=6).contains(&m.attendees.len()), "{m:?}");
        if m.status == MeetingStatus::Planned {
            assert!(m.start.date() >= today, "{m:?}");
        }
        if m.status == MeetingStatus::Held {
            assert!(m.start.date() < today && !m.minutes.is_empty(), "{m:?}");
        }
    }
    let people = store.all::<Person>().expect("people");
    assert!(people.iter().all(|p| p.email.is_ascii()));
    assert!(people.iter().all(|p| p.phone.starts_with("+420 ")));
    let orgs = store.all::<Organisation>().expect("orgs");
    assert_eq!(orgs[0].name, "RUBIKON Centrum");
    assert!(orgs.iter().all(|o| (1..=4).contains(&o.regions.len())));
    assert!(orgs.iter().all(|o| (1..=5).contains(&o.services.len())));
}

#[test]
fn a_database_with_records_is_refused() {
    let (_dir, store, _) = made(DemoSize::small(), 1);
    let before = everything(&store).len();
    match demo::generate(&store, DemoSize::small(), 1, today()) {
        Err(e @ DemoError::NotEmpty(_)) => assert!(e.to_string().contains("--db"), "{e}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(everything(&store).len(), before);
}

#[test]
fn action_items_come_from_held_meetings_and_some_are_overdue() {
    let (_dir, store, _) = made(DemoSize::small(), 1);
    let today = today();
    let items = store.all::<ActionItem>().expect("action items");
    let meetings = store.all::<Meeting>().expect("meetings");
    for item in &items {
        let meeting = meetings
            .iter()
            .find(|m| Some(m.meta.id) == item.meeting)
            .expect("an item's meeting exists");
        assert_eq!(meeting.status, MeetingStatus::Held, "{item:?}");
        assert!(meeting.attendees.contains(&item.owner), "{item:?}");
        assert!(
            item.due.is_some_and(|d| d > meeting.start.date()),
            "{item:?}"
        );
    }
    let open = |i: &&ActionItem| i.status == ActionStatus::Open;
    assert!(
        items
            .iter()
            .filter(open)
            .any(|i| i.due.is_some_and(|d| d < today)),
        "overdue ones, for the dashboard"
    );
    assert!(items.iter().any(|i| i.status == ActionStatus::Done));
}

/// Most assignments are an NGO's coordinator, every role of the list comes
/// up, "other" always says what it is; facilities with staff among the
/// people have one of them as their liaison.
#[test]
fn assignments_have_realistic_roles_and_facilities_their_liaisons() {
    let (_dir, store, _) = made(DemoSize::small(), 5);
    let assignments: Vec<Assignment> = store.all().expect("read");
    let count = |role| assignments.iter().filter(|a| a.role == role).count();
    let coordinators = count(AssignmentRole::NgoCoordinator);
    assert!(
        coordinators * 3 > assignments.len(),
        "{coordinators} of {}",
        assignments.len()
    );
    for role in AssignmentRole::ALL {
        assert!(count(*role) > 0, "{role:?}");
    }
    assert!(
        assignments
            .iter()
            .all(|a| (a.role == AssignmentRole::Other) != a.role_note.is_empty())
    );
    let people: Vec<Person> = store.all().expect("read");
    let facilities: Vec<Facility> = store.all().expect("read");
    let liaised: Vec<&Facility> = facilities
        .iter()
        .filter(|f| f.coordinator.is_some())
        .collect();
    assert!(!liaised.is_empty());
    for facility in liaised {
        let liaison = people
            .iter()
            .find(|p| Some(p.meta.id) == facility.coordinator)
            .expect("the liaison is a person");
        assert_eq!(liaison.facility, Some(facility.meta.id), "one of its staff");
    }
}
