//! Erasing one person's personal data everywhere, as one operation (GDPR).
//!
//! [`Store::erase_plan`] finds everything to change: the records that point
//! to the person (an attendee, an organiser, a liaison: the reference is
//! cleared; an assignment or action item of theirs: deleted), and every
//! place free text names them, writes their e-mail or their phone
//! ([`crate::domain::mention`]): other records' text as stored now, the
//! text of other records' history, and the operation log's summaries.
//! Each place is a [`Hit`] the user confirms or skips.
//!
//! [`Store::erase_person`] does it as one operation: the person is deleted
//! with their history erased ([`Change::Erased`]); the records they owned
//! are deleted with theirs; other records are saved with references
//! cleared and confirmed hits replaced; and, in the commit's transaction,
//! the history of other records is rewritten: the text of their entries,
//! the record values kept with them (every mention but the words the user
//! skipped), the entries this operation wrote itself (which keep no values,
//! so the erasure cannot be turned back), and the log's summaries.

use super::audit::{self, AuditEntry, Change};
use super::ops::{Edit, Op, OpEntry, OpKind};
use super::write::{Rewrite, op_entry_key};
use super::{Store, StoreError, codec, counters, migrate};
use crate::domain::mention::{self, Needles, Span};
use crate::domain::personal;
use crate::domain::text::fold;
use crate::domain::{FieldKind, Id, Kind, Person, Record, Timestamp};
use std::collections::{HashMap, HashSet};

/// How many words of context a hit shows on each side.
const CONTEXT_WORDS: usize = 5;

pub use crate::domain::erasure::{ErasePlan, Erased, Hit, HitKey, Linked, Place};

/// What a scan of the store found, with the records to change.
struct Scan {
    plan: ErasePlan,
    /// What marks the person in text.
    needles: Needles,
    /// Records to save (pointing to the person or holding hits), as stored.
    records: Vec<Record>,
    /// Records the person owns, deleted with them.
    owned: HashSet<(Kind, Id)>,
}

impl Store {
    /// What erasing `person` would change; refused when there is no such
    /// person.
    pub fn erase_plan(&self, person: Id) -> Result<ErasePlan, StoreError> {
        let _read = self.visible.read().unwrap_or_else(|p| p.into_inner());
        Ok(self.scan(person, u64::MAX)?.plan)
    }

    /// Erases `person`'s personal data everywhere as one operation, every
    /// hit but the `skipped` ones replaced by `replacement` (the catalog's
    /// "erased person"). Hits found now that the plan did not show are
    /// replaced too: erasing errs on the side of the person.
    pub fn erase_person(
        &self,
        person: Id,
        skipped: &[HitKey],
        replacement: &str,
        who: &str,
        now: Timestamp,
    ) -> Result<Erased, StoreError> {
        let mut op = self.begin(OpKind::Erase, who, now);
        op.summarise(format!("erased person #{person}"));
        let scan = self.scan(person, op.id())?;
        let skipped: HashSet<&HitKey> = skipped.iter().collect();
        let needles = scan.needles.clone();
        // Words the user skipped everywhere stay in the kept values too.
        let confirmed: HashSet<String> = scan
            .plan
            .hits
            .iter()
            .filter(|h| !skipped.contains(&h.key))
            .map(|h| fold(&h.text))
            .collect();
        let keep: HashSet<String> = scan
            .plan
            .hits
            .iter()
            .filter(|h| skipped.contains(&h.key))
            .map(|h| fold(&h.text))
            .filter(|t| !confirmed.contains(t))
            .collect();
        let scrub = Scrub {
            needles: &needles,
            keep: &keep,
            with: replacement,
            person,
        };
        let confirmed_at = |place: &Place, text: &str| -> Vec<Span> {
            spans_at(place, text, &needles, person)
                .into_iter()
                .filter(|s| {
                    !skipped.contains(&HitKey {
                        place: place.clone(),
                        start: s.start,
                    })
                })
                .collect()
        };
        let mut replaced = 0;
        let mut edits = Vec::new();
        for mut record in scan.records {
            let (kind, id) = (record.kind(), record.id());
            if scan.owned.contains(&(kind, id)) {
                edits.push(Edit::Delete(kind, id));
                continue;
            }
            let mut changed = personal::unlink(&mut record, person);
            for (field, text) in personal::texts_mut(&mut record) {
                let spans = confirmed_at(&Place::Record { kind, id, field }, text);
                if !spans.is_empty() {
                    replaced += spans.len();
                    *text = mention::replace(text, &spans, replacement);
                    changed = true;
                }
            }
            if changed {
                edits.push(Edit::Save(record));
            }
        }
        let changed = edits.iter().filter(|e| matches!(e, Edit::Save(_))).count();
        let deleted = edits.len() - changed + 1;
        op.write(edits)?;
        let mut rewrite =
            self.rewrite_history(&op, person, &scan.owned, &scrub, &mut |place, text| {
                let spans = confirmed_at(place, text);
                replaced += spans.len();
                spans
            })?;
        let (mut last, _) = op.prepare(Edit::Delete(Kind::Person, person))?;
        // This operation's own entries: no values, no personal data.
        for item in &mut op.buffer {
            let owned = scan.owned.contains(&(item.kind, item.id));
            if let Ok(mut entry) = audit::decode(&item.entry, item.seq) {
                scrub_entry(&mut entry, owned, &scrub);
                item.entry = audit::encode(&entry);
            }
            item.before = None;
            item.after = None;
            if owned {
                item.erase = self.entries_of(item.kind, item.id)?;
            }
        }
        last.rewrite.append(&mut rewrite);
        op.buffer.push(last);
        let id = op.id();
        op.commit()?;
        Ok(Erased {
            op: id,
            changed,
            deleted,
            replaced,
        })
    }

    /// Reads everything about `person` without taking the lock (the caller
    /// holds it); the history of operation `this` (under way) is left out.
    fn scan(&self, person: Id, this: u64) -> Result<Scan, StoreError> {
        let t = self.trees()?;
        let Some((Record::Person(found), _)) = self.get_raw(Kind::Person, person)? else {
            return Err(StoreError::NotFound {
                kind: Kind::Person,
                id: person,
            });
        };
        let mut others = Vec::new();
        for item in self.tree(Kind::Person)?.iter() {
            let (_, bytes) = item.map_err(|e| self.sled_error(e))?;
            if let Ok(Record::Person(p)) = migrate::decode_record(Kind::Person, &bytes)
                && p.meta.id != person
            {
                others.push(p.given_name);
            }
        }
        let needles = needles_of(&found).besides(others.iter().map(String::as_str));
        let mut plan = ErasePlan {
            person: found,
            links: Vec::new(),
            hits: Vec::new(),
        };
        let mut records = Vec::new();
        let mut owned = HashSet::new();
        let mut titles: HashMap<(Kind, Id), String> = HashMap::new();
        for kind in Kind::ALL {
            for item in self.tree(kind)?.iter() {
                let (_, bytes) = item.map_err(|e| self.sled_error(e))?;
                let Ok(record) = migrate::decode_record(kind, &bytes) else {
                    continue;
                };
                let id = record.id();
                // An assignment's own title is its role: name its facility.
                let title = match &record {
                    Record::Assignment(a) => titles
                        .get(&(Kind::Facility, a.facility))
                        .cloned()
                        .unwrap_or_else(|| record.title().to_string()),
                    _ => record.title().to_string(),
                };
                titles.insert((kind, id), title.clone());
                if kind == Kind::Person && id == person {
                    continue;
                }
                let links = personal::links(&record, person);
                let owns = links.iter().any(|(l, _)| l.owns());
                plan.links
                    .extend(links.iter().map(|(link, occurrence)| Linked {
                        kind,
                        id,
                        title: title.clone(),
                        link: *link,
                        occurrence: *occurrence,
                    }));
                let mut hits = 0;
                if !owns {
                    for (field, text) in personal::texts(&record) {
                        let place = Place::Record { kind, id, field };
                        hits += push_hits(&mut plan.hits, place, &title, &text, &needles, person);
                    }
                }
                if owns {
                    owned.insert((kind, id));
                }
                if owns || hits > 0 || !links.is_empty() {
                    records.push(record);
                }
            }
        }
        for item in t.audit.iter() {
            let (key, bytes) = item.map_err(|e| self.sled_error(e))?;
            let seq = audit::seq_of(&key).unwrap_or(0);
            let Ok(entry) = audit::decode(&bytes, seq) else {
                continue;
            };
            let (kind, id) = (entry.kind, entry.id);
            if (kind == Kind::Person && id == person)
                || owned.contains(&(kind, id))
                || entry.op == Some(this)
            {
                continue;
            }
            let title = titles
                .get(&(kind, id))
                .cloned()
                .unwrap_or_else(|| format!("#{id}"));
            for f in &entry.fields {
                for (after, text) in [(false, &f.before), (true, &f.after)] {
                    let place = Place::History {
                        kind,
                        id,
                        seq,
                        field: f.field.clone(),
                        after,
                    };
                    push_hits(&mut plan.hits, place, &title, text, &needles, person);
                }
            }
        }
        for item in t.ops.iter() {
            let (key, bytes) = item.map_err(|e| self.sled_error(e))?;
            let op = counters::be(&key);
            if op == this {
                continue;
            }
            if let Ok(entry) = codec::decode::<OpEntry>(&bytes) {
                let place = Place::Operation { op };
                push_hits(&mut plan.hits, place, "", &entry.summary, &needles, person);
            }
        }
        Ok(Scan {
            plan,
            needles,
            records,
            owned,
        })
    }

    /// The history rewritten by an erasure: other records' entries (their
    /// text by the confirmed hits, their kept values by `scrub`), the
    /// entries of what the person owned removed, this operation's entries
    /// already written in chunks scrubbed, and the log's summaries.
    fn rewrite_history(
        &self,
        op: &Op<'_>,
        person: Id,
        owned: &HashSet<(Kind, Id)>,
        scrub: &Scrub<'_>,
        confirmed: &mut dyn FnMut(&Place, &str) -> Vec<Span>,
    ) -> Result<Vec<Rewrite>, StoreError> {
        let t = self.trees()?;
        let mut out = Vec::new();
        for item in t.audit.iter() {
            let (key, bytes) = item.map_err(|e| self.sled_error(e))?;
            let seq = audit::seq_of(&key).unwrap_or(0);
            let Ok(mut entry) = audit::decode(&bytes, seq) else {
                continue;
            };
            let (kind, id) = (entry.kind, entry.id);
            if kind == Kind::Person && id == person {
                continue; // erased with the person's delete
            }
            if owned.contains(&(kind, id)) && entry.op != Some(op.id()) {
                out.push(Rewrite::Audit(key.to_vec(), None));
                out.push(Rewrite::Value(audit::value_key(seq, false), None));
                out.push(Rewrite::Value(audit::value_key(seq, true), None));
                if let Some(by) = entry.op {
                    out.push(Rewrite::OpEntry(op_entry_key(by, seq)));
                }
                continue;
            }
            if entry.op == Some(op.id()) {
                // Written in an earlier chunk of this operation.
                scrub_entry(&mut entry, owned.contains(&(kind, id)), scrub);
                out.push(Rewrite::Audit(key.to_vec(), Some(audit::encode(&entry))));
                out.push(Rewrite::Value(audit::value_key(seq, false), None));
                out.push(Rewrite::Value(audit::value_key(seq, true), None));
                continue;
            }
            let mut changed = false;
            for f in &mut entry.fields {
                for (after, text) in [(false, &mut f.before), (true, &mut f.after)] {
                    let place = Place::History {
                        kind,
                        id,
                        seq,
                        field: f.field.clone(),
                        after,
                    };
                    let spans = confirmed(&place, text);
                    if !spans.is_empty() {
                        *text = mention::replace(text, &spans, scrub.with);
                        changed = true;
                    }
                }
            }
            if changed {
                out.push(Rewrite::Audit(key.to_vec(), Some(audit::encode(&entry))));
            }
            for after in [false, true] {
                let value_key = audit::value_key(seq, after);
                let Some(bytes) = t.values.get(value_key).map_err(|e| self.sled_error(e))? else {
                    continue;
                };
                let Ok(mut record) = migrate::decode_record(kind, &bytes) else {
                    continue;
                };
                if scrub.record(&mut record) {
                    let bytes = crate::each_record!(&record, inner => codec::encode(inner));
                    out.push(Rewrite::Value(value_key, Some(bytes)));
                }
            }
        }
        for item in t.ops.iter() {
            let (key, bytes) = item.map_err(|e| self.sled_error(e))?;
            let id = counters::be(&key);
            if id == op.id() {
                continue;
            }
            let Ok(mut entry) = codec::decode::<OpEntry>(&bytes) else {
                continue;
            };
            let spans = confirmed(&Place::Operation { op: id }, &entry.summary);
            if !spans.is_empty() {
                entry.summary = mention::replace(&entry.summary, &spans, scrub.with);
                out.push(Rewrite::Op(id, codec::encode(&entry)));
            }
        }
        Ok(out)
    }
}

/// What marks `person` in text.
fn needles_of(person: &Person) -> Needles {
    Needles::new(
        &person.surname,
        &person.given_name,
        &person.email,
        &person.phone,
    )
}

/// Where `text` at `place` names `person`: free text by [`mention::find`];
/// the history's text of a reference to a person by the reference's id,
/// and of other fields not at all (another person's own name and e-mail
/// in their history are theirs); the log's summaries as free text.
fn spans_at(place: &Place, text: &str, needles: &Needles, person: Id) -> Vec<Span> {
    match place {
        Place::Record { .. } => mention::find(text, needles),
        Place::History { kind, field, .. } => match kind.field(field).map(|d| d.kind) {
            Some(FieldKind::Ref(Kind::Person) | FieldKind::Refs(Kind::Person)) => {
                mention::find_reference(text, person)
            }
            _ if personal::text_fields(*kind).contains(&field.as_str()) => {
                mention::find(text, needles)
            }
            _ => Vec::new(),
        },
        Place::Operation { .. } => mention::find(text, needles),
    }
}

/// Adds the hits of `text` at `place`; how many.
fn push_hits(
    out: &mut Vec<Hit>,
    place: Place,
    title: &str,
    text: &str,
    needles: &Needles,
    person: Id,
) -> usize {
    let spans = spans_at(&place, text, needles, person);
    for span in &spans {
        let (before, found, after) = mention::context(text, span, CONTEXT_WORDS);
        out.push(Hit {
            key: HitKey {
                place: place.clone(),
                start: span.start,
            },
            title: title.to_string(),
            mention: span.kind,
            before,
            text: found,
            after,
        });
    }
    spans.len()
}

/// Replaces every mention but the words the user kept.
struct Scrub<'a> {
    needles: &'a Needles,
    keep: &'a HashSet<String>,
    with: &'a str,
    person: Id,
}

impl Scrub<'_> {
    /// `text` at `place` with every mention not kept replaced; None when
    /// unchanged.
    fn text(&self, place: &Place, text: &str) -> Option<String> {
        let spans: Vec<Span> = spans_at(place, text, self.needles, self.person)
            .into_iter()
            .filter(|s| !self.keep.contains(&fold(&text[s.start..s.end])))
            .collect();
        (!spans.is_empty()).then(|| mention::replace(text, &spans, self.with))
    }

    /// Scrubs every text of `record`; whether anything changed.
    fn record(&self, record: &mut Record) -> bool {
        let (kind, id) = (record.kind(), record.id());
        let mut changed = false;
        for (field, text) in personal::texts_mut(record) {
            if let Some(new) = self.text(&Place::Record { kind, id, field }, text) {
                *text = new;
                changed = true;
            }
        }
        changed
    }
}

/// An entry this operation wrote, made to hold no personal data: its text
/// scrubbed, no values (so it cannot be turned back); an owned record's
/// deletion becomes an erasure.
fn scrub_entry(entry: &mut AuditEntry, owned: bool, scrub: &Scrub<'_>) {
    entry.values = false;
    if owned {
        entry.change = Change::Erased;
        entry.fields.clear();
        return;
    }
    for f in &mut entry.fields {
        for (after, text) in [(false, &mut f.before), (true, &mut f.after)] {
            let place = Place::History {
                kind: entry.kind,
                id: entry.id,
                seq: entry.seq,
                field: f.field.clone(),
                after,
            };
            if let Some(new) = scrub.text(&place, text) {
                *text = new;
            }
        }
    }
}

#[cfg(test)]
mod tests;
