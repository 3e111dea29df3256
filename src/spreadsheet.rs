//! CSV for spreadsheets in the spoken language: Czech spreadsheets expect
//! `;` between cells and read Czech column names; English ones `,`. Exports
//! for scripts (`--raw`) keep `,` and the stable names whatever the
//! language. The command line and the interactive interface both export
//! through here.

/// The separator of a CSV file, and whether its columns are named in the
/// spoken language. `--sep` decides the separator when given. A file for a
/// spreadsheet (`spreadsheet`) in Czech uses `;`, which Czech Excel expects
/// (its decimal mark is the comma), and Czech column names; otherwise (and
/// always for `--raw`, which is for scripts) `,` and the stable names.
pub fn layout(sep: Option<u8>, spreadsheet: bool) -> (u8, bool) {
    let localized = spreadsheet && crate::catalog::spoken() == crate::vocab::Lang::Cs;
    let separator = sep.unwrap_or(if localized { b';' } else { b',' });
    (separator, localized)
}

/// A column of a records CSV named in the spoken language.
pub fn column_label(column: crate::export::Column<'_>) -> String {
    use crate::catalog::{field_label, text};
    match column {
        crate::export::Column::Id => text("csv-column-id").to_string(),
        crate::export::Column::Field(id) => field_label(id).to_string(),
        crate::export::Column::RefIds(id) => {
            crate::catalog::format("csv-column-ref-id", &[("field", field_label(id).into())])
        }
        crate::export::Column::Archived => text("csv-column-archived").to_string(),
        crate::export::Column::Created => text("csv-column-created").to_string(),
        crate::export::Column::Updated => text("csv-column-updated").to_string(),
    }
}

/// A column of the coverage CSV (by its stable name) named in the spoken
/// language.
pub fn coverage_label(column: &str) -> String {
    use crate::catalog::text;
    use crate::domain::choice::{ChoiceSet, Service};
    match column {
        "region_code" => text("csv-column-region-code").to_string(),
        "region" => text("csv-column-region").to_string(),
        "ngos" => text("csv-column-ngos").to_string(),
        code => match Service::ALL.iter().position(|s| s.code() == code) {
            Some(index) => crate::catalog::choice_label(ChoiceSet::Service, index).to_string(),
            None => code.to_string(),
        },
    }
}
