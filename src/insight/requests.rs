//! Figures of cooperation requests over a period, per region and per
//! facility: how many were started (made) in it, how many completed (their
//! last step passed in it), and the median days each step took, over the
//! steps done in it (a step's days run from the step before it, or from the
//! request's making for the first; skipped steps took no time and are left
//! out). Archived requests are left out.

use crate::domain::request::{completed, step_days};
use crate::domain::{Id, Kind, Record, Region};
use crate::model::Data;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The figures of one group of requests (a region's, a facility's).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    /// Requests made in the period.
    pub started: usize,
    /// Requests whose last step was passed in the period.
    pub completed: usize,
    /// Each step's days, over the steps done in the period, by step key.
    pub days: BTreeMap<String, Vec<i64>>,
}

impl Tally {
    /// The median days of step `key`, None when no such step was done.
    pub fn median(&self, key: &str) -> Option<f64> {
        median(self.days.get(key)?)
    }
}

/// The median of `values` (the mean of the middle two for an even count).
pub fn median(values: &[i64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2] as f64),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0),
    }
}

/// Requests' figures over a period.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestFigures {
    /// Per region of the facility asked, regions without requests left out.
    pub per_region: BTreeMap<Region, Tally>,
    /// Per facility asked.
    pub per_facility: BTreeMap<Id, Tally>,
    /// Every request.
    pub all: Tally,
}

impl RequestFigures {
    /// The figures of the days `from` to `to`, both included.
    pub fn compute(data: &Data, from: NaiveDate, to: NaiveDate) -> RequestFigures {
        let mut out = RequestFigures::default();
        let within = |day: NaiveDate| from <= day && day <= to;
        for record in data.all(Kind::Request) {
            let Record::Request(r) = record else { continue };
            if r.meta.archived {
                continue;
            }
            let list = data.steps_of(r);
            let region = match data.get(Kind::Facility, r.facility) {
                Some(Record::Facility(f)) => Some(f.region),
                _ => None,
            };
            let started = within(r.meta.created.date_naive());
            let last = list
                .steps
                .last()
                .and_then(|def| r.steps.iter().find(|s| s.step == def.key))
                .and_then(|s| s.on);
            let done = completed(r, &list) && last.is_some_and(within);
            let days: Vec<(String, i64)> = step_days(r, &list)
                .into_iter()
                .filter(|(key, _)| {
                    r.steps
                        .iter()
                        .find(|s| &s.step == key)
                        .and_then(|s| s.on)
                        .is_some_and(within)
                })
                .collect();
            let mut tallies = vec![&mut out.all];
            let facility = out.per_facility.entry(r.facility).or_default();
            tallies.push(facility);
            if let Some(region) = region {
                tallies.push(out.per_region.entry(region).or_default());
            }
            for tally in tallies {
                tally.started += usize::from(started);
                tally.completed += usize::from(done);
                for (key, n) in &days {
                    tally.days.entry(key.clone()).or_default().push(*n);
                }
            }
        }
        let busy = |t: &Tally| t.started + t.completed + t.days.len() > 0;
        out.per_region.retain(|_, t| busy(t));
        out.per_facility.retain(|_, t| busy(t));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::request::{DoneBy, Pass, StepList, pass_next};
    use crate::sample::{self, with_id};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("date")
    }

    fn made(id: Id, facility: Id, on: NaiveDate) -> crate::domain::Request {
        let mut r = sample::request(&format!("Žádost {id}"), 9, facility);
        r.meta.created = on.and_hms_opt(9, 0, 0).expect("time").and_utc();
        r
    }

    fn done(r: &mut crate::domain::Request, on: NaiveDate) {
        let list = StepList::shipped();
        let at = crate::domain::request::next_step(r, &list).expect("a step left");
        let ticked = list.steps[at]
            .checklist
            .iter()
            .map(|i| i.key.clone())
            .collect();
        let how = Pass::Done {
            ticked,
            note: String::new(),
        };
        pass_next(r, &list, on, DoneBy::default(), how).expect("done");
    }

    #[test]
    fn started_completed_and_median_days_per_step_per_region_and_facility() {
        // Plzeň: one request made in March, its first step 2 days later;
        // one made in March with every step done, the last in April.
        let mut a = made(101, 1, day(3, 1));
        done(&mut a, day(3, 3));
        let mut b = made(102, 1, day(3, 10));
        done(&mut b, day(3, 14));
        for d in 15..21 {
            done(&mut b, day(4, d));
        }
        // Mírov: made before the period, first step in it after 8 days;
        // an archived one is left out.
        let mut c = made(103, 2, day(2, 20));
        done(&mut c, day(2, 28));
        let mut gone = made(104, 2, day(3, 1));
        gone.meta.archived = true;
        let data = Data::new(vec![
            with_id(sample::facility("Věznice Plzeň", Region::Plzensky), 1),
            with_id(sample::facility("Věznice Mírov", Region::Olomoucky), 2),
            with_id(a, 101),
            with_id(b, 102),
            with_id(c, 103),
            with_id(gone, 104),
        ]);
        let f = RequestFigures::compute(&data, day(2, 25), day(4, 30));
        assert_eq!((f.all.started, f.all.completed), (2, 1));
        let plzen = &f.per_region[&Region::Plzensky];
        assert_eq!((plzen.started, plzen.completed), (2, 1));
        assert_eq!(plzen.median("received"), Some(3.0), "2 and 4 days");
        assert_eq!(plzen.median("liaison_contacted"), Some(32.0));
        let mirov = &f.per_facility[&2];
        assert_eq!((mirov.started, mirov.completed), (0, 0));
        assert_eq!(mirov.median("received"), Some(8.0));
        assert_eq!(f.all.median("received"), Some(4.0), "2, 4 and 8 days");
        // A period before any step: nothing.
        let before = RequestFigures::compute(&data, day(1, 1), day(1, 31));
        assert!(before.per_region.is_empty() && before.all.days.is_empty());
        assert_eq!(median(&[5, 1, 3, 2]), Some(2.5));
    }
}
