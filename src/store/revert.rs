//! Turning back a committed operation (an undo, a redo, a revert from the
//! history or the command line), or one audit entry of it.
//!
//! Like a rollback ([`super::rollback`]) it works from the values the audit
//! entries keep; unlike one it is itself a new operation (atomic, audited,
//! in the change feed; a large one goes through the pending, chunked path),
//! and it first checks, under the writer lock, that every record the
//! operation touched is still as the operation left it: one changed since
//! (by another session, the command line) refuses the whole revert, naming
//! the records, and nothing is written. An operation whose history was
//! erased (a person deleted), or written before the audit kept values,
//! cannot be turned back.

use super::audit::{self, AuditEntry, Change};
use super::ops::{Edit, OpEntry, OpKind, OpState, Summary};
use super::{Store, StoreError, codec, counters, migrate};
use crate::domain::{Id, Kind, Record, Timestamp};

/// What a revert did: the operation it wrote and the records it changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reverted {
    /// The new operation's id.
    pub op: u64,
    /// The records it changed, with their names, in the order first touched.
    pub records: Vec<(Kind, Id, String)>,
}

/// One record an operation touched: as it was before the operation's first
/// change of it and after its last.
struct Touched {
    kind: Kind,
    id: Id,
    before: Option<Record>,
    after: Option<Record>,
}

impl Store {
    /// Writes, as a new operation of `kind` (undo, redo, revert), the
    /// records operation `op` changed back to what they were before it.
    /// Refused, with nothing written, when a record changed since
    /// ([`StoreError::ChangedSince`]) or the operation cannot be turned
    /// back ([`StoreError::NotRevertible`]).
    pub fn revert_op(
        &self,
        op: u64,
        kind: OpKind,
        who: &str,
        now: Timestamp,
    ) -> Result<Reverted, StoreError> {
        let mut new = self.begin(kind, who, now);
        let touched = self.touched_by(op)?;
        let mut changed = Vec::new();
        for t in &touched {
            let current = new.current(t.kind, t.id)?.map(|(r, _)| r);
            if !same(current.as_ref(), t.after.as_ref()) {
                let name = current
                    .as_ref()
                    .or(t.after.as_ref())
                    .or(t.before.as_ref())
                    .map(|r| r.title().to_string())
                    .unwrap_or_default();
                changed.push((t.kind, t.id, name));
            }
        }
        if !changed.is_empty() {
            // Every record back as it was before: turned back already?
            let mut back = true;
            for t in &touched {
                let current = new.current(t.kind, t.id)?.map(|(r, _)| r);
                back &= same(current.as_ref(), t.before.as_ref());
            }
            if back
                && let Some(by) =
                    self.turned_back_by(op, |what| *what == Summary::TurnedBack { op })?
            {
                return Err(by);
            }
            return Err(StoreError::ChangedSince { records: changed });
        }
        // Newest first, so a record created after one it refers to goes
        // before it.
        let mut edits = Vec::with_capacity(touched.len());
        let mut records = Vec::with_capacity(touched.len());
        for t in touched.iter().rev() {
            let name = t
                .before
                .as_ref()
                .or(t.after.as_ref())
                .map(|r| r.title().to_string())
                .unwrap_or_default();
            records.push((t.kind, t.id, name));
            edits.push(match &t.before {
                Some(before) => Edit::Put(before.clone()),
                None => Edit::Delete(t.kind, t.id),
            });
        }
        records.reverse();
        new.summarise_as(&Summary::TurnedBack { op });
        let id = new.id();
        new.write(edits)?;
        new.commit()?;
        Ok(Reverted { op: id, records })
    }

    /// Writes, as a new operation, the fields the audit entry `seq` of a
    /// record changed back to their values before it. Refused, naming the
    /// fields, where a later change touched the same fields
    /// ([`StoreError::FieldsChangedSince`]). An entry that created or
    /// deleted the record turns back whole, while nothing changed since.
    pub fn revert_entry(
        &self,
        kind: Kind,
        id: Id,
        seq: u64,
        who: &str,
        now: Timestamp,
    ) -> Result<Reverted, StoreError> {
        let mut new = self.begin(OpKind::Revert, who, now);
        let entry = self.entry_unlocked(kind, id, seq)?;
        let (before, after) = self.kept_values(&entry)?;
        let current = new.current(kind, id)?.map(|(r, _)| r);
        let refused = |error: StoreError, current: Option<&Record>| {
            // Back as it was before the change: turned back already?
            if !same(current, before.as_ref()) {
                return Ok(error);
            }
            let by = self.turned_back_by(entry.op.unwrap_or(0), |what| match what {
                Summary::TurnedBack { op } => Some(*op) == entry.op,
                Summary::RevertedEntry {
                    kind: k,
                    id: i,
                    seq: s,
                    ..
                } => (*k, *i, *s) == (kind, id, seq),
                Summary::Imported { .. } => false,
            })?;
            Ok::<_, StoreError>(by.unwrap_or(error))
        };
        let edit = match (&before, &after, current) {
            // Nothing changed it since: it goes back whole, what the form
            // does not show included (a cancelled occurrence, say).
            (Some(b), Some(a), Some(c)) if same(Some(&c), Some(a)) => Edit::Put(b.clone()),
            (Some(b), Some(a), Some(c)) => {
                let (record, touched) = revert_fields(b, a, &c)?;
                if !touched.is_empty() {
                    let error = StoreError::FieldsChangedSince {
                        kind,
                        id,
                        name: c.title().to_string(),
                        fields: touched,
                    };
                    return Err(refused(error, Some(&c))?);
                }
                Edit::Put(record)
            }
            (None, Some(a), Some(c)) if same(Some(&c), Some(a)) => Edit::Delete(kind, id),
            (Some(b), None, None) => Edit::Put(b.clone()),
            (_, _, current) => {
                let name = current
                    .as_ref()
                    .or(after.as_ref())
                    .or(before.as_ref())
                    .map(|r| r.title().to_string())
                    .unwrap_or_default();
                let error = StoreError::ChangedSince {
                    records: vec![(kind, id, name)],
                };
                return Err(refused(error, current.as_ref())?);
            }
        };
        let name = before
            .as_ref()
            .or(after.as_ref())
            .map(|r| r.title().to_string())
            .unwrap_or_default();
        new.summarise_as(&Summary::RevertedEntry {
            kind,
            id,
            seq,
            op: entry.op,
        });
        let op = new.id();
        new.write(vec![edit])?;
        new.commit()?;
        Ok(Reverted {
            op,
            records: vec![(kind, id, name)],
        })
    }

    /// The audit entries operation `op` wrote, in the order written, with
    /// the record each is about.
    pub fn op_audit(&self, op: u64) -> Result<Vec<AuditEntry>, StoreError> {
        let _read = self.visible.read().unwrap_or_else(|p| p.into_inner());
        let mut out = Vec::new();
        for (kind, id, seq) in self.links_of(op)? {
            if let Ok(entry) = self.entry_unlocked(kind, id, seq) {
                out.push(entry);
            }
        }
        Ok(out)
    }

    /// `(kind, id, seq)` of each audit entry operation `op` wrote.
    fn links_of(&self, op: u64) -> Result<Vec<(Kind, Id, u64)>, StoreError> {
        let t = self.trees()?;
        let mut out = Vec::new();
        for item in t.op_entries.scan_prefix(op.to_be_bytes()) {
            let (link, target) = item.map_err(|e| self.sled_error(e))?;
            let seq = counters::be(link.get(8..).unwrap_or_default());
            let Some(kind) = target.first().and_then(|t| Kind::from_tag(*t)) else {
                continue;
            };
            let id = counters::be(target.get(1..).unwrap_or_default());
            out.push((kind, id, seq));
        }
        Ok(out)
    }

    /// One audit entry, without taking the lock.
    fn entry_unlocked(&self, kind: Kind, id: Id, seq: u64) -> Result<AuditEntry, StoreError> {
        let bytes = self
            .trees()?
            .audit
            .get(audit::key(kind, id, seq))
            .map_err(|e| self.sled_error(e))?
            .ok_or(StoreError::NotRevertible { op: None })?;
        audit::decode(&bytes, seq).map_err(|source| StoreError::Decode {
            what: format!("history entry {seq}"),
            path: self.path.clone(),
            source,
        })
    }

    /// The record before and after an entry's change, as kept; refused
    /// when the entry keeps no values (an erasure, an old entry) or lacks
    /// one it should have.
    fn kept_values(
        &self,
        entry: &AuditEntry,
    ) -> Result<(Option<Record>, Option<Record>), StoreError> {
        let t = self.trees()?;
        if !entry.revertible() || entry.change == Change::Erased {
            return Err(StoreError::NotRevertible { op: entry.op });
        }
        let side = |after: bool| -> Result<Option<Record>, StoreError> {
            let key = audit::value_key(entry.seq, after);
            let Some(bytes) = t.values.get(key).map_err(|e| self.sled_error(e))? else {
                return Ok(None);
            };
            migrate::decode_record(entry.kind, &bytes)
                .map(Some)
                .map_err(|source| StoreError::Decode {
                    what: format!("the value kept with history entry {}", entry.seq),
                    path: self.path.clone(),
                    source,
                })
        };
        let (before, after) = (side(false)?, side(true)?);
        let whole = match entry.change {
            Change::Created => before.is_none() && after.is_some(),
            Change::Updated => before.is_some() && after.is_some(),
            Change::Deleted => before.is_some() && after.is_none(),
            Change::Erased => false,
        };
        if !whole {
            return Err(StoreError::NotRevertible { op: entry.op });
        }
        Ok((before, after))
    }

    /// The refusal naming the newest committed operation after `since`
    /// that turned back what `what` says (an undo, a redo or a revert),
    /// if there is one. Read without the lock: the caller holds it.
    fn turned_back_by(
        &self,
        since: u64,
        what: impl Fn(&Summary) -> bool,
    ) -> Result<Option<StoreError>, StoreError> {
        let from = since.saturating_add(1).to_be_bytes();
        for item in self.trees()?.ops.range(from..).rev() {
            let (key, value) = item.map_err(|e| self.sled_error(e))?;
            let Ok(entry) = codec::decode::<OpEntry>(&value) else {
                continue;
            };
            let turning = matches!(entry.kind, OpKind::Undo | OpKind::Redo | OpKind::Revert);
            if entry.state == OpState::Committed
                && turning
                && entry.what().is_some_and(|w| what(&w))
            {
                return Ok(Some(StoreError::AlreadyReverted {
                    by_op: counters::be(&key),
                    who: entry.who,
                    at: entry.at,
                }));
            }
        }
        Ok(None)
    }

    /// The records operation `op` touched, in the order first touched, as
    /// before and after it; refused when it is not a committed operation
    /// whose every entry keeps its values.
    fn touched_by(&self, op: u64) -> Result<Vec<Touched>, StoreError> {
        let entry = self.op(op)?.ok_or(StoreError::NoSuchOp { op })?;
        if entry.state != OpState::Committed || entry.kind == OpKind::Restore {
            return Err(StoreError::NotRevertible { op: Some(op) });
        }
        let links = self.links_of(op)?;
        // An entry gone from the log: a person's history erased since.
        if (links.len() as u64) < entry.entries {
            return Err(StoreError::NotRevertible { op: Some(op) });
        }
        let mut out: Vec<Touched> = Vec::new();
        let mut at: std::collections::HashMap<(Kind, Id), usize> = Default::default();
        for (kind, id, seq) in links {
            let audit_entry = self.entry_unlocked(kind, id, seq)?;
            let (before, after) = self.kept_values(&audit_entry)?;
            match at.get(&(kind, id)) {
                Some(&i) => out[i].after = after,
                None => {
                    at.insert((kind, id), out.len());
                    out.push(Touched {
                        kind,
                        id,
                        before,
                        after,
                    });
                }
            }
        }
        Ok(out)
    }
}

/// Whether the record stands as the operation left it: the same values,
/// whatever version and time of change (an undo of a later operation puts
/// back what this one wrote under a new version).
fn same(current: Option<&Record>, after: Option<&Record>) -> bool {
    match (current, after) {
        (None, None) => true,
        (Some(c), Some(a)) => {
            if c.meta().version == a.meta().version {
                return true;
            }
            let mut a = a.clone();
            let meta = a.meta_mut();
            meta.version = c.meta().version;
            meta.updated = c.meta().updated;
            &a == c
        }
        _ => false,
    }
}

/// `current` with the fields `before` → `after` changed put back to their
/// values in `before`, and the ids of those fields a later change touched
/// too (then the record is not to be saved).
fn revert_fields(
    before: &Record,
    after: &Record,
    current: &Record,
) -> Result<(Record, Vec<String>), StoreError> {
    let kind = current.kind();
    let (b, a, c) = (before.values(), after.values(), current.values());
    let mut back = Vec::new();
    let mut touched = Vec::new();
    for (at, def) in kind.fields().iter().enumerate() {
        if b.get(at) == a.get(at) {
            continue;
        }
        if c.get(at) != a.get(at) {
            touched.push(def.id.to_string());
        } else {
            back.push(def.id);
        }
    }
    let mut record = current.clone();
    record.put_fields(&b, &back);
    if before.meta().archived != after.meta().archived {
        if current.meta().archived != after.meta().archived {
            touched.push("archived".to_string());
        } else {
            record.meta_mut().archived = before.meta().archived;
        }
    }
    Ok((record, touched))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Facility, Region};
    use crate::sample;

    fn stored(store: &Store, id: Id) -> Facility {
        match store.get(Kind::Facility, id).expect("get") {
            Some(Record::Facility(f)) => *f,
            other => panic!("no facility: {other:?}"),
        }
    }

    fn last_op(store: &Store) -> u64 {
        store.op_log().expect("log").last().expect("an op").0
    }

    #[test]
    fn an_edit_is_turned_back_and_done_again_as_new_operations() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(dir.path()).expect("open");
        let now = sample::epoch();
        let f = store
            .save(sample::facility("Plzeň", Region::Praha).into(), "a", now)
            .expect("save");
        let mut edited = stored(&store, f.id());
        edited.town = "Bory".into();
        store.save(edited.into(), "a", now).expect("edit");
        let edit = last_op(&store);
        let undo = store.revert_op(edit, OpKind::Undo, "a", now).expect("undo");
        assert_eq!(
            stored(&store, f.id()).town,
            sample::facility("Plzeň", Region::Praha).town
        );
        assert_eq!(
            undo.records,
            vec![(Kind::Facility, f.id(), "Plzeň".to_string())]
        );
        assert_eq!(
            store.op(undo.op).expect("op").expect("logged").kind,
            OpKind::Undo
        );
        store
            .revert_op(undo.op, OpKind::Redo, "a", now)
            .expect("redo");
        assert_eq!(stored(&store, f.id()).town, "Bory");
        // Three saves and two reverts, each in the record's history.
        assert_eq!(store.history(Kind::Facility, f.id()).expect("h").len(), 4);
    }

    #[test]
    fn a_record_changed_since_refuses_the_whole_revert_naming_it() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(dir.path()).expect("open");
        let now = sample::epoch();
        let records = store
            .insert_bulk(
                vec![
                    sample::facility("A", Region::Praha).into(),
                    sample::facility("B", Region::Praha).into(),
                ],
                "a",
                now,
            )
            .expect("insert");
        let import = last_op(&store);
        let mut b = stored(&store, records[1].id());
        b.town = "elsewhere".into();
        store.save(b.into(), "b", now).expect("edit");
        let refused = store.revert_op(import, OpKind::Undo, "a", now);
        match refused {
            Err(StoreError::ChangedSince { records: named }) => {
                assert_eq!(
                    named,
                    vec![(Kind::Facility, records[1].id(), "B".to_string())]
                );
            }
            other => panic!("not refused: {other:?}"),
        }
        assert_eq!(store.count(Kind::Facility), 2, "nothing was undone");
    }

    #[test]
    fn a_created_record_goes_and_a_deleted_one_comes_back() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(dir.path()).expect("open");
        let now = sample::epoch();
        let f = store
            .save(sample::facility("A", Region::Praha).into(), "a", now)
            .expect("save");
        store
            .delete(Kind::Facility, f.id(), "a", now)
            .expect("delete");
        let undo = store
            .revert_op(last_op(&store), OpKind::Undo, "a", now)
            .expect("undo the delete");
        assert_eq!(stored(&store, f.id()).name, "A");
        store
            .revert_op(undo.op, OpKind::Redo, "a", now)
            .expect("redo the delete");
        assert_eq!(store.count(Kind::Facility), 0);
    }

    #[test]
    fn a_deleted_person_cannot_be_brought_back() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(dir.path()).expect("open");
        let now = sample::epoch();
        let p = store
            .save(sample::person("Jana", None).into(), "a", now)
            .expect("save");
        let created = last_op(&store);
        store
            .delete(Kind::Person, p.id(), "a", now)
            .expect("delete");
        let erased = last_op(&store);
        for op in [created, erased] {
            assert!(matches!(
                store.revert_op(op, OpKind::Revert, "a", now),
                Err(StoreError::NotRevertible { .. })
            ));
        }
    }

    #[test]
    fn one_old_change_is_reverted_unless_a_later_one_touched_its_fields() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(dir.path()).expect("open");
        let now = sample::epoch();
        let f = store
            .save(sample::facility("A", Region::Praha).into(), "a", now)
            .expect("save");
        let mut e = stored(&store, f.id());
        e.town = "Bory".into();
        e.phone = "123".into();
        store.save(e.into(), "a", now).expect("edit 1");
        let mut e = stored(&store, f.id());
        e.contact = "Novák".into();
        store.save(e.into(), "a", now).expect("edit 2");
        let history = store.history(Kind::Facility, f.id()).expect("history");
        let first_edit = history[1].seq;
        store
            .revert_entry(Kind::Facility, f.id(), first_edit, "a", now)
            .expect("revert");
        let now_stored = stored(&store, f.id());
        assert_eq!(now_stored.town, sample::facility("A", Region::Praha).town);
        assert_eq!(now_stored.phone, sample::facility("A", Region::Praha).phone);
        assert_eq!(now_stored.contact, "Novák", "the later change stays");
        // The later change touched the contact: its own revert works, but
        // reverting edit 2 after editing the contact again is refused.
        let mut e = now_stored;
        e.contact = "Svoboda".into();
        store.save(e.into(), "a", now).expect("edit 3");
        let second_edit = history[2].seq;
        match store.revert_entry(Kind::Facility, f.id(), second_edit, "a", now) {
            Err(StoreError::FieldsChangedSince { fields, .. }) => {
                assert_eq!(fields, vec!["contact".to_string()]);
            }
            other => panic!("not refused: {other:?}"),
        }
        assert_eq!(stored(&store, f.id()).contact, "Svoboda");
    }
}
