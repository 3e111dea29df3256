//! `spojka backup`, `restore`, `check` and `compact`, and the daily
//! automatic backup.
//!
//! `backup` and `check` run wherever the database is held (through the
//! control socket when another spojka has it open). `restore` and `compact`
//! replace the database directory, so they need the database to themselves:
//! while another process holds it they refuse and say so (the interactive
//! interface would otherwise keep writing to the directory swapped out).
//! Both build the new directory beside the old one, make it durable, and
//! swap the two in one step (`renameat2` with `RENAME_EXCHANGE`), so a crash
//! at any moment leaves the whole old or the whole new database in place.

use super::{BackupArgs, CheckArgs, CliError, Command, RestoreArgs, os_user};
use crate::clock::Clock;
use crate::store::{Store, StoreError};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// Automatic backups kept.
const KEEP: usize = 7;

/// How old the newest automatic backup may be before another is made.
const DAILY: Duration = Duration::from_secs(24 * 60 * 60);

/// What stops a maintenance command.
#[derive(Debug, thiserror::Error)]
pub enum MaintainError {
    /// Another process has the database open.
    #[error("{}", super::words::in_use(.command, .path))]
    InUse {
        /// The command.
        command: &'static str,
        /// The database.
        path: PathBuf,
    },
    /// Restoring over records without `--force`.
    #[error("{}", super::words::not_empty(.0))]
    NotEmpty(PathBuf),
    /// The check found problems.
    #[error("{}", super::words::problems(.0))]
    Problems(usize),
    /// The file to restore is not a regular file.
    #[error("{}", super::words::not_a_file(.0))]
    NotAFile(PathBuf),
}

/// A path as a message argument.
fn shown(path: &Path) -> fluent_bundle::FluentValue<'static> {
    path.display().to_string().into()
}

fn io(what: &str) -> impl Fn(std::io::Error) -> CliError + '_ {
    move |source| CliError::Io {
        what: what.to_string(),
        source,
    }
}

/// Where automatic backups of the database at `db` go: `backups` beside a
/// database directory named `db` (the default), `NAME-backups` otherwise.
pub fn backups_dir(db: &Path) -> PathBuf {
    let name = db.file_name().map(|n| n.to_string_lossy().into_owned());
    let parent = db.parent().unwrap_or(Path::new("."));
    match name.as_deref() {
        Some("db") | None => parent.join("backups"),
        Some(name) => parent.join(format!("{name}-backups")),
    }
}

fn stamp(clock: Clock) -> String {
    clock.now_prague().format("%Y%m%d-%H%M%S").to_string()
}

/// Writes a backup into `dir` (created owner-only); its path.
fn backup_into(store: &Store, dir: &Path, clock: Clock) -> Result<PathBuf, CliError> {
    std::fs::DirBuilder::new()
        .recursive(true)
        .create(dir)
        .map_err(io("creating the backups directory"))?;
    let path = dir.join(format!("spojka-{}.backup", stamp(clock)));
    let mut file = crate::outfile::OutFile::create(&path, store.path())?;
    store.backup(&mut file, clock.now_utc())?;
    file.commit()?;
    Ok(path)
}

/// The daily automatic backup: when the database holds records and the
/// newest backup in [`backups_dir`] is older than a day (or there is
/// none), writes one and keeps the newest [`KEEP`].
pub fn daily_backup(store: &Store, clock: Clock) -> Result<Option<PathBuf>, CliError> {
    if store.is_empty() {
        return Ok(None);
    }
    let dir = backups_dir(store.path());
    let mut found: Vec<(SystemTime, PathBuf)> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with("spojka-"))
            .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
            .collect(),
        Err(_) => Vec::new(),
    };
    found.sort();
    let fresh = found
        .last()
        .is_some_and(|(at, _)| at.elapsed().is_ok_and(|age| age < DAILY));
    if fresh {
        return Ok(None);
    }
    let made = backup_into(store, &dir, clock)?;
    found.push((SystemTime::from(clock.now_utc()), made.clone()));
    let excess = found.len().saturating_sub(KEEP);
    for (_, old) in found.into_iter().take(excess) {
        let _ = std::fs::remove_file(old);
    }
    Ok(Some(made))
}

/// `spojka backup [FILE]`.
pub fn backup(
    store: &Store,
    args: &BackupArgs,
    clock: Clock,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let path = match args.file.as_deref() {
        Some(p) if p.as_os_str() == "-" => {
            store.backup(out, clock.now_utc())?;
            return Ok(());
        }
        Some(p) => {
            let mut file = crate::outfile::OutFile::create(p, store.path())?;
            store.backup(&mut file, clock.now_utc())?;
            file.commit()?;
            p.to_path_buf()
        }
        None => backup_into(store, &backups_dir(store.path()), clock)?,
    };
    let text = crate::catalog::format(
        "backup-done",
        &[("db", shown(store.path())), ("file", shown(&path))],
    );
    writeln!(out, "{text}").map_err(io("writing the backup report"))
}

/// `spojka check [--quarantine]`.
pub fn check(
    store: &Store,
    args: &CheckArgs,
    clock: Clock,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let report = store.check(args.quarantine)?;
    let mut text = String::new();
    for problem in &report.problems {
        text.push_str(&crate::sanitize::sanitize(problem));
        text.push('\n');
    }
    if !report.quarantined.is_empty() {
        let name = store
            .path()
            .file_name()
            .unwrap_or_default()
            .to_string_lossy();
        let file = store
            .path()
            .with_file_name(format!("{name}-quarantine-{}.jsonl", stamp(clock)));
        let mut lines = String::new();
        for q in &report.quarantined {
            let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
            let line = serde_json::json!({"tree": q.tree, "key": hex(&q.key), "value": hex(&q.value), "reason": q.reason});
            lines.push_str(&line.to_string());
            lines.push('\n');
        }
        crate::outfile::write_bytes(&file, store.path(), lines.as_bytes())?;
        text.push_str(&crate::catalog::format(
            "check-quarantined",
            &[
                ("count", report.quarantined.len().into()),
                ("file", shown(&file)),
            ],
        ));
        text.push('\n');
    }
    if report.index_repaired > 0 {
        text.push_str(&crate::catalog::format(
            "check-repaired",
            &[("count", report.index_repaired.into())],
        ));
        text.push('\n');
    }
    text.push_str(&crate::catalog::format(
        "check-done",
        &[
            ("records", report.records.into()),
            ("entries", report.entries.into()),
            ("ops", report.ops.into()),
            ("problems", report.problems.len().into()),
        ],
    ));
    text.push('\n');
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(io("writing the check report"))?;
    match (report.problems.len(), args.quarantine) {
        (0, _) | (_, true) => Ok(()),
        (n, false) => Err(MaintainError::Problems(n).into()),
    }
}

/// `restore` or `compact` reached through the control socket: refused.
pub fn refuse_held(command: &Command, store: &Store) -> CliError {
    let command = if matches!(command, Command::Compact) {
        "compact"
    } else {
        "restore"
    };
    MaintainError::InUse {
        command,
        path: store.path().to_path_buf(),
    }
    .into()
}

/// Opens the database for a command that replaces it: refused while
/// another process holds it.
fn open_alone(path: &Path, command: &'static str) -> Result<Store, CliError> {
    match Store::open(path) {
        Err(StoreError::Locked { .. }) => Err(MaintainError::InUse {
            command,
            path: path.to_path_buf(),
        }
        .into()),
        other => Ok(other?),
    }
}

/// Opens the database again after a swap; sled lets go of its lock a
/// moment after the last handle is dropped.
fn reopen(path: &Path) -> Result<Store, CliError> {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        match Store::open(path) {
            Err(StoreError::Locked { .. }) if std::time::Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(20));
            }
            other => return Ok(other?),
        }
    }
}

/// A directory beside `db` for building its replacement; a leftover from
/// a crashed run (only this database's holder makes it) is removed.
fn beside(db: &Path, what: &str) -> Result<PathBuf, CliError> {
    let name = db.file_name().unwrap_or_default().to_string_lossy();
    let tmp = db.with_file_name(format!(".{name}.{what}"));
    if tmp.exists() {
        std::fs::remove_dir_all(&tmp).map_err(io("removing a leftover directory"))?;
    }
    Ok(tmp)
}

/// Runs `restore` or `compact`, which need the database to themselves.
pub fn run_exclusive(
    path: &Path,
    command: Command,
    clock: Clock,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    match command {
        Command::Restore(args) => restore(path, &args, clock, out),
        _ => compact(path, out),
    }
}

/// Swaps the built directory `tmp` in for `db`, then throws the old one
/// (now at `tmp`) away once its store is closed.
fn swap_in(db: &Path, tmp: &Path, old: Store) -> Result<(), CliError> {
    crate::store::exchange_dirs(db, tmp)?;
    crate::store::sync_dir(db.parent().unwrap_or(Path::new(".")))?;
    drop(old);
    std::fs::remove_dir_all(tmp).map_err(io("removing the replaced database"))
}

fn restore(
    db: &Path,
    args: &RestoreArgs,
    clock: Clock,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let meta = std::fs::metadata(&args.file).map_err(|source| CliError::ReadFile {
        path: args.file.clone(),
        source,
    })?;
    if !meta.is_file() {
        return Err(MaintainError::NotAFile(args.file.clone()).into());
    }
    let old = open_alone(db, "restore")?;
    if !old.is_empty() {
        if !args.force {
            return Err(MaintainError::NotEmpty(db.to_path_buf()).into());
        }
        let kept = backup_into(&old, &backups_dir(db), clock)?;
        let text = crate::catalog::format("restore-kept", &[("file", shown(&kept))]);
        writeln!(out, "{text}").map_err(io("writing the restore report"))?;
    }
    let tmp = beside(db, "restoring")?;
    let file = std::fs::File::open(&args.file).map_err(|source| CliError::ReadFile {
        path: args.file.clone(),
        source,
    })?;
    let built = Store::open(&tmp).and_then(|new| {
        let mut reader = std::io::BufReader::new(file);
        new.restore_from(&mut reader, &os_user(), clock.now_utc())
    });
    let tally = match built {
        Ok(tally) => tally,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(e.into());
        }
    };
    crate::store::sync_dir(&tmp)?;
    swap_in(db, &tmp, old)?;
    let store = reopen(db)?;
    let text = crate::catalog::format(
        "restore-done",
        &[
            ("db", shown(store.path())),
            ("records", tally.records.into()),
            ("entries", tally.entries.into()),
            ("ops", tally.ops.into()),
        ],
    );
    writeln!(out, "{text}").map_err(io("writing the restore report"))
}

/// The bytes of every file under `dir`.
fn size_of(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => size_of(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}

fn compact(db: &Path, out: &mut dyn Write) -> Result<(), CliError> {
    let old = open_alone(db, "compact")?;
    let before = size_of(db);
    let tmp = beside(db, "compacting")?;
    if let Err(e) = old.copy_to(&tmp) {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e.into());
    }
    swap_in(db, &tmp, old)?;
    let store = reopen(db)?;
    let after = size_of(db);
    let mb = |b: u64| b as f64 / 1_000_000.0;
    let text = crate::catalog::format(
        "compact-done",
        &[
            ("db", shown(store.path())),
            ("before", mb(before).into()),
            ("after", mb(after).into()),
        ],
    );
    writeln!(out, "{text}").map_err(io("writing the compact report"))
}
