//! Backup and restore: the same exports and history afterwards, fresh ids
//! that overwrite nothing, a damaged file refused; and the commands.

mod common;

use common::binary::spojka;
use spojka::domain::*;
use spojka::sample::{self, at};
use spojka::store::{Store, StoreError};

fn now() -> Timestamp {
    sample::epoch()
}

/// A store with records of several kinds, edits and a deletion.
fn filled(path: &std::path::Path) -> Store {
    let store = Store::open(path).expect("open");
    let f = store
        .save(
            sample::facility("Věznice Plzeň", Region::Plzensky).into(),
            "a",
            now(),
        )
        .expect("facility");
    let o = store
        .save(sample::organisation("Romodrom").into(), "a", now())
        .expect("ngo");
    let p = store
        .save(sample::person("Jana", Some(o.id())).into(), "b", now())
        .expect("person");
    let mut m = sample::meeting("Porada", Some(f.id()), at(2026, 3, 3, 10, 0));
    m.attendees = vec![p.id()];
    let m = store.save(m.into(), "a", now()).expect("meeting");
    let mut edited = m.clone();
    if let Record::Meeting(m) = &mut edited {
        m.title = "Porada – změna".into();
    }
    store.save(edited, "b", now()).expect("edit");
    let gone = store
        .save(
            sample::facility("Zrušená", Region::Praha).into(),
            "a",
            now(),
        )
        .expect("gone");
    store
        .delete(Kind::Facility, gone.id(), "a", now())
        .expect("delete");
    store
}

fn snapshot(store: &Store) -> Vec<(Vec<Record>, Vec<Vec<spojka::store::audit::AuditEntry>>)> {
    Kind::ALL
        .iter()
        .map(|kind| {
            let records = store.all_records(*kind).expect("records");
            let history = (1..=8)
                .map(|id| store.history(*kind, id).expect("history"))
                .collect();
            (records, history)
        })
        .collect()
}

#[test]
fn a_restored_database_holds_the_same_records_history_and_log() {
    let dir = tempfile::tempdir().expect("tempdir");
    let original = filled(&dir.path().join("a"));
    let mut bytes = Vec::new();
    let tally = original.backup(&mut bytes, now()).expect("backup");
    assert_eq!(tally.records, 4);
    let restored = Store::open(&dir.path().join("b")).expect("open b");
    restored
        .restore_from(&mut bytes.as_slice(), "c", now())
        .expect("restore");
    assert_eq!(snapshot(&restored), snapshot(&original));
    let ops = original.op_log().expect("log").len();
    assert_eq!(
        restored.op_log().expect("log").len(),
        ops + 1,
        "plus the restore"
    );
    // A new record gets an id above every restored one, deleted ones included.
    let highest = original.counters();
    let new = restored
        .save(sample::facility("Nová", Region::Praha).into(), "c", now())
        .expect("new");
    assert!(
        new.id() >= highest.next_id,
        "{} < {}",
        new.id(),
        highest.next_id
    );
    assert_eq!(restored.count(Kind::Facility), 2);
    assert!(restored.check(false).expect("check").problems.is_empty());
}

#[test]
fn a_damaged_or_cut_backup_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let original = filled(&dir.path().join("a"));
    let mut bytes = Vec::new();
    original.backup(&mut bytes, now()).expect("backup");
    let text = String::from_utf8(bytes).expect("utf-8");
    let changed = text.replacen("Porada", "Parada", 1);
    let cut: String = text.lines().take(3).map(|l| format!("{l}\n")).collect();
    for (name, bad) in [("changed", changed), ("cut", cut)] {
        let store = Store::open(&dir.path().join(name)).expect("open");
        match store.restore_from(&mut bad.as_bytes(), "c", now()) {
            Err(StoreError::BadBackup { .. }) => {}
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn the_commands_back_up_check_restore_and_compact() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    drop(filled(&db));
    let file = dir.path().join("all.backup");
    let out = spojka(&db, &["backup", file.to_str().expect("path")]);
    assert!(out.status.success(), "{out:?}");
    let out = spojka(&db, &["check"]);
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("all is well"));
    // The command made the day's automatic backup beside the database.
    let daily = std::fs::read_dir(dir.path().join("backups"))
        .expect("backups")
        .count();
    assert_eq!(daily, 1);
    let out = spojka(&db, &["compact"]);
    assert!(out.status.success(), "{out:?}");
    let other = dir.path().join("other");
    let out = spojka(&other, &["restore", file.to_str().expect("path")]);
    assert!(out.status.success(), "{out:?}");
    let out = spojka(&other, &["restore", file.to_str().expect("path")]);
    assert!(
        !out.status.success(),
        "a database with records needs --force"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--force"),
        "{out:?}"
    );
    for kind in Kind::ALL.map(Kind::plural) {
        let a = spojka(
            &db,
            &["export", "--kind", kind, "--format", "json", "--archived"],
        );
        let b = spojka(
            &other,
            &["export", "--kind", kind, "--format", "json", "--archived"],
        );
        assert_eq!(a.stdout, b.stdout, "{kind}");
    }
}
