//! The impact report for a period, for an annual report or a partner: the
//! figures of [`crate::insight::figures`] and the coverage map of
//! [`crate::insight::coverage`], gathered once into a [`Report`] and written
//! as GitHub-flavoured Markdown ([`markdown`]) or as one self-contained HTML
//! file that prints on A4 ([`html`]). Both writers only format: every number
//! is decided here, so the two formats always agree. A report is worded in
//! the language spoken when it is built, and written in that language
//! whatever the writing thread speaks.

pub mod html;
pub mod markdown;
pub mod register;

use crate::catalog::{self, figures as words};
use crate::domain::choice::ChoiceSet;
use crate::domain::{Kind, Record, Region, Service};
use crate::insight::coverage::Coverage;
use crate::insight::figures::Figures;
use crate::model::Data;
use crate::vocab::Lang;
use chrono::NaiveDate;
use std::fmt;
use words::summary;

/// The formats a report is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// GitHub-flavoured Markdown.
    #[value(name = "md")]
    Markdown,
    /// One HTML file with its styles inside, ready to print on A4.
    Html,
}

impl ReportFormat {
    /// The file extension (and the name on the command line).
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Markdown => "md",
            ReportFormat::Html => "html",
        }
    }
}

impl fmt::Display for ReportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.extension())
    }
}

/// A table: a heading, column names and rows of cells (plain text; the
/// writers escape it for their format).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Section heading.
    pub heading: String,
    /// Column names.
    pub columns: Vec<String>,
    /// Rows of cells, counts written the report's language's way.
    pub rows: Vec<Vec<String>>,
    /// For a chart: each row's number and the largest one, so the writer can
    /// draw a bar beside it.
    pub bars: Option<Vec<(usize, usize)>>,
}

/// One region's row of the coverage map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageRow {
    /// The region's name.
    pub region: String,
    /// NGOs delivering each service there, in [`Service::ALL`] order.
    pub counts: Vec<usize>,
}

/// Everything a report says, as plain text and numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The language it is worded in (the HTML's `lang`).
    pub lang: Lang,
    /// Title.
    pub title: String,
    /// "Period: 2026-01-01 – 2026-06-30", "Období: 1. 1. 2026 – 30. 6. 2026".
    pub period: String,
    /// "Made on 2026-07-01".
    pub made_on: String,
    /// Summary numbers with their labels (the writers write the numbers
    /// the report's language's way).
    pub summary: Vec<(String, usize)>,
    /// A note on how coverage is counted.
    pub covered_note: String,
    /// The tables, in order: per month, agreements, per region, facility, NGO.
    pub tables: Vec<Table>,
    /// Heading of the coverage map.
    pub coverage_heading: String,
    /// How to read the map.
    pub coverage_note: String,
    /// Service names, the map's columns.
    pub services: Vec<String>,
    /// The map's rows.
    pub coverage: Vec<CoverageRow>,
    /// Heading of the gaps.
    pub gaps_heading: String,
    /// Each region with gaps and the services missing there.
    pub gaps: Vec<(String, Vec<String>)>,
    /// Said when there are no gaps.
    pub no_gaps: String,
    /// The last line.
    pub footer: String,
}

impl Report {
    /// The report of `from`–`to`, with the coverage map as of `to` or today,
    /// whichever comes first (the map of a day not yet come would be a guess).
    pub fn build(data: &Data, from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Report {
        let figures = Figures::compute(data, from, to);
        let map_day = to.min(today);
        let coverage = Coverage::compute(data, map_day);
        let services: Vec<String> = Service::ALL
            .iter()
            .map(|s| catalog::choice_label(ChoiceSet::Service, s.index()).to_string())
            .collect();
        let rows: Vec<CoverageRow> = Region::ALL
            .iter()
            .map(|r| CoverageRow {
                region: r.name_cs().to_string(),
                counts: Service::ALL
                    .iter()
                    .map(|s| coverage.count(*r, *s))
                    .collect(),
            })
            .collect();
        let gaps: Vec<(String, Vec<String>)> = rows
            .iter()
            .filter(|row| row.counts.contains(&0))
            .map(|row| {
                if row.counts.iter().all(|n| *n == 0) {
                    return (
                        row.region.clone(),
                        vec![words::report::nothing().to_string()],
                    );
                }
                let missing = row
                    .counts
                    .iter()
                    .zip(&services)
                    .filter(|(n, _)| **n == 0)
                    .map(|(_, s)| s.clone())
                    .collect();
                (row.region.clone(), missing)
            })
            .collect();
        Report {
            lang: catalog::spoken(),
            title: words::report::title().to_string(),
            period: words::report::period(from, to),
            made_on: words::report::made_on(today),
            summary: summary(&figures)
                .into_iter()
                .map(|(l, n)| (l.to_string(), n))
                .collect(),
            covered_note: words::report::covered_note().to_string(),
            tables: tables(data, &figures),
            coverage_heading: words::report::coverage().to_string(),
            coverage_note: words::report::coverage_note(map_day),
            services,
            coverage: rows,
            gaps_heading: words::report::gaps().to_string(),
            gaps,
            no_gaps: words::report::no_gaps().to_string(),
            footer: words::report::made_by().to_string(),
        }
    }

    /// The report in `format`, in the language it was built in.
    pub fn write(&self, format: ReportFormat) -> String {
        match format {
            ReportFormat::Markdown => markdown::write(self),
            ReportFormat::Html => html::write(self),
        }
    }
}

/// A count as the report writes it: `12 345` in Czech, `12,345` in English.
pub fn count(n: usize) -> String {
    catalog::number(n as f64)
}

fn tables(data: &Data, figures: &Figures) -> Vec<Table> {
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let chart = |heading: &str, column: &str, counts: &[crate::insight::figures::MonthCount]| {
        let max = counts.iter().map(|c| c.count).max().unwrap_or(0);
        Table {
            heading: heading.to_string(),
            columns: strings(&[words::month(), column, words::chart()]),
            rows: counts
                .iter()
                .map(|c| vec![words::month_label(c.month), count(c.count)])
                .collect(),
            bars: Some(counts.iter().map(|c| (c.count, max)).collect()),
        }
    };
    let region_of = |id| match data.get(Kind::Facility, id) {
        Some(Record::Facility(f)) => f.region.name_cs().to_string(),
        _ => String::new(),
    };
    vec![
        chart(
            words::per_month(),
            words::meetings(),
            &figures.held_per_month,
        ),
        chart(
            words::active_agreements(),
            words::agreements(),
            &figures.active_agreements,
        ),
        Table {
            heading: words::per_region().to_string(),
            columns: strings(&[words::region(), words::meetings()]),
            rows: figures
                .per_region
                .iter()
                .map(|(r, n)| vec![r.name_cs().to_string(), count(*n)])
                .collect(),
            bars: None,
        },
        Table {
            heading: words::per_facility().to_string(),
            columns: strings(&[words::facility(), words::region(), words::meetings()]),
            rows: figures
                .per_facility
                .iter()
                .map(|t| vec![t.name.clone(), region_of(t.id), count(t.count)])
                .collect(),
            bars: None,
        },
        Table {
            heading: words::per_ngo().to_string(),
            columns: strings(&[words::ngo(), words::meetings()]),
            rows: figures
                .per_ngo
                .iter()
                .map(|t| vec![t.name.clone(), count(t.count)])
                .collect(),
            bars: None,
        },
    ]
}

/// Said under a table without rows.
pub fn empty_table() -> &'static str {
    words::none_held()
}
