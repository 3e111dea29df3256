//! `spojka person show` and `spojka person erase` through the real binary:
//! everything held about a person in words (both languages) and as JSON
//! (golden); a name that names nobody or several people; the erasure listed
//! without `--yes` and changing nothing; with `--yes`, one operation after
//! which no backup or export holds the name, the e-mail or the phone, and
//! which cannot be reverted.

mod common;

use common::binary::{as_jana as run, as_jana_ok as ok, text};
use spojka::domain::recurrence::{Details, Override, Recurrence};
use spojka::domain::{ActionItem, ActionStatus, Kind, Meta, Record, Region};
use spojka::sample;
use std::path::{Path, PathBuf};

/// Jan Kvapilíček (id 1) in every place a person can be; Eva Nová (2) and
/// Petr Kvapil (3) beside him. The database's directory and path.
fn world() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let store = common::store::open_in(dir.path());
    let now = sample::epoch();
    let save = |r: Record| store.save(r, "setup", now).expect("save");
    let mut jan = sample::person("Mgr. Jan Kvapilíček", None);
    jan.email = "jan@kvap.cz".into();
    jan.phone = "+420 777 123 456".into();
    jan.role = "koordinátor".into();
    jan.notes = "Preferuje e-mail.".into();
    let jan = save(jan.into()).id();
    let eva = save(sample::person("Eva Nová", None).into()).id();
    save(sample::person("Petr Kvapil", None).into());
    let mut f = sample::facility("Věznice Bory", Region::Plzensky);
    f.coordinator = Some(jan);
    f.notes = "Volat Kvapilíčkovi na +420777123456.".into();
    let facility = save(f.into()).id();
    let start = sample::at(2026, 3, 2, 10, 0);
    let mut m = sample::meeting("Porada s Kvapilíčkem", Some(facility), start);
    m.organiser = Some(jan);
    m.attendees = vec![jan, eva];
    m.minutes = "Jan Kvapilíček slíbil zprávu; psát na jan@kvap.cz.".into();
    let meeting = save(m.into()).id();
    let mut s = sample::meeting("Skupina", Some(facility), start);
    let mut details = Details::of(&s);
    details.attendees = vec![jan];
    details.notes = "Za Kvapilíčka přišla Eva.".into();
    let mut rule = Recurrence::new("FREQ=WEEKLY;COUNT=4");
    let mut o = Override::moved(start.date(), start, start + chrono::Duration::hours(1));
    o.details = Some(Box::new(details));
    rule.set_override(o);
    s.recurrence = Some(Box::new(rule));
    save(s.into());
    let mut a = sample::assignment(jan, facility);
    a.notes = "Kvapilíček chodí v úterý".into();
    save(a.into());
    save(
        ActionItem {
            meta: Meta::new(now),
            what: "Poslat zápis".into(),
            meeting: Some(meeting),
            owner: jan,
            due: None,
            status: ActionStatus::Open,
            notes: String::new(),
        }
        .into(),
    );
    let org = save(sample::organisation("Spolek").into()).id();
    let mut ag = sample::agreement("Dohoda", org, vec![facility]);
    ag.signatories = "Jan Kvapilíček, Eva Nová".into();
    save(ag.into());
    drop(store);
    let db = dir.path().join("db");
    (dir, db)
}

#[test]
fn show_prints_everything_held_about_a_person_in_english_and_czech() {
    let (_dir, db) = world();
    let en = ok(&db, &["--lang", "en", "person", "show", "Kvapilíček"]);
    insta::assert_snapshot!("person_show_en", en);
    let cs = ok(&db, &["--lang", "cs", "person", "show", "1"]);
    insta::assert_snapshot!("person_show_cs", cs);
    for text in [&en, &cs] {
        for part in [
            "Kvapilíček",
            "jan@kvap.cz",
            "+420 777 123 456",
            "Věznice Bory",
            "Poslat zápis",
        ] {
            assert!(text.contains(part), "{part} in {text}");
        }
    }
}

#[test]
fn show_as_json_is_versioned_and_golden() {
    let (_dir, db) = world();
    let json = ok(&db, &["person", "show", "jan kvapilicek", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(value["version"], 1);
    assert_eq!(value["person"]["surname"], "Kvapilíček");
    insta::assert_snapshot!("person_show_json", json);
}

#[test]
fn a_name_that_names_nobody_or_several_people_is_a_usage_error_listing_them() {
    let (_dir, db) = world();
    let nobody = run(&db, &["person", "show", "Dvořák"]);
    assert_eq!(nobody.status.code(), Some(2));
    let dir = tempfile::tempdir().expect("dir");
    let store = common::store::open_in(dir.path());
    for name in ["Jan Novák", "Petr Novák"] {
        store
            .save(sample::person(name, None).into(), "setup", sample::epoch())
            .expect("save");
    }
    drop(store);
    let several = run(&dir.path().join("db"), &["person", "show", "Novák"]);
    assert_eq!(several.status.code(), Some(2));
    let err = text(&several.stderr);
    assert!(
        err.contains("Jan Novák") && err.contains("Petr Novák"),
        "{err}"
    );
    let unknown = run(&db, &["person", "erase", "99"]);
    assert_eq!(unknown.status.code(), Some(2), "{}", text(&unknown.stderr));
}

/// Every record of every kind as JSON, and a backup of the whole database.
fn every_byte(dir: &Path, db: &Path, name: &str) -> Vec<u8> {
    let backup = dir.join(format!("{name}.backup"));
    ok(db, &["backup", backup.to_str().expect("path")]);
    let mut bytes = std::fs::read(&backup).expect("backup");
    for kind in Kind::ALL {
        bytes.extend(ok(db, &["export", "--kind", kind.plural(), "--format", "json"]).bytes());
    }
    bytes
}

/// Every file under `dir`.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn holds(bytes: &[u8], needle: &str) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn erase_without_yes_lists_every_place_and_changes_nothing() {
    let (dir, db) = world();
    let before = every_byte(dir.path(), &db, "before");
    let listed = ok(&db, &["--lang", "en", "person", "erase", "1"]);
    insta::assert_snapshot!("person_erase_dry_run_en", listed);
    assert!(listed.contains("--yes"));
    let after = every_byte(dir.path(), &db, "after");
    assert!(holds(&after, "Kvapilíček"));
    // The backup's own time aside, the same bytes.
    assert_eq!(before.len(), after.len());
}

#[test]
fn erase_with_yes_is_one_operation_after_which_nothing_holds_the_person() {
    let (dir, db) = world();
    let ops_before = ok(&db, &["history", "--since", "2000-01-01", "--json"]);
    let before: serde_json::Value = serde_json::from_str(&ops_before).expect("JSON");
    let count = |v: &serde_json::Value| v["operations"].as_array().map_or(0, Vec::len);
    let done = ok(&db, &["--lang", "cs", "person", "erase", "1", "--yes"]);
    assert!(done.starts_with("Vymazáno: Mgr. Jan Kvapilíček."), "{done}");
    assert!(done.contains("7 dní"), "{done}");
    let ops_after = ok(&db, &["history", "--since", "2000-01-01", "--json"]);
    let after: serde_json::Value = serde_json::from_str(&ops_after).expect("JSON");
    assert_eq!(count(&after), count(&before) + 1, "one operation");
    let bytes = every_byte(dir.path(), &db, "erased");
    for needle in ["Kvapilíč", "kvap.cz", "777123456", "777 123 456"] {
        assert!(!holds(&bytes, needle), "{needle} is still stored");
    }
    assert!(holds(&bytes, "vymazaná osoba"));
    // The database was compacted: sled's own files no longer hold them.
    let mut files = Vec::new();
    for entry in walk(&db) {
        files.extend(std::fs::read(entry).expect("read a database file"));
    }
    assert!(!files.is_empty());
    for needle in ["Kvapilíč", "kvap.cz", "777123456", "777 123 456"] {
        assert!(
            !holds(&files, needle),
            "{needle} is still in the database's files"
        );
    }
    // Petr Kvapil and Eva Nová are still there.
    assert!(holds(&bytes, "Kvapil\""), "Petr Kvapil stays");
    assert!(holds(&bytes, "Eva Nová"));
    // The erasure cannot be reverted.
    let last = after["operations"]
        .as_array()
        .and_then(|ops| ops.last())
        .and_then(|op| op["op"].as_u64())
        .expect("the erasure's id");
    let refused = run(&db, &["revert", "--op", &last.to_string()]);
    assert_eq!(refused.status.code(), Some(1), "{}", text(&refused.stdout));
    assert!(
        text(&refused.stderr).contains("cannot be turned back"),
        "{}",
        text(&refused.stderr)
    );
    // The person is gone.
    assert_eq!(run(&db, &["person", "show", "1"]).status.code(), Some(2));
}
