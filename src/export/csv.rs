//! CSV export: one row per record, one column per field.
//!
//! Reference fields get two columns: the referenced record's name for people,
//! and `<field>_id` with its id (several joined by `;`) so scripts can join
//! exports of different kinds without matching on names.

use super::{CsvMode, ExportError, check_kind};
use crate::domain::choice::ChoiceSet;
use crate::domain::{FieldKind, FieldValue, Id, Kind, Record, Timestamp};
use chrono::SecondsFormat;
use std::borrow::Cow;

/// The UTF-8 byte order mark: without it Excel reads a CSV file in the
/// system's legacy code page and garbles "Plzeň".
pub(super) const BOM: &[u8] = "\u{feff}".as_bytes();

/// A column of a CSV export, as its header names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column<'a> {
    /// The record's id.
    Id,
    /// A field, by its stable id.
    Field(&'a str),
    /// The ids a reference field (by its stable id) points to.
    RefIds(&'a str),
    /// Whether the record is archived.
    Archived,
    /// When it was created.
    Created,
    /// When it was last changed.
    Updated,
    /// Not a column: an option of a choice list, as a cell of a file for a
    /// spreadsheet shows it (its label; its code for scripts).
    Choice(ChoiceSet, usize),
}

impl Column<'_> {
    /// The column's stable name (`id`, `facility`, `facility_id`, …): what
    /// scripts rely on.
    pub fn code(self) -> String {
        match self {
            Column::Id => "id".to_string(),
            Column::Field(id) => id.to_string(),
            Column::RefIds(id) => format!("{id}_id"),
            Column::Archived => "archived".to_string(),
            Column::Created => "created".to_string(),
            Column::Updated => "updated".to_string(),
            Column::Choice(set, index) => set.code(index).to_string(),
        }
    }
}

/// Writes `records` of `kind` as CSV with a header row, in the order given.
/// `names` turns a reference into the referenced record's name.
pub fn write_csv(
    out: &mut dyn std::io::Write,
    kind: Kind,
    records: &[Record],
    names: &dyn Fn(Kind, Id) -> String,
    mode: CsvMode,
) -> Result<(), ExportError> {
    write_csv_with(out, kind, records, names, mode, b',', &|column| {
        column.code()
    })
}

/// [`write_csv`] with cells separated by `separator` (`,` or `;`, which a
/// spreadsheet in a language writing decimal commas expects) and the header
/// naming each column by `label`.
pub fn write_csv_with(
    out: &mut dyn std::io::Write,
    kind: Kind,
    records: &[Record],
    names: &dyn Fn(Kind, Id) -> String,
    mode: CsvMode,
    separator: u8,
    label: &dyn Fn(Column<'_>) -> String,
) -> Result<(), ExportError> {
    let what = format!("writing the CSV of {}", kind.plural());
    let csv_error = |source| ExportError::Csv {
        what: what.clone(),
        source,
    };
    if mode == CsvMode::Spreadsheet {
        out.write_all(BOM).map_err(|source| ExportError::Io {
            what: what.clone(),
            source,
        })?;
    }
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(separator)
        .from_writer(&mut *out);
    let header = columns(kind).into_iter().map(label);
    writer.write_record(header).map_err(csv_error)?;
    let mut row: Vec<String> = Vec::new();
    for record in records {
        check_kind(kind, record)?;
        row.clear();
        fill_row(&mut row, record, names, mode, label);
        writer
            .write_record(row.iter().map(|cell| cell_for(mode, cell).into_owned()))
            .map_err(csv_error)?;
    }
    writer.flush().map_err(|source| ExportError::Io {
        what: what.clone(),
        source,
    })
}

/// The columns: the id, each field (plus the ids after a reference), then
/// the metadata columns.
pub(super) fn columns(kind: Kind) -> Vec<Column<'static>> {
    let mut columns = vec![Column::Id];
    for def in kind.fields() {
        columns.push(Column::Field(def.id));
        if is_reference(def.kind) {
            columns.push(Column::RefIds(def.id));
        }
    }
    columns.extend([Column::Archived, Column::Created, Column::Updated]);
    columns
}

/// Column names: `id`, each field (plus `<field>_id` after references), then
/// the metadata columns.
#[cfg(test)]
fn header(kind: Kind) -> Vec<String> {
    columns(kind).into_iter().map(Column::code).collect()
}

pub(super) fn is_reference(kind: FieldKind) -> bool {
    matches!(kind, FieldKind::Ref(_) | FieldKind::Refs(_))
}

/// The cells of one record, in [`header`] order.
/// Choices are written by their codes for scripts (`Raw`), and for a
/// spreadsheet as `label` names them (their labels in the spoken language).
fn fill_row(
    row: &mut Vec<String>,
    record: &Record,
    names: &dyn Fn(Kind, Id) -> String,
    mode: CsvMode,
    label: &dyn Fn(Column<'_>) -> String,
) {
    let meta = record.meta();
    row.push(meta.id.to_string());
    for (def, value) in record.kind().fields().iter().zip(record.values()) {
        let labelled = match (mode, &value, def.kind) {
            (CsvMode::Spreadsheet, FieldValue::Choice(Some(i)), FieldKind::Choice(set)) => {
                Some(label(Column::Choice(set, *i)))
            }
            (CsvMode::Spreadsheet, FieldValue::Multi(list), FieldKind::Multi(set)) => Some(
                list.iter()
                    .map(|i| label(Column::Choice(set, *i)))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            _ => None,
        };
        row.push(labelled.unwrap_or_else(|| value.plain(def.kind, names)));
        if is_reference(def.kind) {
            row.push(ids(&value));
        }
    }
    row.push(meta.archived.to_string());
    row.push(timestamp(meta.created));
    row.push(timestamp(meta.updated));
}

/// The ids of a reference value, `;`-separated (commas would collide with the
/// `, `-joined names in the neighbouring column).
pub(super) fn ids(value: &FieldValue) -> String {
    match value {
        FieldValue::Ref(Some(id)) => id.to_string(),
        FieldValue::Refs(list) => list.iter().map(Id::to_string).collect::<Vec<_>>().join(";"),
        _ => String::new(),
    }
}

/// ISO 8601 in UTC, to the second: what spreadsheets and scripts both parse.
fn timestamp(at: Timestamp) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The cell as written in `mode`.
fn cell_for(mode: CsvMode, cell: &str) -> Cow<'_, str> {
    match mode {
        CsvMode::Raw => Cow::Borrowed(cell),
        CsvMode::Spreadsheet => neutralise(cell),
    }
}

/// A leading `'` makes a spreadsheet show a would-be formula as text (OWASP,
/// "CSV injection"). This also catches phone numbers like `+420 …` and
/// negative numbers, which is the price of never running a formula.
fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_neutralised() {
        for cell in ["=1+1", "+420 777 123 456", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralise(cell), format!("'{cell}"));
        }
        for cell in ["Věznice Plzeň", "", "1+1", " =x", "'quoted"] {
            assert_eq!(neutralise(cell), cell);
        }
    }

    #[test]
    fn reference_fields_get_an_id_column() {
        let header = header(Kind::Meeting);
        let at = |name: &str| header.iter().position(|c| c == name);
        assert_eq!(header.first().map(String::as_str), Some("id"));
        assert_eq!(at("facility_id"), at("facility").map(|i| i + 1));
        assert_eq!(at("attendees_id"), at("attendees").map(|i| i + 1));
        assert_eq!(
            &header[header.len() - 3..],
            ["archived", "created", "updated"]
        );
    }
}
