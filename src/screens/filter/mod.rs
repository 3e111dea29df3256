//! A line typed at the foot of the screen: the list's filter, or a prompt
//! (a date to go to, a file to import, a period).
//!
//! A prompt is a screen of its own ([`Prompt`]); the list's filter line
//! edits the list's own filter and is still the app's.

mod keys;

use crate::screens::kit::text_input::TextInput;
use crate::screens::kit::{Group, Keys, PromptFor};
use crate::vocab::Action;

/// A typed line and what it is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    /// What it is for.
    pub purpose: PromptFor,
    /// The text typed.
    pub input: TextInput,
}

/// The actions the screen answers: the hint bar's, most used first, then
/// the rest.
pub const KEYS: Keys = Keys {
    hints: &[],
    more: &[
        Action::FilterApply,
        Action::FilterCancel,
        Action::MoveUp,
        Action::MoveDown,
    ],
    groups: &[Group::Typing],
};
