//! Periods of the calendar the figures and the report cover by default.

use chrono::{Datelike, NaiveDate};

/// The default period: this calendar year up to today.
pub fn this_year(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    (year_start(today.year()).unwrap_or(today), today)
}

/// The whole calendar year `year`, ending at today when it is this year.
pub fn year(year: i32, today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let from = year_start(year)?;
    let to = NaiveDate::from_ymd_opt(year, 12, 31)?;
    Some((from, if year == today.year() { today } else { to }))
}

fn year_start(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, 1, 1)
}
