//! Impact figures for a period: meetings held (per month, facility, NGO and
//! region), agreements in force month by month, and how many coordinators and
//! facilities the cooperation reached.
//!
//! The rules, where the records leave room for choice:
//! - A meeting is *held* when its status is Held and it starts in the period
//!   (days inclusive). One-off meetings come from the by-start index
//!   ([`Data::meetings_around`]), so a year of figures reads that year's
//!   meetings, not all of them. A repeating meeting is marked held as a whole
//!   (through its form), so each of its occurrences in the period counts,
//!   cancelled dates left out and moved ones counted where they moved to.
//! - An NGO's meeting is one whose organiser or an attendee works for the NGO
//!   (`Person::organisation`); it counts once per NGO however many of its
//!   people were there.
//! - Agreements in force follow [`crate::domain::lifecycle::is_active`] on the
//!   last day of each month (on `to` for the last month).
//! - A coordinator is covered when one of their assignments is in force on
//!   some day of the period; a facility when an agreement naming it or an
//!   assignment to it is.
//! - Archived records count for nothing: an archived meeting, agreement or
//!   assignment is left out, and an archived facility, NGO or person gets no
//!   row of its own and covers nothing.

use crate::app::Data;
use crate::domain::lifecycle::is_active;
use crate::domain::occurrences::occurrences;
use crate::domain::{Agreement, Assignment, Id, Kind, MeetingStatus, Record, Region};
use chrono::{Datelike, Months, NaiveDate, NaiveDateTime, NaiveTime};
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

/// A record with the number of meetings held that count for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// The facility or NGO.
    pub id: Id,
    /// Its name, as shown.
    pub name: String,
    /// Meetings held.
    pub count: usize,
}

/// A month of the period with a number for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthCount {
    /// The first day of the month.
    pub month: NaiveDate,
    /// The count for that month.
    pub count: usize,
}

/// Everything the figures view and the report show, for one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    /// First day of the period.
    pub from: NaiveDate,
    /// Last day of the period (inclusive).
    pub to: NaiveDate,
    /// Meetings held in the period.
    pub held: usize,
    /// Meetings held per month, every month of the period, zeros included.
    pub held_per_month: Vec<MonthCount>,
    /// Meetings held per facility, most first (facilities with none left out).
    pub per_facility: Vec<Tally>,
    /// Meetings held per NGO, most first (NGOs with none left out).
    pub per_ngo: Vec<Tally>,
    /// Meetings held per region, most first; every region, zeros included.
    pub per_region: Vec<(Region, usize)>,
    /// Agreements in force on each month's last day (on `to` for the last).
    pub active_agreements: Vec<MonthCount>,
    /// People with an assignment in force on some day of the period.
    pub coordinators: BTreeSet<Id>,
    /// Facilities with an agreement or assignment in force on some day of the
    /// period.
    pub facilities: BTreeSet<Id>,
}

impl Figures {
    /// The figures of the days `from` to `to`, both included. A period that
    /// runs backwards is taken as empty (no months, nothing held).
    pub fn compute(data: &Data, from: NaiveDate, to: NaiveDate) -> Figures {
        let months = months_of(from, to);
        let mut figures = Figures {
            from,
            to,
            held: 0,
            held_per_month: months
                .iter()
                .map(|m| MonthCount {
                    month: *m,
                    count: 0,
                })
                .collect(),
            per_facility: Vec::new(),
            per_ngo: Vec::new(),
            per_region: Vec::new(),
            active_agreements: Vec::new(),
            coordinators: BTreeSet::new(),
            facilities: BTreeSet::new(),
        };
        if to < from {
            figures.per_region = Region::ALL.iter().map(|r| (*r, 0)).collect();
            return figures;
        }
        figures.count_held(data);
        // The NGO check once per agreement, not once per agreement and month.
        let agreements: Vec<&Agreement> = data
            .all(Kind::Agreement)
            .filter_map(|r| match r {
                Record::Agreement(a) if live(data, Kind::Organisation, a.organisation) => Some(a),
                _ => None,
            })
            .collect();
        figures.active_agreements = months
            .iter()
            .map(|m| {
                let day = month_end(*m).min(to);
                MonthCount {
                    month: *m,
                    count: agreements.iter().filter(|a| is_active(a, day)).count(),
                }
            })
            .collect();
        figures.count_covered(data);
        figures
    }

    /// The meetings held: totals, per month, facility, NGO and region.
    ///
    /// A year at 100,000 meetings holds tens of thousands of held ones, so
    /// each person's NGO and each facility's region is looked up once and
    /// remembered, and a one-off meeting is not expanded: the index already
    /// says it starts in the period.
    fn count_held(&mut self, data: &Data) {
        let (start, end) = (day_start(self.from), day_after(self.to));
        let mut facilities: FxHashMap<Id, usize> = FxHashMap::default();
        let mut ngos: FxHashMap<Id, usize> = FxHashMap::default();
        let mut regions = [0usize; Region::ALL.len()];
        let mut region_of: FxHashMap<Id, Option<usize>> = FxHashMap::default();
        let mut ngo_of: FxHashMap<Id, Option<Id>> = FxHashMap::default();
        let mut meeting_ngos: Vec<Id> = Vec::new();
        // In id order, which is storage order: the index gives them by start,
        // and walking the records in that order would jump all over memory.
        let mut ids = data.meetings_around(start, end);
        ids.sort_unstable();
        for id in ids {
            let Some(Record::Meeting(m)) = data.get(Kind::Meeting, id) else {
                continue;
            };
            if m.meta.archived || m.status != MeetingStatus::Held {
                continue;
            }
            let count = if m.recurrence.is_some() {
                let found = occurrences(m, start, end);
                for o in &found {
                    self.count_in_month(o.start);
                }
                found.len()
            } else {
                self.count_in_month(m.start);
                1
            };
            if count == 0 {
                continue;
            }
            self.held += count;
            if let Some(f) = m.facility {
                let region = *region_of.entry(f).or_insert_with(|| live_region(data, f));
                if let Some(region) = region {
                    *facilities.entry(f).or_default() += count;
                    regions[region] += count;
                }
            }
            meeting_ngos.clear();
            for person in m.organiser.iter().chain(&m.attendees) {
                let ngo = *ngo_of
                    .entry(*person)
                    .or_insert_with(|| live_ngo(data, *person));
                if let Some(ngo) = ngo.filter(|n| !meeting_ngos.contains(n)) {
                    meeting_ngos.push(ngo);
                }
            }
            for ngo in &meeting_ngos {
                *ngos.entry(*ngo).or_default() += count;
            }
        }
        self.per_facility = tallies(data, Kind::Facility, facilities);
        self.per_ngo = tallies(data, Kind::Organisation, ngos);
        let mut per_region: Vec<(Region, usize)> =
            Region::ALL.iter().copied().zip(regions).collect();
        // Stable: regions with equal counts stay in their usual order.
        per_region.sort_by_key(|r| std::cmp::Reverse(r.1));
        self.per_region = per_region;
    }

    /// Adds one meeting held at `at` to its month.
    fn count_in_month(&mut self, at: NaiveDateTime) {
        if let Some(slot) = self
            .held_per_month
            .get_mut(month_index(self.from, at.date()))
        {
            slot.count += 1;
        }
    }

    /// Coordinators and facilities reached by agreements and assignments.
    fn count_covered(&mut self, data: &Data) {
        for record in data.all(Kind::Assignment) {
            let Record::Assignment(a) = record else {
                continue;
            };
            if !assignment_overlaps(a, self.from, self.to) {
                continue;
            }
            if live(data, Kind::Person, a.person) {
                self.coordinators.insert(a.person);
            }
            if live(data, Kind::Facility, a.facility) {
                self.facilities.insert(a.facility);
            }
        }
        for record in data.all(Kind::Agreement) {
            let Record::Agreement(a) = record else {
                continue;
            };
            if agreement_overlaps(a, self.from, self.to)
                && live(data, Kind::Organisation, a.organisation)
            {
                self.facilities.extend(
                    a.facilities
                        .iter()
                        .filter(|f| live(data, Kind::Facility, **f)),
                );
            }
        }
    }

    /// The largest monthly count of meetings held (for scaling bars).
    pub fn busiest_month(&self) -> usize {
        self.held_per_month
            .iter()
            .map(|c| c.count)
            .max()
            .unwrap_or(0)
    }
}

/// The NGO a person works for, if both are live.
fn live_ngo(data: &Data, person: Id) -> Option<Id> {
    match data.get(Kind::Person, person) {
        Some(Record::Person(p)) if !p.meta.archived => p
            .organisation
            .filter(|ngo| live(data, Kind::Organisation, *ngo)),
        _ => None,
    }
}

/// The position of a live facility's region in [`Region::ALL`].
fn live_region(data: &Data, facility: Id) -> Option<usize> {
    match data.get(Kind::Facility, facility) {
        Some(Record::Facility(f)) if !f.meta.archived => {
            Some(crate::insight::coverage::region_index(f.region))
        }
        _ => None,
    }
}

/// Named counts, most first, then by name.
fn tallies(data: &Data, kind: Kind, counts: FxHashMap<Id, usize>) -> Vec<Tally> {
    let mut out: Vec<Tally> = counts
        .into_iter()
        .map(|(id, count)| Tally {
            id,
            name: data.name(kind, id),
            count,
        })
        .collect();
    out.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.id.cmp(&b.id))
    });
    out
}

/// Whether an agreement is in force on some day of `[from, to]`: the lifecycle
/// rule asked on the first day of the period it could be in force.
fn agreement_overlaps(a: &Agreement, from: NaiveDate, to: NaiveDate) -> bool {
    let first = a.valid_from.map_or(from, |v| v.max(from));
    first <= to && is_active(a, first)
}

/// Whether an assignment is in force on some day of `[from, to]`.
fn assignment_overlaps(a: &Assignment, from: NaiveDate, to: NaiveDate) -> bool {
    !a.meta.archived && a.from.is_none_or(|f| f <= to) && a.until.is_none_or(|u| u >= from)
}

/// Whether a record exists and is not archived.
fn live(data: &Data, kind: Kind, id: Id) -> bool {
    data.get(kind, id).is_some() && !data.is_archived(kind, id)
}

/// The first day of every month touching `[from, to]`, in order.
pub fn months_of(from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut month = month_start(from);
    while month <= to {
        out.push(month);
        match month.checked_add_months(Months::new(1)) {
            Some(next) => month = next,
            None => break,
        }
    }
    out
}

/// The first day of `day`'s month.
pub fn month_start(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// The last day of the month starting at `month`.
pub fn month_end(month: NaiveDate) -> NaiveDate {
    month
        .checked_add_months(Months::new(1))
        .and_then(|next| next.pred_opt())
        .unwrap_or(month)
}

/// Position of `day`'s month among the months starting with `from`'s.
fn month_index(from: NaiveDate, day: NaiveDate) -> usize {
    let months = (day.year() - from.year()) * 12 + day.month0() as i32 - from.month0() as i32;
    usize::try_from(months).unwrap_or(usize::MAX)
}

fn day_start(day: NaiveDate) -> NaiveDateTime {
    day.and_time(NaiveTime::MIN)
}

fn day_after(day: NaiveDate) -> NaiveDateTime {
    day.succ_opt().unwrap_or(day).and_time(NaiveTime::MIN)
}
