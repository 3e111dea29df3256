//! Bytes to a [`Table`]: a CSV through the `csv` crate after its encoding
//! and separator are worked out, an XLSX through `calamine` after the
//! archive's unpacked sizes are checked (a file of a megabyte can unpack
//! to gigabytes), read cell by cell so a sheet with one cell far away
//! costs nothing.

use super::{
    CELL_LIMIT, COLUMN_LIMIT, Cell, Found, ROW_LIMIT, Row, SheetError, Table, UNPACKED_LIMIT,
};
use calamine::{DataRef, Reader as _, Xlsx};
use std::collections::BTreeMap;
use std::io::{Cursor, Read};

/// The spreadsheet formats read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SheetFormat {
    /// Comma- (or semicolon-, tab-) separated values.
    Csv,
    /// Office Open XML workbook (Excel, LibreOffice).
    Xlsx,
}

/// Text encodings a CSV file may come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8 (with or without a byte order mark).
    Utf8,
    /// UTF-16, little- or big-endian by its byte order mark (Excel's
    /// "Unicode text").
    Utf16,
    /// Windows-1250: what Czech Excel writes for "CSV".
    Windows1250,
    /// ISO-8859-2 (Latin-2), which differs from Windows-1250 on Š Ť Ž š ť ž.
    Iso8859_2,
}

impl Encoding {
    /// Every encoding, in the order `--encoding` lists them.
    pub const ALL: [Encoding; 4] = [
        Encoding::Utf8,
        Encoding::Utf16,
        Encoding::Windows1250,
        Encoding::Iso8859_2,
    ];

    /// The name on the command line and in reports.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16 => "utf-16",
            Encoding::Windows1250 => "windows-1250",
            Encoding::Iso8859_2 => "iso-8859-2",
        }
    }

    /// The encoding named `name` (case and `_` ignored; `cp1250`, `latin2`
    /// too).
    pub fn from_name(name: &str) -> Option<Encoding> {
        let name = name.trim().to_ascii_lowercase().replace('_', "-");
        match name.as_str() {
            "utf-8" | "utf8" => Some(Encoding::Utf8),
            "utf-16" | "utf16" | "unicode" => Some(Encoding::Utf16),
            "windows-1250" | "cp1250" | "win1250" => Some(Encoding::Windows1250),
            "iso-8859-2" | "latin2" | "latin-2" | "iso8859-2" => Some(Encoding::Iso8859_2),
            _ => None,
        }
    }
}

/// How to read a file: the format, and what the user set instead of
/// letting it be detected.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// The format (from the file's name or `--format`); None: from the
    /// bytes.
    pub format: Option<SheetFormat>,
    /// The sheet of a workbook; None: the first visible one.
    pub sheet: Option<String>,
    /// The CSV separator; None: detected.
    pub separator: Option<u8>,
    /// The CSV encoding; None: detected.
    pub encoding: Option<Encoding>,
}

/// What was read, and how: shown before the mapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The format read.
    pub format: SheetFormat,
    /// The sheet read (XLSX), and every sheet the workbook has.
    pub sheet: Option<(String, Vec<String>)>,
    /// The separator (CSV), and whether it was detected (not given).
    pub separator: Option<(u8, bool)>,
    /// The encoding (CSV), whether it had a byte order mark, and whether
    /// it was detected.
    pub encoding: Option<(Encoding, bool, bool)>,
}

/// The format a file's name says: `.csv`, `.txt`, `.tsv` or `.xlsx`.
pub fn format_of_name(name: &std::path::Path) -> Option<SheetFormat> {
    let ext = name.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "csv" | "txt" | "tsv" => Some(SheetFormat::Csv),
        "xlsx" | "xlsm" => Some(SheetFormat::Xlsx),
        _ => None,
    }
}

/// What the first bytes of a file look like.
pub fn sniff(bytes: &[u8]) -> Found {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Found::Zip
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        Found::OleBinary
    } else if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        Found::Text
    } else {
        let head = &bytes[..bytes.len().min(4096)];
        if head.contains(&0) {
            Found::Binary
        } else {
            Found::Text
        }
    }
}

/// Reads a spreadsheet file's bytes into a table.
pub fn read(bytes: &[u8], options: &ReadOptions) -> Result<Table, SheetError> {
    if bytes.is_empty() {
        return Err(SheetError::Empty);
    }
    let found = sniff(bytes);
    let format = options.format.unwrap_or(match found {
        Found::Zip => SheetFormat::Xlsx,
        _ => SheetFormat::Csv,
    });
    match (format, found) {
        (SheetFormat::Xlsx, Found::Zip) => read_xlsx(bytes, options),
        (SheetFormat::Csv, Found::Text) => read_csv(bytes, options),
        (expected, found) => Err(SheetError::NotWhatItSays { expected, found }),
    }
}

// ---------------------------------------------------------------- CSV ----

/// The text of a CSV file, with the encoding used and whether it had a BOM.
fn decode(bytes: &[u8], given: Option<Encoding>) -> Result<(String, Encoding, bool), SheetError> {
    use encoding_rs::{ISO_8859_2, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1250};
    let (bom_encoding, bom_len) = match encoding_rs::Encoding::for_bom(bytes) {
        Some((e, len)) => (Some(e), len),
        None => (None, 0),
    };
    let bom = bom_len > 0;
    let encoding = match given {
        Some(e) => e,
        None => match bom_encoding {
            Some(e) if e == UTF_8 => Encoding::Utf8,
            Some(_) => Encoding::Utf16,
            None => guess(bytes),
        },
    };
    let body = &bytes[bom_len..];
    let decoder = match encoding {
        Encoding::Utf8 => UTF_8,
        Encoding::Utf16 => match bom_encoding {
            Some(e) if e == UTF_16BE => UTF_16BE,
            Some(e) if e == UTF_16LE => UTF_16LE,
            _ if looks_big_endian(body) => UTF_16BE,
            _ => UTF_16LE,
        },
        Encoding::Windows1250 => WINDOWS_1250,
        Encoding::Iso8859_2 => ISO_8859_2,
    };
    let (text, had_errors) = decoder.decode_without_bom_handling(body);
    if had_errors {
        let row = first_bad_row(body, decoder);
        return Err(SheetError::Encoding { encoding, row });
    }
    Ok((text.into_owned(), encoding, bom))
}

/// The row (line) of the first byte `decoder` refuses.
fn first_bad_row(body: &[u8], decoder: &'static encoding_rs::Encoding) -> u32 {
    let mut dec = decoder.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(body.len() * 2 + 16);
    let (result, read) = dec.decode_to_string_without_replacement(body, &mut out, true);
    let _ = result;
    let lines = out.matches('\n').count() + 1;
    let _ = read;
    u32::try_from(lines).unwrap_or(u32::MAX)
}

/// UTF-16 without a BOM: big-endian when the zero bytes fall first.
fn looks_big_endian(body: &[u8]) -> bool {
    let pairs = body.chunks_exact(2).take(512);
    let (mut first, mut second) = (0, 0);
    for pair in pairs {
        first += usize::from(pair[0] == 0);
        second += usize::from(pair[1] == 0);
    }
    first > second
}

/// The encoding of a file with no byte order mark: UTF-8 when it is valid
/// UTF-8; UTF-16 when every other byte is zero; otherwise one of the two
/// Czech 8-bit encodings. Bytes 0x80–0x9F are letters in Windows-1250 (Š
/// is 0x8A) and control codes in ISO-8859-2, so they mean Windows-1250;
/// ISO-8859-2's Š Ť Ž š ť ž (0xA9 0xAB 0xAE 0xB9 0xBB 0xBE) are ©, «, ®,
/// ą, », ľ in Windows-1250, rare in Czech text, so without the former they
/// mean ISO-8859-2. Without either, the two read the same.
fn guess(bytes: &[u8]) -> Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return Encoding::Utf8;
    }
    let head = &bytes[..bytes.len().min(4096)];
    let zeros = head.iter().filter(|b| **b == 0).count();
    if zeros * 4 > head.len() {
        return Encoding::Utf16;
    }
    let c1 = bytes.iter().filter(|b| (0x80..=0x9F).contains(*b)).count();
    let latin2 = bytes
        .iter()
        .filter(|b| matches!(b, 0xA9 | 0xAB | 0xAE | 0xB9 | 0xBB | 0xBE))
        .count();
    if c1 == 0 && latin2 > 0 {
        Encoding::Iso8859_2
    } else {
        Encoding::Windows1250
    }
}

/// The separator of a CSV file: of `;`, `,` and tab, the one that splits
/// the first lines into the same number (above one) of cells most often,
/// counted outside quotes; `;` when nothing tells.
fn separator(text: &str) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    let mut best = (b';', 0usize, 0usize);
    for sep in [b';', b',', b'\t'] {
        let counts: Vec<usize> = lines.iter().map(|l| count_outside_quotes(l, sep)).collect();
        let header = counts.first().copied().unwrap_or(0);
        if header == 0 {
            continue;
        }
        let agreeing = counts.iter().filter(|c| **c == header).count();
        if (agreeing, header) > (best.1, best.2) {
            best = (sep, agreeing, header);
        }
    }
    best.0
}

fn count_outside_quotes(line: &str, sep: u8) -> usize {
    let mut quoted = false;
    let mut count = 0;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == sep && !quoted {
            count += 1;
        }
    }
    count
}

fn read_csv(bytes: &[u8], options: &ReadOptions) -> Result<Table, SheetError> {
    let (text, encoding, bom) = decode(bytes, options.encoding)?;
    let sep = options.separator.unwrap_or_else(|| separator(&text));
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sep)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    // Rows as a spreadsheet numbers them: a blank line is a row too, a
    // cell over several lines is one. A record's position is where the
    // reader started, blank lines before it included.
    let mut next_row: u64 = 1;
    let mut record = ::csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let at = record.position().map_or(0, |p| p.byte() as usize);
                let blanks = text
                    .get(at..)
                    .unwrap_or_default()
                    .bytes()
                    .take_while(|b| matches!(b, b'\r' | b'\n'))
                    .filter(|b| *b == b'\n')
                    .count() as u64;
                let number = next_row + blanks;
                next_row = number + 1;
                let number = u32::try_from(number).unwrap_or(u32::MAX);
                if record.len() > COLUMN_LIMIT {
                    return Err(SheetError::TooManyColumns {
                        limit: COLUMN_LIMIT,
                        row: number,
                    });
                }
                let cells = record.iter().map(text_cell).collect();
                let row = Row { number, cells };
                if !row.is_blank() {
                    if rows.len() >= ROW_LIMIT {
                        return Err(SheetError::TooManyRows { limit: ROW_LIMIT });
                    }
                    rows.push(row);
                }
            }
            Err(e) => {
                let row = next_row;
                return Err(SheetError::Csv {
                    row: u32::try_from(row).unwrap_or(u32::MAX),
                    message: e.to_string(),
                });
            }
        }
    }
    Ok(Table {
        source: super::Source {
            format: SheetFormat::Csv,
            sheet: None,
            separator: Some((sep, options.separator.is_none())),
            encoding: Some((encoding, bom, options.encoding.is_none())),
        },
        rows,
        merged: Vec::new(),
    })
}

/// A cell of text: trimmed, a spreadsheet's formula guard (a leading `'`
/// before `=`, `+`, `-`, `@`, as spojka's own exports write) taken off.
fn text_cell(raw: &str) -> Cell {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Cell::Empty;
    }
    let unguarded = match trimmed.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => trimmed,
    };
    Cell::Text(unguarded.to_string())
}

// --------------------------------------------------------------- XLSX ----

/// Refuses an archive that unpacks to more than [`UNPACKED_LIMIT`]: by
/// what its directory says, then by what its parts really unpack to (a
/// directory can lie), never reading past the limit.
fn check_archive(bytes: &[u8]) -> Result<(), SheetError> {
    let xlsx_error = |e: zip::result::ZipError| SheetError::Xlsx(e.to_string());
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(xlsx_error)?;
    let too_much = |part: String| SheetError::Unpacked {
        part,
        limit: UNPACKED_LIMIT,
    };
    let mut said: u64 = 0;
    for i in 0..archive.len() {
        let part = archive.by_index_raw(i).map_err(xlsx_error)?;
        said = said.saturating_add(part.size());
        if part.size() > UNPACKED_LIMIT || said > UNPACKED_LIMIT {
            return Err(too_much(
                part.name().map(|n| n.into_owned()).unwrap_or_default(),
            ));
        }
    }
    let mut left = UNPACKED_LIMIT;
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).map_err(xlsx_error)?;
        let name = part.name().map(|n| n.into_owned()).unwrap_or_default();
        let declared = part.size();
        let mut limited = (&mut part).take(left.min(declared).saturating_add(1));
        let real = std::io::copy(&mut limited, &mut std::io::sink())
            .map_err(|e| SheetError::Xlsx(format!("{name}: {e}")))?;
        if real > declared || real > left {
            return Err(too_much(name));
        }
        left -= real;
    }
    Ok(())
}

fn read_xlsx(bytes: &[u8], options: &ReadOptions) -> Result<Table, SheetError> {
    check_archive(bytes)?;
    let xlsx_error = |e: calamine::XlsxError| SheetError::Xlsx(e.to_string());
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(xlsx_error)?;
    let sheets: Vec<String> = book.sheet_names();
    let name = match &options.sheet {
        Some(wanted) => sheets
            .iter()
            .find(|s| s.as_str() == wanted.as_str())
            .or_else(|| sheets.iter().find(|s| s.eq_ignore_ascii_case(wanted)))
            .cloned()
            .ok_or_else(|| SheetError::NoSuchSheet {
                name: wanted.clone(),
                sheets: sheets.clone(),
            })?,
        None => {
            let visible = book
                .sheets_metadata()
                .iter()
                .find(|s| s.visible == calamine::SheetVisible::Visible)
                .map(|s| s.name.clone());
            visible
                .or_else(|| sheets.first().cloned())
                .ok_or(SheetError::NoSheet)?
        }
    };
    let merges = book.merge_cells_by_sheet_name(&name).map_err(xlsx_error)?;
    let mut by_row: BTreeMap<u32, Vec<(usize, Cell)>> = BTreeMap::new();
    let mut columns: std::collections::BTreeSet<u32> = std::collections::BTreeSet::new();
    {
        let mut cells = book.worksheet_cells_reader(&name).map_err(xlsx_error)?;
        while let Some(cell) = cells.next_cell().map_err(xlsx_error)? {
            let (row, col) = cell.get_position();
            let value = data_cell(cell.get_value());
            if value.is_empty() {
                continue;
            }
            columns.insert(col);
            let number = row.saturating_add(1);
            if columns.len() > COLUMN_LIMIT || col as usize >= COLUMN_LIMIT * 4 {
                return Err(SheetError::TooManyColumns {
                    limit: COLUMN_LIMIT,
                    row: number,
                });
            }
            if !by_row.contains_key(&number) && by_row.len() >= ROW_LIMIT {
                return Err(SheetError::TooManyRows { limit: ROW_LIMIT });
            }
            by_row
                .entry(number)
                .or_default()
                .push((col as usize, value));
        }
    }
    let rows = by_row
        .into_iter()
        .map(|(number, cells)| {
            let width = cells.iter().map(|(c, _)| c + 1).max().unwrap_or(0);
            let mut row = vec![Cell::Empty; width];
            for (col, cell) in cells {
                row[col] = cell;
            }
            Row { number, cells: row }
        })
        .collect();
    let merged = merges
        .iter()
        .flat_map(|d| {
            let row = d.start.0.saturating_add(1);
            let (first, last) = (d.start.1 as usize, d.end.1 as usize);
            let last = last.min(first + COLUMN_LIMIT);
            (first + 1..=last).map(move |col| (row, col))
        })
        .collect();
    Ok(Table {
        source: super::Source {
            format: SheetFormat::Xlsx,
            sheet: Some((name, sheets)),
            separator: None,
            encoding: None,
        },
        rows,
        merged,
    })
}

/// A calamine value as a cell.
fn data_cell(value: &DataRef<'_>) -> Cell {
    match value {
        DataRef::Empty => Cell::Empty,
        DataRef::String(s) => text_cell(s),
        DataRef::SharedString(s) => text_cell(s),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => text_cell(s),
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::Error(e) => Cell::Error(e.to_string()),
        DataRef::DateTime(dt) => {
            if dt.is_datetime() {
                excel_date(dt).map_or(Cell::Number(dt.as_f64()), Cell::Date)
            } else {
                Cell::Number(dt.as_f64())
            }
        }
    }
}

/// A date cell as a date and time (to the minute).
fn excel_date(dt: &calamine::ExcelDateTime) -> Option<chrono::NaiveDateTime> {
    let (y, mo, d, h, mi, s, _) = dt.to_ymd_hms_milli();
    chrono::NaiveDate::from_ymd_opt(i32::from(y), u32::from(mo), u32::from(d))?.and_hms_opt(
        u32::from(h),
        u32::from(mi),
        u32::from(s),
    )
}

/// A number read as a date: a cell holding an Excel serial day number (1
/// is 1900-01-01) where a date is expected but its format was lost.
pub fn serial_date(n: f64) -> Option<chrono::NaiveDateTime> {
    if !(1.0..2_958_466.0).contains(&n) {
        return None;
    }
    let dt = calamine::ExcelDateTime::new(n, calamine::ExcelDateTimeType::DateTime, false);
    excel_date(&dt)
}

/// The longest cell a file may have, for [`super::rows`]: refused over it.
pub fn too_long(text: &str) -> Option<usize> {
    let count = text.chars().count();
    (count > CELL_LIMIT).then_some(count)
}
