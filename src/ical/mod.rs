//! iCalendar (RFC 5545): meetings out to calendar programs, and calendar
//! files in as meetings.
//!
//! Writing is ours ([`write_ics`], over the small helpers in `text`): the
//! lines are few and fixed, and the `icalendar` crate's folding is off by one
//! octet for some line lengths. Reading uses the `icalendar` crate's parser
//! for each content line (parameters, quoting, TEXT unescaping) under our own
//! line reader, which keeps the file's line numbers for error messages and
//! checks the BEGIN/END structure ([`parse_ics`]). [`import_ics`] maps the
//! events onto meetings and stores them all or nothing.

mod describe;
mod event;
mod import;
mod lookup;
mod map;
pub mod problem;
mod read;
pub mod text;
pub mod tz;
mod write;

pub use event::{Address, ImportedEvent};
pub use import::{ClashWhy, ImportClash, ImportReport, import_ics, import_ics_with_gap};
pub use read::parse_ics;
pub(crate) use write::write_each;
pub use write::write_ics;

use crate::domain::{Id, Meeting};
use crate::store::StoreError;

/// The PRODID of files spojka writes.
pub const PRODID: &str = "-//AOOV//spojka//CS";

/// The UID a meeting has in calendar files: its own when it came from one,
/// otherwise one derived from its id, which stays the same across exports.
pub fn uid_of(meeting: &Meeting) -> String {
    if meeting.uid.trim().is_empty() {
        own_uid(meeting.meta.id)
    } else {
        meeting.uid.clone()
    }
}

/// `spojka-meeting-<id>@aoov.cz`: the UID of a meeting made in spojka.
pub fn own_uid(id: Id) -> String {
    format!("spojka-meeting-{id}@aoov.cz")
}

/// The meeting id in a UID of the [`own_uid`] form.
pub fn id_in_own_uid(uid: &str) -> Option<Id> {
    uid.strip_prefix("spojka-meeting-")?
        .strip_suffix("@aoov.cz")?
        .parse()
        .ok()
}

/// What can go wrong reading or writing calendar files.
#[derive(Debug, thiserror::Error)]
pub enum IcalError {
    /// Writing the file failed.
    #[error("{what}: {source}")]
    Io {
        /// What was being written.
        what: String,
        /// Why it failed.
        source: std::io::Error,
    },
    /// The file is not valid iCalendar; nothing was imported.
    #[error("line {line}: {problem}; nothing was imported")]
    Syntax {
        /// The line of the file (1-based; a folded line counts from its start).
        line: usize,
        /// What is wrong there.
        problem: problem::SyntaxProblem,
    },
    /// Reading the database before the import failed; nothing was imported.
    #[error("{0}; nothing was imported")]
    Read(StoreError),
    /// A save failed part-way through the import.
    #[error(
        "the import stopped after saving {saved} of {total} meetings: {source}. \
         Run it again to finish: meetings already saved are updated, not duplicated"
    )]
    Write {
        /// Meetings saved before the failure.
        saved: usize,
        /// Meetings the import was going to save.
        total: usize,
        /// Why the save failed.
        source: StoreError,
    },
}

impl IcalError {
    /// A syntax error at `line`. Problems quote the file (a component's
    /// name, a value), and the file may be hostile: what they quote is made
    /// safe where they are made ([`problem::clean`]), so no caller can print
    /// an escape sequence from the file to the terminal.
    pub(crate) fn syntax(line: usize, problem: problem::SyntaxProblem) -> IcalError {
        IcalError::Syntax { line, problem }
    }

    /// Whether the reader of the output went away (`… | head`).
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, IcalError::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_messages_quote_files_without_control_characters() {
        let e = crate::ical::read::components("BEGIN:\u{1b}]0;x\u{7}\u{202E}\r\n");
        let text = e.err().map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(
            text,
            "line 1: expected BEGIN:VCALENDAR, found BEGIN:␛]0;X␇\u{FFFD}; nothing was imported"
        );
    }

    #[test]
    fn own_uids_carry_the_id() {
        assert_eq!(own_uid(42), "spojka-meeting-42@aoov.cz");
        assert_eq!(id_in_own_uid("spojka-meeting-42@aoov.cz"), Some(42));
        assert_eq!(id_in_own_uid("spojka-meeting-x@aoov.cz"), None);
        assert_eq!(id_in_own_uid("abc@google.com"), None);
    }
}
