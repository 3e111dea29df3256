//! A line typed at the foot of the screen: the list's filter, or a prompt
//! (a date to go to, a file to import, a period).
//!
//! Its state, keys and view still live in `app/` and `ui/`; they move here
//! next, as the other screens' did.

use crate::screens::kit::Keys;
use crate::vocab::Action;

/// The actions the screen answers: the hint bar's, most used first, then
/// the rest.
pub const KEYS: Keys = Keys {
    hints: &[],
    more: &[
        Action::FilterApply,
        Action::FilterCancel,
        Action::MoveUp,
        Action::MoveDown,
        Action::CursorLeft,
        Action::CursorRight,
        Action::CursorHome,
        Action::CursorEnd,
        Action::DeleteBack,
        Action::DeleteForward,
        Action::TextClear,
    ],
};
