//! Cooperation requests on the command line: exported as CSV and JSON like
//! every kind (the steps in JSON), and the step list shown as TOML and
//! replaced by a new version that new requests follow while a request
//! already started keeps its own.

mod common;

use common::binary::{spojka, text};
use spojka::domain::request::{DoneBy, Pass, StepList, pass_next};
use spojka::domain::{Kind, Record, Region};
use spojka::sample;
use spojka::store::Store;

/// A database with one request whose first step is done; its path.
fn database() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let store = Store::open(&db).expect("open");
    let now = sample::epoch();
    let facility = store
        .save(
            sample::facility("Věznice Plzeň", Region::Plzensky).into(),
            "t",
            now,
        )
        .expect("facility")
        .id();
    let ngo = store
        .save(sample::organisation("Podané ruce").into(), "t", now)
        .expect("ngo")
        .id();
    let mut r = sample::request("Podané ruce – Plzeň", ngo, facility);
    let list = store.current_step_list().expect("steps");
    let day = sample::at(2026, 3, 2, 9, 0).date();
    let how = Pass::Skipped("Žádost přišla ústně".into());
    pass_next(&mut r, &list, day, DoneBy::default(), how).expect("step");
    store.save(r.into(), "t", now).expect("request");
    drop(store);
    (dir, db)
}

#[test]
fn requests_export_as_csv_and_json() {
    let (_dir, db) = database();
    let csv = spojka(&db, &["export", "--kind", "requests", "--format", "csv"]);
    assert!(csv.status.success(), "{}", text(&csv.stderr));
    let csv = text(&csv.stdout);
    assert!(csv.contains("Podané ruce – Plzeň"), "{csv}");
    assert!(csv.contains("Věznice Plzeň"), "{csv}");
    let json = spojka(&db, &["export", "--kind", "requests", "--format", "json"]);
    assert!(json.status.success(), "{}", text(&json.stderr));
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    let first = &json["records"][0];
    assert_eq!(first["subject"], "Podané ruce – Plzeň");
    assert_eq!(first["steps_version"], 1);
    assert_eq!(first["steps"][0]["step"], "received");
    assert_eq!(first["steps"][0]["skipped"], "Žádost přišla ústně");
}

#[test]
fn a_new_step_list_is_the_next_version_and_started_requests_keep_theirs() {
    let (dir, db) = database();
    let shown = spojka(&db, &["--lang", "en", "request-steps", "show"]);
    assert!(shown.status.success(), "{}", text(&shown.stderr));
    let toml = text(&shown.stdout);
    assert!(
        toml.starts_with("# The steps of cooperation requests, version 1."),
        "{toml}"
    );
    assert!(
        toml.contains("Security and admission conditions settled"),
        "{toml}"
    );

    // One step fewer, written to a file and imported.
    let mut list: StepList = toml::from_str(&toml).expect("reads back");
    list.steps.retain(|s| s.key != "agreement_drafted");
    let file = dir.path().join("steps.toml");
    std::fs::write(&file, toml::to_string(&list).expect("toml")).expect("write");
    let file = file.display().to_string();
    let imported = spojka(&db, &["--lang", "en", "request-steps", "import", &file]);
    assert!(imported.status.success(), "{}", text(&imported.stderr));
    assert!(text(&imported.stdout).contains("version 2 (6 steps)"));

    let store = Store::open(&db).expect("open");
    let lists = store.step_lists().expect("lists");
    assert_eq!(lists.iter().map(|l| l.version).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(lists[0].steps.len(), 7, "version 1 is never changed");
    let started = match store.all_records(Kind::Request).expect("read").remove(0) {
        Record::Request(r) => r,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        started.steps_version, 1,
        "a started request keeps its version"
    );
    drop(store);

    // A list a request could not follow is refused, naming the file.
    std::fs::write(dir.path().join("bad.toml"), "steps = []\n").expect("write");
    let bad = dir.path().join("bad.toml").display().to_string();
    let refused = spojka(&db, &["--lang", "en", "request-steps", "import", &bad]);
    assert!(!refused.status.success());
    let why = text(&refused.stderr);
    assert!(
        why.contains("bad.toml") && why.contains("no steps"),
        "{why}"
    );
}
