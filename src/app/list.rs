//! The generic list of one tab: filter, sort, selection and scroll. Written once
//! for every record kind.

use super::columns::{cell, columns};
use super::data::Data;
use super::text_input::TextInput;
use crate::domain::text::{fold, matches_folded};
use crate::domain::{Id, Kind};

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
        let query = fold(&self.filter.text);
        let column = columns(kind).get(self.sort).copied();
        let mut rows: Vec<(String, Id)> = data
            .all(kind)
            .filter(|r| show_archived || !r.meta().archived)
            .filter(|r| matches_folded(data.search_text(kind, r.id()), &query))
            .map(|r| {
                (
                    column.map(|c| fold(&cell(data, r, &c))).unwrap_or_default(),
                    r.id(),
                )
            })
            .collect();
        rows.sort();
        if self.descending {
            rows.reverse();
        }
        self.rows = rows.into_iter().map(|(_, id)| id).collect();
        self.selected = keep
            .and_then(|id| self.rows.iter().position(|r| *r == id))
            .unwrap_or(0);
        self.clamp(0);
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
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + page {
            self.offset = self.selected + 1 - page;
        }
        let max_offset = self.rows.len().saturating_sub(page);
        self.offset = self.offset.min(max_offset);
    }
}
