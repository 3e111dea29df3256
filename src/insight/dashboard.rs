//! What needs attention on a given day: agreements about to end, facilities
//! without an agreement in force or without an assigned coordinator, people
//! with overdue action items, and the meetings of the coming week.
//!
//! The rules, each computed from the in-memory data in one pass per kind:
//! - **Ending agreements**: agreements in force today (signed, started, not
//!   archived) whose last day is 0 to 90 days away, in three bands (0–30,
//!   31–60, 61–90 days), soonest first. Open-ended agreements never end.
//! - **No agreement**: facilities covered by no agreement in force today.
//! - **No coordinator**: facilities with no assignment in the NGO
//!   coordinator's role in force today (from ≤ today ≤ until, either end
//!   open) whose person is not archived. Assignments in other roles
//!   (lecturers, volunteers, …) do not count, nor does the facility's own
//!   coordinator for NGOs (`Facility::coordinator`, its staff's side): the
//!   section is about an NGO having someone assigned; the facility's
//!   detail shows its own coordinator.
//! - **Overdue**: people (not archived) with open action items due before
//!   today, with how many and the oldest due date, oldest first. The line
//!   opens the person, whose detail lists the items.
//! - **Meetings**: occurrences starting from now until the end of the
//!   seventh day after today, cancelled meetings and occurrences left out.
//!
//! - **Requests waiting**: cooperation requests whose next step has waited
//!   longer than the configured number of days (`[requests] waiting_days`,
//!   14 by default) since the step before it was passed (or since the
//!   request was made, for the first step), longest first; the line says
//!   which step and who must act (the facility's liaison, or the NGO, as
//!   the step list says).
//!
//! Archived records are left out everywhere. The result holds ids and facts,
//! not text, so the view words it and names come from the data when drawn.

use super::live;
use crate::domain::collate;
use crate::domain::lifecycle::{days_left, is_active};
use crate::domain::occurrences::{occurrences, status_of};
use crate::domain::{ActionStatus, Id, Kind, MeetingStatus, Record};
use crate::model::Data;
use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};
use std::collections::{BTreeMap, HashSet};

/// The last day of each band of ending agreements, in days from today.
pub const ENDING_BANDS: [i64; 3] = [30, 60, 90];

/// How many days a request's step may wait before the dashboard shows it,
/// when config.toml does not say.
pub const DEFAULT_WAITING_DAYS: i64 = 14;

/// How many days after today the meetings section reaches (whole days).
pub const MEETING_DAYS: u64 = 7;

/// A part of the dashboard, in the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// Agreements ending in 0–30 days.
    Ending30,
    /// Agreements ending in 31–60 days.
    Ending60,
    /// Agreements ending in 61–90 days.
    Ending90,
    /// Facilities with no agreement in force.
    NoAgreement,
    /// Facilities with no NGO coordinator assigned (the coordinator's role).
    NoCoordinator,
    /// People with overdue action items.
    Overdue,
    /// Meetings in the coming week.
    Meetings,
    /// Cooperation requests waiting too long on one step.
    RequestsWaiting,
}

impl Section {
    /// Every section, in the order shown.
    /// Today's work leads: the coming week's meetings and overdue action
    /// items, then agreements ending, then facilities lacking cooperation.
    pub const ALL: [Section; 8] = [
        Section::Meetings,
        Section::Overdue,
        Section::Ending30,
        Section::Ending60,
        Section::Ending90,
        Section::NoAgreement,
        Section::NoCoordinator,
        Section::RequestsWaiting,
    ];

    /// The section's stable name, as a user's folded sections are saved
    /// (never change one: saved settings name it).
    pub fn name(self) -> &'static str {
        match self {
            Section::Ending30 => "ending_30",
            Section::Ending60 => "ending_60",
            Section::Ending90 => "ending_90",
            Section::NoAgreement => "no_agreement",
            Section::NoCoordinator => "no_coordinator",
            Section::Overdue => "overdue",
            Section::Meetings => "meetings",
            Section::RequestsWaiting => "requests_waiting",
        }
    }

    /// The section a saved name stands for; None for a name this version
    /// does not know.
    pub fn from_name(name: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// What a line says about its record besides the record's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    /// An agreement's last day and how many days are left until it.
    Ends {
        /// The last day in force.
        until: NaiveDate,
        /// Days from today to that day (0 = ends today).
        days_left: i64,
    },
    /// A facility lacking what its section is about.
    Lacks,
    /// A person's overdue action items.
    Overdue {
        /// How many.
        count: usize,
        /// The oldest due date among them.
        oldest: NaiveDate,
    },
    /// A meeting, or one occurrence of a series, and its start.
    Starts {
        /// When it starts.
        at: NaiveDateTime,
        /// The date the series' rule puts the occurrence on (a one-off
        /// meeting's own date), naming it among the series' overrides.
        original: NaiveDate,
    },
    /// A request's next step, waiting this many days.
    Waiting(i64),
}

/// One line of the dashboard: the record it opens and what to say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// Kind of the record the line opens.
    pub kind: Kind,
    /// Its id.
    pub id: Id,
    /// What to show beside its name.
    pub fact: Fact,
}

/// The whole dashboard for one moment: each section with its items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dashboard {
    /// The moment it was computed for.
    pub now: NaiveDateTime,
    /// Every section in [`Section::ALL`] order, each with its items in order.
    pub sections: Vec<(Section, Vec<Item>)>,
}

impl Dashboard {
    /// The items of one section.
    pub fn items(&self, section: Section) -> &[Item] {
        self.sections
            .iter()
            .find(|(s, _)| *s == section)
            .map_or(&[], |(_, items)| items.as_slice())
    }

    /// How many items there are in all sections.
    pub fn len(&self) -> usize {
        self.sections.iter().map(|(_, items)| items.len()).sum()
    }

    /// Whether nothing needs attention.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `index`-th item, counting through the sections in order.
    pub fn item(&self, index: usize) -> Option<&Item> {
        self.sections
            .iter()
            .flat_map(|(_, items)| items.iter())
            .nth(index)
    }
}

/// What needs attention at `now` (local time; its date is "today").
pub fn attention(data: &Data, now: NaiveDateTime) -> Dashboard {
    attention_waiting(data, now, DEFAULT_WAITING_DAYS)
}

/// [`attention`], with requests shown once a step waits longer than
/// `waiting_days`.
pub fn attention_waiting(data: &Data, now: NaiveDateTime, waiting_days: i64) -> Dashboard {
    let today = now.date();
    let [ending30, ending60, ending90] = ending(data, today);
    let sections = vec![
        (Section::Meetings, meetings(data, now)),
        (Section::Overdue, overdue(data, today)),
        (Section::Ending30, ending30),
        (Section::Ending60, ending60),
        (Section::Ending90, ending90),
        (Section::NoAgreement, without_agreement(data, today)),
        (Section::NoCoordinator, without_coordinator(data, today)),
        (
            Section::RequestsWaiting,
            requests_waiting(data, today, waiting_days),
        ),
    ];
    Dashboard { now, sections }
}

/// Requests (not archived) whose next step has waited more than
/// `waiting_days`, longest first.
fn requests_waiting(data: &Data, today: NaiveDate, waiting_days: i64) -> Vec<Item> {
    use crate::domain::request::{next_step, waiting_since};
    let mut found: Vec<(i64, Id)> = data
        .all(Kind::Request)
        .filter_map(|r| match r {
            Record::Request(r) if !r.meta.archived => {
                let list = data.steps_of(r);
                let since = waiting_since(r, &list, next_step(r, &list)?)?;
                let days = (today - since).num_days();
                (days > waiting_days).then_some((-days, r.meta.id))
            }
            _ => None,
        })
        .collect();
    found.sort_unstable();
    found
        .into_iter()
        .map(|(days, id)| Item {
            kind: Kind::Request,
            id,
            fact: Fact::Waiting(-days),
        })
        .collect()
}

/// A request's next step (its position in its list), who must act for it,
/// and the record that names them (the liaison, the NGO), if any.
pub type WhoActs = (usize, crate::domain::request::Acts, Option<(Kind, Id)>);

/// Who must act for a request's next step: the facility's liaison (a
/// person, when the facility names one) or the NGO; with the step's
/// position in its list. None when every step is passed.
pub fn who_acts(data: &Data, request: &crate::domain::Request) -> Option<WhoActs> {
    use crate::domain::request::{Acts, next_step};
    let list = data.steps_of(request);
    let at = next_step(request, &list)?;
    let acts = list.steps.get(at)?.acts;
    let who = match acts {
        Acts::Ngo => Some((Kind::Organisation, request.organisation)),
        Acts::Facility => match data.get(Kind::Facility, request.facility) {
            Some(Record::Facility(f)) => f.coordinator.map(|p| (Kind::Person, p)),
            _ => None,
        },
    };
    Some((at, acts, who))
}

/// Agreements in force ending within the bands, soonest first, one list per band.
fn ending(data: &Data, today: NaiveDate) -> [Vec<Item>; 3] {
    let mut found: Vec<(i64, Id, NaiveDate)> = data
        .all(Kind::Agreement)
        .filter_map(|r| match r {
            Record::Agreement(a) => {
                let left = days_left(a, today)?;
                let until = a.valid_until?;
                (0..=ENDING_BANDS[2])
                    .contains(&left)
                    .then_some((left, a.meta.id, until))
            }
            _ => None,
        })
        .collect();
    found.sort_unstable();
    let mut bands: [Vec<Item>; 3] = Default::default();
    for (left, id, until) in found {
        let band = ENDING_BANDS
            .iter()
            .position(|last| left <= *last)
            .unwrap_or(2);
        bands[band].push(Item {
            kind: Kind::Agreement,
            id,
            fact: Fact::Ends {
                until,
                days_left: left,
            },
        });
    }
    bands
}

/// Facilities not in `covered`, not archived, by name.
fn facilities_except(data: &Data, covered: &HashSet<Id>) -> Vec<Item> {
    let mut found: Vec<(std::borrow::Cow<'_, str>, Id)> = data
        .all(Kind::Facility)
        .filter(|r| !r.meta().archived && !covered.contains(&r.id()))
        .map(|r| (r.title(), r.id()))
        .collect();
    collate::sort_by_name(&mut found, |(name, _)| name);
    found
        .into_iter()
        .map(|(_, id)| Item {
            kind: Kind::Facility,
            id,
            fact: Fact::Lacks,
        })
        .collect()
}

fn without_agreement(data: &Data, today: NaiveDate) -> Vec<Item> {
    let covered: HashSet<Id> = data
        .all(Kind::Agreement)
        .filter_map(|r| match r {
            Record::Agreement(a) if is_active(a, today) => Some(a.facilities.iter().copied()),
            _ => None,
        })
        .flatten()
        .collect();
    facilities_except(data, &covered)
}

fn without_coordinator(data: &Data, today: NaiveDate) -> Vec<Item> {
    let covered: HashSet<Id> = data
        .all(Kind::Assignment)
        .filter_map(|r| match r {
            Record::Assignment(a)
                if !a.meta.archived
                    && a.is_coordinator()
                    && a.from.is_none_or(|from| from <= today)
                    && a.until.is_none_or(|until| until >= today)
                    && live(data, Kind::Person, a.person) =>
            {
                Some(a.facility)
            }
            _ => None,
        })
        .collect();
    facilities_except(data, &covered)
}

fn overdue(data: &Data, today: NaiveDate) -> Vec<Item> {
    let mut by_owner: BTreeMap<Id, (usize, NaiveDate)> = BTreeMap::new();
    for record in data.all(Kind::ActionItem) {
        let Record::ActionItem(item) = record else {
            continue;
        };
        let Some(due) = item.due else {
            continue;
        };
        if item.meta.archived || item.status != ActionStatus::Open || due >= today {
            continue;
        }
        let entry = by_owner.entry(item.owner).or_insert((0, due));
        entry.0 += 1;
        entry.1 = entry.1.min(due);
    }
    let mut found: Vec<(NaiveDate, Id, usize)> = by_owner
        .into_iter()
        .filter(|(owner, _)| live(data, Kind::Person, *owner))
        .map(|(owner, (count, oldest))| (oldest, owner, count))
        .collect();
    found.sort_unstable();
    found
        .into_iter()
        .map(|(oldest, id, count)| Item {
            kind: Kind::Person,
            id,
            fact: Fact::Overdue { count, oldest },
        })
        .collect()
}

/// Occurrences from `now` to the end of the last day of the window, through
/// the by-start index (one-off meetings) and the series expanded for the
/// window only.
fn meetings(data: &Data, now: NaiveDateTime) -> Vec<Item> {
    let last_day = now.date() + Days::new(MEETING_DAYS + 1);
    let end = last_day.and_time(NaiveTime::MIN);
    let mut found: Vec<(NaiveDateTime, Id, NaiveDate)> = Vec::new();
    for id in data.meetings_around(now, end) {
        let Some(Record::Meeting(meeting)) = data.get(Kind::Meeting, id) else {
            continue;
        };
        if meeting.meta.archived || meeting.status == MeetingStatus::Cancelled {
            continue;
        }
        found.extend(
            occurrences(meeting, now, end)
                .into_iter()
                .filter(|o| status_of(meeting, o.original) != MeetingStatus::Cancelled)
                .map(|o| (o.start, id, o.original)),
        );
    }
    found.sort_unstable();
    found
        .into_iter()
        .map(|(at, id, original)| Item {
            kind: Kind::Meeting,
            id,
            fact: Fact::Starts { at, original },
        })
        .collect()
}
