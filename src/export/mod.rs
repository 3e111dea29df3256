//! Exports of one kind of record to CSV (for spreadsheets and scripts), to
//! XLSX (for spreadsheets, with typed cells), to JSON (spojka's long-term
//! format, see `DESIGN.md`), and of meetings to iCalendar (for calendar
//! programs, written by [`crate::ical`]).
//!
//! Exports take the records as a slice, in the order to write them: the TUI
//! passes its list as filtered and sorted, the command line passes everything in
//! id order. References are named through a resolver the caller provides, so
//! this module does not need to know where the records came from.

mod coverage;
mod csv;
mod json;
mod xlsx;

pub use self::coverage::{write_coverage_csv, write_coverage_csv_with};
pub use self::csv::{Column, write_csv, write_csv_with};
pub use self::json::write_json;
pub use self::xlsx::{CELL_LIMIT, CUT_MARK, ROW_LIMIT, Written, fit, sheet_name, write_xlsx};

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
    /// iCalendar (RFC 5545) for calendar programs; meetings only.
    Ics,
    /// An Excel workbook (Office Open XML) with typed cells, for
    /// spreadsheets; a binary file, so never written to a terminal.
    Xlsx,
}

impl Format {
    /// The usual file extension (and the name on the command line).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Ics => "ics",
            Format::Xlsx => "xlsx",
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
            "ics" | "ical" | "icalendar" => Ok(Format::Ics),
            "xlsx" => Ok(Format::Xlsx),
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
    /// The XLSX writer refused the workbook.
    #[error("{what}: {source}")]
    Xlsx {
        /// What was being written.
        what: String,
        /// What rust_xlsxwriter said.
        source: rust_xlsxwriter::XlsxError,
    },
    /// More records than one sheet of a workbook holds.
    #[error(
        "{count} {kind} do not fit in one XLSX sheet, which holds {limit} rows; use csv or json"
    )]
    TooManyRows {
        /// The kind being exported.
        kind: &'static str,
        /// How many records.
        count: usize,
        /// The most a sheet holds.
        limit: usize,
    },
    /// An XLSX export to a terminal, where it would show as garbage.
    #[error(
        "an XLSX file is not for a terminal: give --out FILE, or redirect the output (… > file.xlsx)"
    )]
    XlsxToTerminal,
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
    #[error("unknown export format {0:?} (expected \"csv\", \"xlsx\", \"json\" or \"ics\")")]
    UnknownFormat(String),
    /// iCalendar asked for a kind other than meetings.
    #[error(
        "iCalendar export is for meetings only, not {kind}; use --kind meetings, or csv or json for {kind}"
    )]
    IcsOnlyMeetings {
        /// The kind asked for.
        kind: &'static str,
    },
    /// [`write`] was asked for iCalendar, which needs people's e-mail
    /// addresses besides their names: callers use [`write_ics`].
    #[error("iCalendar export needs the people's e-mail addresses; it is written by write_ics")]
    IcsNeedsAddresses,
    /// Writing the iCalendar file failed.
    #[error(transparent)]
    Ical(#[from] crate::ical::IcalError),
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
            ExportError::Ical(e) => return e.is_broken_pipe(),
            _ => None,
        };
        io.is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

/// Writes `records` in `format`; `mode` only matters for CSV. iCalendar needs
/// e-mail addresses too, so it is written by [`write_ics`] instead. XLSX is
/// written as for scripts here (the stable column names and choice codes, a
/// sheet named by the kind's stable name); [`write_xlsx`] writes it in a
/// language and says how many cells it cut.
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
        Format::Xlsx => {
            write_xlsx(out, kind, records, names, kind.plural(), &|c| c.code()).map(|_| ())
        }
        Format::Ics if kind != Kind::Meeting => Err(ExportError::IcsOnlyMeetings {
            kind: kind.plural(),
        }),
        Format::Ics => Err(ExportError::IcsNeedsAddresses),
    }
}

/// Writes meeting `records` as an iCalendar file: `names` names facilities
/// and people, `emails` gives a person's e-mail address, `now` is the
/// DTSTAMP. Records of another kind are refused.
pub fn write_ics(
    out: &mut dyn std::io::Write,
    records: &[Record],
    names: &dyn Fn(Kind, Id) -> String,
    emails: &dyn Fn(Id) -> Option<String>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), ExportError> {
    for record in records {
        check_kind(Kind::Meeting, record)?;
    }
    let meetings = records.iter().filter_map(|record| match record {
        Record::Meeting(meeting) => Some(meeting),
        _ => None,
    });
    Ok(crate::ical::write_each(out, meetings, names, emails, now)?)
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
