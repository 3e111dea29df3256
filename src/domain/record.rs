//! What every record kind provides, and [`Record`], one value of any kind.

use super::field::{FieldDef, FieldError, FieldValue};
use super::{
    ActionItem, Agreement, Assignment, Facility, Id, Kind, Meeting, Meta, Organisation, Person,
};
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use std::fmt::Debug;

/// A record kind: its fields, how a form's values map onto it, and what it
/// refers to.
pub trait Entity: Clone + Debug + PartialEq + Serialize + DeserializeOwned + Into<Record> {
    /// Which kind this is.
    const KIND: Kind;
    /// The editable fields, in form order.
    const FIELDS: &'static [FieldDef];

    /// Id, version, timestamps, archived flag.
    fn meta(&self) -> &Meta;
    /// Mutable access for the store (id, version, timestamps) and archiving.
    fn meta_mut(&mut self) -> &mut Meta;
    /// The record's own name or title, as typed (may be empty for assignments).
    fn title(&self) -> &str;
    /// The form value of one field (by position in [`Entity::FIELDS`]).
    fn value(&self, field: usize) -> FieldValue;
    /// The form values for this record, one per field.
    fn values(&self) -> Vec<FieldValue> {
        (0..Self::FIELDS.len()).map(|i| self.value(i)).collect()
    }
    /// Builds the record from form values, collecting every problem.
    fn from_values(meta: Meta, values: &[FieldValue]) -> Result<Self, Vec<FieldError>>;
    /// The records this one points to.
    fn references(&self) -> Vec<(Kind, Id)>;

    /// Takes over from the record as it was before an edit whatever the form
    /// does not show (a meeting's UID, action items, moved occurrences).
    fn keep_from(&mut self, _base: &Self) {}

    /// Rules that compare a save with the record before it (`base`, None for
    /// a new record) on `today`, such as an agreement's allowed status steps;
    /// may also record what the change means (the step's date).
    fn on_save(&mut self, _base: Option<&Self>, _today: chrono::NaiveDate) -> Vec<FieldError> {
        Vec::new()
    }

    /// The values a new, empty form starts with.
    fn defaults() -> Vec<FieldValue> {
        Self::FIELDS.iter().map(FieldDef::empty_value).collect()
    }
}

/// One record of any kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Record {
    /// A facility.
    Facility(Facility),
    /// An NGO.
    Organisation(Organisation),
    /// A person.
    Person(Person),
    /// An assignment.
    Assignment(Assignment),
    /// A meeting.
    Meeting(Meeting),
    /// An agreement.
    Agreement(Agreement),
    /// An action item.
    ActionItem(ActionItem),
}

/// Runs `$body` with `$r` bound to the record inside whatever variant `$rec` is.
#[macro_export]
macro_rules! each_record {
    ($rec:expr, $r:ident => $body:expr) => {
        match $rec {
            $crate::domain::Record::Facility($r) => $body,
            $crate::domain::Record::Organisation($r) => $body,
            $crate::domain::Record::Person($r) => $body,
            $crate::domain::Record::Assignment($r) => $body,
            $crate::domain::Record::Meeting($r) => $body,
            $crate::domain::Record::Agreement($r) => $body,
            $crate::domain::Record::ActionItem($r) => $body,
        }
    };
}

/// Runs `$body` with `$t` as the [`Entity`] type of kind `$kind`.
#[macro_export]
macro_rules! each_kind {
    ($kind:expr, $t:ident => $body:expr) => {
        match $kind {
            $crate::domain::Kind::Facility => {
                type $t = $crate::domain::Facility;
                $body
            }
            $crate::domain::Kind::Organisation => {
                type $t = $crate::domain::Organisation;
                $body
            }
            $crate::domain::Kind::Person => {
                type $t = $crate::domain::Person;
                $body
            }
            $crate::domain::Kind::Assignment => {
                type $t = $crate::domain::Assignment;
                $body
            }
            $crate::domain::Kind::Meeting => {
                type $t = $crate::domain::Meeting;
                $body
            }
            $crate::domain::Kind::Agreement => {
                type $t = $crate::domain::Agreement;
                $body
            }
            $crate::domain::Kind::ActionItem => {
                type $t = $crate::domain::ActionItem;
                $body
            }
        }
    };
}

impl Record {
    /// Which kind of record this is.
    pub fn kind(&self) -> Kind {
        match self {
            Record::Facility(_) => Kind::Facility,
            Record::Organisation(_) => Kind::Organisation,
            Record::Person(_) => Kind::Person,
            Record::Assignment(_) => Kind::Assignment,
            Record::Meeting(_) => Kind::Meeting,
            Record::Agreement(_) => Kind::Agreement,
            Record::ActionItem(_) => Kind::ActionItem,
        }
    }

    /// Id, version, timestamps, archived flag.
    pub fn meta(&self) -> &Meta {
        crate::each_record!(self, r => r.meta())
    }

    /// Mutable metadata.
    pub fn meta_mut(&mut self) -> &mut Meta {
        crate::each_record!(self, r => r.meta_mut())
    }

    /// The record's id.
    pub fn id(&self) -> Id {
        self.meta().id
    }

    /// The record's own name or title.
    pub fn title(&self) -> &str {
        crate::each_record!(self, r => r.title())
    }

    /// The form value of one field.
    pub fn value(&self, field: usize) -> FieldValue {
        crate::each_record!(self, r => r.value(field))
    }

    /// The form values, one per field of [`Kind::fields`].
    pub fn values(&self) -> Vec<FieldValue> {
        crate::each_record!(self, r => r.values())
    }

    /// The records this one points to.
    pub fn references(&self) -> Vec<(Kind, Id)> {
        crate::each_record!(self, r => r.references())
    }

    /// Takes over from `base` (the same record before an edit) what the form
    /// does not show; nothing when the kinds differ.
    pub fn keep_from(&mut self, base: &Record) {
        match (self, base) {
            (Record::Facility(r), Record::Facility(b)) => r.keep_from(b),
            (Record::Organisation(r), Record::Organisation(b)) => r.keep_from(b),
            (Record::Person(r), Record::Person(b)) => r.keep_from(b),
            (Record::Assignment(r), Record::Assignment(b)) => r.keep_from(b),
            (Record::Meeting(r), Record::Meeting(b)) => r.keep_from(b),
            (Record::Agreement(r), Record::Agreement(b)) => r.keep_from(b),
            (Record::ActionItem(r), Record::ActionItem(b)) => r.keep_from(b),
            _ => {}
        }
    }

    /// Applies the kind's rules for a save against the record before it.
    pub fn on_save(&mut self, base: Option<&Record>, today: chrono::NaiveDate) -> Vec<FieldError> {
        match (self, base) {
            (Record::Facility(r), Some(Record::Facility(b))) => r.on_save(Some(b), today),
            (Record::Organisation(r), Some(Record::Organisation(b))) => r.on_save(Some(b), today),
            (Record::Person(r), Some(Record::Person(b))) => r.on_save(Some(b), today),
            (Record::Assignment(r), Some(Record::Assignment(b))) => r.on_save(Some(b), today),
            (Record::Meeting(r), Some(Record::Meeting(b))) => r.on_save(Some(b), today),
            (Record::Agreement(r), Some(Record::Agreement(b))) => r.on_save(Some(b), today),
            (Record::ActionItem(r), Some(Record::ActionItem(b))) => r.on_save(Some(b), today),
            (r, _) => crate::each_record!(r, inner => inner.on_save(None, today)),
        }
    }

    /// Builds a record of `kind` from form values.
    pub fn from_values(
        kind: Kind,
        meta: Meta,
        values: &[FieldValue],
    ) -> Result<Record, Vec<FieldError>> {
        each_kind!(kind, T => T::from_values(meta, values).map(Into::into))
    }
}

impl Kind {
    /// The editable fields of this kind, in form order.
    pub fn fields(self) -> &'static [FieldDef] {
        each_kind!(self, T => T::FIELDS)
    }

    /// The values a new form of this kind starts with.
    pub fn defaults(self) -> Vec<FieldValue> {
        each_kind!(self, T => T::defaults())
    }

    /// Index of the field named `id`.
    pub fn field_index(self, id: &str) -> Option<usize> {
        self.fields().iter().position(|f| f.id == id)
    }
}

/// Implements `From<$t> for Record` and the metadata accessors.
macro_rules! record_basics {
    ($t:ident) => {
        impl From<$t> for Record {
            fn from(r: $t) -> Record {
                Record::$t(r)
            }
        }
    };
}

record_basics!(Facility);
record_basics!(Organisation);
record_basics!(Person);
record_basics!(Assignment);
record_basics!(Meeting);
record_basics!(Agreement);
record_basics!(ActionItem);
