//! The dashboard's wording: title, section headings and what a line says
//! about its record.

use super::{date, date_time, day_heading, format, text, weekday_short};
use crate::insight::dashboard::{Fact, MEETING_DAYS, Section};
use chrono::NaiveDate;

/// Title of the dashboard, with the day it is for.
pub fn title(today: NaiveDate) -> String {
    format("dashboard-title", &[("day", day_heading(today).into())])
}

/// Before the selected line (not colour alone).
pub const MARKER: &str = "▶ ";

/// Before every other line, as wide as [`MARKER`].
pub const UNMARKED: &str = "  ";

/// Before a folded section's heading: its items are hidden.
pub const FOLDED: &str = "▸ ";

/// Before an unfolded section's heading, as wide as [`FOLDED`].
pub const UNFOLDED: &str = "▾ ";

/// Between a record's name and what else identifies it.
pub const SEPARATOR: &str = " · ";

/// Shown under the headings when no section has anything.
pub fn nothing() -> &'static str {
    text("dashboard-nothing")
}

/// Who must act for a request's step: the facility's liaison (named, or
/// not named yet) or the NGO (named).
pub fn acts(step: &str, facility: bool, name: Option<&str>) -> String {
    let id = match (facility, name) {
        (true, Some(_)) => "dashboard-acts-liaison",
        (true, None) => "dashboard-acts-no-liaison",
        (false, _) => "dashboard-acts-ngo",
    };
    format(
        id,
        &[
            ("step", step.into()),
            ("name", name.unwrap_or_default().into()),
        ],
    )
}

/// A section's heading with how many lines it has.
pub fn heading(section: Section, count: usize) -> String {
    let id = match section {
        Section::Ending30 => "dashboard-ending-30",
        Section::Ending60 => "dashboard-ending-60",
        Section::Ending90 => "dashboard-ending-90",
        Section::NoAgreement => "dashboard-no-agreement",
        Section::NoCoordinator => "dashboard-no-coordinator",
        Section::Overdue => "dashboard-overdue",
        Section::RequestsWaiting => "dashboard-requests-waiting",
        Section::Meetings => {
            return format(
                "dashboard-meetings",
                &[("days", MEETING_DAYS.into()), ("count", count.into())],
            );
        }
    };
    format(id, &[("count", count.into())])
}

/// What a line says before the record's name; empty for facilities, whose
/// heading says it all.
pub fn fact(fact: &Fact) -> String {
    match fact {
        Fact::Ends { until, days_left } => {
            let left = format("dashboard-days-left", &[("days", (*days_left).into())]);
            format(
                "dashboard-ends",
                &[
                    ("left", format!("{left:<7}").into()),
                    ("until", date(*until).into()),
                ],
            )
        }
        Fact::Lacks => String::new(),
        Fact::Overdue { count, oldest } => format(
            "dashboard-overdue-items",
            &[("count", (*count).into()), ("oldest", date(*oldest).into())],
        ),
        Fact::Waiting(days) => format("dashboard-waiting", &[("days", (*days).into())]),
        Fact::Starts { at, .. } => {
            format!("{} {}", weekday_short(at.date()), date_time(*at))
        }
    }
}
