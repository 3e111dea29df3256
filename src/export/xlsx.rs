//! XLSX export: one worksheet of one kind of record, for spreadsheets.
//!
//! The columns are the CSV export's ([`super::Column`]); the cells are
//! typed: dates and date-times are Excel dates with a date format, ids are
//! numbers, archived is TRUE or FALSE, and everything else (IČO, phone
//! numbers, postcodes included) is text, so `00064581` keeps its zeros. A
//! text cell is never a formula, whatever it starts with (`=`, `+`, `-`,
//! `@`): unlike CSV, no apostrophe is needed to keep a spreadsheet from
//! running it. The header row is bold, frozen and filtered; the widths of
//! the columns come from what they hold. Excel keeps at most 32,767
//! characters in a cell: a longer text is cut, ends with `…`, and is
//! counted in [`Written::cut`].
//!
//! Rows are written in order in rust_xlsxwriter's constant-memory mode:
//! each row goes to a temporary file as soon as the next one starts, so a
//! sheet of 100,000 meetings does not sit in memory as cells.

use super::csv::{columns, ids, is_reference};
use super::{Column, ExportError, check_kind};
use crate::domain::field::{parse_date, parse_date_time};
use crate::domain::{FieldKind, FieldValue, Id, Kind, Record, Timestamp};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use std::borrow::Cow;

/// The most a cell holds, in UTF-16 code units (Excel's own measure).
pub const CELL_LIMIT: usize = 32_767;
/// The most records one sheet holds: Excel's rows less the header.
pub const ROW_LIMIT: usize = 1_048_575;
/// What ends a cell that was cut.
pub const CUT_MARK: char = '…';
/// The widest a column is made, in characters.
const WIDTH_CAP: usize = 60;
/// How dates show: ISO, as spojka shows and stores them, in any language.
const DATE_FORMAT: &str = "yyyy-mm-dd";
/// How a meeting's start and end show.
const DATE_TIME_FORMAT: &str = "yyyy-mm-dd hh:mm";
/// How the times a record was created and changed show.
const STAMP_FORMAT: &str = "yyyy-mm-dd hh:mm:ss";
/// Room for the filter button beside a header's name.
const FILTER_BUTTON: usize = 3;

/// What an XLSX export did besides writing the file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    /// Cells over Excel's 32,767 characters, cut and marked with `…`.
    pub cut: usize,
}

/// Writes `records` of `kind` as an XLSX workbook of one sheet named
/// `sheet` (made fit for a sheet name: 31 characters at most, without
/// `[]:*?/\`). `label` names each column in the header row and each option
/// of a choice list in the cells (labels in a language, or the stable codes
/// for scripts); `names` names referenced records.
pub fn write_xlsx(
    out: &mut dyn std::io::Write,
    kind: Kind,
    records: &[Record],
    names: &dyn Fn(Kind, Id) -> String,
    sheet: &str,
    label: &dyn Fn(Column<'_>) -> String,
) -> Result<Written, ExportError> {
    let what = format!("writing the XLSX of {}", kind.plural());
    let failed = |source: XlsxError| ExportError::Xlsx {
        what: what.clone(),
        source,
    };
    for record in records {
        check_kind(kind, record)?;
    }
    if records.len() > ROW_LIMIT {
        return Err(ExportError::TooManyRows {
            kind: kind.plural(),
            count: records.len(),
            limit: ROW_LIMIT,
        });
    }
    let mut book = Workbook::new();
    // Compressing the sheet's XML is most of the time a large export takes:
    // the fastest level makes the file about a third larger and is several
    // times quicker.
    book.set_zip_compression_level(1);
    let worksheet = book.add_worksheet_with_constant_memory().map_err(failed)?;
    worksheet
        .set_name(sheet_name(sheet, kind))
        .map_err(failed)?;
    let mut writer = Writer {
        sheet: worksheet,
        widths: Vec::new(),
        cut: 0,
        bold: Format::new().set_bold(),
        date: Format::new().set_num_format(DATE_FORMAT),
        date_time: Format::new().set_num_format(DATE_TIME_FORMAT),
        stamp: Format::new().set_num_format(STAMP_FORMAT),
    };
    let columns = columns(kind);
    writer.widths = vec![0; columns.len()];
    for (col, column) in columns.iter().enumerate() {
        writer.header(col as u16, &label(*column)).map_err(failed)?;
    }
    for (index, record) in records.iter().enumerate() {
        // Within ROW_LIMIT, checked above.
        let row = index as u32 + 1;
        writer.record(row, record, names, label).map_err(failed)?;
    }
    let last_col = columns.len().saturating_sub(1) as u16;
    let Writer {
        sheet: worksheet,
        widths,
        cut,
        ..
    } = writer;
    worksheet.set_freeze_panes(1, 0).map_err(failed)?;
    worksheet
        .autofilter(0, 0, records.len() as u32, last_col)
        .map_err(failed)?;
    for (col, width) in widths.iter().enumerate() {
        let width = (*width).clamp(4, WIDTH_CAP) + 1;
        worksheet
            .set_column_width(col as u16, width as f64)
            .map_err(failed)?;
    }
    let bytes = book.save_to_buffer().map_err(failed)?;
    out.write_all(&bytes)
        .and_then(|()| out.flush())
        .map_err(|source| ExportError::Io {
            what: what.clone(),
            source,
        })?;
    Ok(Written { cut })
}

/// A sheet name Excel accepts: without `[]:*?/\`, not starting or ending
/// with `'`, at most 31 characters; the kind's stable name if nothing is
/// left.
pub fn sheet_name(wanted: &str, kind: Kind) -> String {
    let cleaned: String = wanted
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') && !c.is_control())
        .take(31)
        .collect();
    let cleaned = cleaned.trim().trim_matches('\'').trim();
    if cleaned.is_empty() {
        kind.plural().to_string()
    } else {
        cleaned.to_string()
    }
}

/// `text` fit for a cell: as it is, or cut to Excel's limit with `…` at the
/// end (and `cut` counted up).
pub fn fit<'a>(text: &'a str, cut: &mut usize) -> Cow<'a, str> {
    // A char is at most two UTF-16 units: shorter texts need no counting.
    if text.len() <= CELL_LIMIT || text.encode_utf16().count() <= CELL_LIMIT {
        return Cow::Borrowed(text);
    }
    *cut += 1;
    let room = CELL_LIMIT - CUT_MARK.len_utf16();
    let mut used = 0;
    let mut end = 0;
    for (at, c) in text.char_indices() {
        if used + c.len_utf16() > room {
            break;
        }
        used += c.len_utf16();
        end = at + c.len_utf8();
    }
    let mut shown = String::with_capacity(end + CUT_MARK.len_utf8());
    shown.push_str(&text[..end]);
    shown.push(CUT_MARK);
    Cow::Owned(shown)
}

/// How wide a text shows: its longest line, in characters, counted no
/// further than the widest column.
fn shown_width(text: &str) -> usize {
    text.lines()
        .map(|line| line.chars().take(WIDTH_CAP + 1).count())
        .max()
        .unwrap_or(0)
}

/// The sheet being written, with what the columns need to be wide enough
/// and how many cells were cut.
struct Writer<'a> {
    sheet: &'a mut Worksheet,
    widths: Vec<usize>,
    cut: usize,
    bold: Format,
    date: Format,
    date_time: Format,
    stamp: Format,
}

impl Writer<'_> {
    fn widen(&mut self, col: u16, width: usize) {
        if let Some(w) = self.widths.get_mut(usize::from(col)) {
            *w = (*w).max(width);
        }
    }

    fn header(&mut self, col: u16, name: &str) -> Result<(), XlsxError> {
        let shown = fit(name, &mut self.cut);
        self.widen(col, shown_width(&shown) + FILTER_BUTTON);
        self.sheet
            .write_string_with_format(0, col, shown.as_ref(), &self.bold)?;
        Ok(())
    }

    /// A text cell: never a formula, cut if too long.
    fn text(&mut self, row: u32, col: u16, text: &str) -> Result<(), XlsxError> {
        if text.is_empty() {
            return Ok(());
        }
        let shown = fit(text, &mut self.cut);
        self.widen(col, shown_width(&shown));
        self.sheet.write_string(row, col, shown.as_ref())?;
        Ok(())
    }

    fn number(&mut self, row: u32, col: u16, n: u64) -> Result<(), XlsxError> {
        self.widen(col, n.to_string().len());
        self.sheet.write_number(row, col, n as f64)?;
        Ok(())
    }

    /// A date cell, or the text as it is when it is not a date Excel can
    /// hold (before 1900, or not a date at all).
    fn date(&mut self, row: u32, col: u16, text: &str) -> Result<(), XlsxError> {
        match parse_date(text).and_then(|d| excel_date(d).ok()) {
            Some(date) => {
                self.widen(col, 10);
                self.sheet
                    .write_datetime_with_format(row, col, &date, &self.date)?;
                Ok(())
            }
            None => self.text(row, col, text),
        }
    }

    /// A date-time cell, or the text as it is.
    fn date_time(&mut self, row: u32, col: u16, text: &str) -> Result<(), XlsxError> {
        match parse_date_time(text).and_then(|at| excel_date_time(at).ok()) {
            Some(at) => {
                self.widen(col, 16);
                self.sheet
                    .write_datetime_with_format(row, col, &at, &self.date_time)?;
                Ok(())
            }
            None => self.text(row, col, text),
        }
    }

    /// When a record was created or changed, on Prague's clock as everything
    /// else in spojka is shown.
    fn stamp(&mut self, row: u32, col: u16, at: Timestamp) -> Result<(), XlsxError> {
        let local = crate::domain::prague::wall_clock(at);
        match excel_date_time(local) {
            Ok(at) => {
                self.widen(col, 19);
                self.sheet
                    .write_datetime_with_format(row, col, &at, &self.stamp)?;
                Ok(())
            }
            Err(_) => self.text(row, col, &local.format("%Y-%m-%d %H:%M:%S").to_string()),
        }
    }

    /// One record's row, in the order of [`columns`].
    fn record(
        &mut self,
        row: u32,
        record: &Record,
        names: &dyn Fn(Kind, Id) -> String,
        label: &dyn Fn(Column<'_>) -> String,
    ) -> Result<(), XlsxError> {
        let meta = record.meta();
        self.number(row, 0, meta.id)?;
        let mut col: u16 = 0;
        for (def, value) in record.kind().fields().iter().zip(record.values()) {
            col += 1;
            match (def.kind, &value) {
                (FieldKind::Date, FieldValue::Text(text)) => self.date(row, col, text)?,
                (FieldKind::DateTime, FieldValue::Text(text)) => self.date_time(row, col, text)?,
                (FieldKind::Choice(set), FieldValue::Choice(Some(i))) => {
                    self.text(row, col, &label(Column::Choice(set, *i)))?
                }
                (FieldKind::Multi(set), FieldValue::Multi(list)) => {
                    let labels: Vec<String> = list
                        .iter()
                        .map(|i| label(Column::Choice(set, *i)))
                        .collect();
                    self.text(row, col, &labels.join(", "))?
                }
                _ => self.text(row, col, &value.plain(def.kind, names))?,
            }
            if is_reference(def.kind) {
                col += 1;
                match value {
                    FieldValue::Ref(Some(id)) => self.number(row, col, id)?,
                    _ => self.text(row, col, &ids(&value))?,
                }
            }
        }
        self.sheet.write_boolean(row, col + 1, meta.archived)?;
        self.widen(col + 1, 5);
        self.stamp(row, col + 2, meta.created)?;
        self.stamp(row, col + 3, meta.updated)?;
        Ok(())
    }
}

fn excel_date(date: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    let year =
        u16::try_from(date.year()).map_err(|_| XlsxError::DateTimeRangeError(date.to_string()))?;
    ExcelDateTime::from_ymd(year, date.month() as u8, date.day() as u8)
}

fn excel_date_time(at: NaiveDateTime) -> Result<ExcelDateTime, XlsxError> {
    excel_date(at.date())?.and_hms(at.hour() as u16, at.minute() as u8, at.second())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_kept_and_long_text_cut_with_a_mark() {
        let mut cut = 0;
        assert_eq!(fit("Plzeň", &mut cut), "Plzeň");
        let exact = "a".repeat(CELL_LIMIT);
        assert_eq!(fit(&exact, &mut cut).len(), CELL_LIMIT);
        assert_eq!(cut, 0);
        let long = "č".repeat(CELL_LIMIT + 5);
        let shown = fit(&long, &mut cut);
        assert_eq!(cut, 1);
        assert_eq!(shown.encode_utf16().count(), CELL_LIMIT);
        assert!(shown.ends_with(CUT_MARK));
        // An emoji is two UTF-16 units: never split in half.
        let emoji = "😀".repeat(CELL_LIMIT);
        let shown = fit(&emoji, &mut cut);
        assert!(shown.encode_utf16().count() <= CELL_LIMIT);
        assert!(shown.ends_with(CUT_MARK));
        assert_eq!(cut, 2);
    }

    #[test]
    fn sheet_names_are_made_fit_for_excel() {
        assert_eq!(sheet_name("Schůzky", Kind::Meeting), "Schůzky");
        assert_eq!(sheet_name("a/b:c[d]*?\\", Kind::Meeting), "abcd");
        assert_eq!(sheet_name(&"x".repeat(40), Kind::Meeting).len(), 31);
        assert_eq!(sheet_name("'[]'", Kind::Meeting), "meetings");
    }
}
