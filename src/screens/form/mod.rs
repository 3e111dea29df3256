//! Editing a record, field by field, with every problem shown beside its field.
//!
//! Its state, keys and view still live in `app/` and `ui/`; they move here
//! next, as the other screens' did.

use crate::screens::kit::Keys;
use crate::vocab::Action;

/// The actions the screen answers: the hint bar's, most used first, then
/// the rest.
pub const KEYS: Keys = Keys {
    hints: &[
        Action::RecordSave,
        Action::FormCancel,
        Action::FieldNext,
        Action::PickerOpen,
        Action::ChoiceNext,
    ],
    more: &[
        Action::FieldPrev,
        Action::ChoicePrev,
        Action::FieldClear,
        Action::CursorLeft,
        Action::CursorRight,
        Action::CursorHome,
        Action::CursorEnd,
        Action::DeleteBack,
        Action::DeleteForward,
        Action::HelpToggle,
    ],
    tabs: false,
};
