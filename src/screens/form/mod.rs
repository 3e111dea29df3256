//! Editing one record: the values typed or chosen so far, the focused field,
//! and the problems found at the last save attempt.

mod keys;
pub mod view;

use crate::domain::{FieldDef, FieldError, FieldKind, FieldValue, Id, Kind, Meta, Record};
use crate::screens::kit::Keys;
use crate::screens::kit::cursor::follow;
use crate::screens::kit::text_area::{self, TextArea};
use crate::screens::kit::text_input::TextInput;
use crate::vocab::Action;
use chrono::NaiveDate;

/// A record being created or edited.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    /// Which kind of record.
    pub kind: Kind,
    /// The metadata of the record being edited (id 0 for a new one).
    pub meta: Meta,
    /// One value per field of the kind.
    pub values: Vec<FieldValue>,
    /// The values when the form was opened, to know whether anything changed.
    pub initial: Vec<FieldValue>,
    /// Where the focused field stands in the kind's fields.
    pub focus: usize,
    /// Cursor in the focused field, when it is typed text.
    pub cursor: usize,
    /// The first row of the focused long text shown in its box.
    pub scroll: usize,
    /// The terminal's size at the last key, to keep the cursor of long
    /// text in sight when text is typed (0×0 before the first key).
    pub size: (u16, u16),
    /// Problems found at the last save attempt, shown beside their fields.
    pub errors: Vec<FieldError>,
    /// A save was asked for and has not come back yet.
    pub saving: bool,
    /// The record as it was opened (None for a new one), for what the form
    /// does not show.
    pub base: Option<Box<Record>>,
    /// What to change in a repeating meeting once this one is saved (editing
    /// one occurrence, or this and the following ones).
    pub then: Option<Then>,
    /// The cooperation request a new record made from it links back to,
    /// saved with it as one operation.
    pub link_to: Option<crate::domain::Id>,
}

impl Form {
    /// The options a one-of field offers, by index in `set`. An agreement's
    /// status offers only the steps its lifecycle allows from where it was
    /// when the form opened (and never "expired", which follows from the
    /// dates); every other choice offers the whole list.
    pub fn choices(&self, id: &str, set: crate::domain::choice::ChoiceSet) -> Vec<usize> {
        use crate::domain::AgreementStatus;
        use crate::domain::lifecycle::next_steps;
        if self.kind != Kind::Agreement || id != "status" {
            return (0..set.len()).collect();
        }
        let statuses: Vec<AgreementStatus> = match self.base.as_deref() {
            Some(Record::Agreement(base)) => std::iter::once(base.status)
                .chain(next_steps(base.status).iter().copied())
                .collect(),
            _ => AgreementStatus::ALL
                .iter()
                .copied()
                .filter(|s| *s != AgreementStatus::Expired)
                .collect(),
        };
        let mut indexes: Vec<usize> = statuses.iter().map(|s| s.index()).collect();
        indexes.sort_unstable();
        indexes
    }

    /// A form for a new record of `kind`.
    pub fn new(kind: Kind, meta: Meta) -> Form {
        Form::with_values(kind, meta, kind.defaults(), None)
    }

    /// A form for a new record filled in from `record` (a renewal).
    pub fn prefilled(record: &Record) -> Form {
        Form::with_values(record.kind(), record.meta().clone(), record.values(), None)
    }

    /// A form for editing an existing record.
    pub fn edit(record: &Record) -> Form {
        Form::with_values(
            record.kind(),
            record.meta().clone(),
            record.values(),
            Some(Box::new(record.clone())),
        )
    }

    fn with_values(
        kind: Kind,
        meta: Meta,
        values: Vec<FieldValue>,
        base: Option<Box<Record>>,
    ) -> Form {
        let values: Vec<FieldValue> = kind
            .fields()
            .iter()
            .zip(values)
            .map(|(def, value)| editable(def.kind, value))
            .collect();
        let mut form = Form {
            kind,
            meta,
            initial: values.clone(),
            values,
            focus: 0,
            cursor: 0,
            scroll: 0,
            size: (0, 0),
            errors: Vec::new(),
            saving: false,
            base,
            then: None,
            link_to: None,
        };
        form.focus_field(0);
        form
    }

    /// Whether the user changed anything.
    pub fn is_dirty(&self) -> bool {
        self.values != self.initial
    }

    /// Moves focus to `field` (clamped), cursor at the end of its text.
    pub fn focus_field(&mut self, field: usize) {
        self.focus = field.min(self.values.len().saturating_sub(1));
        self.cursor = match self.values.get(self.focus) {
            Some(FieldValue::Text(t)) => t.chars().count(),
            _ => 0,
        };
        self.scroll = 0;
        self.keep_in_sight();
    }

    /// Whether the focused field is long text, edited as several lines.
    pub fn in_long_text(&self) -> bool {
        self.focused()
            .is_some_and(|def| def.kind == FieldKind::LongText)
    }

    /// The actions the hint bar offers: on long text, Enter's new line first.
    pub fn hints(&self) -> &'static [Action] {
        if self.in_long_text() {
            LONG_TEXT_HINTS
        } else {
            KEYS.hints
        }
    }

    /// The text of field `at`, when it is long text.
    fn long_text(&self, at: usize) -> Option<&str> {
        match (self.kind.fields().get(at), self.values.get(at)) {
            (Some(def), Some(FieldValue::Text(text))) if def.kind == FieldKind::LongText => {
                Some(text)
            }
            _ => None,
        }
    }

    /// The rows field `at` takes in a form laid out as `shape` says: one,
    /// or for long text as many as its text has (at least three while it
    /// is edited), up to the shape's limit; and a row for its problems.
    pub fn rows_of(&self, at: usize, shape: Shape) -> usize {
        let Some(text) = self.long_text(at) else {
            return 1;
        };
        let wanted = text_area::layout(text, shape.wrap).len();
        let problems = usize::from(self.errors_of(self.kind.fields()[at].id).next().is_some());
        let rows = if at == self.focus {
            wanted.clamp(LONG_TEXT_MIN_ROWS, shape.limit)
        } else {
            wanted.clamp(1, (shape.limit / 2).max(1))
        };
        (rows + problems).min(shape.rows.max(1))
    }

    /// The rows of the focused long text's box, its problems left out.
    pub fn box_rows(&self, shape: Shape) -> usize {
        let problems = self
            .focused()
            .is_some_and(|def| self.errors_of(def.id).next().is_some());
        self.rows_of(self.focus, shape)
            .saturating_sub(usize::from(problems))
            .max(1)
    }

    /// Where the cursor of the focused long text is: its row in the text
    /// laid out as `shape` says, and its column.
    pub fn text_cursor(&self, shape: Shape) -> Option<(usize, usize)> {
        let text = self.long_text(self.focus)?;
        let rows = text_area::layout(text, shape.wrap);
        let row = text_area::row_of(&rows, self.cursor);
        Some((row, text_area::column_of(text, rows[row], self.cursor)))
    }

    /// The first row of the focused long text to show so that its cursor
    /// is in sight, moving as little as possible from the last one.
    pub fn shown_from(&self, shape: Shape) -> usize {
        self.text_cursor(shape)
            .map_or(0, |(row, _)| follow(row, self.scroll, self.box_rows(shape)))
    }

    /// Keeps the cursor of the focused long text in sight, at the size of
    /// the last key.
    fn keep_in_sight(&mut self) {
        if self.size != (0, 0) {
            self.scroll = self.shown_from(Shape::of(self.size.0, self.size.1));
        }
    }

    /// Moves the cursor of the focused long text one row up or down;
    /// false on its first or last row (or when it is not long text).
    pub fn move_row(&mut self, up: bool) -> bool {
        let Some(text) = self.long_text(self.focus) else {
            return false;
        };
        let wrap = Shape::of(self.size.0, self.size.1).wrap;
        let mut area = TextArea {
            text: text.to_string(),
            cursor: self.cursor,
        };
        let moved = area.move_row(up, wrap);
        self.cursor = area.cursor;
        self.keep_in_sight();
        moved
    }

    /// The focused field.
    pub fn focused(&self) -> Option<&'static FieldDef> {
        self.kind.fields().get(self.focus)
    }

    /// Moves focus to field `id`.
    pub fn focus_on(&mut self, id: &str) {
        if let Some(at) = self.kind.field_index(id) {
            self.focus_field(at);
        }
    }

    /// The value of field `id`.
    pub fn value(&self, id: &str) -> Option<&FieldValue> {
        self.values.get(self.kind.field_index(id)?)
    }

    /// Problems of field `id`.
    pub fn errors_of<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a FieldError> {
        self.errors.iter().filter(move |e| e.field == id)
    }

    /// Applies a text edit or inserts text into the focused text field; returns
    /// whether the field is a text field.
    /// Long text keeps the line breaks typed or pasted into it; a field of
    /// one line turns them into spaces.
    pub fn edit_text(&mut self, action: Option<Action>, typed: Option<&str>) -> bool {
        let long = self.in_long_text();
        let Some(FieldValue::Text(text)) = self.values.get_mut(self.focus) else {
            return false;
        };
        let (text_now, cursor) = (std::mem::take(text), self.cursor);
        let (changed, edited, cursor) = if long {
            let mut area = TextArea {
                text: text_now,
                cursor,
            };
            let changed = match (action, typed) {
                (Some(a), _) => area.edit(a),
                (None, Some(t)) => {
                    area.insert(t);
                    true
                }
                (None, None) => false,
            };
            (changed, area.text, area.cursor)
        } else {
            let mut input = TextInput {
                text: text_now,
                cursor,
            };
            let changed = match (action, typed) {
                (Some(a), _) => input.edit(a),
                (None, Some(t)) => {
                    input.insert(t);
                    true
                }
                (None, None) => false,
            };
            (changed, input.text, input.cursor)
        };
        *text = edited;
        self.cursor = cursor;
        if changed && let Some(def) = self.focused() {
            self.errors.retain(|e| e.field != def.id);
        }
        self.keep_in_sight();
        true
    }

    /// Sets field `id`'s value (from a picker or a choice step).
    pub fn set(&mut self, id: &str, value: FieldValue) {
        let Some(at) = self.kind.field_index(id) else {
            return;
        };
        if let Some(slot) = self.values.get_mut(at) {
            *slot = value;
            self.errors.retain(|e| e.field != id);
        }
    }

    /// Builds the record as of `today`, or records and returns the problems.
    pub fn build(&mut self, today: chrono::NaiveDate) -> Option<Record> {
        let built = Record::from_values(self.kind, self.meta.clone(), &self.values).and_then(
            |mut record| {
                if let Some(base) = &self.base {
                    record.keep_from(base);
                }
                let problems = record.on_save(self.base.as_deref(), today);
                if problems.is_empty() {
                    Ok(record)
                } else {
                    Err(problems)
                }
            },
        );
        match built {
            Ok(record) => {
                self.errors.clear();
                Some(record)
            }
            Err(errors) => {
                self.errors = errors;
                if let Some(first) = self.errors.first().map(|e| e.field) {
                    self.focus_on(first);
                }
                None
            }
        }
    }
}

/// Where a form's meeting goes in a repeating series when saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    /// The form edits one occurrence (on this original date) of series
    /// `Id`: saving keeps it in the series as that occurrence's override.
    OnlyThis(Id, NaiveDate),
    /// End series `Id` the day before this date.
    EndBefore(Id, NaiveDate),
}

/// The actions the screen answers: the hint bar's, most used first, then
/// the rest.
pub const KEYS: Keys = Keys {
    hints: &[
        Action::RecordSave,
        Action::FormCancel,
        Action::FieldNext,
        Action::PickerOpen,
        Action::ChoiceNext,
    ],
    more: &[
        Action::FieldPrev,
        Action::MoveUp,
        Action::MoveDown,
        Action::ChoicePrev,
        Action::FieldClear,
        Action::CursorLeft,
        Action::CursorRight,
        Action::CursorHome,
        Action::CursorEnd,
        Action::DeleteBack,
        Action::DeleteForward,
        Action::HelpToggle,
    ],
    groups: &[],
};

/// The hint bar's actions on a field of long text: Enter makes a new line.
pub const LONG_TEXT_HINTS: &[Action] = &[
    Action::PickerOpen,
    Action::RecordSave,
    Action::FormCancel,
    Action::FieldNext,
];

/// The fewest rows the box of long text being edited has.
const LONG_TEXT_MIN_ROWS: usize = 3;

/// Columns a field's label takes in a form, before the space to its value.
pub const LABEL_WIDTH: usize = 18;

/// The rows around a form's fields: the tab bar, the form's border, the
/// hint bar and the status line.
const FORM_CHROME: u16 = 5;

/// How a form is laid out on a terminal of some size: the rows its fields
/// have, the columns long text wraps at and how tall its box may grow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// The rows inside the form's border.
    pub rows: usize,
    /// The columns a field's value has.
    pub value: usize,
    /// The columns long text wraps at: one less than the value's, so the
    /// cursor has room at the end of a full row.
    pub wrap: usize,
    /// The most rows long text takes.
    pub limit: usize,
}

impl Shape {
    /// The shape of the fields inside a form's border, `width` × `rows`.
    pub fn inside(width: u16, rows: u16) -> Shape {
        let value = usize::from(width).saturating_sub(LABEL_WIDTH + 1);
        let rows = usize::from(rows).max(1);
        Shape {
            rows,
            value,
            wrap: value.saturating_sub(1).max(1),
            // A quarter of the form: 5 rows at 80×24, 14 at 200×60.
            limit: ((rows + 1) / 4).clamp(LONG_TEXT_MIN_ROWS, 15).min(rows),
        }
    }

    /// The shape of a form drawn on a whole terminal of `width` × `height`.
    pub fn of(width: u16, height: u16) -> Shape {
        Shape::inside(width.saturating_sub(2), height.saturating_sub(FORM_CHROME))
    }
}

/// A stored value as a form edits it: dates and times written the spoken
/// language's way (`1. 12. 2026 14:30` in Czech), which saving reads back
/// as it reads ISO; anything else as stored. A form holds only such values,
/// so compare a stored value with a form's through this.
pub fn editable(kind: FieldKind, value: FieldValue) -> FieldValue {
    use crate::domain::field::{parse_date, parse_date_time};
    match (kind, value) {
        (FieldKind::Date, FieldValue::Text(text)) => {
            FieldValue::Text(parse_date(&text).map_or(text, crate::catalog::date))
        }
        (FieldKind::DateTime, FieldValue::Text(text)) => {
            FieldValue::Text(parse_date_time(&text).map_or(text, crate::catalog::date_time))
        }
        (_, value) => value,
    }
}
