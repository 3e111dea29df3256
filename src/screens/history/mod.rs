//! A record's history, newest first, grouped by operation: who, when and
//! what each operation was, and what it did to the record, in sentences.

mod keys;
pub mod view;

use crate::domain::{Id, Kind};
use crate::screens::kit::{Group, Keys};
use crate::store::audit::AuditEntry;
use crate::store::audit::events::Told;
use crate::vocab::Action;

/// A record's history on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History {
    /// Kind of the record.
    pub kind: Kind,
    /// Its id.
    pub id: Id,
    /// Entries told, newest first.
    pub entries: Vec<Told>,
    /// First line shown.
    pub scroll: usize,
    /// The selected entry.
    pub selected: usize,
}

impl History {
    /// Whether entry `at` starts a new operation's heading: the first, one
    /// of another operation, or one from before operations.
    pub fn heads(&self, at: usize) -> bool {
        let op = |i: usize| self.entries.get(i).and_then(|t| t.entry.op);
        at == 0 || op(at).is_none() || op(at) != op(at - 1)
    }

    /// How many lines entry `at` takes: its operation's heading, if it
    /// starts one, and a line for each thing it did (at least one).
    pub fn lines_of(&self, at: usize) -> usize {
        let events = self.entries.get(at).map_or(0, |t| t.events.len());
        usize::from(self.heads(at)) + events.max(1)
    }

    /// How many lines the history takes.
    pub fn line_count(&self) -> usize {
        (0..self.entries.len()).map(|i| self.lines_of(i)).sum()
    }

    /// A history of `entries`, newest first, the newest selected.
    pub fn new(kind: Kind, id: Id, entries: Vec<Told>) -> History {
        History {
            kind,
            id,
            entries,
            scroll: 0,
            selected: 0,
        }
    }

    /// The entries read again (a change made elsewhere, a revert): the
    /// same entry stays selected where it is still there.
    pub fn replace(&mut self, entries: Vec<Told>) {
        let seq = self.selected_entry().map(|e| e.seq);
        self.entries = entries;
        self.selected = seq
            .and_then(|seq| self.entries.iter().position(|t| t.entry.seq == seq))
            .unwrap_or(0)
            .min(self.entries.len().saturating_sub(1));
    }

    /// The selected audit entry.
    pub fn selected_entry(&self) -> Option<&AuditEntry> {
        self.entries.get(self.selected).map(|t| &t.entry)
    }

    /// The lines the selected entry takes: its first and one past its last.
    pub fn selected_lines(&self) -> (usize, usize) {
        let start: usize = (0..self.selected).map(|i| self.lines_of(i)).sum();
        let len = if self.entries.is_empty() {
            1
        } else {
            self.lines_of(self.selected)
        };
        (start, start + len)
    }

    /// Scrolls so that the selected entry is in sight in a box of `shown`
    /// lines (its heading, at least, when it is longer).
    pub fn keep_in_sight(&mut self, shown: usize) {
        let (start, end) = self.selected_lines();
        if start < self.scroll {
            self.scroll = start;
        } else if end > self.scroll + shown {
            self.scroll = end.saturating_sub(shown).min(start);
        }
    }
}

/// The actions a history (and a timeline, read the same way) answers: the
/// hint bar's, then the rest.
pub const KEYS: Keys = Keys {
    hints: &[
        Action::Back,
        Action::MoveDown,
        Action::HistoryRevert,
        Action::HistoryRevertOperation,
        Action::Undo,
    ],
    more: &[Action::Redo],
    groups: &[Group::Moves],
};
