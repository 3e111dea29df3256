//! The dashboard's wording: title, section headings and what a line says
//! about its record.

use crate::insight::dashboard::{Fact, MEETING_DAYS, Section};
use chrono::NaiveDate;

/// Title of the dashboard.
pub const TITLE: &str = "What needs attention";

/// The title with the day it is for.
pub fn title(today: NaiveDate) -> String {
    format!("{TITLE} — {}", super::day_heading(today))
}

/// Before the selected line (not colour alone).
pub const MARKER: &str = "▶ ";

/// Before every other line, as wide as [`MARKER`].
pub const UNMARKED: &str = "  ";

/// Between a record's name and what else identifies it.
pub const SEPARATOR: &str = " · ";

/// Shown under the headings when no section has anything.
pub const NOTHING: &str = "Nothing needs attention today.";

/// A section's heading with how many lines it has.
pub fn heading(section: Section, count: usize) -> String {
    let words = match section {
        Section::Ending30 => "Agreements ending within 30 days",
        Section::Ending60 => "Agreements ending in 31–60 days",
        Section::Ending90 => "Agreements ending in 61–90 days",
        Section::NoAgreement => "Facilities without an agreement in force",
        Section::NoCoordinator => "Facilities without an assigned coordinator",
        Section::Overdue => "People with overdue action items",
        Section::Meetings => {
            return format!("Meetings in the next {MEETING_DAYS} days ({count})");
        }
    };
    format!("{words} ({count})")
}

/// What a line says before the record's name; empty for facilities, whose
/// heading says it all.
pub fn fact(fact: &Fact) -> String {
    match fact {
        Fact::Ends { until, days_left } => {
            let left = match days_left {
                0 => "today".to_string(),
                1 => "1 day".to_string(),
                n => format!("{n} days"),
            };
            format!("{left:<7}  until {until}")
        }
        Fact::Lacks => String::new(),
        Fact::Overdue { count, oldest } => {
            format!("{count} overdue, oldest due {oldest}")
        }
        Fact::Starts(at) => {
            format!(
                "{} {}",
                super::weekday_short(at.date()),
                super::date_time(*at)
            )
        }
    }
}
