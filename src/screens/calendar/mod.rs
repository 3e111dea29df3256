//! The meeting calendar: an agenda of the coming days, a week, or a month,
//! optionally narrowed to one person, facility, NGO or region. Views read only
//! the dates they show, through the data's by-start index.

mod keys;
pub mod view;

use crate::domain::occurrences::{Occurrence, instance, occurrence_on, occurrences};
use crate::domain::recurrence::{Details, Override};
use crate::domain::{Id, Kind, Meeting, MeetingStatus, Record, Region};
use crate::model::Data;
use crate::screens::kit::Keys;
use crate::vocab::Action;
use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime};
use std::sync::Arc;

/// The actions the screen answers: the hint bar's, most used first, then
/// the rest.
pub const KEYS: Keys = Keys {
    hints: &[
        Action::DetailOpen,
        Action::RecordNew,
        Action::CalendarNextDay,
        Action::CalendarNextPeriod,
        Action::CalendarWeek,
        Action::CalendarMonth,
        Action::CalendarFilter,
        Action::CalendarGoto,
        Action::Back,
    ],
    more: &[
        Action::MoveUp,
        Action::MoveDown,
        Action::CalendarPrevDay,
        Action::CalendarPrevPeriod,
        Action::CalendarToday,
        Action::CalendarAgenda,
        Action::CalendarFilterClear,
        Action::HelpToggle,
        Action::Quit,
        Action::TabNext,
        Action::TabPrev,
        Action::OccurrenceCancel,
        Action::OccurrenceMove,
        Action::MeetingHeld,
        Action::ExportIcs,
        Action::ImportIcs,
        Action::RecordEdit,
        Action::Undo,
        Action::Redo,
    ],
    groups: &[],
};

/// Which calendar view is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarView {
    /// The coming days, grouped by day.
    Agenda,
    /// Monday to Sunday of one week.
    Week,
    /// A month as a grid of weeks.
    Month,
}

/// Whose meetings are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CalendarFilter {
    /// Everybody's.
    Everyone,
    /// Meetings a person organises or attends ("my meetings").
    Person(Id),
    /// Meetings at a facility.
    Facility(Id),
    /// Meetings attended by people of an NGO.
    Organisation(Id),
    /// Meetings at facilities in a region.
    Region(Region),
}

/// The calendar's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// Which view.
    pub view: CalendarView,
    /// The focused day: the agenda's first day, the week's or month's selected day.
    pub day: NaiveDate,
    /// Whose meetings.
    pub filter: CalendarFilter,
    /// In the agenda, the selected meeting (index into its entries).
    pub selected: usize,
    /// What the options of the filter picker stand for, from when it opened
    /// (records read meanwhile must not shift the choice).
    pub offered: Vec<CalendarFilter>,
    /// The week or month `Enter` on a day came from: the agenda then shows
    /// that day's meetings, and `Esc` goes back to the week or month.
    pub back_to: Option<CalendarView>,
    /// The week's selected hour of the selected day (0–23): where `n`
    /// plans a meeting.
    pub hour: u32,
}

/// The hour the week's selection starts at: a working day's first.
pub const FIRST_HOUR: u32 = 9;

/// How many days the agenda covers.
pub const AGENDA_DAYS: u64 = 14;

/// One occurrence of a meeting, as the calendar lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The meeting.
    pub id: Id,
    /// When.
    pub occurrence: Occurrence,
}

impl Calendar {
    /// An agenda from `today` for everyone.
    pub fn new(today: NaiveDate) -> Calendar {
        Calendar {
            view: CalendarView::Agenda,
            day: today,
            filter: CalendarFilter::Everyone,
            selected: 0,
            offered: Vec::new(),
            back_to: None,
            hour: FIRST_HOUR,
        }
    }

    /// Moves the week's selected hour by `hours` within the day.
    pub fn step_hour(&mut self, hours: i32) {
        self.hour = self.hour.saturating_add_signed(hours).min(23);
    }

    /// When `n` plans a meeting in the week: the selected day at the
    /// selected hour.
    pub fn selected_start(&self) -> NaiveDateTime {
        let hour = NaiveTime::from_hms_opt(self.hour, 0, 0).unwrap_or(NaiveTime::MIN);
        self.day.and_time(hour)
    }

    /// The first and the day after the last date the view shows.
    pub fn range(&self) -> (NaiveDate, NaiveDate) {
        match self.view {
            CalendarView::Agenda => (self.day, self.day + Days::new(AGENDA_DAYS)),
            CalendarView::Week => {
                let monday = week_start(self.day);
                (monday, monday + Days::new(7))
            }
            CalendarView::Month => {
                let first = self.day.with_day(1).unwrap_or(self.day);
                let start = week_start(first);
                (start, start + Days::new(42))
            }
        }
    }

    /// Steps one period (the agenda and week by a week, the month by a month).
    pub fn step_period(&mut self, forward: bool) {
        self.day = match (self.view, forward) {
            (CalendarView::Month, true) => self.day.checked_add_months(Months::new(1)),
            (CalendarView::Month, false) => self.day.checked_sub_months(Months::new(1)),
            (_, true) => self.day.checked_add_days(Days::new(7)),
            (_, false) => self.day.checked_sub_days(Days::new(7)),
        }
        .unwrap_or(self.day);
        self.selected = 0;
    }

    /// Steps `days` days (negative: back).
    pub fn step_days(&mut self, days: i64) {
        let stepped = if days >= 0 {
            self.day.checked_add_days(Days::new(days.unsigned_abs()))
        } else {
            self.day.checked_sub_days(Days::new(days.unsigned_abs()))
        };
        self.day = stepped.unwrap_or(self.day);
        self.selected = 0;
    }

    /// Shows the focused day's meetings: the agenda from that day, its first
    /// meeting selected; `Esc` comes back to the week or month.
    pub fn open_day(&mut self) {
        if self.view != CalendarView::Agenda {
            self.back_to = Some(self.view);
        }
        self.view = CalendarView::Agenda;
        self.selected = 0;
    }

    /// Shows `view`, chosen by its key (no way back to another view).
    pub fn show(&mut self, view: CalendarView) {
        self.view = view;
        self.back_to = None;
    }

    /// The agenda's selected occurrence; none in the week and month views.
    pub fn selected_entry(&self, data: &Data) -> Option<Entry> {
        if self.view != CalendarView::Agenda {
            return None;
        }
        let (from, to) = self.range();
        entries(data, from, to, self.filter)
            .get(self.selected)
            .copied()
    }
}

/// The Monday of the week `day` is in.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

fn midnight(day: NaiveDate) -> NaiveDateTime {
    day.and_time(NaiveTime::MIN)
}

/// Occurrences of meetings starting on days `[from, to)` that pass the
/// filter, archived meetings left out, in start order.
pub fn entries(data: &Data, from: NaiveDate, to: NaiveDate, filter: CalendarFilter) -> Vec<Entry> {
    let (start, end) = (midnight(from), midnight(to));
    let mut out: Vec<Entry> = data
        .meetings_around(start, end)
        .into_iter()
        .filter_map(|id| match data.get(Kind::Meeting, id) {
            Some(Record::Meeting(m)) if !m.meta.archived && passes(data, m, filter) => Some(m),
            _ => None,
        })
        .flat_map(|m| {
            let id = m.meta.id;
            occurrences(m, start, end)
                .into_iter()
                .map(move |occurrence| Entry { id, occurrence })
        })
        .collect();
    out.sort_by_key(|e| (e.occurrence.start, e.id));
    out
}

/// What a view of the days `[from, to)` shows: its entries (as
/// [`entries`] lists them) and, for each, whether it overlaps another
/// meeting with one of the same people or in the same facility, as saving
/// one would warn (`domain::conflict`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Window {
    /// The occurrences shown, in start order.
    pub entries: Vec<Entry>,
    /// Whether each clashes.
    pub clashes: Vec<bool>,
}

/// The [`Window`] of `[from, to)` for `filter`, worked out once per
/// version of the data and window and shared by every session showing it.
/// Only the window is looked at (a day either side, for meetings running
/// over midnight), every meeting's occurrences expanded once, and the other
/// meeting of a clash counts whoever the calendar is narrowed to.
pub fn window(data: &Data, from: NaiveDate, to: NaiveDate, filter: CalendarFilter) -> Arc<Window> {
    data.derived((from, to, filter), || window_of(data, from, to, filter))
}

fn window_of(data: &Data, from: NaiveDate, to: NaiveDate, filter: CalendarFilter) -> Window {
    let (start, end) = (midnight(from), midnight(to));
    let near_start = start.checked_sub_days(Days::new(1)).unwrap_or(start);
    let near_end = end.checked_add_days(Days::new(1)).unwrap_or(end);
    let mut near: Vec<(&Meeting, Occurrence)> = data
        .meetings_around(near_start, near_end)
        .into_iter()
        .filter_map(|id| match data.get(Kind::Meeting, id) {
            Some(Record::Meeting(m)) if !m.meta.archived => Some(m),
            _ => None,
        })
        .flat_map(|m| {
            occurrences(m, near_start, near_end)
                .into_iter()
                .map(move |o| (m, o))
        })
        .collect();
    near.sort_by_key(|(m, o)| (o.start, m.meta.id));
    let marked = crate::domain::conflict::overlapping(&near);
    let (entries, clashes) = near
        .iter()
        .zip(marked)
        .filter(|((m, o), _)| o.start >= start && o.start < end && passes(data, m, filter))
        .map(|((m, o), clash)| {
            let entry = Entry {
                id: m.meta.id,
                occurrence: *o,
            };
            (entry, clash)
        })
        .unzip();
    Window { entries, clashes }
}

/// Whether a meeting passes the calendar's filter.
pub fn passes(data: &Data, meeting: &Meeting, filter: CalendarFilter) -> bool {
    let people = || {
        meeting
            .organiser
            .into_iter()
            .chain(meeting.attendees.iter().copied())
    };
    match filter {
        CalendarFilter::Everyone => true,
        CalendarFilter::Person(p) => people().any(|id| id == p),
        CalendarFilter::Facility(f) => meeting.facility == Some(f),
        CalendarFilter::Organisation(o) => people().any(|id| {
            matches!(data.get(Kind::Person, id), Some(Record::Person(p)) if p.organisation == Some(o))
        }),
        CalendarFilter::Region(r) => meeting.facility.is_some_and(|f| {
            matches!(data.get(Kind::Facility, f), Some(Record::Facility(x)) if x.region == r)
        }),
    }
}

/// A person's action items still to do, soonest due first (undated last):
/// they stay in the owner's agenda until done (as `spojka agenda` lists them).
pub use crate::insight::agenda::open_actions;

/// Everything the calendar can be narrowed to, in picker order: people,
/// facilities, NGOs, regions (archived records left out).
pub fn filter_choices(data: &Data) -> Vec<(CalendarFilter, String)> {
    let named = |kind: Kind, make: fn(Id) -> CalendarFilter| {
        // People by surname, as in a phone book; shown by their name.
        let mut items: Vec<(String, CalendarFilter, String)> = data
            .all(kind)
            .filter(|r| !r.meta().archived)
            .map(|r| {
                let name = data.name(kind, r.id());
                let order = match r {
                    crate::domain::Record::Person(p) => p.sort_name(),
                    _ => name.clone(),
                };
                (order, make(r.id()), name)
            })
            .collect();
        crate::domain::collate::sort_by_name(&mut items, |(order, _, _)| order);
        items
            .into_iter()
            .map(|(_, filter, name)| (filter, name))
            .collect::<Vec<_>>()
    };
    let mut out = named(Kind::Person, CalendarFilter::Person);
    out.extend(named(Kind::Facility, CalendarFilter::Facility));
    out.extend(named(Kind::Organisation, CalendarFilter::Organisation));
    out.extend(
        Region::ALL
            .iter()
            .map(|r| (CalendarFilter::Region(*r), r.name_cs().to_string())),
    );
    out
}

/// The meeting with one occurrence (by its original date) moved to `start`,
/// keeping its length: a one-off meeting simply moves; a series records the
/// moved occurrence (RECURRENCE-ID), keeping any details it has of its own.
pub fn moved(mut meeting: Meeting, original: NaiveDate, start: NaiveDateTime) -> Meeting {
    let length = meeting.end - meeting.start;
    match &mut meeting.recurrence {
        None => {
            meeting.start = start;
            meeting.end = start + length;
        }
        Some(series) => {
            let details = series.override_of(original).and_then(|o| o.details.clone());
            series.set_override(Override {
                details,
                ..Override::moved(original, start, start + length)
            });
        }
    }
    meeting
}

/// The meeting with one occurrence (by its original date) marked held: a
/// one-off meeting's status; for a series, that occurrence's own status,
/// kept in its override (so the figures count it and the rest of the
/// series stays planned).
pub fn held(mut meeting: Meeting, original: NaiveDate) -> Meeting {
    let Some(occurrence) = occurrence_on(&meeting, original) else {
        return meeting;
    };
    if meeting.recurrence.is_none() {
        meeting.status = MeetingStatus::Held;
        return meeting;
    }
    let mut details = Details::of(&instance(&meeting, &occurrence));
    details.status = MeetingStatus::Held;
    if let Some(series) = &mut meeting.recurrence {
        series.set_override(Override {
            details: Some(Box::new(details)),
            ..Override::moved(original, occurrence.start, occurrence.end)
        });
    }
    meeting
}

/// The meeting with one occurrence cancelled: a one-off meeting's status
/// becomes cancelled; a series skips that date (EXDATE).
pub fn cancelled(mut meeting: Meeting, original: NaiveDate) -> Meeting {
    match &mut meeting.recurrence {
        None => meeting.status = MeetingStatus::Cancelled,
        Some(series) => {
            series.overrides.retain(|m| m.original != original);
            if !series.cancelled.contains(&original) {
                series.cancelled.push(original);
                series.cancelled.sort_unstable();
            }
        }
    }
    meeting
}
