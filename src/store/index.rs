//! Secondary index keys. All live in one tree, each key starting with a tag:
//!
//! - references: `[REF][target kind][target id][source kind][source id]`, which
//!   answers "what refers to this record" (assignments by facility and by person,
//!   agreements by NGO and by facility, meetings by facility and by attendee…);
//! - meeting starts: `[START][start, order-preserving][meeting id]`;
//! - repeating meetings: `[SERIES][meeting id]`, so the first screen finds
//!   them without reading every meeting;
//! - `[BUILT][tag]`: the index holds every key of kind `tag` (a database
//!   made before a key kind existed gets its keys added once, at open).
//!
//! Ids are big-endian so byte order is numeric order.

use crate::domain::{Id, Kind, Record};
use chrono::NaiveDateTime;

const REF: u8 = 1;
const START: u8 = 2;
/// Tag of the repeating-meeting keys.
pub const SERIES: u8 = 3;
/// Tag of the markers saying a key kind is complete.
const BUILT: u8 = 4;

/// Whether `key` is a marker saying a kind of key is complete (see
/// [`built_key`]), rather than a record's key.
pub fn is_marker(key: &[u8]) -> bool {
    key.first() == Some(&BUILT)
}

/// Every index key a record contributes.
pub fn keys_of(record: &Record) -> Vec<Vec<u8>> {
    let (kind, id) = (record.kind(), record.id());
    let mut keys: Vec<Vec<u8>> = record
        .references()
        .into_iter()
        .map(|(to_kind, to)| ref_key(to_kind, to, kind, id))
        .collect();
    if let Record::Meeting(m) = record {
        keys.push(start_key(m.start, id));
        if m.recurrence.is_some() {
            keys.push(series_key(id));
        }
    }
    keys.sort();
    keys.dedup();
    keys
}

fn ref_key(to_kind: Kind, to: Id, from_kind: Kind, from: Id) -> Vec<u8> {
    let mut key = ref_prefix(to_kind, to);
    key.push(from_kind.tag());
    key.extend_from_slice(&from.to_be_bytes());
    key
}

/// The prefix under which every record referring to `(kind, id)` is listed.
pub fn ref_prefix(kind: Kind, id: Id) -> Vec<u8> {
    let mut key = Vec::with_capacity(19);
    key.push(REF);
    key.push(kind.tag());
    key.extend_from_slice(&id.to_be_bytes());
    key
}

/// The referring record named by a key under [`ref_prefix`].
pub fn referrer_of(key: &[u8]) -> Option<(Kind, Id)> {
    let tail = key.get(10..19)?;
    let kind = Kind::from_tag(tail[0])?;
    let id = Id::from_be_bytes(tail[1..9].try_into().ok()?);
    Some((kind, id))
}

/// Seconds since the epoch with the sign bit flipped, so negative times sort first.
fn ordered_seconds(at: NaiveDateTime) -> [u8; 8] {
    let secs = at.and_utc().timestamp();
    ((secs as u64) ^ (1 << 63)).to_be_bytes()
}

fn start_key(start: NaiveDateTime, id: Id) -> Vec<u8> {
    let mut key = Vec::with_capacity(17);
    key.push(START);
    key.extend_from_slice(&ordered_seconds(start));
    key.extend_from_slice(&id.to_be_bytes());
    key
}

/// The key range of meetings starting in `[from, to)`.
pub fn start_range(from: NaiveDateTime, to: NaiveDateTime) -> (Vec<u8>, Vec<u8>) {
    let mut lo = vec![START];
    lo.extend_from_slice(&ordered_seconds(from));
    let mut hi = vec![START];
    hi.extend_from_slice(&ordered_seconds(to));
    (lo, hi)
}

/// The meeting id at the end of a start key.
pub fn meeting_of_start_key(key: &[u8]) -> Option<Id> {
    Some(Id::from_be_bytes(key.get(9..17)?.try_into().ok()?))
}

/// The key listing a repeating meeting.
pub fn series_key(id: Id) -> Vec<u8> {
    let mut key = Vec::with_capacity(9);
    key.push(SERIES);
    key.extend_from_slice(&id.to_be_bytes());
    key
}

/// The repeating meeting named by a key under `[SERIES]`.
pub fn meeting_of_series_key(key: &[u8]) -> Option<Id> {
    Some(Id::from_be_bytes(key.get(1..9)?.try_into().ok()?))
}

/// The marker saying every key tagged `tag` is in the index.
pub fn built_key(tag: u8) -> [u8; 2] {
    [BUILT, tag]
}
