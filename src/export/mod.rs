//! Exports of one kind of record to CSV (for spreadsheets and scripts) and to
//! JSON (spojka's long-term format, see `DESIGN.md`).
//!
//! Exports take the records as a slice, in the order to write them: the TUI
//! passes its list as filtered and sorted, the command line passes everything in
//! id order. References are named through a resolver the caller provides, so
//! this module does not need to know where the records came from.

mod csv;
mod json;

pub use self::csv::write_csv;
pub use self::json::write_json;

use crate::domain::{Id, Kind, Record};
use std::fmt;
use std::str::FromStr;

/// The file formats spojka exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Comma-separated values with a header row, UTF-8.
    Csv,
    /// spojka's own JSON: every field of every record, with the format version.
    Json,
}

impl Format {
    /// The usual file extension (and the name on the command line).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.extension())
    }
}

impl FromStr for Format {
    type Err = ExportError;

    fn from_str(text: &str) -> Result<Format, ExportError> {
        match text.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(Format::Csv),
            "json" => Ok(Format::Json),
            _ => Err(ExportError::UnknownFormat(text.to_string())),
        }
    }
}

/// Who a CSV file is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvMode {
    /// For opening in a spreadsheet: cells that a spreadsheet would run as a
    /// formula get a leading `'`, and the file starts with a UTF-8 byte order
    /// mark so that Excel shows Czech diacritics correctly.
    Spreadsheet,
    /// For scripts: every cell exactly as stored, no byte order mark.
    Raw,
}

/// What can go wrong while exporting.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Writing the output failed.
    #[error("{what}: {source}")]
    Io {
        /// What was being written, e.g. "writing the CSV of meetings".
        what: String,
        /// Why it failed.
        source: std::io::Error,
    },
    /// The CSV writer refused a record.
    #[error("{what}: {source}")]
    Csv {
        /// What was being written.
        what: String,
        /// What the CSV writer said.
        source: ::csv::Error,
    },
    /// A record could not be turned into JSON.
    #[error("{what}: {source}")]
    Json {
        /// What was being written.
        what: String,
        /// What serde_json said.
        source: serde_json::Error,
    },
    /// The slice holds a record of another kind than the export is for.
    #[error("cannot export {found} #{id} as {expected}: the export holds one kind of record")]
    WrongKind {
        /// The kind being exported.
        expected: &'static str,
        /// The kind of the stray record.
        found: &'static str,
        /// Its id.
        id: Id,
    },
    /// A format name that is not one we write.
    #[error("unknown export format {0:?} (expected \"csv\" or \"json\")")]
    UnknownFormat(String),
}

impl ExportError {
    /// Whether the reader went away (e.g. `spojka export … | head`), which is
    /// not worth an error message.
    pub fn is_broken_pipe(&self) -> bool {
        let io = match self {
            ExportError::Io { source, .. } => Some(source),
            ExportError::Csv { source, .. } => match source.kind() {
                ::csv::ErrorKind::Io(e) => Some(e),
                _ => None,
            },
            ExportError::Json { source, .. } => {
                return source.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe);
            }
            _ => None,
        };
        io.is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

/// Writes `records` in `format`; `mode` only matters for CSV.
pub fn write(
    out: &mut dyn std::io::Write,
    format: Format,
    kind: Kind,
    records: &[Record],
    names: &dyn Fn(Kind, Id) -> String,
    mode: CsvMode,
) -> Result<(), ExportError> {
    match format {
        Format::Csv => write_csv(out, kind, records, names, mode),
        Format::Json => write_json(out, kind, records),
    }
}

/// Refuses a record of another kind than the one being exported, so a column
/// never holds values of the wrong field.
fn check_kind(kind: Kind, record: &Record) -> Result<(), ExportError> {
    if record.kind() == kind {
        Ok(())
    } else {
        Err(ExportError::WrongKind {
            expected: kind.plural(),
            found: record.kind().plural(),
            id: record.id(),
        })
    }
}
