//! Reading a text file that someone else may have put there: a keymap, the
//! settings file, a calendar file to import.
//!
//! A FIFO would block the read until some other program writes to it, and a
//! device such as `/dev/zero` never ends, so only regular files are read, and
//! only up to a size limit. The file is opened without blocking (opening a
//! FIFO with no writer would otherwise wait forever), then the opened file is
//! checked, so a file swapped for another between a check and the open cannot
//! slip through.

use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest keymap file read: a real one is a few kilobytes.
pub const KEYMAP_LIMIT: u64 = 1024 * 1024;

/// The largest settings file read: a real one is a few lines.
pub const CONFIG_LIMIT: u64 = 1024 * 1024;

/// The largest calendar file imported: years of a busy calendar fit easily.
pub const IMPORT_LIMIT: u64 = 64 * 1024 * 1024;

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InFileError {
    /// The system refused to open or read it (missing, no permission, …).
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// It is a FIFO, a device, a directory or a socket, not a file.
    #[error("cannot read {}: {}", path.display(), Self::not_regular_reason(what))]
    NotRegular {
        /// The file.
        path: PathBuf,
        /// What it is instead ("a FIFO (named pipe)", "a device", …).
        what: &'static str,
    },
    /// It is larger than the limit for its kind.
    #[error("cannot read {}: {}", path.display(), Self::too_large_reason(*limit))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit, in bytes.
        limit: u64,
    },
    /// It is not UTF-8 text.
    #[error("cannot read {}: it is not UTF-8 text", path.display())]
    NotText {
        /// The file.
        path: PathBuf,
    },
}

impl InFileError {
    /// Whether the file does not exist, which callers reading an optional
    /// file (the keymap override, the settings) treat as "use the defaults".
    pub fn is_not_found(&self) -> bool {
        matches!(self, InFileError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
    }

    fn not_regular_reason(what: &str) -> String {
        format!("it is {what}, not a regular file; spojka reads only regular files")
    }

    fn too_large_reason(limit: u64) -> String {
        format!("it is larger than {}", Size(limit))
    }
}

/// The error as an I/O error without the path, for callers whose own message
/// already names the file (`cannot read PATH: …`).
impl From<InFileError> for std::io::Error {
    fn from(e: InFileError) -> std::io::Error {
        use std::io::ErrorKind;
        match e {
            InFileError::Io { source, .. } => source,
            InFileError::NotRegular { what, .. } => std::io::Error::new(
                ErrorKind::InvalidInput,
                InFileError::not_regular_reason(what),
            ),
            InFileError::TooLarge { limit, .. } => std::io::Error::new(
                ErrorKind::FileTooLarge,
                InFileError::too_large_reason(limit),
            ),
            InFileError::NotText { .. } => {
                std::io::Error::new(ErrorKind::InvalidData, "it is not UTF-8 text")
            }
        }
    }
}

/// A byte count the way people read it: "1 MiB", "64 MiB", "512 bytes".
struct Size(u64);

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const MIB: u64 = 1024 * 1024;
        if self.0 >= MIB && self.0.is_multiple_of(MIB) {
            write!(f, "{} MiB", self.0 / MIB)
        } else {
            write!(f, "{} bytes", self.0)
        }
    }
}

/// The text of the regular file at `path`, refused when it is not a regular
/// file or holds more than `limit` bytes. Never blocks on a FIFO and never
/// reads more than `limit + 1` bytes.
pub fn read_text(path: impl AsRef<Path>, limit: u64) -> Result<String, InFileError> {
    let path = path.as_ref();
    let bytes = read_bytes(path, limit)?;
    String::from_utf8(bytes).map_err(|_| InFileError::NotText {
        path: path.to_path_buf(),
    })
}

/// The text read from `input` (standard input, for a file given as "-"),
/// refused as a file is when it holds more than `limit` bytes or is not
/// text: never cut short silently.
pub fn read_stdin_text(input: impl std::io::Read, limit: u64) -> Result<String, InFileError> {
    let path = PathBuf::from("-");
    let mut bytes = Vec::new();
    input
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| InFileError::Io {
            path: path.clone(),
            source,
        })?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > limit {
        return Err(InFileError::TooLarge { path, limit });
    }
    String::from_utf8(bytes).map_err(|_| InFileError::NotText { path })
}

/// The bytes of the regular file at `path`, refused as [`read_text`]
/// refuses a file (not regular, over `limit`); a spreadsheet is read so.
pub fn read_bytes(path: impl AsRef<Path>, limit: u64) -> Result<Vec<u8>, InFileError> {
    let path = path.as_ref();
    let io = |source| InFileError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = open(path).map_err(io)?;
    let metadata = file.metadata().map_err(io)?;
    if let Some(what) = not_regular(&metadata.file_type()) {
        return Err(InFileError::NotRegular {
            path: path.to_path_buf(),
            what,
        });
    }
    let too_large = || InFileError::TooLarge {
        path: path.to_path_buf(),
        limit,
    };
    if metadata.len() > limit {
        return Err(too_large());
    }
    // The file may grow after the check: read one byte past the limit to
    // notice, and never more.
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Opens for reading without waiting: on Unix, `O_NONBLOCK` makes opening a
/// FIFO with no writer return at once instead of waiting for one.
fn open(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// What a file that is not a regular file is, in words; None for a regular file.
fn not_regular(kind: &std::fs::FileType) -> Option<&'static str> {
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("a device");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
    }
    Some("a special file")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(Size(1024 * 1024).to_string(), "1 MiB");
        assert_eq!(Size(64 * 1024 * 1024).to_string(), "64 MiB");
        assert_eq!(Size(100).to_string(), "100 bytes");
    }

    #[test]
    fn a_small_regular_file_is_read_and_a_large_one_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "ahoj").expect("write");
        assert_eq!(read_text(&file, 4).expect("read"), "ahoj");
        assert!(matches!(
            read_text(&file, 3),
            Err(InFileError::TooLarge { limit: 3, .. })
        ));
        let missing = read_text(dir.path().join("none"), 4).expect_err("missing");
        assert!(missing.is_not_found());
    }

    #[test]
    fn standard_input_over_the_limit_is_refused_not_cut() {
        assert_eq!(read_stdin_text(&b"ahoj"[..], 4).expect("read"), "ahoj");
        assert!(matches!(
            read_stdin_text(&b"ahoj!"[..], 4),
            Err(InFileError::TooLarge { limit: 4, .. })
        ));
        assert!(matches!(
            read_stdin_text(&[0xff, 0xfe][..], 4),
            Err(InFileError::NotText { .. })
        ));
    }
}
