//! The work the app asks its driver (the session) to do, and the formats
//! those requests name. Screens return effects; the session runs them; no
//! code that returns one does any I/O itself.

use crate::domain::{Id, Kind, Record};

/// Export formats offered from the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// CSV for spreadsheets (formula cells neutralised).
    Csv,
    /// An Excel workbook with typed cells.
    Xlsx,
    /// Our JSON format.
    Json,
    /// iCalendar (meetings only).
    Ics,
}

impl ExportFormat {
    /// The file extension, which is also its name on the command line.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
            ExportFormat::Json => "json",
            ExportFormat::Ics => "ics",
        }
    }
}

/// The formats the report of a period is written in. The app's own word for
/// them, so update code never depends on `report/`; the session turns it into
/// `report::ReportFormat`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// Markdown.
    Markdown,
    /// One HTML file.
    Html,
}

impl ReportFormat {
    /// The file extension, which is also its name on the command line.
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Markdown => "md",
            ReportFormat::Html => "html",
        }
    }
}

/// What a record is read whole for: the model holds records without their
/// long text, and a form must start from every field as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadFor {
    /// The form to edit it.
    Edit,
    /// The form of its renewal (an agreement).
    Renew,
    /// The form for one occurrence of a series, by its original date, with
    /// the scope chosen (an index into the scopes offered).
    EditOccurrence(chrono::NaiveDate, usize),
}

/// What kind of file an effect wrote, for the status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WrittenFile {
    /// The report of a period.
    Report,
    /// The coverage map as CSV.
    CoverageMap,
}

/// A spreadsheet import the user confirmed: the session makes the dry run
/// again over the store and writes it only when it shows what the screen
/// showed (`shown`); else it sends the new dry run back.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetImport {
    /// The file, as typed.
    pub file: String,
    /// Its cells.
    pub table: crate::sheet::Table,
    /// Which column is which field.
    pub mapping: crate::sheet::Mapping,
    /// What to do with records already there.
    pub duplicates: crate::sheet::Duplicates,
    /// What the dry run showed.
    pub shown: crate::sheet::plan::Outline,
    /// Whether to save the mapping for the next file with this header.
    pub save_mapping: bool,
}

/// Work `update` asks the driver to do; `update` itself does no I/O.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save a record (new when its id is 0).
    Save(Record),
    /// Save several records as one operation (a series split: the new
    /// meeting first, then the series); answered with `Saved` of the first.
    SaveSeveral(Vec<Record>),
    /// Delete a record nothing refers to.
    Delete(Kind, Id),
    /// Read a record's audit trail.
    LoadHistory(Kind, Id),
    /// Write these records, in this order, to a file.
    Export {
        /// Record kind.
        kind: Kind,
        /// File format.
        format: ExportFormat,
        /// Records in list order.
        ids: Vec<Id>,
    },
    /// Load the reference facilities.
    Seed,
    /// Import an iCalendar file.
    ImportIcs(String),
    /// Read a spreadsheet to import into the list of a kind, and guess its
    /// columns; answered with `Msg::SheetRead`.
    ReadSheet {
        /// The file, as typed.
        path: String,
        /// The kind of its records.
        kind: Kind,
    },
    /// Import a spreadsheet as the import screen showed it.
    ImportSheet(Box<SheetImport>),
    /// Write the coverage map as CSV to a file.
    ExportCoverage(Box<crate::insight::coverage::Coverage>),
    /// Write the report of a period into the export folder.
    Report {
        /// Markdown or HTML.
        format: ReportFormat,
        /// First day.
        from: chrono::NaiveDate,
        /// Last day (inclusive).
        to: chrono::NaiveDate,
    },
    /// Read a record whole from the store and send it back in
    /// `Msg::ReadFull`.
    ReadFull(Kind, Id, ReadFor),
    /// Save the dashboard sections the user folded in their settings (the
    /// state already shows them folded).
    SaveFolded(Vec<crate::insight::dashboard::Section>),
    /// Undo the last change this session made (an operation on its undo
    /// stack), as a new operation.
    Undo,
    /// Do again the last change undone.
    Redo,
    /// Revert one change of a record's history: its kind, id and the
    /// history entry's sequence number.
    RevertEntry(Kind, Id, u64),
    /// Revert a whole operation, by its id.
    RevertOp(u64),
    /// Work out what erasing a person changes; answered with
    /// `Msg::ErasePlan`.
    ErasePlan(Id),
    /// Erase a person's personal data everywhere, every place found but
    /// the skipped ones, then compact the database.
    ErasePerson {
        /// The person.
        person: Id,
        /// The places the user skipped.
        skipped: Vec<crate::domain::erasure::HitKey>,
    },
    /// Take a step of a cooperation request (its id): the session reads it
    /// and its step list from the store, applies the lifecycle's rules and
    /// saves it, or says why not.
    RequestStep(Id, crate::domain::request::StepDo),
    /// Save a record made from a cooperation request (its id) and link the
    /// request to it, as one operation.
    SaveLinked(Record, Id),
    /// End the session.
    Quit,
}
