//! The import screen in words (`commands.ftl`, `import-…`): its title, how
//! each column's field was decided, the dry run's counts, what happens to
//! records already there, and what the status line says of an import.
//! What was read, the columns' title and each row the dry run names are
//! worded as the command line words them ([`super::sheet`]).

use super::{format, tab_title, text};
use crate::domain::Kind;
use crate::sheet::Duplicates;
use crate::sheet::mapping::How;
use crate::sheet::plan::Plan;

/// The screen's title: which list the file goes into.
pub fn title(kind: Kind) -> String {
    format("sheet-ui-title", &[("list", tab_title(kind).into())])
}

/// The prompt for the file to import.
pub fn prompt() -> &'static str {
    text("sheet-ui-file-prompt")
}

/// The title of the picker of a column's field.
pub fn pick_title() -> &'static str {
    text("sheet-ui-pick-field")
}

/// How a column's field was decided, when it is worth saying (empty for a
/// guess from its name).
pub fn how(how: How) -> String {
    let how = match how {
        How::Guessed => return String::new(),
        How::Saved => "saved",
        How::Given => "changed",
        How::Unknown => "unknown",
        How::Taken => "taken",
        How::Merged => "merged",
    };
    format("sheet-ui-how", &[("how", how.into())])
}

/// The dry run's counts.
pub fn counts(plan: &Plan) -> String {
    let there = plan.skipped.len() + plan.kept.len() + plan.unchanged.len() + plan.in_file.len();
    format(
        "sheet-ui-counts",
        &[
            ("create", plan.create.len().into()),
            ("update", plan.update.len().into()),
            ("there", there.into()),
            ("bad", plan.bad_rows().len().into()),
        ],
    )
}

/// What happens to rows that are records already there.
pub fn duplicates(duplicates: Duplicates) -> String {
    let policy = match duplicates {
        Duplicates::Skip => "skip",
        Duplicates::Update => "update",
        Duplicates::Keep => "keep",
    };
    format("sheet-ui-duplicates", &[("policy", policy.into())])
}

/// What importing does: nothing yet, the rows that cannot be read left
/// out; after the records changed, that this is the dry run again.
pub fn before_import(stale: bool, bad: usize) -> String {
    format(
        "sheet-ui-before",
        &[
            ("stale", if stale { "yes" } else { "no" }.into()),
            ("bad", bad.into()),
        ],
    )
}

/// Required fields no column is read into.
pub fn missing(fields: &[&'static str]) -> String {
    let names: Vec<&str> = fields.iter().map(|f| super::field_label(f)).collect();
    format("sheet-ui-missing", &[("fields", names.join(", ").into())])
}

/// The title of the rows the dry run names.
pub fn rows_title(count: usize) -> String {
    format("sheet-ui-rows", &[("count", count.into())])
}

/// What an import did, for the status line: the file, the list, records
/// created and updated, rows left out, whether the mapping was saved.
pub fn done(
    file: &str,
    kind: Kind,
    (created, updated, left): (usize, usize, usize),
    saved: bool,
) -> String {
    let done = format(
        "sheet-ui-done",
        &[
            ("file", file.to_string().into()),
            ("list", tab_title(kind).into()),
            ("created", created.into()),
            ("updated", updated.into()),
            ("left", left.into()),
        ],
    );
    if saved {
        format!("{done} {}", text("sheet-ui-mapping-saved"))
    } else {
        done
    }
}

/// The records changed since the dry run: it is shown again.
pub fn stale() -> &'static str {
    text("sheet-ui-stale")
}

/// Nothing to import.
pub fn nothing() -> &'static str {
    text("sheet-ui-nothing")
}

/// The question before an NGO is saved with the IČO of another.
pub fn same_ico(name: &str, ico: &str) -> String {
    format(
        "question-same-ico",
        &[("name", name.into()), ("ico", ico.into())],
    )
}
