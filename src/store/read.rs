//! Reading: records, indexes and history, never part of an operation (each
//! read holds the read side of the visibility lock).
//!
//! A value that cannot be decoded does not hide the others: reading a kind
//! or a history skips it, and the store keeps its name and the reason
//! ([`Store::unreadable`]) for whoever can show them; `spojka check
//! --quarantine` moves such values out of the way.

use super::audit::{self, AuditEntry};
use super::{Store, StoreError, describe, index, migrate};
use crate::domain::{Id, Kind, Record};
use chrono::NaiveDateTime;
use std::sync::atomic::Ordering;

/// A stored value that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// Which value, e.g. "meetings #12".
    pub what: String,
    /// Why.
    pub reason: String,
}

impl Store {
    /// Remembers an unreadable value (once).
    pub(crate) fn note_unreadable(&self, what: String, reason: &dyn std::fmt::Display) {
        let mut list = self.unreadable.lock().unwrap_or_else(|p| p.into_inner());
        if !list.iter().any(|u| u.what == what) {
            list.push(Unreadable {
                what,
                reason: reason.to_string(),
            });
        }
    }

    /// The values reading has skipped so far because they could not be
    /// decoded; empty when all is well.
    pub fn unreadable(&self) -> Vec<Unreadable> {
        self.unreadable
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// How far reading has come (for a watchdog).
    pub fn read_progress(&self) -> std::sync::Arc<super::ReadProgress> {
        self.reads.clone()
    }

    /// Whether no record of any kind is stored yet.
    pub fn is_empty(&self) -> bool {
        let _read = self.visible.read().unwrap_or_else(|p| p.into_inner());
        // Unreadable is not empty: nothing would be offered to fill it.
        self.trees()
            .is_ok_and(|t| t.kinds.iter().all(sled::Tree::is_empty))
    }

    /// How many records of a kind are stored.
    pub fn count(&self, kind: Kind) -> usize {
        let _read = self.visible.read().unwrap_or_else(|p| p.into_inner());
        self.tree(kind).map_or(0, |tree| tree.len())
    }

    fn decode_record<T: migrate::Stored>(
        &self,
        what: String,
        bytes: &[u8],
    ) -> Result<T, StoreError> {
        migrate::decode(bytes).map_err(|source| StoreError::Decode {
            what,
            path: self.path.clone(),
            source,
        })
    }

    /// Every record of one kind, in id order; unreadable ones are skipped
    /// and noted.
    pub fn all<T: migrate::Stored>(&self) -> Result<Vec<T>, StoreError> {
        self.decode_all(T::KIND, |record: T| record)
    }

    /// Every record of one kind as [`Record`]s, in id order; unreadable ones
    /// are skipped and noted.
    pub fn all_records(&self, kind: Kind) -> Result<Vec<Record>, StoreError> {
        crate::each_kind!(kind, T => self.decode_all(kind, |record: T| record.into()))
    }

    /// Decodes a kind's tree straight into a vector of the final size, so a
    /// large kind is never held twice while it loads.
    fn decode_all<T: migrate::Stored, R>(
        &self,
        kind: Kind,
        into: impl Fn(T) -> R,
    ) -> Result<Vec<R>, StoreError> {
        let _read = self.visible.read().unwrap_or_else(|p| p.into_inner());
        let _counted = UnderWay::start(&self.reads);
        stall_for_tests(kind);
        let tree = self.tree(kind)?;
        let mut out = Vec::with_capacity(tree.len());
        for item in tree.iter() {
            let (key, value) = item.map_err(|e| self.sled_error(e))?;
            self.reads.values.fetch_add(1, Ordering::Relaxed);
            match migrate::decode::<T>(&value) {
                Ok(record) => out.push(into(record)),
                Err(e) => self.note_unreadable(describe(kind, &key), &e),
            }
        }
        Ok(out)
    }

    /// One record, if it exists.
    pub fn get(&self, kind: Kind, id: Id) -> Result<Option<Record>, StoreError> {
        let _read = self.visible.read().unwrap_or_else(|p| p.into_inner());
        Ok(self.get_raw(kind, id)?.map(|(record, _)| record))
    }

    /// One record with its stored bytes, without taking the lock (for the
    /// writer, which holds it).
    pub(crate) fn get_raw(
        &self,
        kind: Kind,
        id: Id,
    ) -> Result<Option<(Record, Vec<u8>)>, StoreError> {
        let Some(bytes) = self
            .tree(kind)?
            .get(id.to_be_bytes())
            .map_err(|e| self.sled_error(e))?
        else {
            return Ok(None);
        };
        let what = describe(kind, &id.to_be_bytes());
        let record: Record =
            crate::each_kind!(kind, T => self.decode_record::<T>(what, &bytes)?.into());
        Ok(Some((record, bytes.to_vec())))
    }

    /// The records that refer to `(kind, id)`, from the reference index.
    pub fn referrers(&self, kind: Kind, id: Id) -> Result<Vec<(Kind, Id)>, StoreError> {
        let _read = self.visible.read().unwrap_or_else(|p| p.into_inner());
        self.referrers_unlocked(kind, id)
    }

    pub(crate) fn referrers_unlocked(
        &self,
        kind: Kind,
        id: Id,
    ) -> Result<Vec<(Kind, Id)>, StoreError> {
        let t = self.trees()?;
        t.index
            .scan_prefix(index::ref_prefix(kind, id))
            .keys()
            .map(|key| {
                key.map_err(|e| self.sled_error(e))
                    .map(|k| index::referrer_of(&k))
            })
            .filter_map(Result::transpose)
            .collect()
    }

    /// Ids of meetings starting in `[from, to)`, in start order.
    pub fn meetings_starting(
        &self,
        from: NaiveDateTime,
        to: NaiveDateTime,
    ) -> Result<Vec<Id>, StoreError> {
        let t = self.trees()?;
        let _read = self.visible.read().unwrap_or_else(|p| p.into_inner());
        let (lo, hi) = index::start_range(from, to);
        t.index
            .range(lo..hi)
            .keys()
            .map(|key| {
                key.map_err(|e| self.sled_error(e))
                    .map(|k| index::meeting_of_start_key(&k))
            })
            .filter_map(Result::transpose)
            .collect()
    }

    /// The audit trail of one record, oldest first; unreadable entries are
    /// skipped and noted.
    pub fn history(&self, kind: Kind, id: Id) -> Result<Vec<AuditEntry>, StoreError> {
        let t = self.trees()?;
        let _read = self.visible.read().unwrap_or_else(|p| p.into_inner());
        let mut out = Vec::new();
        for item in t.audit.scan_prefix(audit::prefix(kind, id)) {
            let (key, value) = item.map_err(|e| self.sled_error(e))?;
            let seq = audit::seq_of(&key).unwrap_or(0);
            match audit::decode(&value, seq) {
                Ok(entry) => out.push(entry),
                Err(e) => {
                    self.note_unreadable(format!("history of {kind:?} #{id}, entry {seq}"), &e)
                }
            }
        }
        Ok(out)
    }

    /// The record before and after the change an audit entry describes, as
    /// kept with it (None where there was no record, or nothing is kept).
    pub fn entry_values(
        &self,
        entry: &AuditEntry,
    ) -> Result<(Option<Record>, Option<Record>), StoreError> {
        let t = self.trees()?;
        let _read = self.visible.read().unwrap_or_else(|p| p.into_inner());
        let side = |after: bool| -> Result<Option<Record>, StoreError> {
            let key = audit::value_key(entry.seq, after);
            let Some(bytes) = t.values.get(key).map_err(|e| self.sled_error(e))? else {
                return Ok(None);
            };
            let what = format!("the value kept with history entry {}", entry.seq);
            let record: Record =
                crate::each_kind!(entry.kind, T => self.decode_record::<T>(what, &bytes)?.into());
            Ok(Some(record))
        };
        Ok((side(false)?, side(true)?))
    }
}

/// A test hook: reading (all kinds, or the one named by
/// `SPOJKA_TEST_STALL_READING`) stops making progress, as sled does when it
/// spins on a damaged file.
fn stall_for_tests(kind: Kind) {
    if std::env::var("SPOJKA_TEST_STALL_READING")
        .is_ok_and(|which| which == "all" || which == kind.plural())
    {
        loop {
            std::thread::sleep(std::time::Duration::from_secs(1));
        }
    }
}

/// Counts one read of a whole kind as under way for as long as it lives.
struct UnderWay<'a>(&'a super::ReadProgress);

impl<'a> UnderWay<'a> {
    fn start(progress: &'a super::ReadProgress) -> UnderWay<'a> {
        progress.under_way.fetch_add(1, Ordering::AcqRel);
        UnderWay(progress)
    }
}

impl Drop for UnderWay<'_> {
    fn drop(&mut self) {
        self.0.under_way.fetch_sub(1, Ordering::AcqRel);
    }
}

impl Store {
    /// Calls `each` with every record of `kind`, in id order, one at a time.
    /// Unreadable records are skipped and noted, as by [`Store::all_records`].
    pub fn each_record(&self, kind: Kind, mut each: impl FnMut(Record)) -> Result<(), StoreError> {
        let _read = self.visible.read().unwrap_or_else(|p| p.into_inner());
        let _counted = UnderWay::start(&self.reads);
        stall_for_tests(kind);
        for item in self.tree(kind)?.iter() {
            let (key, value) = item.map_err(|e| self.sled_error(e))?;
            self.hand_over(kind, &key, &value, &mut each);
        }
        Ok(())
    }

    /// Decodes one stored record of `kind` for `each`, counting the read;
    /// one that cannot be decoded is noted instead.
    fn hand_over(&self, kind: Kind, key: &[u8], value: &[u8], each: &mut impl FnMut(Record)) {
        self.reads.values.fetch_add(1, Ordering::Relaxed);
        let decoded: Result<Record, _> =
            crate::each_kind!(kind, T => migrate::decode::<T>(value).map(Into::into));
        match decoded {
            Ok(record) => each(record),
            Err(e) => self.note_unreadable(describe(kind, key), &e),
        }
    }

    /// [`Store::each_record`], with sled read on a thread of its own and the
    /// records decoded on the caller's. For a read of a whole kind into
    /// memory that stays (the model's): glibc gives each thread its own
    /// heap, so the nodes sled reads and lets go, and its buffers, are not
    /// interleaved with what the records keep, where the holes they left
    /// could not be given back (at 100,000 meetings some MB).
    pub fn each_record_read_apart(
        &self,
        kind: Kind,
        mut each: impl FnMut(Record),
    ) -> Result<(), StoreError> {
        /// Values handed over at a time, and batches in flight.
        const BATCH: usize = 256;
        const IN_FLIGHT: usize = 4;
        let _read = self.visible.read().unwrap_or_else(|p| p.into_inner());
        let _counted = UnderWay::start(&self.reads);
        stall_for_tests(kind);
        let tree = self.tree(kind)?;
        std::thread::scope(|scope| {
            let (send, batches) = std::sync::mpsc::sync_channel(IN_FLIGHT);
            let reader = scope.spawn(move || -> Result<(), sled::Error> {
                let mut batch = Vec::with_capacity(BATCH);
                for item in tree.iter() {
                    batch.push(item?);
                    if batch.len() == BATCH {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                        if send.send(full).is_err() {
                            return Ok(());
                        }
                    }
                }
                let _ = send.send(batch);
                Ok(())
            });
            for batch in batches {
                for (key, value) in batch {
                    self.hand_over(kind, &key, &value, &mut each);
                }
            }
            reader
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                .map_err(|e| self.sled_error(e))
        })
    }

    /// Ids of every repeating meeting, in id order, from the index.
    pub fn series_ids(&self) -> Result<Vec<Id>, StoreError> {
        let t = self.trees()?;
        t.index
            .scan_prefix([index::SERIES])
            .keys()
            .map(|key| {
                key.map_err(|e| self.sled_error(e))
                    .map(|k| index::meeting_of_series_key(&k))
            })
            .filter_map(Result::transpose)
            .collect()
    }

    /// Adds the repeating-meeting keys to a database made before they
    /// existed, once: a marker key says they are complete. Runs at open,
    /// before anyone else can write.
    pub(super) fn complete_index(&self) -> Result<(), StoreError> {
        let marker = index::built_key(index::SERIES);
        if self
            .trees()?
            .index
            .contains_key(marker)
            .map_err(|e| self.sled_error(e))?
        {
            return Ok(());
        }
        let mut batch = sled::Batch::default();
        self.each_record(Kind::Meeting, |record| {
            if let Record::Meeting(m) = &record
                && m.recurrence.is_some()
            {
                batch.insert(index::series_key(m.meta.id), Vec::<u8>::new());
            }
        })?;
        batch.insert(marker.to_vec(), Vec::<u8>::new());
        self.trees()?
            .index
            .apply_batch(batch)
            .map_err(|e| self.sled_error(e))
    }
}

#[cfg(test)]
mod series_index_tests {
    use crate::domain::{Kind, Record};
    use crate::store::{Store, index};

    #[test]
    fn an_old_database_gets_its_series_keys_once_at_open() {
        let dir = tempfile::tempdir().expect("temp dir");
        let now = crate::sample::epoch();
        let (one_off, series) = {
            let store = Store::open(dir.path()).expect("open");
            let at = crate::sample::at(2026, 11, 30, 10, 0);
            let mut repeating = crate::sample::meeting("Porada", None, at);
            repeating.recurrence = Some(Box::new(crate::domain::recurrence::Recurrence {
                rule: "FREQ=WEEKLY".into(),
                cancelled: Vec::new(),
                overrides: Vec::new(),
            }));
            let one_off = store
                .save(crate::sample::meeting("Jednou", None, at).into(), "t", now)
                .expect("save");
            let series = store.save(repeating.into(), "t", now).expect("save");
            assert_eq!(store.series_ids().expect("ids"), vec![series.id()]);
            // As a database made before the series keys: none, no marker.
            store
                .trees()
                .expect("handles")
                .index
                .remove(index::series_key(series.id()))
                .expect("remove");
            store
                .trees()
                .expect("handles")
                .index
                .remove(index::built_key(index::SERIES))
                .expect("remove");
            store.flush().expect("flush");
            (one_off, series)
        };
        // sled's own threads may hold its file lock a moment after the drop.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let store = loop {
            match Store::open(dir.path()) {
                Err(crate::store::StoreError::Locked { .. })
                    if std::time::Instant::now() < deadline =>
                {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                other => break other.expect("open again"),
            }
        };
        assert_eq!(store.series_ids().expect("ids"), vec![series.id()]);
        let Some(Record::Meeting(mut m)) = store.get(Kind::Meeting, series.id()).expect("get")
        else {
            panic!("no series")
        };
        m.recurrence = None;
        store.save(m.into(), "t", now).expect("save");
        assert!(store.series_ids().expect("ids").is_empty());
        assert!(
            store
                .get(Kind::Meeting, one_off.id())
                .expect("get")
                .is_some()
        );
    }
}

#[cfg(test)]
mod read_apart_tests {
    use crate::domain::{Kind, Record, Region};
    use crate::store::Store;

    /// Reading apart gives what reading in place gives, in the same order,
    /// over more records than one batch, and notes a damaged one the same.
    #[test]
    fn reading_on_a_thread_of_its_own_gives_the_same_records_and_notes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("open");
        let now = crate::sample::epoch();
        let records: Vec<Record> = (0..600)
            .map(|i| crate::sample::facility(&format!("Věznice {i}"), Region::Praha).into())
            .collect();
        store.insert_bulk(records, "t", now).expect("save");
        store
            .tree(Kind::Facility)
            .expect("tree")
            .insert(
                u64::MAX.to_be_bytes(),
                vec![super::super::codec::FORMAT_VERSION, 0xff],
            )
            .expect("insert");
        let mut apart = Vec::new();
        store
            .each_record_read_apart(Kind::Facility, |r| apart.push(r))
            .expect("read apart");
        let noted = store.unreadable();
        assert_eq!(noted.len(), 1, "{noted:?}");
        let mut in_place = Vec::new();
        store
            .each_record(Kind::Facility, |r| in_place.push(r))
            .expect("read");
        assert_eq!(in_place.len(), 600);
        assert_eq!(apart, in_place);
        assert_eq!(store.unreadable(), noted, "the same record, noted once");
    }
}
