//! A record's form: one line per field (long text a box of several),
//! errors beside the field they concern.

use super::{Form, LABEL_WIDTH, Shape, Then};
use crate::catalog::{self, phrase};
use crate::domain::{FieldKind, FieldValue};
use crate::model::Data;
use crate::screens::kit::cells::display;
use crate::screens::kit::text::{fit, width};
use crate::screens::kit::text_area;
use crate::screens::kit::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

/// A form as drawn: a row a field (long text a box of several rows), the
/// focused one marked, each problem beside its field (or under long text).
#[derive(Debug, Clone, Copy)]
pub struct FormWidget<'a> {
    /// What it shows.
    pub form: &'a Form,
    /// The records its references name.
    pub data: &'a Data,
    /// Colours and emphasis.
    pub theme: &'a Theme,
}

/// The mark at the end of a box's first row when rows above are out of
/// sight, and at the end of its last when rows below are.
const MORE_ABOVE: &str = "▲";
const MORE_BELOW: &str = "▼";
/// The left edge of the box of long text being edited.
const BOX_EDGE: &str = "│";

impl FormWidget<'_> {
    /// The first field shown, so the focused one is in sight (as low as
    /// it must be, as before: the form scrolls no more than it has to).
    fn offset(&self, shape: Shape) -> usize {
        let form = self.form;
        let mut used = 0;
        let mut first = form.focus;
        for at in (0..=form.focus).rev() {
            used += form.rows_of(at, shape);
            if used > shape.rows {
                break;
            }
            first = at;
        }
        first
    }

    /// Where the terminal's cursor goes: in the focused field's text, when
    /// it is typed rather than chosen.
    pub fn cursor(&self, area: Rect) -> Option<Position> {
        let form = self.form;
        let inner = Block::bordered().inner(area);
        let shape = Shape::inside(inner.width, inner.height);
        let def = form.kind.fields().get(form.focus)?;
        let FieldValue::Text(t) = form.values.get(form.focus)? else {
            return None;
        };
        if !def.kind.is_typed() {
            return None;
        }
        let (row, column) = match form.text_cursor(shape) {
            Some((row, column)) => (row.saturating_sub(form.shown_from(shape)), column),
            None => {
                let before: String = t.chars().take(form.cursor).collect();
                (0, width(&before))
            }
        };
        let above: usize = (self.offset(shape)..form.focus)
            .map(|at| form.rows_of(at, shape))
            .sum();
        let x = usize::from(inner.x) + LABEL_WIDTH + 1 + column.min(shape.value.saturating_sub(1));
        let y = usize::from(inner.y) + above + row;
        Some(Position::new(x as u16, y as u16))
    }

    /// The rows of long text field `at`: its text from the row the box
    /// shows first, marks where more is out of sight, its problems under it.
    fn long_text_lines<'b>(
        &self,
        at: usize,
        text: &str,
        shape: Shape,
        label: Span<'b>,
    ) -> Vec<Line<'b>> {
        let (form, theme) = (self.form, self.theme);
        let def = &form.kind.fields()[at];
        let focused = at == form.focus;
        let errors: Vec<String> = form
            .errors_of(def.id)
            .map(|e| catalog::problem(&e.problem))
            .collect();
        let rows = text_area::layout(text, shape.wrap);
        let shown = form.rows_of(at, shape) - usize::from(!errors.is_empty());
        let first = if focused { form.shown_from(shape) } else { 0 };
        let blank = Span::raw(" ".repeat(LABEL_WIDTH + 1));
        // The box being edited has an edge on its left, so it reads as one.
        let edge = |lead: Span<'b>| -> Vec<Span<'b>> {
            if !focused {
                return vec![lead];
            }
            let wide = lead.content.chars().count();
            let kept: String = lead.content.chars().take(wide.saturating_sub(1)).collect();
            vec![
                Span::styled(kept, lead.style),
                Span::styled(BOX_EDGE, theme.border()),
            ]
        };
        let mut lines = Vec::new();
        for n in 0..shown {
            let lead = if n == 0 { label.clone() } else { blank.clone() };
            let mut spans = edge(lead);
            let row = rows.get(first + n);
            let part = row.map_or(String::new(), |r| text_area::row_text(text, *r));
            let part = fit(part.trim_end_matches(' '), shape.wrap);
            let hint = if text.is_empty() && focused && n == 0 {
                catalog::field_hint(def.kind)
            } else {
                ""
            };
            let mark = if n == 0 && first > 0 {
                MORE_ABOVE
            } else if n + 1 == shown && first + shown < rows.len() {
                MORE_BELOW
            } else {
                ""
            };
            if hint.is_empty() {
                let pad = shape.wrap.saturating_sub(width(&part));
                spans.push(Span::raw(format!("{part}{}", " ".repeat(pad))));
                if !mark.is_empty() {
                    spans.push(Span::styled(mark, theme.label()));
                }
            } else {
                spans.push(Span::styled(fit(hint, shape.value), theme.label()));
            }
            lines.push(Line::from(spans));
        }
        if !errors.is_empty() {
            let problem = format!("← {}", errors.join("; "));
            lines.push(Line::from(vec![
                blank,
                Span::styled(fit(&problem, shape.value), theme.error()),
            ]));
        }
        lines
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
        let shape = Shape::inside(inner.width, inner.height);
        let value_width = shape.value;
        let mut lines = Vec::new();
        for (i, def) in fields.iter().enumerate().skip(self.offset(shape)) {
            if lines.len() >= shape.rows {
                break;
            }
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
            let label = Span::styled(
                format!("{:<w$} ", fit(&label, LABEL_WIDTH), w = LABEL_WIDTH),
                label_style,
            );
            let value = &form.values[i];
            if let (FieldKind::LongText, FieldValue::Text(text)) = (def.kind, value) {
                lines.extend(self.long_text_lines(i, text, shape, label));
                continue;
            }
            let shown = match value {
                FieldValue::Text(t) => t.clone(),
                v => display(self.data, def, v),
            };
            let errors: Vec<String> = form
                .errors_of(def.id)
                .map(|e| catalog::problem(&e.problem))
                .collect();
            let mut spans = vec![label];
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
        lines.truncate(shape.rows);
        Paragraph::new(lines).render(inner, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Kind, Meta};
    use crate::vocab::Action;

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

    #[test]
    fn in_long_text_the_cursor_stands_on_its_row_and_column() {
        let (data, theme) = (Data::default(), Theme { color: false });
        let mut form = Form::new(Kind::Organisation, Meta::new(chrono::DateTime::UNIX_EPOCH));
        form.focus_on("notes");
        form.edit_text(None, Some("první řádek\n監獄 ž"));
        // A form on a whole 80×24 terminal: its body is rows 1 to 21.
        let area = Rect::new(0, 1, 80, 21);
        let value_x = 1 + LABEL_WIDTH as u16 + 1;
        // The notes are the thirteenth field (after the three published
        // contacts), on the thirteenth row inside the border;
        // the cursor on their second row, after two wide letters, a space
        // and a Czech one.
        let at = widget(&form, &data, &theme).cursor(area);
        assert_eq!(at, Some(Position::new(value_x + 6, 2 + 12 + 1)));
        form.edit_text(Some(Action::CursorHome), None);
        let at = widget(&form, &data, &theme).cursor(area);
        assert_eq!(at, Some(Position::new(value_x, 2 + 12 + 1)));
        form.edit_text(Some(Action::CursorLeft), None);
        let at = widget(&form, &data, &theme).cursor(area);
        assert_eq!(at, Some(Position::new(value_x + 11, 2 + 12)));
    }
}
