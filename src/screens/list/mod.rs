//! The generic list of one tab: filter, sort, selection and scroll. Written once
//! for every record kind. The lists are the base of the stack of screens;
//! their keys borrow them from the app's state ([`Lists`]).

mod keys;
pub mod view;

pub use keys::{Lists, switch_tab};

use crate::domain::text::{Query, fold};
use crate::domain::{Id, Kind};
use crate::model::Data;
use crate::screens::kit::cells::cell;
use crate::screens::kit::text_input::TextInput;
use crate::screens::kit::{Group, Keys};
use crate::vocab::Action;
use std::sync::Arc;

/// What filtering needs of one record, kept beside the sort order so a
/// keystroke scans one array instead of looking each record up.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    id: Id,
    archived: bool,
    text: std::sync::Arc<str>,
}

fn entries(data: &Data, kind: Kind, ids: Vec<Id>) -> Vec<Entry> {
    ids.into_iter()
        .map(|id| Entry {
            id,
            archived: data.is_archived(kind, id),
            text: data.search_arc(kind, id),
        })
        .collect()
}

/// What an order is of: kind, sort column, descending, and the kind's
/// generation in the data. Orders are kept with the version of the data they
/// were made from ([`Data::derived`]), so sessions over one model share them:
/// ten sessions on the meetings tab hold one order of 100,000 entries, not
/// ten, and after a save the first session to refresh sorts for the others.
type OrderKey = (Kind, usize, bool, u64);

/// Below this many candidates one thread filters faster than two.
const PARALLEL_FROM: usize = 20_000;

/// Keeps the ids `keep` accepts, in order; long lists are split across the
/// machine's cores (a filter keystroke at 100,000 meetings scans tens of MB).
fn filter_parallel<T: Copy + Send + Sync>(
    candidates: Vec<T>,
    keep: &(dyn Fn(&T) -> bool + Sync),
) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(8);
    if candidates.len() < PARALLEL_FROM || threads < 2 {
        return candidates.into_iter().filter(|id| keep(id)).collect();
    }
    let chunk = candidates.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let parts: Vec<_> = candidates
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .copied()
                        .filter(|id| keep(id))
                        .collect::<Vec<T>>()
                })
            })
            .collect();
        parts
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// Every record of `kind` ordered by column `sort` (folded text, so case and
/// diacritics do not split the order), ties by id.
pub fn sorted(data: &Data, kind: Kind, sort: usize, descending: bool) -> Vec<Id> {
    let column = kind.columns().get(sort).copied();
    let mut keyed: Vec<(String, Id)> = data
        .all(kind)
        .map(|r| {
            (
                column.map(|c| fold(&cell(data, r, &c))).unwrap_or_default(),
                r.id(),
            )
        })
        .collect();
    keyed.sort_unstable();
    if descending {
        keyed.reverse();
    }
    keyed.into_iter().map(|(_, id)| id).collect()
}

/// One tab's list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListState {
    /// The filter as typed.
    pub filter: TextInput,
    /// Column the list is sorted by.
    pub sort: usize,
    /// Whether the sort is reversed.
    pub descending: bool,
    /// Ids shown, in order.
    pub rows: Vec<Id>,
    /// Index of the selected row.
    pub selected: usize,
    /// Index of the first row on screen.
    pub offset: usize,
    /// Every record of the kind in sort order, and what it was sorted by:
    /// sorting is the costly step, so it is redone only when these change.
    order: Arc<Vec<Entry>>,
    order_stamp: Option<(usize, bool, u64)>,
    /// Positions in `order` of the rows shown (so `rows` is derived from it).
    shown: Vec<u32>,
    /// The folded query and archived setting `rows` was filtered with: a query
    /// that only grows can filter the current rows instead of every record.
    rows_stamp: Option<(String, bool)>,
}

impl ListState {
    /// The selected record's id, if the list is not empty.
    pub fn selected_id(&self) -> Option<Id> {
        self.rows.get(self.selected).copied()
    }

    /// Recomputes the rows from the data, keeping the selected record selected
    /// when it is still shown.
    pub fn refresh(&mut self, data: &Data, kind: Kind, show_archived: bool) {
        let keep = self.selected_id();
        let stamp = (self.sort, self.descending, data.generation(kind));
        if self.order_stamp != Some(stamp) {
            let (sort, descending) = (self.sort, self.descending);
            let key: OrderKey = (kind, sort, descending, stamp.2);
            self.order = data.derived(key, || {
                entries(data, kind, sorted(data, kind, sort, descending))
            });
            self.order_stamp = Some(stamp);
            self.rows_stamp = None;
        }
        let query = fold(&self.filter.text);
        let narrowing = matches!(&self.rows_stamp, Some((before, archived))
            if *archived == show_archived && query.starts_with(before.as_str()));
        let candidates: Vec<u32> = if narrowing {
            std::mem::take(&mut self.shown)
        } else {
            (0..self.order.len() as u32).collect()
        };
        let matcher = Query::new(&query);
        let order = &self.order;
        let accept = |i: &u32| {
            let entry = &order[*i as usize];
            (show_archived || !entry.archived)
                && (matcher.is_empty() || matcher.matches(&entry.text))
        };
        self.shown = filter_parallel(candidates, &accept);
        self.rows = self
            .shown
            .iter()
            .map(|i| self.order[*i as usize].id)
            .collect();
        self.rows_stamp = Some((query, show_archived));
        self.selected = keep
            .and_then(|id| self.rows.iter().position(|r| *r == id))
            .unwrap_or(0);
        self.clamp(0);
    }

    /// Adopts an order computed elsewhere (by the background loader) for the
    /// default sort, if this list still uses it.
    pub fn adopt_order(&mut self, data: &Data, kind: Kind, order: Vec<Id>) {
        if self.sort == 0 && !self.descending {
            let generation = data.generation(kind);
            let key: OrderKey = (kind, 0, false, generation);
            self.order = data.derived(key, || entries(data, kind, order));
            self.order_stamp = Some((0, false, generation));
            self.rows_stamp = None;
        }
    }

    /// Selects the row of `id` if it is shown.
    pub fn select_id(&mut self, id: Id, page: usize) {
        if let Some(i) = self.rows.iter().position(|r| *r == id) {
            self.selected = i;
            self.clamp(page);
        }
    }

    /// Moves the selection by `delta` rows (clamped), scrolling a page of
    /// `page` rows to keep it visible.
    pub fn move_by(&mut self, delta: isize, page: usize) {
        let last = self.rows.len().saturating_sub(1) as isize;
        self.selected = (self.selected as isize + delta).clamp(0, last.max(0)) as usize;
        self.clamp(page);
    }

    /// Keeps selection and scroll in range; `page` 0 leaves scrolling alone.
    pub fn clamp(&mut self, page: usize) {
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
        if page == 0 {
            self.offset = self.offset.min(self.selected);
            return;
        }
        // Leaving the screen scrolls by half a page, not by one row: every
        // scroll step redraws every row (over 1.5 kB at 80x24), which a slow
        // SSH link feels; half-page jumps make it one redraw per half page.
        if self.selected < self.offset || self.selected >= self.offset + page {
            self.offset = self.selected.saturating_sub(page / 2);
        }
        let max_offset = self.rows.len().saturating_sub(page);
        self.offset = self.offset.min(max_offset);
    }
}

/// The actions the screen answers: the hint bar's, most used first, then
/// the rest.
pub const KEYS: Keys = Keys {
    hints: &[
        Action::FilterStart,
        Action::DetailOpen,
        Action::RecordNew,
        Action::RecordEdit,
        Action::CalendarOpen,
        Action::HelpToggle,
        Action::Quit,
    ],
    more: &[
        Action::SortNext,
        Action::SortReverse,
        Action::FilterCancel,
        Action::RecordDelete,
        Action::RecordArchive,
        Action::ArchivedToggle,
        Action::HistoryShow,
        Action::ExportCsv,
        Action::ExportJson,
        Action::ExportIcs,
        Action::ImportIcs,
        Action::RecordRenew,
        Action::TimelineShow,
        Action::CoverageShow,
        Action::DashboardShow,
        Action::FiguresShow,
    ],
    groups: &[Group::Moves, Group::Tabs],
};
