//! Choosing the keymap at start-up from `--keymap` and the user's override file.

use std::path::Path;

use super::parse::KeymapFile;
use super::{BUILTIN_NAMES, Diagnostic, Keymap, KeymapError};
use crate::infile::{self, InFileError, KEYMAP_LIMIT};

/// The keymap used when `--keymap` is not given and no override names a base.
const DEFAULT: &str = "default";

/// The most lines a keymap file may have. The builtin keymaps have about 300,
/// and checking a file costs more than linear time in its lines (each entry
/// is compared with the others for shadowed sequences), so a file of
/// hundreds of thousands of lines would stall start-up for minutes.
pub const MAX_LINES: usize = 2_000;

/// Resolve the keymap to use at start-up: `choice` is the --keymap value (None =
/// "default"): a builtin name or a path to a file. Then `user_file` (the override
/// in the config dir), if it exists, is merged on top.
///
/// Which builtin is the base: the `--keymap` name; for a `--keymap` file its
/// `base` (else "default"); without `--keymap`, the user file's `base` (else
/// "default"). A `base` in the user file is not used when `--keymap` is given,
/// because the command line is the more specific choice.
///
/// Problems in both files are reported together, so one run shows them all.
pub fn load(choice: Option<&str>, user_file: Option<&Path>) -> Result<Keymap, KeymapError> {
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    let mut collect = |parsed: Result<KeymapFile, Vec<Diagnostic>>| match parsed {
        Ok(file) => Some(file),
        Err(found) => {
            diagnostics.extend(found);
            None
        }
    };

    let (choice_base, choice_file) = match choice {
        None => (None, None),
        Some(name) if BUILTIN_NAMES.contains(&name) => (Some(name.to_string()), None),
        Some(path) => {
            let text = read_choice(path)?;
            let file = collect(Keymap::parse(path, &text));
            let base = file
                .as_ref()
                .map(|f| f.base().unwrap_or(DEFAULT).to_string());
            (base, file)
        }
    };

    let user = match user_file {
        None => None,
        // A FIFO or a device there is refused, not waited on or read forever.
        Some(path) => match read(path) {
            Ok(text) => collect(Keymap::parse(&path.display().to_string(), &text)),
            // The override is optional: most users never create one.
            Err(e) if e.is_not_found() => None,
            Err(e) => return Err(io_error(path, e)),
        },
    };
    if !diagnostics.is_empty() {
        return Err(KeymapError::Invalid(diagnostics));
    }

    let base = match (choice, choice_base) {
        (Some(_), Some(base)) => base,
        _ => user
            .as_ref()
            .and_then(|f| f.base())
            .unwrap_or(DEFAULT)
            .to_string(),
    };
    let mut keymap = match Keymap::builtin_checked(&base) {
        Ok(Some(keymap)) => keymap,
        // Parse only accepts names from BUILTIN_NAMES, which all have a file.
        Ok(None) => return Err(unknown_builtin(&base)),
        Err(found) => return Err(KeymapError::Invalid(found)),
    };
    for file in choice_file.iter().chain(user.iter()) {
        if let Err(found) = keymap.merge(file) {
            diagnostics.extend(found);
        }
    }
    if diagnostics.is_empty() {
        Ok(keymap)
    } else {
        Err(KeymapError::Invalid(diagnostics))
    }
}

/// Reads a `--keymap` value that is not a builtin name. A bare word that is not
/// a file was most likely meant as a builtin name, so it gets the list of names
/// rather than "file not found".
fn read_choice(choice: &str) -> Result<String, KeymapError> {
    match read(Path::new(choice)) {
        Ok(text) => Ok(text),
        Err(e) if e.is_not_found() && looks_like_name(choice) => Err(unknown_builtin(choice)),
        Err(e) => Err(io_error(choice, e)),
    }
}

/// A keymap file's text: a regular file of at most [`KEYMAP_LIMIT`] bytes and
/// [`MAX_LINES`] lines.
fn read(path: &Path) -> Result<String, InFileError> {
    let text = infile::read_text(path, KEYMAP_LIMIT)?;
    if memchr::memchr_iter(b'\n', text.as_bytes()).count() >= MAX_LINES {
        let why =
            format!("it has more than {MAX_LINES} lines; a keymap needs a few hundred at most");
        return Err(InFileError::Io {
            path: path.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::InvalidData, why),
        });
    }
    Ok(text)
}

/// A file that could not be read, named the way the keymap's errors name files.
fn io_error(path: impl AsRef<Path>, e: InFileError) -> KeymapError {
    KeymapError::Io {
        path: path.as_ref().to_path_buf(),
        source: e.into(),
    }
}

fn looks_like_name(choice: &str) -> bool {
    !choice.contains(['/', '\\', '.'])
}

fn unknown_builtin(name: &str) -> KeymapError {
    KeymapError::UnknownBuiltin {
        name: name.to_string(),
        available: BUILTIN_NAMES.iter().map(|n| n.to_string()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_words_are_names_and_paths_are_paths() {
        assert!(looks_like_name("emacs"));
        assert!(!looks_like_name("emacs.toml"));
        assert!(!looks_like_name("./emacs"));
    }
}
