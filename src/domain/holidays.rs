//! Czech public holidays (zákon č. 245/2000 Sb., o státních svátcích): the
//! fixed days and the two that follow Easter, worked out for any year rather
//! than listed year by year, so no table runs out.

use super::occurrences::occurrences;
use super::{Meeting, MeetingStatus};
use chrono::{Datelike, Days, NaiveDate, NaiveTime};

/// A Czech public holiday: a state holiday or another holiday on which work
/// stops, as the law names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Holiday {
    /// 1 January: Restoration Day of the Independent Czech State, New Year's Day.
    NewYear,
    /// The Friday before Easter Sunday (a holiday since 2016).
    GoodFriday,
    /// The Monday after Easter Sunday.
    EasterMonday,
    /// 1 May.
    LabourDay,
    /// 8 May.
    VictoryDay,
    /// 5 July.
    CyrilAndMethodius,
    /// 6 July.
    JanHus,
    /// 28 September.
    Statehood,
    /// 28 October.
    Independence,
    /// 17 November.
    FreedomAndDemocracy,
    /// 24 December.
    ChristmasEve,
    /// 25 December.
    ChristmasDay,
    /// 26 December.
    StStephen,
}

/// The holidays on the same day every year: (month, day, holiday).
const FIXED: [(u32, u32, Holiday); 11] = [
    (1, 1, Holiday::NewYear),
    (5, 1, Holiday::LabourDay),
    (5, 8, Holiday::VictoryDay),
    (7, 5, Holiday::CyrilAndMethodius),
    (7, 6, Holiday::JanHus),
    (9, 28, Holiday::Statehood),
    (10, 28, Holiday::Independence),
    (11, 17, Holiday::FreedomAndDemocracy),
    (12, 24, Holiday::ChristmasEve),
    (12, 25, Holiday::ChristmasDay),
    (12, 26, Holiday::StStephen),
];

/// The first year Good Friday was a holiday (an amendment of 2015).
const GOOD_FRIDAY_SINCE: i32 = 2016;

impl Holiday {
    /// Its official Czech name, as the law gives it (data, like the names of
    /// prisons; the interface's words for it are the catalog's).
    pub fn official_name(self) -> &'static str {
        match self {
            Holiday::NewYear => "Den obnovy samostatného českého státu; Nový rok",
            Holiday::GoodFriday => "Velký pátek",
            Holiday::EasterMonday => "Velikonoční pondělí",
            Holiday::LabourDay => "Svátek práce",
            Holiday::VictoryDay => "Den vítězství",
            Holiday::CyrilAndMethodius => "Den slovanských věrozvěstů Cyrila a Metoděje",
            Holiday::JanHus => "Den upálení mistra Jana Husa",
            Holiday::Statehood => "Den české státnosti",
            Holiday::Independence => "Den vzniku samostatného československého státu",
            Holiday::FreedomAndDemocracy => {
                "Den boje za svobodu a demokracii a Mezinárodní den studentstva"
            }
            Holiday::ChristmasEve => "Štědrý den",
            Holiday::ChristmasDay => "1. svátek vánoční",
            Holiday::StStephen => "2. svátek vánoční",
        }
    }
}

/// Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm
/// (Meeus/Jones/Butcher). None only for a year chrono cannot represent.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let (b, c) = (year.div_euclid(100), year.rem_euclid(100));
    let (d, e) = (b.div_euclid(4), b.rem_euclid(4));
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c.div_euclid(4), c.rem_euclid(4));
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Every public holiday of `year`, in date order.
pub fn in_year(year: i32) -> Vec<(NaiveDate, Holiday)> {
    let mut found: Vec<(NaiveDate, Holiday)> = FIXED
        .iter()
        .filter_map(|(month, day, holiday)| {
            Some((NaiveDate::from_ymd_opt(year, *month, *day)?, *holiday))
        })
        .collect();
    if let Some(easter) = easter_sunday(year) {
        if year >= GOOD_FRIDAY_SINCE
            && let Some(friday) = easter.checked_sub_days(Days::new(2))
        {
            found.push((friday, Holiday::GoodFriday));
        }
        if let Some(monday) = easter.checked_add_days(Days::new(1)) {
            found.push((monday, Holiday::EasterMonday));
        }
    }
    found.sort_unstable();
    found
}

/// The public holiday on `day`, if it is one.
pub fn on(day: NaiveDate) -> Option<Holiday> {
    if let Some((_, _, holiday)) = FIXED
        .iter()
        .find(|(month, d, _)| *month == day.month() && *d == day.day())
    {
        return Some(*holiday);
    }
    // Easter falls between 22 March and 25 April, so only spring days need it.
    if !(3..=4).contains(&day.month()) {
        return None;
    }
    let easter = easter_sunday(day.year())?;
    match (day - easter).num_days() {
        -2 if day.year() >= GOOD_FRIDAY_SINCE => Some(Holiday::GoodFriday),
        1 => Some(Holiday::EasterMonday),
        _ => None,
    }
}

/// How far ahead a repeating meeting's holidays are looked for.
const SERIES_AHEAD_DAYS: u64 = 366;

/// The days on which `meeting` falls on a public holiday: a one-off
/// meeting's start day; a series' occurrences from `today` (or its start, if
/// later) through a year on, or to its end. A cancelled meeting falls on
/// none. Days its stored version (`before`) already fell on are left out, so
/// saving a meeting again asks only about what the change brings.
pub fn hits(
    meeting: &Meeting,
    before: Option<&Meeting>,
    today: NaiveDate,
) -> Vec<(NaiveDate, Holiday)> {
    let days = |m: &Meeting| -> Vec<(NaiveDate, Holiday)> {
        if m.status == MeetingStatus::Cancelled {
            return Vec::new();
        }
        if m.recurrence.is_none() {
            let day = m.start.date();
            return on(day).map(|h| (day, h)).into_iter().collect();
        }
        let from = m.start.date().max(today);
        let to = from
            .checked_add_days(Days::new(SERIES_AHEAD_DAYS))
            .unwrap_or(NaiveDate::MAX);
        let mut found: Vec<(NaiveDate, Holiday)> = occurrences(
            m,
            from.and_time(NaiveTime::MIN),
            to.and_time(NaiveTime::MIN),
        )
        .into_iter()
        .filter_map(|o| on(o.start.date()).map(|h| (o.start.date(), h)))
        .collect();
        found.dedup();
        found
    };
    let already = before.map(days).unwrap_or_default();
    days(meeting)
        .into_iter()
        .filter(|hit| !already.contains(hit))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn meeting(start: NaiveDate, rule: Option<&str>) -> Meeting {
        let at = start.and_hms_opt(10, 0, 0).expect("a time");
        let mut m = crate::sample::meeting("Porada", None, at);
        m.recurrence = rule.map(|rule| Box::new(crate::domain::recurrence::Recurrence::new(rule)));
        m
    }

    #[test]
    fn a_one_off_meeting_hits_its_day_whenever_it_is() {
        let today = date(2026, 11, 25);
        let on_christmas_eve = meeting(date(2026, 12, 24), None);
        assert_eq!(
            hits(&on_christmas_eve, None, today),
            [(date(2026, 12, 24), Holiday::ChristmasEve)]
        );
        assert_eq!(hits(&meeting(date(2026, 12, 23), None), None, today), []);
        let mut cancelled = on_christmas_eve.clone();
        cancelled.status = MeetingStatus::Cancelled;
        assert_eq!(hits(&cancelled, None, today), []);
        // Saved again on the same day: nothing new to ask about.
        let mut renamed = on_christmas_eve.clone();
        renamed.title = "Vánoční porada".into();
        assert_eq!(hits(&renamed, Some(&on_christmas_eve), today), []);
    }

    #[test]
    fn a_series_hits_the_holidays_of_its_next_year_or_until_its_end() {
        let today = date(2026, 11, 25);
        // Mondays from 21 December 2026: Easter Monday and 5 July 2027 within
        // a year; none from 2028 on, however long it runs.
        let mondays = meeting(date(2026, 12, 21), Some("FREQ=WEEKLY"));
        assert_eq!(
            hits(&mondays, None, today),
            [
                (date(2027, 3, 29), Holiday::EasterMonday),
                (date(2027, 7, 5), Holiday::CyrilAndMethodius),
            ]
        );
        let until_spring = meeting(date(2026, 12, 21), Some("FREQ=WEEKLY;UNTIL=20270301"));
        assert_eq!(hits(&until_spring, None, today), []);
        // A series begun long ago is looked at from today.
        let since_2020 = meeting(date(2020, 1, 6), Some("FREQ=WEEKLY"));
        assert_eq!(hits(&since_2020, None, today), hits(&mondays, None, today));
        // Moved a week on, it keeps Easter Monday and brings no new day.
        let later = meeting(date(2026, 12, 28), Some("FREQ=WEEKLY"));
        assert_eq!(hits(&later, Some(&mondays), today), []);
    }

    #[test]
    fn easter_sunday_matches_the_published_dates() {
        // Dates from the Czech calendars of those years.
        let known = [
            (2000, 4, 23),
            (2008, 3, 23),
            (2011, 4, 24),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2028, 4, 16),
            (2038, 4, 25),
        ];
        for (y, m, d) in known {
            assert_eq!(easter_sunday(y), Some(date(y, m, d)), "{y}");
        }
    }

    #[test]
    fn easter_monday_and_good_friday_follow_easter() {
        for (y, m, d) in [(2024, 4, 1), (2025, 4, 21), (2026, 4, 6), (2027, 3, 29)] {
            assert_eq!(on(date(y, m, d)), Some(Holiday::EasterMonday), "{y}");
        }
        for (y, m, d) in [(2024, 3, 29), (2025, 4, 18), (2026, 4, 3), (2027, 3, 26)] {
            assert_eq!(on(date(y, m, d)), Some(Holiday::GoodFriday), "{y}");
        }
        // Easter Sunday itself is not a day off, nor was Good Friday before 2016.
        assert_eq!(on(date(2026, 4, 5)), None);
        assert_eq!(on(date(2015, 4, 3)), None);
        assert_eq!(on(date(2015, 4, 6)), Some(Holiday::EasterMonday));
    }

    #[test]
    fn a_year_has_thirteen_holidays_in_date_order() {
        for year in [2016, 2024, 2025, 2026, 2027, 2030] {
            let all = in_year(year);
            assert_eq!(all.len(), 13, "{year}");
            assert!(all.is_sorted(), "{year}");
            for (day, holiday) in &all {
                assert_eq!(on(*day), Some(*holiday), "{day}");
            }
        }
        assert_eq!(in_year(2015).len(), 12);
    }

    #[test]
    fn the_fixed_days_are_holidays_and_their_neighbours_are_not() {
        let expected = [
            ((1, 1), Holiday::NewYear),
            ((5, 1), Holiday::LabourDay),
            ((5, 8), Holiday::VictoryDay),
            ((7, 5), Holiday::CyrilAndMethodius),
            ((7, 6), Holiday::JanHus),
            ((9, 28), Holiday::Statehood),
            ((10, 28), Holiday::Independence),
            ((11, 17), Holiday::FreedomAndDemocracy),
            ((12, 24), Holiday::ChristmasEve),
            ((12, 25), Holiday::ChristmasDay),
            ((12, 26), Holiday::StStephen),
        ];
        for ((m, d), holiday) in expected {
            assert_eq!(on(date(2026, m, d)), Some(holiday));
        }
        for (m, d) in [
            (1, 2),
            (5, 2),
            (9, 27),
            (10, 29),
            (11, 18),
            (12, 23),
            (12, 27),
        ] {
            assert_eq!(on(date(2026, m, d)), None, "{m}-{d}");
        }
    }

    #[test]
    fn every_holiday_has_an_official_name() {
        let names: std::collections::HashSet<&str> = in_year(2026)
            .into_iter()
            .map(|(_, h)| h.official_name())
            .collect();
        assert_eq!(names.len(), 13);
    }
}
