//! The application: state, named actions, and one `update` step that turns a
//! message into a new state and a list of effects. No terminal and no I/O here,
//! so all of it is tested without a terminal.

pub mod access;
pub mod action;
pub mod clash;
pub mod columns;
pub mod conflict;
pub mod coverage;
pub mod dashboard;
pub mod detail;
mod edit;
pub mod form;
pub mod list;
pub mod mode;
pub mod msg;
pub mod picker;
mod prompt;
pub mod screen;
pub mod series_edit;
pub mod state;
mod tabs;
pub mod text_input;
pub mod timeline;
mod update;

pub use action::Action;
pub use mode::Mode;
pub use msg::{Effect, ExportFormat, Msg};
pub use state::{AppState, View};
pub use update::update;

/// The calendar's state and reads at the path they had before the calendar
/// got its home in `screens/`, for code written against it.
pub use crate::screens::calendar;

/// Cancelling and moving one occurrence of a meeting, at the path they had
/// before the calendar got its home in `screens/`.
pub mod calendar_keys {
    pub use crate::screens::calendar::{cancelled, moved};
}
