//! Public holidays in the interface: their names, the calendar's mark, the
//! question before saving a meeting on one and what an import says of them.
//! Czech speaks the official names ([`Holiday::official_name`]).

use super::{date, format, text};
use crate::domain::holidays::Holiday;
use chrono::NaiveDate;

/// Marks a holiday in the calendar, so it reads without colour.
pub const MARK: &str = "◆";

/// A holiday's name.
pub fn name(holiday: Holiday) -> &'static str {
    text(match holiday {
        Holiday::NewYear => "holiday-new-year",
        Holiday::GoodFriday => "holiday-good-friday",
        Holiday::EasterMonday => "holiday-easter-monday",
        Holiday::LabourDay => "holiday-labour-day",
        Holiday::VictoryDay => "holiday-victory-day",
        Holiday::CyrilAndMethodius => "holiday-cyril-and-methodius",
        Holiday::JanHus => "holiday-jan-hus",
        Holiday::Statehood => "holiday-statehood",
        Holiday::Independence => "holiday-independence",
        Holiday::FreedomAndDemocracy => "holiday-freedom-and-democracy",
        Holiday::ChristmasEve => "holiday-christmas-eve",
        Holiday::ChristmasDay => "holiday-christmas-day",
        Holiday::StStephen => "holiday-st-stephen",
    })
}

/// A day heading or title with the holiday it is: "… ◆ Christmas Eve".
pub fn marked(heading: &str, holiday: Holiday) -> String {
    format!("{heading} {MARK} {}", name(holiday))
}

/// One holiday a meeting falls on: "2026-12-24 Christmas Eve",
/// "24. 12. 2026 Štědrý den".
pub fn dated(day: NaiveDate, holiday: Holiday) -> String {
    format!("{} {}", date(day), name(holiday))
}

/// The holidays part of a sentence: "a public holiday: …" or "public
/// holidays: …; and 3 more".
fn falls_on(days: &[String], more: usize) -> String {
    format(
        "holiday-falls-on",
        &[
            ("count", (days.len() + more).into()),
            ("days", days.join("; ").into()),
            ("more", more.into()),
        ],
    )
}

/// The question before saving a meeting that falls on public holidays
/// (`days`, and `more` not listed), after its clashes if it has any.
pub fn question(clashes: &[String], more_clashes: usize, days: &[String], more: usize) -> String {
    let holidays = falls_on(days, more);
    if clashes.is_empty() {
        return format("holiday-question", &[("holidays", holidays.into())]);
    }
    format(
        "holiday-question-clashes",
        &[
            ("clashes", clashes.join("; ").into()),
            ("more", more_clashes.into()),
            ("holidays", holidays.into()),
        ],
    )
}

/// Before an import's summary (which ends in the file's path, cut first on
/// a narrow screen): how many of the meetings it saved fall on public
/// holidays.
pub fn imported_on_holidays(meetings: usize) -> String {
    if meetings == 0 {
        return String::new();
    }
    let sentence = format("holiday-imported", &[("count", meetings.into())]);
    format!("{sentence} ")
}

/// A line of the import's report: a meeting and the holidays it falls on.
pub fn imported_on(title: &str, days: &[String]) -> String {
    format(
        "holiday-imported-on",
        &[("title", title.into()), ("days", days.join(", ").into())],
    )
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
