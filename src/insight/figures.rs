//! Impact figures for a period: meetings held (per month, facility, NGO and
//! region), agreements in force month by month, and how many coordinators and
//! facilities the cooperation reached.
//!
//! The rules, where the records leave room for choice:
//! - A meeting is *held* when its status is Held and it starts in the period
//!   (days inclusive). One-off meetings come from the by-start index
//!   ([`Data::meetings_around`]), so a year of figures reads that year's
//!   meetings, not all of them. An occurrence of a repeating meeting is held
//!   by its own status (`H` in the calendar marks one occurrence) or, when
//!   it has none, by the series' (a series marked held in its form): each
//!   held occurrence in the period counts, with its own facility and people
//!   where it has them, cancelled dates left out and moved ones counted
//!   where they moved to.
//! - An NGO's meeting is one whose organiser or an attendee works for the NGO
//!   (`Person::organisation`); it counts once per NGO however many of its
//!   people were there.
//! - Agreements in force follow [`crate::domain::lifecycle::is_active`] on the
//!   last day of each month (on `to` for the last month).
//! - A coordinator is a person with an assignment in the NGO coordinator's
//!   role in force on some day of the period (the dashboard's "no
//!   coordinator" looks for the same role); a facility is covered when an
//!   agreement naming it or an assignment to it in any role is.
//! - Archived records count for nothing: an archived meeting, agreement or
//!   assignment is left out, and an archived facility, NGO or person gets no
//!   row of its own and covers nothing.

use super::{LiveCache, live};
use crate::domain::collate;
use crate::domain::lifecycle::is_active;
use crate::domain::occurrences::{instance, occurrences, status_of};
use crate::domain::{Agreement, Assignment, Id, Kind, MeetingStatus, Record, Region};
use crate::model::Data;
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
    /// People with an assignment in the NGO coordinator's role in force on
    /// some day of the period.
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
        // The meetings held and the agreements and assignments in force read
        // different records: at 100,000 meetings, counting them side by side
        // on two cores keeps opening the view near the keystroke budget.
        let mut held = figures.clone();
        std::thread::scope(|scope| {
            let counting = std::thread::Builder::new()
                .name("figures".into())
                .spawn_scoped(scope, || {
                    held.count_held(data);
                    held
                });
            figures.active_agreements = active_agreements(data, &months, to);
            figures.count_covered(data);
            let held = match counting {
                Ok(thread) => thread
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                // No thread to be had: count here.
                Err(_) => {
                    let mut held = figures.clone();
                    held.count_held(data);
                    held
                }
            };
            figures.held = held.held;
            figures.held_per_month = held.held_per_month;
            figures.per_facility = held.per_facility;
            figures.per_ngo = held.per_ngo;
            figures.per_region = held.per_region;
        });
        figures
    }

    /// The meetings held: totals, per month, facility, NGO and region.
    ///
    /// A year at 100,000 meetings holds tens of thousands of held ones, so
    /// one-off meetings come from the data's index of held meetings (a few
    /// bytes each, in start order) rather than from their records, and each
    /// person's NGO and each facility's region is looked up once.
    fn count_held(&mut self, data: &Data) {
        let (start, end) = (day_start(self.from), day_after(self.to));
        let mut tally = HeldTally::new(data);
        for (at, held) in data.held_between(start, end) {
            self.count_in_month(at);
            tally.add(1, held.facility(), held.people());
        }
        for id in data.series_ids() {
            let Some(Record::Meeting(m)) = data.get(Kind::Meeting, id) else {
                continue;
            };
            // An occurrence is held by its own status, or by the series'
            // when it has none of its own.
            let own_held = m.recurrence.as_ref().is_some_and(|r| {
                r.overrides.iter().any(|o| {
                    o.details
                        .as_ref()
                        .is_some_and(|d| d.status == MeetingStatus::Held)
                })
            });
            if m.meta.archived || (m.status != MeetingStatus::Held && !own_held) {
                continue;
            }
            let mut as_series = 0;
            for o in occurrences(m, start, end) {
                if status_of(m, o.original) != MeetingStatus::Held {
                    continue;
                }
                self.count_in_month(o.start);
                if o.own {
                    let one = instance(m, &o);
                    let people = one.organiser.iter().chain(&one.attendees).copied();
                    tally.add(1, one.facility, people);
                } else {
                    as_series += 1;
                }
            }
            let people = m.organiser.iter().chain(&m.attendees).copied();
            tally.add(as_series, m.facility, people);
        }
        self.held = tally.held;
        self.per_facility = tallies(data, Kind::Facility, tally.facilities);
        self.per_ngo = tallies(data, Kind::Organisation, tally.ngos);
        let mut per_region: Vec<(Region, usize)> =
            Region::ALL.iter().copied().zip(tally.regions).collect();
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
        // Gathered first and checked for being live once per record, not
        // once per assignment or agreement naming it.
        let mut people: Vec<Id> = Vec::new();
        let mut facilities: Vec<Id> = Vec::new();
        for record in data.all(Kind::Assignment) {
            if let Record::Assignment(a) = record
                && assignment_overlaps(a, self.from, self.to)
            {
                if a.is_coordinator() {
                    people.push(a.person);
                }
                facilities.push(a.facility);
            }
        }
        let mut ngos = LiveCache::new(data, Kind::Organisation);
        for record in data.all(Kind::Agreement) {
            if let Record::Agreement(a) = record
                && agreement_overlaps(a, self.from, self.to)
                && ngos.is_live(a.organisation)
            {
                facilities.extend(&a.facilities);
            }
        }
        self.coordinators = live_ones(data, Kind::Person, people);
        self.facilities = live_ones(data, Kind::Facility, facilities);
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

/// Agreements in force on each month's last day (on `to` for the last).
fn active_agreements(data: &Data, months: &[NaiveDate], to: NaiveDate) -> Vec<MonthCount> {
    // The NGO check once per agreement, not once per agreement and month.
    let agreements: Vec<&Agreement> = data
        .all(Kind::Agreement)
        .filter_map(|r| match r {
            Record::Agreement(a) if live(data, Kind::Organisation, a.organisation) => Some(a),
            _ => None,
        })
        .collect();
    months
        .iter()
        .map(|m| {
            let day = month_end(*m).min(to);
            MonthCount {
                month: *m,
                count: agreements.iter().filter(|a| is_active(a, day)).count(),
            }
        })
        .collect()
}

/// Meetings held, counted per facility, NGO and region as they come.
struct HeldTally {
    held: usize,
    facilities: FxHashMap<Id, usize>,
    ngos: FxHashMap<Id, usize>,
    regions: [usize; Region::ALL.len()],
    /// Each live facility's region, by position in [`Region::ALL`].
    region_of: FxHashMap<Id, usize>,
    /// Each live person's live NGO. Built up front by walking the people
    /// in storage order: looking each one up as meetings name them would
    /// jump through memory thousands of times.
    ngo_of: FxHashMap<Id, Id>,
    meeting_ngos: Vec<Id>,
}

impl HeldTally {
    fn new(data: &Data) -> HeldTally {
        let mut ngos = LiveCache::new(data, Kind::Organisation);
        let ngo_of = data
            .all(Kind::Person)
            .filter_map(|r| match r {
                Record::Person(p) if !p.meta.archived => {
                    let ngo = p.organisation.filter(|n| ngos.is_live(*n))?;
                    Some((p.meta.id, ngo))
                }
                _ => None,
            })
            .collect();
        let region_of = data
            .all(Kind::Facility)
            .filter_map(|r| match r {
                Record::Facility(f) if !f.meta.archived => {
                    Some((f.meta.id, crate::insight::coverage::region_index(f.region)))
                }
                _ => None,
            })
            .collect();
        HeldTally {
            held: 0,
            facilities: FxHashMap::default(),
            ngos: FxHashMap::default(),
            regions: [0; Region::ALL.len()],
            region_of,
            ngo_of,
            meeting_ngos: Vec::new(),
        }
    }

    /// Adds `count` meetings held at `facility` with `people` there; an NGO
    /// counts once per meeting however many of its people came.
    fn add(&mut self, count: usize, facility: Option<Id>, people: impl Iterator<Item = Id>) {
        if count == 0 {
            return;
        }
        self.held += count;
        if let Some(f) = facility
            && let Some(region) = self.region_of.get(&f)
        {
            *self.facilities.entry(f).or_default() += count;
            self.regions[*region] += count;
        }
        self.meeting_ngos.clear();
        for person in people {
            if let Some(ngo) = self.ngo_of.get(&person)
                && !self.meeting_ngos.contains(ngo)
            {
                self.meeting_ngos.push(*ngo);
            }
        }
        for ngo in &self.meeting_ngos {
            *self.ngos.entry(*ngo).or_default() += count;
        }
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
            .then_with(|| collate::compare(&a.name, &b.name))
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

/// The distinct ids among `ids` whose records exist and are not archived.
fn live_ones(data: &Data, kind: Kind, mut ids: Vec<Id>) -> BTreeSet<Id> {
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter().filter(|id| live(data, kind, *id)).collect()
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
