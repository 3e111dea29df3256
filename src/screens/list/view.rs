//! The generic record table every tab uses: which columns fit, and drawing the
//! visible slice of rows.

use super::ListState;
use super::fit_columns;
use crate::catalog::{self, phrase};
use crate::domain::Kind;
use crate::model::Data;
use crate::screens::kit::cells::shown_cell;
use crate::screens::kit::text::fit;
use crate::screens::kit::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table, Widget};

/// A tab's list as drawn: the columns that fit, the visible slice of rows.
#[derive(Debug, Clone, Copy)]
pub struct ListWidget<'a> {
    /// Which kind of record the list shows.
    pub kind: Kind,
    /// The rows, selection, sort and filter.
    pub list: &'a ListState,
    /// The records the rows name.
    pub data: &'a Data,
    /// Records are still being read: an empty list is not empty yet.
    pub loading: bool,
    /// Colours and emphasis.
    pub theme: &'a Theme,
}

impl Widget for ListWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (kind, list, theme) = (self.kind, self.list, self.theme);
        let cols = kind.columns();
        let fitted = fit_columns(cols, area.width);
        let header = Row::new(fitted.iter().map(|(i, w)| {
            let mut title = catalog::field_label(cols[*i].field).to_string();
            if *i == list.sort {
                title.push_str(if list.descending { " ▼" } else { " ▲" });
            }
            Cell::from(fit(&title, usize::from(*w)))
        }))
        .style(theme.header());
        let widths = fitted.iter().map(|(_, w)| Constraint::Length(*w));
        if list.rows.is_empty() {
            let message = if self.loading {
                phrase::loading()
            } else if list.filter.text.is_empty() {
                phrase::empty_list()
            } else {
                phrase::no_match()
            };
            Table::new(Vec::<Row>::new(), widths)
                .header(header)
                .column_spacing(1)
                .render(area, buf);
            if area.height > 2 {
                let below = Rect {
                    y: area.y + 2,
                    height: 1,
                    ..area
                };
                Paragraph::new(Line::from(fit(message, usize::from(area.width))))
                    .render(below, buf);
            }
            return;
        }
        let page = usize::from(area.height.saturating_sub(1));
        let rows = list
            .rows
            .iter()
            .enumerate()
            .skip(list.offset)
            .take(page)
            .filter_map(|(index, id)| {
                let record = self.data.get(kind, *id)?;
                let archived = record.meta().archived;
                let cells = fitted.iter().enumerate().map(|(n, (i, w))| {
                    let mut text = shown_cell(self.data, record, &cols[*i]);
                    if archived && n == 0 {
                        text = format!("{} {text}", phrase::archived_mark());
                    }
                    Cell::from(fit(&text, usize::from(*w)))
                });
                let mut row = Row::new(cells);
                if archived {
                    row = row.style(theme.archived());
                }
                if index == list.selected {
                    row = row.style(theme.selected());
                }
                Some(row)
            });
        Table::new(rows, widths)
            .header(header)
            .column_spacing(1)
            .render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrow_terminals_drop_the_least_important_columns_first() {
        let cols = Kind::Person.columns();
        let at_80: Vec<&str> = fit_columns(cols, 80)
            .iter()
            .map(|(i, _)| cols[*i].field)
            .collect();
        assert_eq!(at_80, vec!["surname", "given_name", "organisation", "role"]);
        let at_40: Vec<&str> = fit_columns(cols, 40)
            .iter()
            .map(|(i, _)| cols[*i].field)
            .collect();
        assert_eq!(at_40, vec!["surname", "given_name", "role"]);
        let at_200: Vec<&str> = fit_columns(cols, 200)
            .iter()
            .map(|(i, _)| cols[*i].field)
            .collect();
        assert_eq!(at_200.len(), cols.len());
    }

    #[test]
    fn the_widths_fill_the_line_exactly() {
        for width in [20u16, 80, 120, 200] {
            for kind in Kind::ALL {
                let fitted = fit_columns(kind.columns(), width);
                let total: u16 =
                    fitted.iter().map(|(_, w)| *w).sum::<u16>() + fitted.len() as u16 - 1;
                assert_eq!(total, width, "{kind:?} at {width}");
            }
        }
    }

    #[test]
    fn a_terminal_narrower_than_one_column_still_shows_it() {
        let fitted = fit_columns(Kind::Facility.columns(), 12);
        assert_eq!(fitted, vec![(0, 12)]);
    }
}
