//! Choosing one or several items for a form field from a list that narrows as one types.
//!
//! Its state, keys and view still live in `app/` and `ui/`; they move here
//! next, as the other screens' did.

use crate::screens::kit::Keys;
use crate::vocab::Action;

/// The actions the screen answers: the hint bar's, most used first, then
/// the rest.
pub const KEYS: Keys = Keys {
    hints: &[
        Action::PickerConfirm,
        Action::PickerToggle,
        Action::PickerCancel,
    ],
    more: &[
        Action::MoveUp,
        Action::MoveDown,
        Action::PageUp,
        Action::PageDown,
        Action::CursorLeft,
        Action::CursorRight,
        Action::CursorHome,
        Action::CursorEnd,
        Action::DeleteBack,
        Action::DeleteForward,
        Action::TextClear,
    ],
    tabs: false,
};
