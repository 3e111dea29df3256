//! Plain record types and their validation. No I/O, no terminal.
//!
//! Every record kind has one file here. They share [`Meta`] (id, version,
//! timestamps, archived flag) and describe their editable fields through the
//! generic field model in [`field`], which forms, audit and export are built on.

pub mod action_item;
pub mod agreement;
pub mod assignment;
pub mod choice;
pub mod collate;
pub mod conflict;
pub mod facility;
pub mod field;
pub mod holidays;
pub mod ico;
pub mod lifecycle;
pub mod meeting;
pub mod occurrences;
pub mod organisation;
pub mod person;
pub mod prague;
pub mod record;
pub mod recurrence;
pub mod region;
mod series;
pub mod text;

pub use action_item::ActionItem;
pub use agreement::Agreement;
pub use assignment::Assignment;
pub use choice::{
    ActionStatus, AgreementStatus, FacilityKind, MeetingKind, MeetingStatus, Membership, Service,
};
pub use facility::Facility;
pub use field::{FieldDef, FieldError, FieldKind, FieldValue, Problem};
pub use meeting::Meeting;
pub use organisation::Organisation;
pub use person::Person;
pub use record::{Entity, Record};
pub use region::Region;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A record's stable identifier; 0 means "not saved yet".
pub type Id = u64;

/// A point in time as stored (UTC).
pub type Timestamp = DateTime<Utc>;

/// What every record carries besides its own fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

/// The kinds of record the app stores. The discriminant is part of the storage
/// format (index keys, audit keys): append only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A prison or youth facility.
    Facility = 1,
    /// An NGO.
    Organisation = 2,
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
}

impl Kind {
    /// Every kind, in tab order.
    pub const ALL: [Kind; 7] = [
        Kind::Facility,
        Kind::Organisation,
        Kind::Person,
        Kind::Assignment,
        Kind::Meeting,
        Kind::Agreement,
        Kind::ActionItem,
    ];

    /// The stable plural name used on the command line and in exports.
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Facility => "facilities",
            Kind::Organisation => "ngos",
            Kind::Person => "people",
            Kind::Assignment => "assignments",
            Kind::Meeting => "meetings",
            Kind::Agreement => "agreements",
            Kind::ActionItem => "actions",
        }
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
