//! The dashboard: section headings with counts, one line per record. The
//! selected line has a marker as well as reversed colours, so it reads the
//! same without colour.

use super::text::fit;
use super::theme::Theme;
use crate::app::dashboard::{Board, Row, keep_visible, rows};
use crate::app::state::AppState;
use crate::catalog::{self, dashboard as words, phrase};
use crate::domain::{Kind, Record};
use crate::insight::dashboard::{Dashboard, Item};
use crate::keymap::Keymap;
use crate::vocab::Action;
use crate::vocab::Mode;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

/// Draws the dashboard into `area`.
pub fn draw(frame: &mut Frame, area: Rect, state: &AppState, board: &Board, theme: &Theme) {
    let title = format!(" {} ", words::title(state.now.date()));
    let block = Block::bordered()
        .border_style(theme.border())
        .title(fit(&title, usize::from(area.width.saturating_sub(4))));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let Some(dashboard) = &board.attention else {
        frame.render_widget(Paragraph::new(fit(phrase::LOADING, width)), inner);
        return;
    };
    let height = usize::from(inner.height);
    let scroll = keep_visible(dashboard, board.selected, board.scroll, height);
    let mut lines: Vec<Line> = rows(dashboard)
        .skip(scroll)
        .take(height)
        .map(|row| match row {
            Row::Heading(section, count) => Line::from(Span::styled(
                fit(&words::heading(section, count), width),
                theme.header(),
            )),
            Row::Item(index) => item_line(state, dashboard, index, board.selected, width, theme),
        })
        .collect();
    if dashboard.is_empty() && lines.len() < height {
        lines.push(Line::from(fit(words::NOTHING, width)));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn item_line<'a>(
    state: &AppState,
    dashboard: &Dashboard,
    index: usize,
    selected: usize,
    width: usize,
    theme: &Theme,
) -> Line<'a> {
    let Some(item) = dashboard.item(index) else {
        return Line::default();
    };
    let marker = if index == selected {
        words::MARKER
    } else {
        words::UNMARKED
    };
    let fact = words::fact(&item.fact);
    let mut text = format!("{marker}{fact}");
    if !fact.is_empty() {
        text.push_str("  ");
    }
    text.push_str(&state.data.name(item.kind, item.id));
    if let Some(more) = context(state, item) {
        text.push_str(words::SEPARATOR);
        text.push_str(&more);
    }
    let text = fit(&text, width);
    if index == selected {
        // Reversed across the whole width, as list rows are.
        let pad = width.saturating_sub(super::text::width(&text));
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
fn context(state: &AppState, item: &Item) -> Option<String> {
    let data = &state.data;
    match data.get(item.kind, item.id)? {
        Record::Agreement(a) => Some(data.name(Kind::Organisation, a.organisation)),
        Record::Facility(f) => Some(f.region.name_cs().to_string()),
        Record::Person(p) => p.organisation.map(|o| data.name(Kind::Organisation, o)),
        Record::Meeting(m) => m.facility.map(|f| data.name(Kind::Facility, f)),
        _ => None,
    }
}

/// The hint line: keys from the loaded keymap.
pub fn hints<'a>(keymap: &Keymap, theme: &Theme) -> Line<'a> {
    let mode = Mode::Dashboard;
    let mut spans = Vec::new();
    for (action, label) in [
        (Action::DetailOpen, catalog::action_help(Action::DetailOpen)),
        (Action::Back, words::TO_LISTS),
        (
            Action::CoverageShow,
            catalog::action_help(Action::CoverageShow),
        ),
        (
            Action::FiguresShow,
            catalog::action_help(Action::FiguresShow),
        ),
        (Action::HelpToggle, catalog::action_help(Action::HelpToggle)),
        (Action::Quit, catalog::action_help(Action::Quit)),
    ] {
        if let Some(key) = super::key_of(keymap, mode, action) {
            spans.push(Span::styled(key, theme.key()));
            spans.push(Span::raw(format!(" {label}  ")));
        }
    }
    Line::from(spans)
}
