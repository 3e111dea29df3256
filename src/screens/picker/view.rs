//! The picker: a box over the form.

use super::Picker;
use crate::catalog::phrase;
use crate::keymap::Keymap;
use crate::screens::kit::layout::centred;
use crate::screens::kit::text::{self, fit};
use crate::screens::kit::theme::Theme;
use crate::vocab::Action;
use crate::vocab::Mode;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

/// The picker as drawn over the form, centred in the area it is given.
#[derive(Debug, Clone, Copy)]
pub struct PickerWidget<'a> {
    /// What it offers and what is chosen.
    pub picker: &'a Picker,
    /// The key that selects several is named in the title.
    pub keymap: &'a Keymap,
    /// Colours and emphasis.
    pub theme: &'a Theme,
}

impl PickerWidget<'_> {
    /// The box within `area`.
    fn rect(area: Rect) -> Rect {
        centred(area, 70, area.height.saturating_sub(2).max(8))
    }

    /// Where the terminal's cursor goes: after the typed search text.
    pub fn cursor(&self, area: Rect) -> Position {
        let inner = Block::bordered().inner(Self::rect(area));
        let width = usize::from(inner.width);
        let query = &self.picker.query;
        let typed: String = query.text.chars().take(query.cursor).collect();
        let x = (phrase::search().len() + text::width(&typed)).min(width.saturating_sub(1));
        Position::new(inner.x + x as u16, inner.y)
    }
}

impl Widget for PickerWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (picker, theme) = (self.picker, self.theme);
        let rect = Self::rect(area);
        Clear.render(rect, buf);
        let what = picker.label;
        let toggle = self
            .keymap
            .first_key(Mode::Picker, Action::PickerToggle)
            .map(|key| crate::catalog::key_label(&key))
            .unwrap_or_default();
        let title = if picker.multi {
            format!(
                " {} {what} ({}) ",
                phrase::choose(),
                crate::catalog::format("picker-several", &[("key", toggle.into())])
            )
        } else {
            format!(" {} {what} ", phrase::choose())
        };
        let block = Block::bordered()
            .border_style(theme.border())
            .title(fit(&title, usize::from(rect.width.saturating_sub(2))));
        let inner = block.inner(rect);
        block.render(rect, buf);
        let width = usize::from(inner.width);
        let mut lines = vec![Line::from(vec![
            Span::styled(phrase::search(), theme.header()),
            Span::raw(fit(
                &picker.query.text,
                width.saturating_sub(phrase::search().len()),
            )),
        ])];
        let rows = usize::from(inner.height.saturating_sub(1)).max(1);
        let offset = picker.selected.saturating_sub(rows - 1);
        for (n, index) in picker.visible.iter().enumerate().skip(offset).take(rows) {
            let option = &picker.options[*index];
            let mark = match (picker.multi, picker.chosen.contains(&option.value)) {
                (true, true) => "[x] ",
                (true, false) => "[ ] ",
                (false, true) => "• ",
                (false, false) => "  ",
            };
            let style = if n == picker.selected {
                theme.selected()
            } else {
                Default::default()
            };
            lines.push(Line::from(Span::styled(
                fit(&format!("{mark}{}", option.label), width),
                style,
            )));
        }
        Paragraph::new(lines).render(inner, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screens::picker::{PickOption, PickTarget};

    #[test]
    fn the_cursor_follows_the_typed_search() {
        let options = ["Plzeň", "Praha"]
            .iter()
            .enumerate()
            .map(|(i, l)| PickOption::new(i as u64, l.to_string()))
            .collect();
        let mut picker = Picker::new(
            (None, "Town"),
            PickTarget::RulePreset,
            false,
            options,
            Vec::new(),
        );
        let keymap = Keymap::default();
        let theme = Theme { color: false };
        let area = Rect::new(0, 0, 80, 20);
        let widget = |picker: &Picker| {
            PickerWidget {
                picker,
                keymap: &keymap,
                theme: &theme,
            }
            .cursor(area)
        };
        let empty = widget(&picker);
        picker.query.insert("plž");
        let typed = widget(&picker);
        // Three letters on, the diacritic one as wide as the others.
        assert_eq!(typed, Position::new(empty.x + 3, empty.y));
        // Inside the box, on its search line, after the prompt.
        let rect = centred(area, 70, 18);
        assert_eq!(empty.y, rect.y + 1);
        assert_eq!(empty.x, rect.x + 1 + phrase::search().len() as u16);
    }
}
