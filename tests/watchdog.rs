//! A read of a damaged database that stops making progress (sled can spin on
//! one, and nothing interrupts it) ends spojka with a message naming the
//! database and what to do, the terminal restored, instead of spinning for
//! ever. A test hook stands in for the damaged file.

mod common;

use common::binary::{command, seeded};
use common::pty;
use std::process::Stdio;
use std::time::{Duration, Instant};

#[test]
fn a_command_stuck_reading_ends_with_what_to_do() {
    let (_dir, db) = seeded();
    let started = Instant::now();
    let out = command(&db)
        .args(["export", "--kind", "facilities", "--format", "csv"])
        .env("SPOJKA_TEST_STALL_READING", "facilities")
        .env("SPOJKA_WATCHDOG_SECONDS", "1")
        .stdin(Stdio::null())
        .output()
        .expect("export");
    assert!(started.elapsed() < Duration::from_secs(15));
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&db.display().to_string()), "{stderr}");
    assert!(stderr.contains("check --quarantine"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn the_interface_stuck_loading_restores_the_terminal_and_says_what_to_do() {
    let (dir, db) = seeded();
    let mut tui = pty::Tui::start_with_env(
        &db,
        dir.path(),
        &[],
        &[
            ("SPOJKA_TEST_STALL_READING", "meetings"),
            ("SPOJKA_WATCHDOG_SECONDS", "1"),
        ],
    );
    assert_eq!(tui.wait_exit(), 3);
    assert!(tui.cooked_mode(), "the terminal is back in cooked mode");
    assert!(
        tui.raw_contains(b"\x1b[?1049l"),
        "left the alternate screen"
    );
    assert!(tui.raw_contains(b"check --quarantine"));
}
