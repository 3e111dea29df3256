//! The XLSX export of every meeting by the real binary, as a user runs it
//! (`spojka export --kind meetings --format xlsx --out FILE`): its time from
//! start to exit, and its peak resident memory, read from the kernel's
//! account of the finished process (`wait4`).

use super::{Row, mb, ms, within};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// One run: time from start to exit, peak resident memory in bytes, and
/// the size of the file.
#[expect(
    clippy::zombie_processes,
    reason = "the child is reaped by wait4, which also gives its peak memory"
)]
fn run(binary: &Path, db: &Path, file: &Path) -> (Duration, u64, u64) {
    let started = Instant::now();
    let child = Command::new(binary)
        .arg("--db")
        .arg(db)
        .args([
            "export",
            "--kind",
            "meetings",
            "--format",
            "xlsx",
            "--archived",
        ])
        .arg("--out")
        .arg(file)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start spojka export");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, whose pid we hold; `child` is never
    // waited for again.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let time = started.elapsed();
    assert_eq!(waited, pid, "wait4");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "spojka export failed: {status}"
    );
    // ru_maxrss is in kilobytes on Linux.
    let peak = usage.ru_maxrss.max(0) as u64 * 1024;
    let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    (time, peak, size)
}

/// The rows: the export's time and its peak memory against their budgets.
/// Run twice; the second run counts (the first may make the day's
/// automatic backup, and reads the database into the page cache, as the
/// other exports find it).
pub fn rows(binary: &Path, db: &Path, meetings: usize) -> Vec<Row> {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("meetings.xlsx");
    run(binary, db, &file);
    let (time, peak, size) = run(binary, db, &file);
    vec![
        within(
            &format!("XLSX export, {meetings} meetings (real binary, start to exit)"),
            format!("{} ({})", ms(time), mb(size)),
            "5000 ms",
            time <= Duration::from_secs(5),
        ),
        within(
            "XLSX export: peak resident memory",
            mb(peak),
            "300 MB",
            peak <= 300_000_000,
        ),
    ]
}
