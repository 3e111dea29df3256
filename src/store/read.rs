//! Reading for the read model: records one at a time (so a caller can keep
//! part of each and let the rest go before the next is decoded), repeating
//! meetings from their index, and the index keys a database made before they
//! existed lacks, added once when it is opened.

use super::{Store, StoreError, describe, index};
use crate::domain::{Id, Kind, Record};

impl Store {
    /// Calls `each` with every record of `kind`, in id order, one at a time.
    pub fn each_record(&self, kind: Kind, mut each: impl FnMut(Record)) -> Result<(), StoreError> {
        for item in self.tree(kind).iter() {
            let (key, value) = item.map_err(|e| self.sled_error(e))?;
            let what = describe(kind, &key);
            let record: Record =
                crate::each_kind!(kind, T => self.decode_record::<T>(what, &value)?.into());
            each(record);
        }
        Ok(())
    }

    /// Ids of every repeating meeting, in id order, from the index.
    pub fn series_ids(&self) -> Result<Vec<Id>, StoreError> {
        self.index
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
        self.index
            .apply_batch(batch)
            .map_err(|e| self.sled_error(e))
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::{Kind, Record};
    use crate::store::{Store, index};

    #[test]
    fn an_old_database_gets_its_series_keys_once_at_open() {
        let dir = tempfile::tempdir().expect("temp dir");
        let now = chrono::Utc::now();
        let (one_off, series) = {
            let store = Store::open(dir.path()).expect("open");
            let at = crate::sample::at(2026, 11, 30, 10, 0);
            let mut repeating = crate::sample::meeting("Porada", None, at);
            repeating.recurrence = Some(crate::domain::recurrence::Recurrence {
                rule: "FREQ=WEEKLY".into(),
                cancelled: Vec::new(),
                moved: Vec::new(),
            });
            let one_off = store
                .save(crate::sample::meeting("Jednou", None, at).into(), "t", now)
                .expect("save");
            let series = store.save(repeating.into(), "t", now).expect("save");
            assert_eq!(store.series_ids().expect("ids"), vec![series.id()]);
            // As a database made before the series keys: none, no marker.
            store
                .index
                .remove(index::series_key(series.id()))
                .expect("remove");
            store
                .index
                .remove(index::built_key(index::SERIES))
                .expect("remove");
            store.flush().expect("flush");
            (one_off, series)
        };
        let store = Store::open(dir.path()).expect("open again");
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
