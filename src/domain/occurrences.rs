//! The occurrences of meetings in a window of time: a one-off meeting is one
//! occurrence; a series expands by its rule, skipping cancelled dates and
//! using the times of its overrides.
//!
//! Every time here is a Europe/Prague wall-clock time. Occurrences keep the
//! series' local start time and its length, so a weekly 10:00 meeting stays
//! at 10:00 across daylight-saving changes.

use super::Meeting;
use super::recurrence::{Details, Override, Recurrence, more_than_daily};
use super::series::Series;
use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use std::borrow::Cow;

/// The most rule dates one expansion walks through, counting those before
/// the window asked for. Ten years of a daily meeting is 3,653; the cap keeps
/// a window of centuries, or a COUNT rule that started long ago, from taking
/// time and memory without bound.
pub const MAX_STEPS: usize = 20_000;

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
    /// Whether it has details of its own (an override's), which
    /// [`instance`] gives.
    pub own: bool,
}

/// The occurrences of `meeting` that start in `[from, to)`, in start order.
///
/// An overridden occurrence counts where its override puts it. Only the window is
/// expanded, so asking for one week of a series that runs for years is cheap;
/// and no expansion walks more than [`MAX_STEPS`] rule dates, so even
/// a window of centuries gives a bounded list.
pub fn occurrences(meeting: &Meeting, from: NaiveDateTime, to: NaiveDateTime) -> Vec<Occurrence> {
    let in_window = |at: NaiveDateTime| at >= from && at < to;
    let Some(recurrence) = &meeting.recurrence else {
        return Some(single(meeting))
            .filter(|o| in_window(o.start))
            .into_iter()
            .collect();
    };
    // Rule dates never come before the series' start: a series that has not
    // begun by the window's end shows only occurrences moved into it. Checked
    // before parsing the rule because views ask this of many meetings.
    if meeting.start >= to && !recurrence.overrides.iter().any(|m| in_window(m.start)) {
        return Vec::new();
    }
    let Some(series) = series_of(meeting, recurrence) else {
        return Some(single(meeting))
            .filter(|o| in_window(o.start))
            .into_iter()
            .collect();
    };
    let mut found: Vec<Occurrence> = series
        .starts_from(from)
        .skip_while(|at| *at < from)
        .take_while(|at| *at < to)
        .filter(|at| kept_as_ruled(recurrence, at.date()))
        .map(|at| ruled(meeting, at))
        .collect();
    found.extend(
        recurrence
            .overrides
            .iter()
            .filter(|m| in_window(m.start))
            .filter_map(|m| overridden(&series, recurrence, m)),
    );
    found.sort();
    found
}

/// The first occurrence of `meeting` that starts strictly after `after`, so
/// that asking again with its start steps through a series. None when the
/// meeting or its series is over.
pub fn next_occurrence(meeting: &Meeting, after: NaiveDateTime) -> Option<Occurrence> {
    let Some((series, recurrence)) = meeting
        .recurrence
        .as_ref()
        .and_then(|r| series_of(meeting, r).map(|s| (s, r)))
    else {
        return Some(single(meeting)).filter(|o| o.start > after);
    };
    // Each skipped date is cancelled or overridden, and there are only so
    // many of those, so this search ends even for a series that never does.
    let by_rule = series
        .starts_from(after)
        .filter(|at| *at > after)
        .find(|at| kept_as_ruled(recurrence, at.date()))
        .map(|at| ruled(meeting, at));
    let by_move = recurrence
        .overrides
        .iter()
        .filter(|m| m.start > after)
        .filter_map(|m| overridden(&series, recurrence, m))
        .min();
    by_rule.into_iter().chain(by_move).min()
}

/// The occurrence that the rule puts on `original` (for a one-off meeting,
/// the meeting itself if it starts that day), wherever it was moved to. None
/// when there is none that day or it was cancelled.
pub fn occurrence_on(meeting: &Meeting, original: NaiveDate) -> Option<Occurrence> {
    let Some((series, recurrence)) = meeting
        .recurrence
        .as_ref()
        .and_then(|r| series_of(meeting, r).map(|s| (s, r)))
    else {
        return Some(single(meeting)).filter(|o| o.original == original);
    };
    if recurrence.cancelled.contains(&original) {
        return None;
    }
    let at = rule_start_on(&series, original)?;
    match recurrence.override_of(original) {
        Some(m) => overridden(&series, recurrence, m),
        None => Some(ruled(meeting, at)),
    }
}

/// One occurrence as a meeting of its own: the series' details, or the
/// override's when it has them, at the occurrence's times, not repeating.
/// The id stays the series', so it opens, and saves back into, the series.
pub fn instance(meeting: &Meeting, occurrence: &Occurrence) -> Meeting {
    let mut one = meeting.clone();
    if let Some(details) = details_of(meeting, occurrence.original) {
        details.clone().apply_to(&mut one);
    }
    one.start = occurrence.start;
    one.end = occurrence.end;
    one.recurrence = None;
    one
}

/// The meeting an occurrence shows: the series itself (no copy) unless the
/// occurrence has details of its own, then its [`instance`].
pub fn as_shown<'a>(meeting: &'a Meeting, occurrence: &Occurrence) -> Cow<'a, Meeting> {
    if occurrence.own {
        Cow::Owned(instance(meeting, occurrence))
    } else {
        Cow::Borrowed(meeting)
    }
}

/// The details the occurrence of `original` has of its own, if any.
pub fn details_of(meeting: &Meeting, original: NaiveDate) -> Option<&Details> {
    meeting
        .recurrence
        .as_ref()?
        .override_of(original)?
        .details
        .as_deref()
}

/// The status of the occurrence of `original`: its own, or the series'.
pub fn status_of(meeting: &Meeting, original: NaiveDate) -> super::MeetingStatus {
    details_of(meeting, original).map_or(meeting.status, |d| d.status)
}

/// The title of the occurrence of `original`: its own, or the series'.
pub fn title_of(meeting: &Meeting, original: NaiveDate) -> &str {
    details_of(meeting, original).map_or(meeting.title.as_str(), |d| d.title.as_str())
}

/// A one-off meeting, or a series whose rule cannot be expanded, as its one
/// occurrence: showing the first meeting beats hiding the whole series.
fn single(meeting: &Meeting) -> Occurrence {
    Occurrence {
        start: meeting.start,
        end: meeting.end,
        original: meeting.start.date(),
        moved: false,
        own: false,
    }
}

/// The series' rule, if it can be expanded from the meeting's start. A rule
/// that repeats more than once a day is not expanded: such rules are refused
/// in the form and at import, and one stored before that would make every
/// view walk through tens of thousands of occurrences a day.
fn series_of(meeting: &Meeting, recurrence: &Recurrence) -> Option<Series> {
    if more_than_daily(&recurrence.rule) {
        return None;
    }
    Series::new(meeting.start, &recurrence.rule).ok()
}

/// Whether a rule date stands as the rule makes it: neither cancelled nor
/// overridden.
fn kept_as_ruled(recurrence: &Recurrence, date: NaiveDate) -> bool {
    !recurrence.cancelled.contains(&date) && recurrence.override_of(date).is_none()
}

/// An overridden occurrence, if it still belongs to the series. A
/// cancellation of the same date wins, and an override recorded for a date
/// the rule no longer produces (the rule was edited since) is left out
/// rather than shown as a stray meeting.
fn overridden(series: &Series, recurrence: &Recurrence, m: &Override) -> Option<Occurrence> {
    if recurrence.cancelled.contains(&m.original) {
        return None;
    }
    let ruled_at = rule_start_on(series, m.original)?;
    Some(Occurrence {
        start: m.start,
        end: m.end,
        original: m.original,
        moved: m.start != ruled_at,
        own: m.details.is_some(),
    })
}

/// The first start the rule puts on `date`, if any.
fn rule_start_on(series: &Series, date: NaiveDate) -> Option<NaiveDateTime> {
    let midnight = date.and_time(NaiveTime::MIN);
    series
        .starts_from(midnight)
        .find(|at| *at >= midnight)
        .filter(|at| at.date() == date)
}

/// The occurrence at a rule start, with the series' length.
fn ruled(meeting: &Meeting, start: NaiveDateTime) -> Occurrence {
    let length: Duration = meeting.end - meeting.start;
    Occurrence {
        start,
        // Checked: a series near the end of chrono's range would overflow.
        end: start
            .checked_add_signed(length)
            .unwrap_or(NaiveDateTime::MAX),
        original: start.date(),
        moved: false,
        own: false,
    }
}
