//! The figures view: summary numbers, text bar charts (label, a bar of █
//! scaled to the width, the number) and tables sorted by count. Every bar is
//! followed by its number, so the charts read the same without colour.

use super::{FiguresView, Row};
use crate::catalog::figures as words;
use crate::screens::kit::layout::titled_box;
use crate::screens::kit::text::{fit, width};
use crate::screens::kit::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// Columns kept for a number at the end of a table row.
const NUMBER: usize = 7;
/// Widest table row: on a wide terminal a name and its number stay close.
const TABLE: usize = 64;

/// The figures view as drawn.
#[derive(Debug, Clone, Copy)]
pub struct FiguresWidget<'a> {
    /// What it shows.
    pub view: &'a FiguresView,
    /// Records are still being read: the figures would be partial.
    pub loading: bool,
    /// Colours and emphasis.
    pub theme: &'a Theme,
}

impl Widget for FiguresWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let figures = &self.view.figures;
        let title = format!(" {} ", words::title(figures.from, figures.to));
        let inner = titled_box(&title, area, buf, self.theme);
        if self.loading {
            Paragraph::new(crate::catalog::phrase::loading()).render(inner, buf);
            return;
        }
        let cols = usize::from(inner.width);
        let lines: Vec<Line> = self
            .view
            .rows
            .iter()
            .skip(self.view.scroll)
            .take(usize::from(inner.height))
            .map(|row| line(row, cols, self.theme))
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}

fn line<'a>(row: &Row, cols: usize, theme: &Theme) -> Line<'a> {
    match row {
        Row::Heading(text) => Line::from(Span::styled(fit(text, cols), theme.header())),
        Row::Text(text) => Line::from(Span::styled(fit(text, cols), theme.label())),
        Row::Blank => Line::from(""),
        Row::Count { label, count } => {
            let name_width = cols.min(TABLE).saturating_sub(NUMBER + 1);
            let name = fit(label, name_width);
            let pad = name_width.saturating_sub(width(&name));
            let count = number(*count);
            Line::from(format!("{name}{} {count:>NUMBER$}", " ".repeat(pad)))
        }
        Row::Bar { label, count, max } => {
            // "2026-03 ████████ 12": the number right after its bar, with room
            // kept for the chart's largest number.
            let label = fit(label, 8);
            let digits = width(&number(*max));
            let room = cols.saturating_sub(width(&label) + 2 + digits);
            let bar = "█".repeat(bar_length(*count, *max, room));
            Line::from(vec![
                Span::raw(format!("{label} ")),
                Span::styled(bar, bar_style(theme)),
                Span::raw(format!(" {}", number(*count))),
            ])
        }
    }
}

/// A count written the spoken language's way (`12 345` in Czech).
fn number(count: usize) -> String {
    crate::catalog::number(count as f64)
}

/// How many cells a bar takes: proportional to `count`, the largest value
/// filling `room`, and never invisible for a count above zero.
pub fn bar_length(count: usize, max: usize, room: usize) -> usize {
    if count == 0 || max == 0 || room == 0 {
        return 0;
    }
    (count * room).div_ceil(max).clamp(1, room)
}

fn bar_style(theme: &Theme) -> Style {
    if theme.color {
        Style::new().fg(Color::Cyan)
    } else {
        Style::new()
    }
}
