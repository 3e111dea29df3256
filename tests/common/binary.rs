//! Running the real `spojka` binary on a test database.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// `spojka --db DB`, ready for more arguments. Backtraces are on, so that a
/// panic shows as one in stderr for the tests that look for it.
pub fn command(db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_spojka"));
    cmd.arg("--db").arg(db).env("RUST_BACKTRACE", "1");
    cmd
}

/// Runs `spojka --db DB ARGS…` to its end; its exit status and output.
pub fn spojka(db: &Path, args: &[&str]) -> Output {
    spojka_with_env(db, args, &[])
}

/// Like [`spojka`], with these variables in its environment.
pub fn spojka_with_env(db: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    command(db)
        .args(args)
        .envs(env.iter().copied())
        .output()
        .expect("run spojka")
}

/// Like [`spojka`], run again while the database is still in use by a
/// process that just ended (sled lets go of it a moment later); gives up
/// after ten seconds and returns the last answer.
pub fn spojka_once_free(db: &Path, args: &[&str]) -> Output {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let out = spojka(db, args);
        let in_use = out.status.code() == Some(1) && text(&out.stderr).contains("in use");
        if !in_use || Instant::now() > deadline {
            return out;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Output bytes as text, invalid UTF-8 replaced.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A temporary directory holding a database seeded by `spojka seed`, and
/// the database's path.
pub fn seeded() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let out = spojka(&db, &["seed"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    (dir, db)
}

/// The time the command-line history and person tests run at.
pub const JANA_NOW: &str = "2026-12-01T10:00:00+01:00";

/// spojka run by the OS user "jana" in English at [`JANA_NOW`].
pub fn as_jana(db: &Path, args: &[&str]) -> Output {
    spojka_with_env(
        db,
        args,
        &[
            ("SPOJKA_NOW", JANA_NOW),
            ("USER", "jana"),
            ("LANG", "C.UTF-8"),
            ("LC_ALL", "C.UTF-8"),
        ],
    )
}

/// [`as_jana`], which must succeed: its standard output.
pub fn as_jana_ok(db: &Path, args: &[&str]) -> String {
    let out = as_jana(db, args);
    assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    text(&out.stdout)
}
