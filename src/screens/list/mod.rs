//! The tabbed record lists: one list per record kind, sorted and filtered.
//!
//! Its state, keys and view still live in `app/` and `ui/`; they move here
//! next, as the other screens' did.

use crate::screens::kit::Keys;
use crate::vocab::Action;

/// The actions the screen answers: the hint bar's, most used first, then
/// the rest.
pub const KEYS: Keys = Keys {
    hints: &[
        Action::FilterStart,
        Action::DetailOpen,
        Action::RecordNew,
        Action::RecordEdit,
        Action::CalendarOpen,
        Action::HelpToggle,
        Action::Quit,
    ],
    more: &[
        Action::MoveUp,
        Action::MoveDown,
        Action::PageUp,
        Action::PageDown,
        Action::MoveTop,
        Action::MoveBottom,
        Action::SortNext,
        Action::SortReverse,
        Action::FilterCancel,
        Action::RecordDelete,
        Action::RecordArchive,
        Action::ArchivedToggle,
        Action::HistoryShow,
        Action::ExportCsv,
        Action::ExportJson,
        Action::ExportIcs,
        Action::ImportIcs,
        Action::RecordRenew,
        Action::TimelineShow,
        Action::CoverageShow,
        Action::DashboardShow,
        Action::FiguresShow,
    ],
    tabs: true,
};
