//! Plain record types and their validation. No I/O, no terminal.
//!
//! Every record kind has one file here, holding its struct, its declaration
//! (fields, list columns, names; see [`declare`]) and its rules. They share
//! [`Meta`] (id, version, timestamps, archived flag) and describe their
//! editable fields through the generic field model in [`field`], which forms,
//! audit and export are built on. [`with_kinds!`](crate::with_kinds) registers
//! every kind once.

pub mod action_item;
pub mod agreement;
pub mod assignment;
pub mod choice;
pub mod collate;
pub mod conflict;
pub mod declare;
pub mod erasure;
pub mod facility;
pub mod field;
pub mod holidays;
pub mod ico;
pub mod lifecycle;
pub mod meeting;
pub mod mention;
pub mod occurrences;
pub mod organisation;
pub mod person;
pub mod personal;
pub mod prague;
pub mod record;
pub mod recurrence;
pub mod region;
pub mod repeat;
pub mod request;
mod series;
pub mod text;

pub use action_item::{ActionItem, ActionStatus};
pub use agreement::Agreement;
pub use assignment::{Assignment, AssignmentRole};
pub use choice::{
    AgeGroup, AgreementStatus, FacilityKind, HeldSex, MeetingKind, MeetingStatus, Membership,
    SecurityLevel, Service,
};
pub use declare::{Column, Field, FormValue};
pub use facility::Facility;
pub use field::{FieldDef, FieldError, FieldKind, FieldValue, Problem};
pub use meeting::Meeting;
pub use organisation::Organisation;
pub use person::Person;
pub use record::{Entity, Record};
pub use region::Region;
pub use request::Request;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A record's stable identifier; 0 means "not saved yet".
pub type Id = u64;

/// A point in time as stored (UTC).
pub type Timestamp = DateTime<Utc>;

/// What every record carries besides its own fields.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Meta {
    /// Stable id, assigned by the store on first save.
    pub id: Id,
    /// Incremented on every save; a save of a stale version is a conflict.
    pub version: u64,
    /// When the record was first saved.
    pub created: Timestamp,
    /// When the record was last saved.
    pub updated: Timestamp,
    /// Archived records are kept (others refer to them) but hidden by default.
    pub archived: bool,
}

impl Meta {
    /// Metadata for a record that has not been saved yet.
    pub fn new(now: Timestamp) -> Meta {
        Meta {
            id: 0,
            version: 0,
            created: now,
            updated: now,
            archived: false,
        }
    }
}

// Every one-of list a field can offer, once (each a `choice::Choice` type
// here): makes `ChoiceSet`.
choice::choice_sets!(
    FacilityKind,
    Membership,
    Service,
    Region,
    MeetingKind,
    MeetingStatus,
    AgreementStatus,
    ActionStatus,
    AssignmentRole,
    HeldSex,
    AgeGroup,
    SecurityLevel,
);

/// Every record kind, once, in tab order: the one registration a new kind
/// needs besides its own file. A row is the kind's doc, its name (the [`Kind`]
/// variant, the [`Record`] variant and the type in this module share it) and
/// its tag, the byte that stands for it in storage keys. A row may end in
/// `in Box`: [`Record`] then holds that kind boxed, for kinds that are few
/// but large, so that they do not set the size of every record (see
/// [`Record`]); the stored bytes are the same either way.
///
/// The order and the tags are part of the stored format (bincode stores the
/// [`Record`] variant's position; index and audit keys the tag): append only.
///
/// Calls `$callback! { $args rows… }`, so that [`Kind`], [`Record`],
/// [`each_kind!`](crate::each_kind) and [`each_record!`](crate::each_record)
/// are made from this list.
#[macro_export]
macro_rules! with_kinds {
    ([$($callback:tt)*] $args:tt) => {
        $($callback)*! { $args
            /// A prison or youth facility.
            Facility = 1 in Box,
            /// An NGO.
            Organisation = 2 in Box,
            /// A coordinator or contact.
            Person = 3,
            /// A person assigned to a facility.
            Assignment = 4,
            /// A meeting at or about a facility.
            Meeting = 5,
            /// A cooperation agreement between an NGO and facilities.
            Agreement = 6,
            /// Something to do that came out of a meeting.
            ActionItem = 7,
            /// A cooperation request: an NGO asking to work in a facility,
            /// through the agreed steps.
            Request = 8,
        }
    };
}

/// Makes [`Kind`] from the rows of [`with_kinds!`](crate::with_kinds).
macro_rules! declare_kinds {
    (() $($(#[$doc:meta])* $name:ident = $tag:literal $(in $held:ident)?,)+) => {
        /// The kinds of record the app stores. The discriminant is part of the
        /// storage format (index keys, audit keys): append only.
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[serde(rename_all = "snake_case")]
        pub enum Kind {
            $($(#[$doc])* $name = $tag,)+
        }

        impl Kind {
            /// How many kinds there are.
            pub const COUNT: usize = [$(Kind::$name),+].len();

            /// Every kind, in tab order.
            pub const ALL: [Kind; Kind::COUNT] = [$(Kind::$name),+];
        }
    };
}
crate::with_kinds!([declare_kinds]());

impl Kind {
    /// The stable plural name used on the command line and in exports.
    pub fn plural(self) -> &'static str {
        crate::each_kind!(self, T => T::PLURAL)
    }

    /// The byte used for this kind in storage keys.
    pub fn tag(self) -> u8 {
        self as u8
    }

    /// The kind stored under this key byte.
    pub fn from_tag(tag: u8) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.tag() == tag)
    }
}
