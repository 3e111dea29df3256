//! Which fields each record kind shows as list columns, how wide, and which
//! to drop first when the terminal is narrow.

use crate::catalog;
use crate::domain::{FieldKind, FieldValue, Kind, Record};
use crate::model::Data;

/// A list column: a field of the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The field's stable id.
    pub field: &'static str,
    /// Width it gets when there is room.
    pub width: u16,
    /// Lower is more important; the least important columns are dropped first.
    pub priority: u8,
}

const fn col(field: &'static str, width: u16, priority: u8) -> Column {
    Column {
        field,
        width,
        priority,
    }
}

/// The columns of a kind, in display order.
pub fn columns(kind: Kind) -> &'static [Column] {
    match kind {
        Kind::Facility => {
            const COLUMNS: &[Column] = &[
                col("name", 34, 0),
                col("region", 20, 1),
                col("kind", 18, 3),
                col("town", 16, 2),
            ];
            COLUMNS
        }
        Kind::Organisation => {
            const COLUMNS: &[Column] = &[
                col("name", 30, 0),
                col("membership", 10, 1),
                col("ico", 10, 2),
                col("regions", 24, 3),
                col("services", 24, 4),
            ];
            COLUMNS
        }
        Kind::Person => {
            const COLUMNS: &[Column] = &[
                col("name", 24, 0),
                col("organisation", 24, 1),
                col("facility", 24, 3),
                col("role", 14, 2),
                col("email", 26, 4),
                col("phone", 16, 5),
            ];
            COLUMNS
        }
        Kind::Assignment => {
            const COLUMNS: &[Column] = &[
                col("person", 22, 0),
                col("facility", 28, 1),
                col("role", 16, 2),
                col("from", 10, 3),
                col("until", 10, 4),
            ];
            COLUMNS
        }
        Kind::Meeting => {
            const COLUMNS: &[Column] = &[
                col("start", 16, 0),
                col("title", 28, 0),
                col("facility", 24, 1),
                col("status", 9, 2),
                col("kind", 14, 3),
            ];
            COLUMNS
        }
        Kind::Agreement => {
            const COLUMNS: &[Column] = &[
                col("subject", 28, 0),
                col("organisation", 24, 1),
                col("status", 11, 1),
                col("valid_until", 11, 2),
                col("facilities", 24, 3),
            ];
            COLUMNS
        }
        Kind::ActionItem => {
            const COLUMNS: &[Column] = &[
                col("what", 30, 0),
                col("owner", 22, 1),
                col("due", 10, 1),
                col("done", 6, 2),
                col("meeting", 28, 3),
            ];
            COLUMNS
        }
    }
}

/// How a field's value reads in a list cell or detail line: choices by label,
/// references by name.
pub fn display(data: &Data, kind: Kind, field: usize, value: &FieldValue) -> String {
    let Some(def) = kind.fields().get(field) else {
        return String::new();
    };
    match (value, def.kind) {
        (FieldValue::Choice(Some(i)), FieldKind::Choice(set)) => {
            catalog::choice_label(set, *i).to_string()
        }
        (FieldValue::Multi(v), FieldKind::Multi(set)) => v
            .iter()
            .map(|i| catalog::choice_label(set, *i))
            .collect::<Vec<_>>()
            .join(", "),
        _ => data.plain(kind, field, value),
    }
}

/// The text of one column for one record.
pub fn cell(data: &Data, record: &Record, column: &Column) -> String {
    let kind = record.kind();
    let Some(field) = kind.field_index(column.field) else {
        return String::new();
    };
    if let Record::Agreement(a) = record
        && column.field == "status"
    {
        // Expiry follows from the dates, not from someone remembering to set it.
        let status = crate::domain::lifecycle::effective_status(a, data.today);
        return catalog::choice_label(
            crate::domain::choice::ChoiceSet::AgreementStatus,
            status.index(),
        )
        .to_string();
    }
    display(data, kind, field, &record.value(field))
}
