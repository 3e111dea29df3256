//! What the status line says, as typed values: the app and the screens say
//! what happened with a [`Notice`]; the status line words it when it is
//! drawn, in the language of the session drawing it. No finished text is
//! kept in the state, so one state reads right in either language and a
//! test asserts what happened, not how it was put.

use crate::catalog::errors::Failure;
use crate::catalog::{self, status};
use crate::domain::{Kind, Problem};
use crate::vocab::Role;
use chrono::NaiveDate;

/// Something the status line says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Notice {
    /// Nothing to say: the status line invites the next key.
    #[default]
    Ready,
    /// A save is under way.
    Saving,
    /// A record was saved and is durable.
    Saved(Kind, String),
    /// A record was deleted.
    Deleted(Kind, String),
    /// A record was archived (true) or restored (false).
    Archived(Kind, String, bool),
    /// A form was not saved: this many fields need attention.
    FormInvalid(usize),
    /// A record open in a form was deleted elsewhere.
    GoneElsewhere(Kind),
    /// A save refused: the record changed elsewhere too.
    ChangedElsewhere(String),
    /// The form was reloaded with the record as saved elsewhere.
    Reloaded,
    /// The idle timeout is near and a form holds unsaved changes.
    IdleSoonUnsaved,
    /// Records were written to a file: how many, where, and how many cells
    /// were cut at a spreadsheet's limit.
    Exported(usize, String, usize),
    /// The reference facilities were loaded: created, already there.
    Seeded(usize, usize),
    /// A calendar file was imported.
    Imported(ImportSummary),
    /// The impact report was written to a file.
    ReportWritten(String),
    /// The coverage map was written to a file.
    CoverageWritten(String),
    /// Work the session did failed: the error itself, worded when shown.
    Failed(Failure),
    /// Records that could not be read were left out: how many, the first,
    /// why.
    Unreadable(usize, String, String),
    /// An action needs a selected record.
    NothingSelected,
    /// Nothing to choose from yet.
    NothingToChoose,
    /// Typing into a field that is chosen from a list.
    ChooseFromList,
    /// The selected row of a detail is not a link.
    NotALink,
    /// Only facilities, NGOs and agreements have a timeline.
    TimelineOnlyFor,
    /// Renewal is for agreements.
    RenewIsForAgreements,
    /// iCalendar export is for meetings.
    IcsIsForMeetings,
    /// A meeting (or occurrence) starting at this time is marked held only
    /// once it has started.
    NotStartedYet(chrono::NaiveDateTime),
    /// Sorted by the column of field `id`, descending or not.
    Sorted(&'static str, bool),
    /// Archived records are now shown (true) or hidden.
    ArchivedShown(bool),
    /// A key bound to nothing in this mode, in the keymap's notation.
    Unbound(String),
    /// What was typed is not a value of a field of this kind.
    Invalid(Problem),
    /// A period typed into the figures that cannot be read.
    BadPeriod(String),
    /// A period that ends before it starts.
    Backwards(NaiveDate, NaiveDate),
    /// An opened coverage cell with nothing behind it: the place, the
    /// service's label.
    NothingBehind(String, String),
    /// The user's role may only view.
    ViewOnly,
    /// Something needs a role the user does not have.
    Needs(Role),
    /// Over SSH: the command to run on the user's own computer instead.
    RunInstead(String),
    /// The last change of this session was undone.
    Undone(TurnedBack),
    /// The last change undone was done again.
    Redone(TurnedBack),
    /// A change, or a whole operation, was reverted from the history.
    Reverted(TurnedBack),
    /// This session has no change to undo.
    NothingToUndo,
    /// Nothing was undone that could be done again.
    NothingToRedo,
    /// The selected change of a history cannot be reverted (it erased
    /// personal data, or was recorded before the history kept values).
    NotRevertible,
    /// A spreadsheet was imported.
    SheetImported(SheetSummary),
    /// The records changed since the import's dry run: it is shown again.
    SheetStale,
    /// An import would write nothing.
    NothingToImport,
    /// An import's required fields of a kind that no column is read into.
    ImportMissing(Kind, Vec<&'static str>),
    /// A person's personal data was erased: their name as it was.
    Erased(String),
    /// The text typed to confirm an erasure is not the person's surname.
    EraseWrongSurname(String),
    /// Erasing personal data was asked of a record not a person.
    EraseIsForPeople,
    /// A cooperation request's step was refused: why.
    StepRefused(crate::domain::request::StepRefused),
}

/// What an undo, redo or revert turned back: the first record it changed,
/// by kind and name, and how many more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TurnedBack {
    /// The first record's kind.
    pub kind: Kind,
    /// Its name.
    pub name: String,
    /// How many other records.
    pub more: usize,
}

/// What a spreadsheet import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetSummary {
    /// The file.
    pub file: String,
    /// The kind imported.
    pub kind: Kind,
    /// Records created.
    pub created: usize,
    /// Records updated.
    pub updated: usize,
    /// Rows that could not be read, left out.
    pub left_out: usize,
    /// Whether the column mapping was saved for next time.
    pub mapping_saved: bool,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportSummary {
    /// The file.
    pub path: String,
    /// Meetings created.
    pub created: usize,
    /// Meetings updated.
    pub updated: usize,
    /// Meetings already as in the file.
    pub unchanged: usize,
    /// Events skipped.
    pub skipped: usize,
    /// Meetings that fall on a public holiday.
    pub on_holidays: usize,
    /// Meetings that clash with stored ones.
    pub clashes: usize,
}

impl Notice {
    /// The notice in words, in the language the thread speaks.
    pub fn words(&self) -> String {
        use Notice as N;
        match self {
            N::Ready => catalog::phrase::ready().into(),
            N::Saving => catalog::phrase::saving().into(),
            N::Saved(kind, name) => status::saved(*kind, name),
            N::Deleted(kind, name) => status::deleted(*kind, name),
            N::Archived(kind, name, archived) => status::archived(*kind, name, *archived),
            N::FormInvalid(count) => status::form_invalid(*count),
            N::GoneElsewhere(kind) => status::gone_elsewhere(*kind),
            N::ChangedElsewhere(name) => status::not_saved_changed_elsewhere(name),
            N::Reloaded => status::reloaded().into(),
            N::IdleSoonUnsaved => status::idle_soon_unsaved().into(),
            N::Exported(count, path, cut) => status::exported(*count, path, *cut),
            N::Seeded(created, skipped) => status::seeded(*created, *skipped),
            N::Imported(summary) => format!(
                "{}{}{}",
                catalog::clash::imported(summary.clashes),
                catalog::holidays::imported_on_holidays(summary.on_holidays),
                status::imported(
                    &summary.path,
                    summary.created,
                    summary.updated,
                    summary.unchanged,
                    summary.skipped,
                )
            ),
            N::ReportWritten(path) => catalog::figures::report_written(path),
            N::CoverageWritten(path) => catalog::coverage::written(path),
            N::Failed(failure) => status::failed(&failure.words()),
            N::Unreadable(count, first, why) => status::unreadable(*count, first, why),
            N::NothingSelected => status::nothing_selected().into(),
            N::NothingToChoose => status::nothing_to_choose().into(),
            N::ChooseFromList => status::choose_from_list().into(),
            N::NotALink => status::not_a_link().into(),
            N::TimelineOnlyFor => catalog::timeline::only_for().into(),
            N::RenewIsForAgreements => status::renew_is_for_agreements().into(),
            N::IcsIsForMeetings => status::ics_is_for_meetings().into(),
            N::NotStartedYet(start) => status::not_started_yet(*start),
            N::Sorted(field, descending) => {
                status::sorted(catalog::field_label(field), *descending)
            }
            N::ArchivedShown(shown) => status::archived_shown(*shown).into(),
            N::Unbound(key) => status::unbound(&catalog::key_label(key)),
            N::Invalid(problem) => catalog::problem(problem),
            N::BadPeriod(typed) => catalog::figures::bad_period(typed),
            N::Backwards(from, to) => catalog::figures::backwards(*from, *to),
            N::NothingBehind(place, service) => catalog::coverage::nothing_behind(place, service),
            N::ViewOnly => catalog::access::view_only().into(),
            N::Needs(role) => catalog::access::needs(*role),
            N::RunInstead(command) => catalog::access::run_instead(command),
            N::Undone(t) => {
                catalog::history::turned_back("history-undone", t.kind, &t.name, t.more)
            }
            N::Redone(t) => {
                catalog::history::turned_back("history-redone", t.kind, &t.name, t.more)
            }
            N::Reverted(t) => {
                catalog::history::turned_back("history-reverted", t.kind, &t.name, t.more)
            }
            N::NothingToUndo => catalog::history::nothing_to_undo().into(),
            N::NothingToRedo => catalog::history::nothing_to_redo().into(),
            N::NotRevertible => catalog::history::not_revertible_change().into(),
            N::SheetImported(s) => catalog::import::done(
                &s.file,
                s.kind,
                (s.created, s.updated, s.left_out),
                s.mapping_saved,
            ),
            N::SheetStale => catalog::import::stale().into(),
            N::NothingToImport => catalog::import::nothing().into(),
            N::ImportMissing(_, fields) => catalog::import::missing(fields),
            N::Erased(name) => catalog::erase::erased(name),
            N::EraseWrongSurname(surname) => catalog::erase::wrong_surname(surname),
            N::EraseIsForPeople => catalog::erase::people_only().into(),
            N::StepRefused(why) => catalog::request::refused(why),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Lang;

    #[test]
    fn one_notice_reads_in_either_language() {
        let saved = Notice::Saved(Kind::Meeting, "Porada".into());
        let english = catalog::speaking(Lang::En, || saved.words());
        let czech = catalog::speaking(Lang::Cs, || saved.words());
        assert_eq!(english, "Saved meeting \"Porada\".");
        assert_eq!(czech, "Uloženo: schůzka „Porada“.");
        let sorted = Notice::Sorted("name", true);
        assert_eq!(
            catalog::speaking(Lang::Cs, || sorted.words()),
            "Seřazeno podle sloupce Název, sestupně."
        );
    }
}
