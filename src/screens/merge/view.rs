//! The view where a change made elsewhere meets the form's own: for each
//! field both sides changed, the value before, theirs and yours, with the one
//! kept marked `[x]` (so it reads without colour too).

use super::{Merge, Side};
use crate::catalog::{field_label, merge as words};
use crate::model::Data;
use crate::screens::kit::text::{self, fit};
use crate::screens::kit::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

/// The merge view, borrowing what it shows.
#[derive(Debug, Clone, Copy)]
pub struct MergeView<'a> {
    /// The choice being made.
    pub merge: &'a Merge,
    /// The records, to name referenced ones.
    pub data: &'a Data,
    /// Colours or not.
    pub theme: &'a Theme,
}

impl Widget for MergeView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let merge = self.merge;
        let width = area.width.min(100);
        let inner_width = usize::from(width.saturating_sub(2)).max(10);
        let intro = words_wrapped(words::intro(), inner_width);
        let rows = merge.fields.len() as u16;
        // The intro, a blank line, the headings, the rows, a blank line, the
        // selected field's three values in full, and the borders.
        let height = (intro.len() as u16 + 2 + rows + 4 + 2).min(area.height);
        let rect = crate::screens::kit::layout::centred(area, width, height);
        Clear.render(rect, buf);
        let title = format!(
            " {}: {} ",
            words::title(),
            self.data.name(merge.kind, merge.id)
        );
        let block = Block::bordered()
            .border_style(self.theme.border())
            .title(fit(&title, inner_width));
        let inner = block.inner(rect);
        block.render(rect, buf);

        // The field's label, then three equal columns.
        let label_width = 14.min(inner_width / 4);
        let column = (inner_width.saturating_sub(label_width + 2)) / 3;
        let cell = |text: &str, width: usize| {
            let shown = fit(text, width.saturating_sub(1));
            let pad = width.saturating_sub(text::width(&shown));
            format!("{shown}{}", " ".repeat(pad))
        };
        let mut lines: Vec<Line> = intro.into_iter().map(Line::from).collect();
        lines.push(Line::from(""));
        lines.push(Line::styled(
            format!(
                "  {}{}{}{}",
                cell(words::field(), label_width),
                cell(words::before(), column),
                cell(words::theirs(), column),
                cell(words::yours(), column)
            ),
            self.theme.header(),
        ));
        for (i, field) in merge.fields.iter().enumerate() {
            let shown = |value| {
                let text = self.data.plain(field.field, value);
                if text.trim().is_empty() {
                    words::empty().to_string()
                } else {
                    text
                }
            };
            let mark = |side| if field.keep == side { "[x] " } else { "[ ] " };
            let theirs = format!("{}{}", mark(Side::Theirs), shown(&field.theirs));
            let yours = format!("{}{}", mark(Side::Mine), shown(&field.mine));
            let selected = i == merge.selected;
            let text = format!(
                "{}{}{}{}{}",
                if selected { "▶ " } else { "  " },
                cell(field_label(field.field.id), label_width),
                cell(&shown(&field.original), column),
                cell(&theirs, column),
                cell(&yours, column)
            );
            lines.push(if selected {
                Line::from(Span::styled(text, self.theme.selected()))
            } else {
                Line::from(text)
            });
        }
        // The table cuts long values: the selected field's, whole.
        if let Some(field) = merge.fields.get(merge.selected) {
            lines.push(Line::from(""));
            let value = |v| self.data.plain(field.field, v);
            for (label, text) in [
                (words::before(), value(&field.original)),
                (words::theirs(), value(&field.theirs)),
                (words::yours(), value(&field.mine)),
            ] {
                lines.push(Line::from(vec![
                    Span::styled(format!("{label}: "), self.theme.label()),
                    Span::raw(fit(&text, inner_width.saturating_sub(label.len() + 2))),
                ]));
            }
        }
        Paragraph::new(lines).render(inner, buf);
    }
}

/// `text` in lines of at most `width` columns, broken between words (a word
/// longer than a line is cut by the paragraph).
fn words_wrapped(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = text::width(&line) + usize::from(!line.is_empty()) + text::width(word);
        if !line.is_empty() && needed > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}
