//! Agreements as bars over months, with a today marker. Each status has its
//! own pattern, so the chart reads the same without colour, and every bar is
//! also written out as dates.

use super::{Bar, Timeline, TimelineOf, bars, covers, months};
use crate::catalog::{self, timeline as words};
use crate::domain::choice::ChoiceSet;
use crate::domain::{AgreementStatus, Kind};
use crate::model::Data;
use crate::screens::kit::layout::titled_box;
use crate::screens::kit::text::fit;
use crate::screens::kit::theme::Theme;
use chrono::{Datelike, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// The pattern a status is drawn with.
pub fn pattern(status: AgreementStatus) -> char {
    match status {
        AgreementStatus::Signed => '█',
        AgreementStatus::Negotiating => '▓',
        AgreementStatus::Draft => '░',
        AgreementStatus::Expired => '─',
        AgreementStatus::Terminated => '×',
    }
}

fn colour(theme: &Theme, status: AgreementStatus) -> Style {
    if !theme.color {
        return Style::new();
    }
    let c = match status {
        AgreementStatus::Signed => Color::Green,
        AgreementStatus::Negotiating => Color::Yellow,
        AgreementStatus::Draft => Color::Cyan,
        AgreementStatus::Expired => Color::DarkGray,
        AgreementStatus::Terminated => Color::Red,
    };
    Style::new().fg(c)
}

/// A timeline as drawn.
#[derive(Debug, Clone, Copy)]
pub struct TimelineWidget<'a> {
    /// What it shows.
    pub timeline: &'a Timeline,
    /// The agreements it draws.
    pub data: &'a Data,
    /// The day marked.
    pub today: NaiveDate,
    /// Colours and emphasis.
    pub theme: &'a Theme,
}

impl Widget for TimelineWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (timeline, data, today, theme) = (self.timeline, self.data, self.today, self.theme);
        let (kind, id) = match timeline.of {
            TimelineOf::Facility(id) => (Kind::Facility, id),
            TimelineOf::Organisation(id) => (Kind::Organisation, id),
        };
        let title = format!(" {}: {} ", words::title(), data.name(kind, id));
        let inner = titled_box(&title, area, buf, theme);
        let shown = bars(data, timeline.of, today);
        let label_width = (usize::from(inner.width) / 3).clamp(12, 40);
        let month_count =
            (usize::from(inner.width).saturating_sub(label_width + 1) / 2).max(1) as u32;
        let cols = months(today, month_count);
        let mut lines = vec![axis(&cols, label_width, today), legend(theme)];
        if shown.is_empty() {
            lines.push(Line::from(words::none()));
        }
        for bar in shown.iter().skip(timeline.scroll) {
            lines.push(bar_line(data, today, bar, &cols, label_width, theme));
            lines.push(Line::from(Span::styled(
                fit(&format!("  {}", dates(bar)), usize::from(inner.width)),
                theme.label(),
            )));
        }
        Paragraph::new(lines).render(inner, buf);
    }
}

/// Month initials with the year at each January, and today's month marked.
fn axis<'a>(cols: &[chrono::NaiveDate], label_width: usize, today: chrono::NaiveDate) -> Line<'a> {
    let mut text = " ".repeat(label_width + 1);
    for month in cols {
        let mark = if month.year() == today.year() && month.month() == today.month() {
            '▼'
        } else {
            ' '
        };
        if month.month() == 1 {
            text.push_str(&format!("{:02}", month.year() % 100));
        } else {
            text.push(mark);
            text.push(if mark == ' ' { '·' } else { ' ' });
        }
    }
    Line::from(text)
}

fn legend<'a>(theme: &Theme) -> Line<'a> {
    let mut spans = vec![Span::raw(format!("{} ", words::legend()))];
    for status in [
        AgreementStatus::Signed,
        AgreementStatus::Negotiating,
        AgreementStatus::Draft,
        AgreementStatus::Expired,
        AgreementStatus::Terminated,
    ] {
        spans.push(Span::styled(
            pattern(status).to_string(),
            colour(theme, status),
        ));
        spans.push(Span::raw(format!(
            " {}  ",
            catalog::choice_label(ChoiceSet::AgreementStatus, status.index())
        )));
    }
    Line::from(spans)
}

fn bar_line<'a>(
    data: &Data,
    today: NaiveDate,
    bar: &Bar,
    cols: &[chrono::NaiveDate],
    label_width: usize,
    theme: &Theme,
) -> Line<'a> {
    let name = data.name(Kind::Agreement, bar.id);
    let mut spans = vec![Span::raw(format!(
        "{:<label_width$} ",
        fit(&name, label_width)
    ))];
    for month in cols {
        let this_month = month.year() == today.year() && month.month() == today.month();
        let text = if covers(bar, *month) {
            pattern(bar.status).to_string().repeat(2)
        } else if this_month {
            "│ ".to_string()
        } else {
            "  ".to_string()
        };
        spans.push(Span::styled(text, colour(theme, bar.status)));
    }
    Line::from(spans)
}

/// "2025-01-01 → 2026-12-31, signed", "1. 1. 2025 → 31. 12. 2026, podepsaná"
/// (the text equivalent of a bar).
fn dates(bar: &Bar) -> String {
    let until = bar
        .until
        .map(catalog::date)
        .unwrap_or_else(|| words::open_ended().to_string());
    let status = catalog::choice_label(ChoiceSet::AgreementStatus, bar.status.index());
    format!("{} → {until}, {status}", catalog::date(bar.from))
}
