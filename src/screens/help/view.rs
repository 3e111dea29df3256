//! The help screen, generated from the keymap actually loaded.

use super::Help;
use crate::catalog::{self, phrase};
use crate::keymap::Keymap;
use crate::screens::kit::text::fit;
use crate::screens::kit::theme::Theme;
use crate::vocab::Mode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

/// The help text: each mode's bindings, keys of one action together.
pub fn help_lines(keymap: &Keymap) -> Vec<(bool, String)> {
    let mut lines = Vec::new();
    for mode in Mode::ALL {
        lines.push((true, catalog::mode_title(*mode).to_string()));
        let mut seen = Vec::new();
        for (_, action) in keymap.bindings(*mode) {
            if seen.contains(&action) {
                continue;
            }
            seen.push(action);
            let keys: Vec<String> = keymap
                .keys_for(*mode, action)
                .iter()
                .map(ToString::to_string)
                .collect();
            lines.push((
                false,
                format!("  {:<18} {}", keys.join(", "), catalog::action_help(action)),
            ));
        }
    }
    lines
}

/// The help screen as drawn.
#[derive(Debug, Clone, Copy)]
pub struct HelpWidget<'a> {
    /// Where it is scrolled to.
    pub help: Help,
    /// The keymap whose bindings it lists.
    pub keymap: &'a Keymap,
    /// Colours and emphasis.
    pub theme: &'a Theme,
}

impl Widget for HelpWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let block = Block::bordered()
            .border_style(self.theme.border())
            .title(format!(" {} ", phrase::HELP_TITLE));
        let inner = block.inner(area);
        block.render(area, buf);
        let width = usize::from(inner.width);
        let lines: Vec<Line> = help_lines(self.keymap)
            .into_iter()
            .skip(self.help.scroll)
            .take(usize::from(inner.height))
            .map(|(heading, text)| {
                let style = if heading {
                    self.theme.header()
                } else {
                    Default::default()
                };
                Line::from(Span::styled(fit(&text, width), style))
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}
