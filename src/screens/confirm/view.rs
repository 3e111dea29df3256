//! A yes/no question in a box over the screen, with the keys that answer it.

use crate::catalog::{self, phrase};
use crate::keymap::Keymap;
use crate::screens::kit::Confirm;
use crate::screens::kit::layout::centred;
use crate::screens::kit::text::width as text_width;
use crate::screens::kit::theme::Theme;
use crate::vocab::{Action, Mode};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

/// A question as drawn, centred in the area it is given.
#[derive(Debug, Clone, Copy)]
pub struct ConfirmWidget<'a> {
    /// The question.
    pub confirm: &'a Confirm,
    /// The keys that answer it come from here.
    pub keymap: &'a Keymap,
    /// Colours and emphasis.
    pub theme: &'a Theme,
}

impl Widget for ConfirmWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (confirm, theme) = (self.confirm, self.theme);
        let width = 64.min(area.width);
        let wrap_width = usize::from(width.saturating_sub(4)).max(1);
        let words = confirm.text();
        let text_lines = (text_width(&words) / wrap_width) as u16 + 2;
        let rect = centred(area, width, text_lines + 4);
        Clear.render(rect, buf);
        let block = Block::bordered()
            .border_style(theme.border())
            .title(format!(" {} ", phrase::confirm_title()));
        let inner = block.inner(rect);
        block.render(rect, buf);
        let key = |action| {
            let key = self.keymap.first_key(Mode::Confirm, action);
            crate::catalog::key_label(&key.unwrap_or_default())
        };
        let text = crate::sanitize::sanitize(&words).into_owned();
        let lines = vec![
            Line::from(text),
            Line::from(""),
            Line::from(vec![
                Span::styled(key(Action::ConfirmYes), theme.key()),
                Span::raw(format!(" {}   ", catalog::action_help(Action::ConfirmYes))),
                Span::styled(key(Action::ConfirmNo), theme.key()),
                Span::raw(format!(" {}", catalog::action_help(Action::ConfirmNo))),
            ]),
        ];
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
    }
}
