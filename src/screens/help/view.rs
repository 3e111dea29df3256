//! The help screen: the lines `ui` makes from the keymap actually loaded.

use super::Help;
use crate::catalog::phrase;
use crate::screens::kit::text::fit;
use crate::screens::kit::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

/// The help screen as drawn.
#[derive(Debug, Clone, Copy)]
pub struct HelpWidget<'a> {
    /// Where it is scrolled to.
    pub help: Help,
    /// The lines: a heading per mode, then each action with its keys.
    pub lines: &'a [(bool, String)],
    /// Colours and emphasis.
    pub theme: &'a Theme,
}

impl Widget for HelpWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let block = Block::bordered()
            .border_style(self.theme.border())
            .title(format!(" {} ", phrase::help_title()));
        let inner = block.inner(area);
        block.render(area, buf);
        let width = usize::from(inner.width);
        let lines: Vec<Line> = self
            .lines
            .iter()
            .skip(self.help.scroll)
            .take(usize::from(inner.height))
            .map(|(heading, text)| {
                let style = if *heading {
                    self.theme.header()
                } else {
                    Default::default()
                };
                Line::from(Span::styled(fit(text, width), style))
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}
