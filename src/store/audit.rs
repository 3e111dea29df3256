//! The audit trail: who changed what, when, field by field.
//!
//! An entry keeps the change twice: as text per field for people to read
//! (`fields`, cut to [`SHOWN_LIMIT`] per side), and as the record's encoded
//! value before and after, in the `audit_values` tree under the entry's
//! sequence number, so that it can be turned back (a rollback, an undo).
//! Entries written before operations existed (envelope versions 1 and 2)
//! have text only: they read as they always did and are not revertible.

pub mod events;

use super::codec::{self, DecodeError};
use crate::domain::{FieldDef, FieldValue, Id, Kind, Record, Timestamp};
use serde::{Deserialize, Serialize};

/// The envelope version of audit entries written now: 3 added the operation
/// id and the typed values (versions 1 and 2 wrote [`EntryV2`]).
pub const ENTRY_VERSION: u8 = 3;

/// The most text one side of a field change keeps for reading; the typed
/// values hold the whole of it.
pub const SHOWN_LIMIT: usize = 2048;

/// What happened to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    /// First saved.
    Created,
    /// Saved again with changes.
    Updated,
    /// Deleted for good.
    Deleted,
    /// Deleted, and its earlier history erased because it held personal data.
    Erased,
}

/// One field's value before and after, as plain text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    /// The field's stable id (`name`, `archived`, …).
    pub field: String,
    /// Text before the change (empty for a new record).
    pub before: String,
    /// Text after the change (empty when deleted).
    pub after: String,
}

/// One entry of the trail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// When.
    pub at: Timestamp,
    /// Who: the OS user for now, later the SSH user.
    pub who: String,
    /// Which kind of record.
    pub kind: Kind,
    /// Which record.
    pub id: Id,
    /// What happened.
    pub change: Change,
    /// Fields that changed.
    pub fields: Vec<FieldChange>,
    /// The operation that wrote it; None for entries from before operations.
    pub op: Option<u64>,
    /// Whether the record's values before and after are kept (in the
    /// `audit_values` tree): false for old entries and for erasures.
    pub values: bool,
    /// Its sequence number, from its key (not part of the stored value).
    #[serde(skip)]
    pub seq: u64,
}

impl AuditEntry {
    /// Whether the change can be turned back from what the entry keeps.
    pub fn revertible(&self) -> bool {
        self.op.is_some() && self.values
    }
}

/// An audit entry as envelope versions 1 and 2 stored it: text only.
#[derive(Deserialize)]
struct EntryV2 {
    at: Timestamp,
    who: String,
    kind: Kind,
    id: Id,
    change: Change,
    fields: Vec<FieldChange>,
}

/// Reads an audit entry of any version; `seq` comes from its key.
pub fn decode(bytes: &[u8], seq: u64) -> Result<AuditEntry, DecodeError> {
    let mut entry: AuditEntry = codec::decode_up_to(bytes, ENTRY_VERSION, |version, payload| {
        (version < ENTRY_VERSION).then(|| {
            codec::payload_of::<EntryV2>(payload).map(|v2| AuditEntry {
                at: v2.at,
                who: v2.who,
                kind: v2.kind,
                id: v2.id,
                change: v2.change,
                fields: v2.fields,
                op: None,
                values: false,
                seq: 0,
            })
        })
    })?;
    entry.seq = seq;
    Ok(entry)
}

/// Writes an audit entry in today's envelope.
pub fn encode(entry: &AuditEntry) -> Vec<u8> {
    codec::encode_as(ENTRY_VERSION, entry)
}

/// The sequence number at the end of an audit key.
pub fn seq_of(key: &[u8]) -> Option<u64> {
    Some(u64::from_be_bytes(key.get(9..17)?.try_into().ok()?))
}

/// The key of an entry's value before (`after` false) or after the change.
pub fn value_key(seq: u64, after: bool) -> [u8; 9] {
    let mut key = [0u8; 9];
    key[..8].copy_from_slice(&seq.to_be_bytes());
    key[8] = u8::from(after);
    key
}

/// `text` cut to `limit` bytes at a character boundary, marked with "…".
pub fn cut(text: String, limit: usize) -> String {
    if text.len() <= limit {
        return text;
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

/// The audit key prefix of one record: `[kind][id]`.
pub fn prefix(kind: Kind, id: Id) -> Vec<u8> {
    let mut key = Vec::with_capacity(17);
    key.push(kind.tag());
    key.extend_from_slice(&id.to_be_bytes());
    key
}

/// The key of one entry: the record's prefix and a sequence number, so entries
/// of a record list in the order they were written.
pub fn key(kind: Kind, id: Id, seq: u64) -> Vec<u8> {
    let mut key = prefix(kind, id);
    key.extend_from_slice(&seq.to_be_bytes());
    key
}

/// The fields that differ between two versions of a record (either may be
/// absent), with references and choices as plain text through `plain`.
pub fn diff(
    before: Option<&Record>,
    after: Option<&Record>,
    plain: &dyn Fn(&FieldDef, &FieldValue) -> String,
) -> Vec<FieldChange> {
    let Some(kind) = before.or(after).map(Record::kind) else {
        return Vec::new();
    };
    let old = before.map(Record::values);
    let new = after.map(Record::values);
    let mut changes = Vec::new();
    // Both sides' values stand in the kind's field order.
    let text = |values: &Option<Vec<FieldValue>>, at: usize, def: &FieldDef| {
        values
            .as_ref()
            .and_then(|v| v.get(at))
            .map(|v| plain(def, v))
            .unwrap_or_default()
    };
    for (at, def) in kind.fields().iter().enumerate() {
        let b = text(&old, at, def);
        let a = text(&new, at, def);
        if a != b {
            changes.push(FieldChange {
                field: def.id.to_string(),
                before: cut(b, SHOWN_LIMIT),
                after: cut(a, SHOWN_LIMIT),
            });
        }
    }
    let archived = |r: Option<&Record>| r.is_some_and(|r| r.meta().archived);
    if before.is_some() && after.is_some() && archived(before) != archived(after) {
        changes.push(FieldChange {
            field: "archived".to_string(),
            before: archived(before).to_string(),
            after: archived(after).to_string(),
        });
    }
    changes
}
