//! What can go wrong in the store.

use super::codec;
use crate::domain::{Id, Kind};
use std::path::PathBuf;

/// What can go wrong in the store, in words a user can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process holds the database.
    #[error(
        "the database {path} is in use by another spojka process; close that one first, or choose another database with --db"
    )]
    Locked {
        /// The database directory.
        path: PathBuf,
    },
    /// A value could not be read.
    #[error("cannot read {what} in {path}: {source}")]
    Decode {
        /// Which value.
        what: String,
        /// The database directory.
        path: PathBuf,
        /// Why.
        source: codec::DecodeError,
    },
    /// The record to change is not there (any more).
    #[error("{kind:?} #{id} does not exist (was it deleted?)")]
    NotFound {
        /// Kind.
        kind: Kind,
        /// Id.
        id: Id,
    },
    /// Someone saved the record since it was opened.
    #[error(
        "{kind:?} #{id} was changed elsewhere since you opened it (your version {yours}, stored {stored}); reopen it and edit again"
    )]
    Conflict {
        /// Kind.
        kind: Kind,
        /// Id.
        id: Id,
        /// The version being saved over.
        yours: u64,
        /// The version in the store.
        stored: u64,
    },
    /// Others refer to the record, so it cannot be deleted.
    #[error("{kind:?} #{id} is referred to by {} other record(s); archive it instead", by.len())]
    Referenced {
        /// Kind.
        kind: Kind,
        /// Id.
        id: Id,
        /// Who refers to it.
        by: Vec<(Kind, Id)>,
    },
    /// The record points at something that does not exist.
    #[error("the record refers to {kind:?} #{id}, which does not exist")]
    Dangling {
        /// Kind of the missing record.
        kind: Kind,
        /// Its id.
        id: Id,
    },
    /// A bulk insert was handed a record that is already stored.
    #[error("{kind:?} #{id} is already stored; a bulk insert only adds new records")]
    NotNew {
        /// Kind.
        kind: Kind,
        /// Id.
        id: Id,
    },
    /// A value would be larger than the store writes (and could read back).
    #[error(
        "{what} is too large to store: {part} is {size} bytes, at most {limit} are allowed; shorten it"
    )]
    TooLarge {
        /// The record, as "meetings #12 “Porada”".
        what: String,
        /// Which part: a field, the whole record, or its history entry.
        part: String,
        /// Its size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// A backup file that cannot be restored; nothing was changed.
    #[error("the backup file cannot be restored (line {line}): {reason}; nothing was changed")]
    BadBackup {
        /// The line where it went wrong.
        line: u64,
        /// What is wrong.
        reason: String,
    },
    /// An undo or revert refused: these records (kind, id, name) were
    /// changed since the operation; nothing was changed.
    #[error("not turned back: changed since by someone else: {}", names(records))]
    ChangedSince {
        /// The records changed since.
        records: Vec<(Kind, Id, String)>,
    },
    /// An undo or revert refused because what it would turn back was
    /// turned back already, by operation `by_op` of `who` at `at`.
    #[error("not turned back: it was already turned back by {who} (operation #{by_op})")]
    AlreadyReverted {
        /// The operation that turned it back.
        by_op: u64,
        /// Who ran it.
        who: String,
        /// When.
        at: crate::domain::Timestamp,
    },
    /// A revert of one change refused: a later change touched these fields
    /// (their ids) of the record.
    #[error("not reverted: a later change touched {} of {kind:?} #{id}", fields.join(", "))]
    FieldsChangedSince {
        /// Kind.
        kind: Kind,
        /// Id.
        id: Id,
        /// The record's name.
        name: String,
        /// The fields' ids.
        fields: Vec<String>,
    },
    /// An operation (or one change) that cannot be turned back: it erased
    /// personal data, was rolled back, or was written before the history
    /// kept values.
    #[error("cannot be turned back{}", op.map(|op| format!(": operation #{op}")).unwrap_or_default())]
    NotRevertible {
        /// The operation, when known.
        op: Option<u64>,
    },
    /// No operation has this id.
    #[error("there is no operation #{op}")]
    NoSuchOp {
        /// The id asked for.
        op: u64,
    },
    /// A file-system problem.
    #[error("{path}: {source}")]
    Io {
        /// Where.
        path: PathBuf,
        /// What.
        source: std::io::Error,
    },
    /// Anything else sled reports; a damaged file with what to do.
    #[error("{}", sled_message(path, source))]
    Sled {
        /// The database directory.
        path: PathBuf,
        /// What sled said.
        source: sled::Error,
    },
}

/// What sled said, and for a damaged database what to do about it.
fn sled_message(path: &std::path::Path, source: &sled::Error) -> String {
    let path = path.display();
    match source {
        sled::Error::Corruption { .. } => format!(
            "database {path} is damaged: sled found data it cannot read. Run `spojka --db {path} check` to see what can still be read, then put a backup back with `spojka --db {path} restore FILE --force` (automatic backups are kept beside the database)"
        ),
        _ => format!("database {path}: {source}"),
    }
}

/// Records as "Kind #id “name”", for an error message.
fn names(records: &[(Kind, Id, String)]) -> String {
    records
        .iter()
        .map(|(kind, id, name)| format!("{kind:?} #{id} \u{201c}{name}\u{201d}"))
        .collect::<Vec<_>>()
        .join(", ")
}
