//! A record's audit trail, newest first.

mod keys;
pub mod view;

use crate::domain::{Id, Kind};
use crate::screens::kit::{Group, Keys};
use crate::store::audit::AuditEntry;
use crate::vocab::Action;

/// A record's audit trail on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History {
    /// Kind of the record.
    pub kind: Kind,
    /// Its id.
    pub id: Id,
    /// Entries, newest first.
    pub entries: Vec<AuditEntry>,
    /// First line shown.
    pub scroll: usize,
    /// The selected entry.
    pub selected: usize,
}

impl History {
    /// How many lines the trail takes: a heading per entry and a line per
    /// changed field.
    pub fn line_count(&self) -> usize {
        self.entries.iter().map(|e| 1 + e.fields.len()).sum()
    }

    /// A history of `entries`, newest first, the newest selected.
    pub fn new(kind: Kind, id: Id, entries: Vec<AuditEntry>) -> History {
        History {
            kind,
            id,
            entries,
            scroll: 0,
            selected: 0,
        }
    }

    /// The lines the selected entry takes: its first and one past its last.
    pub fn selected_lines(&self) -> (usize, usize) {
        let start: usize = self
            .entries
            .iter()
            .take(self.selected)
            .map(|e| 1 + e.fields.len())
            .sum();
        let len = self
            .entries
            .get(self.selected)
            .map_or(1, |e| 1 + e.fields.len());
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
