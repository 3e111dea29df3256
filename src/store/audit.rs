//! The audit trail: who changed what, when, field by field.

use crate::domain::{FieldValue, Id, Kind, Record, Timestamp};
use serde::{Deserialize, Serialize};

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
    plain: &dyn Fn(Kind, usize, &FieldValue) -> String,
) -> Vec<FieldChange> {
    let Some(kind) = before.or(after).map(Record::kind) else {
        return Vec::new();
    };
    let old = before.map(Record::values);
    let new = after.map(Record::values);
    let mut changes = Vec::new();
    for (i, def) in kind.fields().iter().enumerate() {
        let b = old
            .as_ref()
            .and_then(|v| v.get(i))
            .map(|v| plain(kind, i, v))
            .unwrap_or_default();
        let a = new
            .as_ref()
            .and_then(|v| v.get(i))
            .map(|v| plain(kind, i, v))
            .unwrap_or_default();
        if a != b {
            changes.push(FieldChange {
                field: def.id.to_string(),
                before: b,
                after: a,
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
