//! One person's erasure as a plan the user reads before it is done: the
//! records that point to them and every place text names them ([`Hit`]),
//! each in context and each confirmed or skipped. The store works the plan
//! out and carries it out (`store::erase`); the command line and the erase
//! screen show it.

use super::mention::MentionKind;
use super::personal::{Link, TextField};
use super::{Id, Kind, Person};
use chrono::NaiveDate;

/// Where a hit is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Place {
    /// A text of a record as stored now.
    Record {
        /// Its kind.
        kind: Kind,
        /// Its id.
        id: Id,
        /// Which text.
        field: TextField,
    },
    /// The text of one history entry of another record.
    History {
        /// The record's kind.
        kind: Kind,
        /// The record's id.
        id: Id,
        /// The entry's sequence number.
        seq: u64,
        /// The field the entry shows changed.
        field: String,
        /// The text after the change (else before).
        after: bool,
    },
    /// An operation's summary in the log.
    Operation {
        /// The operation's id.
        op: u64,
    },
}

/// Which hit: its place and where in that text it starts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HitKey {
    /// Where.
    pub place: Place,
    /// The byte it starts at in that text.
    pub start: usize,
}

/// One place free text names the person, in context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Which hit.
    pub key: HitKey,
    /// The title of the record it is in (empty for the log).
    pub title: String,
    /// A name, an e-mail or a phone.
    pub mention: MentionKind,
    /// The words before it.
    pub before: String,
    /// The words found.
    pub text: String,
    /// The words after it.
    pub after: String,
}

/// A record that points to the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linked {
    /// Its kind.
    pub kind: Kind,
    /// Its id.
    pub id: Id,
    /// Its title.
    pub title: String,
    /// How it points to them.
    pub link: Link,
    /// The occurrence whose own details do.
    pub occurrence: Option<NaiveDate>,
}

/// Everything an erasure of one person changes, before it is done.
#[derive(Debug, Clone, PartialEq)]
pub struct ErasePlan {
    /// The person as stored.
    pub person: Person,
    /// The records pointing to them, in kind and id order.
    pub links: Vec<Linked>,
    /// Where text names them, in kind and id order, then the history, then
    /// the log.
    pub hits: Vec<Hit>,
}

/// What an erasure did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Erased {
    /// The operation.
    pub op: u64,
    /// Records saved with references cleared or text replaced.
    pub changed: usize,
    /// Records deleted: the person and what they owned.
    pub deleted: usize,
    /// Hits replaced.
    pub replaced: usize,
}
