//! A repeat rule read for people: which of the usual shapes it has (every
//! week, every first Tuesday of the month…) and how it ends, so the
//! catalog can say it in words. Rules of other shapes are kept as written.

use super::recurrence::part;
use chrono::NaiveDate;

/// How a series repeats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Repeat {
    /// Every `n` days.
    Daily(u32),
    /// Every `n` weeks, on these weekdays (1 = Monday; empty: the start's).
    Weekly(u32, Vec<u32>),
    /// Every `n` months on the start's day of the month.
    MonthlyOnDay(u32),
    /// Every `n` months on a weekday (1 = Monday) of an ordinal week
    /// (1–4, or -1 for the last).
    MonthlyOnWeekday(u32, i32, u32),
    /// Every `n` years on the start's date.
    Yearly(u32),
    /// Any other rule, as written.
    Other(String),
}

/// How a series ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ends {
    /// It does not.
    Never,
    /// After this many meetings.
    After(u32),
    /// On this day (the last meeting on or before it).
    On(NaiveDate),
}

/// A rule read: its shape and its end.
pub fn read(rule: &str) -> (Repeat, Ends) {
    let rule = rule.trim().trim_start_matches("RRULE:");
    let interval = part(rule, "INTERVAL")
        .and_then(|n| n.trim().parse::<u32>().ok())
        .filter(|n| *n > 0)
        .unwrap_or(1);
    let ends = if let Some(count) = part(rule, "COUNT").and_then(|n| n.trim().parse().ok()) {
        Ends::After(count)
    } else if let Some(until) = part(rule, "UNTIL").and_then(until_day) {
        Ends::On(until)
    } else {
        Ends::Never
    };
    let known = ["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "WKST"];
    let unusual = rule.split(';').filter(|p| !p.is_empty()).any(|p| {
        let key = p.split('=').next().unwrap_or_default();
        !known.iter().any(|k| key.eq_ignore_ascii_case(k))
    });
    let freq = part(rule, "FREQ")
        .unwrap_or_default()
        .trim()
        .to_ascii_uppercase();
    let byday = part(rule, "BYDAY").map(str::trim).unwrap_or_default();
    let repeat = match (freq.as_str(), byday) {
        _ if unusual => Repeat::Other(rule.to_string()),
        ("DAILY", "") => Repeat::Daily(interval),
        ("WEEKLY", days) => match days
            .split(',')
            .filter(|d| !d.is_empty())
            .map(weekday)
            .collect::<Option<Vec<u32>>>()
        {
            Some(days) => Repeat::Weekly(interval, days),
            None => Repeat::Other(rule.to_string()),
        },
        ("MONTHLY", "") => Repeat::MonthlyOnDay(interval),
        ("MONTHLY", day) => match ordinal_weekday(day) {
            Some((ordinal, weekday)) => Repeat::MonthlyOnWeekday(interval, ordinal, weekday),
            None => Repeat::Other(rule.to_string()),
        },
        ("YEARLY", "") => Repeat::Yearly(interval),
        _ => Repeat::Other(rule.to_string()),
    };
    (repeat, ends)
}

/// A weekday's number (1 = Monday) from its RRULE name.
fn weekday(name: &str) -> Option<u32> {
    let names = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    let name = name.trim().to_ascii_uppercase();
    names.iter().position(|n| *n == name).map(|i| i as u32 + 1)
}

/// "1TU" or "-1FR": the week of the month and the weekday.
fn ordinal_weekday(day: &str) -> Option<(i32, u32)> {
    let split = day.len().checked_sub(2)?;
    let (ordinal, name) = (day.get(..split)?, day.get(split..)?);
    let ordinal: i32 = ordinal.trim_start_matches('+').parse().ok()?;
    matches!(ordinal, -1 | 1..=4).then_some(())?;
    Some((ordinal, weekday(name)?))
}

/// The day of an UNTIL value (`20271231` or `20271231T225959Z`).
fn until_day(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.trim().get(..8)?, "%Y%m%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_usual_shapes_are_read_and_others_kept() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
        assert_eq!(
            read("FREQ=WEEKLY"),
            (Repeat::Weekly(1, vec![]), Ends::Never)
        );
        assert_eq!(
            read("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=6"),
            (Repeat::Weekly(2, vec![1, 4]), Ends::After(6))
        );
        assert_eq!(
            read("RRULE:FREQ=MONTHLY;BYDAY=1TU;UNTIL=20271231T225959Z"),
            (
                Repeat::MonthlyOnWeekday(1, 1, 2),
                Ends::On(day(2027, 12, 31))
            )
        );
        assert_eq!(
            read("FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR").0,
            Repeat::MonthlyOnWeekday(3, -1, 5)
        );
        assert_eq!(read("FREQ=MONTHLY").0, Repeat::MonthlyOnDay(1));
        assert_eq!(read("FREQ=YEARLY").0, Repeat::Yearly(1));
        assert_eq!(read("FREQ=DAILY;INTERVAL=3").0, Repeat::Daily(3));
        for odd in [
            "FREQ=MONTHLY;BYMONTHDAY=15",
            "FREQ=MONTHLY;BYDAY=2TU,4TU",
            "FREQ=HOURLY",
        ] {
            assert_eq!(read(odd).0, Repeat::Other(odd.to_string()), "{odd}");
        }
    }
}
