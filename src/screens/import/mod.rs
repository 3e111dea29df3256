//! A spreadsheet to import into a list (`I`): what was read, each column and
//! the field it is read into (Enter changes it), and the dry run over the
//! records the session holds, made again whenever the mapping or the way
//! duplicates are handled changes. Confirming hands the mapping to the
//! session, which makes the dry run again over the store and writes it as
//! one operation only when it shows what this screen showed.
//!
//! The reading, the guessed mapping, the dry run and the writing are
//! `sheet/`'s; this screen only lets the user look and choose.

mod keys;
pub mod view;

use crate::domain::{Kind, Record};
use crate::model::Data;
use crate::screens::kit::{Group, Keys};
use crate::sheet::mapping::{Mapping, Target, Vocabulary, targets};
use crate::sheet::plan::{Plan, referred_kinds};
use crate::sheet::{Duplicates, Table};
use crate::vocab::Action;
use chrono::NaiveDateTime;

/// A spreadsheet as the session read it: the file, its cells, the mapping
/// guessed (or saved for this header) and the words the reading knows.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    /// The file, as the user typed it.
    pub file: String,
    /// Its cells.
    pub table: Table,
    /// Which column is which field.
    pub mapping: Mapping,
    /// The names of choices and of yes and no, every language.
    pub vocabulary: Vocabulary,
}

/// Which list the moves move in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    /// The columns and their fields.
    #[default]
    Columns,
    /// The rows the dry run names: those that cannot be read, duplicates.
    Rows,
}

/// The import screen's state.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    /// What was read.
    pub opened: Opened,
    /// What to do with rows that are records already stored.
    pub duplicates: Duplicates,
    /// The dry run shown.
    pub plan: Plan,
    /// Where the moves go.
    pub pane: Pane,
    /// The selected column (an index into the mapping's columns).
    pub selected: usize,
    /// The first column shown.
    pub first: usize,
    /// The first of the dry run's rows shown.
    pub scroll: usize,
    /// The records changed since the dry run was first made: the plan shown
    /// is the one made again over the store.
    pub stale: bool,
    /// The import is under way.
    pub applying: bool,
}

/// How the screen's lines fall at a size: side by side on a wide screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Room {
    /// The columns beside the dry run.
    pub wide: bool,
    /// How many columns are shown at once.
    pub columns: usize,
    /// How many of the dry run's rows are shown at once.
    pub rows: usize,
}

/// The width from which the columns and the dry run sit side by side.
pub const WIDE: u16 = 120;

impl Import {
    /// The screen over what was read, with the dry run made over `data`.
    pub fn new(opened: Opened, data: &Data, now: NaiveDateTime) -> Import {
        let mut import = Import {
            opened,
            duplicates: Duplicates::default(),
            plan: Plan::default(),
            pane: Pane::default(),
            selected: 0,
            first: 0,
            scroll: 0,
            stale: false,
            applying: false,
        };
        import.replan(data, now);
        import
    }

    /// The kind imported.
    pub fn kind(&self) -> Kind {
        self.opened.mapping.kind
    }

    /// Makes the dry run again over `data` (after the mapping or the
    /// duplicates' handling changed).
    pub fn replan(&mut self, data: &Data, now: NaiveDateTime) {
        let kind = self.kind();
        let stored: Vec<Record> = data.all(kind).cloned().collect();
        let mut referred: Vec<Record> = Vec::new();
        for other in referred_kinds(kind) {
            referred.extend(data.all(other).cloned());
        }
        let now = crate::domain::prague::instant(now).with_timezone(&chrono::Utc);
        self.plan = crate::sheet::apply::dry_run(
            &self.opened.table,
            &self.opened.mapping,
            &self.opened.vocabulary,
            self.duplicates,
            &stored,
            &referred,
            0,
            now,
        );
        self.stale = false;
        self.scroll = self.scroll.min(self.row_count().saturating_sub(1));
    }

    /// Reads the selected column into `target`, and makes the dry run again.
    pub fn choose(&mut self, target: Target, data: &Data, now: NaiveDateTime) {
        if self.opened.mapping.choose(self.selected, target) {
            self.replan(data, now);
        }
    }

    /// The next way of handling duplicates: skip, update, keep both.
    pub fn cycle_duplicates(&mut self, data: &Data, now: NaiveDateTime) {
        self.duplicates = match self.duplicates {
            Duplicates::Skip => Duplicates::Update,
            Duplicates::Update => Duplicates::Keep,
            Duplicates::Keep => Duplicates::Skip,
        };
        self.replan(data, now);
    }

    /// What the selected column can be read into, in the picker's order.
    pub fn targets(&self) -> Vec<Target> {
        targets(self.kind())
    }

    /// How many rows the dry run names: each problem, each duplicate, each
    /// update and each row repeating another.
    pub fn row_count(&self) -> usize {
        let p = &self.plan;
        p.problems.len()
            + p.skipped.len()
            + p.kept.len()
            + p.unchanged.len()
            + p.update.len()
            + p.in_file.len()
    }

    /// Where the lines fall on a terminal of `width` × `height`.
    pub fn room(&self, width: u16, height: u16) -> Room {
        // Tab bar, hint bar, status line and the box's borders.
        let inner = usize::from(height.saturating_sub(5));
        let columns = self.opened.mapping.columns.len();
        let missing = usize::from(!self.opened.mapping.missing_required().is_empty());
        if width >= WIDE {
            // Left: the source and the columns' title, then the columns.
            // Right: counts, duplicates, what confirming does, (missing),
            // a gap, the rows' title, then the rows.
            return Room {
                wide: true,
                columns: inner.saturating_sub(3).max(1),
                rows: inner.saturating_sub(6 + missing).max(1),
            };
        }
        // Source, columns' title, columns, gap, counts, duplicates, what
        // confirming does, (missing), gap, rows' title, rows.
        // The columns take what the rows leave, and at least half when
        // both need more than there is.
        let fixed = 8 + missing;
        let left = inner.saturating_sub(fixed).max(2);
        let rows = self.row_count().max(1);
        let mut shown = columns.min(left - 1);
        if shown + rows > left {
            shown = columns
                .min(left / 2)
                .max(left.saturating_sub(rows))
                .min(left - 1);
        }
        Room {
            wide: false,
            columns: shown.max(1),
            rows: left.saturating_sub(shown).max(1),
        }
    }

    /// Keeps the selected column in sight.
    pub fn keep_in_sight(&mut self, shown: usize) {
        if self.selected < self.first {
            self.first = self.selected;
        } else if self.selected >= self.first + shown {
            self.first = self.selected + 1 - shown;
        }
    }
}

/// The actions the screen answers: the hint bar's, most used first, then
/// the rest.
pub const KEYS: Keys = Keys {
    hints: &[
        Action::PickerOpen,
        Action::ChoiceNext,
        Action::RecordSave,
        Action::FieldNext,
        Action::Back,
    ],
    more: &[Action::HelpToggle],
    groups: &[Group::Moves],
};
