//! The modes of the app. Each has its own section in a keymap file.

use super::vocabulary;

vocabulary! {
    /// Which kind of screen has the keyboard. Keymap sections are named after these
    /// (`[normal]`, `[form]`, …), and help shows them in table order, each under
    /// the title the catalog holds for it (under `mode.` and the name).
    pub enum Mode, key "mode" {
        /// The tabbed record lists.
        Normal = "normal",
        /// One record with its related records.
        Detail = "detail",
        /// Typing a filter for the list.
        Filter = "filter",
        /// Editing a record.
        Form = "form",
        /// Choosing one or several items from a searchable list.
        Picker = "picker",
        /// A yes/no question.
        Confirm = "confirm",
        /// The key bindings.
        Help = "help",
        /// The audit trail of one record.
        History = "history",
        /// Meetings as an agenda, a week or a month.
        Calendar = "calendar",
        /// The coverage map: regions or facilities × services.
        Coverage = "coverage",
        /// What needs attention: the first screen after start.
        Dashboard = "dashboard",
        /// Impact figures for a period.
        Figures = "figures",
        /// Choosing, field by field, between a change made elsewhere and one's own.
        Merge = "merge",
        /// A facility's or NGO's agreements over time.
        Timeline = "timeline",
        /// A spreadsheet to import: its columns, the dry run, confirming it.
        Import = "import",
        /// One person's erasure: every place their data is found, each
        /// confirmed or skipped, then a typed confirmation.
        Erase = "erase",
    }
}

impl Mode {
    /// Whether unbound printable keys become typed text in this mode.
    pub fn takes_text(self) -> bool {
        matches!(self, Mode::Filter | Mode::Form | Mode::Picker)
    }
}
