//! Boxes drawn over the screen: the picker and yes/no questions.

use super::text::fit;
use super::theme::Theme;
use crate::app::picker::Picker;
use crate::catalog::phrase;
use crate::keymap::Keymap;
use crate::screens::kit::layout::centred;
use crate::vocab::Action;
use crate::vocab::Mode;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// Draws the picker over the form.
pub fn draw_picker(frame: &mut Frame, area: Rect, picker: &Picker, keymap: &Keymap, theme: &Theme) {
    let rect = centred(area, 70, area.height.saturating_sub(2).max(8));
    frame.render_widget(Clear, rect);
    let what = picker.label;
    let toggle = keymap
        .first_key(Mode::Picker, Action::PickerToggle)
        .unwrap_or_default();
    let title = if picker.multi {
        format!(" {} {what} ({toggle}: select several) ", phrase::CHOOSE)
    } else {
        format!(" {} {what} ", phrase::CHOOSE)
    };
    let block = Block::bordered()
        .border_style(theme.border())
        .title(fit(&title, usize::from(rect.width.saturating_sub(2))));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width);
    let mut lines = vec![Line::from(vec![
        Span::styled(phrase::SEARCH, theme.header()),
        Span::raw(fit(
            &picker.query.text,
            width.saturating_sub(phrase::SEARCH.len()),
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
    frame.render_widget(Paragraph::new(lines), inner);
    let typed: String = picker
        .query
        .text
        .chars()
        .take(picker.query.cursor)
        .collect();
    let x = inner.x
        + (phrase::SEARCH.len() + super::text::width(&typed)).min(width.saturating_sub(1)) as u16;
    frame.set_cursor_position((x, inner.y));
}
