//! Reading the database into the model: records without their long text,
//! one at a time so the text is let go before the next record is decoded;
//! and, for the background load, first what the first screen needs.

use super::data::{Data, LeanTable};
use super::lean::strip;
use crate::domain::{Id, Kind};
use crate::store::{Store, StoreError};
use chrono::{Days, NaiveDateTime, NaiveTime};

/// Days of meetings read ahead for the first screen: the dashboard shows the
/// rest of today and the seven days after, and the clock may pass midnight
/// before everything else is in.
const EARLY_DAYS: u64 = 10;

/// Meetings starting in this window are in the early data, besides every
/// repeating meeting.
pub type Window = (NaiveDateTime, NaiveDateTime);

/// One kind's records, without long text, in id order. (No capacity asked
/// for ahead: sled counts a tree by walking it, which would read every
/// record twice; a large vector grows by remapping, not copying.)
pub(super) fn read_lean(store: &Store, kind: Kind) -> Result<LeanTable, StoreError> {
    let (mut records, mut lean) = (Vec::new(), Vec::new());
    store.each_record_read_apart(kind, |mut record| {
        lean.push(strip(&mut record));
        records.push(record);
    })?;
    Ok((kind, records, lean))
}

/// Every record of every kind, without long text, indexed.
pub fn load_all(store: &Store) -> Result<Data, StoreError> {
    let tables = Kind::ALL
        .iter()
        .map(|kind| read_lean(store, *kind))
        .collect::<Result<Vec<_>, StoreError>>()?;
    let mut data = Data::from_lean_tables(tables);
    data.set_step_lists(store.step_lists()?);
    Ok(data)
}

/// What the first screen needs: every record but meetings, and the meetings
/// of `window` with every repeating one. Read on two threads (the two largest
/// kinds on one, the rest on the other): reading is decoding, and the first
/// screen waits for all of it.
pub fn read_first_screen(store: &Store, window: Window) -> Result<Vec<LeanTable>, StoreError> {
    const LARGEST: [Kind; 2] = [Kind::Agreement, Kind::Person];
    let (largest, rest) = std::thread::scope(|scope| {
        let largest = scope.spawn(|| {
            LARGEST
                .iter()
                .map(|kind| read_lean(store, *kind))
                .collect::<Result<Vec<_>, StoreError>>()
        });
        let mut rest = Kind::ALL
            .iter()
            .filter(|kind| **kind != Kind::Meeting && !LARGEST.contains(kind))
            .map(|kind| read_lean(store, *kind))
            .collect::<Result<Vec<_>, StoreError>>();
        if let Ok(tables) = &mut rest {
            match read_early_meetings(store, window) {
                Ok(meetings) => tables.push(meetings),
                Err(e) => rest = Err(e),
            }
        }
        let largest = largest
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (largest, rest)
    });
    let mut tables = largest?;
    tables.extend(rest?);
    Ok(tables)
}

/// The window of meetings read early, around `now`.
pub fn early_window(now: NaiveDateTime) -> Window {
    let from = now - Days::new(1);
    let to = (now.date() + Days::new(EARLY_DAYS)).and_time(NaiveTime::MIN);
    (from, to)
}

/// The meetings starting in `window` and every repeating meeting, through
/// the store's indexes, in id order.
pub fn read_early_meetings(store: &Store, window: Window) -> Result<LeanTable, StoreError> {
    let mut ids: Vec<Id> = store.meetings_starting(window.0, window.1)?;
    ids.extend(store.series_ids()?);
    ids.sort_unstable();
    ids.dedup();
    let (mut records, mut lean) = (Vec::with_capacity(ids.len()), Vec::new());
    for id in ids {
        if let Some(mut record) = store.get(Kind::Meeting, id)? {
            lean.push(strip(&mut record));
            records.push(record);
        }
    }
    Ok((Kind::Meeting, records, lean))
}
