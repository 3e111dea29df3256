//! Importing spreadsheets: a CSV or XLSX file of one kind of record.
//!
//! The way through is in steps, each a pure function but the last:
//!
//! - [`read`]: bytes to a [`Table`] of cells with their positions (the
//!   sheet's own row numbers, the header's row 1), the separator and
//!   encoding of a CSV detected, an XLSX read through `calamine` after its
//!   archive's sizes are checked;
//! - [`mapping`]: which column is which field, guessed from the header in
//!   either language (the words come from the catalog as a [`Vocabulary`]),
//!   changed by the user, saved per user and header;
//! - [`rows`]: each row to a record through the same field parsing and
//!   checks a form uses, with every problem typed ({row, column, reason});
//! - [`plan`]: the dry run over the stored records: what would be created,
//!   updated, skipped as a duplicate, and which rows cannot be read;
//! - [`apply`]: the plan written as one store operation, refused when the
//!   records changed since the plan was made.
//!
//! Nothing here holds words: problems are typed values the catalog words.

pub mod apply;
pub mod mapping;
pub mod plan;
pub mod read;
pub mod rows;

pub use apply::{ApplyError, apply};
pub use mapping::{Mapping, Target, Vocabulary};
pub use plan::{Duplicates, Plan, Planned};
pub use read::{Encoding, ReadOptions, SheetFormat, Source, read};
pub use rows::{Reason, RowProblem};

/// The largest spreadsheet file read: a list of ten thousand contacts is a
/// megabyte or two.
pub const FILE_LIMIT: u64 = 20 * 1024 * 1024;

/// The most an XLSX archive may hold once unpacked, all its parts together.
pub const UNPACKED_LIMIT: u64 = 200 * 1024 * 1024;

/// The most rows a sheet may have.
pub const ROW_LIMIT: usize = 100_000;

/// The most columns a sheet may have.
pub const COLUMN_LIMIT: usize = 500;

/// The longest cell read, in characters: what Excel itself allows.
pub const CELL_LIMIT: usize = 32_767;

/// One cell as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing (or only spaces).
    Empty,
    /// Text, trimmed.
    Text(String),
    /// A number (XLSX): a date without a date format, an IČO, a phone.
    Number(f64),
    /// A date or date-time with a date format (XLSX).
    Date(chrono::NaiveDateTime),
    /// TRUE or FALSE (XLSX).
    Bool(bool),
    /// A spreadsheet error value (`#N/A`, `#REF!`).
    Error(String),
}

impl Cell {
    /// Whether the cell holds nothing.
    pub fn is_empty(&self) -> bool {
        matches!(self, Cell::Empty)
    }

    /// The cell as text: numbers without a needless `.0`, dates in ISO.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) | Cell::Error(text) => text.clone(),
            Cell::Number(n) => number_text(*n),
            Cell::Date(at) => {
                if at.time() == chrono::NaiveTime::MIN {
                    at.date().format("%Y-%m-%d").to_string()
                } else {
                    at.format("%Y-%m-%d %H:%M").to_string()
                }
            }
            Cell::Bool(b) => b.to_string(),
        }
    }
}

/// A number as a person writes it: `25755277`, not `25755277.0`.
fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{n:.0}")
    } else {
        n.to_string()
    }
}

/// One row of a sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The row's number as the spreadsheet shows it (1 is the first row).
    pub number: u32,
    /// The cells, by column (0 is column A); missing cells are empty.
    pub cells: Vec<Cell>,
}

impl Row {
    /// Whether every cell is empty.
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(Cell::is_empty)
    }

    /// The cell in column `col` (empty past the row's end).
    pub fn cell(&self, col: usize) -> &Cell {
        self.cells.get(col).unwrap_or(&Cell::Empty)
    }
}

/// A sheet read from a file: where it came from and its rows, blank rows
/// left out (their numbers are skipped, as in the spreadsheet).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// What was read and how (format, sheet, separator, encoding).
    pub source: Source,
    /// The rows with something in them, in order.
    pub rows: Vec<Row>,
    /// Header cells that a merged cell covers (column indexes, besides the
    /// first of each merge): they have no header of their own.
    pub merged: Vec<(u32, usize)>,
}

/// The name of column `col` (0-based) as a spreadsheet shows it: A … Z,
/// AA … .
pub fn column_name(col: usize) -> String {
    let mut n = col + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Why a file could not be read at all (a row that cannot be read is a
/// [`RowProblem`] instead).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SheetError {
    /// The file holds no bytes.
    #[error("the file is empty")]
    Empty,
    /// The file is not what its name (or `--format`) says.
    #[error("the file is not {expected:?}: it looks like {found:?}")]
    NotWhatItSays {
        /// The format expected.
        expected: SheetFormat,
        /// What it looks like instead ("a ZIP archive", "text", "binary data").
        found: Found,
    },
    /// The XLSX archive or its XML could not be read.
    #[error("the XLSX file cannot be read: {0}")]
    Xlsx(String),
    /// A part of the archive unpacks to more than it may.
    #[error("the XLSX archive unpacks to more than {limit} bytes ({part})")]
    Unpacked {
        /// The part (file inside the archive), or "all parts".
        part: String,
        /// The limit, in bytes.
        limit: u64,
    },
    /// `--sheet` names a sheet the workbook does not have.
    #[error("no sheet {name:?}; the workbook has {sheets:?}")]
    NoSuchSheet {
        /// The name given.
        name: String,
        /// The sheets there are.
        sheets: Vec<String>,
    },
    /// The workbook has no sheet with anything in it.
    #[error("the workbook has no sheet")]
    NoSheet,
    /// No row looks like a header (the sheet is empty, or no row names
    /// two or more columns).
    #[error("no header row in sheet {sheet:?}")]
    NoHeader {
        /// The sheet (the file's name for a CSV).
        sheet: String,
    },
    /// The bytes are not text in the encoding given or detected.
    #[error("not {encoding:?} text at row {row}")]
    Encoding {
        /// The encoding.
        encoding: Encoding,
        /// The row (line) of the first byte that is not.
        row: u32,
    },
    /// The CSV reader refused the file.
    #[error("CSV row {row}: {message}")]
    Csv {
        /// The row.
        row: u32,
        /// What the reader said.
        message: String,
    },
    /// More rows than [`ROW_LIMIT`].
    #[error("more than {limit} rows")]
    TooManyRows {
        /// The limit.
        limit: usize,
    },
    /// More columns than [`COLUMN_LIMIT`].
    #[error("more than {limit} columns (row {row})")]
    TooManyColumns {
        /// The limit.
        limit: usize,
        /// The row that has them.
        row: u32,
    },
}

/// What a file looks like, when it is not what it should be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// A ZIP archive (an XLSX, an ODS, a DOCX…).
    Zip,
    /// An old binary Office file (XLS, DOC).
    OleBinary,
    /// Text.
    Text,
    /// Bytes that are neither.
    Binary,
}
