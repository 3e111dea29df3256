//! The generic list of one tab: filter, sort, selection and scroll. Written once
//! for every record kind. The lists are the base of the stack of screens;
//! their keys borrow them from the app's state ([`Lists`]).

mod filter;
mod keys;
mod matcher;
pub mod view;

pub use filter::FilterLine;
pub use keys::{Lists, switch_tab};

use crate::domain::Column;
use crate::domain::text::fold;
use crate::domain::{FieldKind, Id, Kind, Record, collate};
use crate::model::{Data, SearchTexts, TextAt};
use crate::screens::kit::cells::cell;
use crate::screens::kit::text_input::TextInput;
use crate::screens::kit::{Group, Keys};
use crate::vocab::Action;
use crate::vocab::Lang;
use std::sync::{Arc, OnceLock};

/// What filtering needs of one record, kept in one array per kind so a
/// keystroke scans it instead of looking each record up.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    id: Id,
    archived: bool,
    /// Where its search text is in [`Orders::texts`].
    text: TextAt,
}

/// Every record of one kind, in id order, with its orders by each column.
/// Kept with the version of the data it was made from ([`Data::derived`]), so
/// sessions over one model share it: ten sessions on the meetings tab hold
/// one array of 100,000 entries, not ten, and a column sorted for one is
/// sorted for all. An order is a list of positions in `entries`, worked out
/// the first time it is asked for: by the model's loader, off the drawing
/// thread ([`warm_first_columns`], [`warm_other_columns`]), or else by the
/// first session to sort by that column, the others waiting for it rather
/// than sorting too.
///
/// A column of choices is ordered by its labels, which differ between
/// languages: it keeps one order per language; every other column one.
#[derive(Debug, Default, PartialEq, Eq)]
struct Orders {
    entries: Vec<Entry>,
    texts: SearchTexts,
    by_column: Vec<[OnceLock<Arc<[u32]>>; 2]>,
}

impl Orders {
    fn new(data: &Data, kind: Kind) -> Orders {
        let texts = data.search_texts(kind);
        let entries = data
            .all(kind)
            .zip(texts.places())
            .map(|(r, text)| Entry {
                id: r.id(),
                archived: data.is_archived(kind, r.id()),
                text,
            })
            .collect();
        Orders {
            entries,
            texts,
            by_column: kind.columns().iter().map(|_| Default::default()).collect(),
        }
    }

    /// The orders of `kind` in this version of the data, shared by the
    /// sessions that show it on the same day (whether an agreement has
    /// expired depends on the day).
    fn of(data: &Data, kind: Kind) -> Arc<Orders> {
        data.derived((kind, data.today), || Orders::new(data, kind))
    }

    /// Positions of the entries in ascending order by column `sort`.
    fn by(&self, data: &Data, kind: Kind, sort: usize) -> Arc<[u32]> {
        let slot = usize::from(by_label(kind, sort) && crate::catalog::spoken() == Lang::Cs);
        match self.by_column.get(sort).and_then(|orders| orders.get(slot)) {
            Some(order) => order
                .get_or_init(|| positions(data, kind, sort).into())
                .clone(),
            None => (0..self.entries.len() as u32).collect(),
        }
    }
}

/// Positions (in id order) of every record of `kind`, ordered by column
/// `sort` in Czech alphabetical order, ties by id.
fn positions(data: &Data, kind: Kind, sort: usize) -> Vec<u32> {
    let Some(column) = kind.columns().get(sort) else {
        return (0..data.count(kind) as u32).collect();
    };
    let cells: Vec<String> = data.all(kind).map(|r| cell(data, r, column)).collect();
    let ranks = ranks(&cells, by_bytes(kind, column));
    // Records the column holds equal go by its second field (a person's
    // given name after the surname), then by id.
    let then: Vec<u32> = match column.then {
        Some(field) => {
            let column = Column::new(field, 0, 0);
            let cells: Vec<String> = data.all(kind).map(|r| cell(data, r, &column)).collect();
            self::ranks(&cells, by_bytes(kind, &column))
        }
        None => Vec::new(),
    };
    // The ranks above a position in one number: the sort compares integers.
    let mut keyed: Vec<u128> = ranks
        .iter()
        .enumerate()
        .map(|(position, rank)| {
            let then = then.get(position).copied().unwrap_or(0);
            (u128::from(*rank) << 64) | (u128::from(then) << 32) | position as u128
        })
        .collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|k| k as u32).collect()
}

/// Whether column `sort` of `kind` shows choices, ordered by their labels
/// in the language spoken.
fn by_label(kind: Kind, sort: usize) -> bool {
    kind.columns()
        .get(sort)
        .and_then(|column| kind.field(column.field))
        .is_some_and(|f| matches!(f.kind, FieldKind::Choice(_) | FieldKind::Multi(_)))
}

/// Whether a column's text orders by its bytes: dates and times are written
/// year first, so their bytes are in time order (as collating would put
/// them, only slower).
fn by_bytes(kind: Kind, column: &Column) -> bool {
    kind.field_index(column.field)
        .and_then(|i| kind.fields().get(i))
        .is_some_and(|f| matches!(f.kind, FieldKind::Date | FieldKind::DateTime))
}

/// Each text's place among the distinct texts, in Czech order (equal texts
/// share a place). The collator sees only distinct texts: a column of
/// facility names or statuses holds a few dozen among 100,000 records. It
/// compares them rather than making ICU4X sort keys: a key took about 2 µs
/// a name, several comparisons' worth.
fn ranks(cells: &[String], by_bytes: bool) -> Vec<u32> {
    let mut slot_of: rustc_hash::FxHashMap<&str, u32> = Default::default();
    let mut distinct: Vec<&str> = Vec::new();
    let slots: Vec<u32> = cells
        .iter()
        .map(|c| {
            *slot_of.entry(c.as_str()).or_insert_with(|| {
                distinct.push(c);
                (distinct.len() - 1) as u32
            })
        })
        .collect();
    let mut order: Vec<u32> = (0..distinct.len() as u32).collect();
    if by_bytes {
        order.sort_unstable_by_key(|slot| distinct[*slot as usize]);
    } else {
        order.sort_by(|a, b| collate::compare(distinct[*a as usize], distinct[*b as usize]));
    }
    let mut rank = vec![0; distinct.len()];
    for (place, slot) in order.iter().enumerate() {
        rank[*slot as usize] = place as u32;
    }
    slots.iter().map(|slot| rank[*slot as usize]).collect()
}

/// Works out each kind's order by its first column, the lists' default, in
/// this version of the data (the model's loader does, before handing the
/// data over: sorting 100,000 meetings on the thread that draws would stall
/// the first keystroke after loading).
pub fn warm_first_columns(data: &Data) {
    for kind in Kind::ALL {
        Orders::of(data, kind).by(data, kind, 0);
    }
}

/// Works out each kind's order by every other column (the model's loader
/// does, once the data is handed over), so that cycling through the sort
/// columns finds each order made. A column of choices is ordered by its
/// labels in each of `langs`, the languages the process's sessions speak
/// (a session in another one sorts it when first asked): an order of
/// 100,000 meetings is 400 kB.
pub fn warm_other_columns(data: &Data, langs: &[Lang]) {
    for kind in Kind::ALL {
        let orders = Orders::of(data, kind);
        for sort in 1..kind.columns().len() {
            if by_label(kind, sort) {
                for lang in langs {
                    crate::catalog::speaking(*lang, || orders.by(data, kind, sort));
                }
            } else {
                orders.by(data, kind, sort);
            }
        }
    }
}

/// Every record of `kind` ordered by column `sort` in Czech alphabetical
/// order, ties by id (reversed, ties too, when `descending`). Worked out
/// afresh: lists keep theirs per version of the data.
pub fn sorted(data: &Data, kind: Kind, sort: usize, descending: bool) -> Vec<Id> {
    let ids: Vec<Id> = data.all(kind).map(Record::id).collect();
    let mut out: Vec<Id> = positions(data, kind, sort)
        .into_iter()
        .map(|p| ids[p as usize])
        .collect();
    if descending {
        out.reverse();
    }
    out
}

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

/// Which columns fit in `available` cells, and their widths, in display order.
/// Columns are taken by priority; spare space is shared among them so wide
/// terminals show more text, not more padding.
pub fn fit_columns(cols: &[Column], available: u16) -> Vec<(usize, u16)> {
    let mut order: Vec<usize> = (0..cols.len()).collect();
    order.sort_by_key(|i| (cols[*i].priority, *i));
    let mut chosen: Vec<(usize, u16)> = Vec::new();
    let mut used: u16 = 0;
    for i in order {
        let gap = u16::from(!chosen.is_empty());
        let need = cols[i].width + gap;
        if used + need <= available {
            chosen.push((i, cols[i].width));
            used += need;
        } else if chosen.is_empty() {
            chosen.push((i, available));
            used = available;
        }
    }
    chosen.sort_by_key(|(i, _)| *i);
    // Spare room is shared out so long values (regions, services) show more,
    // with the remainder going to the most important column.
    let leftover = available.saturating_sub(used);
    let share = leftover / chosen.len().max(1) as u16;
    for slot in &mut chosen {
        slot.1 += share;
    }
    let rest = leftover - share * chosen.len() as u16;
    if let Some(slot) = chosen.iter_mut().find(|(i, _)| cols[*i].priority == 0) {
        slot.1 += rest;
    }
    chosen
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
    /// Every record of the kind and its orders, shared with other sessions.
    orders: Arc<Orders>,
    /// Positions in `orders` by the sort column, ascending, and the column
    /// and the kind's generation they are of: sorting is the costly step, so
    /// it is redone only when these change.
    order: Arc<[u32]>,
    order_stamp: Option<(usize, u64)>,
    /// Positions in `orders` of the rows shown, in the order shown (so
    /// `rows` is derived from it).
    shown: Vec<u32>,
    /// The folded query, archived setting and direction `rows` was filtered
    /// with: a query that only grows can filter the current rows instead of
    /// every record.
    rows_stamp: Option<(String, bool, bool)>,
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
        let generation = data.generation(kind);
        let (sorted_by, made_from) = self.order_stamp.unzip();
        if made_from != Some(generation) {
            self.orders = Orders::of(data, kind);
        }
        if made_from != Some(generation) || sorted_by != Some(self.sort) {
            self.order = self.orders.by(data, kind, self.sort);
            self.order_stamp = Some((self.sort, generation));
            self.rows_stamp = None;
        }
        let query = fold(&self.filter.text);
        let narrowing = matches!(&self.rows_stamp, Some((before, archived, descending))
            if *archived == show_archived
                && *descending == self.descending
                && query.starts_with(before.as_str()));
        let candidates: Vec<u32> = if narrowing {
            std::mem::take(&mut self.shown)
        } else if self.descending {
            self.order.iter().rev().copied().collect()
        } else {
            self.order.to_vec()
        };
        let matcher = matcher::Matcher::new(data, kind, &query);
        let (entries, texts) = (&self.orders.entries, &self.orders.texts);
        let accept = |i: &u32| {
            let entry = &entries[*i as usize];
            (show_archived || !entry.archived)
                && (matcher.is_empty() || matcher.matches(texts, entry.text))
        };
        self.shown = filter_parallel(candidates, &accept);
        self.rows = self.shown.iter().map(|i| entries[*i as usize].id).collect();
        self.rows_stamp = Some((query, show_archived, self.descending));
        match keep.and_then(|id| self.rows.iter().position(|r| *r == id)) {
            Some(at) => self.selected = at,
            None => {
                // A list opened afresh opens where the work is: the
                // meetings at today, with today's first at the top.
                self.selected = self.where_the_work_is(data, kind);
                self.offset = self.selected;
            }
        }
        self.clamp(0);
    }

    /// The row a list opens at: for meetings in time order, the first from
    /// today on (the last one when all are past); else the first row.
    fn where_the_work_is(&self, data: &Data, kind: Kind) -> usize {
        let by_start = kind
            .columns()
            .get(self.sort)
            .is_some_and(|c| c.field == "start");
        if kind != Kind::Meeting || !by_start || self.descending {
            return 0;
        }
        let start = |id: &Id| match data.get(kind, *id) {
            Some(Record::Meeting(m)) => Some(m.start.date()),
            _ => None,
        };
        let first = self
            .rows
            .partition_point(|id| start(id).is_some_and(|day| day < data.today));
        first.min(self.rows.len().saturating_sub(1))
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

/// The formats `X` offers for the list, in the order shown.
pub const EXPORT_FORMATS: [crate::effect::ExportFormat; 3] = [
    crate::effect::ExportFormat::Csv,
    crate::effect::ExportFormat::Xlsx,
    crate::effect::ExportFormat::Json,
];

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
        Action::ExportAs,
        Action::ExportIcs,
        Action::ImportFile,
        Action::PersonErase,
        Action::RecordRenew,
        Action::TimelineShow,
        Action::CoverageShow,
        Action::DashboardShow,
        Action::FiguresShow,
        Action::Undo,
        Action::Redo,
    ],
    groups: &[Group::Moves, Group::Tabs],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{at, meeting, with_id};

    #[test]
    fn the_loader_orders_columns_of_choices_in_the_languages_asked_only() {
        let data = Data::new((1..=3).map(|id| {
            with_id(
                meeting(&format!("Porada {id}"), None, at(2026, 12, 2, 9, 0)),
                id,
            )
        }));
        let status = Kind::Meeting
            .columns()
            .iter()
            .position(|c| c.field == "status")
            .expect("a status column");
        let title = 1;
        assert!(by_label(Kind::Meeting, status) && !by_label(Kind::Meeting, title));
        warm_other_columns(&data, &[Lang::Cs]);
        let orders = Orders::of(&data, Kind::Meeting);
        let made = |sort: usize, slot: usize| orders.by_column[sort][slot].get().is_some();
        assert!(made(status, 1), "in Czech");
        assert!(!made(status, 0), "not in English, which no session speaks");
        assert!(made(title, 0), "a column of text, once");
        // A session in English sorts by it when asked.
        let order = crate::catalog::speaking(Lang::En, || orders.by(&data, Kind::Meeting, status));
        assert_eq!(order.len(), 3);
        assert!(made(status, 0));
    }
}
