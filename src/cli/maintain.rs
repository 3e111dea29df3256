//! `spojka backup`, `restore`, `check` and `compact`, and the daily
//! automatic backup.
//!
//! All four run wherever the database is held (through the control socket
//! when another spojka has it open). `restore` and `compact` replace the
//! database directory under the holder's sessions: the store builds the new
//! directory beside the old one, makes it durable, swaps the two in one step
//! (`renameat2` with `RENAME_EXCHANGE`, so a crash at any moment leaves the
//! whole old or the whole new database in place) and carries on with the new
//! one; a restore then tells every session its records were replaced.

use super::{BackupArgs, CheckArgs, CliError, RestoreArgs};
use crate::clock::Clock;
use crate::store::Store;
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
    let parent = crate::store::parent_dir(db);
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
    // Two backups in one second (the day's, then the one a restore keeps)
    // must not be one file.
    let stamp = stamp(clock);
    let path = (1..)
        .map(|n| match n {
            1 => dir.join(format!("spojka-{stamp}.backup")),
            n => dir.join(format!("spojka-{stamp}-{n}.backup")),
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| dir.join(format!("spojka-{stamp}.backup")));
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

/// `spojka restore FILE [--force]`, by whichever process holds the
/// database, with every session attached: the backup is read from `input`
/// when a client streamed it (the holder never opens a path a client
/// named), from the file here otherwise. Records already there are kept in
/// an automatic backup first, and only with `--force`.
pub fn restore(
    store: &Store,
    args: &RestoreArgs,
    input: Option<&[u8]>,
    who: &str,
    clock: Clock,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    // The file is opened (and refused if it is no file) before anything
    // else happens: a refused restore must not leave a backup behind.
    let mut file = match input {
        Some(_) => None,
        None => {
            let read_error = |source| CliError::ReadFile {
                path: args.file.clone(),
                source,
            };
            if !std::fs::metadata(&args.file).map_err(read_error)?.is_file() {
                return Err(MaintainError::NotAFile(args.file.clone()).into());
            }
            let file = std::fs::File::open(&args.file).map_err(read_error)?;
            Some(std::io::BufReader::new(file))
        }
    };
    if !store.is_empty() {
        if !args.force {
            return Err(MaintainError::NotEmpty(store.path().to_path_buf()).into());
        }
        let kept = backup_into(store, &backups_dir(store.path()), clock)?;
        let text = crate::catalog::format("restore-kept", &[("file", shown(&kept))]);
        writeln!(out, "{text}").map_err(io("writing the restore report"))?;
    }
    let tally = match (input, file.as_mut()) {
        (Some(mut bytes), _) => store.restore_in_place(&mut bytes, who, clock.now_utc())?,
        (None, Some(reader)) => store.restore_in_place(reader, who, clock.now_utc())?,
        (None, None) => return Err(MaintainError::NotAFile(args.file.clone()).into()),
    };
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

/// `spojka compact`, by whichever process holds the database, with every
/// session attached.
pub fn compact(store: &Store, out: &mut dyn Write) -> Result<(), CliError> {
    let done = store.compact_in_place()?;
    let mb = |b: u64| b as f64 / 1_000_000.0;
    let text = crate::catalog::format(
        "compact-done",
        &[
            ("db", shown(store.path())),
            ("before", mb(done.before).into()),
            ("after", mb(done.after).into()),
        ],
    );
    writeln!(out, "{text}").map_err(io("writing the compact report"))
}
