//! A record's fields and its linked records.

use super::{Detail, Via};
use crate::catalog::{self, phrase};
use crate::domain::{FieldKind, Record};
use crate::model::Data;
use crate::screens::kit::cells::readable;
use crate::screens::kit::layout::titled_box;
use crate::screens::kit::text::{fit, wrap};
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
    let fields = field_lines(data, record, inner.width, theme);
    let wide = inner.width >= 100;
    let [left, right] = if wide {
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
            .spacing(2)
            .areas(inner)
    } else {
        let top = (fields.len() as u16).min(inner.height / 2).max(1);
        Layout::vertical([Constraint::Length(top), Constraint::Fill(1)]).areas(inner)
    };
    let fields = if wide {
        field_lines(data, record, left.width, theme)
    } else {
        fields
    };
    Paragraph::new(fields).render(left, buf);
    links(data, detail, theme, right, buf);
}

fn field_lines<'a>(data: &Data, record: &Record, width: u16, theme: &Theme) -> Vec<Line<'a>> {
    let kind = record.kind();
    // As wide as the kind's longest label in the spoken language, within
    // bounds, so no label is cut and values line up.
    let label_width = kind
        .fields()
        .iter()
        .map(|def| crate::screens::kit::text::width(catalog::field_label(def.id)))
        .max()
        .unwrap_or(14)
        .clamp(10, 18);
    let value_width = usize::from(width).saturating_sub(label_width + 1);
    let mut lines = Vec::new();
    for (def, value) in kind
        .fields()
        .iter()
        .zip(record.values())
        .filter(|(_, v)| !v.is_empty())
    {
        let label = catalog::field_label(def.id);
        let most = if def.kind == FieldKind::LongText {
            6
        } else {
            2
        };
        let text = readable(data, def, &value);
        for (n, part) in wrap(&text, value_width.max(1), most)
            .into_iter()
            .enumerate()
        {
            let label = if n == 0 {
                fit(label, label_width)
            } else {
                String::new()
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{label:<label_width$} "), theme.label()),
                Span::raw(part),
            ]));
        }
    }
    if let Record::Agreement(a) = record
        && !a.steps.is_empty()
    {
        lines.push(Line::from(vec![
            Span::styled(
                format!("{:<label_width$} ", fit(phrase::steps(), label_width)),
                theme.label(),
            ),
            Span::raw(fit(&steps_text(&a.steps), value_width.max(1))),
        ]));
    }
    lines
}

/// An agreement's lifecycle log in one line, latest last: "draft 2026-01-05 →
/// signed 2026-03-01".
fn steps_text(steps: &[crate::domain::agreement::StatusStep]) -> String {
    steps
        .iter()
        .map(|s| {
            let status = catalog::choice_label(
                crate::domain::choice::ChoiceSet::AgreementStatus,
                s.status.index(),
            );
            format!("{status} {}", catalog::date(s.on))
        })
        .collect::<Vec<_>>()
        .join(" → ")
}

fn links(data: &Data, detail: &Detail, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let heading = Line::from(Span::styled(
        format!("── {} ", phrase::related()),
        theme.header(),
    ));
    let mut lines = vec![heading];
    if detail.links.is_empty() {
        lines.push(Line::from(phrase::nothing_related()));
    }
    let page = usize::from(area.height.saturating_sub(1)).max(1);
    let offset = detail.selected.saturating_sub(page - 1);
    for (i, link) in detail.links.iter().enumerate().skip(offset).take(page) {
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
        let style = if i == detail.selected {
            theme.selected()
        } else if archived {
            theme.archived()
        } else {
            Default::default()
        };
        lines.push(Line::from(Span::styled(
            fit(&text, usize::from(area.width)),
            style,
        )));
    }
    Paragraph::new(lines).render(area, buf);
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
