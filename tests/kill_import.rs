//! Killing an import or a restore while it writes: whatever the moment, the
//! database holds all of it or none of it. Only kills that land after the
//! process said it started writing and before it said it committed count.

mod common;

use common::binary::command;
use common::store::reopen;
use spojka::domain::{Kind, Region};
use spojka::sample;
use spojka::store::Store;
use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

const EVENTS: usize = 5000;
const KILLS: usize = 20;

fn ics(events: usize) -> String {
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n");
    for i in 0..events {
        let day = 1 + (i % 28);
        let hour = 8 + (i % 10);
        text.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:kill-{i}@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:202603{day:02}T{hour:02}0000\r\nDTEND:202603{day:02}T{hour:02}3000\r\nSUMMARY:Schůzka {i}\r\nEND:VEVENT\r\n"
        ));
    }
    text.push_str("END:VCALENDAR\r\n");
    text
}

/// Starts spojka with the operation trace and a pause between chunks.
fn start(db: &std::path::Path, args: &[&str]) -> Child {
    command(db)
        .args(args)
        .env("SPOJKA_TEST_OP_TRACE", "1")
        .env("SPOJKA_TEST_CHUNK_PAUSE_MS", "15")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn spojka")
}

/// Waits for "writing", kills after `delay`; whether the kill landed before
/// the process said it committed (or finished).
fn kill_while_writing(child: &mut Child, delay: Duration) -> bool {
    let stderr = child.stderr.take().expect("stderr");
    let mut lines = BufReader::new(stderr).lines();
    let started = lines
        .by_ref()
        .map_while(Result::ok)
        .any(|l| l.contains("writing"));
    if !started {
        let _ = child.wait();
        return false;
    }
    std::thread::sleep(delay);
    let _ = child.kill();
    let status = child.wait().expect("wait");
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    !status.success() && !rest.iter().any(|l| l.contains("committed"))
}

#[test]
fn an_import_killed_while_writing_leaves_all_or_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("big.ics");
    std::fs::write(&file, ics(EVENTS)).expect("write ics");
    let file = file.display().to_string();
    let deadline = Instant::now() + Duration::from_secs(55);
    let (mut kills, mut runs) = (0, 0);
    while kills < KILLS && Instant::now() < deadline {
        runs += 1;
        let db = dir.path().join(format!("db{runs}"));
        drop(Store::open(&db).expect("create the database"));
        let mut child = start(&db, &["import", "--format", "ics", &file]);
        let delay = Duration::from_millis(fastrand::u64(0..90));
        let counted = kill_while_writing(&mut child, delay);
        let store = reopen(&db);
        let n = store.count(Kind::Meeting);
        assert!(n == 0 || n == EVENTS, "run {runs}: {n} meetings stored");
        if counted {
            kills += 1;
            let report = store.check(false).expect("check");
            assert!(
                report.problems.is_empty(),
                "run {runs}: {:?}",
                report.problems
            );
        }
        drop(store);
        let _ = std::fs::remove_dir_all(&db);
    }
    assert!(
        kills >= KILLS,
        "only {kills} kills landed while writing in {runs} runs"
    );
}

#[test]
fn a_restore_killed_while_writing_leaves_the_old_or_the_new_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let source = dir.path().join("source");
    let backup = dir.path().join("full.backup");
    {
        let store = Store::open(&source).expect("open");
        let records = (0..4000)
            .map(|i| sample::facility(&format!("Věznice {i}"), Region::Praha).into())
            .collect();
        store
            .insert_bulk(records, "t", sample::epoch())
            .expect("fill");
        let mut file = std::fs::File::create(&backup).expect("create");
        store.backup(&mut file, sample::epoch()).expect("backup");
    }
    let backup = backup.display().to_string();
    let deadline = Instant::now() + Duration::from_secs(55);
    let (mut kills, mut runs) = (0, 0);
    while kills < KILLS && Instant::now() < deadline {
        runs += 1;
        let db = dir.path().join(format!("db{runs}"));
        {
            let old = Store::open(&db).expect("old");
            old.save(
                sample::facility("Stará", Region::Plzensky).into(),
                "t",
                sample::epoch(),
            )
            .expect("old record");
        }
        let mut child = start(&db, &["restore", "--force", &backup]);
        let counted = kill_while_writing(&mut child, Duration::from_millis(fastrand::u64(0..60)));
        let store = reopen(&db);
        let n = store.count(Kind::Facility);
        assert!(n == 1 || n == 4000, "run {runs}: {n} facilities");
        kills += usize::from(counted);
        drop(store);
    }
    assert!(
        kills >= KILLS,
        "only {kills} kills landed while writing in {runs} runs"
    );
}
