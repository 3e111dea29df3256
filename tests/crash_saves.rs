//! Every save the TUI acknowledges ("Saved …" on the status line) survives
//! `kill -9`: the real binary in a pseudo-terminal creates NGOs through the
//! keys and is killed at random moments, often while a save is in flight;
//! afterwards every acknowledged NGO is in the database.
//!
//! The kill times come from `fastrand` with a fixed seed, so a failure
//! replays the same way (set `SPOJKA_CRASH_SEED` to try other seeds).

mod common;

use common::pty::Tui;
use common::pty::keys::CTRL_S;
use spojka::domain::Organisation;
use spojka::store::Store;
use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, Instant};

/// How many times spojka is killed.
const KILLS: usize = 30;

/// The default seed of the kill times.
const SEED: u64 = 0x5EED_C0FF_EE00_0007;

/// Starts spojka and brings it to the NGO list, declining the reference data
/// while the database is still empty.
fn open_ngo_list(db: &Path, cwd: &Path) -> Tui {
    let mut tui = Tui::start(db, cwd, &[]);
    tui.wait_for("What needs attention");
    if tui.screen().contains("Please confirm") {
        tui.send("n");
        tui.wait_until("the question gone", |s| !s.contains("Please confirm"));
    }
    tui.leave_dashboard();
    tui.send("2");
    tui
}

/// The status line's acknowledgement, if the screen shows one.
fn acknowledged(tui: &Tui) -> Option<String> {
    let screen = tui.screen();
    let status = screen.lines().last()?;
    let rest = status.split("Saved NGO \"").nth(1)?;
    Some(rest.split('"').next()?.to_string())
}

fn sigkill(tui: &mut Tui) {
    // SAFETY: sends a signal to our own child.
    assert_eq!(unsafe { libc::kill(tui.pid(), libc::SIGKILL) }, 0);
    // Reaps it and reads what it wrote before dying: an acknowledgement on
    // the screen then was given, and must hold.
    tui.wait_exit();
}

#[test]
fn every_acknowledged_save_survives_kill_9() {
    let seed = std::env::var("SPOJKA_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(SEED);
    let mut rng = fastrand::Rng::with_seed(seed);
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let started = Instant::now();
    let mut saved = BTreeSet::new();
    let mut in_flight = 0;
    let mut raced_acknowledged = 0;
    for run in 0..KILLS {
        if rng.u8(0..6) == 0 {
            // Killed while starting up, opening or reading the database.
            let mut tui = Tui::start(&db, dir.path(), &[]);
            std::thread::sleep(Duration::from_millis(rng.u64(0..250)));
            sigkill(&mut tui);
            continue;
        }
        let mut tui = open_ngo_list(&db, dir.path());
        // A few saves waited for, then one raced by the kill.
        for i in 0..rng.usize(0..3) {
            let name = format!("NGO {run:02}-{i}");
            tui.fill_new_ngo(&name);
            tui.send(CTRL_S);
            tui.wait_for(&format!("Saved NGO \"{name}\""));
            saved.insert(name);
        }
        let name = format!("NGO {run:02}-last");
        tui.fill_new_ngo(&name);
        tui.send(CTRL_S);
        std::thread::sleep(Duration::from_micros(rng.u64(0..8_000)));
        sigkill(&mut tui);
        in_flight += 1;
        if let Some(shown) = acknowledged(&tui) {
            raced_acknowledged += usize::from(shown == name);
            saved.insert(shown);
        }
    }
    let took = started.elapsed();

    let store = Store::open(&db).expect("the database opens after the kills");
    let stored: BTreeSet<String> = store
        .all::<Organisation>()
        .expect("read the NGOs")
        .into_iter()
        .map(|o| o.name)
        .collect();
    let lost: Vec<&String> = saved.difference(&stored).collect();
    assert!(
        lost.is_empty(),
        "seed {seed}: acknowledged but lost after kill -9: {lost:?}"
    );
    // The test means something only if saves were made and raced.
    assert!(saved.len() >= KILLS / 2, "only {} saves", saved.len());
    assert!(in_flight >= KILLS / 2, "only {in_flight} raced saves");
    eprintln!(
        "{KILLS} kills, {} acknowledged saves ({raced_acknowledged} of {in_flight} raced), {} stored, in {took:?}",
        saved.len(),
        stored.len()
    );
}
