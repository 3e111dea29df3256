//! Warning before a meeting is saved over another: the same person or the
//! same facility at the same time, or too little time to travel between two
//! facilities on one day; and before it is saved on a public holiday. One
//! question says all of it.

use super::msg::Effect;
use super::state::{AppState, Asks, Confirm, Question, View};
use crate::domain::conflict::{Clash, ClashReason, clashes};
use crate::domain::holidays::{self, Holiday};
use crate::domain::{Kind, Meeting, Record};
use crate::model::Data;
use crate::screens::form::Then;
use crate::screens::kit::confirm::{ClashLine, ClashWhy, Clashes};
use chrono::{Days, Duration, NaiveDate};

/// How far ahead a series is checked (the conflict module bounds it too).
const SERIES_HORIZON_DAYS: u64 = 2 * 366;

/// What to ask about before a meeting is saved.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Warnings {
    /// Other meetings it clashes with.
    pub clashes: Vec<Clash>,
    /// Public holidays it falls on that its saved version did not.
    pub holidays: Vec<(NaiveDate, Holiday)>,
}

impl Warnings {
    /// Whether there is nothing to ask about.
    pub fn is_empty(&self) -> bool {
        self.clashes.is_empty() && self.holidays.is_empty()
    }
}

/// The clashes of `meeting` and the holidays it falls on, leaving out the
/// occurrences of a series that this meeting is about to replace (and the
/// holidays that series, or the meeting's saved version, already fell on).
pub fn warnings_of(
    data: &Data,
    meeting: &Meeting,
    travel_gap_minutes: i64,
    replacing: Option<Then>,
) -> Warnings {
    let before = match replacing {
        Some(Then::OnlyThis(series, _) | Then::EndBefore(series, _)) => series,
        None => meeting.meta.id,
    };
    let before = match data.get(Kind::Meeting, before) {
        Some(Record::Meeting(m)) if before != 0 => Some(m),
        _ => None,
    };
    Warnings {
        clashes: clashes_of(data, meeting, travel_gap_minutes, replacing),
        holidays: holidays::hits(meeting, before, data.today),
    }
}

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
        Some(Then::OnlyThis(series, day)) => c.other == series && c.start.date() == day,
        Some(Then::EndBefore(series, day)) => c.other == series && c.start.date() >= day,
        None => false,
    };
    clashes(meeting, near, travel_gap_minutes)
        .into_iter()
        .filter(|c| !replaced(c))
        .collect()
}

/// Saves a meeting changed outside a form (an occurrence moved in the
/// calendar), asking first, as the form does, when it clashes with other
/// meetings or falls on a new public holiday.
pub(super) fn save_checked(state: &mut AppState, meeting: Meeting) -> Vec<Effect> {
    let found = warnings_of(&state.data, &meeting, state.travel_gap_minutes, None);
    if found.is_empty() {
        return vec![Effect::Save(meeting.into())];
    }
    let asks = Asks::Clashes(describe(&state.data, &found));
    let question = Question::SaveDespiteClash(Box::new(meeting.into()));
    state.stack.push(View::Confirm(Confirm { question, asks }));
    Vec::new()
}

/// The question asked: what clashes (the first few, by name), which
/// holidays it falls on, and whether to save anyway; worded when drawn.
pub fn describe(data: &Data, found: &Warnings) -> Clashes {
    const SHOWN: usize = 4;
    // A series may fall on every holiday of a year: beyond six, the
    // question counts them rather than naming them all.
    const HOLIDAYS_SHOWN: usize = 6;
    let meetings = found
        .clashes
        .iter()
        .take(SHOWN)
        .map(|c| ClashLine {
            start: c.start,
            title: data.name(Kind::Meeting, c.other),
            why: match c.reason {
                ClashReason::SameAttendee(p) => ClashWhy::SamePerson(data.name(Kind::Person, p)),
                ClashReason::SameFacility(f) => {
                    ClashWhy::SameFacility(data.name(Kind::Facility, f))
                }
                ClashReason::TravelGap { person, minutes } => {
                    ClashWhy::Travel(data.name(Kind::Person, person), minutes)
                }
            },
        })
        .collect();
    Clashes {
        meetings,
        more: found.clashes.len().saturating_sub(SHOWN),
        holidays: found
            .holidays
            .iter()
            .take(HOLIDAYS_SHOWN)
            .copied()
            .collect(),
        more_holidays: found.holidays.len().saturating_sub(HOLIDAYS_SHOWN),
    }
}
