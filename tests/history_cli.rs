//! `spojka history` and `spojka revert` through the real binary: operations
//! and a record's history in words and as JSON (golden), a whole import
//! reverted, and a revert refused naming the record changed since.

mod common;

use common::binary::{as_jana as run, as_jana_ok as ok, spojka_with_env, text};

/// A database with one import of two meetings (operation 1) and an edit of
/// one of them by the command line's import again (operation 2).
fn imported() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("db");
    drop(common::store::open_in(dir.path()));
    let file = dir.path().join("two.ics");
    std::fs::write(
        &file,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\
         BEGIN:VEVENT\r\nUID:one@example.cz\r\nDTSTART:20261210T090000Z\r\n\
         DTEND:20261210T100000Z\r\nSUMMARY:Jedna\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:two@example.cz\r\nDTSTART:20261211T090000Z\r\n\
         DTEND:20261211T100000Z\r\nSUMMARY:Dvě\r\nEND:VEVENT\r\n\
         END:VCALENDAR\r\n",
    )
    .expect("write");
    let file = file.display().to_string();
    ok(&db, &["import", "--format", "ics", &file]);
    (dir, db)
}

#[test]
fn an_operation_in_words_and_as_json() {
    let (_dir, db) = imported();
    let words = ok(&db, &["history", "--op", "1"]);
    assert!(
        words.starts_with(
            "Operation #1 · 1 Dec 2026 10:00 CET · jana · imported a calendar file: 2 new, 0 changed meetings (2 changes)\n"
        ),
        "{words}"
    );
    assert!(
        words.contains("meeting \"Jedna\" (#1)\n    Created\n"),
        "{words}"
    );
    assert!(words.contains("    Title: Jedna\n"), "{words}");
    let json = ok(&db, &["history", "--op", "1", "--json"]);
    insta::assert_snapshot!("history_op_json", json);
    let since = ok(&db, &["history", "--since", "2026-12-01"]);
    assert_eq!(since, words, "one operation since the day");
    let record = ok(
        &db,
        &["history", "--kind", "meetings", "--id", "2", "--json"],
    );
    let value: serde_json::Value = serde_json::from_str(&record).expect("json");
    assert_eq!(value["version"], 1);
    assert_eq!(value["operations"][0]["changes"][0]["name"], "Dvě");
    assert_eq!(
        value["operations"][0]["changes"][0]["fields"][0]["label"],
        "Title"
    );
}

#[test]
fn a_whole_import_is_reverted_and_a_second_revert_refused() {
    let (_dir, db) = imported();
    let reverted = ok(&db, &["revert", "--op", "1", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&reverted).expect("json");
    assert_eq!(value["reverted"], 1);
    assert_eq!(value["records"].as_array().map(Vec::len), Some(2));
    let meetings = ok(&db, &["export", "--kind", "meetings", "--format", "json"]);
    assert!(!meetings.contains("Jedna"), "{meetings}");
    // The revert is an operation of its own, in the log.
    let log = ok(&db, &["history", "--op", &value["op"].to_string()]);
    assert!(log.contains("reverted operation #1 (2 changes)"), "{log}");
    // Reverting the import again is refused, saying plainly that it was
    // reverted already, by whom and when.
    let again = run(&db, &["revert", "--op", "1"]);
    assert!(!again.status.success());
    let said = text(&again.stderr);
    assert!(
        said.contains("already reverted by jana on 1 Dec 2026 10:00 CET"),
        "{said}"
    );
    assert!(said.contains("nothing was changed"), "{said}");
}

#[test]
fn a_revert_of_a_record_changed_since_names_it_and_changes_nothing() {
    let (dir, db) = imported();
    // The same file with one meeting changed: an update, operation 2.
    let file = dir.path().join("changed.ics");
    std::fs::write(
        &file,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\
         BEGIN:VEVENT\r\nUID:two@example.cz\r\nDTSTART:20261211T090000Z\r\n\
         DTEND:20261211T100000Z\r\nSUMMARY:Dvě jinak\r\nEND:VEVENT\r\n\
         END:VCALENDAR\r\n",
    )
    .expect("write");
    ok(
        &db,
        &["import", "--format", "ics", &file.display().to_string()],
    );
    let refused = run(&db, &["revert", "--op", "1"]);
    assert!(!refused.status.success());
    let said = text(&refused.stderr);
    assert!(said.contains("meeting \"Dvě jinak\""), "{said}");
    assert!(!said.contains("Jedna"), "{said}");
    let meetings = ok(&db, &["export", "--kind", "meetings", "--format", "json"]);
    assert!(meetings.contains("Jedna"), "nothing undone: {meetings}");
    // In Czech too.
    let czech = spojka_with_env(&db, &["--lang", "cs", "revert", "--op", "1"], &[]);
    assert!(
        text(&czech.stderr).contains("schůzka „Dvě jinak“"),
        "{}",
        text(&czech.stderr)
    );
}
