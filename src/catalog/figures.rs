//! Wording of the figures view and of the exported report.

use crate::insight::figures::Figures;
use chrono::{Datelike, NaiveDate};

/// Title of the figures view.
pub const TITLE: &str = "Figures";
/// Heading of the summary numbers.
pub const SUMMARY: &str = "Summary";
/// A summary line: meetings held.
pub const HELD: &str = "Meetings held";
/// A summary line: NGOs with meetings held.
pub const NGOS_ACTIVE: &str = "NGOs with meetings held";
/// A summary line: coordinators covered.
pub const COORDINATORS: &str = "Coordinators assigned";
/// A summary line: facilities covered.
pub const FACILITIES: &str = "Facilities with cooperation";
/// A summary line: agreements in force at the end of the period.
pub const AGREEMENTS_AT_END: &str = "Agreements in force at the end";
/// Heading: meetings held per month.
pub const PER_MONTH: &str = "Meetings held per month";
/// Heading: agreements in force per month.
pub const ACTIVE_AGREEMENTS: &str =
    "Agreements in force at each month's end (the last: at the period's end)";
/// Heading: per facility.
pub const PER_FACILITY: &str = "Meetings held per facility";
/// Heading: per NGO.
pub const PER_NGO: &str = "Meetings held per NGO";
/// Heading: per region.
pub const PER_REGION: &str = "Meetings held per region";
/// Column: month.
pub const MONTH: &str = "Month";
/// Column: count of meetings.
pub const MEETINGS: &str = "Meetings";
/// Column: count of agreements.
pub const AGREEMENTS: &str = "Agreements";
/// Column: facility.
pub const FACILITY: &str = "Facility";
/// Column: NGO.
pub const NGO: &str = "NGO";
/// Column: region.
pub const REGION: &str = "Region";
/// Column: the bar of a chart.
pub const CHART: &str = "Chart";
/// A table with no rows.
pub const NONE_HELD: &str = "No meetings held in this period.";
/// Prefix of the prompt for a period.
pub const PERIOD_PROMPT: &str = "Period (from to, e.g. 2026-01-01 2026-06-30): ";
/// How the coordinators and facilities figures are counted.
pub const COVERED_NOTE: &str =
    "Covered: an assignment or agreement in force on some day of the period.";

/// The summary numbers with their labels, shared by the figures view and
/// the report, so both say the same thing in the same order.
pub fn summary(figures: &Figures) -> Vec<(&'static str, usize)> {
    vec![
        (HELD, figures.held),
        (NGOS_ACTIVE, figures.per_ngo.len()),
        (COORDINATORS, figures.coordinators.len()),
        (FACILITIES, figures.facilities.len()),
        (
            AGREEMENTS_AT_END,
            figures.active_agreements.last().map_or(0, |c| c.count),
        ),
    ]
}

/// "Figures 2026-01-01 – 2026-11-25".
pub fn title(from: NaiveDate, to: NaiveDate) -> String {
    format!("{TITLE} {}", period(from, to))
}

/// A period as written everywhere: "2026-01-01 – 2026-11-25".
pub fn period(from: NaiveDate, to: NaiveDate) -> String {
    format!("{from} – {to}")
}

/// A month as a chart label: "2026-03".
pub fn month_label(month: NaiveDate) -> String {
    format!("{}-{:02}", month.year(), month.month())
}

/// A typed period could not be read.
pub fn bad_period(typed: &str) -> String {
    format!("Not a period: \"{typed}\". Type two dates, e.g. 2026-01-01 2026-06-30.")
}

/// A typed period ends before it starts.
pub fn backwards(from: NaiveDate, to: NaiveDate) -> String {
    format!("The period ends ({to}) before it starts ({from}).")
}

/// The report was written.
pub fn report_written(path: &str) -> String {
    format!("Report written to {path}")
}

/// Wording of the exported report (Markdown and HTML).
pub mod report {
    use chrono::NaiveDate;

    /// Title of the report.
    pub const TITLE: &str = "Cooperation between prisons and NGOs: impact report";
    /// Before the period.
    pub const PERIOD: &str = "Period";
    /// Before the day the report was made.
    pub const MADE_ON: &str = "Made on";
    /// Heading of the coverage map.
    pub const COVERAGE: &str = "Coverage of regions by services";
    /// Heading of the list of gaps.
    pub const GAPS: &str = "Gaps: services no NGO delivers in a region";
    /// No gaps at all.
    pub const NO_GAPS: &str = "No gaps: every service is delivered in every region.";
    /// Marks an empty cell of the coverage map (a gap), in text, not colour alone.
    pub const GAP_MARK: &str = "–";
    /// How coverage is counted, for readers of the report.
    pub const COVERED_NOTE: &str = "Coordinators and facilities count as covered when an assignment or a signed agreement was in force on some day of the period.";
    /// A region where no service is delivered at all.
    pub const NOTHING: &str = "no service at all";
    /// Column: service.
    pub const SERVICE: &str = "Service";
    /// Column: the services missing in a region.
    pub const MISSING: &str = "Missing services";
    /// Made by.
    pub const MADE_BY: &str = "Made with spojka from its records.";

    /// How to read the coverage map, as of a day.
    pub fn coverage_note(day: NaiveDate) -> String {
        format!(
            "As of {day}: the number of NGOs delivering each service in each region, through a signed agreement or an assignment in force. {} marks a gap.",
            GAP_MARK
        )
    }

    /// The file name of an exported report (without folder), named like list
    /// exports; the period is inside. Kept short so the status line can show
    /// the whole path.
    pub fn file_name(stamp: &str, extension: &str) -> String {
        format!("spojka-report-{stamp}.{extension}")
    }
}
