//! Choosing, field by field, between a change made elsewhere and one's own.
//! Finding the fields both sides changed, and saving or reloading once the
//! user has chosen, is the form's business and the app's (`app/conflict.rs`).

mod keys;
pub mod view;

use crate::domain::{FieldDef, FieldValue, Id, Kind};
use crate::screens::kit::Keys;
use crate::vocab::Action;

/// Which side's value a field keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The value saved elsewhere.
    Theirs,
    /// The value typed in this form.
    Mine,
}

/// A field both sides changed, with the three values and the choice.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeField {
    /// The field.
    pub field: &'static FieldDef,
    /// The value when the form was opened.
    pub original: FieldValue,
    /// The value saved elsewhere.
    pub theirs: FieldValue,
    /// The value in the form.
    pub mine: FieldValue,
    /// Which one to keep.
    pub keep: Side,
}

/// Choosing, field by field, between a change made elsewhere and the form's.
#[derive(Debug, Clone, PartialEq)]
pub struct Merge {
    /// The record's kind.
    pub kind: Kind,
    /// The record.
    pub id: Id,
    /// The fields both sides changed.
    pub fields: Vec<MergeField>,
    /// The field the cursor is on.
    pub selected: usize,
}

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
    groups: &[],
};
