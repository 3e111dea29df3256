//! Output files (exports, reports, the coverage map) written safely.
//!
//! A file is first written to a new temporary file beside the target,
//! created owner-only with `O_EXCL` (it holds personal data, and `O_EXCL`
//! refuses to follow a symlink planted at the temporary name), synced to
//! disk, then renamed over the target, and the folder is synced so the
//! rename survives a crash. Hence:
//!
//! - an existing target ends up owner-only (0600), whatever its old mode;
//! - a symlink at the target is replaced, never followed: `rename(2)`
//!   replaces the final path component itself, so what the link pointed to
//!   is left untouched;
//! - readers see the old file or the whole new one, never half of it;
//! - a target inside the database directory is refused before anything is
//!   written: overwriting one of sled's files destroys the database.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Why an output file could not be written; each names the file and says
/// what to do.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The target is the database directory or inside it.
    #[error(
        "{path}: this is in the database directory {db}; writing there would damage the database, so nothing was written. Choose a file outside that directory"
    )]
    InsideDatabase {
        /// The file asked for.
        path: PathBuf,
        /// The database directory.
        db: PathBuf,
    },
    /// The path ends in no file name (`/`, `..`).
    #[error("{0}: this names a folder, not a file; add a file name")]
    NoFileName(PathBuf),
    /// Something other than a regular file is there (or a symlink to one):
    /// a folder, a device such as `/dev/null`, a pipe. Replacing it would
    /// break whatever relies on it, so it is left alone.
    #[error(
        "{0}: this is not a regular file (a folder, a device, a pipe, or a link to one), so it is left alone; choose a file name, or leave out --out to write to standard output"
    )]
    NotAFile(PathBuf),
    /// The folder the file goes in does not exist or cannot be read.
    #[error("{path}: cannot use the folder {folder}: {source}; choose an existing folder")]
    Folder {
        /// The file asked for.
        path: PathBuf,
        /// Its folder.
        folder: PathBuf,
        /// Why the folder is unusable.
        source: std::io::Error,
    },
    /// A step of writing failed.
    #[error("{path}: {step}: {source}")]
    Io {
        /// The file asked for.
        path: PathBuf,
        /// What failed and what to check.
        step: &'static str,
        /// Why.
        source: std::io::Error,
    },
}

/// A file being written: behaves as a writer, and becomes the target only on
/// [`OutFile::commit`]; dropped without a commit, it leaves the target as
/// it was and removes the temporary file.
pub struct OutFile {
    target: PathBuf,
    folder: PathBuf,
    temp: PathBuf,
    file: BufWriter<File>,
    committed: bool,
}

impl OutFile {
    /// Starts writing `target`, refusing it when it is inside `db_dir` (the
    /// directories are compared canonicalised, so `..` and symlinked folders
    /// do not get around the check).
    pub fn create(target: &Path, db_dir: &Path) -> Result<OutFile, OutputError> {
        let name = target
            .file_name()
            .ok_or_else(|| OutputError::NoFileName(target.to_path_buf()))?;
        let folder = match target.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let real_folder = folder
            .canonicalize()
            .map_err(|source| OutputError::Folder {
                path: target.to_path_buf(),
                folder: folder.clone(),
                source,
            })?;
        // The database normally exists (it is open); if not, its path as
        // given, made absolute, is the best there is to compare with.
        let real_db = db_dir
            .canonicalize()
            .or_else(|_| std::path::absolute(db_dir))
            .unwrap_or_else(|_| db_dir.to_path_buf());
        if real_folder.join(name).starts_with(&real_db) {
            return Err(OutputError::InsideDatabase {
                path: target.to_path_buf(),
                db: db_dir.to_path_buf(),
            });
        }
        if !replaceable(target) {
            return Err(OutputError::NotAFile(target.to_path_buf()));
        }
        let (temp, file) = create_temp(&folder, name).map_err(|source| OutputError::Io {
            path: target.to_path_buf(),
            step: "cannot create a new file in its folder (check that the folder is writable and the disk is not full)",
            source,
        })?;
        Ok(OutFile {
            target: target.to_path_buf(),
            folder,
            temp,
            file: BufWriter::new(file),
            committed: false,
        })
    }

    /// Puts the written file in place of the target, on disk before this
    /// returns, so success is only reported for a file that survives a crash.
    pub fn commit(mut self) -> Result<(), OutputError> {
        let target = self.target.clone();
        let io = |step: &'static str| {
            let path = target.clone();
            move |source| OutputError::Io { path, step, source }
        };
        let disk = "cannot write the file to disk (check that the disk is not full)";
        self.file.flush().map_err(io(disk))?;
        self.file.get_ref().sync_all().map_err(io(disk))?;
        std::fs::rename(&self.temp, &self.target).map_err(io(
            "cannot put the file in place (is it a folder?); choose another file name",
        ))?;
        self.committed = true;
        sync_folder(&self.folder).map_err(io(
            "the file is written, but its folder could not be synced to disk (check the disk)",
        ))
    }
}

impl Write for OutFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.file.write_all(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

impl Drop for OutFile {
    fn drop(&mut self) {
        if !self.committed {
            // Best effort: a leftover temporary file is owner-only and
            // harmless, and there is no one to report the failure to here.
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// Writes `bytes` as the file `target` (see [`OutFile`]).
pub fn write_bytes(target: &Path, db_dir: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    let mut file = OutFile::create(target, db_dir)?;
    file.write_all(bytes).map_err(|source| OutputError::Io {
        path: target.to_path_buf(),
        step: "cannot write the file (check that the disk is not full)",
        source,
    })?;
    file.commit()
}

/// Whether `target` may be replaced: nothing is there, or a regular file, or
/// a symlink to one (or to nothing). A symlink itself is replaced, never
/// followed, but one that leads to a device (`/dev/stdout`) or a folder says
/// the user meant something else than a new file in its place.
fn replaceable(target: &Path) -> bool {
    let Ok(entry) = std::fs::symlink_metadata(target) else {
        return true;
    };
    if entry.is_symlink() {
        std::fs::metadata(target).map_or(true, |pointee| pointee.is_file())
    } else {
        entry.is_file()
    }
}

/// A new owner-only file beside the target, under a name no one else can
/// have planted: `O_EXCL` fails on any existing entry, symlinks included,
/// and a few random names are tried before giving up.
fn create_temp(folder: &Path, name: &std::ffi::OsStr) -> std::io::Result<(PathBuf, File)> {
    let mut last = None;
    for _ in 0..8 {
        let mut temp_name = std::ffi::OsString::from(".");
        temp_name.push(name);
        temp_name.push(format!(
            ".{}-{:016x}.tmp",
            std::process::id(),
            fastrand::u64(..)
        ));
        let temp = folder.join(temp_name);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no free temporary name")))
}

/// Makes a rename in `folder` durable: the folder's own entry list is
/// synced (on Unix; elsewhere the file system handles it).
fn sync_folder(folder: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        File::open(folder)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = folder;
        Ok(())
    }
}
