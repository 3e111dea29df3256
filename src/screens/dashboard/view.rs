//! The dashboard: section headings with counts and a mark saying whether
//! the section is folded (▸) or not (▾), one line per record. The selected
//! line has a marker as well as reversed colours, so it reads the same
//! without colour.

use super::{Board, Row, keep_visible, rows};
use crate::catalog::{dashboard as words, phrase};
use crate::domain::{Kind, Record, occurrences};
use crate::insight::dashboard::{Dashboard, Fact, Item, Section};
use crate::model::Data;
use crate::screens::kit::layout::titled_box;
use crate::screens::kit::text::{fit, width as text_width};
use crate::screens::kit::theme::Theme;
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// The dashboard as drawn.
#[derive(Debug, Clone, Copy)]
pub struct BoardWidget<'a> {
    /// What it shows.
    pub board: &'a Board,
    /// The records its lines name.
    pub data: &'a Data,
    /// The day in the title.
    pub today: NaiveDate,
    /// Colours and emphasis.
    pub theme: &'a Theme,
}

impl Widget for BoardWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (board, theme) = (self.board, self.theme);
        let title = format!(" {} ", words::title(self.today));
        let inner = titled_box(&title, area, buf, theme);
        let width = usize::from(inner.width);
        let Some(dashboard) = &board.attention else {
            Paragraph::new(fit(phrase::loading(), width)).render(inner, buf);
            return;
        };
        let height = usize::from(inner.height);
        let scroll = keep_visible(
            dashboard,
            &board.folded,
            board.selected,
            board.scroll,
            height,
        );
        let mut lines: Vec<Line> = rows(dashboard, &board.folded)
            .enumerate()
            .skip(scroll)
            .take(height)
            .map(|(line, row)| {
                let selected = line == board.selected;
                match row {
                    Row::Heading(section, count, folded) => {
                        heading_line(section, count, folded, selected, width, theme)
                    }
                    Row::Item(index) => {
                        item_line(self.data, dashboard, index, selected, width, theme)
                    }
                }
            })
            .collect();
        if dashboard.is_empty() && lines.len() < height {
            lines.push(Line::from(fit(words::nothing(), width)));
        }
        Paragraph::new(lines).render(inner, buf);
    }
}

/// A section's heading: the selection marker, ▾ or ▸, the heading with its
/// count.
fn heading_line<'a>(
    section: Section,
    count: usize,
    folded: bool,
    selected: bool,
    width: usize,
    theme: &Theme,
) -> Line<'a> {
    let marker = if selected {
        words::MARKER
    } else {
        words::UNMARKED
    };
    let fold = if folded {
        words::FOLDED
    } else {
        words::UNFOLDED
    };
    let text = fit(
        &format!("{marker}{fold}{}", words::heading(section, count)),
        width,
    );
    if selected {
        let pad = width.saturating_sub(text_width(&text));
        Line::from(Span::styled(
            format!("{text}{}", " ".repeat(pad)),
            theme.selected(),
        ))
    } else {
        Line::from(Span::styled(text, theme.header()))
    }
}

fn item_line<'a>(
    data: &Data,
    dashboard: &Dashboard,
    index: usize,
    selected: bool,
    width: usize,
    theme: &Theme,
) -> Line<'a> {
    let Some(item) = dashboard.item(index) else {
        return Line::default();
    };
    let marker = if selected {
        words::MARKER
    } else {
        words::UNMARKED
    };
    let fact = words::fact(&item.fact);
    let mut text = format!("{marker}{fact}");
    if !fact.is_empty() {
        text.push_str("  ");
    }
    match (item.fact, data.get(item.kind, item.id)) {
        // One occurrence of a series goes by its own title, if it has one.
        (Fact::Starts { original, .. }, Some(Record::Meeting(m))) => {
            text.push_str(occurrences::title_of(m, original));
        }
        _ => text.push_str(&data.name(item.kind, item.id)),
    }
    if let Some(more) = context(data, item) {
        text.push_str(words::SEPARATOR);
        text.push_str(&more);
    }
    let text = fit(&text, width);
    if selected {
        // Reversed across the whole width, as list rows are.
        let pad = width.saturating_sub(text_width(&text));
        Line::from(Span::styled(
            format!("{text}{}", " ".repeat(pad)),
            theme.selected(),
        ))
    } else {
        Line::from(text)
    }
}

/// What else identifies a line's record: an agreement's NGO, a facility's
/// region, a person's NGO, a meeting's facility.
fn context(data: &Data, item: &Item) -> Option<String> {
    match data.get(item.kind, item.id)? {
        Record::Agreement(a) => Some(data.name(Kind::Organisation, a.organisation)),
        Record::Facility(f) => Some(f.region.name_cs().to_string()),
        Record::Person(p) => p.organisation.map(|o| data.name(Kind::Organisation, o)),
        Record::Meeting(m) => {
            let facility = match item.fact {
                Fact::Starts { original, .. } => {
                    occurrences::details_of(m, original).map_or(m.facility, |d| d.facility)
                }
                _ => m.facility,
            };
            facility.map(|f| data.name(Kind::Facility, f))
        }
        Record::Request(r) => {
            let (at, acts, who) = crate::insight::dashboard::who_acts(data, r)?;
            let list = data.steps_of(r);
            let step = crate::catalog::request::step_name(list.steps.get(at)?);
            let name = who.map(|(k, i)| data.name(k, i));
            let facility = acts == crate::domain::request::Acts::Facility;
            Some(words::acts(step, facility, name.as_deref()))
        }
        _ => None,
    }
}
