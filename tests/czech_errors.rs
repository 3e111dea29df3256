//! A Czech user reads errors of the store, the files written, keymaps and
//! settings in Czech: on the command line (the real binary, under a Czech
//! locale) and on the status line of the interactive interface. Paths and
//! the system's own error texts stay as they are.

mod common;

use common::binary::text;
use common::session::{Harness, options};
use common::store::open_in;
use spojka::session::Options;
use spojka::vocab::Lang;
use std::path::Path;
use std::process::Command;

/// Words of the English messages that no Czech one keeps.
const ENGLISH: &[&str] = &[
    "cannot", "database", "nothing", "written", "choose", "error", "unknown", "must", "line",
    "file", "key ", "this is",
];

/// `message` without its paths (anything with a `/` in it) and lowercased.
fn without_paths(message: &str) -> String {
    message
        .split_whitespace()
        .filter(|word| !word.contains('/'))
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn assert_no_english(message: &str) {
    let words = without_paths(message);
    for english in ENGLISH {
        assert!(!words.contains(english), "{english:?} in {message:?}");
    }
}

/// `spojka ARGS…` under a Czech locale, with `home` as its home and config
/// directory.
fn czech_spojka(home: &Path, db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_spojka"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("LANG", "cs_CZ.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .output()
        .expect("run spojka")
}

#[test]
fn an_export_into_the_database_is_refused_in_czech_on_the_command_line() {
    let home = tempfile::tempdir().expect("tempdir");
    let db = home.path().join("db");
    let seeded = czech_spojka(home.path(), &db, &["seed"]);
    assert!(seeded.status.success(), "{}", text(&seeded.stderr));
    let out = db.join("x.csv");
    let out = out.to_str().expect("a UTF-8 path");
    let refused = czech_spojka(
        home.path(),
        &db,
        &[
            "export",
            "--kind",
            "facilities",
            "--format",
            "csv",
            "--out",
            out,
        ],
    );
    assert_eq!(refused.status.code(), Some(1));
    let said = text(&refused.stderr);
    assert!(said.starts_with("spojka: "), "{said}");
    assert!(said.contains("toto je ve složce databáze"), "{said}");
    assert!(said.contains("Zvolte soubor mimo tuto složku"), "{said}");
    assert_no_english(&said);
}

#[test]
fn a_broken_keymap_file_is_explained_in_czech() {
    let home = tempfile::tempdir().expect("tempdir");
    let keymap = home.path().join("mine.toml");
    std::fs::write(
        &keymap,
        "[nromal]\nj = \"move-down\"\n\n[normal]\nC-C-x = \"quit\"\n",
    )
    .expect("write the keymap");
    let keymap = keymap.to_str().expect("a UTF-8 path");
    let db = home.path().join("db");
    let refused = czech_spojka(home.path(), &db, &["--keymap", keymap]);
    assert_eq!(refused.status.code(), Some(1));
    let said = text(&refused.stderr);
    assert!(said.contains("neznámý oddíl [nromal]"), "{said}");
    assert!(
        said.contains("modifikátor „C-“ je uveden dvakrát"),
        "{said}"
    );
    // One problem a line, each with its file and line.
    assert!(said.lines().count() >= 2, "{said}");
    assert_no_english(&said);
}

#[test]
fn a_broken_settings_file_is_explained_in_czech() {
    let home = tempfile::tempdir().expect("tempdir");
    let config = home.path().join("config").join("spojka");
    std::fs::create_dir_all(&config).expect("mkdir");
    std::fs::write(
        config.join("config.toml"),
        "[meetings]\ntravel_gap_minutes = 100000\n",
    )
    .expect("write the settings");
    let db = home.path().join("db");
    let refused = czech_spojka(home.path(), &db, &[]);
    assert_eq!(refused.status.code(), Some(1));
    let said = text(&refused.stderr);
    assert!(said.contains("řádek 2"), "{said}");
    assert!(said.contains("musí být mezi 0 a 1440 minutami"), "{said}");
    assert_no_english(&said);
}

#[test]
fn the_same_errors_read_in_english_as_before() {
    let home = tempfile::tempdir().expect("tempdir");
    let db = home.path().join("db");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_spojka"));
    let refused = cmd
        .arg("--db")
        .arg(&db)
        .args(["--keymap", "emacs"])
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .output()
        .expect("run spojka");
    let said = text(&refused.stderr);
    assert!(
        said.contains("unknown keymap \"emacs\": builtin keymaps are"),
        "{said}"
    );
}

#[test]
fn a_failed_export_shows_a_czech_status_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open_in(dir.path());
    // Exports go into the database directory, which every output file refuses.
    let options = Options {
        lang: Lang::Cs,
        ..options(&dir.path().join("db"))
    };
    let mut harness = Harness::over(dir, store, "default", options);
    harness.keys("y");
    harness.keys("esc x");
    // The status line as drawn, as far as it has room, then whole.
    let status = harness.status();
    assert!(status.contains("Chyba: "), "{status}");
    let message = harness.message();
    assert!(message.starts_with("Chyba: "), "{message}");
    assert!(message.contains("toto je ve složce databáze"), "{message}");
    assert_no_english(&message);
}

#[test]
fn a_broken_calendar_file_is_explained_in_czech() {
    let home = tempfile::tempdir().expect("tempdir");
    let db = home.path().join("db");
    let seeded = czech_spojka(home.path(), &db, &["seed"]);
    assert!(seeded.status.success(), "{}", text(&seeded.stderr));
    let file = home.path().join("broken.ics");
    std::fs::write(
        &file,
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Porada\r\nEND:VEVENT\r\n",
    )
    .expect("write");
    let path = file.display().to_string();
    let imported = czech_spojka(home.path(), &db, &["import", "--format", "ics", &path]);
    assert!(!imported.status.success());
    let message = text(&imported.stderr);
    assert!(
        message.contains("řádek 1: BEGIN:VCALENDAR nikde neuzavírá END:VCALENDAR"),
        "{message}"
    );
    assert!(message.contains("nic nebylo importováno"), "{message}");
    assert_no_english(&message);
}
