//! The coverage map on screen: regions (or facilities) × services, a selected
//! cell, and the NGOs and facilities behind a cell when it is opened.

mod keys;
pub mod view;

use crate::domain::{Id, Kind, Record, Region, Service};
use crate::insight::coverage::Coverage;
use crate::model::Data;
use crate::screens::kit::{Group, Keys};
use crate::vocab::Action;

/// What the rows of the map are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    /// The 14 regions.
    Regions,
    /// Every facility, by region then name: what each has and lacks.
    Facilities,
}

/// One row of the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A region.
    Region(Region),
    /// A facility, by id.
    Facility(Id),
}

/// An opened cell: the records behind it, one selectable line each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellList {
    /// NGOs first, then facilities.
    pub items: Vec<(Kind, Id)>,
    /// The selected line.
    pub selected: usize,
}

/// The coverage view's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageView {
    /// The map as of today (recomputed when records change).
    pub map: std::sync::Arc<Coverage>,
    /// What the rows are.
    pub axis: Axis,
    /// Facilities shown as rows (not archived), by region then name.
    pub facilities: Vec<Id>,
    /// Selected row.
    pub row: usize,
    /// Selected column (a service).
    pub col: usize,
    /// First row shown.
    pub scroll: usize,
    /// The opened cell, if any.
    pub open: Option<CellList>,
}

/// Lines of the coverage view that are not rows: borders, the heading,
/// the blank line and the two lines under the map, and the app's chrome.
const CHROME: u16 = 9;

/// How many map rows fit on a screen of this height.
pub fn visible_rows(height: u16) -> usize {
    usize::from(height.saturating_sub(CHROME)).max(1)
}

impl CoverageView {
    /// The map of `data` as of `today`, by region.
    pub fn new(data: &Data, today: chrono::NaiveDate) -> CoverageView {
        let mut view = CoverageView {
            map: data.derived(today, || Coverage::compute(data, today)),
            axis: Axis::Regions,
            facilities: Vec::new(),
            row: 0,
            col: 0,
            scroll: 0,
            open: None,
        };
        view.facilities = facility_rows(data);
        view
    }

    /// Recomputes the map after records changed, keeping the selection.
    pub fn refresh(&mut self, data: &Data, today: chrono::NaiveDate) {
        self.map = data.derived(today, || Coverage::compute(data, today));
        self.facilities = facility_rows(data);
        self.row = self.row.min(self.row_count().saturating_sub(1));
        if let Some(open) = self.open.take() {
            let items = self.items(self.row, self.col);
            self.open = (!items.is_empty()).then(|| CellList {
                selected: open.selected.min(items.len() - 1),
                items,
            });
        }
    }

    /// How many rows the map has.
    pub fn row_count(&self) -> usize {
        match self.axis {
            Axis::Regions => Region::ALL.len(),
            Axis::Facilities => self.facilities.len(),
        }
    }

    /// The row at a position.
    pub fn row_at(&self, index: usize) -> Option<Row> {
        match self.axis {
            Axis::Regions => Region::ALL.get(index).copied().map(Row::Region),
            Axis::Facilities => self.facilities.get(index).copied().map(Row::Facility),
        }
    }

    /// The NGOs behind a cell.
    pub fn ngos(&self, row: Row, service: Service) -> Vec<Id> {
        match row {
            Row::Region(r) => self.map.cell(r, service).ngos.iter().copied().collect(),
            Row::Facility(f) => self
                .map
                .at_facility(f, service)
                .map(|s| s.iter().copied().collect())
                .unwrap_or_default(),
        }
    }

    /// The facilities behind a cell (for a facility row, that facility if
    /// anyone delivers the service there).
    pub fn facilities_of(&self, row: Row, service: Service) -> Vec<Id> {
        match row {
            Row::Region(r) => self
                .map
                .cell(r, service)
                .facilities
                .iter()
                .copied()
                .collect(),
            Row::Facility(f) if self.map.at_facility(f, service).is_some() => vec![f],
            Row::Facility(_) => Vec::new(),
        }
    }

    /// The records behind a cell: NGOs, then facilities.
    pub(super) fn items(&self, row: usize, col: usize) -> Vec<(Kind, Id)> {
        let (Some(row), Some(service)) = (self.row_at(row), Service::ALL.get(col).copied()) else {
            return Vec::new();
        };
        let ngos = self.ngos(row, service).into_iter();
        let facilities = self.facilities_of(row, service).into_iter();
        ngos.map(|id| (Kind::Organisation, id))
            .chain(facilities.map(|id| (Kind::Facility, id)))
            .collect()
    }

    /// Keeps the selected row on a screen showing `page` rows.
    pub(super) fn follow(&mut self, page: usize) {
        self.scroll = crate::screens::kit::cursor::follow(self.row, self.scroll, page);
    }
}

/// The name of a row as shown (Czech region name without "kraj", or the
/// facility's name).
pub fn row_name(data: &Data, row: Row) -> String {
    match row {
        Row::Region(r) => r.short_name_cs().to_string(),
        Row::Facility(id) => data.name(Kind::Facility, id),
    }
}

/// Facilities not archived, by region (in the map's order) then name.
fn facility_rows(data: &Data) -> Vec<Id> {
    let mut rows: Vec<(usize, &str, Id)> = data
        .all(Kind::Facility)
        .filter_map(|r| match r {
            Record::Facility(f) if !f.meta.archived => Some((
                crate::insight::coverage::region_index(f.region),
                f.name.as_str(),
                f.meta.id,
            )),
            _ => None,
        })
        .collect();
    rows.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| crate::domain::collate::compare(a.1, b.1))
            .then(a.2.cmp(&b.2))
    });
    rows.into_iter().map(|(_, _, id)| id).collect()
}

/// The actions the screen answers: the hint bar's, most used first, then
/// the rest.
pub const KEYS: Keys = Keys {
    hints: &[
        Action::DetailOpen,
        Action::CoverageAxis,
        Action::ExportCsv,
        Action::Back,
        Action::HelpToggle,
    ],
    more: &[Action::MoveLeft, Action::MoveRight, Action::Quit],
    groups: &[Group::Moves],
};
