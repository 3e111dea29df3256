//! The bulk insert writes what the same records saved one by one would: the
//! records, their index keys and one `Created` audit entry each.

use spojka::domain::*;
use spojka::sample::{self, at};
use spojka::store::audit::Change;
use spojka::store::{Store, StoreError};

fn now() -> Timestamp {
    sample::epoch() + chrono::Duration::days(3)
}

/// Saves records one by one, the way a person using the app does.
fn save_each(store: &Store, records: &[Record]) -> Vec<Record> {
    records
        .iter()
        .map(|r| store.save(r.clone(), "tester", now()).expect("save"))
        .collect()
}

/// The same small world, kind after kind, into two fresh stores: one with
/// `save`, one with `insert_bulk`. Returns what each stored.
fn both_ways(saved: &Store, bulk: &Store) -> (Vec<Record>, Vec<Record>) {
    let mut all_saved = Vec::new();
    let mut all_bulk = Vec::new();
    let mut step = |records: Vec<Record>| -> Vec<Record> {
        let a = save_each(saved, &records);
        let b = bulk.insert_bulk(records, "tester", now()).expect("bulk");
        assert_eq!(a, b, "the same ids, versions and timestamps");
        all_saved.extend(a);
        all_bulk.extend(b.clone());
        b
    };
    let facilities = step(vec![
        sample::facility("Věznice Plzeň", Region::Plzensky).into(),
        sample::facility("Věznice Brno", Region::Jihomoravsky).into(),
    ]);
    let (plzen, brno) = (facilities[0].id(), facilities[1].id());
    let orgs = step(vec![sample::organisation("Romodrom").into()]);
    let org = orgs[0].id();
    let people = step(vec![
        sample::person("Eva Dvořáková", Some(org)).into(),
        sample::person("Jan Novák", Some(org)).into(),
    ]);
    let (eva, jan) = (people[0].id(), people[1].id());
    step(vec![
        sample::assignment(eva, plzen).into(),
        sample::assignment(jan, brno).into(),
    ]);
    let first = step(vec![
        sample::agreement("Dluhové poradenství", org, vec![plzen, brno]).into(),
    ]);
    let mut renewal = sample::agreement("Dluhové poradenství 2027", org, vec![plzen]);
    renewal.replaces = Some(first[0].id());
    step(vec![renewal.into()]);
    let mut held = sample::meeting("Koordinační schůzka", Some(plzen), at(2026, 3, 2, 9, 0));
    held.organiser = Some(eva);
    held.attendees = vec![eva, jan];
    held.status = MeetingStatus::Held;
    step(vec![
        sample::meeting("Návštěva", Some(brno), at(2026, 5, 1, 10, 0)).into(),
        held.into(),
        sample::meeting("Online", None, at(2027, 1, 1, 9, 0)).into(),
    ]);
    (all_saved, all_bulk)
}

#[test]
fn bulk_inserted_records_read_back_and_answer_like_saved_ones() {
    let (dir_a, dir_b) = (
        tempfile::tempdir().expect("a"),
        tempfile::tempdir().expect("b"),
    );
    let saved = Store::open(dir_a.path()).expect("open a");
    let bulk = Store::open(dir_b.path()).expect("open b");
    let (_, records) = both_ways(&saved, &bulk);

    for kind in Kind::ALL {
        let stored: Vec<Record> = records
            .iter()
            .filter(|r| r.kind() == kind)
            .cloned()
            .collect();
        assert_eq!(bulk.all_records(kind).expect("all"), stored, "{kind:?}");
        assert_eq!(saved.all_records(kind).expect("all"), stored, "{kind:?}");
    }
    for record in &records {
        let (kind, id) = (record.kind(), record.id());
        assert_eq!(
            bulk.referrers(kind, id).expect("refs"),
            saved.referrers(kind, id).expect("refs"),
            "referrers of {kind:?} #{id}"
        );
        let history = bulk.history(kind, id).expect("history");
        assert_eq!(history.len(), 1, "{kind:?} #{id}");
        assert_eq!(history[0].change, Change::Created);
        // The same entries, but written by different operations: one bulk
        // insert there, one save per record here.
        let without_op = |mut entries: Vec<spojka::store::audit::AuditEntry>| {
            entries.iter_mut().for_each(|e| e.op = None);
            entries
        };
        assert_eq!(
            without_op(history),
            without_op(saved.history(kind, id).expect("history"))
        );
    }
    let range = (at(2026, 1, 1, 0, 0), at(2026, 12, 31, 0, 0));
    let starting = bulk.meetings_starting(range.0, range.1).expect("range");
    assert_eq!(starting.len(), 2);
    assert_eq!(
        starting,
        saved.meetings_starting(range.0, range.1).expect("range")
    );
}

#[test]
fn references_name_their_targets_in_the_audit_entry() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let orgs = store
        .insert_bulk(
            vec![sample::organisation("Romodrom").into()],
            "tester",
            now(),
        )
        .expect("bulk");
    let person = sample::person("Eva Dvořáková", Some(orgs[0].id()));
    let people = store
        .insert_bulk(vec![person.into()], "tester", now())
        .expect("bulk");
    let history = store
        .history(Kind::Person, people[0].id())
        .expect("history");
    let org_field = history[0]
        .fields
        .iter()
        .find(|f| f.field == "organisation")
        .expect("organisation field");
    assert_eq!(org_field.after, format!("Romodrom (#{})", orgs[0].id()));
}

#[test]
fn a_dangling_reference_refuses_the_whole_call() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let good = sample::meeting("Dobrá", None, at(2026, 3, 2, 9, 0));
    let bad = sample::meeting("Špatná", Some(999), at(2026, 3, 3, 9, 0));
    match store.insert_bulk(vec![good.into(), bad.into()], "tester", now()) {
        Err(StoreError::Dangling { kind, id }) => {
            assert_eq!((kind, id), (Kind::Facility, 999));
        }
        other => panic!("expected a dangling reference, got {other:?}"),
    }
    assert!(store.is_empty());
    let everything = (at(1900, 1, 1, 0, 0), at(2100, 1, 1, 0, 0));
    assert!(
        store
            .meetings_starting(everything.0, everything.1)
            .expect("range")
            .is_empty()
    );
}

#[test]
fn a_stored_record_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let stored = store
        .save(sample::organisation("Romodrom").into(), "tester", now())
        .expect("save");
    match store.insert_bulk(vec![stored.clone()], "tester", now()) {
        Err(StoreError::NotNew { kind, id }) => {
            assert_eq!((kind, id), (Kind::Organisation, stored.id()));
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(store.count(Kind::Organisation), 1);
}
