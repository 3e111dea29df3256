//! What reaches the terminal: emoji sequences joined by ZWJ stay one
//! character of two columns through ratatui, as the sanitiser keeps them;
//! CLI output is sanitised for a terminal and byte-exact for a pipe.

mod common;

use common::binary::{spojka_once_free, text};
use common::pty;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::Paragraph;
use spojka::sanitize::sanitize;
use unicode_width::UnicodeWidthStr;

/// The cells of the first row after drawing `text`.
fn cells(text: &str) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(12, 1)).expect("terminal");
    terminal
        .draw(|frame| frame.render_widget(Paragraph::new(text.to_string()), frame.area()))
        .expect("draw");
    terminal
        .backend()
        .buffer()
        .content
        .iter()
        .map(|c| c.symbol().to_string())
        .collect()
}

#[test]
fn emoji_zwj_sequences_survive_sanitising_and_take_two_columns() {
    for emoji in ["👩\u{200D}⚕\u{FE0F}", "👨\u{200D}👩\u{200D}👧\u{200D}👦"] {
        let text = format!("{emoji}|");
        assert_eq!(sanitize(&text), text);
        assert_eq!(UnicodeWidthStr::width(emoji), 2, "{emoji:?}");
        let cells = cells(&text);
        println!("{cells:?}");
        assert_eq!(cells[0], emoji, "one cell holds the whole sequence");
        assert_eq!(cells[2], "|", "and it takes two columns: {cells:?}");
    }
}

use std::path::Path;

const EVIL: &str = "Evil\x1b[2J\u{202E}\u{2028}\u{AD}\u{E0041}Name";

/// A database holding one NGO whose name tries to clear the screen, reverse
/// the text and break the line.
fn hostile() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let store = spojka::store::Store::open(&db).expect("open store");
    let evil = spojka::sample::organisation(EVIL);
    let record = spojka::domain::Record::from(evil);
    store
        .save(record, "tester", spojka::sample::epoch())
        .expect("save");
    store.flush().expect("flush");
    (dir, db)
}

/// `spojka export` through a pipe, once the just-closed store is free.
fn export_through_a_pipe(db: &Path, format: &str) -> Vec<u8> {
    let out = spojka_once_free(db, &["export", "--kind", "ngos", "--format", format]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    out.stdout
}

/// `spojka export` on a terminal: the raw bytes it wrote.
fn export_on_a_terminal(dir: &Path, db: &Path, extra: &[&str]) -> Vec<u8> {
    let mut args = vec!["export", "--kind", "ngos"];
    args.extend_from_slice(extra);
    let mut tui = pty::Tui::start(db, dir, &args);
    assert_eq!(tui.wait_exit(), 0, "{}", tui.screen());
    std::mem::take(&mut tui.raw)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn export_to_a_pipe_is_byte_exact_and_to_a_terminal_sanitised_unless_raw() {
    let (dir, db) = hostile();
    let piped = export_through_a_pipe(&db, "csv");
    assert!(
        contains(&piped, EVIL.as_bytes()),
        "byte-exact through a pipe"
    );
    assert!(piped.starts_with("\u{feff}".as_bytes()), "with the BOM");

    let marks = "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}Name";
    for (format, shown_as) in [
        ("csv", format!("Evil␛[2J{marks}")),
        // serde_json writes ESC as an escape itself; the rest is marked.
        ("json", format!("Evil\\u001b[2J{marks}")),
    ] {
        let shown = export_on_a_terminal(dir.path(), &db, &["--format", format]);
        let text = String::from_utf8_lossy(&shown);
        assert!(text.contains(&shown_as), "{format}: {text}");
        for bad in [
            "\x1b",
            "\u{202E}",
            "\u{2028}",
            "\u{AD}",
            "\u{E0041}",
            "\u{FEFF}",
        ] {
            assert!(
                !text.contains(bad),
                "{format}: {bad:?} reached the terminal: {text:?}"
            );
        }
        // Lines are still lines (the terminal adds its \r to each \n).
        assert!(text.lines().count() >= 2, "{text:?}");
    }

    let raw = export_on_a_terminal(dir.path(), &db, &["--format", "csv", "--raw"]);
    assert!(
        contains(&raw, EVIL.as_bytes()),
        "--raw is byte-exact on a terminal too"
    );
}
