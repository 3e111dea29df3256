//! Warning before a meeting is saved over another: the same person or the
//! same facility at the same time, or too little time to travel between two
//! facilities on one day.

use crate::catalog::clash as words;
use crate::domain::conflict::{Clash, ClashReason, clashes};
use crate::domain::{Kind, Meeting, Record};
use crate::model::Data;
use crate::screens::form::Then;
use chrono::{Days, Duration};

/// How far ahead a series is checked (the conflict module bounds it too).
const SERIES_HORIZON_DAYS: u64 = 2 * 366;

/// The clashes of `meeting` with the meetings near it in time, leaving out
/// the occurrences of a series that this meeting is about to replace.
pub fn clashes_of(
    data: &Data,
    meeting: &Meeting,
    travel_gap_minutes: i64,
    replacing: Option<Then>,
) -> Vec<Clash> {
    // The day before and after catch travel gaps around midnight-adjacent days.
    let from = meeting.start - Duration::days(1);
    let to = match meeting.recurrence {
        None => meeting.end + Duration::days(1),
        Some(_) => meeting.start + Days::new(SERIES_HORIZON_DAYS) + Duration::days(1),
    };
    let near: Vec<&Meeting> = data
        .meetings_around(from, to)
        .into_iter()
        .filter_map(|id| match data.get(Kind::Meeting, id) {
            Some(Record::Meeting(m)) if !m.meta.archived => Some(m),
            _ => None,
        })
        .collect();
    let replaced = |c: &Clash| match replacing {
        Some(Then::SkipOccurrence(series, day)) => c.other == series && c.start.date() == day,
        Some(Then::EndBefore(series, day)) => c.other == series && c.start.date() >= day,
        None => false,
    };
    clashes(meeting, near, travel_gap_minutes)
        .into_iter()
        .filter(|c| !replaced(c))
        .collect()
}

/// The question asked: what clashes, and whether to save anyway.
pub fn describe(data: &Data, found: &[Clash]) -> String {
    const SHOWN: usize = 4;
    let lines: Vec<String> = found
        .iter()
        .take(SHOWN)
        .map(|c| {
            let title = data.name(Kind::Meeting, c.other);
            let when = c.start.format("%Y-%m-%d %H:%M");
            let why = match c.reason {
                ClashReason::SameAttendee(p) => words::same_person(&data.name(Kind::Person, p)),
                ClashReason::SameFacility(f) => words::same_facility(&data.name(Kind::Facility, f)),
                ClashReason::TravelGap { person, minutes } => {
                    words::travel(&data.name(Kind::Person, person), minutes)
                }
            };
            format!("{when} {title} ({why})")
        })
        .collect();
    words::question(&lines, found.len().saturating_sub(SHOWN))
}
