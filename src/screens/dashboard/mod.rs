//! The dashboard view: what needs attention, one line per record, grouped
//! under section headings. The contents are computed when the view opens and
//! again when the data changes (never per frame); the selection moves over
//! the lines, headings included (Enter on a heading folds its section), and
//! the view scrolls to keep it in sight. Which sections are folded is the
//! user's: saved in their settings, and the same in every session of theirs.

mod keys;
pub mod view;

use crate::insight::dashboard::{Dashboard, MEETING_DAYS, Section};
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
    /// The sections folded: their heading shows, their items do not. In
    /// [`Section::ALL`] order.
    pub folded: Vec<Section>,
    /// Index of the selected line (a heading or an item) among the lines
    /// shown.
    pub selected: usize,
    /// First line shown.
    pub scroll: usize,
    /// After how many days on one step a cooperation request shows.
    pub waiting_days: i64,
}

/// One line of the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A section's heading, with how many items it has and whether it is
    /// folded.
    Heading(Section, usize, bool),
    /// An item, by its index through all sections.
    Item(usize),
}

/// The dashboard's lines in order: each heading followed by its items,
/// unless its section is folded.
pub fn rows<'a>(dashboard: &'a Dashboard, folded: &'a [Section]) -> impl Iterator<Item = Row> + 'a {
    let mut first = 0;
    dashboard.sections.iter().flat_map(move |(section, items)| {
        let start = first;
        first += items.len();
        let shut = folded.contains(section);
        let shown = if shut { 0 } else { items.len() };
        std::iter::once(Row::Heading(*section, items.len(), shut))
            .chain((start..start + shown).map(Row::Item))
    })
}

/// The `line`-th line shown.
pub fn row_at(dashboard: &Dashboard, folded: &[Section], line: usize) -> Option<Row> {
    rows(dashboard, folded).nth(line)
}

/// How many lines the dashboard shows.
pub fn line_count(dashboard: &Dashboard, folded: &[Section]) -> usize {
    rows(dashboard, folded).count()
}

/// The line of the first item shown, if any.
fn first_item(dashboard: &Dashboard, folded: &[Section]) -> Option<usize> {
    rows(dashboard, folded).position(|row| matches!(row, Row::Item(_)))
}

/// The first line to show so that the selected line (and, for the first
/// item of a section, its heading) is in a window of `page` lines, moving
/// as little as possible from `scroll`.
pub fn keep_visible(
    dashboard: &Dashboard,
    folded: &[Section],
    selected: usize,
    scroll: usize,
    page: usize,
) -> usize {
    let page = page.max(1);
    let under_heading = selected > 0
        && matches!(
            row_at(dashboard, folded, selected - 1),
            Some(Row::Heading(..))
        )
        && matches!(row_at(dashboard, folded, selected), Some(Row::Item(_)));
    let top = if under_heading {
        selected - 1
    } else {
        selected
    };
    if top < scroll {
        top
    } else if selected >= scroll + page {
        selected + 1 - page
    } else {
        scroll
    }
}

impl Board {
    /// The dashboard of the data now, or a placeholder while loading, with
    /// the sections the user folded.
    pub fn new(ctx: &Ctx, folded: &[Section]) -> Board {
        let mut board = Board {
            attention: None,
            folded: Vec::new(),
            selected: 0,
            scroll: 0,
            waiting_days: crate::insight::dashboard::DEFAULT_WAITING_DAYS,
        };
        board.set_folded(folded);
        board.refresh(ctx.data, ctx.now, !ready(ctx));
        board
    }

    /// Folds these sections and unfolds the rest.
    fn set_folded(&mut self, folded: &[Section]) {
        self.folded = Section::ALL
            .into_iter()
            .filter(|s| folded.contains(s))
            .collect();
    }

    /// The line selected.
    pub fn selected_row(&self) -> Option<Row> {
        row_at(self.attention.as_deref()?, &self.folded, self.selected)
    }

    /// Folds an unfolded section, unfolds a folded one; the selection stays
    /// on its heading.
    pub fn toggle(&mut self, section: Section) {
        let mut folded = self.folded.clone();
        match folded.iter().position(|s| *s == section) {
            Some(at) => {
                folded.remove(at);
            }
            None => folded.push(section),
        }
        self.set_folded(&folded);
    }

    /// Recomputes the contents after the data changed, keeping the selection
    /// where it can. When the contents first arrive, or the first items do
    /// (the reference data loaded into an empty database), the first item is
    /// selected.
    pub fn refresh(&mut self, data: &Data, now: NaiveDateTime, loading: bool) {
        // Worked out once per version of the data and minute, and shared by
        // every session showing the dashboard.
        let minute = chrono::Timelike::with_second(&now, 0).unwrap_or(now);
        let minute = chrono::Timelike::with_nanosecond(&minute, 0).unwrap_or(minute);
        let first = self.attention.as_deref().is_none_or(Dashboard::is_empty);
        let days = self.waiting_days;
        self.attention = (!loading).then(|| {
            data.derived((minute, data.today, days), || {
                crate::insight::dashboard::attention_waiting(data, minute, days)
            })
        });
        let Some(dashboard) = self.attention.as_deref() else {
            return;
        };
        if first {
            self.selected = first_item(dashboard, &self.folded).unwrap_or(0);
        }
        let count = line_count(dashboard, &self.folded);
        self.selected = self.selected.min(count.saturating_sub(1));
        self.scroll = self.scroll.min(count.saturating_sub(1));
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
/// (which leave it). Enter opens an item's record, or folds the section
/// whose heading is selected.
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
