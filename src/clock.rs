//! The one clock of the program: every "now" and "today" comes from here.
//!
//! Users are in Czechia, so "now" and "today" are Europe/Prague whatever the
//! machine's `TZ` says: servers usually run in UTC, where 23:30 on New Year's
//! Eve is already the next year in Prague. Timestamps (audit entries,
//! `DTSTAMP`) are instants in UTC. Nothing else in the crate asks the
//! operating system for the time, so tests fix the clock by passing
//! [`Clock::Fixed`], and the binary can be run at a chosen instant with
//! `SPOJKA_NOW` (a testing aid; see [`Clock::from_env`]).

use crate::domain::prague;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

/// The environment variable that fixes the binary's clock, for tests of the
/// real program: an RFC 3339 instant such as `2026-12-31T23:30:00Z`.
pub const NOW_VAR: &str = "SPOJKA_NOW";

/// Where the time comes from: the system's clock, or a fixed time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// The system's clock, read in Europe/Prague.
    System,
    /// Always this wall-clock time in Prague (tests, `SPOJKA_NOW`).
    Fixed(NaiveDateTime),
}

/// `SPOJKA_NOW` holds something that is not an instant.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{NOW_VAR}={value:?} is not a time: write it as RFC 3339, e.g. 2026-12-31T23:30:00Z, or unset it (it fixes spojka's clock for tests)"
)]
pub struct ClockError {
    /// What the variable held.
    pub value: String,
}

impl Clock {
    /// The clock of the binary: the system's, unless `SPOJKA_NOW` fixes it.
    /// A value that does not read is refused rather than ignored, so a test
    /// never silently runs on the real date.
    pub fn from_env() -> Result<Clock, ClockError> {
        match std::env::var(NOW_VAR) {
            Ok(value) if !value.trim().is_empty() => Clock::parse(&value),
            _ => Ok(Clock::System),
        }
    }

    /// A clock fixed at an RFC 3339 instant (`2026-12-31T23:30:00Z`,
    /// `2027-01-01T00:30:00+01:00`).
    pub fn parse(value: &str) -> Result<Clock, ClockError> {
        DateTime::parse_from_rfc3339(value.trim())
            .map(|at| Clock::at(at.with_timezone(&Utc)))
            .map_err(|_| ClockError {
                value: value.to_string(),
            })
    }

    /// A clock fixed at an instant.
    pub fn at(instant: DateTime<Utc>) -> Clock {
        Clock::Fixed(prague::wall_clock(instant))
    }

    /// The current instant, for timestamps (audit entries, `DTSTAMP`).
    pub fn now_utc(self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Fixed(at) => prague::instant(at).with_timezone(&Utc),
        }
    }

    /// The wall-clock time in Prague: what meeting times are compared with.
    pub fn now_prague(self) -> NaiveDateTime {
        match self {
            Clock::System => prague::wall_clock(Utc::now()),
            Clock::Fixed(at) => at,
        }
    }

    /// Today's date in Prague.
    pub fn today(self) -> NaiveDate {
        self.now_prague().date()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::at;

    #[test]
    fn new_years_eve_in_utc_is_new_year_in_prague() {
        let clock = Clock::parse("2026-12-31T23:30:00Z").expect("reads");
        assert_eq!(clock.now_prague(), at(2027, 1, 1, 0, 30));
        assert_eq!(clock.today(), at(2027, 1, 1, 0, 0).date());
        assert_eq!(clock.now_utc().to_rfc3339(), "2026-12-31T23:30:00+00:00");
    }

    #[test]
    fn summer_time_is_two_hours_ahead() {
        let clock = Clock::parse("2026-07-01T22:15:00Z").expect("reads");
        assert_eq!(clock.now_prague(), at(2026, 7, 2, 0, 15));
    }

    #[test]
    fn an_offset_is_honoured() {
        let clock = Clock::parse("2027-01-01T00:30:00+01:00").expect("reads");
        assert_eq!(clock, Clock::parse("2026-12-31T23:30:00Z").expect("reads"));
    }

    #[test]
    fn a_bad_value_is_refused_with_the_value() {
        let e = Clock::parse("tomorrow").expect_err("refused");
        assert!(e.to_string().contains("SPOJKA_NOW=\"tomorrow\""), "{e}");
        assert!(Clock::parse("2026-12-31 23:30").is_err());
    }
}
