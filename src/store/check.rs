//! `spojka check`: every record, index key, history entry and operation
//! read and compared, each inconsistency said in plain words; with
//! quarantine, unreadable values moved into the `quarantine` tree (the
//! caller also writes them to a file beside the database) and the index
//! rebuilt where it disagrees with the records, so the rest opens.

use super::ops::{OpEntry, OpState, PENDING};
use super::{Store, StoreError, audit, codec, counters, describe, index, limits, migrate};
use crate::domain::Kind;
use std::collections::HashSet;

/// A value moved out of the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    /// The tree it was in.
    pub tree: String,
    /// Its key.
    pub key: Vec<u8>,
    /// Its bytes.
    pub value: Vec<u8>,
    /// Why it could not be read.
    pub reason: String,
}

/// What a check found.
#[derive(Debug, Clone, Default)]
pub struct CheckReport {
    /// Records read.
    pub records: u64,
    /// History entries read.
    pub entries: u64,
    /// Operations read.
    pub ops: u64,
    /// Each inconsistency, in words.
    pub problems: Vec<String>,
    /// What quarantine moved.
    pub quarantined: Vec<Quarantined>,
    /// Index keys added or removed by quarantine's repair.
    pub index_repaired: u64,
}

impl Store {
    /// Checks everything; with `quarantine`, also moves unreadable values
    /// away and repairs the index.
    pub fn check(&self, quarantine: bool) -> Result<CheckReport, StoreError> {
        let t = self.trees()?;
        let _guard = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let _write = self.visible.write().unwrap_or_else(|p| p.into_inner());
        let e = |e| self.sled_error(e);
        let mut report = CheckReport::default();
        let mut bad: Vec<(sled::Tree, String, Quarantined)> = Vec::new();
        let mut expected: HashSet<Vec<u8>> = HashSet::new();
        let (mut top_id, mut top_seq, mut top_op) = (0u64, 0u64, 0u64);
        for kind in Kind::ALL {
            let tree = self.tree(kind)?;
            for item in tree.iter() {
                let (key, value) = item.map_err(e)?;
                let what = describe(kind, &key);
                top_id = top_id.max(counters::be(&key));
                let record = match migrate::decode_record(kind, &value) {
                    Ok(record) => record,
                    Err(err) => {
                        report
                            .problems
                            .push(format!("{what} cannot be read: {err}"));
                        bad.push((
                            tree.clone(),
                            what,
                            quarantined(kind.plural(), &key, &value, &err),
                        ));
                        continue;
                    }
                };
                report.records += 1;
                if record.id() != counters::be(&key) {
                    report
                        .problems
                        .push(format!("{what} holds a record with id {}", record.id()));
                }
                if value.len() > limits::VALUE_LIMIT {
                    report.problems.push(format!(
                        "{what} is larger ({} bytes) than spojka now stores",
                        value.len()
                    ));
                }
                for (to_kind, to) in record.references() {
                    if !self
                        .tree(to_kind)?
                        .contains_key(to.to_be_bytes())
                        .map_err(e)?
                    {
                        report.problems.push(format!(
                            "{what} refers to {} #{to}, which does not exist",
                            to_kind.plural()
                        ));
                    }
                }
                expected.extend(index::keys_of(&record));
            }
        }
        let mut stale = Vec::new();
        for key in t.index.iter().keys() {
            let key = key.map_err(e)?;
            // The markers that say a kind of key is complete belong to no record.
            if index::is_marker(&key) {
                continue;
            }
            if !expected.remove(key.as_ref()) {
                stale.push(key);
            }
        }
        if !stale.is_empty() {
            report.problems.push(format!(
                "the index has {} entries for records that are not stored as it says",
                stale.len()
            ));
        }
        if !expected.is_empty() {
            report.problems.push(format!(
                "the index lacks {} entries of stored records",
                expected.len()
            ));
        }
        for item in t.audit.iter() {
            let (key, value) = item.map_err(e)?;
            let seq = audit::seq_of(&key).unwrap_or(0);
            top_seq = top_seq.max(seq);
            top_id = top_id.max(key.get(1..9).map(counters::be).unwrap_or(0));
            match audit::decode(&value, seq) {
                Ok(entry) => {
                    report.entries += 1;
                    for after in [false, true] {
                        let vkey = audit::value_key(seq, after);
                        if let Some(v) = t.values.get(vkey).map_err(e)?
                            && let Err(err) = migrate::decode_record(entry.kind, &v)
                        {
                            let what = format!("the value kept with history entry {seq}");
                            report
                                .problems
                                .push(format!("{what} cannot be read: {err}"));
                            bad.push((
                                t.values.clone(),
                                what,
                                quarantined("audit_values", &vkey, &v, &err),
                            ));
                        }
                    }
                }
                Err(err) => {
                    let what = format!("history entry {seq}");
                    report
                        .problems
                        .push(format!("{what} cannot be read: {err}"));
                    bad.push((
                        t.audit.clone(),
                        what,
                        quarantined("audit", &key, &value, &err),
                    ));
                }
            }
        }
        for item in t.ops.iter() {
            let (key, value) = item.map_err(e)?;
            let op = counters::be(&key);
            top_op = top_op.max(op);
            match codec::decode::<OpEntry>(&value) {
                Ok(entry) if entry.state == OpState::Pending => {
                    let marked = self
                        .trees()?
                        .meta
                        .contains_key([PENDING, &op.to_be_bytes()].concat())
                        .map_err(e)?;
                    if !marked {
                        report.problems.push(format!(
                            "operation #{op} ({}) is logged as under way but not marked so",
                            entry.summary
                        ));
                    }
                    report.ops += 1;
                }
                Ok(_) => report.ops += 1,
                Err(err) => report
                    .problems
                    .push(format!("operation #{op} cannot be read: {err}")),
            }
        }
        let c = *_guard;
        if c.next_id <= top_id || c.next_seq <= top_seq || c.next_op <= top_op {
            report.problems.push(format!("the id counters ({}, {}, {}) are not above the highest ids in use ({top_id}, {top_seq}, {top_op})", c.next_id, c.next_seq, c.next_op));
        }
        if quarantine {
            for (tree, _, q) in &bad {
                let mut qkey = vec![q.tree.len() as u8];
                qkey.extend_from_slice(q.tree.as_bytes());
                qkey.extend_from_slice(&q.key);
                t.quarantine.insert(qkey, q.value.as_slice()).map_err(e)?;
                tree.remove(&q.key).map_err(e)?;
            }
            for key in &stale {
                t.index.remove(key).map_err(e)?;
            }
            for key in &expected {
                t.index.insert(key.as_slice(), &[]).map_err(e)?;
            }
            report.index_repaired = (stale.len() + expected.len()) as u64;
            report.quarantined = bad.into_iter().map(|(_, _, q)| q).collect();
            self.sync()?;
        }
        Ok(report)
    }
}

fn quarantined(
    tree: &str,
    key: &[u8],
    value: &[u8],
    reason: &dyn std::fmt::Display,
) -> Quarantined {
    Quarantined {
        tree: tree.to_string(),
        key: key.to_vec(),
        value: value.to_vec(),
        reason: reason.to_string(),
    }
}
