//! A record's fields and its linked records.

use super::{Detail, Rows, Via, field_rows, fields_width};
use crate::catalog::{self, phrase};
use crate::domain::Record;
use crate::model::Data;
use crate::screens::kit::cursor::follow;
use crate::screens::kit::layout::titled_box;
use crate::screens::kit::text::fit;
use crate::screens::kit::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// A record's detail as drawn: its fields, and its links beside them (on a
/// wide terminal) or under them.
#[derive(Debug, Clone, Copy)]
pub struct DetailWidget<'a> {
    /// What it shows.
    pub detail: &'a Detail,
    /// The record and the records it links to.
    pub data: &'a Data,
    /// Colours and emphasis.
    pub theme: &'a Theme,
}

impl Widget for DetailWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        draw(self.detail, self.data, self.theme, area, buf);
    }
}

fn draw(detail: &Detail, data: &Data, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(record) = detail.record(data) else {
        return;
    };
    let mut title = format!(
        " {}: {} ",
        catalog::kind_singular(detail.kind),
        data.name(detail.kind, detail.id)
    );
    if record.meta().archived {
        title.push_str(phrase::archived_mark());
        title.push(' ');
    }
    let inner = titled_box(&title, area, buf, theme);
    let rows = detail.rows(data, inner.width, inner.height);
    let (label_width, fields) = field_rows(data, record, fields_width(inner.width));
    let field_lines: Vec<Line> = fields
        .iter()
        .enumerate()
        .map(|(i, (label, text))| {
            let label = fit(label, label_width);
            let line = Line::from(vec![
                Span::styled(format!("{label:<label_width$} "), theme.label()),
                Span::raw(text.clone()),
            ]);
            if i == rows.at {
                line.style(theme.selected())
            } else {
                line
            }
        })
        .collect();
    let link_lines = link_lines(data, detail, &rows, theme, inner.width);
    // Where the cursor's line is on screen, from the scroll kept by the keys
    // (a resize since may have moved it out of sight).
    let scroll = follow(rows.line_of(rows.at), detail.scroll, rows.page);
    let below = if rows.wide {
        let [left, right] = Layout::horizontal([
            Constraint::Length(fields_width(inner.width)),
            Constraint::Fill(1),
        ])
        .spacing(2)
        .areas(inner);
        let fields_scroll = if rows.at < rows.fields {
            scroll
        } else {
            detail.scroll.min(rows.fields.saturating_sub(rows.page))
        };
        let links_scroll = if rows.at >= rows.fields { scroll } else { 0 };
        show(field_lines, fields_scroll, left, buf);
        show(link_lines, links_scroll, right, buf);
        fields_scroll + rows.page < rows.fields
    } else {
        let mut lines = field_lines;
        lines.extend(link_lines);
        let more = scroll + rows.page < lines.len();
        show(lines, scroll, inner, buf);
        more
    };
    if below {
        more_below(area, buf, theme);
    }
}

/// `lines` from `scroll` on, as many as `area` holds.
fn show(lines: Vec<Line<'_>>, scroll: usize, area: Rect, buf: &mut Buffer) {
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(scroll)
        .take(usize::from(area.height))
        .collect();
    Paragraph::new(shown).render(area, buf);
}

/// A mark on the box's bottom border that the detail goes on below (not
/// colour alone).
fn more_below(area: Rect, buf: &mut Buffer, theme: &Theme) {
    let mark = format!(" {} ", phrase::more_below());
    let wide = crate::screens::kit::text::width(&mark) as u16;
    if area.height < 2 || area.width < wide + 4 {
        return;
    }
    let at = Rect::new(area.right() - wide - 2, area.bottom() - 1, wide, 1);
    Paragraph::new(Span::styled(mark, theme.header())).render(at, buf);
}

/// The links' heading and a line per link, the cursor's highlighted.
fn link_lines<'a>(
    data: &Data,
    detail: &Detail,
    rows: &Rows,
    theme: &Theme,
    width: u16,
) -> Vec<Line<'a>> {
    let width = if rows.wide {
        width.saturating_sub(fields_width(width) + 2)
    } else {
        width
    };
    let heading = Line::from(Span::styled(
        format!("── {} ", phrase::related()),
        theme.header(),
    ));
    let mut lines = vec![heading];
    if detail.links.is_empty() {
        lines.push(Line::from(phrase::nothing_related()));
    }
    for (i, link) in detail.links.iter().enumerate() {
        let how = match link.via {
            Via::Field(field) => catalog::field_label(field).to_string(),
            Via::Referrer | Via::Indirect => catalog::tab_title(link.kind).to_string(),
        };
        let name = match data.get(link.kind, link.id) {
            Some(Record::Meeting(m)) => format!("{} {}", catalog::date_time(m.start), m.title),
            _ => data.name(link.kind, link.id),
        };
        let archived = data
            .get(link.kind, link.id)
            .is_some_and(|r| r.meta().archived);
        let mut text = format!("{how}: {name}");
        if archived {
            text = format!("{text} {}", phrase::archived_mark());
        }
        let style = if rows.fields + i == rows.at {
            theme.selected()
        } else if archived {
            theme.archived()
        } else {
            Default::default()
        };
        lines.push(Line::from(Span::styled(
            fit(&text, usize::from(width)),
            style,
        )));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Kind, Region};
    use crate::sample::{epoch, facility, with_id};

    #[test]
    fn on_a_wide_terminal_long_fields_keep_apart_from_the_links() {
        let mut prison = facility("Věznice Pankrác", Region::Praha);
        prison.notes = "slovo ".repeat(60);
        let data = Data::new([with_id(prison, 1)]);
        let detail = Detail::new(&data, Kind::Facility, 1, epoch().naive_utc());
        let theme = Theme { color: false };
        let area = Rect::new(0, 0, 120, 12);
        let mut buf = Buffer::empty(area);
        DetailWidget {
            detail: &detail,
            data: &data,
            theme: &theme,
        }
        .render(area, &mut buf);
        let row = |y: u16| -> String { (0..120).map(|x| buf[(x, y)].symbol()).collect() };
        let heading = (0..12)
            .map(row)
            .find(|line| line.contains("── "))
            .expect("the links' heading");
        let at = heading.find("── ").expect("heading");
        let column = heading[..at].chars().count();
        for y in 1..11 {
            let line: Vec<String> = (0..120).map(|x| buf[(x, y)].symbol().to_string()).collect();
            assert_eq!(line[column - 1], " ", "a gap before the links on line {y}");
        }
    }
}
