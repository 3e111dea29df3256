//! The control socket: one process holds a database, and every other spojka
//! that needs it talks to that process instead of opening the sled files.
//!
//! The holder (the interactive interface, or a one-off command such as a cron
//! export) serves a Unix socket, owner-only, for as long as it holds the
//! database. A client sends spojka's argument list with the caller's language
//! and user name, then streams its input file; the holder runs the command on
//! its own store and model and streams standard output, standard error and the
//! exit status back. Frames are length-prefixed, bounded, and carry a protocol
//! version (see [`frame`]).

pub mod chunked;
pub mod client;
pub mod frame;
pub mod server;

use std::hash::BuildHasher;
use std::path::{Path, PathBuf};

/// The longest path a Unix socket address holds (`sun_path`, less its NUL).
const SUN_PATH_MAX: usize = 107;

/// Where the holder of the database at `db` serves its socket: inside the
/// database directory (owner-only already), or, when that path is too long
/// for a socket address, in the user's runtime directory under a name made
/// from a hash of the database path.
pub fn socket_path(db: &Path) -> PathBuf {
    let inside = db.join("control.sock");
    if inside.as_os_str().len() <= SUN_PATH_MAX {
        return inside;
    }
    let canonical = std::fs::canonicalize(db).unwrap_or_else(|_| db.to_path_buf());
    let hash = rustc_hash::FxBuildHasher.hash_one(canonical.as_os_str());
    runtime_dir().join(format!("spojka-{hash:016x}.sock"))
}

/// `$XDG_RUNTIME_DIR`, or an owner-only directory of this user's under the
/// system's temporary directory.
fn runtime_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    // SAFETY: getuid has no preconditions and cannot fail.
    let uid = unsafe { libc::getuid() };
    let dir = std::env::temp_dir().join(format!("spojka-{uid}"));
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    // Already there is fine; if it cannot be made, binding will say so.
    let _ = builder.create(&dir);
    dir
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_database_path_keeps_its_socket_inside() {
        let db = Path::new("/home/jana/.local/share/spojka/db");
        assert_eq!(socket_path(db), db.join("control.sock"));
    }

    #[test]
    fn a_long_database_path_gets_a_short_socket_named_by_its_hash() {
        let long = PathBuf::from(format!("/tmp/{}/db", "x".repeat(120)));
        let path = socket_path(&long);
        assert!(path.as_os_str().len() <= SUN_PATH_MAX, "{}", path.display());
        assert_eq!(path, socket_path(&long));
        let other = PathBuf::from(format!("/tmp/{}/db", "y".repeat(120)));
        assert_ne!(path, socket_path(&other));
    }
}
