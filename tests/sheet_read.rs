//! Reading spreadsheets: CSV in the encodings and with the separators Czech
//! spreadsheets write, XLSX made by a real spreadsheet library (merged
//! header cells, empty rows, dates stored as numbers, trailing spaces), and
//! files that are not what they say, empty, too large or hostile.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use spojka::sheet::read::{format_of_name, sniff};
use spojka::sheet::{Cell, Encoding, Found, ReadOptions, SheetError, SheetFormat, Table, read};

fn csv(bytes: &[u8]) -> Table {
    let options = ReadOptions {
        format: Some(SheetFormat::Csv),
        ..ReadOptions::default()
    };
    read(bytes, &options).expect("csv reads")
}

fn xlsx(bytes: &[u8]) -> Result<Table, SheetError> {
    let options = ReadOptions {
        format: Some(SheetFormat::Xlsx),
        ..ReadOptions::default()
    };
    read(bytes, &options)
}

fn texts(table: &Table, row: usize) -> Vec<String> {
    table.rows[row].cells.iter().map(Cell::text).collect()
}

/// "Název;Kraj\nŠance Ťapky Žatec;Plzeňský kraj\n" in an 8-bit encoding.
fn czech_8bit(encoding: &'static encoding_rs_shim::Enc) -> Vec<u8> {
    encoding_rs_shim::encode(encoding, "Název;Kraj\nŠance Ťapky Žatec;Plzeňský kraj\n")
}

/// Encoding by hand, so the test does not trust the code under test: the
/// bytes of Š Ť Ž š ť ž and the other Czech letters in each code page.
mod encoding_rs_shim {
    pub struct Enc(pub &'static [(char, u8)]);

    pub static WINDOWS_1250: Enc = Enc(&[
        ('Š', 0x8A),
        ('Ť', 0x8D),
        ('Ž', 0x8E),
        ('š', 0x9A),
        ('ť', 0x9D),
        ('ž', 0x9E),
        ('á', 0xE1),
        ('ň', 0xF2),
        ('ý', 0xFD),
        ('é', 0xE9),
    ]);

    pub static ISO_8859_2: Enc = Enc(&[
        ('Š', 0xA9),
        ('Ť', 0xAB),
        ('Ž', 0xAE),
        ('š', 0xB9),
        ('ť', 0xBB),
        ('ž', 0xBE),
        ('á', 0xE1),
        ('ň', 0xF2),
        ('ý', 0xFD),
        ('é', 0xE9),
    ]);

    pub fn encode(enc: &Enc, text: &str) -> Vec<u8> {
        text.chars()
            .map(|c| {
                if c.is_ascii() {
                    c as u8
                } else {
                    enc.0
                        .iter()
                        .find(|(k, _)| *k == c)
                        .map(|(_, b)| *b)
                        .expect("letter in table")
                }
            })
            .collect()
    }
}

#[test]
fn windows_1250_is_detected_and_read_with_s_t_z() {
    let table = csv(&czech_8bit(&encoding_rs_shim::WINDOWS_1250));
    assert_eq!(
        table.source.encoding,
        Some((Encoding::Windows1250, false, true))
    );
    assert_eq!(table.source.separator, Some((b';', true)));
    assert_eq!(texts(&table, 1), ["Šance Ťapky Žatec", "Plzeňský kraj"]);
}

#[test]
fn iso_8859_2_is_told_from_windows_1250_by_s_t_z() {
    let table = csv(&czech_8bit(&encoding_rs_shim::ISO_8859_2));
    assert_eq!(
        table.source.encoding,
        Some((Encoding::Iso8859_2, false, true))
    );
    assert_eq!(texts(&table, 1), ["Šance Ťapky Žatec", "Plzeňský kraj"]);
}

#[test]
fn an_encoding_given_overrides_the_guess() {
    let bytes = czech_8bit(&encoding_rs_shim::ISO_8859_2);
    let options = ReadOptions {
        format: Some(SheetFormat::Csv),
        encoding: Some(Encoding::Windows1250),
        ..ReadOptions::default()
    };
    let table = read(&bytes, &options).expect("reads");
    assert_eq!(
        table.source.encoding,
        Some((Encoding::Windows1250, false, false))
    );
    // Read as Windows-1250, ISO-8859-2's Š is ©: the user asked for it.
    assert!(texts(&table, 1)[0].starts_with('©'));
}

#[test]
fn utf16_from_excel_unicode_text_is_read_with_tabs() {
    let text = "Název\tE-mail\nŠance\tinfo@sance.cz\n";
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    let table = csv(&bytes);
    assert_eq!(table.source.encoding, Some((Encoding::Utf16, true, true)));
    assert_eq!(table.source.separator, Some((b'\t', true)));
    assert_eq!(texts(&table, 1), ["Šance", "info@sance.cz"]);

    let mut big = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        big.extend(unit.to_be_bytes());
    }
    assert_eq!(texts(&csv(&big), 1), ["Šance", "info@sance.cz"]);
}

#[test]
fn utf8_with_and_without_bom_and_every_separator() {
    for sep in [",", ";", "\t"] {
        let body = format!("Název{sep}IČO\n\"Šance{sep} z. s.\"{sep}25755277\n");
        for bom in [true, false] {
            let mut bytes = if bom {
                b"\xEF\xBB\xBF".to_vec()
            } else {
                Vec::new()
            };
            bytes.extend(body.as_bytes());
            let table = csv(&bytes);
            assert_eq!(table.source.encoding, Some((Encoding::Utf8, bom, true)));
            assert_eq!(table.source.separator.map(|s| s.0), Some(sep.as_bytes()[0]));
            assert_eq!(texts(&table, 0), ["Název", "IČO"]);
            assert_eq!(
                texts(&table, 1),
                [format!("Šance{sep} z. s."), "25755277".into()]
            );
        }
    }
}

#[test]
fn csv_rows_are_numbered_as_a_spreadsheet_numbers_them() {
    // A blank line is row 3; a cell over two lines is one row (4).
    let table = csv(b"A;B\nx ;  y\n\n\"two\nlines\";z\nlast;1\n");
    let numbers: Vec<u32> = table.rows.iter().map(|r| r.number).collect();
    assert_eq!(numbers, [1, 2, 4, 5]);
    // Trailing and leading spaces are gone.
    assert_eq!(texts(&table, 1), ["x", "y"]);
    assert_eq!(texts(&table, 2), ["two\nlines", "z"]);
}

#[test]
fn a_formula_guard_of_our_own_exports_is_taken_off() {
    let table = csv(b"Telefon;Pozn\n'+420 777 123 456;'quoted\n");
    assert_eq!(texts(&table, 1), ["+420 777 123 456", "'quoted"]);
}

fn workbook() -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("NNO").expect("name");
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("d.m.yyyy");
    // A title merged over the columns, then the header with a merged cell.
    sheet
        .merge_range(0, 0, 0, 3, "Seznam organizací 2026", &bold)
        .expect("merge");
    sheet.write_string(1, 0, "Název").expect("write");
    sheet
        .merge_range(1, 1, 1, 2, "Kontakt", &bold)
        .expect("merge");
    sheet.write_string(1, 3, "Od").expect("write");
    sheet.write_string(2, 0, "Šance, z. s.   ").expect("write");
    sheet.write_string(2, 1, "Jana").expect("write");
    sheet.write_number(2, 2, 777123456).expect("write");
    let day = ExcelDateTime::from_ymd(2026, 3, 1).expect("date");
    sheet
        .write_datetime_with_format(2, 3, &day, &date)
        .expect("write");
    // Row 4 is empty; row 5 has a date stored as a plain number.
    sheet.write_string(4, 0, "Rubikon").expect("write");
    sheet.write_number(4, 3, 46082).expect("write");
    book.save_to_buffer().expect("xlsx")
}

#[test]
fn xlsx_from_a_spreadsheet_library_is_read_with_its_positions() {
    let bytes = workbook();
    assert_eq!(sniff(&bytes), Found::Zip);
    let table = xlsx(&bytes).expect("reads");
    assert_eq!(
        table.source.sheet,
        Some(("NNO".to_string(), vec!["NNO".to_string()]))
    );
    let numbers: Vec<u32> = table.rows.iter().map(|r| r.number).collect();
    assert_eq!(numbers, [1, 2, 3, 5]);
    assert_eq!(texts(&table, 1), ["Název", "Kontakt", "", "Od"]);
    // The merged header cell covers column C.
    assert!(table.merged.contains(&(2, 2)));
    assert_eq!(
        texts(&table, 2),
        ["Šance, z. s.", "Jana", "777123456", "2026-03-01"]
    );
    assert_eq!(table.rows[3].cells[3], Cell::Number(46082.0));
    assert_eq!(
        spojka::sheet::read::serial_date(46082.0).map(|d| d.date().to_string()),
        Some("2026-03-01".to_string())
    );
}

#[test]
fn a_sheet_is_chosen_by_name_and_a_missing_one_named() {
    let mut book = Workbook::new();
    book.add_worksheet().set_name("První").expect("name");
    let second = book.add_worksheet();
    second.set_name("Druhý").expect("name");
    second.write_string(0, 0, "Název").expect("write");
    let bytes = book.save_to_buffer().expect("xlsx");
    let options = ReadOptions {
        format: Some(SheetFormat::Xlsx),
        sheet: Some("Druhý".into()),
        ..ReadOptions::default()
    };
    let table = read(&bytes, &options).expect("reads");
    assert_eq!(texts(&table, 0), ["Název"]);
    let options = ReadOptions {
        sheet: Some("Třetí".into()),
        ..options
    };
    match read(&bytes, &options) {
        Err(SheetError::NoSuchSheet { name, sheets }) => {
            assert_eq!(name, "Třetí");
            assert_eq!(sheets, ["První", "Druhý"]);
        }
        other => panic!("expected no such sheet, got {other:?}"),
    }
}

#[test]
fn the_format_follows_the_name() {
    assert_eq!(format_of_name("a.CSV".as_ref()), Some(SheetFormat::Csv));
    assert_eq!(format_of_name("a.xlsx".as_ref()), Some(SheetFormat::Xlsx));
    assert_eq!(format_of_name("a.ics".as_ref()), None);
}

#[test]
fn a_file_that_is_not_what_its_name_says_is_refused() {
    let options = ReadOptions {
        format: Some(SheetFormat::Xlsx),
        ..ReadOptions::default()
    };
    assert_eq!(
        read(b"Nazev;ICO\n", &options),
        Err(SheetError::NotWhatItSays {
            expected: SheetFormat::Xlsx,
            found: Found::Text
        })
    );
    let options = ReadOptions {
        format: Some(SheetFormat::Csv),
        ..ReadOptions::default()
    };
    assert_eq!(
        read(&workbook(), &options),
        Err(SheetError::NotWhatItSays {
            expected: SheetFormat::Csv,
            found: Found::Zip
        })
    );
    assert_eq!(read(b"", &options), Err(SheetError::Empty));
    assert!(matches!(
        xlsx(b"PK\x03\x04 not really a zip"),
        Err(SheetError::Xlsx(_))
    ));
}

/// The central directory entries' uncompressed sizes set to `size`.
fn declare_sizes(mut bytes: Vec<u8>, size: u32) -> Vec<u8> {
    let mut at = 0;
    while let Some(found) = bytes[at..].windows(4).position(|w| w == b"PK\x01\x02") {
        let entry = at + found;
        bytes[entry + 24..entry + 28].copy_from_slice(&size.to_le_bytes());
        at = entry + 4;
    }
    bytes
}

#[test]
fn a_zip_bomb_is_refused_by_its_declared_sizes_before_reading() {
    // What a 1 MB file expanding to 1 GB declares.
    let bomb = declare_sizes(workbook(), 1 << 30);
    match xlsx(&bomb) {
        Err(SheetError::Unpacked { limit, .. }) => {
            assert_eq!(limit, spojka::sheet::UNPACKED_LIMIT)
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_zip_that_lies_about_its_sizes_is_refused_too() {
    let liar = declare_sizes(workbook(), 10);
    assert!(matches!(
        xlsx(&liar),
        Err(SheetError::Unpacked { .. } | SheetError::Xlsx(_))
    ));
}

#[test]
fn a_huge_cell_and_control_characters_are_kept_for_the_row_checks() {
    let long = "x".repeat(100_000);
    let text = format!("Název;Poznámky\n{long};a\u{7}b\n");
    let table = csv(text.as_bytes());
    assert_eq!(texts(&table, 1)[0].len(), 100_000);
    assert_eq!(texts(&table, 1)[1], "a\u{7}b");
}

#[test]
fn too_many_columns_are_refused_naming_the_row() {
    let wide = vec!["x"; 600].join(";");
    let text = format!("Název\n{wide}\n");
    let options = ReadOptions {
        format: Some(SheetFormat::Csv),
        ..ReadOptions::default()
    };
    assert_eq!(
        read(text.as_bytes(), &options),
        Err(SheetError::TooManyColumns { limit: 500, row: 2 })
    );
}

#[test]
fn a_cell_far_away_costs_nothing() {
    // A cell at XFD1048576 would make a dense grid of 17 billion cells.
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Název").expect("write");
    sheet.write_string(1_048_575, 300, "far").expect("write");
    let bytes = book.save_to_buffer().expect("xlsx");
    let table = xlsx(&bytes).expect("reads");
    assert_eq!(table.rows.len(), 2);
    assert_eq!(table.rows[1].number, 1_048_576);
}

#[test]
fn invalid_utf8_given_as_utf8_names_the_row() {
    let options = ReadOptions {
        format: Some(SheetFormat::Csv),
        encoding: Some(Encoding::Utf8),
        ..ReadOptions::default()
    };
    assert_eq!(
        read(b"A\nb\n\x8a\n", &options),
        Err(SheetError::Encoding {
            encoding: Encoding::Utf8,
            row: 3
        })
    );
}
