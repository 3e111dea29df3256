//! A record's history, newest first, grouped by operation: who, when, what
//! the operation was, and what it did in sentences.

use super::History;
use crate::catalog::{self, history as words, phrase};
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
        let name = |kind: crate::domain::Kind, id: crate::domain::Id| self.data.name(kind, id);
        for (at, told) in history.entries.iter().enumerate() {
            let entry = &told.entry;
            let style = if at == history.selected {
                theme.selected()
            } else {
                theme.header()
            };
            let mut first = true;
            if history.heads(at) {
                // Who, when, what the operation was, and whether it can be
                // turned back.
                let what = match &told.op {
                    Some(op) => words::what(op, op.entries),
                    None => catalog::change(entry.change).to_string(),
                };
                let mark = match entry.op {
                    Some(op) if entry.revertible() => words::operation(op),
                    _ => words::not_revertible().to_string(),
                };
                let heading = format!(
                    "{} · {} · {what} · {mark}",
                    words::when(entry.at),
                    entry.who
                );
                lines.push(Line::from(Span::styled(fit(&heading, width), style)));
                first = false;
            }
            let mut said: Vec<String> = told
                .events
                .iter()
                .map(|e| words::event(history.kind, e, &name))
                .collect();
            if said.is_empty() {
                said.push(catalog::change(entry.change).to_string());
            }
            for line in said {
                let text = fit(&format!("  {line}"), width);
                // Under another entry's heading, its first line is selected.
                if first {
                    lines.push(Line::from(Span::styled(text, style)));
                    first = false;
                } else {
                    lines.push(Line::from(text));
                }
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
