//! The backup file: everything in one file of JSON lines, independent of
//! sled and bincode (sled 0.34.7 is its last release, so our own format is
//! the long-term one).
//!
//! The first line is a header (file version, record format version, when,
//! the id counters); then every record, every history entry with the typed
//! record before and after, every operation and which entries it wrote; the
//! last line holds the number of lines before it and their CRC-32, so a file
//! cut short or changed is refused before anything is swapped in.

use super::crc::Crc32;
use super::ops::{OpEntry, OpKind, OpState};
use super::write::{op_entry_key, op_entry_value};
use super::{Counters, Store, StoreError, audit, codec, counters, index, migrate};
use crate::domain::{Id, Kind, Record, Timestamp};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Read, Write};

/// The version of the backup file layout.
pub const BACKUP_VERSION: u32 = 1;

/// The longest line read back (a record is at most 100 KiB encoded; its
/// JSON with escapes and both sides of an entry stays well under this).
const LINE_LIMIT: u64 = 8 * 1024 * 1024;

/// One line of the file.
#[expect(
    clippy::large_enum_variant,
    reason = "one line at a time; boxing would change nothing in the file"
)]
#[derive(Debug, Serialize, Deserialize)]
pub enum Line {
    /// The first line.
    Header {
        /// [`BACKUP_VERSION`].
        backup: u32,
        /// The record format version of the writing binary.
        format: u8,
        /// When it was written.
        created: Timestamp,
        /// The id counters.
        counters: Counters,
    },
    /// A record.
    Record(Record),
    /// A history entry with the record before and after, when kept.
    Entry {
        /// Its sequence number.
        seq: u64,
        /// The entry.
        entry: audit::AuditEntry,
        /// The record before the change.
        before: Option<Record>,
        /// The record after it.
        after: Option<Record>,
    },
    /// An operation of the log.
    Op {
        /// Its id.
        id: u64,
        /// Its entry.
        op: OpEntry,
    },
    /// An audit entry written by an operation.
    Link {
        /// The operation.
        op: u64,
        /// The entry's sequence number.
        seq: u64,
        /// The record's kind.
        kind: Kind,
        /// The record's id.
        id: Id,
    },
    /// The last line: how many lines came before and their checksum.
    End {
        /// Lines before this one.
        lines: u64,
        /// CRC-32 of their bytes.
        crc32: u32,
    },
}

/// What a backup or restore held.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Records.
    pub records: u64,
    /// History entries.
    pub entries: u64,
    /// Operations.
    pub ops: u64,
    /// Values left out because they could not be read.
    pub unreadable: u64,
}

/// Writes lines, counting them and their checksum.
struct Out<'w> {
    w: &'w mut dyn Write,
    crc: Crc32,
    lines: u64,
}

impl Out<'_> {
    fn line(&mut self, line: &Line) -> std::io::Result<()> {
        let mut bytes = serde_json::to_vec(line).map_err(std::io::Error::other)?;
        bytes.push(b'\n');
        self.crc.update(&bytes);
        self.lines += 1;
        self.w.write_all(&bytes)
    }
}

impl Store {
    /// Writes a backup of everything to `w`, holding off writers meanwhile
    /// so the copy is of one moment.
    pub fn backup(&self, w: &mut dyn Write, now: Timestamp) -> Result<Tally, StoreError> {
        let t = self.trees()?;
        let _read = self.visible.read().unwrap_or_else(|p| p.into_inner());
        let io = |source| StoreError::Io {
            path: "the backup".into(),
            source,
        };
        let mut out = Out {
            w,
            crc: Crc32::default(),
            lines: 0,
        };
        let mut tally = Tally::default();
        let counters = self.counters();
        out.line(&Line::Header {
            backup: BACKUP_VERSION,
            format: codec::FORMAT_VERSION,
            created: now,
            counters,
        })
        .map_err(io)?;
        for kind in Kind::ALL {
            for item in self.tree(kind)?.iter() {
                let (key, value) = item.map_err(|e| self.sled_error(e))?;
                match migrate::decode_record(kind, &value) {
                    Ok(record) => {
                        out.line(&Line::Record(record)).map_err(io)?;
                        tally.records += 1;
                    }
                    Err(e) => {
                        self.note_unreadable(super::describe(kind, &key), &e);
                        tally.unreadable += 1;
                    }
                }
            }
        }
        for item in t.audit.iter() {
            let (key, value) = item.map_err(|e| self.sled_error(e))?;
            let seq = audit::seq_of(&key).unwrap_or(0);
            let Ok(entry) = audit::decode(&value, seq) else {
                tally.unreadable += 1;
                continue;
            };
            let side = |after| {
                t.values
                    .get(audit::value_key(seq, after))
                    .ok()
                    .flatten()
                    .and_then(|v| migrate::decode_record(entry.kind, &v).ok())
            };
            let (before, after) = (side(false), side(true));
            out.line(&Line::Entry {
                seq,
                entry,
                before,
                after,
            })
            .map_err(io)?;
            tally.entries += 1;
        }
        for item in t.ops.iter() {
            let (key, value) = item.map_err(|e| self.sled_error(e))?;
            let Ok(op) = codec::decode::<OpEntry>(&value) else {
                tally.unreadable += 1;
                continue;
            };
            out.line(&Line::Op {
                id: counters::be(&key),
                op,
            })
            .map_err(io)?;
            tally.ops += 1;
        }
        for item in t.op_entries.iter() {
            let (key, value) = item.map_err(|e| self.sled_error(e))?;
            let Some(kind) = value.first().and_then(|t| Kind::from_tag(*t)) else {
                continue;
            };
            out.line(&Line::Link {
                op: counters::be(&key),
                seq: counters::be(key.get(8..).unwrap_or_default()),
                kind,
                id: counters::be(value.get(1..).unwrap_or_default()),
            })
            .map_err(io)?;
        }
        let end = Line::End {
            lines: out.lines,
            crc32: out.crc.value(),
        };
        out.line(&end).map_err(io)?;
        out.w.flush().map_err(io)?;
        Ok(tally)
    }

    /// Fills this store, which must be new and empty, from a backup read
    /// from `r`, as `who` at `now`. A file that is cut short, changed or of a
    /// newer version is refused with the line where it went wrong; the
    /// caller then throws this store's directory away.
    pub fn restore_from(
        &self,
        r: &mut dyn BufRead,
        who: &str,
        now: Timestamp,
    ) -> Result<Tally, StoreError> {
        let mut counters = *self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let mut tally = Tally::default();
        let mut crc = Crc32::default();
        let mut number = 0u64;
        let mut batches = Batches::default();
        let mut ended = false;
        // The record format of the file, from its header.
        let mut format = codec::FORMAT_VERSION;
        loop {
            let mut bytes = Vec::new();
            let read = (&mut *r)
                .take(LINE_LIMIT)
                .read_until(b'\n', &mut bytes)
                .map_err(|source| bad(number + 1, source.to_string()))?;
            if read == 0 {
                break;
            }
            number += 1;
            if ended {
                return Err(bad(number, "lines after the end".into()));
            }
            let line: Line = if format < codec::FORMAT_VERSION && number > 1 {
                older_line(&bytes, format)
            } else {
                serde_json::from_slice(&bytes)
            }
            .map_err(|e| bad(number, format!("not a backup line ({e})")))?;
            if let Line::Header { format: f, .. } = &line {
                format = *f;
            }
            if let Line::End { lines, crc32 } = line {
                if lines != number - 1 || crc32 != crc.value() {
                    return Err(bad(
                        number,
                        "the checksum does not match: the file was changed or damaged".into(),
                    ));
                }
                ended = true;
                continue;
            }
            crc.update(&bytes);
            self.restore_line(number, line, &mut counters, &mut tally, &mut batches)?;
            if batches.len >= 1000 {
                if number <= 1001 {
                    super::ops::trace(0, "writing");
                }
                batches.apply(self)?;
                super::ops::pause();
            }
        }
        if !ended {
            return Err(bad(number, "the file ends early: it was cut short".into()));
        }
        let op = counters.take_op();
        let entry = OpEntry {
            at: now,
            who: who.to_string(),
            kind: OpKind::Restore,
            summary: format!("restored {} records from a backup", tally.records),
            state: OpState::Committed,
            entries: 0,
        };
        batches.ops.insert(&op.to_be_bytes(), codec::encode(&entry));
        batches.meta.insert(counters::KEY, counters.encode());
        batches.apply(self)?;
        *self.writer.lock().unwrap_or_else(|p| p.into_inner()) = counters;
        self.sync()?;
        Ok(tally)
    }

    fn restore_line(
        &self,
        number: u64,
        line: Line,
        counters: &mut Counters,
        tally: &mut Tally,
        b: &mut Batches,
    ) -> Result<(), StoreError> {
        let above = |n: u64| n.saturating_add(1);
        match line {
            Line::Header {
                backup,
                format,
                counters: c,
                ..
            } => {
                if number != 1 || backup > BACKUP_VERSION || format > codec::FORMAT_VERSION {
                    return Err(bad(
                        number,
                        format!(
                            "a header of backup version {backup}, format {format}, which this spojka does not read"
                        ),
                    ));
                }
                *counters = counters.at_least(c);
            }
            _ if number == 1 => return Err(bad(1, "no header: not a spojka backup".into())),
            Line::Record(record) => {
                let (kind, id) = (record.kind(), record.id());
                counters.next_id = counters.next_id.max(above(id));
                let value = crate::each_record!(&record, inner => codec::encode(inner));
                b.kinds[position(kind)].insert(&id.to_be_bytes(), value);
                for key in index::keys_of(&record) {
                    b.index.insert(key, &[]);
                }
                tally.records += 1;
            }
            Line::Entry {
                seq,
                entry,
                before,
                after,
            } => {
                counters.next_seq = counters.next_seq.max(above(seq));
                counters.next_id = counters.next_id.max(above(entry.id));
                let key = audit::key(entry.kind, entry.id, seq);
                b.audit.insert(key, audit::encode(&entry));
                for (side, record) in [(false, before), (true, after)] {
                    if let Some(record) = record {
                        let value = crate::each_record!(&record, inner => codec::encode(inner));
                        b.values.insert(&audit::value_key(seq, side), value);
                    }
                }
                tally.entries += 1;
            }
            Line::Op { id, op } => {
                counters.next_op = counters.next_op.max(above(id));
                b.ops.insert(&id.to_be_bytes(), codec::encode(&op));
                tally.ops += 1;
            }
            Line::Link { op, seq, kind, id } => {
                b.op_entries
                    .insert(&op_entry_key(op, seq), &op_entry_value(kind, id));
            }
            Line::End { .. } => {}
        }
        b.len += 1;
        Ok(())
    }
}

/// Writes waiting for the next batch, per tree.
#[derive(Default)]
struct Batches {
    kinds: [sled::Batch; 7],
    index: sled::Batch,
    audit: sled::Batch,
    values: sled::Batch,
    ops: sled::Batch,
    op_entries: sled::Batch,
    meta: sled::Batch,
    len: usize,
}

impl Batches {
    fn apply(&mut self, store: &Store) -> Result<(), StoreError> {
        let taken = std::mem::take(self);
        let e = |e| store.sled_error(e);
        let t = store.trees()?;
        for (tree, batch) in t.kinds.iter().zip(taken.kinds) {
            tree.apply_batch(batch).map_err(e)?;
        }
        t.index.apply_batch(taken.index).map_err(e)?;
        t.audit.apply_batch(taken.audit).map_err(e)?;
        t.values.apply_batch(taken.values).map_err(e)?;
        t.ops.apply_batch(taken.ops).map_err(e)?;
        t.op_entries.apply_batch(taken.op_entries).map_err(e)?;
        t.meta.apply_batch(taken.meta).map_err(e)
    }
}

/// A line of a backup written at an older record `format`: the records in
/// it are brought to today's layouts ([`migrate::upgrade_json`]), as
/// [`migrate`] reads stored ones.
fn older_line(bytes: &[u8], format: u8) -> Result<Line, serde_json::Error> {
    let mut line: serde_json::Value = serde_json::from_slice(bytes)?;
    let records: Vec<&mut serde_json::Value> = line
        .as_object_mut()
        .into_iter()
        .flat_map(|object| object.iter_mut())
        .flat_map(|(key, value)| match key.as_str() {
            "Record" => vec![value],
            "Entry" => value
                .as_object_mut()
                .into_iter()
                .flat_map(|entry| entry.iter_mut())
                .filter(|(side, _)| *side == "before" || *side == "after")
                .map(|(_, record)| record)
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    for record in records {
        migrate::upgrade_json(record, format)?;
    }
    serde_json::from_value(line)
}

fn position(kind: Kind) -> usize {
    Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

fn bad(line: u64, reason: String) -> StoreError {
    StoreError::BadBackup { line, reason }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Person;
    use crate::sample;

    /// A line as serde writes it, with every person in it put back into
    /// the shape formats 1 and 2 had: one whole `name`.
    fn as_format_2(line: &Line, name: &str) -> String {
        let mut value = serde_json::to_value(line).expect("json");
        let mut people: Vec<&mut serde_json::Value> = Vec::new();
        for (key, inner) in value.as_object_mut().expect("an object").iter_mut() {
            match (key.as_str(), inner.as_object_mut()) {
                ("Record", Some(record)) => people.extend(record.get_mut("Person")),
                ("Entry", Some(entry)) => {
                    for (side, record) in entry.iter_mut() {
                        if side == "before" || side == "after" {
                            people.extend(record.get_mut("Person"));
                        }
                    }
                }
                _ => {}
            }
        }
        for person in people {
            let object = person.as_object_mut().expect("an object");
            for field in ["title_before", "given_name", "surname", "title_after"] {
                object.remove(field);
            }
            object.insert("name".into(), name.into());
        }
        let mut text = value.to_string();
        text.push('\n');
        text
    }

    #[test]
    fn a_backup_of_format_2_restores_people_with_their_names_split() {
        let mut person = sample::person("x", None);
        person.meta.id = 5;
        let record: Record = person.into();
        let entry = audit::AuditEntry {
            at: sample::epoch(),
            who: "jana".into(),
            kind: Kind::Person,
            id: 5,
            change: audit::Change::Created,
            fields: Vec::new(),
            op: None,
            values: true,
            seq: 1,
        };
        let name = "doc. MUDr. Karel Dvořák, CSc.";
        let lines = [
            Line::Header {
                backup: BACKUP_VERSION,
                format: 2,
                created: sample::epoch(),
                counters: Counters::default(),
            },
            Line::Record(record.clone()),
            Line::Entry {
                seq: 1,
                entry,
                before: None,
                after: Some(record),
            },
        ];
        let mut file = String::new();
        let mut crc = Crc32::default();
        for line in &lines {
            let text = match line {
                Line::Header { .. } => format!("{}\n", serde_json::to_string(line).expect("json")),
                _ => as_format_2(line, name),
            };
            crc.update(text.as_bytes());
            file.push_str(&text);
        }
        let end = Line::End {
            lines: lines.len() as u64,
            crc32: crc.value(),
        };
        file.push_str(&serde_json::to_string(&end).expect("json"));
        file.push('\n');
        assert!(file.contains(r#""name":"doc. MUDr. Karel Dvořák, CSc.""#));

        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let tally = store
            .restore_from(&mut file.as_bytes(), "c", sample::epoch())
            .expect("restores");
        assert_eq!((tally.records, tally.entries), (1, 1));
        let people: Vec<Person> = store.all().expect("read");
        let split = |p: &Person| {
            (
                p.title_before.clone(),
                p.given_name.clone(),
                p.surname.clone(),
                p.title_after.clone(),
            )
        };
        let want = (
            "doc. MUDr.".to_string(),
            "Karel".to_string(),
            "Dvořák".to_string(),
            "CSc.".to_string(),
        );
        assert_eq!(
            people.iter().map(split).collect::<Vec<_>>(),
            vec![want.clone()]
        );
        let Some(Record::Person(after)) = store
            .trees()
            .expect("handles")
            .values
            .get(audit::value_key(1, true))
            .expect("read")
            .and_then(|v| migrate::decode_record(Kind::Person, &v).ok())
        else {
            panic!("the entry's record after the change")
        };
        assert_eq!(split(&after), want);
    }

    #[test]
    fn a_backup_of_format_3_restores_moved_occurrences_as_overrides() {
        use crate::domain::Meeting;
        use crate::domain::recurrence::{Override, Recurrence};
        let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 3, d).expect("a date");
        let mut series = sample::meeting("Týdenní program", None, sample::at(2026, 3, 3, 10, 0));
        series.meta.id = 8;
        let mut recurrence = Recurrence::new("FREQ=WEEKLY;COUNT=4");
        recurrence.overrides.push(Override::moved(
            day(10),
            sample::at(2026, 3, 12, 13, 0),
            sample::at(2026, 3, 12, 14, 0),
        ));
        series.recurrence = Some(Box::new(recurrence));
        let header = Line::Header {
            backup: BACKUP_VERSION,
            format: 3,
            created: sample::epoch(),
            counters: Counters::default(),
        };
        // Format 3 called the overrides `moved`, and they had no details.
        let record = serde_json::to_string(&Line::Record(series.clone().into()))
            .expect("json")
            .replace(r#""overrides""#, r#""moved""#)
            .replace(r#","details":null"#, "");
        assert!(
            record.contains(r#""moved":[{"original":"2026-03-10""#),
            "{record}"
        );
        let mut file = String::new();
        let mut crc = Crc32::default();
        for text in [
            format!("{}\n", serde_json::to_string(&header).expect("json")),
            format!("{record}\n"),
        ] {
            crc.update(text.as_bytes());
            file.push_str(&text);
        }
        let end = Line::End {
            lines: 2,
            crc32: crc.value(),
        };
        file.push_str(&serde_json::to_string(&end).expect("json"));
        file.push('\n');
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        store
            .restore_from(&mut file.as_bytes(), "c", sample::epoch())
            .expect("restores");
        let meetings: Vec<Meeting> = store.all().expect("read");
        assert_eq!(meetings, vec![series]);
    }

    /// A backup of format 4: assignments with a free-text role, facilities
    /// without a coordinator. It restores with the roles read from the text.
    #[test]
    fn a_backup_of_format_4_restores_assignments_with_their_roles_chosen() {
        let mut facility = sample::facility("Věznice Plzeň", crate::domain::Region::Plzensky);
        facility.meta.id = 1;
        let mut chaplain = sample::assignment(5, 1);
        chaplain.meta.id = 6;
        let mut other = sample::assignment(5, 1);
        other.meta.id = 7;
        let as_v4 = |record: Record, role: &str| {
            let mut value = serde_json::to_value(Line::Record(record)).expect("json");
            let inner = &mut value["Record"];
            if let Some(a) = inner.get_mut("Assignment").and_then(|a| a.as_object_mut()) {
                a.remove("role_note");
                a.insert("role".into(), role.into());
            }
            if let Some(f) = inner.get_mut("Facility").and_then(|f| f.as_object_mut()) {
                f.remove("coordinator");
            }
            format!("{value}\n")
        };
        let header = Line::Header {
            backup: BACKUP_VERSION,
            format: 4,
            created: sample::epoch(),
            counters: Counters::default(),
        };
        let body = [
            format!("{}\n", serde_json::to_string(&header).expect("json")),
            as_v4(facility.into(), ""),
            as_v4(chaplain.into(), "Kaplanka"),
            as_v4(other.into(), "ředitelka věznice"),
        ];
        let mut file = String::new();
        let mut crc = Crc32::default();
        for line in &body {
            crc.update(line.as_bytes());
            file.push_str(line);
        }
        assert!(file.contains(r#""role":"Kaplanka""#) && !file.contains("coordinator"));
        let end = Line::End {
            lines: body.len() as u64,
            crc32: crc.value(),
        };
        file.push_str(&serde_json::to_string(&end).expect("json"));
        file.push('\n');
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let tally = store
            .restore_from(&mut file.as_bytes(), "c", sample::epoch())
            .expect("restores");
        assert_eq!(tally.records, 3);
        let roles: Vec<(crate::domain::AssignmentRole, String)> = store
            .all::<crate::domain::Assignment>()
            .expect("read")
            .into_iter()
            .map(|a| (a.role, a.role_note))
            .collect();
        assert_eq!(
            roles,
            vec![
                (crate::domain::AssignmentRole::Chaplain, String::new()),
                (
                    crate::domain::AssignmentRole::Other,
                    "ředitelka věznice".to_string()
                ),
            ]
        );
        let facilities: Vec<crate::domain::Facility> = store.all().expect("read");
        assert_eq!(facilities.len(), 1);
        assert_eq!(facilities[0].coordinator, None);
    }
}
