//! A spreadsheet import in words (`commands.ftl`, `errors.ftl`): what was
//! read and how, the columns and their fields, the dry run, every row that
//! cannot be read with its row, column and reason, and the errors that stop
//! a file from being read at all.

use super::{field_label, format, kind_arg, text};
use crate::domain::Kind;
use crate::sheet::mapping::{How, Mapping, Target};
use crate::sheet::plan::Plan;
use crate::sheet::read::SheetFormat;
use crate::sheet::rows::{By, Reason, RowProblem};
use crate::sheet::{Found, SheetError, Source, column_name};
use fluent_bundle::FluentValue;

/// A value shown as written (no digit grouping).
fn plain(value: impl ToString) -> FluentValue<'static> {
    value.to_string().into()
}

/// What was read and how: the format, sheet or separator and encoding.
pub fn source(file: &str, source: &Source) -> String {
    match source.format {
        SheetFormat::Xlsx => {
            let (sheet, sheets) = source.sheet.clone().unwrap_or_default();
            format(
                "sheet-read-xlsx",
                &[
                    ("file", plain(file)),
                    ("sheet", plain(sheet)),
                    ("sheets", sheets.len().into()),
                ],
            )
        }
        SheetFormat::Csv => {
            let (sep, sep_found) = source.separator.unwrap_or((b',', true));
            let (encoding, bom, enc_found) =
                source
                    .encoding
                    .unwrap_or((crate::sheet::Encoding::Utf8, false, true));
            let separator = match sep {
                b'\t' => text("sheet-separator-tab").to_string(),
                other => char::from(other).to_string(),
            };
            format(
                "sheet-read-csv",
                &[
                    ("file", plain(file)),
                    ("separator", plain(separator)),
                    ("encoding", plain(encoding.name())),
                    ("bom", plain(if bom { "yes" } else { "no" })),
                    ("separator_found", plain(yes_no(sep_found))),
                    ("encoding_found", plain(yes_no(enc_found))),
                ],
            )
        }
    }
}

fn yes_no(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

/// The name of a target: a field's label, "archived", "not imported".
pub fn target(target: Target) -> String {
    match target {
        Target::Field(id) => field_label(id).to_string(),
        Target::Archived => text("csv-column-archived").to_string(),
        Target::Ignore => text("sheet-target-ignore").to_string(),
    }
}

/// The mapping, a line a column after a title naming the header row.
pub fn mapping(mapping: &Mapping) -> Vec<String> {
    let mut lines = vec![format(
        "sheet-mapping-title",
        &[("row", plain(mapping.header_row))],
    )];
    for column in &mapping.columns {
        let how = match column.how {
            How::Guessed => "guessed",
            How::Saved => "saved",
            How::Given => "given",
            How::Unknown => "unknown",
            How::Taken => "taken",
            How::Merged => "merged",
        };
        lines.push(format(
            "sheet-mapping-column",
            &[
                ("column", plain(column_name(column.index))),
                ("header", plain(&column.header)),
                ("field", plain(target(column.target))),
                ("how", plain(how)),
            ],
        ));
    }
    lines
}

/// Required fields without a column.
pub fn missing_required(kind: Kind, fields: &[&'static str]) -> String {
    let names: Vec<&str> = fields.iter().map(|f| field_label(f)).collect();
    format(
        "sheet-missing-required",
        &[
            ("kind", kind_arg(kind)),
            ("fields", plain(names.join(", "))),
        ],
    )
}

/// The dry run's counts.
pub fn counts(plan: &Plan) -> String {
    format(
        "sheet-plan",
        &[
            ("create", plan.create.len().into()),
            ("update", plan.update.len().into()),
            ("unchanged", plan.unchanged.len().into()),
            ("skipped", plan.skipped.len().into()),
            ("kept", plan.kept.len().into()),
            ("in_file", plan.in_file.len().into()),
            ("bad", plan.bad_rows().len().into()),
        ],
    )
}

/// The dry run's details: duplicates of stored records, rows that repeat
/// earlier rows, every problem.
pub fn details(plan: &Plan) -> Vec<String> {
    let mut lines = Vec::new();
    let dup = |what: &str, m: &crate::sheet::plan::Matched| {
        let by = match m.by {
            By::Ico => "ico",
            By::Name => "name",
            By::Email => "email",
        };
        format(
            "sheet-duplicate",
            &[
                ("row", plain(m.row)),
                ("title", plain(&m.title)),
                ("by", plain(by)),
                ("what", plain(what)),
            ],
        )
    };
    for m in &plan.skipped {
        lines.push(dup("skipped", m));
    }
    for m in &plan.kept {
        lines.push(dup("kept", m));
    }
    for m in &plan.unchanged {
        lines.push(dup("unchanged", m));
    }
    for p in &plan.update {
        let title = p.record.title().to_string();
        lines.push(format(
            "sheet-update",
            &[("row", plain(p.row)), ("title", plain(title))],
        ));
    }
    for (row, first) in &plan.in_file {
        lines.push(format(
            "sheet-in-file",
            &[("row", plain(row)), ("first", plain(first))],
        ));
    }
    for problem in &plan.problems {
        lines.push(row_problem(problem));
    }
    lines
}

/// One problem of a row: where and why.
pub fn row_problem(problem: &RowProblem) -> String {
    let why = reason(problem);
    match problem.column {
        Some(col) => format(
            "sheet-problem",
            &[
                ("row", plain(problem.row)),
                ("column", plain(column_name(col))),
                ("header", plain(problem.header.clone().unwrap_or_default())),
                ("reason", plain(why)),
            ],
        ),
        None => format(
            "sheet-problem-row",
            &[("row", plain(problem.row)), ("reason", plain(why))],
        ),
    }
}

/// Why a row cannot be read.
fn reason(problem: &RowProblem) -> String {
    let field = problem.field.map(field_label).unwrap_or_default();
    match &problem.reason {
        Reason::Field(p) => format(
            "sheet-reason-field",
            &[
                ("field", plain(field)),
                ("problem", plain(super::problem(p))),
            ],
        ),
        Reason::UnknownChoice(value) => format(
            "sheet-reason-unknown-choice",
            &[("field", plain(field)), ("value", plain(value))],
        ),
        Reason::Unresolved(kind, name) => format(
            "sheet-reason-unresolved",
            &[("kind", kind_arg(*kind)), ("name", plain(name))],
        ),
        Reason::Ambiguous(kind, name, count) => format(
            "sheet-reason-ambiguous",
            &[
                ("kind", kind_arg(*kind)),
                ("name", plain(name)),
                ("count", (*count).into()),
            ],
        ),
        Reason::TooLong(chars) => format(
            "sheet-reason-too-long",
            &[
                ("chars", plain(chars)),
                ("limit", plain(crate::sheet::CELL_LIMIT)),
            ],
        ),
        Reason::Control(code) => format(
            "sheet-reason-control",
            &[("code", plain(format!("U+{code:04X}")))],
        ),
        Reason::CellError(value) => format("sheet-reason-cell-error", &[("value", plain(value))]),
        Reason::NotYesNo(value) => format("sheet-reason-not-yes-no", &[("value", plain(value))]),
        Reason::DuplicateInFile(first) => {
            format("sheet-in-file-reason", &[("first", plain(first))])
        }
        Reason::Circular => format("sheet-reason-circular", &[("field", plain(field))]),
        Reason::RowNotImported(row) => format(
            "sheet-reason-row-not-imported",
            &[("field", plain(field)), ("row", plain(row))],
        ),
    }
}

/// A file that cannot be read, in words, naming the file.
pub fn error(file: &str, e: &SheetError) -> String {
    format(
        "sheet-error",
        &[("file", plain(file)), ("error", plain(error_text(e)))],
    )
}

fn found(found: Found) -> &'static str {
    match found {
        Found::Zip => "zip",
        Found::OleBinary => "ole",
        Found::Text => "text",
        Found::Binary => "binary",
    }
}

fn format_name(format: SheetFormat) -> &'static str {
    match format {
        SheetFormat::Csv => "csv",
        SheetFormat::Xlsx => "xlsx",
    }
}

/// The error without the file.
pub fn error_text(e: &SheetError) -> String {
    match e {
        SheetError::Empty => text("sheet-error-empty").to_string(),
        SheetError::NotWhatItSays { expected, found: f } => format(
            "sheet-error-not-what-it-says",
            &[
                ("expected", plain(format_name(*expected))),
                ("found", plain(found(*f))),
            ],
        ),
        SheetError::Xlsx(why) => format("sheet-error-xlsx", &[("error", plain(why))]),
        SheetError::Unpacked { part, limit } => format(
            "sheet-error-unpacked",
            &[
                ("part", plain(part)),
                ("limit", plain(limit / (1024 * 1024))),
            ],
        ),
        SheetError::NoSuchSheet { name, sheets } => format(
            "sheet-error-no-such-sheet",
            &[("name", plain(name)), ("sheets", plain(sheets.join(", ")))],
        ),
        SheetError::NoSheet => text("sheet-error-no-sheet").to_string(),
        SheetError::NoHeader { sheet } => {
            format("sheet-error-no-header", &[("sheet", plain(sheet))])
        }
        SheetError::Encoding { encoding, row } => format(
            "sheet-error-encoding",
            &[("encoding", plain(encoding.name())), ("row", plain(row))],
        ),
        SheetError::Csv { row, message } => format(
            "sheet-error-csv",
            &[("row", plain(row)), ("error", plain(message))],
        ),
        SheetError::TooManyRows { limit } => {
            format("sheet-error-too-many-rows", &[("limit", plain(limit))])
        }
        SheetError::TooManyColumns { limit, row } => format(
            "sheet-error-too-many-columns",
            &[("limit", plain(limit)), ("row", plain(row))],
        ),
    }
}
