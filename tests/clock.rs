//! "Now" and "today" are Prague's, whatever the machine's time zone, and
//! only the clock module asks the system for the time.

mod common;

use common::binary::{spojka_with_env, text};
use std::path::Path;
use std::process::Output;

/// 23:30 UTC on New Year's Eve: already 1 January 2027 in Prague (UTC+1),
/// still 31 December in UTC and in New York (UTC-5).
const NEW_YEARS_EVE: &str = "2026-12-31T23:30:00Z";

/// `spojka` on a machine in time zone `tz`, at [`NEW_YEARS_EVE`].
fn spojka_in(tz: &str, db: &Path, args: &[&str]) -> Output {
    spojka_with_env(db, args, &[("TZ", tz), ("SPOJKA_NOW", NEW_YEARS_EVE)])
}

#[test]
fn today_is_prague_whatever_the_machine_zone() {
    for tz in ["UTC", "America/New_York"] {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("db");
        let seeded = spojka_in(tz, &db, &["seed"]);
        assert!(seeded.status.success(), "{tz}: {}", text(&seeded.stderr));

        // The report's default period is this year up to today: in Prague
        // the year has just begun.
        let report = spojka_in(tz, &db, &["report", "--format", "md"]);
        assert!(report.status.success(), "{tz}: {}", text(&report.stderr));
        let report = text(&report.stdout);
        assert!(
            report.contains("Period: 2027-01-01 – 2027-01-01"),
            "{tz}: {report}"
        );
        assert!(report.contains("Made on 2027-01-01"), "{tz}: {report}");

        // Timestamps are the instant itself, in UTC.
        let json = spojka_in(
            tz,
            &db,
            &["export", "--kind", "facilities", "--format", "json"],
        );
        assert!(json.status.success(), "{tz}: {}", text(&json.stderr));
        assert!(
            text(&json.stdout).contains("\"created\": \"2026-12-31T23:30:00Z\""),
            "{tz}"
        );
    }
}

#[test]
fn a_spojka_now_that_is_not_a_time_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = spojka_with_env(
        &dir.path().join("db"),
        &["seed"],
        &[("SPOJKA_NOW", "tomorrow")],
    );
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("SPOJKA_NOW=\"tomorrow\" is not a time"),
        "{}",
        text(&out.stderr)
    );
    assert!(!dir.path().join("db").exists(), "nothing was opened");
}

/// Every Rust file under `dir`, recursively.
fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn only_the_clock_module_reads_the_system_clock() {
    let calls = [
        "Utc::now",
        "Local::now",
        "Utc::today",
        "Local::today",
        "SystemTime::now",
    ];
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.sort();
    assert!(files.len() > 50, "found the sources");
    let mut found = Vec::new();
    for file in files {
        if file == Path::new("src/clock.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&file).expect("read source");
        for (n, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for call in calls.iter().filter(|c| code.contains(*c)) {
                found.push(format!("{}:{}: {call}", file.display(), n + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "the time comes from spojka::clock::Clock, passed in:\n{}",
        found.join("\n")
    );
}
