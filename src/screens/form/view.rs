//! A record's form: one line per field, errors beside the field they concern.

use super::{Form, Then};
use crate::catalog::{self, phrase};
use crate::domain::FieldValue;
use crate::model::Data;
use crate::screens::kit::cells::display;
use crate::screens::kit::text::{fit, width};
use crate::screens::kit::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

const LABEL_WIDTH: usize = 18;

/// A form as drawn: a line a field, the focused one marked, each problem
/// beside its field.
#[derive(Debug, Clone, Copy)]
pub struct FormWidget<'a> {
    /// What it shows.
    pub form: &'a Form,
    /// The records its references name.
    pub data: &'a Data,
    /// Colours and emphasis.
    pub theme: &'a Theme,
}

impl FormWidget<'_> {
    /// The first field shown when `rows` fit, so the focused one is in sight.
    fn offset(&self, rows: usize) -> usize {
        self.form.focus.saturating_sub(rows.max(1) - 1)
    }

    /// Where the terminal's cursor goes: in the focused field's text, when
    /// it is typed rather than chosen.
    pub fn cursor(&self, area: Rect) -> Option<Position> {
        let form = self.form;
        let inner = Block::bordered().inner(area);
        let def = form.kind.fields().get(form.focus)?;
        let FieldValue::Text(t) = form.values.get(form.focus)? else {
            return None;
        };
        if !def.kind.is_typed() {
            return None;
        }
        let value_width = usize::from(inner.width).saturating_sub(LABEL_WIDTH + 1);
        let before: String = t.chars().take(form.cursor).collect();
        let x = usize::from(inner.x)
            + LABEL_WIDTH
            + 1
            + width(&before).min(value_width.saturating_sub(1));
        let row = form.focus - self.offset(usize::from(inner.height));
        Some(Position::new(x as u16, inner.y + row as u16))
    }
}

impl Widget for FormWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (form, theme) = (self.form, self.theme);
        let title = match form.then {
            Some(Then::OnlyThis(..)) => format!(" {} ", phrase::edit_this_occurrence()),
            _ => format!(" {} ", phrase::form_title(form.kind, form.meta.id == 0)),
        };
        let block = Block::bordered().border_style(theme.border()).title(title);
        let inner = block.inner(area);
        block.render(area, buf);
        let fields = form.kind.fields();
        let rows = usize::from(inner.height).max(1);
        let offset = self.offset(rows);
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
                v => display(self.data, def, v),
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
        }
        Paragraph::new(lines).render(inner, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Kind, Meta};

    fn widget<'a>(form: &'a Form, data: &'a Data, theme: &'a Theme) -> FormWidget<'a> {
        FormWidget { form, data, theme }
    }

    #[test]
    fn the_cursor_follows_the_typed_text_and_leaves_chosen_fields() {
        let (data, theme) = (Data::default(), Theme { color: false });
        let mut form = Form::new(Kind::Facility, Meta::new(chrono::DateTime::UNIX_EPOCH));
        form.edit_text(None, Some("Věz"));
        let area = Rect::new(0, 1, 80, 20);
        // Inside the border, after the label column and its space.
        let at = widget(&form, &data, &theme).cursor(area);
        assert_eq!(at, Some(Position::new(1 + LABEL_WIDTH as u16 + 1 + 3, 2)));
        // The facility's kind is chosen from a list: no text cursor there.
        form.focus_field(1);
        assert_eq!(widget(&form, &data, &theme).cursor(area), None);
    }
}
