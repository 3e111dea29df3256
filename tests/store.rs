//! The store: round trips, reopening, indexes, integrity, lock, format version.

mod common;

use common::store::reopen;
use spojka::domain::*;
use spojka::sample::{self, at};
use spojka::store::audit::Change;
use spojka::store::{Store, StoreError};

fn now() -> Timestamp {
    sample::epoch()
}

fn save<T: Entity>(store: &Store, record: T) -> Record {
    store.save(record.into(), "tester", now()).expect("save")
}

#[test]
fn every_kind_round_trips_and_survives_reopening() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("db");
    let saved = {
        let store = Store::open(&path).expect("open");
        let f = save(&store, sample::facility("Věznice Plzeň", Region::Plzensky));
        let mut org = sample::organisation("Společnost Podané ruce");
        org.ico = "00064581".into();
        org.regions = vec![Region::Jihomoravsky, Region::Praha];
        org.services = vec![Service::Addiction, Service::Housing];
        let o = save(&store, org);
        let p = save(&store, sample::person("Jana Nováková", Some(o.id())));
        let a = save(&store, sample::assignment(p.id(), f.id()));
        let mut m = sample::meeting("Koordinační schůzka", Some(f.id()), at(2026, 3, 3, 10, 0));
        m.attendees = vec![p.id()];
        let m = save(&store, m);
        let g = save(
            &store,
            sample::agreement("Dohoda o spolupráci", o.id(), vec![f.id()]),
        );
        vec![f, o, p, a, m, g]
    };
    let store = reopen(&path);
    for record in &saved {
        assert_ne!(record.id(), 0);
        assert_eq!(record.meta().version, 1);
        let loaded = store.get(record.kind(), record.id()).expect("get");
        assert_eq!(loaded.as_ref(), Some(record), "{:?}", record.kind());
        assert_eq!(
            store.all_records(record.kind()).expect("all"),
            vec![record.clone()]
        );
    }
}

#[test]
fn indexes_follow_create_edit_archive_and_delete() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let plzen = save(&store, sample::facility("Věznice Plzeň", Region::Plzensky)).id();
    let brno = save(
        &store,
        sample::facility("Vazební věznice Brno", Region::Jihomoravsky),
    )
    .id();
    let person = save(&store, sample::person("Petr Svoboda", None)).id();
    let Record::Assignment(mut assignment) = save(&store, sample::assignment(person, plzen)) else {
        panic!("assignment")
    };
    let id = assignment.meta.id;
    assert_eq!(
        store.referrers(Kind::Facility, plzen).expect("refs"),
        vec![(Kind::Assignment, id)]
    );
    assert_eq!(
        store.referrers(Kind::Person, person).expect("refs"),
        vec![(Kind::Assignment, id)]
    );

    assignment.facility = brno;
    let Record::Assignment(mut assignment) = save(&store, assignment) else {
        panic!("assignment")
    };
    assert!(
        store
            .referrers(Kind::Facility, plzen)
            .expect("refs")
            .is_empty()
    );
    assert_eq!(
        store.referrers(Kind::Facility, brno).expect("refs"),
        vec![(Kind::Assignment, id)]
    );

    assignment.meta.archived = true;
    save(&store, assignment);
    assert_eq!(
        store.referrers(Kind::Facility, brno).expect("refs"),
        vec![(Kind::Assignment, id)]
    );

    store
        .delete(Kind::Assignment, id, "tester", now())
        .expect("delete");
    assert!(
        store
            .referrers(Kind::Facility, brno)
            .expect("refs")
            .is_empty()
    );
    assert!(
        store
            .referrers(Kind::Person, person)
            .expect("refs")
            .is_empty()
    );
}

#[test]
fn meetings_are_indexed_by_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let late = save(&store, sample::meeting("B", None, at(2026, 5, 1, 9, 0))).id();
    let early = save(&store, sample::meeting("A", None, at(2026, 4, 1, 9, 0))).id();
    let _outside = save(&store, sample::meeting("C", None, at(2027, 1, 1, 9, 0))).id();
    let ids = store
        .meetings_starting(at(2026, 1, 1, 0, 0), at(2026, 12, 31, 0, 0))
        .expect("range");
    assert_eq!(ids, vec![early, late]);
    let Some(Record::Meeting(mut m)) = store.get(Kind::Meeting, early).expect("get") else {
        panic!()
    };
    m.start = at(2026, 6, 1, 9, 0);
    m.end = at(2026, 6, 1, 10, 0);
    save(&store, m);
    let ids = store
        .meetings_starting(at(2026, 1, 1, 0, 0), at(2026, 12, 31, 0, 0))
        .expect("range");
    assert_eq!(ids, vec![late, early]);
}

#[test]
fn a_referenced_record_cannot_be_deleted_and_refs_must_exist() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let org = save(&store, sample::organisation("Romodrom")).id();
    let person = save(&store, sample::person("Eva Dvořáková", Some(org))).id();
    match store.delete(Kind::Organisation, org, "tester", now()) {
        Err(StoreError::Referenced { by, .. }) => assert_eq!(by, vec![(Kind::Person, person)]),
        other => panic!("expected Referenced, got {other:?}"),
    }
    assert!(store.get(Kind::Organisation, org).expect("get").is_some());
    match store.save(
        sample::person("Nikdo", Some(999_999)).into(),
        "tester",
        now(),
    ) {
        Err(StoreError::Dangling {
            kind: Kind::Organisation,
            id: 999_999,
        }) => {}
        other => panic!("expected Dangling, got {other:?}"),
    }
}

#[test]
fn a_stale_version_is_a_conflict() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let first = save(&store, sample::organisation("Rubikon"));
    let mut second = first.clone();
    store.save(first, "tester", now()).expect("save");
    second.meta_mut().archived = true;
    assert!(matches!(
        store.save(second, "tester", now()),
        Err(StoreError::Conflict {
            yours: 1,
            stored: 2,
            ..
        })
    ));
}

#[test]
fn history_records_who_changed_which_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let f = save(&store, sample::facility("Věznice Mírov", Region::Olomoucky)).id();
    let Record::Person(mut p) = save(&store, sample::person("Jan Malý", None)) else {
        panic!()
    };
    p.surname = "Velký".into();
    p.facility = Some(f);
    let p = save(&store, p);
    let history = store.history(Kind::Person, p.id()).expect("history");
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].change, Change::Created);
    assert_eq!(history[1].change, Change::Updated);
    assert_eq!(history[1].who, "tester");
    let fields: Vec<(&str, &str, &str)> = history[1]
        .fields
        .iter()
        .map(|c| (c.field.as_str(), c.before.as_str(), c.after.as_str()))
        .collect();
    let facility_text = format!("Věznice Mírov (#{f})");
    assert_eq!(
        fields,
        vec![
            ("surname", "Malý", "Velký"),
            ("facility", "", facility_text.as_str())
        ]
    );

    // Deleting a person erases their history: personal data goes on request.
    store
        .delete(Kind::Person, p.id(), "tester", now())
        .expect("delete");
    let history = store.history(Kind::Person, p.id()).expect("history");
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].change, Change::Erased);
    assert!(history[0].fields.is_empty());
}

#[test]
fn a_second_open_of_the_same_database_says_it_is_in_use() {
    let dir = tempfile::tempdir().expect("tempdir");
    let _first = Store::open(dir.path()).expect("open");
    match Store::open(dir.path()) {
        Err(e @ StoreError::Locked { .. }) => {
            let message = e.to_string();
            assert!(
                message.contains(&dir.path().display().to_string()),
                "{message}"
            );
            assert!(message.contains("in use"), "{message}");
        }
        Err(other) => panic!("expected Locked, got {other}"),
        Ok(_) => panic!("expected Locked, got a second store"),
    }
}

#[test]
fn a_value_from_a_newer_format_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("db");
    {
        let store = Store::open(&path).expect("open");
        save(&store, sample::organisation("Z budoucnosti"));
    }
    {
        // Rewrite the stored value's version byte as a future binary would.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let db = loop {
            match sled::open(&path) {
                Ok(db) => break db,
                Err(_) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(20))
                }
                Err(e) => panic!("raw open: {e}"),
            }
        };
        let tree = db.open_tree("ngos").expect("tree");
        let (key, value) = tree.iter().next().expect("one").expect("item");
        let mut bytes = value.to_vec();
        bytes[0] = spojka::store::codec::FORMAT_VERSION + 1;
        tree.insert(key, bytes).expect("insert");
        db.flush().expect("flush");
    }
    let store = reopen(&path);
    // Reading the kind skips the value it cannot read and names it, so one
    // bad record does not hide the others.
    let read = store.all_records(Kind::Organisation).expect("reads");
    assert!(read.is_empty());
    let bad = store.unreadable();
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert!(bad[0].what.contains("ngos #"), "{bad:?}");
    assert!(
        bad[0].reason.contains("newer than this spojka understands"),
        "{bad:?}"
    );
    let id = 1;
    let err = store
        .get(Kind::Organisation, id)
        .expect_err("newer format refused");
    assert!(
        err.to_string()
            .contains("newer than this spojka understands"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn database_files_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("data").join("db");
    {
        let store = Store::open(&path).expect("open");
        save(&store, sample::organisation("Tajná"));
    }
    reopen(&path);
    let mut checked = 0;
    let mut stack = vec![path.clone()];
    while let Some(p) = stack.pop() {
        let meta = std::fs::metadata(&p).expect("meta");
        let mode = meta.permissions().mode() & 0o777;
        if meta.is_dir() {
            assert_eq!(mode, 0o700, "{}", p.display());
            stack.extend(
                std::fs::read_dir(&p)
                    .expect("dir")
                    .map(|e| e.expect("entry").path()),
            );
        } else {
            assert_eq!(mode, 0o600, "{}", p.display());
        }
        checked += 1;
    }
    assert!(checked > 2);
}

#[test]
fn a_meeting_written_by_format_version_1_still_reads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("db");
    drop(Store::open(&path).expect("create"));
    {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let db = loop {
            match sled::open(&path) {
                Ok(db) => break db,
                Err(_) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(20))
                }
                Err(e) => panic!("raw open: {e}"),
            }
        };
        let hex = std::fs::read_to_string("tests/fixtures/format_v1/meeting.hex").expect("fixture");
        let digits: Vec<u8> = hex.bytes().filter(u8::is_ascii_hexdigit).collect();
        let bytes: Vec<u8> = digits
            .chunks(2)
            .map(|p| u8::from_str_radix(std::str::from_utf8(p).expect("ascii"), 16).expect("hex"))
            .collect();
        db.open_tree("meetings")
            .expect("tree")
            .insert(7u64.to_be_bytes(), bytes)
            .expect("insert");
        db.flush().expect("flush");
    }
    let store = reopen(&path);
    let meetings = store.all::<Meeting>().expect("reads version 1");
    assert_eq!(meetings.len(), 1);
    assert_eq!(meetings[0].title, "Porada");
    assert_eq!(meetings[0].recurrence, None);
    assert!(meetings[0].notes.is_empty());
}

/// A facility's liaison is a reference like the others: the person cannot
/// be deleted while named, and can once the facility names someone else.
#[test]
fn a_facilitys_liaison_cannot_be_deleted_while_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let person = save(&store, sample::person("Petr Svoboda", None)).id();
    let mut plzen = sample::facility("Věznice Plzeň", Region::Plzensky);
    plzen.coordinator = Some(person);
    let Record::Facility(mut plzen) = save(&store, plzen) else {
        panic!("a facility")
    };
    assert_eq!(
        store.referrers(Kind::Person, person).expect("refs"),
        vec![(Kind::Facility, plzen.meta.id)]
    );
    match store.delete(Kind::Person, person, "tester", now()) {
        Err(StoreError::Referenced { by, .. }) => {
            assert_eq!(by, vec![(Kind::Facility, plzen.meta.id)]);
        }
        other => panic!("expected Referenced, got {other:?}"),
    }
    plzen.coordinator = None;
    save(&store, *plzen);
    store
        .delete(Kind::Person, person, "tester", now())
        .expect("deleted once no longer named");
}
