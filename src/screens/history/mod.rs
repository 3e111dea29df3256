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
}

impl History {
    /// How many lines the trail takes: a heading per entry and a line per
    /// changed field.
    pub fn line_count(&self) -> usize {
        self.entries.iter().map(|e| 1 + e.fields.len()).sum()
    }
}

/// The actions a history (and a timeline, read the same way) answers: the
/// hint bar's, then the rest.
pub const KEYS: Keys = Keys {
    hints: &[Action::Back, Action::MoveDown, Action::PageDown],
    more: &[],
    groups: &[Group::Moves],
};
