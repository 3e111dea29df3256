//! The one write path: a change is checked and turned into the keys and
//! values it writes ([`Prepared`]), and prepared changes are written in one
//! sled transaction over every tree they touch.

use super::audit::{self, AuditEntry, Change};
use super::ops::{Edit, Mark, Op, OpEntry, pending_key};
use super::{Counters, Store, StoreError, audit_text, codec, counters, index, limits};
use crate::domain::{Id, Kind, Record};
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

/// One record's change, ready to write.
pub(crate) struct Prepared {
    pub(crate) kind: Kind,
    pub(crate) id: Id,
    /// The new value; None deletes.
    value: Option<Vec<u8>>,
    old_keys: Vec<Vec<u8>>,
    new_keys: Vec<Vec<u8>>,
    pub(crate) seq: u64,
    pub(crate) entry: Vec<u8>,
    pub(crate) before: Option<Vec<u8>>,
    pub(crate) after: Option<Vec<u8>>,
    /// Earlier audit entries to remove (an erasure): key, sequence, operation.
    pub(crate) erase: Vec<(sled::IVec, u64, Option<u64>)>,
    /// History rewritten after this change (an erasure of a person's data
    /// in other records' history), in the same transaction.
    pub(crate) rewrite: Vec<Rewrite>,
}

/// One value of the history written over or removed: what erasing a
/// person does to the history of the records that named them.
#[derive(Debug, Clone)]
pub(crate) enum Rewrite {
    /// An audit entry, by key: new bytes, or None to remove it.
    Audit(Vec<u8>, Option<Vec<u8>>),
    /// A kept value, by key: new bytes, or None to remove it.
    Value([u8; 9], Option<Vec<u8>>),
    /// An operation log entry's new bytes.
    Op(u64, Vec<u8>),
    /// An `op_entries` link to remove.
    OpEntry([u8; 16]),
}

/// The `op_entries` key of an audit entry: `[op][seq]`.
pub(crate) fn op_entry_key(op: u64, seq: u64) -> [u8; 16] {
    let mut key = [0u8; 16];
    key[..8].copy_from_slice(&op.to_be_bytes());
    key[8..].copy_from_slice(&seq.to_be_bytes());
    key
}

/// The `op_entries` value: the record the entry is about, `[kind][id]`.
pub(crate) fn op_entry_value(kind: Kind, id: Id) -> [u8; 9] {
    let mut value = [0u8; 9];
    value[0] = kind.tag();
    value[1..].copy_from_slice(&id.to_be_bytes());
    value
}

impl Op<'_> {
    /// The record as this operation left it, or as stored.
    pub(crate) fn current(
        &self,
        kind: Kind,
        id: Id,
    ) -> Result<Option<(Record, Vec<u8>)>, StoreError> {
        match self.touched.get(&(kind, id)) {
            Some(state) => Ok(state.clone()),
            None => self.store.get_raw(kind, id),
        }
    }

    /// Reads the titles of the records `record` refers to into the cache;
    /// with `require`, a missing one is an error.
    fn learn_titles(&mut self, record: &Record, require: bool) -> Result<(), StoreError> {
        for (kind, id) in record.references() {
            if self.titles.contains_key(&(kind, id)) {
                continue;
            }
            match self.current(kind, id)? {
                Some((target, _)) => {
                    self.titles.insert((kind, id), target.title().to_string());
                }
                None if require => return Err(StoreError::Dangling { kind, id }),
                None => {}
            }
        }
        Ok(())
    }

    /// Checks one change and works out everything it writes; the record as
    /// it will be stored, for a save.
    pub(crate) fn prepare(&mut self, edit: Edit) -> Result<(Prepared, Option<Record>), StoreError> {
        match edit {
            Edit::Save(record) => self.prepare_save(record, false),
            Edit::Put(record) => self.prepare_save(record, true),
            Edit::Delete(kind, id) => self.prepare_delete(kind, id).map(|p| (p, None)),
        }
    }

    /// A save; with `put`, the record is written as given whatever version
    /// is stored, created again under its id if it is gone (a revert, which
    /// checked what is stored itself).
    fn prepare_save(
        &mut self,
        mut record: Record,
        put: bool,
    ) -> Result<(Prepared, Option<Record>), StoreError> {
        let kind = record.kind();
        let old = match record.id() {
            0 => None,
            id if put => {
                let old = self.current(kind, id)?;
                // The version goes on from the stored one, or the last one
                // there was, so an edit opened before still conflicts.
                let meta = record.meta_mut();
                meta.version = old
                    .as_ref()
                    .map_or(meta.version, |o| o.0.meta().version.max(meta.version));
                old
            }
            id => {
                let old = self
                    .current(kind, id)?
                    .ok_or(StoreError::NotFound { kind, id })?;
                let (yours, stored) = (record.meta().version, old.0.meta().version);
                if yours != stored {
                    return Err(StoreError::Conflict {
                        kind,
                        id,
                        yours,
                        stored,
                    });
                }
                Some(old)
            }
        };
        self.learn_titles(&record, true)?;
        if let Some((old, _)) = &old {
            self.learn_titles(old, false)?;
        }
        let now = self.entry.at;
        let meta = record.meta_mut();
        if meta.id == 0 {
            meta.id = self.counters.take_id();
            meta.created = now;
        }
        meta.version += 1;
        meta.updated = now;
        let value = crate::each_record!(&record, inner => codec::encode(inner));
        limits::check_record(&record, &value)?;
        let change = if old.is_some() {
            Change::Updated
        } else {
            Change::Created
        };
        let titles = &self.titles;
        let plain = |d: &_, v: &_| audit_text(d, v, &|k, id| titles.get(&(k, id)).cloned());
        let fields = audit::diff(old.as_ref().map(|o| &o.0), Some(&record), &plain);
        let id = record.id();
        let seq = self.counters.take_seq();
        let entry = self.entry_bytes(&record, change, fields, true, seq)?;
        self.titles.insert((kind, id), record.title().to_string());
        let prepared = Prepared {
            kind,
            id,
            value: Some(value.clone()),
            old_keys: old
                .as_ref()
                .map(|o| index::keys_of(&o.0))
                .unwrap_or_default(),
            new_keys: index::keys_of(&record),
            seq,
            entry,
            before: old.map(|o| o.1),
            after: Some(value.clone()),
            erase: Vec::new(),
            rewrite: Vec::new(),
        };
        self.touched
            .insert((kind, id), Some((record.clone(), value)));
        self.saved.push(record.clone());
        Ok((prepared, Some(record)))
    }

    fn prepare_delete(&mut self, kind: Kind, id: Id) -> Result<Prepared, StoreError> {
        let (old, bytes) = self
            .current(kind, id)?
            .ok_or(StoreError::NotFound { kind, id })?;
        let by: Vec<(Kind, Id)> = self
            .store
            .referrers_unlocked(kind, id)?
            .into_iter()
            // Not the ones this operation deleted, or saved without the
            // reference (an erasure clears references before deleting; a
            // revert may put a referrer back first).
            .filter(|r| match self.touched.get(r) {
                Some(None) => false,
                Some(Some((record, _))) => record.references().contains(&(kind, id)),
                None => true,
            })
            .collect();
        if !by.is_empty() {
            return Err(StoreError::Referenced { kind, id, by });
        }
        self.learn_titles(&old, false)?;
        // Deleting a person erases their earlier history: it holds personal
        // data. The erasure keeps no values, so it cannot be turned back.
        let erase = kind == Kind::Person;
        let (change, fields, erased) = if erase {
            (Change::Erased, Vec::new(), self.store.entries_of(kind, id)?)
        } else {
            let titles = &self.titles;
            let plain = |d: &_, v: &_| audit_text(d, v, &|k, id| titles.get(&(k, id)).cloned());
            (
                Change::Deleted,
                audit::diff(Some(&old), None, &plain),
                Vec::new(),
            )
        };
        let seq = self.counters.take_seq();
        let entry = self.entry_bytes(&old, change, fields, !erase, seq)?;
        self.touched.insert((kind, id), None);
        self.deleted.push((kind, id));
        Ok(Prepared {
            kind,
            id,
            value: None,
            old_keys: index::keys_of(&old),
            new_keys: Vec::new(),
            seq,
            entry,
            before: (!erase).then_some(bytes),
            after: None,
            erase: erased,
            rewrite: Vec::new(),
        })
    }

    /// The encoded audit entry, its texts cut further if it would be over
    /// the value limit.
    fn entry_bytes(
        &self,
        record: &Record,
        change: Change,
        mut fields: Vec<audit::FieldChange>,
        values: bool,
        seq: u64,
    ) -> Result<Vec<u8>, StoreError> {
        let mut entry = AuditEntry {
            at: self.entry.at,
            who: audit::cut(self.entry.who.clone(), 256),
            kind: record.kind(),
            id: record.id(),
            change,
            fields: Vec::new(),
            op: Some(self.id),
            values,
            seq,
        };
        for shown in [audit::SHOWN_LIMIT, 256, 16] {
            for f in &mut fields {
                f.before = audit::cut(std::mem::take(&mut f.before), shown);
                f.after = audit::cut(std::mem::take(&mut f.after), shown);
            }
            entry.fields = fields.clone();
            let bytes = audit::encode(&entry);
            if bytes.len() <= limits::VALUE_LIMIT {
                return Ok(bytes);
            }
        }
        let size = audit::encode(&entry).len();
        limits::check_value(record, "its history entry", size).map(|()| Vec::new())
    }
}

impl Store {
    /// Writes prepared changes, the operation's log entry and its pending
    /// mark as one transaction.
    pub(crate) fn transact(
        &self,
        items: &[Prepared],
        op: u64,
        entry: Option<&OpEntry>,
        mark: Mark,
        counters: &Counters,
    ) -> Result<(), StoreError> {
        let t = self.trees()?;
        let n = t.kinds.len();
        let trees: Vec<&sled::Tree> = t
            .kinds
            .iter()
            .chain([
                &t.index,
                &t.audit,
                &t.values,
                &t.ops,
                &t.op_entries,
                &t.meta,
            ])
            .collect();
        let op_value = entry.map(codec::encode);
        let counter_value = counters.encode();
        let position = |kind: Kind| Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        let result: Result<(), TransactionError<()>> = trees.as_slice().transaction(|tx| {
            let (index, audit_tree, values) = (&tx[n], &tx[n + 1], &tx[n + 2]);
            let (ops, op_entries, meta) = (&tx[n + 3], &tx[n + 4], &tx[n + 5]);
            for item in items {
                let records = &tx[position(item.kind)];
                let key = item.id.to_be_bytes();
                match &item.value {
                    Some(v) => records.insert(&key, v.as_slice())?,
                    None => records.remove(&key)?,
                };
                for k in &item.old_keys {
                    index.remove(k.as_slice())?;
                }
                for k in &item.new_keys {
                    index.insert(k.as_slice(), &[])?;
                }
                for (key, seq, by) in &item.erase {
                    audit_tree.remove(key)?;
                    values.remove(&audit::value_key(*seq, false))?;
                    values.remove(&audit::value_key(*seq, true))?;
                    if let Some(by) = by {
                        op_entries.remove(&op_entry_key(*by, *seq))?;
                    }
                }
                let audit_key = audit::key(item.kind, item.id, item.seq);
                audit_tree.insert(audit_key.as_slice(), item.entry.as_slice())?;
                if let Some(b) = &item.before {
                    values.insert(&audit::value_key(item.seq, false), b.as_slice())?;
                }
                if let Some(a) = &item.after {
                    values.insert(&audit::value_key(item.seq, true), a.as_slice())?;
                }
                let link = op_entry_value(item.kind, item.id);
                op_entries.insert(&op_entry_key(op, item.seq), &link)?;
                for rewrite in &item.rewrite {
                    match rewrite {
                        Rewrite::Audit(key, Some(v)) => {
                            audit_tree.insert(key.as_slice(), v.as_slice())?
                        }
                        Rewrite::Audit(key, None) => audit_tree.remove(key.as_slice())?,
                        Rewrite::Value(key, Some(v)) => values.insert(key, v.as_slice())?,
                        Rewrite::Value(key, None) => values.remove(key)?,
                        Rewrite::Op(id, v) => ops.insert(&id.to_be_bytes(), v.as_slice())?,
                        Rewrite::OpEntry(key) => op_entries.remove(key)?,
                    };
                }
            }
            if let Some(v) = &op_value {
                ops.insert(&op.to_be_bytes(), v.as_slice())?;
            }
            match mark {
                Mark::Keep => None,
                Mark::Set => meta.insert(pending_key(op), &[])?,
                Mark::Clear => meta.remove(pending_key(op))?,
            };
            meta.insert(counters::KEY, counter_value.as_slice())?;
            Ok::<(), ConflictableTransactionError<()>>(())
        });
        match result {
            Ok(()) | Err(TransactionError::Abort(())) => Ok(()),
            Err(TransactionError::Storage(e)) => Err(self.sled_error(e)),
        }
    }

    /// A record's audit entries with their operations: what an erasure removes.
    pub(crate) fn entries_of(
        &self,
        kind: Kind,
        id: Id,
    ) -> Result<Vec<(sled::IVec, u64, Option<u64>)>, StoreError> {
        let t = self.trees()?;
        let mut out = Vec::new();
        for item in t.audit.scan_prefix(audit::prefix(kind, id)) {
            let (key, value) = item.map_err(|e| self.sled_error(e))?;
            let seq = audit::seq_of(&key).unwrap_or(0);
            let op = audit::decode(&value, seq).ok().and_then(|e| e.op);
            out.push((key, seq, op));
        }
        Ok(out)
    }
}
