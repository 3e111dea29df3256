//! How a meeting repeats: an RFC 5545 recurrence rule, with occurrences
//! cancelled or moved one by one.
//!
//! The rule is kept as RRULE text (`FREQ=MONTHLY;BYDAY=1TU;COUNT=8`) so rules
//! from other calendars survive an import unchanged; the form offers presets
//! for the common ones. Expansion lives in `domain::occurrences`.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// A repeating meeting's rule and its exceptions. Times of occurrences are
/// the series' local wall-clock time (Europe/Prague), so a weekly 10:00
/// meeting stays at 10:00 across daylight-saving changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recurrence {
    /// The RRULE value, without the `RRULE:` prefix.
    pub rule: String,
    /// Occurrences cancelled, by their original date (EXDATE).
    pub cancelled: Vec<NaiveDate>,
    /// Occurrences moved to another time (RECURRENCE-ID).
    pub moved: Vec<Moved>,
}

/// One occurrence of a series moved to another time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Moved {
    /// The date it would have been on.
    pub original: NaiveDate,
    /// Its new start.
    pub start: NaiveDateTime,
    /// Its new end.
    pub end: NaiveDateTime,
}
