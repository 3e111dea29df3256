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
        // Records that could not be read leave the index nothing to be
        // compared with: it would look stale, and a repair would drop the
        // keys of records that are there.
        let mut records_unread = false;
        for kind in Kind::ALL {
            let tree = self.tree(kind)?;
            for item in tree.iter() {
                let Some((key, value)) = readable(item, kind.plural(), &mut report) else {
                    records_unread = true;
                    break;
                };
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
                    match self.tree(to_kind)?.contains_key(to.to_be_bytes()) {
                        Ok(true) => {}
                        Ok(false) => report.problems.push(format!(
                            "{what} refers to {} #{to}, which does not exist",
                            to_kind.plural()
                        )),
                        Err(err) => report.problems.push(format!(
                            "{what} refers to {} #{to}, which cannot be read ({err})",
                            to_kind.plural()
                        )),
                    }
                }
                expected.extend(index::keys_of(&record));
            }
        }
        let mut stale = Vec::new();
        if records_unread {
            report.problems.push(
                "the index was not compared with the records, since not every record could be read"
                    .to_string(),
            );
            expected.clear();
        }
        for item in t.index.iter().take_while(|_| !records_unread) {
            let Some((key, _)) = readable(item, "index", &mut report) else {
                break;
            };
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
            let Some((key, value)) = readable(item, "audit", &mut report) else {
                break;
            };
            let seq = audit::seq_of(&key).unwrap_or(0);
            top_seq = top_seq.max(seq);
            top_id = top_id.max(key.get(1..9).map(counters::be).unwrap_or(0));
            match audit::decode(&value, seq) {
                Ok(entry) => {
                    report.entries += 1;
                    for after in [false, true] {
                        let vkey = audit::value_key(seq, after);
                        let kept = t.values.get(vkey).unwrap_or_else(|err| {
                            report.problems.push(format!(
                                "the value kept with history entry {seq} cannot be read ({err})"
                            ));
                            None
                        });
                        if let Some(v) = kept
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
            let Some((key, value)) = readable(item, "ops", &mut report) else {
                break;
            };
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
        // Every other tree (the trees above read again are cheap to skip
        // past): a backup reads them all, so a check that passes must too.
        let checked = ["index", "audit", "ops"];
        for name in t.db.tree_names() {
            let name_text = String::from_utf8_lossy(&name).into_owned();
            let is_kind = Kind::ALL.iter().any(|k| k.plural() == name_text);
            if is_kind || checked.contains(&name_text.as_str()) {
                continue;
            }
            let tree = t.db.open_tree(&name).map_err(e)?;
            for item in tree.iter() {
                if readable(item, &name_text, &mut report).is_none() {
                    break;
                }
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

/// One key and value read, or the problem noted: sled's iterator cannot go
/// on past damaged data, so the rest of that tree is left unchecked (and
/// said so) and the check goes on with the next one.
fn readable(
    item: sled::Result<(sled::IVec, sled::IVec)>,
    tree: &str,
    report: &mut CheckReport,
) -> Option<(sled::IVec, sled::IVec)> {
    match item {
        Ok(pair) => Some(pair),
        Err(err) => {
            report.problems.push(format!(
                "{tree}: not everything can be read ({err}); the rest of it was not checked, and a backup made before the damage is the way back"
            ));
            None
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_data_is_a_problem_noted_and_the_tree_left_not_a_failed_check() {
        let mut report = CheckReport::default();
        let damaged = Err(sled::Error::Corruption { at: None, bt: () });
        assert!(readable(damaged, "meetings", &mut report).is_none());
        assert_eq!(report.problems.len(), 1);
        assert!(report.problems[0].starts_with("meetings: not everything can be read"));
        let fine = Ok((sled::IVec::from(&b"k"[..]), sled::IVec::from(&b"v"[..])));
        assert!(readable(fine, "meetings", &mut report).is_some());
        assert_eq!(report.problems.len(), 1);
    }

    #[test]
    fn a_sound_database_checks_every_tree_without_a_problem() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(&dir.path().join("db")).expect("open");
        store
            .save(
                crate::sample::organisation("Charita").into(),
                "t",
                crate::sample::epoch(),
            )
            .expect("save");
        let report = store.check(false).expect("check");
        assert_eq!(report.problems, Vec::<String>::new());
        assert_eq!(report.records, 1);
    }
}
