//! The key bindings of the loaded keymap, mode by mode.

mod keys;
pub mod view;

use crate::vocab::Action;

/// The help screen's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Help {
    /// First line shown.
    pub scroll: usize,
}

/// The actions the hint bar offers on the screens that are read (help, a
/// history, a timeline).
pub const HINTS: &[Action] = &[Action::Back, Action::MoveDown, Action::PageDown];

/// Nothing else: those screens only scroll and close.
pub const MORE: &[Action] = &[];
