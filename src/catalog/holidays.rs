//! Public holidays in the interface: their names, the calendar's mark, the
//! question before saving a meeting on one and what an import says of them.
//! English for now; the official Czech names are the domain's data
//! ([`Holiday::official_name`]).

use crate::domain::holidays::Holiday;
use chrono::NaiveDate;

/// Marks a holiday in the calendar, so it reads without colour.
pub const MARK: &str = "◆";

/// A holiday's name.
pub fn name(holiday: Holiday) -> &'static str {
    match holiday {
        Holiday::NewYear => "New Year's Day, Restoration Day of the Czech State",
        Holiday::GoodFriday => "Good Friday",
        Holiday::EasterMonday => "Easter Monday",
        Holiday::LabourDay => "Labour Day",
        Holiday::VictoryDay => "Victory Day",
        Holiday::CyrilAndMethodius => "Saints Cyril and Methodius Day",
        Holiday::JanHus => "Jan Hus Day",
        Holiday::Statehood => "Czech Statehood Day",
        Holiday::Independence => "Independent Czechoslovak State Day",
        Holiday::FreedomAndDemocracy => "Struggle for Freedom and Democracy Day",
        Holiday::ChristmasEve => "Christmas Eve",
        Holiday::ChristmasDay => "Christmas Day",
        Holiday::StStephen => "St Stephen's Day",
    }
}

/// A day heading or title with the holiday it is: "… ◆ Christmas Eve".
pub fn marked(heading: &str, holiday: Holiday) -> String {
    format!("{heading} {MARK} {}", name(holiday))
}

/// One holiday a meeting falls on: "2026-12-24 Christmas Eve".
pub fn dated(day: NaiveDate, holiday: Holiday) -> String {
    format!("{} {}", day.format("%Y-%m-%d"), name(holiday))
}

/// The holidays part of a sentence: "a public holiday: …" or "public
/// holidays: …; and 3 more".
fn falls_on(days: &[String], more: usize) -> String {
    let what = if days.len() + more == 1 {
        "a public holiday"
    } else {
        "public holidays"
    };
    let mut text = format!("{what}: {}", days.join("; "));
    if more > 0 {
        text.push_str(&format!("; and {more} more"));
    }
    text
}

/// The question before saving a meeting that falls on public holidays
/// (`days`, and `more` not listed), after its clashes if it has any.
pub fn question(clashes: &[String], more_clashes: usize, days: &[String], more: usize) -> String {
    let holidays = falls_on(days, more);
    if clashes.is_empty() {
        return format!("This meeting falls on {holidays}. Save anyway?");
    }
    let mut text = format!("This meeting clashes with: {}", clashes.join("; "));
    if more_clashes > 0 {
        text.push_str(&format!("; and {more_clashes} more"));
    }
    format!("{text}. It also falls on {holidays}. Save anyway?")
}

/// Before an import's summary (which ends in the file's path, cut first on
/// a narrow screen): how many of the meetings it saved fall on public
/// holidays.
pub fn imported_on_holidays(meetings: usize) -> String {
    match meetings {
        0 => String::new(),
        1 => "1 imported meeting falls on a public holiday. ".to_string(),
        n => format!("{n} imported meetings fall on public holidays. "),
    }
}

/// A line of the import's report: a meeting and the holidays it falls on.
pub fn imported_on(title: &str, days: &[String]) -> String {
    format!("On a public holiday {title:?}: {}", days.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_holiday_has_a_name_of_its_own() {
        let all = crate::domain::holidays::in_year(2026);
        let names: std::collections::HashSet<&str> = all.iter().map(|(_, h)| name(*h)).collect();
        assert_eq!(names.len(), all.len());
    }

    #[test]
    fn the_question_says_one_holiday_many_and_with_clashes() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 24).expect("date");
        let one = [dated(day, Holiday::ChristmasEve)];
        assert_eq!(
            question(&[], 0, &one, 0),
            "This meeting falls on a public holiday: 2026-12-24 Christmas Eve. Save anyway?"
        );
        assert!(question(&[], 0, &one, 2).contains("on public holidays: 2026-12-24"));
        let both = question(&["2026-12-24 10:00 Porada".to_string()], 1, &one, 0);
        assert_eq!(
            both,
            "This meeting clashes with: 2026-12-24 10:00 Porada; and 1 more. \
             It also falls on a public holiday: 2026-12-24 Christmas Eve. Save anyway?"
        );
    }
}
