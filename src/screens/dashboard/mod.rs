//! The dashboard view: what needs attention, one line per record, grouped
//! under section headings. The contents are computed when the view opens and
//! again when the data changes (never per frame); the selection moves over
//! items only, and the view scrolls to keep it in sight.

mod keys;
pub mod view;

use crate::insight::dashboard::{Dashboard, MEETING_DAYS, Section, attention};
use crate::model::Data;
use crate::screens::kit::Ctx;
use crate::screens::kit::{Group, Keys};
use crate::vocab::Action;
use chrono::NaiveDateTime;

/// Rows around the dashboard's lines: tab bar, border top and bottom, hint
/// line, status line.
pub const CHROME: u16 = 5;

/// The dashboard view's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Board {
    /// The contents, or None while records are still being read.
    pub attention: Option<std::sync::Arc<Dashboard>>,
    /// Index of the selected item, counted through all sections.
    pub selected: usize,
    /// First line shown.
    pub scroll: usize,
}

/// One line of the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A section's heading, with how many items it has.
    Heading(Section, usize),
    /// An item, by its index through all sections.
    Item(usize),
}

/// The dashboard's lines in order: each heading followed by its items.
pub fn rows(dashboard: &Dashboard) -> impl Iterator<Item = Row> + '_ {
    let mut first = 0;
    dashboard.sections.iter().flat_map(move |(section, items)| {
        let start = first;
        first += items.len();
        std::iter::once(Row::Heading(*section, items.len()))
            .chain((start..start + items.len()).map(Row::Item))
    })
}

/// The line of the `index`-th item, and whether it is the first of its section.
pub fn line_of(dashboard: &Dashboard, index: usize) -> (usize, bool) {
    let mut line = 0;
    let mut before = 0;
    for (_, items) in &dashboard.sections {
        line += 1;
        if index < before + items.len() {
            return (line + index - before, index == before);
        }
        line += items.len();
        before += items.len();
    }
    (line, false)
}

/// How many lines the dashboard has.
pub fn line_count(dashboard: &Dashboard) -> usize {
    dashboard.sections.len() + dashboard.len()
}

/// The first line to show so that the selected item (and, for the first item
/// of a section, its heading) is in a window of `page` lines, moving as
/// little as possible from `scroll`.
pub fn keep_visible(dashboard: &Dashboard, selected: usize, scroll: usize, page: usize) -> usize {
    let page = page.max(1);
    if selected == 0 {
        return 0;
    }
    let (line, first) = line_of(dashboard, selected);
    let top = if first { line - 1 } else { line };
    if top < scroll {
        top
    } else if line >= scroll + page {
        line + 1 - page
    } else {
        scroll
    }
}

impl Board {
    /// The dashboard of the data now, or a placeholder while loading.
    pub fn new(ctx: &Ctx) -> Board {
        let mut board = Board {
            attention: None,
            selected: 0,
            scroll: 0,
        };
        board.refresh(ctx.data, ctx.now, !ready(ctx));
        board
    }

    /// Recomputes the contents after the data changed, keeping the selection
    /// where it can.
    pub fn refresh(&mut self, data: &Data, now: NaiveDateTime, loading: bool) {
        // Worked out once per version of the data and minute, and shared by
        // every session showing the dashboard.
        let minute = chrono::Timelike::with_second(&now, 0).unwrap_or(now);
        let minute = chrono::Timelike::with_nanosecond(&minute, 0).unwrap_or(minute);
        self.attention =
            (!loading).then(|| data.derived((minute, data.today), || attention(data, minute)));
        let count = self.attention.as_deref().map_or(0, Dashboard::len);
        self.selected = self.selected.min(count.saturating_sub(1));
        self.scroll = self.scroll.min(
            self.attention
                .as_ref()
                .map_or(0, |d| line_count(d).saturating_sub(1)),
        );
    }
}

/// Whether the data holds everything the dashboard shows: all of it, or
/// the early part read first, if its meetings cover the dashboard's days.
pub fn ready(ctx: &Ctx) -> bool {
    let last_day = ctx.today() + chrono::Days::new(MEETING_DAYS + 1);
    let end = last_day.and_time(chrono::NaiveTime::MIN);
    !ctx.loading
        || ctx
            .early
            .is_some_and(|(from, to)| from <= ctx.now && end <= to)
}

/// The actions the screen answers: the hint bar's, most used first, then the
/// rest: moves, the other overviews (which open over it) and the tabs
/// (which leave it).
pub const KEYS: Keys = Keys {
    hints: &[
        Action::DetailOpen,
        Action::Back,
        Action::CoverageShow,
        Action::FiguresShow,
        Action::HelpToggle,
        Action::Quit,
    ],
    more: &[Action::CalendarOpen, Action::Undo, Action::Redo],
    groups: &[Group::Moves, Group::Tabs],
};
