//! Which column is which field: guessed from the header row by the names a
//! [`Vocabulary`] knows (field ids, labels in every language, common other
//! names, the column names spojka's own exports write), changed by the
//! user, and saved per user under the header row it was made for.

use super::{Row, SheetError, Table};
use crate::domain::choice::ChoiceSet;
use crate::domain::text::fold;
use crate::domain::{FieldKind, Kind};

/// What a column is read into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// A field of the kind, by its stable id.
    Field(&'static str),
    /// Whether the record is archived.
    Archived,
    /// Nothing: the column is not imported (spojka's ids and timestamps,
    /// columns no field matches).
    Ignore,
}

impl Target {
    /// The stable name a saved mapping and `--map` use: the field id,
    /// `archived`, or `-`.
    pub fn code(self) -> &'static str {
        match self {
            Target::Field(id) => id,
            Target::Archived => "archived",
            Target::Ignore => "-",
        }
    }

    /// The target named by `code` for `kind`.
    pub fn from_code(kind: Kind, code: &str) -> Option<Target> {
        match code.trim() {
            "-" | "" => Some(Target::Ignore),
            "archived" => Some(Target::Archived),
            code => kind
                .fields()
                .iter()
                .find(|d| d.id == code)
                .map(|d| Target::Field(d.id)),
        }
    }
}

/// The words an import understands, in every language: built by the
/// catalog (`spreadsheet::vocabulary`), so this module holds none.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vocabulary {
    /// Header names (as written) and what they mean.
    pub headers: Vec<(String, Target)>,
    /// The names of each choice list's options (codes and labels in every
    /// language) and their positions.
    pub choices: Vec<(ChoiceSet, Vec<(String, usize)>)>,
    /// Words for yes and no (the archived column), every language.
    pub yes: Vec<String>,
    /// Words for no.
    pub no: Vec<String>,
}

/// A header (or option) name made comparable: case, diacritics, spaces and
/// punctuation ignored ("E-mail" is "email", "IČO:" is "ico").
pub fn key(text: &str) -> String {
    fold(text).chars().filter(|c| c.is_alphanumeric()).collect()
}

impl Vocabulary {
    /// What header `name` means, if the vocabulary knows it.
    pub fn header(&self, name: &str) -> Option<Target> {
        let wanted = key(name);
        if wanted.is_empty() {
            return None;
        }
        self.headers
            .iter()
            .find(|(n, _)| key(n) == wanted)
            .map(|(_, t)| *t)
    }

    /// The option of `set` named `name` (code or label, any language).
    pub fn choice(&self, set: ChoiceSet, name: &str) -> Option<usize> {
        let wanted = key(name);
        let (_, names) = self.choices.iter().find(|(s, _)| *s == set)?;
        names
            .iter()
            .find(|(n, _)| key(n) == wanted)
            .map(|(_, i)| *i)
    }

    /// Whether `text` says yes (Some(true)), no, or neither.
    pub fn yes_no(&self, text: &str) -> Option<bool> {
        let wanted = key(text);
        if self.yes.iter().any(|w| key(w) == wanted) {
            Some(true)
        } else if wanted.is_empty() || self.no.iter().any(|w| key(w) == wanted) {
            Some(false)
        } else {
            None
        }
    }
}

/// How a column's target was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// From its header name.
    Guessed,
    /// From the mapping saved for this header row.
    Saved,
    /// From `--map` (or the user's change).
    Given,
    /// No name matched: not imported.
    Unknown,
    /// Another column was already read into the same field.
    Taken,
    /// A merged header cell covers it.
    Merged,
}

/// One column of the file and what it is read into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// Its position (0 is column A).
    pub index: usize,
    /// Its header, as written.
    pub header: String,
    /// What it is read into.
    pub target: Target,
    /// How that was decided.
    pub how: How,
}

/// The columns of a file and what each is read into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    /// The kind the file is imported as.
    pub kind: Kind,
    /// The header row's number (1 unless rows above it are a title).
    pub header_row: u32,
    /// Every column with a header.
    pub columns: Vec<Column>,
}

impl Mapping {
    /// The column read into `target`, if any.
    pub fn column_of(&self, target: Target) -> Option<&Column> {
        self.columns.iter().find(|c| c.target == target)
    }

    /// The key a mapping is saved under: the kind and the header row.
    pub fn saved_key(&self) -> String {
        saved_key(self.kind, self.columns.iter().map(|c| c.header.as_str()))
    }

    /// The pairs saved for this mapping: (header, target code).
    pub fn saved_pairs(&self) -> Vec<(String, String)> {
        self.columns
            .iter()
            .map(|c| (c.header.clone(), c.target.code().to_string()))
            .collect()
    }

    /// Reads the column at `position` (in [`Mapping::columns`]) into
    /// `target`, as the user chose; a column read into that field before
    /// is no longer imported. False when there is no such column.
    pub fn choose(&mut self, position: usize, target: Target) -> bool {
        if position >= self.columns.len() {
            return false;
        }
        if target != Target::Ignore {
            for (at, column) in self.columns.iter_mut().enumerate() {
                if at != position && column.target == target {
                    column.target = Target::Ignore;
                    column.how = How::Given;
                }
            }
        }
        let column = &mut self.columns[position];
        column.target = target;
        column.how = How::Given;
        true
    }

    /// Whether the user changed any column (or gave it with `--map`).
    pub fn changed(&self) -> bool {
        self.columns.iter().any(|c| c.how == How::Given)
    }

    /// Required fields no column is read into.
    pub fn missing_required(&self) -> Vec<&'static str> {
        self.kind
            .fields()
            .iter()
            .filter(|d| d.required && self.column_of(Target::Field(d.id)).is_none())
            .filter(|d| !has_default(self.kind, d.id))
            .map(|d| d.id)
            .collect()
    }
}

/// Whether a new record of `kind` starts with a value in field `id` (a
/// meeting's status), so a file need not give it.
fn has_default(kind: Kind, id: &str) -> bool {
    crate::each_kind!(kind, T => {
        use crate::domain::Entity;
        T::FIELDS
            .iter()
            .any(|f| f.def.id == id && f.start.is_some())
    })
}

/// Everything a column of `kind` can be read into, in the order a user
/// chooses from: not imported, each field in the form's order, archived.
pub fn targets(kind: Kind) -> Vec<Target> {
    let mut all = vec![Target::Ignore];
    all.extend(kind.fields().iter().map(|d| Target::Field(d.id)));
    all.push(Target::Archived);
    all
}

/// The key a mapping for these headers of `kind` is saved under.
pub fn saved_key<'a>(kind: Kind, headers: impl Iterator<Item = &'a str>) -> String {
    let headers: Vec<String> = headers.map(key).filter(|k| !k.is_empty()).collect();
    format!("{}:{}", kind.plural(), headers.join("|"))
}

/// What the user said about columns: (header as written, target), from
/// `--map` or a saved mapping.
pub type Choices = Vec<(String, Target)>;

/// The saved mapping of a header row (by its key), from a user's saved
/// mappings (`UserSettings::import_mappings`): targets by their codes, any
/// code no longer known left out.
pub fn saved_choices(
    saved: &std::collections::BTreeMap<String, Vec<(String, String)>>,
    kind: Kind,
    key: &str,
) -> Option<Choices> {
    let pairs = saved.get(key)?;
    Some(
        pairs
            .iter()
            .filter_map(|(h, t)| Some((h.clone(), Target::from_code(kind, t)?)))
            .collect(),
    )
}

/// The name a table's mappings are saved under: its sheet's (XLSX), or
/// the file's.
pub fn sheet_name(table: &Table, file: &str) -> String {
    table
        .source
        .sheet
        .as_ref()
        .map_or_else(|| file.to_string(), |(name, _)| name.clone())
}

/// Works out the header row and the mapping of `table` for `kind`: the
/// row among the first ten with the most names known (from `given`,
/// `saved` or the vocabulary) is the header; each column's target comes
/// from `given`, then `saved`, then the vocabulary.
pub fn guess(
    table: &Table,
    kind: Kind,
    vocabulary: &Vocabulary,
    saved: &dyn Fn(&str) -> Option<Choices>,
    given: &Choices,
    sheet: &str,
) -> Result<Mapping, SheetError> {
    let known = |row: &Row| {
        row.cells
            .iter()
            .filter(|c| {
                let name = c.text();
                given.iter().any(|(h, _)| key(h) == key(&name))
                    || vocabulary.header(&name).is_some()
            })
            .count()
    };
    let names_of =
        |row: &Row| -> Vec<String> { row.cells.iter().map(super::Cell::text).collect::<Vec<_>>() };
    let row_key = |row: &Row| {
        let names = names_of(row);
        saved_key(
            kind,
            names.iter().map(String::as_str).filter(|n| !n.is_empty()),
        )
    };
    // A row with a saved mapping is the header; else the row naming most.
    let mut best: Option<(&Row, usize)> = table
        .rows
        .iter()
        .take(10)
        .find(|row| saved(&row_key(row)).is_some())
        .map(|row| (row, usize::MAX));
    let rows = if best.is_none() { 10 } else { 0 };
    for row in table.rows.iter().take(rows) {
        let n = known(row);
        if n > best.map_or(0, |(_, b)| b) {
            best = Some((row, n));
        }
    }
    let Some((header, _)) = best else {
        return Err(SheetError::NoHeader {
            sheet: sheet.to_string(),
        });
    };
    let merged: Vec<usize> = table
        .merged
        .iter()
        .filter(|(row, _)| *row == header.number)
        .map(|(_, col)| *col)
        .collect();
    let names: Vec<(usize, String)> = header
        .cells
        .iter()
        .enumerate()
        .map(|(i, c)| (i, c.text()))
        .filter(|(i, name)| !name.is_empty() || merged.contains(i))
        .collect();
    let key_of_row = saved_key(kind, names.iter().map(|(_, n)| n.as_str()));
    let saved = saved(&key_of_row).unwrap_or_default();
    let find = |list: &Choices, name: &str| {
        list.iter()
            .find(|(h, _)| key(h) == key(name))
            .map(|(_, t)| *t)
    };
    let mut columns: Vec<Column> = Vec::new();
    for (index, header) in names {
        let (target, how) = if merged.contains(&index) && header.is_empty() {
            (Target::Ignore, How::Merged)
        } else if let Some(t) = find(given, &header) {
            (t, How::Given)
        } else if let Some(t) = find(&saved, &header) {
            (t, How::Saved)
        } else if let Some(t) = vocabulary.header(&header) {
            (t, How::Guessed)
        } else {
            (Target::Ignore, How::Unknown)
        };
        let taken = target != Target::Ignore && columns.iter().any(|c| c.target == target);
        let (target, how) = if taken {
            (Target::Ignore, How::Taken)
        } else {
            (target, how)
        };
        columns.push(Column {
            index,
            header,
            target,
            how,
        });
    }
    Ok(Mapping {
        kind,
        header_row: header.number,
        columns,
    })
}

/// Reads `--map "Header=field,Other=-"`: the field by id, or by a name the
/// vocabulary knows; `-` leaves the column out. An unknown field is an
/// error naming it.
pub fn parse_given(text: &str, kind: Kind, vocabulary: &Vocabulary) -> Result<Choices, String> {
    let mut out = Vec::new();
    for pair in text.split([',', '\n']) {
        if pair.trim().is_empty() {
            continue;
        }
        let Some((header, field)) = pair.rsplit_once('=') else {
            return Err(pair.trim().to_string());
        };
        let target = Target::from_code(kind, field)
            .or_else(|| vocabulary.header(field))
            .ok_or_else(|| field.trim().to_string())?;
        out.push((header.trim().to_string(), target));
    }
    Ok(out)
}

/// Whether field `id` of `kind` is read from text (not chosen from a list
/// or a reference).
pub fn is_typed(kind: Kind, id: &str) -> bool {
    kind.fields()
        .iter()
        .find(|d| d.id == id)
        .is_some_and(|d| d.kind.is_typed() || matches!(d.kind, FieldKind::Rule))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_diacritics_and_punctuation() {
        assert_eq!(key("IČO:"), "ico");
        assert_eq!(key(" E-mail "), "email");
        assert_eq!(key("Název organizace"), "nazevorganizace");
    }
}
