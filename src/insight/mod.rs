//! What the records add up to: the coverage of regions by services, what
//! needs attention, and figures over a period. Pure functions over the
//! in-memory [`Data`](crate::model::Data) and a given "today": no I/O, no
//! terminal, so views, reports and tests share the same answers.

pub mod agenda;
pub mod coverage;
pub mod dashboard;
pub mod figures;
pub mod period;
pub mod requests;

use crate::domain::{Id, Kind};
use crate::model::Data;
use rustc_hash::FxHashMap;

/// Whether a record exists and is not archived.
fn live(data: &Data, kind: Kind, id: Id) -> bool {
    data.get(kind, id).is_some() && !data.is_archived(kind, id)
}

/// Whether records of one kind are live, each asked once: a walk over
/// thousands of agreements names the same few hundred NGOs again and again.
struct LiveCache<'a> {
    data: &'a Data,
    kind: Kind,
    seen: FxHashMap<Id, bool>,
}

impl<'a> LiveCache<'a> {
    fn new(data: &'a Data, kind: Kind) -> LiveCache<'a> {
        LiveCache {
            data,
            kind,
            seen: FxHashMap::default(),
        }
    }

    /// Whether the record `id` of this kind exists and is not archived.
    fn is_live(&mut self, id: Id) -> bool {
        let (data, kind) = (self.data, self.kind);
        *self.seen.entry(id).or_insert_with(|| live(data, kind, id))
    }
}
