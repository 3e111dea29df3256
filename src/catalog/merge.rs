//! Words of the view where a change made elsewhere meets the form's own.

use super::text;

/// The view's title.
pub fn title() -> &'static str {
    text("merge-title")
}
/// What the view is for.
pub fn intro() -> &'static str {
    text("merge-intro")
}
/// Column: the value when the form was opened.
pub fn before() -> &'static str {
    text("merge-before")
}
/// Column: the value saved elsewhere.
pub fn theirs() -> &'static str {
    text("merge-theirs")
}
/// Column: the value in the form.
pub fn yours() -> &'static str {
    text("merge-yours")
}
/// Column: the field.
pub fn field() -> &'static str {
    text("merge-field")
}
/// An empty value.
pub fn empty() -> &'static str {
    text("merge-empty")
}
