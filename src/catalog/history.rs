//! The words of history you can trust: undo, redo and revert in the status
//! line, the records and fields a refusal names, and the marks of a
//! record's history.

use super::{field_label, format, kind_arg, text};
use crate::domain::{Id, Kind};

/// One record by kind and name: `meeting "Porada"`.
pub fn record(kind: Kind, name: &str) -> String {
    format(
        "history-record",
        &[("kind", kind_arg(kind)), ("name", name.into())],
    )
}

/// Records by kind and name, as a list.
pub fn records(records: &[(Kind, Id, String)]) -> String {
    records
        .iter()
        .map(|(kind, _, name)| record(*kind, name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Fields by their labels, as a list.
pub fn fields(ids: &[String]) -> String {
    ids.iter()
        .map(|id| field_label(id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a change turned back was, for the status line: how it was turned
/// back (`history-undone`, `history-redone`, `history-reverted`), the
/// first record, how many more.
pub fn turned_back(id: &str, kind: Kind, name: &str, more: usize) -> String {
    format(
        id,
        &[
            ("kind", kind_arg(kind)),
            ("name", name.into()),
            ("more", more.into()),
        ],
    )
}

/// Nothing to undo in this session.
pub fn nothing_to_undo() -> &'static str {
    text("history-nothing-to-undo")
}

/// Nothing to redo.
pub fn nothing_to_redo() -> &'static str {
    text("history-nothing-to-redo")
}

/// Marks a history entry that cannot be reverted.
pub fn not_revertible() -> &'static str {
    text("history-not-revertible")
}

/// The selected change cannot be reverted, for the status line.
pub fn not_revertible_change() -> &'static str {
    text("history-not-revertible-change")
}

/// A Prague time zone's abbreviation (`CET`, `CEST`) as the language writes it.
pub fn zone(abbreviation: &str) -> String {
    format("history-zone", &[("zone", abbreviation.to_string().into())])
}

/// The operation an entry belongs to.
pub fn operation(op: u64) -> String {
    format("history-operation", &[("op", op.to_string().into())])
}
