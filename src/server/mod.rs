//! `spojka serve`: spojka as an SSH server, so a team works on one database.
//!
//! The process holds the database like the interactive interface does (one
//! store, one read model, the control socket for local commands) and accepts
//! SSH connections. Each person logs in with their own key from the users
//! file ([`users`]) and gets either the interactive interface, on a thread of
//! its own ([`tui`]), or one of spojka's commands ([`exec`]), run as them
//! through the same request path the control socket uses, within their role.
//!
//! The async runtime only moves bytes; sessions and commands run on their
//! own threads, each bounded in what it queues. SIGHUP reloads the users
//! file (sessions of keys no longer allowed end), SIGTERM ends every session
//! with a message, flushes the store and exits. Every connection, login,
//! command and refusal is written to a log beside the database ([`log`]).

mod backend;
mod exec;
mod handler;
pub mod hostkey;
pub mod log;
mod run;
mod start;
pub mod tui;
pub mod users;

use crate::app::access::Remote;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

pub use run::serve;

/// Why `spojka serve` cannot start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The users file is missing or wrong.
    #[error(transparent)]
    Users(#[from] users::UsersError),
    /// No users file given and no config directory to look in.
    #[error(
        "cannot find a config directory for users.toml (is HOME set?); name the file with --users FILE"
    )]
    NoUsersFile,
    /// The host key, the log or the listening socket failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// `serve` was asked of a process that holds the database.
    #[error(
        "spojka serve runs by itself: start it with `spojka serve`, not through another spojka"
    )]
    NotHere,
}

/// A file that belongs with the database but must not be inside its
/// directory (sled's own): `db` → `db.<suffix>` beside it.
fn beside(db: &Path, suffix: &str) -> PathBuf {
    let name = db
        .file_name()
        .map_or_else(|| "db".into(), |n| n.to_string_lossy().into_owned());
    db.with_file_name(format!("{name}.{suffix}"))
}

/// Where the host key of the server on `db` is kept.
pub fn host_key_path(db: &Path) -> PathBuf {
    beside(db, "ssh_host_ed25519_key")
}

/// Where the connection log of the server on `db` is kept.
pub fn log_path(db: &Path) -> PathBuf {
    beside(db, "ssh.log")
}

/// How users reach the server, for the commands sessions show: the host
/// from the users file, else `localhost` for a loopback address, else this
/// machine's name.
pub fn remote(listen: SocketAddr, host: Option<&str>) -> Remote {
    let host = match host {
        Some(host) => host.to_string(),
        None if listen.ip().is_loopback() => "localhost".to_string(),
        None => hostname().unwrap_or_else(|| listen.ip().to_string()),
    };
    let ssh = match listen.port() {
        22 => format!("ssh {host}"),
        port => format!("ssh -p {port} {host}"),
    };
    Remote { ssh }
}

/// This machine's host name.
fn hostname() -> Option<String> {
    let mut buffer = [0u8; 256];
    // SAFETY: the buffer is valid for writes of its length; gethostname
    // writes at most that many bytes.
    let rc = unsafe { libc::gethostname(buffer.as_mut_ptr().cast(), buffer.len()) };
    if rc != 0 {
        return None;
    }
    let end = buffer.iter().position(|&b| b == 0).unwrap_or(buffer.len());
    let name = String::from_utf8_lossy(&buffer[..end]).into_owned();
    (!name.is_empty()).then_some(name)
}

/// The `--listen` address a serve holder announces on the control socket
/// (`serve --listen ADDR`), if `command` is one.
pub fn served_on(command: &str) -> Option<&str> {
    command.strip_prefix("serve --listen ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_files_sit_beside_the_database_not_inside() {
        let db = Path::new("/srv/spojka/db");
        assert_eq!(
            host_key_path(db),
            Path::new("/srv/spojka/db.ssh_host_ed25519_key")
        );
        assert_eq!(log_path(db), Path::new("/srv/spojka/db.ssh.log"));
    }

    #[test]
    fn the_command_users_run_names_the_host_and_port() {
        let local: SocketAddr = "127.0.0.1:2222".parse().expect("addr");
        assert_eq!(remote(local, None).ssh, "ssh -p 2222 localhost");
        let public: SocketAddr = "0.0.0.0:22".parse().expect("addr");
        assert_eq!(
            remote(public, Some("spojka.example.org")).ssh,
            "ssh spojka.example.org"
        );
        assert_eq!(
            served_on("serve --listen 127.0.0.1:2222"),
            Some("127.0.0.1:2222")
        );
        assert_eq!(served_on("export --kind ngos"), None);
    }
}
