//! A record's history, newest first: who changed what when, field by field.

use super::History;
use crate::catalog::{self, phrase};
use crate::model::Data;
use crate::screens::kit::layout::titled_box;
use crate::screens::kit::text::fit;
use crate::screens::kit::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// A record's history as drawn.
#[derive(Debug, Clone, Copy)]
pub struct HistoryWidget<'a> {
    /// What it shows.
    pub history: &'a History,
    /// The record's name comes from here.
    pub data: &'a Data,
    /// Colours and emphasis.
    pub theme: &'a Theme,
}

impl Widget for HistoryWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (history, theme) = (self.history, self.theme);
        let title = format!(
            " {}: {} ",
            phrase::history_title(),
            self.data.name(history.kind, history.id)
        );
        let inner = titled_box(&title, area, buf, theme);
        let width = usize::from(inner.width);
        let mut lines = Vec::new();
        if history.entries.is_empty() {
            lines.push(Line::from(phrase::no_history()));
        }
        for (at, entry) in history.entries.iter().enumerate() {
            let change = catalog::change(entry.change);
            let local = entry.at.with_timezone(&crate::domain::prague::ZONE);
            let when = catalog::date_time(local.naive_local());
            let zone = catalog::history::zone(&local.format("%Z").to_string());
            // Which operation it was part of, or that it cannot be reverted.
            let mark = match entry.op {
                Some(op) if entry.revertible() => catalog::history::operation(op),
                _ => catalog::history::not_revertible().to_string(),
            };
            let heading = format!("{when} {zone}  {}  {change}  · {mark}", entry.who);
            let style = if at == history.selected {
                theme.selected()
            } else {
                theme.header()
            };
            lines.push(Line::from(Span::styled(fit(&heading, width), style)));
            for field in &entry.fields {
                let label = catalog::field_label(&field.field);
                let text = format!("  {label}: {} → {}", field.before, field.after);
                lines.push(Line::from(fit(&text, width)));
            }
        }
        let lines: Vec<Line> = lines
            .into_iter()
            .skip(history.scroll)
            .take(usize::from(inner.height))
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}
