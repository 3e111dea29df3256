//! Taking back an operation that never committed, from the before-values
//! its audit entries keep: newest entry first, in transactions of at most
//! [`CHUNK`] entries, each removing the entries it undid, so a rollback cut
//! short by another crash simply continues at the next open.
//!
//! Large operations only create and update records, so every entry they
//! wrote keeps what is needed (an erasure, which keeps nothing, is always a
//! small operation and commits in the same transaction it writes in).

use super::ops::{CHUNK, OpEntry, OpState, PENDING, pending_key};
use super::{Store, StoreError, audit, codec, counters, index, migrate};
use crate::domain::{Id, Kind};
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};
use std::collections::HashMap;

/// One entry taken back.
struct Undo {
    kind: Kind,
    id: Id,
    /// The value to put back; None removes the record.
    value: Option<Vec<u8>>,
    remove_keys: Vec<Vec<u8>>,
    add_keys: Vec<Vec<u8>>,
    seq: u64,
    link: sled::IVec,
}

impl Store {
    /// Rolls back every operation marked pending (at open, before anyone
    /// reads); whether there was any.
    pub(crate) fn roll_back_unfinished(&self) -> Result<bool, StoreError> {
        let pending: Vec<u64> = self
            .trees()?
            .meta
            .scan_prefix(PENDING)
            .keys()
            .map(|k| k.map(|k| counters::be(&k[PENDING.len()..])))
            .collect::<Result<_, _>>()
            .map_err(|e| self.sled_error(e))?;
        for op in &pending {
            self.roll_back(*op)?;
        }
        Ok(!pending.is_empty())
    }

    /// Takes back what operation `op` wrote and logs it rolled back; how
    /// many entries were undone.
    pub(crate) fn roll_back(&self, op: u64) -> Result<usize, StoreError> {
        let t = self.trees()?;
        let mut undone = 0;
        loop {
            let undos = self.undos(op)?;
            if undos.is_empty() {
                break;
            }
            undone += undos.len();
            self.apply_undos(&undos)?;
        }
        let mut entry: Option<OpEntry> = self
            .trees()?
            .ops
            .get(op.to_be_bytes())
            .map_err(|e| self.sled_error(e))?
            .and_then(|bytes| codec::decode(&bytes).ok());
        if let Some(entry) = &mut entry {
            entry.state = OpState::RolledBack;
            t.ops
                .insert(op.to_be_bytes(), codec::encode(entry))
                .map_err(|e| self.sled_error(e))?;
        }
        t.meta
            .remove(pending_key(op))
            .map_err(|e| self.sled_error(e))?;
        Ok(undone)
    }

    /// The next chunk of `op`'s entries to undo, newest first.
    fn undos(&self, op: u64) -> Result<Vec<Undo>, StoreError> {
        let mut overlay: HashMap<(Kind, Id), Option<Vec<u8>>> = HashMap::new();
        let mut out = Vec::new();
        for item in self
            .trees()?
            .op_entries
            .scan_prefix(op.to_be_bytes())
            .rev()
            .take(CHUNK)
        {
            let (link, target) = item.map_err(|e| self.sled_error(e))?;
            let seq = counters::be(link.get(8..).unwrap_or_default());
            let kind = target.first().and_then(|t| Kind::from_tag(*t));
            let id = counters::be(target.get(1..).unwrap_or_default());
            let Some(kind) = kind else {
                out.push(Undo::forget(Kind::Facility, 0, seq, link));
                continue;
            };
            let current = match overlay.get(&(kind, id)) {
                Some(value) => value.clone(),
                None => self
                    .tree(kind)?
                    .get(id.to_be_bytes())
                    .map_err(|e| self.sled_error(e))?
                    .map(|v| v.to_vec()),
            };
            let before = self
                .trees()?
                .values
                .get(audit::value_key(seq, false))
                .map_err(|e| self.sled_error(e))?
                .map(|v| v.to_vec());
            let keys = |bytes: &Option<Vec<u8>>| {
                bytes
                    .as_ref()
                    .and_then(|b| migrate::decode_record(kind, b).ok())
                    .map(|r| index::keys_of(&r))
                    .unwrap_or_default()
            };
            overlay.insert((kind, id), before.clone());
            out.push(Undo {
                kind,
                id,
                remove_keys: keys(&current),
                add_keys: keys(&before),
                value: before,
                seq,
                link,
            });
        }
        Ok(out)
    }

    /// Writes one chunk of undos as a transaction.
    fn apply_undos(&self, undos: &[Undo]) -> Result<(), StoreError> {
        let t = self.trees()?;
        let n = t.kinds.len();
        let trees: Vec<&sled::Tree> = t
            .kinds
            .iter()
            .chain([&t.index, &t.audit, &t.values, &t.op_entries])
            .collect();
        let position = |kind: Kind| Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        let result: Result<(), TransactionError<()>> = trees.as_slice().transaction(|tx| {
            let (index, audit_tree, values, links) = (&tx[n], &tx[n + 1], &tx[n + 2], &tx[n + 3]);
            for undo in undos {
                if undo.id != 0 {
                    let records = &tx[position(undo.kind)];
                    let key = undo.id.to_be_bytes();
                    match &undo.value {
                        Some(v) => records.insert(&key, v.as_slice())?,
                        None => records.remove(&key)?,
                    };
                    for k in &undo.remove_keys {
                        index.remove(k.as_slice())?;
                    }
                    for k in &undo.add_keys {
                        index.insert(k.as_slice(), &[])?;
                    }
                    audit_tree.remove(audit::key(undo.kind, undo.id, undo.seq))?;
                }
                values.remove(&audit::value_key(undo.seq, false))?;
                values.remove(&audit::value_key(undo.seq, true))?;
                links.remove(&undo.link)?;
            }
            Ok::<(), ConflictableTransactionError<()>>(())
        });
        match result {
            Ok(()) | Err(TransactionError::Abort(())) => Ok(()),
            Err(TransactionError::Storage(e)) => Err(self.sled_error(e)),
        }
    }
}

impl Undo {
    /// A link naming no known record: only the link and values go.
    fn forget(kind: Kind, id: Id, seq: u64, link: sled::IVec) -> Undo {
        Undo {
            kind,
            id,
            value: None,
            remove_keys: Vec::new(),
            add_keys: Vec::new(),
            seq,
            link,
        }
    }
}
