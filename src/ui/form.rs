//! A record's form: one line per field, errors beside the field they concern.

use super::text::{fit, width};
use super::theme::Theme;
use crate::app::form::Form;
use crate::app::state::AppState;
use crate::catalog::{self, phrase};
use crate::domain::FieldValue;
use crate::screens::kit::cells::display;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

const LABEL_WIDTH: usize = 18;

/// Draws a form, scrolled so the focused field is visible.
pub fn draw(frame: &mut Frame, area: Rect, state: &AppState, form: &Form, theme: &Theme) {
    let verb = if form.meta.id == 0 {
        phrase::NEW
    } else {
        phrase::EDIT
    };
    let title = format!(" {verb} {} ", catalog::kind_singular(form.kind));
    let block = Block::bordered().border_style(theme.border()).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let fields = form.kind.fields();
    let rows = usize::from(inner.height).max(1);
    let offset = form.focus.saturating_sub(rows - 1);
    let value_width = usize::from(inner.width).saturating_sub(LABEL_WIDTH + 1);
    let mut lines = Vec::new();
    for (i, def) in fields.iter().enumerate().skip(offset).take(rows) {
        let mark = if def.required {
            phrase::REQUIRED_MARK
        } else {
            " "
        };
        let label = format!("{}{mark}", catalog::field_label(def.id));
        let focused = i == form.focus;
        let label_style = if focused {
            theme.header()
        } else {
            theme.label()
        };
        let value = &form.values[i];
        let shown = match value {
            FieldValue::Text(t) => t.clone(),
            v => display(&state.data, def, v),
        };
        let errors: Vec<String> = form
            .errors_of(def.id)
            .map(|e| catalog::problem(&e.problem))
            .collect();
        let mut spans = vec![Span::styled(
            format!("{:<w$} ", fit(&label, LABEL_WIDTH), w = LABEL_WIDTH),
            label_style,
        )];
        if errors.is_empty() {
            let hint = if shown.is_empty() && focused {
                catalog::field_hint(def.kind)
            } else {
                ""
            };
            spans.push(Span::raw(fit(&shown, value_width)));
            if !hint.is_empty() {
                spans.push(Span::styled(fit(hint, value_width), theme.label()));
            }
        } else {
            // The value keeps at most half the room so the problem stays readable.
            let value_room = (value_width / 2).max(width(&shown).min(value_width / 2));
            let value_text = fit(&shown, value_room);
            let used = width(&value_text);
            spans.push(Span::raw(value_text));
            let problem = format!(" ← {}", errors.join("; "));
            spans.push(Span::styled(
                fit(&problem, value_width.saturating_sub(used)),
                theme.error(),
            ));
        }
        let mut line = Line::from(spans);
        if focused && !def.kind.is_typed() {
            line = line.patch_style(theme.selected());
        }
        lines.push(line);
        if focused
            && def.kind.is_typed()
            && let FieldValue::Text(t) = value
        {
            let before: String = t.chars().take(form.cursor).collect();
            let x = inner.x as usize
                + LABEL_WIDTH
                + 1
                + width(&before).min(value_width.saturating_sub(1));
            let y = inner.y as usize + (i - offset);
            frame.set_cursor_position((x as u16, y as u16));
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
