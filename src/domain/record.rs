//! What every record kind provides, and [`Record`], one value of any kind.

use super::declare::{Column, Field};
use super::field::{FieldDef, FieldError, FieldKind, FieldValue, Reader};
use super::{Id, Kind, Meta};
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use std::fmt::Debug;

/// A record kind: its declaration (fields, list columns, names), how a form's
/// values map onto it, and the rules that compare its fields.
///
/// A kind declares itself with one `declare!` block (see [`super::declare`]),
/// which supplies the associated items and `meta`, `meta_mut` and `title`;
/// what a form reads and writes, references and defaults follow from its
/// field table. The rules are the methods a kind writes after it.
pub trait Entity:
    'static
    + Clone
    + Debug
    + PartialEq
    + Default
    + Serialize
    + DeserializeOwned
    + Into<Record>
    + TryFrom<Record, Error = Record>
{
    /// Which kind this is.
    const KIND: Kind;
    /// The stable plural name used on the command line and in exports.
    const PLURAL: &'static str;
    /// The keymap name of the action that shows this kind's tab.
    const TAB: &'static str;
    /// The editable fields, in form order, and how each maps onto the struct.
    const FIELDS: &'static [Field<Self>];
    /// The definitions of [`Entity::FIELDS`] alone, for code that does not
    /// know the type.
    const DEFS: &'static [FieldDef];
    /// The list columns, in display order.
    const COLUMNS: &'static [Column];

    /// Id, version, timestamps, archived flag.
    fn meta(&self) -> &Meta;
    /// Mutable access for the store (id, version, timestamps) and archiving.
    fn meta_mut(&mut self) -> &mut Meta;
    /// The record's own name or title, as typed (may be empty for
    /// assignments), or made from several fields (a person's name).
    fn title(&self) -> std::borrow::Cow<'_, str>;

    /// Rules between fields, once every field is read (an end before its
    /// start); problems go to `reader` against the field they concern.
    fn check(&self, _reader: &mut Reader<'_>) {}

    /// Takes over from the record as it was before an edit whatever the form
    /// does not show (a meeting's UID, action items, moved occurrences).
    fn keep_from(&mut self, _base: &Self) {}

    /// Rules that compare a save with the record before it (`base`, None for
    /// a new record) on `today`, such as an agreement's allowed status steps;
    /// may also record what the change means (the step's date).
    fn on_save(&mut self, _base: Option<&Self>, _today: chrono::NaiveDate) -> Vec<FieldError> {
        Vec::new()
    }

    /// The form value of field `id` (empty text for an unknown id).
    fn value(&self, id: &str) -> FieldValue {
        Self::FIELDS
            .iter()
            .find(|f| f.def.id == id)
            .map_or_else(|| FieldValue::Text(String::new()), |f| (f.get)(self))
    }

    /// The form values for this record, one per field.
    fn values(&self) -> Vec<FieldValue> {
        Self::FIELDS.iter().map(|f| (f.get)(self)).collect()
    }

    /// Builds the record from form values (one per field, in field order),
    /// collecting every problem.
    fn from_values(meta: Meta, values: &[FieldValue]) -> Result<Self, Vec<FieldError>> {
        let mut reader = Reader::new(Self::DEFS, values);
        let mut record = Self::default();
        *record.meta_mut() = meta;
        for field in Self::FIELDS {
            (field.put)(&mut record, &mut reader);
        }
        record.check(&mut reader);
        reader.finish(record)
    }

    /// Puts the fields named in `which` from `values` (one per field, in
    /// field order), without the kind's checks: values once stored, put
    /// back by a revert.
    fn put_fields(&mut self, values: &[FieldValue], which: &[&str]) {
        let mut reader = Reader::new(Self::DEFS, values);
        for field in Self::FIELDS {
            if which.contains(&field.def.id) {
                (field.put)(self, &mut reader);
            }
        }
    }

    /// The records this one points to, in field order.
    fn references(&self) -> Vec<(Kind, Id)> {
        let mut out = Vec::new();
        for field in Self::FIELDS {
            let (FieldKind::Ref(kind) | FieldKind::Refs(kind)) = field.def.kind else {
                continue;
            };
            match (field.get)(self) {
                FieldValue::Ref(Some(id)) => out.push((kind, id)),
                FieldValue::Refs(ids) => out.extend(ids.into_iter().map(|id| (kind, id))),
                _ => {}
            }
        }
        out
    }

    /// The values a new, empty form starts with.
    fn defaults() -> Vec<FieldValue> {
        Self::FIELDS.iter().map(Field::start_value).collect()
    }

    /// Empties the long text fields (notes, agenda, minutes); returns whether
    /// any held text.
    fn strip_long_text(&mut self) -> bool {
        let mut had = false;
        for field in Self::FIELDS {
            if field.def.kind == FieldKind::LongText
                && let Some(text) = (field.text)(self)
            {
                had |= !text.is_empty();
                *text = String::new();
            }
        }
        had
    }

    /// Puts `from`'s long text into the long text fields this record has
    /// empty.
    fn fill_long_text(&mut self, mut from: Self) {
        for field in Self::FIELDS {
            if field.def.kind != FieldKind::LongText {
                continue;
            }
            if let (Some(into), Some(text)) = ((field.text)(self), (field.text)(&mut from))
                && into.is_empty()
            {
                *into = std::mem::take(text);
            }
        }
    }
}

/// Makes [`Record`] and its conversions from the rows of
/// [`with_kinds!`](crate::with_kinds).
macro_rules! declare_record {
    (() $($(#[$doc:meta])* $name:ident = $tag:literal $(in $held:ident)?,)+) => {
        /// One record of any kind.
        ///
        /// The read model keeps every record of the database in memory as a
        /// `Record`, so its size, times 100,000 meetings and more, is most of
        /// the model's memory. An enum is as large as its largest variant;
        /// kinds that are few but large (facilities, NGOs: `in Box` in
        /// [`with_kinds!`](crate::with_kinds)) are held boxed so that they
        /// do not set the size of every meeting. Serde reads and writes a
        /// box as what it holds, so the stored bytes are the same.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        pub enum Record {
            $($(#[$doc])* $name(held!($name $($held)?)),)+
        }

        $(
            impl From<$crate::domain::$name> for Record {
                fn from(r: $crate::domain::$name) -> Record {
                    Record::$name(r.into())
                }
            }

            impl From<Box<$crate::domain::$name>> for Record {
                fn from(r: Box<$crate::domain::$name>) -> Record {
                    Record::$name(Held::from_box(r))
                }
            }

            impl TryFrom<Record> for $crate::domain::$name {
                type Error = Record;

                fn try_from(record: Record) -> Result<Self, Record> {
                    match record {
                        Record::$name(r) => Ok(Held::into_inner(r)),
                        other => Err(other),
                    }
                }
            }
        )+

        impl Record {
            /// Which kind of record this is.
            pub fn kind(&self) -> Kind {
                match self {
                    $(Record::$name(_) => Kind::$name,)+
                }
            }

            /// Takes over from `base` (the same record before an edit) what the form
            /// does not show; nothing when the kinds differ.
            pub fn keep_from(&mut self, base: &Record) {
                match (self, base) {
                    $((Record::$name(r), Record::$name(b)) => r.keep_from(b),)+
                    _ => {}
                }
            }

            /// Applies the kind's rules for a save against the record before it.
            pub fn on_save(
                &mut self,
                base: Option<&Record>,
                today: chrono::NaiveDate,
            ) -> Vec<FieldError> {
                match (self, base) {
                    $((Record::$name(r), Some(Record::$name(b))) => r.on_save(Some(b), today),)+
                    (r, _) => crate::each_record!(r, inner => inner.on_save(None, today)),
                }
            }

            /// Puts `stored`'s long text (the same record as stored) into the long
            /// text fields this record has empty; nothing when the kinds differ.
            pub fn fill_long_text(&mut self, stored: Record) {
                match (self, stored) {
                    $((Record::$name(r), Record::$name(s)) => r.fill_long_text(Held::into_inner(s)),)+
                    _ => {}
                }
            }
        }
    };
}

/// The type a [`Record`] variant holds: the kind's own type, or a box of it
/// for a row that ends in `in Box`.
macro_rules! held {
    ($name:ident) => { $crate::domain::$name };
    ($name:ident Box) => { Box<$crate::domain::$name> };
}

/// What a [`Record`] variant holds of a `T`: the record itself or a box of it.
trait Held<T> {
    /// The record, out of its box if it is in one.
    fn into_inner(self) -> T;
    /// What the variant holds, made from a boxed record.
    fn from_box(boxed: Box<T>) -> Self;
}

impl<T: Entity> Held<T> for T {
    fn into_inner(self) -> T {
        self
    }

    fn from_box(boxed: Box<T>) -> T {
        *boxed
    }
}

impl<T: Entity> Held<T> for Box<T> {
    fn into_inner(self) -> T {
        *self
    }

    fn from_box(boxed: Box<T>) -> Box<T> {
        boxed
    }
}

crate::with_kinds!([declare_record]());

/// Runs `$body` with `$r` bound to the record inside whatever variant `$rec`
/// is (for a kind held boxed, the box, which methods and `&` reach through).
#[macro_export]
macro_rules! each_record {
    ($rec:expr, $r:ident => $body:expr) => {
        $crate::with_kinds!([$crate::__each] (record $rec, $r, $body))
    };
}

/// Runs `$body` with `$t` as the [`Entity`] type of kind `$kind`.
#[macro_export]
macro_rules! each_kind {
    ($kind:expr, $t:ident => $body:expr) => {
        $crate::with_kinds!([$crate::__each] (kind $kind, $t, $body))
    };
}

/// The arms of [`each_record!`] and [`each_kind!`], one a row of
/// [`with_kinds!`](crate::with_kinds).
#[doc(hidden)]
#[macro_export]
macro_rules! __each {
    ((record $rec:expr, $r:ident, $body:expr) $($(#[$doc:meta])* $name:ident = $tag:literal $(in $held:ident)?,)+) => {
        match $rec {
            $($crate::domain::Record::$name($r) => $body,)+
        }
    };
    ((kind $kind:expr, $t:ident, $body:expr) $($(#[$doc:meta])* $name:ident = $tag:literal $(in $held:ident)?,)+) => {
        match $kind {
            $($crate::domain::Kind::$name => {
                type $t = $crate::domain::$name;
                $body
            })+
        }
    };
}

impl Record {
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
    pub fn title(&self) -> std::borrow::Cow<'_, str> {
        crate::each_record!(self, r => r.title())
    }

    /// The form value of field `id`.
    pub fn value(&self, id: &str) -> FieldValue {
        crate::each_record!(self, r => r.value(id))
    }

    /// The form values, one per field of [`Kind::fields`].
    pub fn values(&self) -> Vec<FieldValue> {
        crate::each_record!(self, r => r.values())
    }

    /// Puts the fields named in `which` from `values`, without the kind's
    /// checks (see [`Entity::put_fields`]).
    pub fn put_fields(&mut self, values: &[FieldValue], which: &[&str]) {
        crate::each_record!(self, r => r.put_fields(values, which))
    }

    /// The records this one points to.
    pub fn references(&self) -> Vec<(Kind, Id)> {
        crate::each_record!(self, r => r.references())
    }

    /// Empties the long text fields; returns whether any held text.
    pub fn strip_long_text(&mut self) -> bool {
        crate::each_record!(self, r => r.strip_long_text())
    }

    /// Builds a record of `kind` from form values.
    pub fn from_values(
        kind: Kind,
        meta: Meta,
        values: &[FieldValue],
    ) -> Result<Record, Vec<FieldError>> {
        crate::each_kind!(kind, T => T::from_values(meta, values).map(Into::into))
    }
}

impl Kind {
    /// The editable fields of this kind, in form order.
    pub fn fields(self) -> &'static [FieldDef] {
        crate::each_kind!(self, T => T::DEFS)
    }

    /// The field named `id`, if this kind has it.
    pub fn field(self, id: &str) -> Option<&'static FieldDef> {
        self.fields().iter().find(|f| f.id == id)
    }

    /// Where field `id` stands in [`Kind::fields`] (and so in a form's values).
    pub fn field_index(self, id: &str) -> Option<usize> {
        self.fields().iter().position(|f| f.id == id)
    }

    /// The values a new form of this kind starts with.
    pub fn defaults(self) -> Vec<FieldValue> {
        crate::each_kind!(self, T => T::defaults())
    }

    /// The list columns of this kind, in display order.
    pub fn columns(self) -> &'static [Column] {
        crate::each_kind!(self, T => T::COLUMNS)
    }

    /// The keymap name of the action that shows this kind's tab.
    pub fn tab_action(self) -> &'static str {
        crate::each_kind!(self, T => T::TAB)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn each_field_fits<T: Entity>() {
        let blank = T::default();
        for (field, def) in T::FIELDS.iter().zip(T::DEFS) {
            assert_eq!(&field.def, def, "{:?}", T::KIND);
            assert!(
                (field.fits)(&blank, def.kind),
                "{:?}: the member behind field {} cannot hold a {:?}",
                T::KIND,
                def.id,
                def.kind
            );
        }
    }

    #[test]
    fn every_field_reads_into_a_member_of_its_type() {
        for kind in Kind::ALL {
            crate::each_kind!(kind, T => each_field_fits::<T>());
        }
    }

    #[test]
    fn field_ids_are_unique_within_a_kind() {
        for kind in Kind::ALL {
            let ids: BTreeSet<&str> = kind.fields().iter().map(|f| f.id).collect();
            assert_eq!(ids.len(), kind.fields().len(), "{kind:?}");
        }
    }

    #[test]
    fn every_list_column_names_a_field_of_its_kind() {
        for kind in Kind::ALL {
            assert!(!kind.columns().is_empty(), "{kind:?}");
            for column in kind.columns() {
                assert!(
                    kind.field(column.field).is_some(),
                    "{kind:?}: column {} is not a field",
                    column.field
                );
            }
        }
    }

    #[test]
    fn kinds_have_distinct_names_and_tabs() {
        let plurals: BTreeSet<&str> = Kind::ALL.iter().map(|k| k.plural()).collect();
        let tabs: BTreeSet<&str> = Kind::ALL.iter().map(|k| k.tab_action()).collect();
        assert_eq!(plurals.len(), Kind::COUNT);
        assert_eq!(tabs.len(), Kind::COUNT);
    }

    #[test]
    fn every_kind_round_trips_through_its_form_values() {
        for kind in Kind::ALL {
            let record = crate::sample::filled(kind).expect("a filled record");
            assert_eq!(record.kind(), kind);
            let values = record.values();
            assert!(values.iter().all(|v| !v.is_empty()), "{kind:?}: {values:?}");
            let again = Record::from_values(kind, record.meta().clone(), &values);
            assert_eq!(again.as_ref(), Ok(&record), "{kind:?}");
            for (def, value) in kind.fields().iter().zip(&values) {
                assert_eq!(&record.value(def.id), value, "{kind:?}: {}", def.id);
            }
        }
    }

    #[test]
    fn references_follow_the_reference_fields() {
        for kind in Kind::ALL {
            let record = crate::sample::filled(kind).expect("a filled record");
            let expected: Vec<(Kind, Id)> = kind
                .fields()
                .iter()
                .filter_map(|def| match def.kind {
                    FieldKind::Ref(k) | FieldKind::Refs(k) => Some((k, 1)),
                    _ => None,
                })
                .collect();
            assert_eq!(record.references(), expected, "{kind:?}");
        }
    }

    /// The read model holds every record in memory as a [`Record`], inline
    /// in its tables, so records × this size is most of the model's memory
    /// at scale (100,000 meetings: issue #8's budget of 150 MB resident). A
    /// field added to any kind can silently regrow every record, which this
    /// ceiling catches: box what is large and rare (`Option<Box<…>>` on the
    /// struct, or `in Box` on the kind's row in `with_kinds!`) rather than
    /// raising it.
    #[test]
    fn a_record_stays_small() {
        use crate::domain::recurrence::Recurrence;
        use crate::domain::{Agreement, Facility, Meeting, Organisation, Person};
        use std::mem::size_of;
        let sizes = [
            ("Record", size_of::<Record>()),
            ("Meeting", size_of::<Meeting>()),
            ("Agreement", size_of::<Agreement>()),
            ("Person", size_of::<Person>()),
            ("Facility", size_of::<Facility>()),
            ("Organisation", size_of::<Organisation>()),
            ("Recurrence", size_of::<Recurrence>()),
        ];
        // 288 bytes on 64 bits, down from 416 before facilities and NGOs
        // were boxed; the kind's tag sits in a spare value of a meeting's
        // field, so a record is no larger than a meeting.
        assert!(size_of::<Record>() <= 288, "{sizes:?}");
        // Nearly every record is a meeting: none of them should pay inline
        // for a rule it does not have (72 bytes unboxed).
        assert!(size_of::<Meeting>() <= 288, "{sizes:?}");
        assert!(size_of::<Option<Box<Recurrence>>>() == 8, "{sizes:?}");
    }

    fn encoded<T: Serialize>(value: &T) -> Vec<u8> {
        bincode::serde::encode_to_vec(value, bincode::config::standard()).expect("encodes")
    }

    fn same_bytes_boxed_or_not<T: Entity>(record: Record) {
        let inside = crate::each_record!(&record, r => encoded(r));
        let alone = encoded(&T::try_from(record).expect("its own kind"));
        assert_eq!(inside, alone, "{:?}", T::KIND);
    }

    /// The store writes a record's payload as its kind's struct; a boxed
    /// variant (and a meeting's boxed rule) must write the very same bytes.
    #[test]
    fn a_boxed_record_is_stored_as_its_kind() {
        for kind in Kind::ALL {
            let mut record = crate::sample::filled(kind).expect("a filled record");
            if let Record::Meeting(m) = &mut record {
                m.recurrence = Some(Box::new(crate::domain::recurrence::Recurrence::new(
                    "FREQ=WEEKLY;COUNT=3",
                )));
            }
            crate::each_kind!(kind, T => same_bytes_boxed_or_not::<T>(record));
        }
        let rule = crate::domain::recurrence::Recurrence::new("FREQ=WEEKLY");
        assert_eq!(encoded(&Some(Box::new(rule.clone()))), encoded(&Some(rule)));
    }

    #[test]
    fn a_new_form_starts_empty_but_for_declared_defaults() {
        let meeting = Kind::Meeting.defaults();
        let at = |id| Kind::Meeting.field_index(id).expect("a meeting field");
        assert_eq!(
            meeting[at("status")],
            FieldValue::Choice(Some(crate::domain::MeetingStatus::Planned.index()))
        );
        assert_eq!(meeting[at("title")], FieldValue::Text(String::new()));
        let facility = Kind::Facility.defaults();
        assert!(facility.iter().all(FieldValue::is_empty));
    }
}
