//! What `update` reacts to, and the work it asks the driver to do.

use crate::domain::{Id, Kind, Record};
use crate::store::audit::AuditEntry;
use crate::vocab::Action;

/// Export formats offered from the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// CSV for spreadsheets (formula cells neutralised).
    Csv,
    /// Our JSON format.
    Json,
    /// iCalendar (meetings only).
    Ics,
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

/// Everything `update` reacts to. Only [`Action`] is bindable.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A named user intent, from the keymap.
    Action(Action),
    /// A typed character (unbound printable key in a text mode).
    Text(char),
    /// Pasted text.
    Paste(String),
    /// The terminal changed size.
    Resize(u16, u16),
    /// A record is saved and durable.
    Saved(Record),
    /// A record is deleted.
    Deleted(Kind, Id),
    /// A record's audit trail, as asked for.
    History(Kind, Id, Vec<AuditEntry>),
    /// An export was written.
    Exported {
        /// Where.
        path: String,
        /// How many records.
        count: usize,
    },
    /// Reference data was loaded; `records` are the facilities now stored.
    Seeded {
        /// Newly created.
        created: usize,
        /// Already present.
        skipped: usize,
        /// Every facility in the store after seeding.
        records: Vec<Record>,
    },
    /// An import finished; `records` is every meeting and action item now stored.
    Imported {
        /// What happened, for the status line.
        summary: String,
        /// Every meeting now stored.
        records: Vec<Record>,
    },
    /// An effect failed; the text says why.
    EffectFailed(String),
    /// A save was refused because the record was changed elsewhere (another
    /// session or process) since the form opened it.
    SaveConflict(Kind, Id),
    /// A file was written to this path.
    Written(WrittenFile, String),
    /// A record read whole from the store, as [`Effect::ReadFull`] asked.
    ReadFull(Record, ReadFor),
    /// Records read whole for the details that show them (see
    /// [`AppState::records_to_read`](super::AppState::records_to_read)).
    FullRecords(Vec<Record>),
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

/// Work `update` asks the driver to do; `update` itself does no I/O.
#[expect(
    clippy::large_enum_variant,
    reason = "a few effects per keystroke; boxing buys nothing"
)]
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
    /// [`Msg::ReadFull`].
    ReadFull(Kind, Id, ReadFor),
    /// End the session.
    Quit,
}
