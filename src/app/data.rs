//! The records the app shows, held in memory with what views need to be quick:
//! who refers to whom, and each record's folded search text.

use crate::domain::text::fold;
use crate::domain::{FieldValue, Id, Kind, Record};
use std::collections::{BTreeMap, HashMap};

/// All records, by kind and id, with derived lookups kept in step.
#[derive(Debug, Default, Clone)]
pub struct Data {
    records: HashMap<Kind, BTreeMap<Id, Record>>,
    referrers: HashMap<(Kind, Id), Vec<(Kind, Id)>>,
    search: rustc_hash::FxHashMap<(Kind, Id), Box<str>>,
    generation: HashMap<Kind, u64>,
    archived: rustc_hash::FxHashSet<(Kind, Id)>,
}

impl Data {
    /// Builds the lookups over a set of records.
    pub fn new(records: impl IntoIterator<Item = Record>) -> Data {
        let mut data = Data::default();
        for record in records {
            data.insert_raw(record);
        }
        let keys: Vec<(Kind, Id)> = data.iter_all().map(|r| (r.kind(), r.id())).collect();
        for (kind, id) in keys {
            data.refresh_search(kind, id);
        }
        data
    }

    /// A number that changes whenever a record of `kind` is added, changed or
    /// removed, so lists know when their cached order is stale.
    pub fn generation(&self, kind: Kind) -> u64 {
        self.generation.get(&kind).copied().unwrap_or(0)
    }

    fn insert_raw(&mut self, record: Record) {
        *self.generation.entry(record.kind()).or_default() += 1;
        let from = (record.kind(), record.id());
        if record.meta().archived {
            self.archived.insert(from);
        }
        for target in record.references() {
            let list = self.referrers.entry(target).or_default();
            if !list.contains(&from) {
                list.push(from);
            }
        }
        self.records
            .entry(record.kind())
            .or_default()
            .insert(record.id(), record);
    }

    fn remove_raw(&mut self, kind: Kind, id: Id) -> Option<Record> {
        let old = self.records.get_mut(&kind)?.remove(&id)?;
        *self.generation.entry(kind).or_default() += 1;
        self.archived.remove(&(kind, id));
        for target in old.references() {
            if let Some(list) = self.referrers.get_mut(&target) {
                list.retain(|r| *r != (kind, id));
            }
        }
        self.search.remove(&(kind, id));
        Some(old)
    }

    /// Adds or replaces a record (after a save), updating lookups, including the
    /// search text of records that show this one's name.
    pub fn upsert(&mut self, record: Record) {
        let (kind, id) = (record.kind(), record.id());
        self.remove_raw(kind, id);
        self.insert_raw(record);
        self.refresh_search(kind, id);
        for (k, i) in self.referrers_of(kind, id).to_vec() {
            self.refresh_search(k, i);
        }
    }

    /// Removes a record (after a delete).
    pub fn remove(&mut self, kind: Kind, id: Id) {
        self.remove_raw(kind, id);
    }

    /// Whether a record is archived (without touching the record).
    pub fn is_archived(&self, kind: Kind, id: Id) -> bool {
        self.archived.contains(&(kind, id))
    }

    /// One record.
    pub fn get(&self, kind: Kind, id: Id) -> Option<&Record> {
        self.records.get(&kind)?.get(&id)
    }

    /// Every record of a kind, in id order.
    pub fn all(&self, kind: Kind) -> impl Iterator<Item = &Record> {
        self.records.get(&kind).into_iter().flat_map(|m| m.values())
    }

    /// How many records of a kind there are.
    pub fn count(&self, kind: Kind) -> usize {
        self.records.get(&kind).map_or(0, BTreeMap::len)
    }

    fn iter_all(&self) -> impl Iterator<Item = &Record> {
        self.records.values().flat_map(|m| m.values())
    }

    /// Whether there are no records at all.
    pub fn is_empty(&self) -> bool {
        self.records.values().all(BTreeMap::is_empty)
    }

    /// Records that refer to `(kind, id)`.
    pub fn referrers_of(&self, kind: Kind, id: Id) -> &[(Kind, Id)] {
        self.referrers.get(&(kind, id)).map_or(&[], Vec::as_slice)
    }

    /// The folded text a filter matches against.
    pub fn search_text(&self, kind: Kind, id: Id) -> &str {
        self.search.get(&(kind, id)).map_or("", |s| s)
    }

    /// The name a record is shown by; an assignment is "person @ facility".
    pub fn name(&self, kind: Kind, id: Id) -> String {
        match self.get(kind, id) {
            Some(Record::Assignment(a)) => {
                format!(
                    "{} @ {}",
                    self.name(Kind::Person, a.person),
                    self.name(Kind::Facility, a.facility)
                )
            }
            Some(record) => record.title().to_string(),
            None => format!("#{id}"),
        }
    }

    /// Plain text of one field of a record (choices as codes, refs by name).
    pub fn plain(&self, kind: Kind, field: usize, value: &FieldValue) -> String {
        kind.fields()
            .get(field)
            .map(|def| value.plain(def.kind, &|k, i| self.name(k, i)))
            .unwrap_or_default()
    }

    fn refresh_search(&mut self, kind: Kind, id: Id) {
        let Some(record) = self.get(kind, id) else {
            return;
        };
        let mut text = String::new();
        for (i, value) in record.values().iter().enumerate() {
            let def = kind.fields()[i];
            let shown = match (value, def.kind) {
                (FieldValue::Choice(Some(c)), crate::domain::FieldKind::Choice(set)) => {
                    crate::catalog::choice_label(set, *c).to_string()
                }
                (FieldValue::Multi(v), crate::domain::FieldKind::Multi(set)) => v
                    .iter()
                    .map(|c| crate::catalog::choice_label(set, *c))
                    .collect::<Vec<_>>()
                    .join(" "),
                _ => self.plain(kind, i, value),
            };
            text.push_str(&shown);
            text.push(' ');
        }
        let folded = fold(&text);
        self.search.insert((kind, id), folded.into_boxed_str());
    }
}
