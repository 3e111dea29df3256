//! Format 4 made a series' moved occurrences overrides, which may also
//! hold the occurrence's own details: the layout versions 2 and 3 wrote.

use crate::domain::*;
use chrono::NaiveDateTime;
use serde::Deserialize;

/// A meeting as format versions 2 and 3 stored it: a series' exceptions
/// were cancelled dates and moved times, before an occurrence could have
/// details of its own.
#[derive(Deserialize)]
pub(super) struct MeetingV3 {
    meta: Meta,
    title: String,
    kind: MeetingKind,
    facility: Option<Id>,
    start: NaiveDateTime,
    end: NaiveDateTime,
    place: String,
    organiser: Option<Id>,
    attendees: Vec<Id>,
    agenda: String,
    minutes: String,
    status: MeetingStatus,
    uid: String,
    recurrence: Option<RecurrenceV3>,
    notes: String,
}

/// A series' rule and exceptions as format versions 2 and 3 stored them.
#[derive(Deserialize)]
struct RecurrenceV3 {
    rule: String,
    cancelled: Vec<chrono::NaiveDate>,
    moved: Vec<MovedV3>,
}

/// A moved occurrence as format versions 2 and 3 stored it.
#[derive(Deserialize)]
struct MovedV3 {
    original: chrono::NaiveDate,
    start: NaiveDateTime,
    end: NaiveDateTime,
}

impl From<MeetingV3> for Meeting {
    /// Each moved occurrence becomes an override that only moves it.
    fn from(v3: MeetingV3) -> Meeting {
        let recurrence = v3.recurrence.map(|r| recurrence::Recurrence {
            rule: r.rule,
            cancelled: r.cancelled,
            overrides: r
                .moved
                .into_iter()
                .map(|m| recurrence::Override::moved(m.original, m.start, m.end))
                .collect(),
        });
        Meeting {
            meta: v3.meta,
            title: v3.title,
            kind: v3.kind,
            facility: v3.facility,
            start: v3.start,
            end: v3.end,
            place: v3.place,
            organiser: v3.organiser,
            attendees: v3.attendees,
            agenda: v3.agenda,
            minutes: v3.minutes,
            status: v3.status,
            uid: v3.uid,
            recurrence: recurrence.map(Box::new),
            notes: v3.notes,
        }
    }
}
