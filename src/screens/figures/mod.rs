//! The figures view: a period, its figures (computed when the view opens or
//! the period changes, never per frame) and the rows it shows.

mod keys;
pub mod view;

use crate::screens::kit::{Group, Keys};
use crate::vocab::Action;

use crate::catalog::figures as words;
use crate::insight::figures::Figures;
use crate::model::Data;
use chrono::NaiveDate;

/// The figures view's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FiguresView {
    /// The figures of the shown period (which they carry: `from`, `to`).
    pub figures: std::sync::Arc<Figures>,
    /// What the view shows, made from the figures once, not per frame.
    pub rows: Vec<Row>,
    /// First row shown.
    pub scroll: usize,
}

impl FiguresView {
    /// The view over `from`–`to`, figures computed.
    pub fn new(data: &Data, from: NaiveDate, to: NaiveDate) -> FiguresView {
        let figures = data.derived((from, to, data.today), || Figures::compute(data, from, to));
        let requests = data.derived((from, to, data.today, "requests"), || {
            crate::insight::requests::RequestFigures::compute(data, from, to)
        });
        let mut rows = rows(&figures);
        rows.extend(request_rows(data, &requests));
        FiguresView {
            rows,
            figures,
            scroll: 0,
        }
    }

    /// Recomputes the same period after records changed (a save, or the
    /// background load coming in), keeping the scroll where it can.
    pub fn refresh(&mut self, data: &Data) {
        let scroll = self.scroll;
        *self = FiguresView::new(data, self.figures.from, self.figures.to);
        self.scroll = scroll.min(self.rows.len().saturating_sub(1));
    }

    /// Shows another period: recomputes and goes back to the top.
    pub fn set_period(&mut self, data: &Data, from: NaiveDate, to: NaiveDate) {
        *self = FiguresView::new(data, from, to);
    }
}

pub use crate::insight::period::{this_year, year};

/// Why a typed period was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodError {
    /// Not two dates (nor a year).
    Unreadable,
    /// The end comes before the start.
    Backwards(NaiveDate, NaiveDate),
}

/// Reads a typed period: two dates ("2026-01-01 2026-06-30", also with a dash
/// or "to" between them, or in Czech order "1.1.2026 30.6.2026"), or a year
/// ("2025": the whole year).
pub fn parse_period(typed: &str, today: NaiveDate) -> Result<(NaiveDate, NaiveDate), PeriodError> {
    // A Czech date has spaces after its dots ("1. 1. 2026"): joined, each
    // date is one word.
    let joined = typed.replace(". ", ".");
    let parts: Vec<&str> = joined
        .split_whitespace()
        .filter(|w| !matches!(*w, "-" | "–" | "—" | ".." | "to"))
        .collect();
    let (from, to) = match parts.as_slice() {
        [one] if one.len() == 4 && one.chars().all(|c| c.is_ascii_digit()) => {
            let y = one.parse().map_err(|_| PeriodError::Unreadable)?;
            year(y, today).ok_or(PeriodError::Unreadable)?
        }
        [from, to] => {
            let read = |t: &str| crate::domain::field::parse_date(t).ok_or(PeriodError::Unreadable);
            (read(from)?, read(to)?)
        }
        _ => return Err(PeriodError::Unreadable),
    };
    if to < from {
        return Err(PeriodError::Backwards(from, to));
    }
    Ok((from, to))
}

/// One row of the figures view. Bars and counts are kept apart from their
/// drawing so the view's length (for scrolling) is known without a terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// A section heading.
    Heading(&'static str),
    /// A line of text.
    Text(String),
    /// A bar of a chart: label, value, and the largest value of the chart.
    Bar {
        /// Month label.
        label: String,
        /// The number drawn.
        count: usize,
        /// The chart's largest number (the full-width bar).
        max: usize,
    },
    /// A table row: a name and its number.
    Count {
        /// Facility, NGO, region or summary label.
        label: String,
        /// The number.
        count: usize,
    },
    /// Space between sections.
    Blank,
}

/// The cooperation requests' rows: how many started and completed, and the
/// median days of each step, in all, per region and per facility.
pub fn request_rows(data: &Data, f: &crate::insight::requests::RequestFigures) -> Vec<Row> {
    use crate::catalog::request as words;
    use crate::insight::requests::Tally;
    let list = data.current_step_list();
    let tally = |rows: &mut Vec<Row>, name: Option<String>, t: &Tally| {
        if let Some(name) = name {
            rows.push(Row::Text(words::figures_group(
                &name,
                t.started,
                t.completed,
            )));
        } else {
            rows.push(Row::Count {
                label: words::figures_started().to_string(),
                count: t.started,
            });
            rows.push(Row::Count {
                label: words::figures_completed().to_string(),
                count: t.completed,
            });
        }
        for def in &list.steps {
            if let Some(median) = t.median(&def.key) {
                rows.push(Row::Text(words::figures_median(
                    words::step_name(def),
                    median,
                )));
            }
        }
    };
    // Without requests in the period, the view stays as it was.
    if f.per_facility.is_empty() {
        return Vec::new();
    }
    let mut rows = vec![Row::Blank, Row::Heading(words::figures_heading())];
    tally(&mut rows, None, &f.all);
    if !f.per_region.is_empty() {
        rows.push(Row::Blank);
        rows.push(Row::Heading(words::figures_per_region()));
        for (region, t) in &f.per_region {
            tally(&mut rows, Some(region.name_cs().to_string()), t);
        }
    }
    if !f.per_facility.is_empty() {
        rows.push(Row::Blank);
        rows.push(Row::Heading(words::figures_per_facility()));
        let mut named: Vec<(String, &Tally)> = f
            .per_facility
            .iter()
            .map(|(id, t)| (data.name(crate::domain::Kind::Facility, *id), t))
            .collect();
        crate::domain::collate::sort_by_name(&mut named, |(name, _)| name);
        for (name, t) in named {
            tally(&mut rows, Some(name), t);
        }
    }
    rows
}

/// Everything the view shows, in order.
pub fn rows(figures: &Figures) -> Vec<Row> {
    let mut out = vec![Row::Heading(words::summary_heading())];
    out.extend(
        words::summary(figures)
            .into_iter()
            .map(|(label, count)| Row::Count {
                label: label.to_string(),
                count,
            }),
    );
    out.push(Row::Text(words::covered_note().to_string()));
    out.push(Row::Blank);
    out.push(Row::Heading(words::per_month()));
    let max = figures.busiest_month();
    out.extend(figures.held_per_month.iter().map(|c| Row::Bar {
        label: words::month_label(c.month),
        count: c.count,
        max,
    }));
    out.push(Row::Blank);
    out.push(Row::Heading(words::active_agreements()));
    let max = figures
        .active_agreements
        .iter()
        .map(|c| c.count)
        .max()
        .unwrap_or(0);
    out.extend(figures.active_agreements.iter().map(|c| Row::Bar {
        label: words::month_label(c.month),
        count: c.count,
        max,
    }));
    out.push(Row::Blank);
    out.push(Row::Heading(words::per_region()));
    out.extend(figures.per_region.iter().map(|(region, count)| Row::Count {
        label: region.name_cs().to_string(),
        count: *count,
    }));
    for (heading, table) in [
        (words::per_facility(), &figures.per_facility),
        (words::per_ngo(), &figures.per_ngo),
    ] {
        out.push(Row::Blank);
        out.push(Row::Heading(heading));
        if table.is_empty() {
            out.push(Row::Text(words::none_held().to_string()));
        }
        out.extend(table.iter().map(|t| Row::Count {
            label: t.name.clone(),
            count: t.count,
        }));
    }
    out
}

/// The actions the screen answers: the hint bar's, most used first, then
/// the rest.
pub const KEYS: Keys = Keys {
    hints: &[
        Action::FiguresPrevYear,
        Action::FiguresNextYear,
        Action::FiguresPeriod,
        Action::ReportMarkdown,
        Action::ReportHtml,
        Action::Back,
        Action::HelpToggle,
    ],
    more: &[Action::FiguresThisYear, Action::Quit],
    groups: &[Group::Moves],
};
