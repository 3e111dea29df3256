//! How a record kind declares itself: one table of its fields, one row per
//! field, from which reading and writing form values, references, the long
//! text the read model leaves out and a new form's values all follow.
//!
//! A row names the struct member, the field's stable id (export column, audit
//! field name, catalog key: part of stored and exported formats) and its input
//! type. How a member becomes a form value and back is decided by its Rust
//! type through [`FormValue`], so a row needs no code of its own; rules that
//! compare fields stay plain code in the kind's file
//! ([`crate::domain::record::Entity::check`]).

use super::Id;
use super::field::{FieldDef, FieldKind, FieldValue, Reader, date_text, format_date_time};
use chrono::{NaiveDate, NaiveDateTime};

/// One field of record kind `T`: what it is and how it maps onto the struct.
pub struct Field<T: 'static> {
    /// The field's id, input type and whether it is required.
    pub def: FieldDef,
    /// The form value of this field of a record.
    pub get: fn(&T) -> FieldValue,
    /// Reads this field from a form into a record; a field left empty or
    /// refused (the reader has the problem) leaves the member as it was.
    pub put: fn(&mut T, &mut Reader<'_>),
    /// The member's text, for text fields (the read model empties long text).
    pub text: fn(&mut T) -> Option<&mut String>,
    /// What a new form holds here, when not the empty value.
    pub start: Option<fn() -> FieldValue>,
    /// Whether the member's type reads the declared input type (a test
    /// checks every row, so a row cannot pair a date with a text member).
    pub fits: fn(&T, FieldKind) -> bool,
}

impl<T> Field<T> {
    /// The value a new form starts with.
    pub fn start_value(&self) -> FieldValue {
        self.start
            .map_or_else(|| self.def.empty_value(), |start| start())
    }
}

/// A type a record member can have, and how it travels through a form.
pub trait FormValue: Sized {
    /// The form value for this member.
    fn to_form(&self) -> FieldValue;
    /// Reads field `id`; None when nothing usable was given.
    fn from_form(reader: &mut Reader<'_>, id: &'static str) -> Option<Self>;
    /// Whether a field of input type `kind` can hold this type.
    fn fits(&self, kind: FieldKind) -> bool;
    /// The text itself, for members that are text.
    fn text_mut(&mut self) -> Option<&mut String> {
        None
    }
}

impl FormValue for String {
    fn to_form(&self) -> FieldValue {
        FieldValue::Text(self.clone())
    }
    fn from_form(reader: &mut Reader<'_>, id: &'static str) -> Option<Self> {
        Some(reader.text(id))
    }
    fn fits(&self, kind: FieldKind) -> bool {
        use FieldKind as F;
        matches!(
            kind,
            F::Text | F::LongText | F::Email | F::Phone | F::Web | F::Ico
        )
    }
    fn text_mut(&mut self) -> Option<&mut String> {
        Some(self)
    }
}

impl FormValue for Option<NaiveDate> {
    fn to_form(&self) -> FieldValue {
        date_text(*self)
    }
    fn from_form(reader: &mut Reader<'_>, id: &'static str) -> Option<Self> {
        Some(reader.date(id))
    }
    fn fits(&self, kind: FieldKind) -> bool {
        kind == FieldKind::Date
    }
}

impl FormValue for NaiveDateTime {
    fn to_form(&self) -> FieldValue {
        FieldValue::Text(format_date_time(*self))
    }
    fn from_form(reader: &mut Reader<'_>, id: &'static str) -> Option<Self> {
        reader.date_time(id)
    }
    fn fits(&self, kind: FieldKind) -> bool {
        kind == FieldKind::DateTime
    }
}

impl FormValue for Id {
    fn to_form(&self) -> FieldValue {
        FieldValue::Ref(Some(*self))
    }
    fn from_form(reader: &mut Reader<'_>, id: &'static str) -> Option<Self> {
        reader.reference(id)
    }
    fn fits(&self, kind: FieldKind) -> bool {
        matches!(kind, FieldKind::Ref(_))
    }
}

impl FormValue for Option<Id> {
    fn to_form(&self) -> FieldValue {
        FieldValue::Ref(*self)
    }
    fn from_form(reader: &mut Reader<'_>, id: &'static str) -> Option<Self> {
        Some(reader.reference(id))
    }
    fn fits(&self, kind: FieldKind) -> bool {
        matches!(kind, FieldKind::Ref(_))
    }
}

impl FormValue for Vec<Id> {
    fn to_form(&self) -> FieldValue {
        FieldValue::Refs(self.clone())
    }
    fn from_form(reader: &mut Reader<'_>, id: &'static str) -> Option<Self> {
        Some(reader.references(id))
    }
    fn fits(&self, kind: FieldKind) -> bool {
        matches!(kind, FieldKind::Refs(_))
    }
}

/// A list column: a field of the record, how wide, how important.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The field's stable id.
    pub field: &'static str,
    /// Width it gets when there is room.
    pub width: u16,
    /// Lower is more important; the least important columns are dropped first.
    pub priority: u8,
}

impl Column {
    /// Field `field` shown `width` wide with this `priority`.
    pub const fn new(field: &'static str, width: u16, priority: u8) -> Column {
        Column {
            field,
            width,
            priority,
        }
    }
}

/// Declares a kind's fields inside its `impl Entity`: `FIELDS` and `DEFS`
/// from one table, and `meta`/`meta_mut` over the `meta` member every kind
/// has. One row a field, in form order:
///
/// `member: required("id", Text)`, or `optional(…)`, with `= value` after it
/// when a new form starts with `value` rather than empty. The input type is a
/// [`FieldKind`] variant.
macro_rules! fields {
    ($(
        $member:ident : $need:ident ( $id:literal, $input:ident $(($($of:tt)*))? )
        $(= $start:expr)?
    ),+ $(,)?) => {
        const FIELDS: &'static [$crate::domain::declare::Field<Self>] = &[$(
            $crate::domain::declare::Field {
                def: $crate::domain::FieldDef::$need(
                    $id,
                    $crate::domain::FieldKind::$input $(($($of)*))?,
                ),
                get: |r: &Self| $crate::domain::declare::FormValue::to_form(&r.$member),
                put: |r: &mut Self, reader: &mut $crate::domain::field::Reader<'_>| {
                    if let Some(value) =
                        $crate::domain::declare::FormValue::from_form(reader, $id)
                    {
                        r.$member = value;
                    }
                },
                text: |r: &mut Self| $crate::domain::declare::FormValue::text_mut(&mut r.$member),
                start: $crate::domain::declare::fields!(@start $($start)?),
                fits: |r: &Self, kind| $crate::domain::declare::FormValue::fits(&r.$member, kind),
            },
        )+];

        const DEFS: &'static [$crate::domain::FieldDef] = &[$(
            $crate::domain::FieldDef::$need(
                $id,
                $crate::domain::FieldKind::$input $(($($of)*))?,
            ),
        )+];

        fn meta(&self) -> &$crate::domain::Meta {
            &self.meta
        }

        fn meta_mut(&mut self) -> &mut $crate::domain::Meta {
            &mut self.meta
        }
    };
    (@start) => {
        None
    };
    (@start $start:expr) => {
        Some(|| $crate::domain::declare::FormValue::to_form(&$start))
    };
}
pub(crate) use fields;
