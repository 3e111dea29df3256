//! A demo database: the real Czech prisons, the association's member NGOs and
//! plenty of invented but plausible NGOs, people, assignments, agreements and
//! meetings, for a new user to try spojka on and for the benchmark.
//!
//! Everything comes from one seeded random generator, so the same seed and day
//! give the same records. Records are written with [`Store::insert_bulk`], one
//! call per kind in dependency order, since a save per record would take
//! minutes at the benchmark's scale.

mod actions;
mod agreements;
mod meetings;
pub mod names;
mod parties;

use crate::domain::{
    ActionItem, Agreement, Assignment, Entity, Facility, Meeting, Organisation, Person, Record,
    Timestamp,
};
use crate::seed::{self, SeedError};
use crate::store::{Edit, Op, OpKind, Store, StoreError};
use chrono::{NaiveDate, NaiveTime};
use fastrand::Rng;
use std::path::PathBuf;

/// Who the demo's audit entries name.
pub const AUTHOR: &str = "spojka demo";

/// How many records of each kind to make (facilities are always the real list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoSize {
    /// Meetings.
    pub meetings: usize,
    /// Agreements, renewals included.
    pub agreements: usize,
    /// People.
    pub people: usize,
    /// NGOs, the member organisations included.
    pub ngos: usize,
    /// Assignments of people to facilities.
    pub assignments: usize,
}

impl DemoSize {
    /// The benchmark's proportions scaled to `meetings`: at 100,000 meetings,
    /// 10,000 agreements, 5,000 people, 1,000 NGOs and 7,500 assignments.
    /// Every kind gets at least one record when there are meetings at all.
    pub fn for_meetings(meetings: usize) -> DemoSize {
        let at_least_one = |n: usize| if meetings > 0 { n.max(1) } else { n };
        let people = at_least_one(meetings / 20);
        DemoSize {
            meetings,
            agreements: at_least_one(meetings / 10),
            people,
            ngos: at_least_one(meetings / 100),
            assignments: people * 3 / 2,
        }
    }

    /// A database a new user can look through in a few minutes.
    pub fn small() -> DemoSize {
        DemoSize {
            meetings: 600,
            agreements: 60,
            people: 80,
            ngos: 25,
            assignments: 120,
        }
    }
}

/// How many records of each kind the demo made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DemoReport {
    /// Facilities (the real list).
    pub facilities: usize,
    /// NGOs.
    pub ngos: usize,
    /// People.
    pub people: usize,
    /// Assignments.
    pub assignments: usize,
    /// Agreements.
    pub agreements: usize,
    /// Meetings.
    pub meetings: usize,
    /// Action items from held meetings (about one in four coordination
    /// meetings leaves one).
    pub action_items: usize,
}

/// Why no demo was made.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The database already holds records; the demo would mix with them.
    #[error(
        "the database {0} already holds records; the demo only fills a new database: choose a new one with --db PATH"
    )]
    NotEmpty(PathBuf),
    /// Sizes that cannot be made, e.g. agreements without any NGO.
    #[error("cannot make a demo of this size: {0}")]
    Size(&'static str),
    /// The reference facilities could not be read.
    #[error(transparent)]
    Seed(#[from] SeedError),
    /// Writing failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What the generators share: the random source, the day the demo is built
/// around, and the records made so far (as stored, with their ids).
struct World {
    rng: Rng,
    today: NaiveDate,
    now: Timestamp,
    facilities: Vec<Facility>,
    orgs: Vec<Organisation>,
    people: Vec<Person>,
}

/// Fills an empty database with a demo of `size`, built around `today`.
/// The same `seed` and `today` give the same records, timestamps included
/// (they are set to the start of `today`, not the wall clock).
pub fn generate(
    store: &Store,
    size: DemoSize,
    seed: u64,
    today: NaiveDate,
) -> Result<DemoReport, DemoError> {
    if !store.is_empty() {
        return Err(DemoError::NotEmpty(store.path().to_path_buf()));
    }
    if size.ngos == 0 && size.agreements > 0 {
        return Err(DemoError::Size("agreements need at least one NGO"));
    }
    if size.people == 0 && size.assignments > 0 {
        return Err(DemoError::Size("assignments need at least one person"));
    }
    let now = today.and_time(NaiveTime::MIN).and_utc();
    let mut world = World {
        rng: Rng::with_seed(seed),
        today,
        now,
        facilities: Vec::new(),
        orgs: Vec::new(),
        people: Vec::new(),
    };
    // The whole demo is one operation: killed half-way, nothing of it stays.
    let mut op = store.begin(OpKind::Demo, AUTHOR, now);
    op.summarise(format!("made a demo of {} meetings", size.meetings));
    let store = &mut op;
    world.facilities = insert(store, seed::reference_facilities()?, now)?;
    let orgs = parties::organisations(&mut world, size.ngos);
    world.orgs = insert(store, orgs, now)?;
    let people = parties::people(&mut world, size.people);
    world.people = insert(store, people, now)?;
    for facility in insert(store, parties::liaisons(&world), now)? {
        if let Some(slot) = world
            .facilities
            .iter_mut()
            .find(|f| f.meta.id == facility.meta.id)
        {
            *slot = facility;
        }
    }
    let assignments: Vec<Assignment> = {
        let made = parties::assignments(&mut world, size.assignments);
        insert(store, made, now)?
    };
    // Renewals refer to the agreements they replace, so those go in first.
    let (originals, renewals) = agreements::plan(&mut world, size.agreements);
    let originals: Vec<Agreement> = insert(store, originals, now)?;
    let renewals = agreements::renewals(&mut world, &originals, renewals);
    let renewals: Vec<Agreement> = insert(store, renewals, now)?;
    let meetings: Vec<Meeting> = {
        let made = meetings::meetings(&mut world, size.meetings);
        insert(store, made, now)?
    };
    let action_items: Vec<ActionItem> = {
        let made = actions::action_items(&mut world, &meetings);
        insert(store, made, now)?
    };
    op.commit()?;
    Ok(DemoReport {
        facilities: world.facilities.len(),
        ngos: world.orgs.len(),
        people: world.people.len(),
        assignments: assignments.len(),
        agreements: originals.len() + renewals.len(),
        meetings: meetings.len(),
        action_items: action_items.len(),
    })
}

/// Adds new records of one kind to the operation and hands them back typed,
/// as they will be stored.
fn insert<T: Entity + 'static>(
    op: &mut Op<'_>,
    records: Vec<T>,
    _now: Timestamp,
) -> Result<Vec<T>, DemoError> {
    let edits = records.into_iter().map(|r| Edit::Save(r.into())).collect();
    let stored = op.write(edits)?;
    Ok(stored.into_iter().filter_map(typed::<T>).collect())
}

/// The record inside a [`Record`], when it is of kind `T`.
fn typed<T: Entity + 'static>(record: Record) -> Option<T> {
    T::try_from(record).ok()
}
