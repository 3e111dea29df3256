//! Choosing, field by field, between a change made elsewhere and one's own.
//!
//! Its state, keys and view still live in `app/` and `ui/`; they move here
//! next, as the other screens' did.

use crate::screens::kit::Keys;
use crate::vocab::Action;

/// The actions the screen answers: the hint bar's, most used first, then
/// the rest.
pub const KEYS: Keys = Keys {
    hints: &[
        Action::MergeTheirs,
        Action::MergeYours,
        Action::RecordSave,
        Action::MergeReload,
        Action::Back,
    ],
    more: &[Action::MoveUp, Action::MoveDown],
    tabs: false,
};
