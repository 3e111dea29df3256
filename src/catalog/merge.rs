//! Words of the view where a change made elsewhere meets the form's own.

/// The view's title.
pub const TITLE: &str = "Changed elsewhere";
/// What the view is for.
pub const INTRO: &str = "Someone else changed these fields too since you opened the record. For each, keep theirs (←) or yours (→); every other change, theirs and yours, is kept.";
/// Column: the value when the form was opened.
pub const BEFORE: &str = "Before";
/// Column: the value saved elsewhere.
pub const THEIRS: &str = "Theirs";
/// Column: the value in the form.
pub const YOURS: &str = "Yours";
/// Column: the field.
pub const FIELD: &str = "Field";
/// An empty value.
pub const EMPTY: &str = "(empty)";
