//! A row to a record: each mapped cell becomes the value a form would hold
//! for its field (choices by their names in any language, references by
//! the referenced record's name), and the record is built and checked by
//! the kind's own form reading ([`Entity::from_values`], which runs
//! [`Entity::check`]). Every problem is typed and keeps its row, column and
//! field.

use super::mapping::{Mapping, Target, Vocabulary, key};
use super::read::{serial_date, too_long};
use super::{Cell, Row, Table};
use crate::domain::field::{FieldDef, FieldKind, FieldValue, Problem};
use crate::domain::{Entity, Id, Kind, Meta, Record, Timestamp};
use std::collections::HashMap;

/// Why a row (a cell of it) cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The value is refused as a form would refuse it.
    Field(Problem),
    /// Not one of the field's options.
    UnknownChoice(String),
    /// No record of this kind has this name.
    Unresolved(Kind, String),
    /// Several records of this kind have this name.
    Ambiguous(Kind, String, usize),
    /// The cell holds more characters than a cell may.
    TooLong(usize),
    /// The cell holds a control character (its code).
    Control(u32),
    /// The cell holds a spreadsheet error (`#N/A`).
    CellError(String),
    /// Neither yes nor no (the archived column).
    NotYesNo(String),
    /// The same record as an earlier row of the file (its number).
    DuplicateInFile(u32),
    /// Renewals of each other in a circle: none can be made first.
    Circular,
    /// Refers to a row of this file (its number) that cannot be imported.
    RowNotImported(u32),
}

/// A problem with a row: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// The row's number in the sheet.
    pub row: u32,
    /// The column (0 is A), when one cell is at fault.
    pub column: Option<usize>,
    /// That column's header.
    pub header: Option<String>,
    /// The field concerned, if any.
    pub field: Option<&'static str>,
    /// What is wrong.
    pub reason: Reason,
}

/// A row read into a record, not yet compared with what is stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The row's number.
    pub row: u32,
    /// The record as the row gives it (id 0).
    pub record: Record,
    /// The fields the row gives a value for (an update changes only them).
    pub given: Vec<&'static str>,
    /// The archived column's value, when the file has one and it is filled.
    pub archived: Option<bool>,
    /// References to records that are rows of this file (a renewal of an
    /// agreement in the same file): (field, the row referred to).
    pub later: Vec<(&'static str, u32)>,
    /// Required fields the row leaves empty: fine for a row that updates or
    /// matches a stored record, a problem for a new one. The record holds
    /// a stand-in there, never written. As the problems they would be.
    pub missing: Vec<RowProblem>,
}

/// The records references can name, by kind, found by their names: by
/// title as written (case, diacritics and punctuation aside) first, then by
/// their other names (a person's name without titles, their e-mail), then
/// without a legal form, so "Centrum, z. ú." finds itself beside
/// "Centrum, spolek", and "Mgr. Jana Nováková" herself beside another Jana
/// Nováková.
#[derive(Debug, Default)]
pub struct Names {
    levels: [HashMap<(Kind, String), Vec<Id>>; 3],
}

impl Names {
    /// Knows every record of `records` by its names.
    pub fn new<'a>(records: impl IntoIterator<Item = &'a Record>) -> Names {
        let mut names = Names::default();
        for record in records {
            for (i, name) in names_of(record).into_iter().enumerate() {
                let level = usize::from(i > 0);
                for (map, k) in [(level, key(&name)), (2, name_key(&name))] {
                    if k.is_empty() {
                        continue;
                    }
                    let ids = names.levels[map].entry((record.kind(), k)).or_default();
                    if !ids.contains(&record.id()) {
                        ids.push(record.id());
                    }
                }
            }
        }
        names
    }

    /// The records of `kind` named `name`.
    pub fn find(&self, kind: Kind, name: &str) -> &[Id] {
        let keys = [key(name), key(name), name_key(name)];
        for (level, k) in self.levels.iter().zip(keys) {
            if let Some(ids) = level.get(&(kind, k)) {
                return ids;
            }
        }
        &[]
    }
}

/// The names a record is known by, as written: its title, and a person's
/// name in its other orders and their e-mail, an NGO's IČO.
pub fn names_of(record: &Record) -> Vec<String> {
    let mut names = vec![record.title().to_string()];
    match record {
        Record::Person(p) => {
            names.push(p.plain_name());
            names.push(p.sort_name());
            if !p.email.trim().is_empty() {
                names.push(p.email.clone());
            }
        }
        Record::Organisation(o) if !o.ico.trim().is_empty() => names.push(o.ico.clone()),
        _ => {}
    }
    names.retain(|n| !n.trim().is_empty());
    names.dedup();
    names
}

/// Legal forms at the end of a Czech organisation's name, as folded words.
const LEGAL_FORMS: [&[&str]; 12] = [
    &["z", "s"],
    &["zs"],
    &["o", "p", "s"],
    &["ops"],
    &["z", "u"],
    &["zu"],
    &["s", "r", "o"],
    &["sro"],
    &["a", "s"],
    &["o", "s"],
    &["spolek"],
    &["zapsany", "spolek"],
];

/// A name made comparable: case, diacritics, spacing and punctuation
/// ignored, and a legal form at the end ("z. s.", "o. p. s.") left out, so
/// "Spolek Šance, z.s." and "spolek sance" are one name.
pub fn name_key(text: &str) -> String {
    let folded: String = crate::domain::text::fold(text)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    loop {
        let before = words.len();
        for form in LEGAL_FORMS {
            if words.len() > form.len() && words.ends_with(form) {
                words.truncate(words.len() - form.len());
                break;
            }
        }
        if words.len() == before {
            break;
        }
    }
    words.concat()
}

/// Reads every row below the header of `table` into drafts of `mapping`'s
/// kind; rows that cannot be read give problems instead. `names` resolves
/// references to stored records; `rows_named` to records the file itself
/// makes (same kind), by row.
pub fn drafts(
    table: &Table,
    mapping: &Mapping,
    vocabulary: &Vocabulary,
    names: &Names,
    now: Timestamp,
) -> (Vec<Draft>, Vec<RowProblem>) {
    let kind = mapping.kind;
    // Rows of this file by their title, for references to the same kind.
    let mut own: HashMap<String, Vec<u32>> = HashMap::new();
    if let Some(title) = title_column(mapping) {
        for row in table.rows.iter().filter(|r| r.number > mapping.header_row) {
            let name = name_key(&row.cell(title).text());
            if !name.is_empty() {
                own.entry(name).or_default().push(row.number);
            }
        }
    }
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for row in table.rows.iter().filter(|r| r.number > mapping.header_row) {
        let reader = RowReader {
            row,
            mapping,
            vocabulary,
            names,
            own: &own,
            kind,
        };
        match reader.read(now) {
            Ok(draft) => out.push(draft),
            Err(mut found) => problems.append(&mut found),
        }
    }
    (out, problems)
}

/// The column holding the kind's title field, when it is a plain field.
fn title_column(mapping: &Mapping) -> Option<usize> {
    let field = match mapping.kind {
        Kind::Agreement => "subject",
        _ => return None,
    };
    mapping.column_of(Target::Field(field)).map(|c| c.index)
}

struct RowReader<'a> {
    row: &'a Row,
    mapping: &'a Mapping,
    vocabulary: &'a Vocabulary,
    names: &'a Names,
    own: &'a HashMap<String, Vec<u32>>,
    kind: Kind,
}

impl RowReader<'_> {
    fn problem(
        &self,
        column: Option<usize>,
        field: Option<&'static str>,
        reason: Reason,
    ) -> RowProblem {
        let header = column.and_then(|c| {
            self.mapping
                .columns
                .iter()
                .find(|col| col.index == c)
                .map(|col| col.header.clone())
        });
        RowProblem {
            row: self.row.number,
            column,
            header,
            field,
            reason,
        }
    }

    fn read(&self, now: Timestamp) -> Result<Draft, Vec<RowProblem>> {
        let defs = self.kind.fields();
        let mut values: Vec<FieldValue> = crate::each_kind!(self.kind, T => T::defaults());
        let mut problems = Vec::new();
        let mut given = Vec::new();
        let mut later = Vec::new();
        let mut archived = None;
        for column in &self.mapping.columns {
            let cell = self.row.cell(column.index);
            let text = cell.text();
            if let Some(reason) = cell_problem(cell, &text) {
                let field = match column.target {
                    Target::Field(id) => Some(id),
                    _ => None,
                };
                problems.push(self.problem(Some(column.index), field, reason));
                continue;
            }
            match column.target {
                Target::Ignore => {}
                Target::Archived => match self.vocabulary.yes_no(&text) {
                    Some(yes) => archived = (!cell.is_empty()).then_some(yes),
                    None => problems.push(self.problem(
                        Some(column.index),
                        None,
                        Reason::NotYesNo(text),
                    )),
                },
                Target::Field(id) => {
                    let Some(at) = defs.iter().position(|d| d.id == id) else {
                        continue;
                    };
                    if cell.is_empty() {
                        continue;
                    }
                    match self.value(&defs[at], cell, &text) {
                        Ok((value, pending)) => {
                            values[at] = value;
                            given.push(id);
                            if let Some(row) = pending {
                                later.push((id, row));
                            }
                        }
                        Err(reason) => {
                            problems.push(self.problem(Some(column.index), Some(id), reason))
                        }
                    }
                }
            }
        }
        // A required field the row leaves empty gets a stand-in, so that a
        // row filling in a stored record need not repeat it.
        let mut missing = Vec::new();
        for (at, def) in defs.iter().enumerate() {
            let empty = def.required && values[at].is_empty();
            if empty
                && !later.iter().any(|(f, _)| *f == def.id)
                && let Some(stand_in) = stand_in(def)
            {
                values[at] = stand_in;
                let column = self
                    .mapping
                    .column_of(Target::Field(def.id))
                    .map(|c| c.index);
                missing.push(self.problem(column, Some(def.id), Reason::Field(Problem::Required)));
            }
        }
        let built = crate::each_kind!(self.kind, T => {
            T::from_values(Meta::new(now), &values).map(Record::from)
        });
        let mut record = match built {
            Ok(record) => Some(record),
            Err(errors) => {
                for error in errors {
                    // A field the row already has a problem with says it once.
                    if problems.iter().any(|p| p.field == Some(error.field)) {
                        continue;
                    }
                    // A renewal made by this file is filled in when written.
                    if later.iter().any(|(f, _)| *f == error.field) {
                        continue;
                    }
                    let column = self
                        .mapping
                        .column_of(Target::Field(error.field))
                        .map(|c| c.index);
                    problems.push(self.problem(
                        column,
                        Some(error.field),
                        Reason::Field(error.problem),
                    ));
                }
                None
            }
        };
        if let Some(record) = &mut record {
            let today = crate::domain::prague::wall_clock(now).date();
            for error in record.on_save(None, today) {
                let column = self
                    .mapping
                    .column_of(Target::Field(error.field))
                    .map(|c| c.index);
                problems.push(self.problem(
                    column,
                    Some(error.field),
                    Reason::Field(error.problem),
                ));
            }
        }
        match record {
            Some(mut record) if problems.is_empty() => {
                if let Some(yes) = archived {
                    record.meta_mut().archived = yes;
                }
                Ok(Draft {
                    row: self.row.number,
                    record,
                    given,
                    archived,
                    later,
                    missing,
                })
            }
            _ => {
                for m in missing {
                    if !problems.iter().any(|p| p.field == m.field) {
                        problems.push(m);
                    }
                }
                problems.sort_by_key(|p| p.column);
                Err(problems)
            }
        }
    }

    /// The form value of a cell for field `def`; with the row of this file
    /// a same-kind reference names.
    fn value(
        &self,
        def: &FieldDef,
        cell: &Cell,
        text: &str,
    ) -> Result<(FieldValue, Option<u32>), Reason> {
        let value = match def.kind {
            FieldKind::Date => FieldValue::Text(match cell {
                Cell::Number(n) => {
                    serial_date(*n).map_or_else(|| text.to_string(), |d| d.date().to_string())
                }
                Cell::Date(at) => at.date().to_string(),
                _ => text.to_string(),
            }),
            FieldKind::DateTime => FieldValue::Text(match cell {
                Cell::Number(n) => serial_date(*n).map_or_else(
                    || text.to_string(),
                    |d| d.format("%Y-%m-%d %H:%M").to_string(),
                ),
                Cell::Date(at) => at.format("%Y-%m-%d %H:%M").to_string(),
                _ => text.to_string(),
            }),
            FieldKind::Ico => FieldValue::Text(match cell {
                // A number lost its leading zeros: IČO 00064581 is 64581.
                Cell::Number(_) if text.len() < 8 && text.bytes().all(|b| b.is_ascii_digit()) => {
                    format!("{text:0>8}")
                }
                _ => text.split_whitespace().collect(),
            }),
            FieldKind::Choice(set) => {
                let index = self
                    .vocabulary
                    .choice(set, text)
                    .ok_or_else(|| Reason::UnknownChoice(text.to_string()))?;
                FieldValue::Choice(Some(index))
            }
            FieldKind::Multi(set) => {
                let mut chosen = Vec::new();
                for part in split_list(text) {
                    let index = self
                        .vocabulary
                        .choice(set, part)
                        .ok_or_else(|| Reason::UnknownChoice(part.to_string()))?;
                    if !chosen.contains(&index) {
                        chosen.push(index);
                    }
                }
                chosen.sort_unstable();
                FieldValue::Multi(chosen)
            }
            FieldKind::Ref(kind) => {
                return match self.resolve(kind, text)? {
                    Resolved::Stored(id) => Ok((FieldValue::Ref(Some(id)), None)),
                    Resolved::Row(row) => Ok((FieldValue::Ref(None), Some(row))),
                };
            }
            FieldKind::Refs(kind) => {
                let mut ids = Vec::new();
                for name in self.split_names(kind, text)? {
                    match self.resolve(kind, &name)? {
                        Resolved::Stored(id) if !ids.contains(&id) => ids.push(id),
                        Resolved::Stored(_) => {}
                        Resolved::Row(_) => {
                            return Err(Reason::Unresolved(kind, name));
                        }
                    }
                }
                FieldValue::Refs(ids)
            }
            _ => FieldValue::Text(text.to_string()),
        };
        Ok((value, None))
    }

    /// The record of `kind` named `name`: stored, or a row of this file.
    fn resolve(&self, kind: Kind, name: &str) -> Result<Resolved, Reason> {
        match self.names.find(kind, name) {
            [id] => return Ok(Resolved::Stored(*id)),
            [] => {}
            several => {
                return Err(Reason::Ambiguous(kind, name.to_string(), several.len()));
            }
        }
        if kind == self.kind {
            match self.own.get(&name_key(name)).map(Vec::as_slice) {
                Some([row]) if *row != self.row.number => return Ok(Resolved::Row(*row)),
                Some(rows) if rows.len() > 1 => {
                    return Err(Reason::Ambiguous(kind, name.to_string(), rows.len()));
                }
                _ => {}
            }
        }
        Err(Reason::Unresolved(kind, name.to_string()))
    }

    /// Names in a cell of several references: split at `;` or new lines,
    /// or at commas where the pieces between them are names (a person's
    /// name "Jana Nováková, Ph.D." holds a comma itself).
    fn split_names(&self, kind: Kind, text: &str) -> Result<Vec<String>, Reason> {
        let mut out = Vec::new();
        for chunk in text.split([';', '\n']) {
            let pieces: Vec<&str> = chunk.split(',').map(str::trim).collect();
            let mut at = 0;
            while at < pieces.len() {
                if pieces[at].is_empty() {
                    at += 1;
                    continue;
                }
                // The longest run of pieces from here that names a record.
                let mut taken = 1;
                for end in (at + 1..=pieces.len()).rev() {
                    let name = pieces[at..end].join(", ");
                    if !self.names.find(kind, &name).is_empty() {
                        taken = end - at;
                        break;
                    }
                }
                out.push(pieces[at..at + taken].join(", "));
                at += taken;
            }
        }
        Ok(out)
    }
}

/// A value that passes a required field's check, for a field a row leaves
/// empty; none for references (a row without one matches nothing).
fn stand_in(def: &FieldDef) -> Option<FieldValue> {
    match def.kind {
        FieldKind::Choice(_) => Some(FieldValue::Choice(Some(0))),
        FieldKind::Multi(_) => Some(FieldValue::Multi(vec![0])),
        FieldKind::Date => Some(FieldValue::Text("2000-01-01".into())),
        FieldKind::DateTime => Some(FieldValue::Text("2000-01-01 00:00".into())),
        FieldKind::Text | FieldKind::LongText => Some(FieldValue::Text("?".into())),
        _ => None,
    }
}

enum Resolved {
    Stored(Id),
    Row(u32),
}

/// The parts of a list of options: split at commas, semicolons and new
/// lines.
fn split_list(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// What is wrong with a cell whatever its field: too long, a control
/// character (tabs and new lines are text), a spreadsheet error.
fn cell_problem(cell: &Cell, text: &str) -> Option<Reason> {
    if let Cell::Error(e) = cell {
        return Some(Reason::CellError(e.clone()));
    }
    if let Some(chars) = too_long(text) {
        return Some(Reason::TooLong(chars));
    }
    text.chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
        .map(|c| Reason::Control(u32::from(c)))
}

/// The keys two records of `kind` are the same record by: (what, value),
/// in the order they are tried. An NGO by IČO, name (without its legal
/// form) and e-mail; a person by e-mail and name; others by what names
/// them where they are.
pub fn keys(record: &Record) -> Vec<(By, String)> {
    let mut out = Vec::new();
    let mut push = |by: By, value: String| {
        if !value.is_empty() {
            out.push((by, value));
        }
    };
    match record {
        Record::Organisation(o) => {
            push(
                By::Ico,
                o.ico.chars().filter(char::is_ascii_digit).collect(),
            );
            push(By::Name, name_key(&o.name));
            push(By::Email, o.email.trim().to_lowercase());
        }
        Record::Person(p) => {
            push(By::Email, p.email.trim().to_lowercase());
            push(By::Name, name_key(&p.plain_name()));
        }
        Record::Facility(f) => push(By::Name, name_key(&f.name)),
        Record::Assignment(a) => push(
            By::Name,
            format!(
                "{}/{}/{}/{}",
                a.person,
                a.facility,
                a.role.code(),
                key(&a.role_note)
            ),
        ),
        Record::Agreement(a) => push(
            By::Name,
            format!("{}/{}", a.organisation, name_key(&a.subject)),
        ),
        Record::Meeting(m) => push(By::Name, format!("{}/{}", name_key(&m.title), m.start)),
        Record::ActionItem(a) => push(By::Name, format!("{}/{}", name_key(&a.what), a.owner)),
        Record::Request(r) => push(
            By::Name,
            format!("{}/{}/{}", r.organisation, r.facility, name_key(&r.subject)),
        ),
    }
    out
}

/// What two records were found the same by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum By {
    /// The same IČO.
    Ico,
    /// The same name (or title, and what else names the kind).
    Name,
    /// The same e-mail address.
    Email,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_ignore_case_diacritics_spacing_and_legal_form() {
        let one = name_key("Spolek Šance, z. s.");
        assert_eq!(one, name_key("spolek  sance z.s."));
        assert_eq!(one, name_key("SPOLEK ŠANCE"));
        assert_eq!(
            name_key("Rubikon Centrum, o. p. s."),
            name_key("Rubikon centrum")
        );
        assert_ne!(name_key("Šance"), name_key("Sance 2"));
        // A name that is only a legal form keeps it.
        assert_eq!(name_key("z. s."), "zs");
    }
}
