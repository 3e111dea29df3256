//! What a change did, as typed events a person's sentence is worded from:
//! derived from the record's typed values before and after (which the audit
//! keeps), never from the text of the change. A cancelled, moved or held
//! occurrence, a split series, a renewal, a lifecycle step, an archive or a
//! restore each get an event of their own; the other fields that differ are
//! listed with their typed values.

use super::{AuditEntry, Change};
use crate::domain::recurrence::{Override, Recurrence};
use crate::domain::repeat::{self, Ends};
use crate::domain::{AgreementStatus, FieldValue, Id, Kind, MeetingStatus, Record};
use crate::store::{OpEntry, OpKind, Store, StoreError};
use chrono::{NaiveDate, NaiveDateTime};

/// One thing a change did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The record was created.
    Created,
    /// The agreement was created as the renewal of agreement `0`.
    Renewed(Id),
    /// The record was deleted.
    Deleted,
    /// The record was deleted and its history erased.
    Erased,
    /// It was archived.
    Archived,
    /// It was brought back from the archive.
    Restored,
    /// The agreement moved to a status (a lifecycle step).
    StatusTo(AgreementStatus),
    /// The occurrence of a series on this date was cancelled.
    Cancelled(NaiveDate),
    /// The cancelled occurrence on this date takes place again.
    Uncancelled(NaiveDate),
    /// The occurrence the rule puts on `original` was moved to `to`.
    Moved {
        /// The date the rule puts it on.
        original: NaiveDate,
        /// Its new start.
        to: NaiveDateTime,
    },
    /// The occurrence on this date is back at the rule's time and details.
    BackToSeries(NaiveDate),
    /// The occurrence on this date was marked held.
    Held(NaiveDate),
    /// The occurrence on this date got details of its own.
    OccurrenceChanged(NaiveDate),
    /// The series was ended before this date, a new one taking over from it.
    SplitFrom(NaiveDate),
    /// A field's typed value before and after.
    Field {
        /// The field's id.
        field: &'static str,
        /// Before (empty for a new record).
        before: FieldValue,
        /// After.
        after: FieldValue,
    },
    /// A field's change as text only: an entry written before the audit
    /// kept values, shown as stored.
    Text {
        /// The field's id.
        field: String,
        /// Before, as stored.
        before: String,
        /// After, as stored.
        after: String,
    },
}

/// The events of a change of a record from `before` to `after` (either may
/// be absent), made by an operation of kind `op` (a series split is a
/// several-record save).
pub fn events(
    change: Change,
    before: Option<&Record>,
    after: Option<&Record>,
    op: Option<OpKind>,
) -> Vec<Event> {
    match change {
        Change::Deleted => return vec![Event::Deleted],
        Change::Erased => return vec![Event::Erased],
        Change::Created | Change::Updated => {}
    }
    let Some(after) = after else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut explained: Vec<&'static str> = Vec::new();
    match before {
        None => match after {
            Record::Agreement(a) if a.replaces.is_some() => {
                out.push(Event::Renewed(a.replaces.unwrap_or_default()));
            }
            _ => out.push(Event::Created),
        },
        Some(before) => {
            match (before.meta().archived, after.meta().archived) {
                (false, true) => out.push(Event::Archived),
                (true, false) => out.push(Event::Restored),
                _ => {}
            }
            if let (Record::Agreement(b), Record::Agreement(a)) = (before, after)
                && b.status != a.status
            {
                out.push(Event::StatusTo(a.status));
                explained.push("status");
            }
            if let (Record::Meeting(b), Record::Meeting(a)) = (before, after)
                && let (Some(rb), Some(ra)) = (&b.recurrence, &a.recurrence)
            {
                if op == Some(OpKind::SaveSeveral)
                    && let Some(from) = split_from(rb, ra)
                {
                    out.push(Event::SplitFrom(from));
                    explained.extend(rule_fields(Kind::Meeting));
                }
                out.extend(occurrences(rb, ra, a.start));
            }
        }
    }
    // The other fields that differ, in the kind's field order; a new
    // record lists those it was given.
    let kind = after.kind();
    let empty = before.is_none();
    for def in kind.fields() {
        if explained.contains(&def.id) {
            continue;
        }
        let now = after.value(def.id);
        let was = before.map(|b| b.value(def.id));
        let differs = match &was {
            Some(was) => *was != now,
            None => !now.is_empty(),
        };
        if differs {
            out.push(Event::Field {
                field: def.id,
                before: was.unwrap_or_else(|| blank(&now)),
                after: now,
            });
        }
    }
    if empty && out.is_empty() {
        out.push(Event::Created);
    }
    out
}

/// The ids of a kind's fields that hold a repeat rule.
fn rule_fields(kind: Kind) -> impl Iterator<Item = &'static str> {
    kind.fields()
        .iter()
        .filter(|def| def.kind == crate::domain::FieldKind::Rule)
        .map(|def| def.id)
}

/// An empty value of the same shape as `like`.
fn blank(like: &FieldValue) -> FieldValue {
    match like {
        FieldValue::Text(_) => FieldValue::Text(String::new()),
        FieldValue::Choice(_) => FieldValue::Choice(None),
        FieldValue::Multi(_) => FieldValue::Multi(Vec::new()),
        FieldValue::Ref(_) => FieldValue::Ref(None),
        FieldValue::Refs(_) => FieldValue::Refs(Vec::new()),
    }
}

/// The first date a series no longer covers after it was split: the day
/// after the end its rule now has, when it had another end (or none).
fn split_from(before: &Recurrence, after: &Recurrence) -> Option<NaiveDate> {
    let (_, was) = repeat::read(&before.rule);
    match repeat::read(&after.rule) {
        (_, Ends::On(until)) if was != Ends::On(until) => until.succ_opt(),
        _ => None,
    }
}

/// Which occurrences a change of a series' exceptions cancelled, brought
/// back, moved, marked held or changed on their own, by date. `start` is the
/// series' start: an occurrence at its time on its own date is not moved.
fn occurrences(before: &Recurrence, after: &Recurrence, start: NaiveDateTime) -> Vec<Event> {
    let mut out = Vec::new();
    for day in &after.cancelled {
        if !before.cancelled.contains(day) {
            out.push(Event::Cancelled(*day));
        }
    }
    for day in &before.cancelled {
        // An occurrence a split left out of the series is not brought back.
        let kept = after.cancelled.contains(day) || ends_before(after, *day);
        if !kept {
            out.push(Event::Uncancelled(*day));
        }
    }
    for new in &after.overrides {
        let old = before.override_of(new.original);
        if old == Some(new) {
            continue;
        }
        let at_rule_time = |o: &Override| o.start == o.original.and_time(start.time());
        let moved = match old {
            Some(old) => old.start != new.start,
            None => !at_rule_time(new),
        };
        if moved && !at_rule_time(new) {
            out.push(Event::Moved {
                original: new.original,
                to: new.start,
            });
        } else if moved {
            out.push(Event::BackToSeries(new.original));
        }
        let status = |o: Option<&Override>| o.and_then(|o| o.details.as_ref()).map(|d| d.status);
        let held = status(Some(new)) == Some(MeetingStatus::Held)
            && status(old) != Some(MeetingStatus::Held);
        if held {
            out.push(Event::Held(new.original));
        }
        let details_changed = {
            let was = old.and_then(|o| o.details.as_deref());
            let now = new.details.as_deref();
            match (was, now) {
                (Some(w), Some(n)) => {
                    let mut w = w.clone();
                    w.status = n.status;
                    w != *n
                }
                (None, Some(_)) => !held,
                _ => false,
            }
        };
        if details_changed {
            out.push(Event::OccurrenceChanged(new.original));
        }
    }
    for old in &before.overrides {
        if after.override_of(old.original).is_none() && !ends_before(after, old.original) {
            out.push(Event::BackToSeries(old.original));
        }
    }
    out
}

/// Whether a series' rule ends before `day`.
fn ends_before(series: &Recurrence, day: NaiveDate) -> bool {
    matches!(repeat::read(&series.rule).1, Ends::On(until) if until < day)
}

/// One entry of a record's history, told: the entry, the operation it was
/// part of, and what it did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Told {
    /// The audit entry.
    pub entry: AuditEntry,
    /// Its operation's log entry, when it has one.
    pub op: Option<OpEntry>,
    /// What it did.
    pub events: Vec<Event>,
}

/// An entry told: from its kept values where it has them, else from the
/// text it was stored with.
pub fn tell(store: &Store, entry: AuditEntry) -> Result<Told, StoreError> {
    let op = match entry.op {
        Some(op) => store.op(op)?,
        None => None,
    };
    let events = if entry.values {
        let (before, after) = store.entry_values(&entry)?;
        events(
            entry.change,
            before.as_ref(),
            after.as_ref(),
            op.as_ref().map(|o| o.kind),
        )
    } else {
        as_stored(&entry)
    };
    Ok(Told { entry, op, events })
}

/// The events of an entry that kept no values: its change, and its fields
/// as the text it was stored with.
pub fn as_stored(entry: &AuditEntry) -> Vec<Event> {
    let mut out = vec![match entry.change {
        Change::Created => Event::Created,
        Change::Updated => {
            if entry.fields.is_empty() {
                return Vec::new();
            }
            return entry.fields.iter().map(text).collect();
        }
        Change::Deleted => Event::Deleted,
        Change::Erased => Event::Erased,
    }];
    if entry.change == Change::Created {
        out.extend(entry.fields.iter().map(text));
    }
    out
}

fn text(field: &super::FieldChange) -> Event {
    Event::Text {
        field: field.field.clone(),
        before: field.before.clone(),
        after: field.after.clone(),
    }
}

/// A record's history told, oldest first.
pub fn told(store: &Store, kind: Kind, id: Id) -> Result<Vec<Told>, StoreError> {
    store
        .history(kind, id)?
        .into_iter()
        .map(|entry| tell(store, entry))
        .collect()
}

#[cfg(test)]
mod tests;
