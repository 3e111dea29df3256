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

/// The text of one column for one record.
pub fn cell(data: &Data, record: &Record, column: &Column) -> String {
    let Some(def) = record.kind().field(column.field) else {
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
    display(data, def, &record.value(column.field))
}
