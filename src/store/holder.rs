//! The holder lock: a file in the database directory that the process
//! holding the database keeps locked for as long as it does.
//!
//! sled locks its own data file too, but only while its handles are open,
//! and the store closes and reopens them (after loading, after a
//! compaction): in that moment another spojka would find sled's lock free
//! and open the database itself. This lock is taken before sled's and never
//! let go of until the store is dropped, so every other process sees the
//! database held throughout and asks its holder instead.

use super::StoreError;
use std::fs::File;
use std::path::Path;

/// The lock file's name in the database directory.
pub const NAME: &str = "holder.lock";

/// The taken lock; dropping it (or the process ending) lets go of it.
#[derive(Debug)]
pub struct HolderLock {
    _file: File,
}

impl HolderLock {
    /// Takes the lock of the database directory `dir` (which exists), or
    /// says the database is held.
    pub fn take(dir: &Path) -> Result<HolderLock, StoreError> {
        let path = dir.join(NAME);
        let io = |source| StoreError::Io {
            path: path.clone(),
            source,
        };
        let mut options = std::fs::OpenOptions::new();
        options.read(true).write(true).create(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            // Owner-only, and never through a symbolic link planted there.
            options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
        }
        let file = options.open(&path).map_err(io)?;
        #[cfg(unix)]
        {
            use std::os::unix::io::AsRawFd;
            // SAFETY: the descriptor belongs to `file`, which outlives the call.
            if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } != 0 {
                let error = std::io::Error::last_os_error();
                return Err(if error.kind() == std::io::ErrorKind::WouldBlock {
                    StoreError::Locked {
                        path: dir.to_path_buf(),
                    }
                } else {
                    io(error)
                });
            }
        }
        Ok(HolderLock { _file: file })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_taker_is_told_the_database_is_held_until_the_first_lets_go() {
        let dir = tempfile::tempdir().expect("dir");
        let first = HolderLock::take(dir.path()).expect("first");
        assert!(matches!(
            HolderLock::take(dir.path()),
            Err(StoreError::Locked { .. })
        ));
        drop(first);
        HolderLock::take(dir.path()).expect("free again");
    }
}
