//! What can be wrong in a keymap file, said so that a user can find the line
//! and fix it.

use std::fmt;
use std::path::PathBuf;

use crate::vocab::Mode;

use super::key::KeyParseError;

/// One problem found in a keymap file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as the user knows it, e.g. `keymaps/vim.toml` or a path.
    pub file: String,
    /// 1-based line of the problem.
    pub line: usize,
    /// The mode section the entry is in, when the problem is inside one.
    pub mode: Option<Mode>,
    /// The key as written in the file, when the problem concerns an entry.
    pub key: Option<String>,
    /// The action (or other value) as written in the file, when there is one.
    pub action: Option<String>,
    /// What is wrong.
    pub problem: Problem,
}

/// The kinds of problem a keymap file can have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// The file is not valid TOML.
    #[error("TOML syntax error: {0}")]
    Syntax(String),
    /// A table that is not a mode, e.g. `[nromal]`.
    #[error(
        "unknown section [{0}]: sections are [normal], [detail], [filter], [form], \
         [picker], [confirm], [help] and [history]"
    )]
    UnknownMode(String),
    /// A top-level entry other than `base`, e.g. `theme = "dark"`.
    #[error("unknown top-level key \"{0}\": only `base` and mode sections are allowed")]
    UnknownTopLevelKey(String),
    /// A mode name used for something other than a table, e.g. `normal = 1`.
    #[error("[{0}] must be a table of \"key\" = \"action\" entries")]
    SectionNotTable(String),
    /// `base` names no builtin keymap or is not a string.
    #[error("bad base \"{0}\": use base = \"default\" or base = \"vim\"")]
    BadBase(String),
    /// `base` written after a `[section]` header, where TOML puts it inside
    /// that section.
    #[error("`base` must come before the first [section] to apply to the whole file")]
    MisplacedBase,
    /// The action name is not one the app knows.
    #[error("unknown action \"{0}\"")]
    UnknownAction(String),
    /// The key is not in the notation.
    #[error("bad key: {0}")]
    BadKey(KeyParseError),
    /// The value is not a string, e.g. `j = 1`.
    #[error("expected an action name in quotes (or \"none\"), found {0}")]
    NotAString(String),
    /// The same key written twice with different spellings, e.g. `S-tab` and
    /// `backtab`.
    #[error("same key as \"{other_key}\" on line {other_line}: bind each key once")]
    DuplicateKey {
        /// The other spelling, as written.
        other_key: String,
        /// Where the other spelling is.
        other_line: usize,
    },
    /// This key is also the start of a bound sequence, so the sequence could
    /// never be typed.
    #[error(
        "shadows the sequence \"{sequence}\" bound at {file}:{line}: a key that starts \
         a sequence cannot have an action of its own; unbind one with \"none\""
    )]
    ShadowsSequence {
        /// The longer sequence, canonical.
        sequence: String,
        /// The file that binds it.
        file: String,
        /// Its line there.
        line: usize,
    },
    /// The start of this sequence is bound on its own, so this sequence could
    /// never be typed.
    #[error(
        "is shadowed by \"{prefix}\" bound at {file}:{line}: a key that starts a \
         sequence cannot have an action of its own; unbind one with \"none\""
    )]
    ShadowedBy {
        /// The shorter key, canonical.
        prefix: String,
        /// The file that binds it.
        file: String,
        /// Its line there.
        line: usize,
    },
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.file, self.line)?;
        match (&self.key, self.mode) {
            (Some(key), Some(mode)) => write!(f, "key {key:?} in [{}]: ", mode.name())?,
            (Some(key), None) => write!(f, "key {key:?}: ")?,
            (None, Some(mode)) => write!(f, "[{}]: ", mode.name())?,
            (None, None) => {}
        }
        write!(f, "{}", self.problem)
    }
}

/// Why the keymap could not be loaded at start-up.
#[derive(Debug, thiserror::Error)]
pub enum KeymapError {
    /// A keymap file could not be read.
    #[error("cannot read keymap file \"{}\": {source}", path.display())]
    Io {
        /// The file that was asked for.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// `--keymap` named neither a builtin keymap nor an existing file.
    #[error("unknown keymap \"{name}\": builtin keymaps are {}; or give a path to a .toml file", available.join(", "))]
    UnknownBuiltin {
        /// The name that was given.
        name: String,
        /// The builtin names.
        available: Vec<String>,
    },
    /// One or more keymap files have problems; every one is listed.
    #[error("{}", list(.0))]
    Invalid(Vec<Diagnostic>),
}

/// One diagnostic per line, so each can be found and fixed in turn.
fn list(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Converts a byte offset into a 1-based line number.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    1 + text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_matches_the_documented_shape() {
        let d = Diagnostic {
            file: "keymaps/x.toml".into(),
            line: 12,
            mode: Some(Mode::Normal),
            key: Some("C-q".into()),
            action: Some("quitt".into()),
            problem: Problem::UnknownAction("quitt".into()),
        };
        assert_eq!(
            d.to_string(),
            "keymaps/x.toml:12: key \"C-q\" in [normal]: unknown action \"quitt\""
        );
    }

    #[test]
    fn lines_are_one_based() {
        let text = "a\nbc\nd";
        assert_eq!(line_of(text, 0), 1);
        assert_eq!(line_of(text, 2), 2);
        assert_eq!(line_of(text, 5), 3);
        assert_eq!(line_of(text, 999), 3);
    }
}
