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
    /// A cooperation request's step (by its key) was done on a day.
    StepDone {
        /// The step's key in the request's step list.
        step: String,
        /// The day it was done.
        on: NaiveDate,
    },
    /// A cooperation request's step was skipped, for a reason.
    StepSkipped {
        /// The step's key.
        step: String,
        /// Why.
        reason: String,
    },
    /// A cooperation request's step was reopened, with a note.
    StepReopened {
        /// The step's key.
        step: String,
        /// Why.
        note: String,
    },
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
            if let (Record::Request(b), Record::Request(a)) = (before, after) {
                out.extend(steps(&b.steps, &a.steps));
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

/// What a change of a cooperation request's steps did: each step record
/// compared with the one in its place before.
fn steps(
    before: &[crate::domain::request::StepRecord],
    after: &[crate::domain::request::StepRecord],
) -> Vec<Event> {
    let mut out = Vec::new();
    for (at, new) in after.iter().enumerate() {
        let old = before.get(at);
        let was_reopened = old.map_or(0, |o| o.reopened.len());
        for reopened in new.reopened.iter().skip(was_reopened) {
            out.push(Event::StepReopened {
                step: new.step.clone(),
                note: reopened.note.clone(),
            });
        }
        match (&new.skipped, new.on) {
            (Some(reason), _) if old.is_none_or(|o| o.skipped.as_ref() != Some(reason)) => {
                out.push(Event::StepSkipped {
                    step: new.step.clone(),
                    reason: reason.clone(),
                });
            }
            (None, Some(on)) if old.is_none_or(|o| o.on != Some(on) || o.skipped.is_some()) => {
                out.push(Event::StepDone {
                    step: new.step.clone(),
                    on,
                });
            }
            _ => {}
        }
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
mod tests {
    use super::*;
    use crate::domain::recurrence::Details;
    use crate::domain::{Meeting, Region, Service};
    use crate::sample::{self, at};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    /// A weekly series on Tuesdays at 10:00 from 1 Dec 2026.
    fn series() -> Meeting {
        let mut m = sample::meeting("Porada", None, at(2026, 12, 1, 10, 0));
        m.meta.id = 7;
        m.recurrence = Some(Box::new(Recurrence::new("FREQ=WEEKLY")));
        m
    }

    fn updated(before: &Meeting, after: &Meeting, op: OpKind) -> Vec<Event> {
        events(
            Change::Updated,
            Some(&before.clone().into()),
            Some(&after.clone().into()),
            Some(op),
        )
    }

    fn rec(m: &mut Meeting) -> &mut Recurrence {
        m.recurrence.as_mut().expect("series")
    }

    #[test]
    fn a_cancelled_occurrence_is_named_by_its_date_and_no_field_is_listed() {
        let before = series();
        let mut after = series();
        rec(&mut after).cancelled.push(day(2026, 12, 8));
        assert_eq!(
            updated(&before, &after, OpKind::Save),
            vec![Event::Cancelled(day(2026, 12, 8))]
        );
        // And undone: it takes place again.
        assert_eq!(
            updated(&after, &before, OpKind::Undo),
            vec![Event::Uncancelled(day(2026, 12, 8))]
        );
    }

    #[test]
    fn a_moved_occurrence_says_where_to_and_moving_it_back_says_so() {
        let before = series();
        let mut after = series();
        rec(&mut after).set_override(Override::moved(
            day(2026, 12, 8),
            at(2026, 12, 10, 10, 0),
            at(2026, 12, 10, 11, 0),
        ));
        assert_eq!(
            updated(&before, &after, OpKind::Save),
            vec![Event::Moved {
                original: day(2026, 12, 8),
                to: at(2026, 12, 10, 10, 0),
            }]
        );
        assert_eq!(
            updated(&after, &before, OpKind::Revert),
            vec![Event::BackToSeries(day(2026, 12, 8))]
        );
    }

    #[test]
    fn an_occurrence_marked_held_is_held_not_changed() {
        let before = series();
        let mut after = series();
        let mut details = Details::of(&before);
        details.status = MeetingStatus::Held;
        rec(&mut after).set_override(Override {
            details: Some(Box::new(details.clone())),
            ..Override::moved(
                day(2026, 12, 8),
                at(2026, 12, 8, 10, 0),
                at(2026, 12, 8, 11, 0),
            )
        });
        assert_eq!(
            updated(&before, &after, OpKind::Save),
            vec![Event::Held(day(2026, 12, 8))]
        );
        // Its own minutes later: changed on its own.
        let mut later = after.clone();
        details.minutes = "Zápis".into();
        rec(&mut later).set_override(Override {
            details: Some(Box::new(details)),
            ..Override::moved(
                day(2026, 12, 8),
                at(2026, 12, 8, 10, 0),
                at(2026, 12, 8, 11, 0),
            )
        });
        assert_eq!(
            updated(&after, &later, OpKind::Save),
            vec![Event::OccurrenceChanged(day(2026, 12, 8))]
        );
    }

    #[test]
    fn a_split_series_says_from_when_and_drops_what_it_no_longer_covers_quietly() {
        let mut before = series();
        rec(&mut before).cancelled.push(day(2026, 12, 22));
        let mut after = before.clone();
        rec(&mut after).rule = "FREQ=WEEKLY;UNTIL=20261214".into();
        rec(&mut after).cancelled.clear();
        assert_eq!(
            updated(&before, &after, OpKind::SaveSeveral),
            vec![Event::SplitFrom(day(2026, 12, 15))]
        );
        // The same rule typed into the form is a field like any other.
        assert!(matches!(
            updated(&before, &after, OpKind::Save).as_slice(),
            [Event::Field {
                field: "repeat",
                ..
            }]
        ));
    }

    #[test]
    fn a_requests_steps_done_skipped_and_reopened_are_events() {
        use crate::domain::request::{Reopened, StepRecord};
        let change = |before: &crate::domain::Request, after: &crate::domain::Request| {
            events(
                Change::Updated,
                Some(&before.clone().into()),
                Some(&after.clone().into()),
                Some(OpKind::Save),
            )
        };
        let start = sample::request("Plzeň", 2, 1);
        let mut done = start.clone();
        done.steps.push(StepRecord {
            step: "received".into(),
            on: Some(day(2026, 12, 2)),
            ..StepRecord::default()
        });
        assert_eq!(
            change(&start, &done),
            vec![Event::StepDone {
                step: "received".into(),
                on: day(2026, 12, 2)
            }]
        );
        let mut skipped = done.clone();
        skipped.steps.push(StepRecord {
            step: "liaison_contacted".into(),
            on: Some(day(2026, 12, 3)),
            skipped: Some("Už se znají".into()),
            ..StepRecord::default()
        });
        assert_eq!(
            change(&done, &skipped),
            vec![Event::StepSkipped {
                step: "liaison_contacted".into(),
                reason: "Už se znají".into()
            }]
        );
        let mut reopened = skipped.clone();
        reopened.steps[1].reopened.push(Reopened {
            on: day(2026, 12, 4),
            note: "Nová styčná osoba".into(),
        });
        reopened.steps[1].skipped = None;
        reopened.steps[1].on = None;
        assert_eq!(
            change(&skipped, &reopened),
            vec![Event::StepReopened {
                step: "liaison_contacted".into(),
                note: "Nová styčná osoba".into()
            }]
        );
        // Nothing about the steps changed: no step event.
        assert!(change(&done, &done).is_empty());
    }

    #[test]
    fn archive_and_restore_are_events_not_fields() {
        let before = series();
        let mut after = series();
        after.meta.archived = true;
        assert_eq!(
            updated(&before, &after, OpKind::Save),
            vec![Event::Archived]
        );
        assert_eq!(
            updated(&after, &before, OpKind::Save),
            vec![Event::Restored]
        );
    }

    #[test]
    fn a_lifecycle_step_moves_the_agreement_and_other_fields_are_typed() {
        let mut before = sample::agreement("Smlouva", 3, vec![4]);
        before.meta.id = 9;
        let mut after = before.clone();
        after.status = AgreementStatus::Signed;
        after.services = vec![Service::DebtCounselling];
        let told = events(
            Change::Updated,
            Some(&before.clone().into()),
            Some(&after.into()),
            Some(OpKind::Save),
        );
        assert_eq!(
            told,
            vec![
                Event::StatusTo(AgreementStatus::Signed),
                Event::Field {
                    field: "services",
                    before: FieldValue::Multi(vec![]),
                    after: FieldValue::Multi(vec![Service::DebtCounselling.index()]),
                },
            ]
        );
    }

    #[test]
    fn a_renewal_names_the_agreement_it_renews() {
        let mut old = sample::agreement("Smlouva", 3, vec![]);
        old.meta.id = 9;
        let new = crate::domain::lifecycle::renewal(&old, sample::epoch());
        let told = events(Change::Created, None, Some(&new.into()), Some(OpKind::Save));
        assert_eq!(told.first(), Some(&Event::Renewed(9)));
    }

    #[test]
    fn a_new_record_lists_the_fields_it_was_given_with_typed_values() {
        let facility = sample::facility("Věznice Mírov", Region::Olomoucky);
        let told = events(
            Change::Created,
            None,
            Some(&facility.into()),
            Some(OpKind::Save),
        );
        assert_eq!(told.first(), Some(&Event::Created));
        assert!(told.iter().any(|e| matches!(
            e,
            Event::Field {
                field: "region",
                before: FieldValue::Choice(None),
                after: FieldValue::Choice(Some(_))
            }
        )));
    }

    #[test]
    fn deleted_and_erased_say_only_that() {
        let m: Record = series().into();
        assert_eq!(
            events(Change::Deleted, Some(&m), None, None),
            vec![Event::Deleted]
        );
        assert_eq!(
            events(Change::Erased, Some(&m), None, None),
            vec![Event::Erased]
        );
    }

    #[test]
    fn an_entry_without_values_is_told_as_stored() {
        let entry = AuditEntry {
            at: sample::epoch(),
            who: "jana".into(),
            kind: Kind::Facility,
            id: 1,
            change: Change::Updated,
            fields: vec![super::super::FieldChange {
                field: "region".into(),
                before: "CZ-10".into(),
                after: "CZ-71".into(),
            }],
            op: None,
            values: false,
            seq: 1,
        };
        assert_eq!(
            as_stored(&entry),
            vec![Event::Text {
                field: "region".into(),
                before: "CZ-10".into(),
                after: "CZ-71".into(),
            }]
        );
    }
}
