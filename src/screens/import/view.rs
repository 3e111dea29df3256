//! The import screen: what was read, each column → its field, and the dry
//! run (counts, what happens to records already there, the rows it names),
//! one under the other on a small terminal, side by side on a wide one.

use super::{Import, Pane, Room};
use crate::catalog::{self, import as words, sheet};
use crate::screens::kit::layout::titled_box;
use crate::screens::kit::text::{fit, width};
use crate::screens::kit::theme::Theme;
use crate::sheet::column_name;
use crate::sheet::mapping::How;
use crate::sheet::plan::Plan;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// The import screen as drawn.
#[derive(Debug, Clone, Copy)]
pub struct ImportWidget<'a> {
    /// What it shows.
    pub import: &'a Import,
    /// Colours and emphasis.
    pub theme: &'a Theme,
    /// The terminal's size, which decides the layout (as the keys see it).
    pub size: (u16, u16),
}

impl Widget for ImportWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (import, theme) = (self.import, self.theme);
        let title = format!(" {} ", words::title(import.kind()));
        let inner = titled_box(&title, area, buf, theme);
        let room = import.room(self.size.0, self.size.1);
        let source = sheet::source(&import.opened.file, &import.opened.table.source);
        let source = Line::from(fit(&source, usize::from(inner.width)));
        if room.wide {
            let left_width = (inner.width * 2 / 5).max(30).min(inner.width);
            let left = Rect {
                width: left_width,
                ..inner
            };
            let right = Rect {
                x: inner.x + left_width + 2,
                width: inner.width.saturating_sub(left_width + 2),
                ..inner
            };
            let mut lines = vec![Line::from(fit(
                &sheet::source(&import.opened.file, &import.opened.table.source),
                usize::from(left.width),
            ))];
            lines.extend(self.columns(room, usize::from(left.width)));
            Paragraph::new(lines).render(left, buf);
            Paragraph::new(self.dry_run(room, usize::from(right.width))).render(right, buf);
            return;
        }
        let w = usize::from(inner.width);
        let mut lines = vec![source];
        lines.extend(self.columns(room, w));
        lines.push(Line::from(""));
        lines.extend(self.dry_run(room, w));
        Paragraph::new(lines).render(inner, buf);
    }
}

impl ImportWidget<'_> {
    /// The columns' title, then the columns shown, the selected one marked.
    fn columns(&self, room: Room, w: usize) -> Vec<Line<'static>> {
        let import = self.import;
        let mapping = &import.opened.mapping;
        let mut lines = vec![Line::from(Span::styled(
            fit(&sheet_title(mapping.header_row), w),
            self.theme.header(),
        ))];
        let headers = mapping
            .columns
            .iter()
            .map(|c| width(&c.header))
            .max()
            .unwrap_or(0)
            .min(w / 3)
            .max(6);
        for (at, column) in mapping
            .columns
            .iter()
            .enumerate()
            .skip(import.first)
            .take(room.columns)
        {
            let selected = at == import.selected;
            let marker = if selected { "▶ " } else { "  " };
            let header = fit(&column.header, headers);
            let pad = headers.saturating_sub(width(&header));
            let how = words::how(column.how);
            let how = if how.is_empty() {
                String::new()
            } else {
                format!("  ({how})")
            };
            let text = format!(
                "{marker}{:<3}{header}{} → {}{how}",
                column_name(column.index),
                " ".repeat(pad),
                sheet::target(column.target),
            );
            let style = if selected && import.pane == Pane::Columns {
                self.theme.selected()
            } else if column.how == How::Unknown || column.how == How::Taken {
                self.theme.label()
            } else {
                Style::default()
            };
            lines.push(Line::from(Span::styled(fit(&text, w), style)));
        }
        lines
    }

    /// The dry run: counts, duplicates, what importing does, the fields
    /// with no column, then the rows it names.
    fn dry_run(&self, room: Room, w: usize) -> Vec<Line<'static>> {
        let import = self.import;
        let plan = &import.plan;
        let mut lines = vec![
            Line::from(Span::styled(
                fit(&words::counts(plan), w),
                self.theme.header(),
            )),
            Line::from(fit(&words::duplicates(import.duplicates), w)),
            Line::from(Span::styled(
                fit(
                    &words::before_import(import.stale, plan.bad_rows().len()),
                    w,
                ),
                self.theme.label(),
            )),
        ];
        let missing = import.opened.mapping.missing_required();
        if !missing.is_empty() {
            lines.push(Line::from(Span::styled(
                fit(&words::missing(&missing), w),
                self.theme.error(),
            )));
        }
        lines.push(Line::from(""));
        let count = import.row_count();
        lines.push(Line::from(Span::styled(
            fit(&words::rows_title(count), w),
            self.theme.header(),
        )));
        let style = if import.pane == Pane::Rows {
            Style::default()
        } else {
            self.theme.label()
        };
        // Only the rows shown are worded: a file of ten thousand rows may
        // name every one.
        for at in import.scroll..(import.scroll + room.rows).min(count) {
            let line = row_line(plan, at);
            lines.push(Line::from(Span::styled(fit(line.trim_start(), w), style)));
        }
        lines
    }
}

/// The `at`-th row the dry run names, in words: the rows that cannot be
/// read first, then duplicates (skipped, kept, unchanged), updates, and
/// rows repeating an earlier one, as the command line lists them.
fn row_line(plan: &Plan, at: usize) -> String {
    if let Some(problem) = plan.problems.get(at) {
        return sheet::row_problem(problem);
    }
    let mut at = at - plan.problems.len();
    let mut one = Plan::default();
    let matched = [&plan.skipped, &plan.kept, &plan.unchanged];
    for (which, list) in matched.into_iter().enumerate() {
        if let Some(m) = list.get(at) {
            match which {
                0 => one.skipped.push(m.clone()),
                1 => one.kept.push(m.clone()),
                _ => one.unchanged.push(m.clone()),
            }
            return first_line(&one);
        }
        at -= list.len();
    }
    if let Some(update) = plan.update.get(at) {
        one.update.push(update.clone());
    } else if let Some(pair) = plan.in_file.get(at - plan.update.len()) {
        one.in_file.push(*pair);
    }
    first_line(&one)
}

/// The one line a plan of one row names.
fn first_line(plan: &Plan) -> String {
    sheet::details(plan).into_iter().next().unwrap_or_default()
}

/// The columns' title.
fn sheet_title(row: u32) -> String {
    catalog::format("sheet-mapping-title", &[("row", row.to_string().into())])
}
