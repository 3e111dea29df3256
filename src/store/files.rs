//! Owner-only permissions for the database directory and its files.
//!
//! sled creates files with the process umask (usually world-readable); the
//! database holds personal data, so we tighten them ourselves.

use super::StoreError;
use std::fs;
use std::path::Path;

fn io_error(path: &Path, source: std::io::Error) -> StoreError {
    StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Creates the directory (and parents) if needed, owner-only.
pub fn create_private_dir(path: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(path)
            .map_err(|e| io_error(path, e))?;
    }
    #[cfg(not(unix))]
    fs::create_dir_all(path).map_err(|e| io_error(path, e))?;
    Ok(())
}

/// Sets 0700 on directories and 0600 on files below `path`, `path` included.
/// Symbolic links are not followed: they could point anywhere.
pub fn make_private(path: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = fs::symlink_metadata(path).map_err(|e| io_error(path, e))?;
        if meta.file_type().is_symlink() {
            return Ok(());
        }
        let mode = if meta.is_dir() { 0o700 } else { 0o600 };
        fs::set_permissions(path, fs::Permissions::from_mode(mode))
            .map_err(|e| io_error(path, e))?;
        if meta.is_dir() {
            for entry in fs::read_dir(path).map_err(|e| io_error(path, e))? {
                let entry = entry.map_err(|e| io_error(path, e))?;
                make_private(&entry.path())?;
            }
        }
    }
    let _ = path;
    Ok(())
}

/// `fdatasync` on an open file: the data and the length, without the other
/// metadata. sled's own flush is `sync_file_range` on Linux, which does not
/// make the file's length durable.
pub fn fdatasync(file: &fs::File) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::io::AsRawFd;
        // SAFETY: the descriptor belongs to `file`, which outlives the call.
        if unsafe { libc::fdatasync(file.as_raw_fd()) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    file.sync_data()
}

/// Syncs the files in sled's `blobs` directory `dir` not synced before (and
/// the directory, when one is new), and remembers the ones there now in
/// `synced`. sled writes a value too large for its log (a leaf of records
/// over about 128 KiB) into a file of its own there and never syncs it.
pub fn sync_new_blobs(
    dir: &Path,
    synced: &std::sync::Mutex<std::collections::HashSet<std::ffi::OsString>>,
) -> std::io::Result<()> {
    use std::io::ErrorKind::NotFound;
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    let mut synced = synced.lock().unwrap_or_else(|p| p.into_inner());
    let mut present = std::collections::HashSet::new();
    let mut new = false;
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        if !synced.contains(&name) {
            // sled removes blobs it no longer needs, maybe since the listing.
            match fs::File::open(entry.path()) {
                Ok(file) => fdatasync(&file)?,
                Err(e) if e.kind() == NotFound => continue,
                Err(e) => return Err(e),
            }
            new = true;
        }
        present.insert(name);
    }
    if new {
        fs::File::open(dir)?.sync_all()?;
    }
    *synced = present;
    Ok(())
}

/// Makes a directory's entries (files created or renamed in it) durable.
pub fn sync_dir(path: &Path) -> Result<(), StoreError> {
    let dir = fs::File::open(path).map_err(|e| io_error(path, e))?;
    dir.sync_all().map_err(|e| io_error(path, e))
}

/// Swaps two directories in one step (`renameat2` with `RENAME_EXCHANGE`),
/// so that a crash leaves each name holding one whole database. Where that
/// call does not exist, two renames through a third name, the only window
/// in which `a` is missing.
pub fn exchange_dirs(a: &Path, b: &Path) -> Result<(), StoreError> {
    #[cfg(target_os = "linux")]
    {
        use std::ffi::CString;
        use std::os::unix::ffi::OsStrExt;
        let c = |p: &Path| CString::new(p.as_os_str().as_bytes()).map_err(std::io::Error::other);
        let (ca, cb) = (
            c(a).map_err(|e| io_error(a, e))?,
            c(b).map_err(|e| io_error(b, e))?,
        );
        // SAFETY: both strings are valid, NUL-terminated and outlive the call.
        let done = unsafe {
            libc::syscall(
                libc::SYS_renameat2,
                libc::AT_FDCWD,
                ca.as_ptr(),
                libc::AT_FDCWD,
                cb.as_ptr(),
                libc::RENAME_EXCHANGE,
            )
        };
        if done == 0 {
            return Ok(());
        }
    }
    let mut parked = a.as_os_str().to_owned();
    parked.push(".swap");
    let parked = std::path::PathBuf::from(parked);
    fs::rename(a, &parked).map_err(|e| io_error(a, e))?;
    fs::rename(b, a).map_err(|e| io_error(b, e))?;
    fs::rename(&parked, b).map_err(|e| io_error(&parked, e))
}

/// The bytes of every file under `dir`.
pub fn size_of(dir: &Path) -> u64 {
    fs::read_dir(dir)
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

/// A directory beside the database `db` for building its replacement
/// (`.NAME.what`); a leftover from a crashed run (only the database's
/// holder makes one) is removed first.
pub fn beside(db: &Path, what: &str) -> Result<std::path::PathBuf, StoreError> {
    let name = db.file_name().unwrap_or_default().to_string_lossy();
    let built = db.with_file_name(format!(".{name}.{what}"));
    if built.exists() {
        fs::remove_dir_all(&built).map_err(|e| io_error(&built, e))?;
    }
    Ok(built)
}

/// The directory `path` is in: `.` for a bare name such as `db`, whose
/// parent is the empty path.
pub fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Moves what others keep in a database directory into `to` when the store
/// replaces sled's own files: the holder's control socket, and the holder
/// lock, which replaces any in `to` (a lock file keeps its lock when renamed,
/// so the database stays held throughout). Nothing else: every other entry
/// is sled's, and one of the old database's (a snapshot file under its own
/// name) would spoil the new.
pub fn carry_over(from: &Path, to: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::FileTypeExt;
    for entry in fs::read_dir(from).map_err(|e| io_error(from, e))? {
        let entry = entry.map_err(|e| io_error(from, e))?;
        let target = to.join(entry.file_name());
        let socket = entry.file_type().is_ok_and(|t| t.is_socket());
        let lock = entry.file_name() == super::holder::NAME;
        if lock || (socket && !target.exists()) {
            fs::rename(entry.path(), &target).map_err(|e| io_error(&target, e))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::domain::{Kind, Organisation, Record};
    use crate::store::Store;

    /// Records of about 19 KiB each: a leaf of 16 of them is over the 128
    /// KiB sled writes to a file of its own under `blobs/`.
    fn bulky(i: usize) -> Record {
        Organisation {
            name: format!("Spolek {i}"),
            notes: "poznámka ".repeat(1900),
            ..Organisation::default()
        }
        .into()
    }

    #[test]
    fn values_sled_writes_to_files_of_their_own_are_synced_before_a_save_returns() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(&dir.path().join("db")).expect("open");
        for i in 0..60 {
            store
                .save(bulky(i), "t", crate::sample::epoch())
                .expect("save");
        }
        assert_eq!(store.count(Kind::Organisation), 60);
        let blobs: std::collections::HashSet<std::ffi::OsString> =
            std::fs::read_dir(dir.path().join("db").join("blobs"))
                .expect("blobs")
                .map(|e| e.expect("entry").file_name())
                .collect();
        assert!(!blobs.is_empty(), "the test made no blob: nothing checked");
        let trees = store.trees().expect("handles");
        let synced = trees.synced_blobs.lock().expect("lock");
        assert!(
            blobs.iter().all(|name| synced.contains(name)),
            "unsynced: {:?}",
            blobs.difference(&synced).collect::<Vec<_>>()
        );
    }
}
