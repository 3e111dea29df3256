//! What `update` reacts to, and the work it asks the driver to do.

use crate::domain::{Id, Kind, Record};
pub use crate::effect::{Effect, ExportFormat, ReadFor, ReportFormat, SheetImport, WrittenFile};
use crate::store::audit::events::Told;
use crate::vocab::Action;

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
    History(Kind, Id, Vec<Told>),
    /// An export was written.
    Exported {
        /// Where.
        path: String,
        /// How many records.
        count: usize,
        /// How many cells were cut at a spreadsheet's limit (XLSX).
        cut: usize,
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
        summary: super::state::ImportSummary,
        /// Every meeting now stored.
        records: Vec<Record>,
    },
    /// An effect failed; the notice says why.
    EffectFailed(super::state::Notice),
    /// A save was refused because the record was changed elsewhere (another
    /// session or process) since the form opened it.
    SaveConflict(Kind, Id),
    /// A file was written to this path.
    Written(WrittenFile, String),
    /// A record read whole from the store, as [`Effect::ReadFull`] asked.
    ReadFull(Record, ReadFor),
    /// An undo, redo or revert is done (the records reach the state
    /// through the model): what to say, and the records it removed.
    TurnedBack(super::state::Notice, Vec<(Kind, Id)>),
    /// A spreadsheet read for the import screen, as `Effect::ReadSheet`
    /// asked.
    SheetRead(Box<crate::screens::import::Opened>),
    /// A spreadsheet was imported.
    SheetImported(crate::screens::kit::SheetSummary),
    /// An import was not written: the records changed since its dry run;
    /// the dry run made again over the store.
    SheetStale(Box<crate::sheet::Plan>),
    /// Records read whole for the details that show them (see
    /// [`AppState::records_to_read`](super::AppState::records_to_read)).
    FullRecords(Vec<Record>),
    /// What erasing a person changes, as `Effect::ErasePlan` asked.
    ErasePlan(Box<crate::domain::erasure::ErasePlan>),
    /// A person's personal data was erased: their id and name as it was.
    Erased(Id, String),
}
