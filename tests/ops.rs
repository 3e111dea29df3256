//! Operations: all or nothing at any size, our own ids, the operation log,
//! revertible history, size caps and unreadable records skipped and named.

mod common;

use common::store::reopen;
use spojka::domain::*;
use spojka::sample::{self, at};
use spojka::store::{Edit, OpKind, OpState, Store, StoreError, audit::Change, limits};

fn now() -> Timestamp {
    sample::epoch()
}

fn meetings(n: usize, facility: Id) -> Vec<Edit> {
    (0..n)
        .map(|i| {
            let start = at(2026, 1, 1, 8, 0) + chrono::Duration::hours(i as i64);
            Edit::Save(sample::meeting(&format!("M{i}"), Some(facility), start).into())
        })
        .collect()
}

#[test]
fn a_series_split_saves_both_or_neither() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let f = store
        .save(
            sample::facility("Věznice Plzeň", Region::Plzensky).into(),
            "t",
            now(),
        )
        .expect("facility");
    let series = store
        .save(
            sample::meeting("Series", Some(f.id()), at(2026, 1, 5, 10, 0)).into(),
            "t",
            now(),
        )
        .expect("series");
    let new = sample::meeting("One", Some(f.id()), at(2026, 1, 12, 10, 0));
    // A stale series: the whole split is refused, the new meeting included.
    let mut stale = series.clone();
    stale.meta_mut().version = 99;
    let err = store.save_several(vec![new.clone().into(), stale], "t", now());
    assert!(matches!(err, Err(StoreError::Conflict { .. })), "{err:?}");
    assert_eq!(store.count(Kind::Meeting), 1);
    let saved = store
        .save_several(vec![new.into(), series], "t", now())
        .expect("split");
    assert_eq!(saved.len(), 2);
    assert_eq!(store.count(Kind::Meeting), 2);
    let log = store.op_log().expect("log");
    let (_, last) = log.last().expect("an operation");
    assert_eq!(
        (last.kind, last.state, last.entries),
        (OpKind::SaveSeveral, OpState::Committed, 2)
    );
}

#[test]
fn a_large_operation_never_committed_is_rolled_back_at_open() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (facility, kept) = {
        let store = Store::open(dir.path()).expect("open");
        let f = store
            .save(
                sample::facility("Věznice Mírov", Region::Olomoucky).into(),
                "t",
                now(),
            )
            .expect("facility");
        let kept = store
            .insert_bulk(
                vec![sample::meeting("Kept", Some(f.id()), at(2026, 1, 1, 9, 0)).into()],
                "t",
                now(),
            )
            .expect("kept");
        let mut op = store.begin(OpKind::Import, "t", now());
        op.write(meetings(2500, f.id())).expect("chunks written");
        let mut changed = kept[0].clone();
        if let Record::Meeting(m) = &mut changed {
            m.title = "Changed by the lost operation".into();
        }
        op.write(vec![Edit::Save(changed)]).expect("update staged");
        // The process dies here: the operation never commits.
        std::mem::forget(op);
        (f, kept[0].clone())
    };
    let store = reopen(dir.path());
    assert_eq!(
        store.all_records(Kind::Meeting).expect("read"),
        vec![kept.clone()]
    );
    assert_eq!(
        store
            .referrers(Kind::Facility, facility.id())
            .expect("refs"),
        vec![(Kind::Meeting, kept.id())]
    );
    let log = store.op_log().expect("log");
    assert!(
        log.iter().any(|(_, e)| e.state == OpState::RolledBack),
        "{log:?}"
    );
    let report = store.check(false).expect("check");
    assert!(report.problems.is_empty(), "{:?}", report.problems);
}

#[test]
fn a_bulk_insert_that_fails_part_way_leaves_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let f = store
        .save(
            sample::facility("Věznice Rýnovice", Region::Liberecky).into(),
            "t",
            now(),
        )
        .expect("facility");
    let mut records: Vec<Record> = meetings(2500, f.id())
        .into_iter()
        .filter_map(|e| match e {
            Edit::Save(r) => Some(r),
            Edit::Delete(..) | Edit::Put(_) => None,
        })
        .collect();
    records.push(sample::meeting("Dangling", Some(9999), at(2026, 2, 1, 9, 0)).into());
    let err = store.insert_bulk(records, "t", now());
    assert!(matches!(err, Err(StoreError::Dangling { .. })), "{err:?}");
    assert_eq!(store.count(Kind::Meeting), 0);
    assert!(store.history(Kind::Meeting, 3).expect("history").is_empty());
    assert!(store.check(false).expect("check").problems.is_empty());
}

#[test]
fn ids_come_from_our_counters_and_continue_after_reopening() {
    let dir = tempfile::tempdir().expect("tempdir");
    let first = {
        let store = Store::open(dir.path()).expect("open");
        let a = store
            .save(sample::facility("A", Region::Praha).into(), "t", now())
            .expect("a");
        let b = store
            .save(sample::facility("B", Region::Praha).into(), "t", now())
            .expect("b");
        assert_eq!((a.id(), b.id()), (1, 2));
        store
            .delete(Kind::Facility, b.id(), "t", now())
            .expect("delete");
        store.counters()
    };
    let store = reopen(dir.path());
    assert_eq!(store.counters(), first);
    let c = store
        .save(sample::facility("C", Region::Praha).into(), "t", now())
        .expect("c");
    assert_eq!(c.id(), 3, "a deleted record's id is not given out again");
}

#[test]
fn history_keeps_typed_values_and_the_operation() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let a = store
        .save(sample::facility("Před", Region::Praha).into(), "t", now())
        .expect("a");
    let mut b = a.clone();
    if let Record::Facility(f) = &mut b {
        f.name = "Po".into();
    }
    let b = store.save(b, "t", now()).expect("b");
    let history = store.history(Kind::Facility, a.id()).expect("history");
    assert_eq!(history.len(), 2);
    assert!(history.iter().all(|e| e.revertible() && e.op.is_some()));
    let (before, after) = store.entry_values(&history[1]).expect("values");
    assert_eq!((before, after), (Some(a), Some(b)));
}

#[test]
fn values_over_the_limits_are_refused_naming_the_record() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let mut m = sample::meeting("Dlouhá", None, at(2026, 1, 1, 9, 0));
    m.notes = "x".repeat(limits::TEXT_LIMIT + 1);
    match store.save(m.clone().into(), "t", now()) {
        Err(e @ StoreError::TooLarge { .. }) => {
            let text = e.to_string();
            assert!(
                text.contains("“Dlouhá”") && text.contains("notes"),
                "{text}"
            );
        }
        other => panic!("{other:?}"),
    }
    m.notes = "x".repeat(limits::TEXT_LIMIT);
    m.agenda = "y".repeat(limits::TEXT_LIMIT);
    m.minutes = "z".repeat(limits::TEXT_LIMIT);
    m.place = "p".repeat(limits::TEXT_LIMIT);
    assert!(matches!(
        store.save(m.into(), "t", now()),
        Err(StoreError::TooLarge { .. })
    ));
    assert!(store.is_empty());
    // Right at the limits, a record and its history entry store and read back.
    let mut ok = sample::meeting("Plná", None, at(2026, 1, 1, 9, 0));
    ok.notes = "č".repeat(limits::TEXT_LIMIT / 2);
    ok.agenda = "a".repeat(limits::TEXT_LIMIT);
    let saved = store.save(ok.into(), "t", now()).expect("at the limit");
    assert_eq!(
        store.all_records(Kind::Meeting).expect("read"),
        vec![saved.clone()]
    );
    assert_eq!(
        store
            .history(Kind::Meeting, saved.id())
            .expect("history")
            .len(),
        1
    );
}

#[test]
fn an_unreadable_record_is_skipped_named_and_quarantined() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("db");
    {
        let store = Store::open(&path).expect("open");
        for name in ["A", "B", "C"] {
            store
                .save(sample::facility(name, Region::Praha).into(), "t", now())
                .expect("save");
        }
    }
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
        let tree = db.open_tree("facilities").expect("tree");
        tree.insert(2u64.to_be_bytes(), vec![2u8, 0xFF, 0xFF, 0xFF])
            .expect("garble");
        db.flush().expect("flush");
    }
    let store = reopen(&path);
    let read = store.all_records(Kind::Facility).expect("the others read");
    assert_eq!(
        read.iter().map(Record::title).collect::<Vec<_>>(),
        ["A", "C"]
    );
    assert_eq!(store.unreadable()[0].what, "facilities #2");
    let report = store.check(false).expect("check");
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.starts_with("facilities #2 cannot be read")),
        "{:?}",
        report.problems
    );
    let fixed = store.check(true).expect("quarantine");
    assert_eq!(fixed.quarantined.len(), 1);
    let again = store.check(false).expect("check again");
    assert!(again.problems.is_empty(), "{:?}", again.problems);
}

#[test]
fn entries_from_before_operations_read_and_are_not_revertible() {
    #[derive(serde::Serialize)]
    struct EntryV2 {
        at: Timestamp,
        who: String,
        kind: Kind,
        id: Id,
        change: Change,
        fields: Vec<spojka::store::audit::FieldChange>,
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let a = store
        .save(sample::facility("Stará", Region::Praha).into(), "t", now())
        .expect("a");
    let old = EntryV2 {
        at: now(),
        who: "someone".into(),
        kind: Kind::Facility,
        id: a.id(),
        change: Change::Updated,
        fields: Vec::new(),
    };
    let bytes = spojka::store::codec::encode_as(2, &old);
    let entry = spojka::store::audit::decode(&bytes, 0).expect("version 2 entry reads");
    assert_eq!(
        (entry.who.as_str(), entry.op, entry.revertible()),
        ("someone", None, false)
    );
}
