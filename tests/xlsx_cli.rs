//! `spojka export --format xlsx` through the real binary: a workbook to a
//! file or a pipe, never to a terminal; cells cut at Excel's limit are
//! counted on standard error, in the caller's language.

mod common;

use common::binary::{spojka, text};
use common::pty::Tui;

/// A database with one NGO whose notes are longer than a cell holds: the
/// store keeps a field up to 32,768 bytes, one more than Excel's 32,767
/// characters.
fn with_long_notes() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db) = common::binary::seeded();
    let store = common::store::reopen(&db);
    let mut ngo = spojka::sample::organisation("Spolek Dlouhý");
    ngo.ico = "00064581".into();
    ngo.notes = "x".repeat(32_768);
    let now = "2026-03-02T09:00:00Z".parse().expect("time");
    store.save(ngo.into(), "test", now).expect("save");
    drop(store);
    (dir, db)
}

#[test]
fn a_workbook_goes_to_a_pipe_and_reads_back() {
    let (_dir, db) = common::binary::seeded();
    let out = spojka(&db, &["export", "--kind", "facilities", "--format", "xlsx"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stdout.starts_with(b"PK"), "a zip archive");
    let options = spojka::sheet::ReadOptions {
        format: Some(spojka::sheet::SheetFormat::Xlsx),
        ..Default::default()
    };
    let table = spojka::sheet::read(&out.stdout, &options).expect("readable");
    assert!(table.rows.len() > 30, "a header and the seeded prisons");
}

#[test]
fn cut_cells_are_counted_on_standard_error_in_the_callers_language() {
    let (dir, db) = with_long_notes();
    let file = dir.path().join("ngos.xlsx");
    let path = file.to_str().expect("path");
    let args = [
        "export", "--kind", "ngos", "--format", "xlsx", "--out", path,
    ];
    let out = spojka(&db, &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("1 cell was longer than"), "{err}");
    assert!(err.contains("cut"), "{err}");
    assert!(out.stdout.is_empty());
    let mut czech = vec!["--lang", "cs"];
    czech.extend(args);
    let out = spojka(&db, &czech);
    let err = text(&out.stderr);
    assert!(err.contains("1 buňka byla delší než"), "{err}");
    // The file holds the rest of the text, marked.
    let bytes = std::fs::read(&file).expect("the file");
    let options = spojka::sheet::ReadOptions {
        format: Some(spojka::sheet::SheetFormat::Xlsx),
        ..Default::default()
    };
    let table = spojka::sheet::read(&bytes, &options).expect("readable");
    let marked = table
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .any(|c| c.text().ends_with('…'));
    assert!(marked, "the cut cell ends with …");
}

#[test]
fn a_workbook_is_refused_for_a_terminal_with_what_to_do_instead() {
    let (dir, db) = common::binary::seeded();
    let mut tui = Tui::start(
        &db,
        dir.path(),
        &["export", "--kind", "facilities", "--format", "xlsx"],
    );
    let status = tui.wait_exit();
    assert_ne!(status, 0);
    let screen = tui.screen();
    assert!(screen.contains("not for a terminal"), "{screen}");
    assert!(screen.contains("--out"), "{screen}");
    assert!(!tui.raw_contains(b"PK\x03\x04"), "no archive on the screen");
}
