//! The key bindings of the loaded keymap, mode by mode.

mod keys;
pub mod view;

use crate::screens::kit::{Group, Keys};
use crate::vocab::Action;

/// The help screen's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Help {
    /// First line shown.
    pub scroll: usize,
}

/// The actions the screen answers: the hint bar's, most used first, then
/// the rest.
pub const KEYS: Keys = Keys {
    hints: &[Action::Back, Action::MoveDown, Action::PageDown],
    more: &[Action::HelpToggle],
    groups: &[Group::Moves],
};
