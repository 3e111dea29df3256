//! The occurrences of meetings in a window of time: a one-off meeting is one
//! occurrence; a series expands by its rule, skipping cancelled dates and
//! using moved times.

use super::Meeting;
use chrono::{NaiveDate, NaiveDateTime};

/// One occurrence of a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Occurrence {
    /// Local start.
    pub start: NaiveDateTime,
    /// Local end.
    pub end: NaiveDateTime,
    /// For a series, the date this occurrence had by the rule (its
    /// RECURRENCE-ID); for a one-off meeting, the start date.
    pub original: NaiveDate,
    /// Whether it was moved from its rule time.
    pub moved: bool,
}

/// The occurrences of `meeting` that start in `[from, to)`, in start order.
pub fn occurrences(meeting: &Meeting, from: NaiveDateTime, to: NaiveDateTime) -> Vec<Occurrence> {
    // One-off meetings for now; series expansion comes with the rule engine.
    if meeting.start >= from && meeting.start < to {
        vec![Occurrence {
            start: meeting.start,
            end: meeting.end,
            original: meeting.start.date(),
            moved: false,
        }]
    } else {
        Vec::new()
    }
}
