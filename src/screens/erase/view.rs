//! The erase screen as drawn: the warning, what happens to records, then
//! each place in two lines, its mark ([x] confirmed, [ ] skipped) and where
//! it is, then the words around it.

use super::{Erase, HIT_LINES};
use crate::catalog::erase as words;
use crate::sanitize::sanitize;
use crate::screens::kit::layout::titled_box;
use crate::screens::kit::text::{fit, wrap_words};
use crate::screens::kit::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// The erase screen as drawn.
#[derive(Debug, Clone, Copy)]
pub struct EraseWidget<'a> {
    /// What it shows.
    pub erase: &'a Erase,
    /// Colours and emphasis.
    pub theme: &'a Theme,
}

impl Widget for EraseWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (erase, theme) = (self.erase, self.theme);
        let person = &erase.plan.person;
        let title = format!(
            " {} ",
            sanitize(&words::title(&person.display_name(), person.meta.id))
        );
        let inner = titled_box(&title, area, buf, theme);
        let width = usize::from(inner.width);
        // The warning and what happens to records, whole, wrapped.
        let mut lines: Vec<Line> = wrap_words(words::warning(), width)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.error())))
            .collect();
        lines.extend(
            wrap_words(&words::records(&erase.plan), width)
                .into_iter()
                .map(Line::from),
        );
        lines.push(Line::from(""));
        if erase.plan.hits.is_empty() {
            lines.push(Line::from(fit(words::no_hits(), width)));
        } else {
            lines.push(Line::from(Span::styled(
                fit(
                    &words::confirmed(erase.confirmed(), erase.plan.hits.len()),
                    width,
                ),
                theme.header(),
            )));
        }
        let room = usize::from(inner.height).saturating_sub(lines.len()) / HIT_LINES;
        for (at, hit) in erase
            .plan
            .hits
            .iter()
            .enumerate()
            .skip(erase.scroll)
            .take(room)
        {
            let mark = if erase.skipped[at] { "[ ]" } else { "[x]" };
            // The selected place is marked, not only coloured.
            let cursor = if at == erase.selected { "›" } else { " " };
            let place = sanitize(&words::place(hit)).into_owned();
            let style = if at == erase.selected {
                theme.selected()
            } else {
                ratatui::style::Style::default()
            };
            lines.push(Line::from(Span::styled(
                fit(&format!("{cursor}{mark} {place}"), width),
                style,
            )));
            let context = sanitize(&words::in_context(hit)).into_owned();
            lines.push(Line::from(fit(&format!("     {context}"), width)));
        }
        Paragraph::new(lines).render(inner, buf);
    }
}
