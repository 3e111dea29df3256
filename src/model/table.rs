//! The records of one kind, in id order, in chunks that are shared between
//! versions of the model.
//!
//! Every session holds a snapshot of the model; when a record changes, the
//! new version copies only the chunk that holds it (a few hundred records),
//! and every other chunk stays shared with the snapshots sessions still hold.
//! Within a chunk the ids sit in a vector of their own, so a lookup's binary
//! search walks 8-byte ids that sit together in cache instead of touching a
//! large record per probe.

use super::link::Link;
use super::texts::{Search, Texts};
use crate::domain::{Id, Record};
use std::sync::Arc;

/// Records per chunk: a change copies this many, and a lookup binary-searches
/// the chunks' last ids first. Small enough that a save copies little, large
/// enough that the chunk list stays short at 100,000 records.
const CHUNK: usize = 512;

/// A run of records in id order, with each record's folded search text and
/// whether its long text was left out (see `lean`) at the same position.
#[derive(Debug, Default, Clone)]
struct Chunk {
    ids: Vec<Id>,
    records: Vec<Record>,
    /// Shared on its own, so lists that keep the texts beside their
    /// orders ([`SearchTexts`]) do not keep the records alive too.
    search: Arc<Texts>,
    lean: Vec<bool>,
}

/// Every record's search of one kind, in id order, shared with the table
/// they were taken from: what lists filter by.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SearchTexts(Vec<Arc<Texts>>);

/// Where a record's search is in [`SearchTexts`]: its chunk, and where its
/// text and its links are there (kept rather than looked up: a filter
/// keystroke reads 100,000 of them in the list's order, not the chunks').
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextAt {
    chunk: u32,
    text: (u32, u32),
    links: (u32, u32),
}

impl SearchTexts {
    /// Where each search is, in id order.
    pub fn places(&self) -> impl Iterator<Item = TextAt> + '_ {
        self.0.iter().enumerate().flat_map(|(chunk, texts)| {
            (0..texts.len()).map(move |at| {
                let (text, links) = texts.spans(at);
                TextAt {
                    chunk: chunk as u32,
                    text,
                    links,
                }
            })
        })
    }

    fn texts(&self, place: TextAt) -> Option<&Texts> {
        self.0.get(place.chunk as usize).map(Arc::as_ref)
    }

    /// The text at `place`, as bytes (what a filter searches; empty if
    /// `place` is not one of these texts').
    pub fn bytes(&self, place: TextAt) -> &[u8] {
        self.texts(place)
            .map(|texts| texts.text_in(place.text))
            .unwrap_or_default()
    }

    /// The text at `place`.
    pub fn get(&self, place: TextAt) -> &str {
        std::str::from_utf8(self.bytes(place)).unwrap_or_default()
    }

    /// What else finds the record at `place`: the records it refers to and
    /// its choices.
    pub fn links(&self, place: TextAt) -> &[Link] {
        self.texts(place)
            .map(|texts| texts.links_in(place.links))
            .unwrap_or_default()
    }
}

/// The records of one kind.
#[derive(Debug, Default, Clone)]
pub(super) struct Table {
    chunks: Vec<Arc<Chunk>>,
    len: usize,
}

impl Table {
    /// A table over records already in id order, none of them lean.
    #[cfg(test)]
    pub(super) fn new(records: Vec<Record>) -> Table {
        let lean = vec![false; records.len()];
        Table::with_lean(records, lean)
    }

    /// A table over records already in id order, with whether each one's
    /// long text was left out.
    pub(super) fn with_lean(records: Vec<Record>, lean: Vec<bool>) -> Table {
        let len = records.len();
        let mut chunks = Vec::with_capacity(len.div_ceil(CHUNK));
        let mut records = records.into_iter().peekable();
        let mut lean = lean.into_iter();
        while records.peek().is_some() {
            let part: Vec<Record> = records.by_ref().take(CHUNK).collect();
            let mut marks: Vec<bool> = lean.by_ref().take(part.len()).collect();
            marks.resize(part.len(), false);
            chunks.push(Arc::new(Chunk {
                ids: part.iter().map(Record::id).collect(),
                search: Arc::new(Texts::empty(part.len())),
                lean: marks,
                records: part,
            }));
        }
        Table { chunks, len }
    }

    /// How many records.
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// The chunk that holds `id`, or would hold it.
    fn chunk_of(&self, id: Id) -> usize {
        let after = self
            .chunks
            .partition_point(|c| c.ids.last().is_some_and(|last| *last < id));
        after.min(self.chunks.len().saturating_sub(1))
    }

    /// Where `id` is: its chunk and position, or None.
    fn locate(&self, id: Id) -> Option<(usize, usize)> {
        let c = self.chunk_of(id);
        let chunk = self.chunks.get(c)?;
        chunk.ids.binary_search(&id).ok().map(|i| (c, i))
    }

    /// One record.
    pub(super) fn get(&self, id: Id) -> Option<&Record> {
        self.locate(id).map(|(c, i)| &self.chunks[c].records[i])
    }

    /// Whether the record's long text was left out of memory.
    pub(super) fn is_lean(&self, id: Id) -> bool {
        self.locate(id).is_some_and(|(c, i)| self.chunks[c].lean[i])
    }

    /// One record's search text.
    pub(super) fn search(&self, id: Id) -> Option<&str> {
        self.locate(id).map(|(c, i)| self.chunks[c].search.get(i))
    }

    /// What else finds one record: the records it refers to, its choices.
    pub(super) fn links(&self, id: Id) -> Option<&[Link]> {
        self.locate(id).map(|(c, i)| self.chunks[c].search.links(i))
    }

    /// Every record's search text, in id order.
    pub(super) fn search_texts(&self) -> SearchTexts {
        SearchTexts(self.chunks.iter().map(|c| c.search.clone()).collect())
    }

    /// Sets records' searches, copying each chunk touched (if shared)
    /// and its searches once, however many of its records change.
    pub(super) fn set_searches(&mut self, mut texts: Vec<(Id, Search)>) {
        texts.sort_unstable_by_key(|(id, _)| *id);
        let mut changes: Vec<(usize, Search)> = Vec::new();
        let mut texts = texts.into_iter().peekable();
        while let Some((id, text)) = texts.next() {
            let Some((c, i)) = self.locate(id) else {
                continue;
            };
            changes.push((i, text));
            let same_chunk = |next: &(Id, Search)| self.locate(next.0).is_some_and(|(n, _)| n == c);
            while let Some(next) = texts.next_if(same_chunk) {
                if let Some((_, i)) = self.locate(next.0) {
                    changes.push((i, next.1));
                }
            }
            let chunk = Arc::make_mut(&mut self.chunks[c]);
            chunk.search = Arc::new(chunk.search.with_changes(&changes));
            changes.clear();
        }
    }

    /// Adds or replaces a record whose long text is all there.
    #[cfg(test)]
    pub(super) fn insert(&mut self, record: Record) {
        self.insert_marked(record, false);
    }

    /// Adds or replaces a record, saying whether its long text was left out;
    /// a new one gets empty search text.
    pub(super) fn insert_marked(&mut self, record: Record, lean: bool) {
        let id = record.id();
        if self.chunks.is_empty() {
            self.chunks.push(Arc::default());
        }
        let c = self.chunk_of(id);
        let chunk = Arc::make_mut(&mut self.chunks[c]);
        match chunk.ids.binary_search(&id) {
            Ok(i) => {
                chunk.records[i] = record;
                chunk.lean[i] = lean;
            }
            Err(i) => {
                chunk.ids.insert(i, id);
                chunk.records.insert(i, record);
                Arc::make_mut(&mut chunk.search).insert_empty(i);
                chunk.lean.insert(i, lean);
                self.len += 1;
                if chunk.ids.len() >= 2 * CHUNK {
                    let upper = Chunk {
                        ids: chunk.ids.split_off(CHUNK),
                        records: chunk.records.split_off(CHUNK),
                        search: Arc::new(Arc::make_mut(&mut chunk.search).split_off(CHUNK)),
                        lean: chunk.lean.split_off(CHUNK),
                    };
                    self.chunks.insert(c + 1, Arc::new(upper));
                }
            }
        }
    }

    /// Removes a record, giving it back.
    pub(super) fn remove(&mut self, id: Id) -> Option<Record> {
        let (c, i) = self.locate(id)?;
        let chunk = Arc::make_mut(&mut self.chunks[c]);
        chunk.ids.remove(i);
        Arc::make_mut(&mut chunk.search).remove(i);
        chunk.lean.remove(i);
        let record = chunk.records.remove(i);
        if chunk.ids.is_empty() {
            self.chunks.remove(c);
        }
        self.len -= 1;
        Some(record)
    }

    /// Every record, in id order.
    pub(super) fn records(&self) -> impl Iterator<Item = &Record> {
        self.chunks.iter().flat_map(|c| c.records.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Region;

    fn facility(id: Id) -> Record {
        let mut f = crate::sample::facility(&format!("F{id}"), Region::Praha);
        f.meta.id = id;
        f.into()
    }

    #[test]
    fn inserts_in_any_order_keep_id_order_across_chunk_splits() {
        let mut table = Table::new((1..=1000).map(|i| facility(i * 2)).collect());
        for i in 0..1500 {
            table.insert(facility(i * 2 + 1));
        }
        let ids: Vec<Id> = table.records().map(Record::id).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        assert_eq!(ids, sorted);
        assert_eq!(table.len(), 2500);
        assert!(table.get(777).is_some());
        assert!(table.get(5000).is_none());
        assert_eq!(table.remove(777).map(|r| r.id()), Some(777));
        assert!(table.get(777).is_none());
        assert_eq!(table.len(), 2499);
    }

    #[test]
    fn a_change_copies_one_chunk_and_shares_the_rest() {
        let before = Table::new((1..=5000).map(facility).collect());
        let mut after = before.clone();
        after.insert(facility(10));
        let shared = before
            .chunks
            .iter()
            .zip(&after.chunks)
            .filter(|(a, b)| Arc::ptr_eq(a, b))
            .count();
        assert_eq!(shared, before.chunks.len() - 1);
        after.remove(4000);
        let search = Search {
            text: "x".into(),
            links: Vec::new(),
        };
        after.set_searches(vec![(2, search)]);
        assert_eq!(before.search(2), Some(""));
        assert_eq!(after.search(2), Some("x"));
        assert!(before.get(4000).is_some());
    }
}
