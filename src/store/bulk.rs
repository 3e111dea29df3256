//! Loading many new records at once (the demo generator, later imports).
//!
//! [`Store::save`] pays for one transaction and one flush per record, which is
//! right for a person saving a form and far too slow for 100,000 meetings. A
//! bulk insert writes the same records, index keys and audit entries as that
//! many saves would, with `sled::Batch`es per tree and a single flush at the
//! end.
//!
//! It is all-or-nothing only up to the writing: every record is checked before
//! anything is written, so a bad call writes nothing. Batches of different
//! trees are not one transaction, so a crash during the writing can leave part
//! of the call stored; it is meant for loading a new database, where the remedy
//! is to start again.

use super::audit::{self, AuditEntry, Change};
use super::{Committed, Store, StoreError, audit_text, codec, index};
use crate::domain::{Id, Kind, Record, Timestamp};
use std::collections::HashMap;

/// Records per batch: large enough that sled's per-batch cost vanishes, small
/// enough that a batch's encoded values stay a few megabytes.
const CHUNK: usize = 10_000;

impl Store {
    /// Stores new records (id 0) in one go and returns them as stored (ids,
    /// versions and timestamps set), after a single flush.
    ///
    /// Every reference must point to a record already stored or to one earlier
    /// in this call; the caller inserts kinds in dependency order (facilities,
    /// NGOs, people, assignments, agreements, meetings). A record that is not
    /// new or that refers to a missing record refuses the whole call before
    /// anything is written. Ids, index keys and audit entries are those
    /// [`Store::save`] would give the same records saved one by one.
    pub fn insert_bulk(
        &self,
        mut records: Vec<Record>,
        who: &str,
        now: Timestamp,
    ) -> Result<Vec<Record>, StoreError> {
        let _guard = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(stored) = records.iter().find(|r| r.id() != 0) {
            return Err(StoreError::NotNew {
                kind: stored.kind(),
                id: stored.id(),
            });
        }
        // Titles of every record referred to so far (stored or in this call):
        // the existence check and the names the audit entries show, read once.
        let mut titles: HashMap<(Kind, Id), String> = HashMap::new();
        let mut seqs = Vec::with_capacity(records.len());
        for record in &mut records {
            for target in record.references() {
                if let std::collections::hash_map::Entry::Vacant(slot) = titles.entry(target) {
                    let title = self
                        .get(target.0, target.1)?
                        .map(|r| r.title().to_string())
                        .ok_or(StoreError::Dangling {
                            kind: target.0,
                            id: target.1,
                        })?;
                    slot.insert(title);
                }
            }
            // The same order of ids as a save: the record's id, then the
            // sequence number of its audit entry.
            let id = self.next_id()?;
            let seq = self.db.generate_id().map_err(|e| self.sled_error(e))?;
            let meta = record.meta_mut();
            meta.id = id;
            meta.created = now;
            meta.version += 1;
            meta.updated = now;
            titles.insert((record.kind(), id), record.title().to_string());
            seqs.push(seq);
        }
        let title_of = |kind: Kind, id: Id| titles.get(&(kind, id)).cloned();
        for (chunk, chunk_seqs) in records.chunks(CHUNK).zip(seqs.chunks(CHUNK)) {
            self.write_chunk(chunk, chunk_seqs, who, now, &title_of)?;
        }
        self.flush()?;
        self.publish(|| Committed {
            saved: records.clone(),
            deleted: Vec::new(),
        });
        Ok(records)
    }

    /// Writes one chunk of records with their index keys and `Created` audit
    /// entries, one batch per tree.
    fn write_chunk(
        &self,
        records: &[Record],
        seqs: &[u64],
        who: &str,
        now: Timestamp,
        title_of: &dyn Fn(Kind, Id) -> Option<String>,
    ) -> Result<(), StoreError> {
        let mut by_kind: HashMap<Kind, sled::Batch> = HashMap::new();
        let mut index_batch = sled::Batch::default();
        let mut audit_batch = sled::Batch::default();
        for (record, seq) in records.iter().zip(seqs) {
            let (kind, id) = (record.kind(), record.id());
            let value = crate::each_record!(record, inner => codec::encode(inner));
            by_kind
                .entry(kind)
                .or_default()
                .insert(id.to_be_bytes().to_vec(), value);
            for key in index::keys_of(record) {
                index_batch.insert(key, Vec::<u8>::new());
            }
            let fields = audit::diff(None, Some(record), &|k, i, v| audit_text(k, i, v, title_of));
            let entry = AuditEntry {
                at: now,
                who: who.to_string(),
                kind,
                id,
                change: Change::Created,
                fields,
            };
            audit_batch.insert(audit::key(kind, id, *seq), codec::encode(&entry));
        }
        for (kind, batch) in by_kind {
            self.tree(kind)
                .apply_batch(batch)
                .map_err(|e| self.sled_error(e))?;
        }
        self.index
            .apply_batch(index_batch)
            .map_err(|e| self.sled_error(e))?;
        self.audit
            .apply_batch(audit_batch)
            .map_err(|e| self.sled_error(e))
    }
}
