//! Wall-clock times in Europe/Prague, the zone every meeting time is in.
//!
//! Meetings store naive local times because that is what people plan in
//! ("Tuesdays at 10:00"); this module is where they meet the real clock, with
//! its two daylight-saving gaps and overlaps a year.

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, TimeZone};

/// The zone of every meeting time.
pub const ZONE: chrono_tz::Tz = chrono_tz::Europe::Prague;

/// Whether a wall-clock time happens at all in Prague: on the spring-forward
/// day the clocks jump from 02:00 to 03:00, so 02:30 never occurs.
pub fn exists(at: NaiveDateTime) -> bool {
    !matches!(ZONE.from_local_datetime(&at), LocalResult::None)
}

/// The instant of a wall-clock time, for expanding rules.
///
/// An ambiguous time (the autumn hour that happens twice) is the earlier of
/// the two, as validation promises the user. A time that does not exist can
/// still reach here from data saved before validation refused such times;
/// reading it at the standard (winter) offset puts it just after the gap
/// instead of losing the meeting.
pub fn instant(at: NaiveDateTime) -> DateTime<chrono_tz::Tz> {
    match ZONE.from_local_datetime(&at) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t,
        // Central European (winter) time is UTC+1.
        LocalResult::None => ZONE.from_utc_datetime(&(at - Duration::hours(1))),
    }
}

/// The wall-clock time in Prague at an instant: what "now" and "today" mean
/// for everyone using spojka, whatever zone the machine runs in.
pub fn wall_clock(at: DateTime<chrono::Utc>) -> NaiveDateTime {
    at.with_timezone(&ZONE).naive_local()
}
