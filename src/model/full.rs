//! Whole records for what needs their long text, which the model leaves out:
//! exports, and saves of records changed from the model's copy.

use super::Data;
use crate::domain::{Id, Kind, Record};
use crate::store::{Store, StoreError};
use std::collections::{HashMap, HashSet};

/// Above this many records to read, one pass over the kind beats reading
/// them one by one.
const ONE_PASS_FROM: usize = 1_000;

/// The records `ids` of `kind`, in that order, whole: the data's copy where
/// it is whole, the store's where the data lacks the long text. A record
/// gone from the store meanwhile is left out rather than written without it.
pub fn full_records(
    store: &Store,
    data: &Data,
    kind: Kind,
    ids: &[Id],
) -> Result<Vec<Record>, StoreError> {
    let lacking: Vec<Id> = ids
        .iter()
        .copied()
        .filter(|id| data.lacks_long_text(kind, *id))
        .collect();
    let mut read: HashMap<Id, Record> = HashMap::with_capacity(lacking.len());
    if lacking.len() >= ONE_PASS_FROM {
        let wanted: HashSet<Id> = lacking.into_iter().collect();
        store.each_record(kind, |record| {
            if wanted.contains(&record.id()) {
                read.insert(record.id(), record);
            }
        })?;
    } else {
        for id in lacking {
            if let Some(record) = store.get(kind, id)? {
                read.insert(id, record);
            }
        }
    }
    Ok(ids
        .iter()
        .filter_map(|id| {
            if data.lacks_long_text(kind, *id) {
                read.remove(id)
            } else {
                data.get(kind, *id).cloned()
            }
        })
        .collect())
}

/// `record`, changed from the data's copy (which lacks its long text), with
/// the long text as stored put back into the fields it left empty. Records
/// the data holds whole, and new ones, come back as they are.
pub fn with_long_text(store: &Store, data: &Data, record: Record) -> Result<Record, StoreError> {
    let (kind, id) = (record.kind(), record.id());
    if id == 0 || !data.lacks_long_text(kind, id) {
        return Ok(record);
    }
    let Some(stored) = store.get(kind, id)? else {
        return Ok(record);
    };
    let mut whole = record;
    super::lean::restore(&mut whole, stored);
    Ok(whole)
}
