//! Wording of the figures view and of the exported report.

use super::{date, format, text};
use crate::insight::figures::Figures;
use chrono::{Datelike, NaiveDate};

/// Heading of the summary numbers.
pub fn summary_heading() -> &'static str {
    text("figures-summary")
}
/// A summary line: meetings held.
pub fn held() -> &'static str {
    text("figures-held")
}
/// A summary line: NGOs with meetings held.
pub fn ngos_active() -> &'static str {
    text("figures-ngos-active")
}
/// A summary line: coordinators covered.
pub fn coordinators() -> &'static str {
    text("figures-coordinators")
}
/// A summary line: facilities covered.
pub fn facilities() -> &'static str {
    text("figures-facilities")
}
/// A summary line: agreements in force at the end of the period.
pub fn agreements_at_end() -> &'static str {
    text("figures-agreements-at-end")
}
/// Heading: meetings held per month.
pub fn per_month() -> &'static str {
    text("figures-per-month")
}
/// Heading: agreements in force per month.
pub fn active_agreements() -> &'static str {
    text("figures-active-agreements")
}
/// Heading: per facility.
pub fn per_facility() -> &'static str {
    text("figures-per-facility")
}
/// Heading: per NGO.
pub fn per_ngo() -> &'static str {
    text("figures-per-ngo")
}
/// Heading: per region.
pub fn per_region() -> &'static str {
    text("figures-per-region")
}
/// Column: month.
pub fn month() -> &'static str {
    text("figures-month")
}
/// Column: count of meetings.
pub fn meetings() -> &'static str {
    text("figures-meetings")
}
/// Column: count of agreements.
pub fn agreements() -> &'static str {
    text("figures-agreements")
}
/// Column: facility.
pub fn facility() -> &'static str {
    text("figures-facility")
}
/// Column: NGO.
pub fn ngo() -> &'static str {
    text("figures-ngo")
}
/// Column: region.
pub fn region() -> &'static str {
    text("figures-region")
}
/// Column: the bar of a chart.
pub fn chart() -> &'static str {
    text("figures-chart")
}
/// A table with no rows.
pub fn none_held() -> &'static str {
    text("figures-none-held")
}
/// Prefix of the prompt for a period: the language's own way of writing
/// dates first.
pub fn period_prompt() -> &'static str {
    text("figures-period-prompt")
}
/// How the coordinators and facilities figures are counted.
pub fn covered_note() -> &'static str {
    text("figures-covered-note")
}

/// The summary numbers with their labels, shared by the figures view and
/// the report, so both say the same thing in the same order.
pub fn summary(figures: &Figures) -> Vec<(&'static str, usize)> {
    vec![
        (held(), figures.held),
        (ngos_active(), figures.per_ngo.len()),
        (coordinators(), figures.coordinators.len()),
        (facilities(), figures.facilities.len()),
        (
            agreements_at_end(),
            figures.active_agreements.last().map_or(0, |c| c.count),
        ),
    ]
}

/// "Figures 2026-01-01 – 2026-11-25", "Čísla 1. 1. 2026 – 25. 11. 2026".
pub fn title(from: NaiveDate, to: NaiveDate) -> String {
    format("figures-title", &[("period", period(from, to).into())])
}

/// A period as written everywhere: "2026-01-01 – 2026-11-25",
/// "1. 1. 2026 – 25. 11. 2026".
pub fn period(from: NaiveDate, to: NaiveDate) -> String {
    format(
        "figures-period",
        &[("from", date(from).into()), ("to", date(to).into())],
    )
}

/// A period as the prompt offers it for editing: two dates the period
/// prompt reads back, "2026-01-01 – 2026-06-30", "1. 1. 2026 – 30. 6. 2026".
pub fn typed_period(from: NaiveDate, to: NaiveDate) -> String {
    format!("{} – {}", date(from), date(to))
}

/// A month as a chart label: "2026-03", "03/2026".
pub fn month_label(month: NaiveDate) -> String {
    format(
        "figures-month-label",
        &[
            ("year", month.year().to_string().into()),
            ("month2", format!("{:02}", month.month()).into()),
        ],
    )
}

/// A typed period could not be read.
pub fn bad_period(typed: &str) -> String {
    format("figures-bad-period", &[("typed", typed.into())])
}

/// A typed period ends before it starts.
pub fn backwards(from: NaiveDate, to: NaiveDate) -> String {
    format(
        "figures-backwards",
        &[("from", date(from).into()), ("to", date(to).into())],
    )
}

/// The report was written.
pub fn report_written(path: &str) -> String {
    format("figures-report-written", &[("path", path.into())])
}

/// Wording of the exported report (Markdown and HTML).
pub mod report {
    use super::super::{date, format, text};
    use chrono::NaiveDate;

    /// Title of the report.
    pub fn title() -> &'static str {
        text("report-title")
    }
    /// The period line: "Period: 2026-01-01 – 2026-06-30".
    pub fn period(from: NaiveDate, to: NaiveDate) -> String {
        format(
            "report-period",
            &[("period", super::period(from, to).into())],
        )
    }
    /// The day the report was made: "Made on 2026-07-01".
    pub fn made_on(day: NaiveDate) -> String {
        format("report-made-on", &[("day", date(day).into())])
    }
    /// Heading of the coverage map.
    pub fn coverage() -> &'static str {
        text("report-coverage")
    }
    /// Heading of the list of gaps.
    pub fn gaps() -> &'static str {
        text("report-gaps")
    }
    /// No gaps at all.
    pub fn no_gaps() -> &'static str {
        text("report-no-gaps")
    }
    /// Marks an empty cell of the coverage map (a gap), in text, not colour alone.
    pub const GAP_MARK: &str = "–";
    /// How coverage is counted, for readers of the report.
    pub fn covered_note() -> &'static str {
        text("report-covered-note")
    }
    /// A region where no service is delivered at all.
    pub fn nothing() -> &'static str {
        text("report-nothing")
    }
    /// Column: service.
    pub fn service() -> &'static str {
        text("report-service")
    }
    /// Column: the services missing in a region.
    pub fn missing() -> &'static str {
        text("report-missing")
    }
    /// Made by.
    pub fn made_by() -> &'static str {
        text("report-made-by")
    }

    /// How to read the coverage map, as of a day.
    pub fn coverage_note(day: NaiveDate) -> String {
        format(
            "report-coverage-note",
            &[("day", date(day).into()), ("mark", GAP_MARK.into())],
        )
    }

    /// The file name of an exported report (without folder), named like list
    /// exports; the period is inside. Kept short so the status line can show
    /// the whole path.
    pub fn file_name(stamp: &str, extension: &str) -> String {
        format!("spojka-report-{stamp}.{extension}")
    }
}
