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

/// `--db` given as a bare name, relative to the working directory: the
/// directory it is in is `.`, not the empty path (whose sync failed with
/// "No such file or directory").
#[test]
fn compact_and_restore_work_on_a_database_named_without_a_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(filled(&dir.path().join("db20")));
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_spojka"))
            .current_dir(dir.path())
            .args(["--db", "db20"])
            .args(args)
            .output()
            .expect("run spojka");
        assert!(out.status.success(), "{args:?}: {out:?}");
    };
    run(&["backup", "all.backup"]);
    run(&["compact"]);
    run(&["restore", "--force", "all.backup"]);
    run(&["check"]);
    assert!(dir.path().join("db20-backups").is_dir());
}

#[test]
fn a_restore_from_something_that_is_no_file_is_refused_before_any_backup_is_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    drop(filled(&db));
    // The day's automatic backup, made by the first command of the day.
    assert!(spojka(&db, &["check"]).status.success());
    let backups = || {
        std::fs::read_dir(dir.path().join("backups"))
            .map(|d| d.count())
            .unwrap_or(0)
    };
    let before = backups();
    let fifo = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let out = spojka(&db, &["restore", "--force", fifo.to_str().expect("path")]);
    assert!(!out.status.success(), "{out:?}");
    assert_eq!(backups(), before, "a refused restore kept a backup");
}

/// Meetings by title, as the model holds them.
fn model_titles(model: &spojka::model::Model) -> Vec<String> {
    let mut titles: Vec<String> = model
        .snapshot()
        .data
        .all(Kind::Meeting)
        .filter_map(|r| match r {
            Record::Meeting(m) => Some(m.title.clone()),
            _ => None,
        })
        .collect();
    titles.sort();
    titles
}

#[test]
fn the_held_database_compacts_under_its_sessions_and_saves_go_on() {
    use std::sync::Arc;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let store = Arc::new(filled(&db));
    let model =
        spojka::model::Model::open(&store, spojka::model::Loading::Eager, now().naive_utc())
            .expect("model");
    // Grow the files with records that are then deleted: people, whose
    // history goes with them, so the space they took is garbage.
    for n in 0..300 {
        let mut person = sample::person(&format!("Host {n}"), None);
        person.notes = "poznámka ".repeat(300);
        let saved = store.save(person.into(), "a", now()).expect("save");
        store
            .delete(Kind::Person, saved.id(), "a", now())
            .expect("delete");
    }
    let before = snapshot(&store);
    // A session keeps saving while the holder compacts.
    let saver = {
        let store = store.clone();
        std::thread::spawn(move || {
            for n in 0..40 {
                let m = sample::meeting(&format!("Během {n:02}"), None, at(2026, 4, 1, 9, 0));
                store
                    .save(m.into(), "b", now())
                    .expect("save during compaction");
            }
        })
    };
    let done = store.compact_in_place().expect("compact");
    saver.join().expect("saver");
    assert!(done.after < done.before, "{done:?}");
    assert!(!dir.path().join(".db.compacting").exists());
    let during: Vec<_> = model_titles(&model)
        .into_iter()
        .filter(|t| t.starts_with("Během"))
        .collect();
    assert_eq!(during.len(), 40, "the model heard of every save");
    // What was there before is there after, and later saves went to the
    // directory that is in place now.
    let after = snapshot(&store);
    assert_eq!(after[0], before[0], "facilities and their history");
    let stored = store.all_records(Kind::Meeting).expect("meetings").len();
    assert_eq!(stored, 41);
    drop(model);
    drop(store);
    let reopened = Store::open(&db).expect("reopen");
    assert_eq!(
        reopened.all_records(Kind::Meeting).expect("meetings").len(),
        41
    );
    assert_eq!(snapshot(&reopened)[0], before[0]);
}

#[test]
fn a_restore_into_the_held_database_replaces_what_its_sessions_see() {
    use std::sync::Arc;
    let dir = tempfile::tempdir().expect("tempdir");
    let source = filled(&dir.path().join("source"));
    let mut backup = Vec::new();
    source.backup(&mut backup, now()).expect("backup");
    let wanted = snapshot(&source);
    drop(source);

    let db = dir.path().join("db");
    let store = Arc::new(Store::open(&db).expect("open"));
    store
        .save(
            sample::meeting("Jen tady", None, at(2026, 5, 5, 9, 0)).into(),
            "c",
            now(),
        )
        .expect("save");
    let model =
        spojka::model::Model::open(&store, spojka::model::Loading::Eager, now().naive_utc())
            .expect("model");
    assert_eq!(model_titles(&model), ["Jen tady"]);
    store
        .restore_in_place(&mut backup.as_slice(), "c", now())
        .expect("restore");
    assert_eq!(model_titles(&model), ["Porada – změna"]);
    assert_eq!(snapshot(&store)[0], wanted[0]);
    // A new record gets an id that overwrites nothing.
    let highest = Kind::ALL
        .iter()
        .flat_map(|k| store.all_records(*k).expect("records"))
        .map(|r| r.id())
        .max()
        .unwrap_or(0);
    let fresh = store
        .save(sample::organisation("Nová").into(), "c", now())
        .expect("save after restore");
    assert!(fresh.id() > highest);
    assert!(!dir.path().join(".db.restoring").exists());
}
