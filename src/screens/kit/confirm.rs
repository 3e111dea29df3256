//! Yes/no questions. They live in the kit because screens ask them (through
//! [`super::Open::Confirm`]) while the app answers "yes": what it does may
//! reach beyond the screen that asked (saving, deleting, closing a form).

use crate::catalog::{self, clash, holidays, question};
use crate::domain::holidays::Holiday;
use crate::domain::{Id, Kind, Record};
use chrono::{NaiveDate, NaiveDateTime};

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
    /// Save an NGO although another has its IČO.
    SaveDespiteIco(Box<Record>),
}

/// A question and what it says, worded when drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Confirm {
    /// What "yes" does.
    pub question: Question,
    /// What the question says, as typed values.
    pub asks: Asks,
}

impl Confirm {
    /// The question in words, in the language the thread speaks.
    pub fn text(&self) -> String {
        self.asks.words()
    }
}

/// What a question says: the values it names (records by name, as they
/// were when it was asked), not its words.
#[derive(Debug, Clone, PartialEq)]
pub enum Asks {
    /// Load the public list of this many prisons into the empty database?
    Seed(usize),
    /// Discard the form's changes?
    Discard,
    /// Delete this record (kind, name)?
    Delete(Kind, String),
    /// This record cannot be deleted: archive it instead?
    ArchiveInstead {
        /// The record's kind.
        kind: Kind,
        /// Its name.
        name: String,
        /// The first records referring to it: kind and name.
        referrers: Vec<(Kind, String)>,
        /// How many more refer to it.
        more: usize,
    },
    /// Cancel this meeting (title) on this day?
    CancelOccurrence(String, NaiveDate),
    /// Save a meeting that clashes with others or falls on holidays?
    Clashes(Clashes),
    /// Another NGO (its name) already has this IČO: save anyway?
    SameIco(String, String),
}

/// The clashes and holidays a meeting's save question names.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Clashes {
    /// The first clashing meetings.
    pub meetings: Vec<ClashLine>,
    /// How many more clash.
    pub more: usize,
    /// The first public holidays the meeting falls on.
    pub holidays: Vec<(NaiveDate, Holiday)>,
    /// How many more holidays.
    pub more_holidays: usize,
}

/// One clashing meeting: when, its title, and why it clashes.
#[derive(Debug, Clone, PartialEq)]
pub struct ClashLine {
    /// When the other meeting starts.
    pub start: NaiveDateTime,
    /// Its title.
    pub title: String,
    /// Why it clashes.
    pub why: ClashWhy,
}

/// Why two meetings clash, with the names involved.
#[derive(Debug, Clone, PartialEq)]
pub enum ClashWhy {
    /// This person is in both.
    SamePerson(String),
    /// Both are at this facility.
    SameFacility(String),
    /// This person has only so many minutes to travel between facilities.
    Travel(String, i64),
}

impl Asks {
    /// The question in words, in the language the thread speaks.
    pub fn words(&self) -> String {
        match self {
            Asks::Seed(count) => question::seed(*count),
            Asks::Discard => question::discard().to_string(),
            Asks::Delete(kind, name) => question::delete(*kind, name),
            Asks::ArchiveInstead {
                kind,
                name,
                referrers,
                more,
            } => {
                let named: Vec<String> = referrers
                    .iter()
                    .map(|(kind, name)| question::referrer(*kind, name))
                    .collect();
                question::archive_instead(*kind, name, &named, *more)
            }
            Asks::CancelOccurrence(title, day) => question::cancel_occurrence(title, *day),
            Asks::SameIco(name, ico) => catalog::import::same_ico(name, ico),
            Asks::Clashes(found) => {
                let lines: Vec<String> = found
                    .meetings
                    .iter()
                    .map(|line| {
                        let why = match &line.why {
                            ClashWhy::SamePerson(name) => clash::same_person(name),
                            ClashWhy::SameFacility(name) => clash::same_facility(name),
                            ClashWhy::Travel(name, minutes) => clash::travel(name, *minutes),
                        };
                        format!("{} {} ({why})", catalog::date_time(line.start), line.title)
                    })
                    .collect();
                if found.holidays.is_empty() {
                    return clash::question(&lines, found.more);
                }
                let days: Vec<String> = found
                    .holidays
                    .iter()
                    .map(|(day, holiday)| holidays::dated(*day, *holiday))
                    .collect();
                holidays::question(&lines, found.more, &days, found.more_holidays)
            }
        }
    }
}
