//! Fixed dates and times, so that what a test sees does not depend on the
//! day it runs.

use chrono::{NaiveDate, NaiveDateTime};

/// The moment app and session tests run at: Wednesday 25 November 2026,
/// 09:00 in Prague.
pub fn now() -> NaiveDateTime {
    spojka::sample::at(2026, 11, 25, 9, 0)
}

/// The day of [`now`].
pub fn today() -> NaiveDate {
    now().date()
}

/// The date `y`-`m`-`d`, which must exist.
pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

/// A date written as `2026-03-29`.
pub fn parse_day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a test date")
}

/// A local time written as `2026-03-29 10:00`.
pub fn parse_at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("a test time")
}
