//! The connection log: one line per connection, login, refusal, command and
//! end of session, appended to an owner-only file beside the database, so an
//! association can see who reached its data and when.
//!
//! ```text
//! 2026-11-25T09:00:01Z #3 127.0.0.1:50112 login "Jana Nováková" (editor) key SHA256:…
//! 2026-11-25T09:00:05Z #3 127.0.0.1:50112 refused "Petr" (viewer): import needs the editor role
//! ```
//!
//! Everything that came from a client (commands, names) is sanitised, so a
//! line can neither be split nor carry escape sequences to whoever reads it.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

/// The log file, shared by every connection.
pub struct Log {
    path: PathBuf,
    file: Mutex<std::fs::File>,
    clock: crate::clock::Clock,
}

impl Log {
    /// Opens (or makes, owner-only) the log at `path`, for appending.
    pub fn open(path: &Path, clock: crate::clock::Clock) -> io::Result<Log> {
        let mut options = std::fs::OpenOptions::new();
        options.append(true).create(true);
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(path).map_err(|e| {
            io::Error::new(
                e.kind(),
                format!("cannot open the connection log {}: {e}", path.display()),
            )
        })?;
        Ok(Log {
            path: path.to_path_buf(),
            file: Mutex::new(file),
            clock,
        })
    }

    /// Where the log is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one line: the time, the connection and what happened.
    pub fn write(&self, connection: &str, what: &str) {
        let now = self.clock.now_utc().format("%Y-%m-%dT%H:%M:%SZ");
        let line = format!("{now} {connection} {what}");
        let line = crate::sanitize::sanitize(&line).replace('\n', " ");
        let mut file = self.file.lock().unwrap_or_else(PoisonError::into_inner);
        // A full disk must not take the server down; the sessions go on.
        let _ = writeln!(file, "{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_appended_owner_only_and_cannot_be_split() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("db.ssh.log");
        let log = Log::open(&path, crate::clock::Clock::System).expect("log");
        log.write("#1 127.0.0.1:5000", "exec \"Jana\": export\nforged line");
        drop(log);
        Log::open(&path, crate::clock::Clock::System)
            .expect("again")
            .write("#2", "login");
        let text = std::fs::read_to_string(&path).expect("read");
        assert_eq!(text.lines().count(), 2, "{text}");
        assert!(text.lines().next().unwrap_or_default().contains("export"));
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
