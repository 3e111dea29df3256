//! How a record kind declares itself: one table of its fields, one row per
//! field, from which reading and writing form values, references, the long
//! text the read model leaves out and a new form's values all follow.
//!
//! A kind says it all in one `declare!` block in its `impl Entity`: its names,
//! its fields, its list columns. A field row names the struct member, the
//! field's stable id (export column, audit field name, catalog key: part of
//! stored and exported formats) and its input type. How a member becomes a
//! form value and back is decided by its Rust type through [`FormValue`], so
//! a row needs no code of its own; rules that compare fields stay plain code
//! in the kind's file ([`crate::domain::record::Entity::check`]).

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

/// Implements [`FormValue`] for types, one row a type: the input types it
/// fits (a pattern over [`FieldKind`]), how a value becomes a form value, and
/// how a field is read into one (None leaves the member as it was).
macro_rules! form_value {
    ($($t:ty: $fits:pat, |$v:ident| $to:expr, |$reader:ident, $id:ident| $from:expr;)+) => {$(
        impl $crate::domain::declare::FormValue for $t {
            fn to_form(&self) -> $crate::domain::FieldValue {
                let $v = self;
                $to
            }
            fn from_form(
                $reader: &mut $crate::domain::field::Reader<'_>,
                $id: &'static str,
            ) -> Option<Self> {
                $from
            }
            fn fits(&self, kind: $crate::domain::FieldKind) -> bool {
                matches!(kind, $fits)
            }
        }
    )+};
}
pub(crate) use form_value;

form_value! {
    Option<NaiveDate>: FieldKind::Date,
        |v| date_text(*v),
        |reader, id| Some(reader.date(id));
    NaiveDateTime: FieldKind::DateTime,
        |v| FieldValue::Text(format_date_time(*v)),
        |reader, id| reader.date_time(id);
    Option<u32>: FieldKind::Count,
        |v| FieldValue::Text(v.map(|n| n.to_string()).unwrap_or_default()),
        |reader, id| Some(reader.count(id));
    Id: FieldKind::Ref(_),
        |v| FieldValue::Ref(Some(*v)),
        |reader, id| reader.reference(id);
    Option<Id>: FieldKind::Ref(_),
        |v| FieldValue::Ref(*v),
        |reader, id| Some(reader.reference(id));
    Vec<Id>: FieldKind::Refs(_),
        |v| FieldValue::Refs(v.clone()),
        |reader, id| Some(reader.references(id));
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
    /// The field that orders records this column holds equal (a person's
    /// given name after the surname), if any; ties after it go by id.
    pub then: Option<&'static str>,
}

impl Column {
    /// Field `field` shown `width` wide with this `priority`.
    pub const fn new(field: &'static str, width: u16, priority: u8) -> Column {
        Column {
            field,
            width,
            priority,
            then: None,
        }
    }

    /// This column, with records it holds equal ordered by field `then`.
    pub const fn then(self, then: &'static str) -> Column {
        Column {
            then: Some(then),
            ..self
        }
    }
}

/// Declares a kind inside its `impl Entity`: its names, its fields and its
/// list columns, from which come the associated items of [`Entity`] (with
/// `meta`/`meta_mut` over the `meta` member every kind has, and `title` over
/// the member named, or what the method named returns when written as
/// `title: method()`). Rules are methods written after it.
///
/// ```text
/// declare! {
///     kind: Facility, plural: "facilities", tab: "tab_facilities", title: name,
///     fields: {
///         name: required("name", Text),
///         kind: required("kind", Choice(ChoiceSet::FacilityKind)),
///     },
///     columns: [("name", 34, 0), ("kind", 18, 3)],
/// }
/// ```
///
/// `plural` is the stable name on the command line and in exports; `tab`
/// the keymap name of the action that shows the kind's tab. A field row is
/// `member: required("id", Input)` or `optional(…)`, in form order, with
/// `= value` after it when a new form starts with `value` rather than
/// empty; `Input` is a [`FieldKind`] variant. A column is `("field id",
/// width, priority)`, in display order; lower priorities stay longer on a
/// narrow screen. `("surname" then "given_name", 16, 0)` orders records the
/// column holds equal by a second field.
///
/// [`Entity`]: crate::domain::record::Entity
macro_rules! declare {
    (
        kind: $kind:ident, plural: $plural:literal, tab: $tab:literal,
        title: $title:ident $(($($computed:tt)*))?,
        fields: {$(
            $member:ident : $need:ident ( $id:literal, $input:ident $(($($of:tt)*))? )
            $(= $start:expr)?
        ),+ $(,)?},
        columns: [$((
            $column:literal $(then $then:literal)?, $width:literal, $priority:literal
        )),+ $(,)?] $(,)?
    ) => {
        const KIND: $crate::domain::Kind = $crate::domain::Kind::$kind;
        const PLURAL: &'static str = $plural;
        const TAB: &'static str = $tab;

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
                start: $crate::domain::declare::declare!(@start $($start)?),
                fits: |r: &Self, kind| $crate::domain::declare::FormValue::fits(&r.$member, kind),
            },
        )+];

        const DEFS: &'static [$crate::domain::FieldDef] = &[$(
            $crate::domain::FieldDef::$need(
                $id,
                $crate::domain::FieldKind::$input $(($($of)*))?,
            ),
        )+];

        const COLUMNS: &'static [$crate::domain::declare::Column] = &[$(
            $crate::domain::declare::Column::new($column, $width, $priority)
                $(.then($then))?,
        )+];

        fn meta(&self) -> &$crate::domain::Meta {
            &self.meta
        }

        fn meta_mut(&mut self) -> &mut $crate::domain::Meta {
            &mut self.meta
        }

        fn title(&self) -> std::borrow::Cow<'_, str> {
            $crate::domain::declare::declare!(@title self, $title $(($($computed)*))?)
        }
    };
    (@title $self:ident, $title:ident) => {
        std::borrow::Cow::Borrowed(&$self.$title)
    };
    (@title $self:ident, $title:ident ()) => {
        std::borrow::Cow::Owned($self.$title())
    };
    (@start) => {
        None
    };
    (@start $start:expr) => {
        Some(|| $crate::domain::declare::FormValue::to_form(&$start))
    };
}
pub(crate) use declare;
