//! Making a plan over the store, and writing it as one operation: the
//! store keeps all of it or none of it, so a failure or a kill midway
//! leaves the database as it was. A plan made over records that changed
//! since is refused, so the user sees the new dry run first.

use super::Table;
use super::mapping::{Mapping, Vocabulary};
use super::plan::{self, Duplicates, Plan, set_ref};
use super::rows::{self, Names};
use crate::domain::{Id, Record, Timestamp};
use crate::store::{Edit, OpKind, Store, StoreError};
use std::collections::HashMap;

/// Why a plan was not written.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    /// The records changed after the plan was made: make it again.
    #[error("the records changed since the dry run")]
    Changed,
    /// The store refused; nothing was written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The dry run of importing `table` read by `mapping` into the store.
pub fn prepare(
    store: &Store,
    table: &Table,
    mapping: &Mapping,
    vocabulary: &Vocabulary,
    duplicates: Duplicates,
    now: Timestamp,
) -> Result<Plan, StoreError> {
    // Read first: an operation that commits after this is noticed.
    let mark = store.counters().next_op;
    let kind = mapping.kind;
    let stored = store.all_records(kind)?;
    let mut referred: Vec<Record> = Vec::new();
    for other in plan::referred_kinds(kind) {
        if other == kind {
            referred.extend(stored.iter().cloned());
        } else {
            referred.extend(store.all_records(other)?);
        }
    }
    Ok(dry_run(
        table, mapping, vocabulary, duplicates, &stored, &referred, mark, now,
    ))
}

/// The dry run over records given rather than read from the store: `stored`
/// the kind's records, `referred` those of the kinds its fields refer to
/// ([`plan::referred_kinds`]); the interactive interface makes it over its
/// read model as the mapping changes.
#[expect(
    clippy::too_many_arguments,
    reason = "the dry run's inputs, each distinct"
)]
pub fn dry_run(
    table: &Table,
    mapping: &Mapping,
    vocabulary: &Vocabulary,
    duplicates: Duplicates,
    stored: &[Record],
    referred: &[Record],
    mark: u64,
    now: Timestamp,
) -> Plan {
    let names = Names::new(referred);
    let (drafts, problems) = rows::drafts(table, mapping, vocabulary, &names, now);
    plan::make(drafts, problems, stored, duplicates, mark, now)
}

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Applied {
    /// Records created.
    pub created: usize,
    /// Records updated.
    pub updated: usize,
}

/// Writes `plan` as one operation by `who` at `now`: the updates, then the
/// new records (those a renewal in the file refers to before it). Refused
/// with [`ApplyError::Changed`] when anything was written since the plan
/// was made.
pub fn apply(
    store: &Store,
    plan: &Plan,
    summary: String,
    who: &str,
    now: Timestamp,
) -> Result<Applied, ApplyError> {
    let mut op = store.begin(OpKind::Import, who, now);
    if op.id() != plan.mark {
        return Err(ApplyError::Changed);
    }
    if !plan.writes() {
        return Ok(Applied::default());
    }
    op.summarise(summary);
    op.write(
        plan.update
            .iter()
            .map(|p| Edit::Save(p.record.clone()))
            .collect(),
    )?;
    let mut ids: HashMap<u32, Id> = HashMap::new();
    let mut run: Vec<&plan::Planned> = Vec::new();
    for planned in &plan.create {
        if planned.later.is_empty() {
            run.push(planned);
            continue;
        }
        write_run(&mut op, &mut run, &mut ids)?;
        let mut record = planned.record.clone();
        for (field, row) in &planned.later {
            if let Some(id) = ids.get(row) {
                record = set_ref(&record, field, *id);
            }
        }
        let saved = op.write(vec![Edit::Save(record)])?;
        if let Some(saved) = saved.first() {
            ids.insert(planned.row, saved.id());
        }
    }
    write_run(&mut op, &mut run, &mut ids)?;
    op.commit()?;
    Ok(Applied {
        created: plan.create.len(),
        updated: plan.update.len(),
    })
}

/// Writes the creates gathered in `run` together, noting their new ids.
fn write_run(
    op: &mut crate::store::Op<'_>,
    run: &mut Vec<&plan::Planned>,
    ids: &mut HashMap<u32, Id>,
) -> Result<(), StoreError> {
    if run.is_empty() {
        return Ok(());
    }
    let edits = run.iter().map(|p| Edit::Save(p.record.clone())).collect();
    let saved = op.write(edits)?;
    for (planned, record) in run.iter().zip(&saved) {
        ids.insert(planned.row, record.id());
    }
    run.clear();
    Ok(())
}
