//! The modes of the app. Each has its own section in a keymap file.

use serde::{Deserialize, Serialize};

/// Which kind of screen has the keyboard. Keymap sections are named after these
/// (`[normal]`, `[form]`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The tabbed record lists.
    Normal,
    /// One record with its related records.
    Detail,
    /// Typing a filter for the list.
    Filter,
    /// Editing a record.
    Form,
    /// Choosing one or several items from a searchable list.
    Picker,
    /// A yes/no question.
    Confirm,
    /// The key bindings.
    Help,
    /// The audit trail of one record.
    History,
    /// Meetings as an agenda, a week or a month.
    Calendar,
    /// The coverage map: regions or facilities × services.
    Coverage,
    /// What needs attention: the first screen after start.
    Dashboard,
    /// Impact figures for a period.
    Figures,
    /// Choosing, field by field, between a change made elsewhere and one's own.
    Merge,
}

impl Mode {
    /// Every mode, in the order help shows them.
    pub const ALL: &'static [Mode] = &[
        Mode::Normal,
        Mode::Detail,
        Mode::Filter,
        Mode::Form,
        Mode::Picker,
        Mode::Confirm,
        Mode::Help,
        Mode::History,
        Mode::Calendar,
        Mode::Coverage,
        Mode::Dashboard,
        Mode::Figures,
        Mode::Merge,
    ];

    /// The section name used in keymap files, e.g. `normal`.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Normal => "normal",
            Mode::Detail => "detail",
            Mode::Filter => "filter",
            Mode::Form => "form",
            Mode::Picker => "picker",
            Mode::Confirm => "confirm",
            Mode::Help => "help",
            Mode::History => "history",
            Mode::Calendar => "calendar",
            Mode::Coverage => "coverage",
            Mode::Dashboard => "dashboard",
            Mode::Figures => "figures",
            Mode::Merge => "merge",
        }
    }

    /// The mode with this section name, if any.
    pub fn from_name(name: &str) -> Option<Mode> {
        Mode::ALL.iter().copied().find(|m| m.name() == name)
    }

    /// Whether unbound printable keys become typed text in this mode.
    pub fn takes_text(self) -> bool {
        matches!(self, Mode::Filter | Mode::Form | Mode::Picker)
    }
}
