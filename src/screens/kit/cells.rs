//! What a list cell shows. Which fields each record kind shows as list
//! columns, how wide, and which to drop first when the terminal is narrow is
//! declared with the kind ([`crate::domain::Entity::COLUMNS`]).

use crate::catalog;
use crate::domain::{FieldDef, FieldKind, FieldValue, Record};
use crate::model::Data;

use crate::domain::Column;

/// How a field's value reads in a list cell or detail line: choices by label,
/// references by name.
pub fn display(data: &Data, def: &FieldDef, value: &FieldValue) -> String {
    match (value, def.kind) {
        (FieldValue::Choice(Some(i)), FieldKind::Choice(set)) => {
            catalog::choice_label(set, *i).to_string()
        }
        (FieldValue::Multi(v), FieldKind::Multi(set)) => v
            .iter()
            .map(|i| catalog::choice_label(set, *i))
            .collect::<Vec<_>>()
            .join(", "),
        _ => data.plain(def, value),
    }
}

/// How a field's value reads: [`display`], with dates and times written
/// the spoken language's way (the stored text is ISO, which sorts).
pub fn readable(data: &Data, def: &FieldDef, value: &FieldValue) -> String {
    in_words(def.kind, display(data, def, value))
}

/// `text` of a field of `kind` as a person reads it: a date, a time or a
/// count in the spoken language's form, anything else as it is.
pub fn in_words(kind: FieldKind, text: String) -> String {
    use crate::domain::field::{parse_date, parse_date_time};
    match kind {
        FieldKind::Date => parse_date(&text).map_or(text, catalog::date),
        FieldKind::DateTime => parse_date_time(&text).map_or(text, catalog::date_time),
        FieldKind::Rule if !text.trim().is_empty() => catalog::repeat(&text),
        FieldKind::Count => text
            .trim()
            .parse::<u32>()
            .map_or(text, |n| catalog::number(f64::from(n))),
        _ => text,
    }
}

/// Marks a repeating meeting's title in lists and the calendar (not
/// colour alone).
pub const REPEATS_MARK: &str = "↻";

/// A column's text for one record, as shown: [`cell`] with dates in words,
/// a repeating meeting's title marked.
pub fn shown_cell(data: &Data, record: &Record, column: &Column) -> String {
    let text = cell(data, record, column);
    if let Record::Meeting(m) = record
        && column.field == "title"
        && m.recurrence.is_some()
    {
        return format!("{REPEATS_MARK} {text}");
    }
    match record.kind().field(column.field) {
        Some(def) => in_words(def.kind, text),
        None => text,
    }
}

/// The text of one column for one record, as it sorts (dates year first).
pub fn cell(data: &Data, record: &Record, column: &Column) -> String {
    let Some(def) = record.kind().field(column.field) else {
        return String::new();
    };
    if let Record::Meeting(m) = record
        && m.recurrence.is_some()
        && matches!(column.field, "start" | "end")
    {
        // A series is one row, dated by its next occurrence (from today
        // on), where the work is; a series that is over keeps its first.
        let from = data.today.and_time(chrono::NaiveTime::MIN) - chrono::Duration::seconds(1);
        if let Some(next) = crate::domain::occurrences::next_occurrence(m, from) {
            let at = if column.field == "start" {
                next.start
            } else {
                next.end
            };
            return crate::domain::field::format_date_time(at);
        }
    }
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
    display(data, def, &record.value(column.field))
}
