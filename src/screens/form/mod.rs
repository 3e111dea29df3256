//! Editing one record: the values typed or chosen so far, the focused field,
//! and the problems found at the last save attempt.

mod keys;
pub mod view;

use crate::domain::{FieldDef, FieldError, FieldKind, FieldValue, Id, Kind, Meta, Record};
use crate::screens::kit::Keys;
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
            errors: Vec::new(),
            saving: false,
            base,
            then: None,
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
    pub fn edit_text(&mut self, action: Option<Action>, typed: Option<&str>) -> bool {
        let Some(FieldValue::Text(text)) = self.values.get_mut(self.focus) else {
            return false;
        };
        let mut input = TextInput {
            text: std::mem::take(text),
            cursor: self.cursor,
        };
        let changed = match (action, typed) {
            (Some(a), _) => input.edit(a),
            (None, Some(t)) => {
                input.insert(t);
                true
            }
            (None, None) => false,
        };
        *text = input.text;
        self.cursor = input.cursor;
        if changed && let Some(def) = self.focused() {
            self.errors.retain(|e| e.field != def.id);
        }
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
