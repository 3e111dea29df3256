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

/// A column of a records CSV named in the spoken language (and an option
/// of a choice list by its label).
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
        crate::export::Column::Choice(set, index) => {
            crate::catalog::choice_label(set, index).to_string()
        }
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

/// Everything an import of `kind` understands, in every language: each
/// field by its id, its label and the other names people give it
/// (`import-aliases-<field>`, comma-separated); the columns spojka's own
/// exports write (ids and timestamps, which are not imported; archived);
/// every option of every choice list by code and label; yes and no.
pub fn vocabulary(kind: crate::domain::Kind) -> crate::sheet::Vocabulary {
    use crate::catalog::{field_label, speaking, text};
    use crate::export::Column;
    use crate::sheet::Target;
    use crate::vocab::Lang;
    let mut headers: Vec<(String, Target)> = Vec::new();
    let mut yes = vec!["true".to_string(), "1".to_string()];
    let mut no = vec!["false".to_string(), "0".to_string()];
    for def in kind.fields() {
        headers.push((def.id.to_string(), Target::Field(def.id)));
        headers.push((format!("{}_id", def.id), Target::Ignore));
    }
    headers.extend([
        ("id".to_string(), Target::Ignore),
        ("created".to_string(), Target::Ignore),
        ("updated".to_string(), Target::Ignore),
        ("archived".to_string(), Target::Archived),
    ]);
    for lang in Lang::ALL {
        speaking(lang, || {
            for def in kind.fields() {
                let target = Target::Field(def.id);
                headers.push((field_label(def.id).to_string(), target));
                let aliases = format!("import-aliases-{}", def.id);
                if crate::catalog::words::Catalog::of(lang).has(&aliases) {
                    for alias in text(&aliases).split(',') {
                        headers.push((alias.trim().to_string(), target));
                    }
                }
                if matches!(
                    def.kind,
                    crate::domain::FieldKind::Ref(_) | crate::domain::FieldKind::Refs(_)
                ) {
                    headers.push((column_label(Column::RefIds(def.id)), Target::Ignore));
                }
            }
            for (column, target) in [
                (Column::Id, Target::Ignore),
                (Column::Created, Target::Ignore),
                (Column::Updated, Target::Ignore),
                (Column::Archived, Target::Archived),
            ] {
                headers.push((column_label(column), target));
            }
            yes.extend(text("import-yes").split(',').map(|w| w.trim().to_string()));
            no.extend(text("import-no").split(',').map(|w| w.trim().to_string()));
        });
    }
    // A field's own name before another field's alias of the same words.
    let mut seen = std::collections::HashSet::new();
    headers.retain(|(name, _)| seen.insert(crate::sheet::mapping::key(name)));
    let choices = crate::domain::ChoiceSet::ALL
        .iter()
        .map(|set| {
            let mut names = Vec::new();
            for index in 0..set.len() {
                names.push((set.code(index).to_string(), index));
                for lang in Lang::ALL {
                    let label = speaking(lang, || crate::catalog::choice_label(*set, index));
                    names.push((label.to_string(), index));
                }
                if *set == crate::domain::ChoiceSet::Region {
                    // "Plzeňský" for "Plzeňský kraj", "Praha" for "Hlavní
                    // město Praha", "Vysočina" for "Kraj Vysočina".
                    let name = crate::catalog::choice_label(*set, index);
                    let short: Vec<&str> = name
                        .split_whitespace()
                        .filter(|w| !matches!(*w, "kraj" | "Kraj" | "Hlavní" | "město"))
                        .collect();
                    names.push((short.join(" "), index));
                }
            }
            (*set, names)
        })
        .collect();
    crate::sheet::Vocabulary {
        headers,
        choices,
        yes,
        no,
    }
}

/// A column of a records CSV by its stable name, for a file in English or
/// for scripts; an option of a choice list by its label when the file is
/// for a spreadsheet, by its code for scripts (`--raw`).
pub fn column_code(spreadsheet: bool) -> impl Fn(crate::export::Column<'_>) -> String {
    move |column| match column {
        crate::export::Column::Choice(set, index) if spreadsheet => {
            crate::catalog::choice_label(set, index).to_string()
        }
        column => column.code(),
    }
}
