//! Yes/no questions. They live in the kit because screens ask them (through
//! [`super::Open::Confirm`]) while the app answers "yes": what it does may
//! reach beyond the screen that asked (saving, deleting, closing a form).

use crate::domain::{Id, Kind, Record};
use chrono::NaiveDate;

/// A yes/no question and what "yes" does.
#[derive(Debug, Clone, PartialEq)]
pub enum Question {
    /// Load the reference facilities into an empty database.
    Seed,
    /// Throw away the form's changes.
    Discard,
    /// Delete a record nothing refers to.
    Delete(Kind, Id),
    /// Archive a record others refer to, instead of deleting it.
    ArchiveInstead(Kind, Id),
    /// Cancel one occurrence of a meeting (by its original date).
    CancelOccurrence(Id, NaiveDate),
    /// Save a meeting although it clashes with others or falls on a public
    /// holiday.
    SaveDespiteClash(Box<Record>),
}

/// A question with its wording.
#[derive(Debug, Clone, PartialEq)]
pub struct Confirm {
    /// What "yes" does.
    pub question: Question,
    /// The question as shown.
    pub text: String,
}
