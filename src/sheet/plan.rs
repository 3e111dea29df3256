//! The dry run: what an import would do to the stored records, worked out
//! without writing. Each row read is new, a duplicate of a stored record
//! (found by [`rows::keys`](super::rows::keys): IČO, name without its legal
//! form, e-mail…), or a duplicate of an earlier row of the file; what
//! happens to duplicates is the user's choice ([`Duplicates`]). An update
//! changes only the fields the row fills: an empty cell never clears a
//! stored value.

use super::rows::{By, Draft, Reason, RowProblem, keys};
use crate::domain::{Entity, FieldValue, Id, Kind, Record, Timestamp};
use std::collections::HashMap;

/// What to do with a row that is a record already stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Duplicates {
    /// Leave the stored record as it is.
    #[default]
    Skip,
    /// Fill the stored record with what the row gives.
    Update,
    /// Store the row as another record beside it.
    Keep,
}

/// A record to write, and the row it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    /// The row's number.
    pub row: u32,
    /// The record to save: new (id 0) or an update of the stored version.
    pub record: Record,
    /// References to records this import creates: (field, their row).
    pub later: Vec<(&'static str, u32)>,
}

/// A row that is a stored record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matched {
    /// The row's number.
    pub row: u32,
    /// The stored record's id.
    pub id: Id,
    /// Its title.
    pub title: String,
    /// What they share.
    pub by: By,
}

/// The dry run's outcome.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    /// The stored state it was made over: the operation id the store hands
    /// out next. Applying checks it is still so.
    pub mark: u64,
    /// Records to create, in the order to write them.
    pub create: Vec<Planned>,
    /// Stored records to change.
    pub update: Vec<Planned>,
    /// Rows that match a stored record and would change nothing.
    pub unchanged: Vec<Matched>,
    /// Rows that match a stored record, skipped.
    pub skipped: Vec<Matched>,
    /// Rows that match a stored record, kept as new records.
    pub kept: Vec<Matched>,
    /// Rows that are the same record as an earlier row: (row, earlier row).
    pub in_file: Vec<(u32, u32)>,
    /// Rows that cannot be read, each problem of them.
    pub problems: Vec<RowProblem>,
}

impl Plan {
    /// The rows that cannot be read, each once.
    pub fn bad_rows(&self) -> Vec<u32> {
        let mut rows: Vec<u32> = self.problems.iter().map(|p| p.row).collect();
        rows.sort_unstable();
        rows.dedup();
        rows
    }

    /// Whether the plan writes anything.
    pub fn writes(&self) -> bool {
        !self.create.is_empty() || !self.update.is_empty()
    }

    /// What the dry run shows, row by row, without the records: two plans
    /// with the same outline do the same to the same rows.
    pub fn outline(&self) -> Outline {
        let rows = |planned: &[Planned]| planned.iter().map(|p| p.row).collect();
        let matched = |m: &[Matched]| m.iter().map(|m| (m.row, m.id)).collect();
        Outline {
            create: rows(&self.create),
            update: self.update.iter().map(|p| (p.row, p.record.id())).collect(),
            unchanged: matched(&self.unchanged),
            skipped: matched(&self.skipped),
            kept: matched(&self.kept),
            in_file: self.in_file.clone(),
            bad: self.bad_rows(),
        }
    }
}

/// A plan's rows and the records they meet, as [`Plan::outline`] gives
/// them: what the user saw, checked again before it is written.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outline {
    /// Rows that make new records.
    pub create: Vec<u32>,
    /// Rows that update a stored record, and its id.
    pub update: Vec<(u32, Id)>,
    /// Rows that match a stored record and change nothing.
    pub unchanged: Vec<(u32, Id)>,
    /// Rows skipped as duplicates.
    pub skipped: Vec<(u32, Id)>,
    /// Rows kept beside the record they match.
    pub kept: Vec<(u32, Id)>,
    /// Rows repeating an earlier row.
    pub in_file: Vec<(u32, u32)>,
    /// Rows that cannot be read.
    pub bad: Vec<u32>,
}

/// Works out the plan for `drafts` (rows read, in file order) and the rows
/// that could not be read (`problems`), over the stored records of the kind
/// (`stored`, full, long text included); `mark` is the store's next
/// operation id, read before `stored`.
pub fn make(
    drafts: Vec<Draft>,
    problems: Vec<RowProblem>,
    stored: &[Record],
    duplicates: Duplicates,
    mark: u64,
    now: Timestamp,
) -> Plan {
    let mut plan = Plan {
        mark,
        problems,
        ..Plan::default()
    };
    let mut index: HashMap<(By, String), usize> = HashMap::new();
    for (at, record) in stored.iter().enumerate() {
        for key in keys(record) {
            index.entry(key).or_insert(at);
        }
    }
    let today = crate::domain::prague::wall_clock(now).date();
    let mut seen: HashMap<(By, String), u32> = HashMap::new();
    // Stored records already matched: by which row.
    let mut matched: HashMap<Id, u32> = HashMap::new();
    // What became of each row: the id it stands for, when known now.
    let mut fate: HashMap<u32, Id> = HashMap::new();
    let mut creates: Vec<Planned> = Vec::new();
    for draft in drafts {
        let draft_keys = keys(&draft.record);
        if let Some(first) = draft_keys.iter().find_map(|k| seen.get(k)) {
            plan.in_file.push((draft.row, *first));
            if duplicates != Duplicates::Keep {
                continue;
            }
        }
        for k in &draft_keys {
            seen.entry(k.clone()).or_insert(draft.row);
        }
        let found = draft_keys
            .iter()
            .find_map(|k| index.get(k).map(|at| (k.0, &stored[*at])));
        let Some((by, old)) = found else {
            if !draft.missing.is_empty() {
                plan.problems.extend(draft.missing.iter().cloned());
                continue;
            }
            creates.push(Planned {
                row: draft.row,
                record: draft.record,
                later: draft.later,
            });
            continue;
        };
        let matched_row = Matched {
            row: draft.row,
            id: old.id(),
            title: old.title().to_string(),
            by,
        };
        if let Some(first) = matched.get(&old.id()) {
            plan.in_file.push((draft.row, *first));
            continue;
        }
        matched.insert(old.id(), draft.row);
        match duplicates {
            Duplicates::Skip => {
                fate.insert(draft.row, old.id());
                plan.skipped.push(matched_row);
            }
            Duplicates::Keep if !draft.missing.is_empty() => {
                plan.problems.extend(draft.missing.iter().cloned());
            }
            Duplicates::Keep => {
                plan.kept.push(matched_row);
                creates.push(Planned {
                    row: draft.row,
                    record: draft.record,
                    later: draft.later,
                });
            }
            Duplicates::Update => match merge(old, &draft, by, today) {
                Ok(merged) if merged == *old => {
                    fate.insert(draft.row, old.id());
                    plan.unchanged.push(matched_row);
                }
                Ok(merged) => {
                    fate.insert(draft.row, old.id());
                    plan.update.push(Planned {
                        row: draft.row,
                        record: merged,
                        later: draft.later,
                    });
                }
                Err(mut found) => plan.problems.append(&mut found),
            },
        }
    }
    resolve_later(&mut plan, creates, &fate);
    plan.problems.sort_by_key(|p| (p.row, p.column));
    plan
}

/// References to rows of the file: to a row that matched a stored record,
/// that record; to a row being created, written after it (the creates are
/// ordered so); to a row that cannot be read, a problem.
fn resolve_later(plan: &mut Plan, creates: Vec<Planned>, fate: &HashMap<u32, Id>) {
    let fill = |planned: &mut Planned| {
        let mut left = Vec::new();
        for (field, row) in std::mem::take(&mut planned.later) {
            match fate.get(&row) {
                Some(id) => planned.record = set_ref(&planned.record, field, *id),
                None => left.push((field, row)),
            }
        }
        planned.later = left;
    };
    for planned in &mut plan.update {
        fill(planned);
    }
    let mut pending: Vec<Planned> = creates;
    for planned in &mut pending {
        fill(planned);
    }
    for planned in &plan.update {
        if let Some((field, _)) = planned.later.first() {
            // Updates are written first; a reference to a new row is
            // left to a second import.
            plan.problems.push(circular(planned.row, field));
        }
    }
    plan.update.retain(|p| p.later.is_empty());
    // Order: a create after the creates it refers to.
    let mut done: Vec<u32> = Vec::new();
    while !pending.is_empty() {
        let before = pending.len();
        let mut rest = Vec::new();
        for planned in pending {
            if planned.later.iter().all(|(_, row)| done.contains(row)) {
                done.push(planned.row);
                plan.create.push(planned);
            } else {
                rest.push(planned);
            }
        }
        pending = rest;
        if pending.len() == before {
            for planned in &pending {
                let field = planned.later.first().map_or("", |(f, _)| *f);
                let row_known = planned
                    .later
                    .iter()
                    .all(|(_, row)| pending.iter().any(|p| p.row == *row));
                let reason = match planned
                    .later
                    .iter()
                    .find(|(_, row)| !pending.iter().any(|p| p.row == *row))
                {
                    _ if row_known => Reason::Circular,
                    Some((_, row)) => Reason::RowNotImported(*row),
                    None => Reason::Circular,
                };
                plan.problems.push(RowProblem {
                    row: planned.row,
                    column: None,
                    header: None,
                    field: (!field.is_empty()).then_some(field),
                    reason,
                });
            }
            break;
        }
    }
}

fn circular(row: u32, field: &'static str) -> RowProblem {
    RowProblem {
        row,
        column: None,
        header: None,
        field: Some(field),
        reason: Reason::Circular,
    }
}

/// `record` with reference field `field` set to `id`.
pub fn set_ref(record: &Record, field: &str, id: Id) -> Record {
    let kind = record.kind();
    let Some(at) = kind.fields().iter().position(|d| d.id == field) else {
        return record.clone();
    };
    let mut values = record.values();
    values[at] = FieldValue::Ref(Some(id));
    let rebuilt = crate::each_kind!(kind, T => {
        T::from_values(record.meta().clone(), &values).map(Record::from)
    });
    match rebuilt {
        Ok(mut new) => {
            new.keep_from(record);
            new
        }
        Err(_) => record.clone(),
    }
}

/// The stored record `old` with the fields `draft` gives: what a form
/// would save, checked as a form checks it.
///
/// A row found by its name keeps the stored spelling of that name: "Spolek
/// Šance" in the file does not take ", z. s." off "Spolek Šance, z. s.".
fn merge(
    old: &Record,
    draft: &Draft,
    by: By,
    today: chrono::NaiveDate,
) -> Result<Record, Vec<RowProblem>> {
    let kind = old.kind();
    let defs = kind.fields();
    let mut values = old.values();
    let new = draft.record.values();
    for (at, def) in defs.iter().enumerate() {
        if !draft.given.contains(&def.id) || draft.later.iter().any(|(f, _)| *f == def.id) {
            continue;
        }
        let same_name = match (&values[at], &new[at]) {
            (FieldValue::Text(a), FieldValue::Text(b)) => {
                by == By::Name && super::rows::name_key(a) == super::rows::name_key(b)
            }
            _ => false,
        };
        if !same_name {
            values[at] = new[at].clone();
        }
    }
    let problem = |field: &'static str, reason: Reason| RowProblem {
        row: draft.row,
        column: None,
        header: None,
        field: Some(field),
        reason,
    };
    let built = crate::each_kind!(kind, T => {
        T::from_values(old.meta().clone(), &values).map(Record::from)
    });
    let mut merged = built.map_err(|errors| {
        errors
            .into_iter()
            .map(|e| problem(e.field, Reason::Field(e.problem)))
            .collect::<Vec<_>>()
    })?;
    merged.keep_from(old);
    if let Some(archived) = draft.archived {
        merged.meta_mut().archived = archived;
    }
    let errors = merged.on_save(Some(old), today);
    if !errors.is_empty() {
        return Err(errors
            .into_iter()
            .map(|e| problem(e.field, Reason::Field(e.problem)))
            .collect());
    }
    // A save that changes nothing adds no step to an agreement's log.
    if values_equal(&merged, old) {
        return Ok(old.clone());
    }
    Ok(merged)
}

/// Whether two versions of a record hold the same field values and flag.
fn values_equal(a: &Record, b: &Record) -> bool {
    a.values() == b.values() && a.meta().archived == b.meta().archived
}

/// The kinds a kind's fields refer to.
pub fn referred_kinds(kind: Kind) -> Vec<Kind> {
    use crate::domain::FieldKind;
    let mut kinds: Vec<Kind> = kind
        .fields()
        .iter()
        .filter_map(|d| match d.kind {
            FieldKind::Ref(k) | FieldKind::Refs(k) => Some(k),
            _ => None,
        })
        .collect();
    kinds.sort();
    kinds.dedup();
    kinds
}
