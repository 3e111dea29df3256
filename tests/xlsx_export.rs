//! XLSX exports read back with calamine, as a spreadsheet would read them:
//! headers in the interface language, typed cells, text that is never a
//! formula, long cells cut and counted, the header frozen and filtered.

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use chrono::NaiveDate;
use spojka::catalog::speaking;
use spojka::domain::choice::ChoiceSet;
use spojka::domain::region::Region;
use spojka::domain::*;
use spojka::export::{CELL_LIMIT, CUT_MARK, Column, Written, write_xlsx};
use spojka::sample::{self, at, with_id};
use spojka::vocab::Lang;
use std::io::{Cursor, Read};

const PLZEN: Id = 7;

fn names(kind: Kind, id: Id) -> String {
    match (kind, id) {
        (Kind::Facility, PLZEN) => "Věznice Plzeň".into(),
        (Kind::Organisation, 3) => "Spolek Šance, z. s.".into(),
        _ => format!("#{id}"),
    }
}

fn ngo() -> Record {
    let mut ngo = sample::organisation("=HYPERLINK(\"http://x\")");
    ngo.ico = "00064581".into();
    ngo.phone = "+420 777 123 456".into();
    ngo.contact = "-5".into();
    ngo.email = "@info".into();
    ngo.membership = Membership::Member;
    ngo.regions = vec![Region::Plzensky];
    ngo.services = vec![Service::ALL[0], Service::ALL[1]];
    ngo.notes = "č".repeat(CELL_LIMIT + 10);
    with_id(ngo, 3)
}

/// The workbook `write_xlsx` makes of `records`, in `lang`.
fn export(kind: Kind, records: &[Record], lang: Lang) -> (Vec<u8>, Written) {
    speaking(lang, || {
        let mut out = Vec::new();
        let sheet = spojka::catalog::tab_title(kind);
        let label = spojka::spreadsheet::column_label;
        let written = write_xlsx(&mut out, kind, records, &names, sheet, &label).expect("xlsx");
        (out, written)
    })
}

fn sheet(bytes: &[u8]) -> (String, calamine::Range<Data>, calamine::Range<String>) {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("xlsx");
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).expect("sheet");
    let formulas = book.worksheet_formula(&name).expect("formulas");
    (name, range, formulas)
}

fn header(range: &calamine::Range<Data>) -> Vec<String> {
    range
        .rows()
        .next()
        .expect("header")
        .iter()
        .map(|c| c.to_string())
        .collect()
}

fn at_column<'a>(range: &'a calamine::Range<Data>, row: usize, name: &str) -> &'a Data {
    let col = header(range)
        .iter()
        .position(|c| c == name)
        .unwrap_or_else(|| panic!("{name}"));
    range.get((row, col)).expect("cell")
}

/// The XML of the first worksheet in the archive.
fn sheet_xml(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut part = zip.by_name("xl/worksheets/sheet1.xml").expect("sheet part");
    let mut xml = String::new();
    part.read_to_string(&mut xml).expect("xml");
    xml
}

#[test]
fn the_header_and_the_sheet_are_named_in_the_interface_language() {
    let records = [ngo()];
    let (cs, _) = export(Kind::Organisation, &records, Lang::Cs);
    let (name, range, _) = sheet(&cs);
    assert_eq!(name, "NNO");
    let header = header(&range);
    for column in [
        "ID",
        "Název",
        "IČO",
        "Členství",
        "Kraje",
        "Služby",
        "Poznámky",
    ] {
        assert!(header.iter().any(|h| h == column), "{column} in {header:?}");
    }
    let (en, _) = export(Kind::Organisation, &records, Lang::En);
    let (name, range, _) = sheet(&en);
    assert_eq!(name, "NGOs");
    let header = self::header(&range);
    let expected: Vec<String> = speaking(Lang::En, || {
        ["name", "ico", "membership"]
            .map(|f| spojka::spreadsheet::column_label(Column::Field(f)))
            .to_vec()
    });
    for column in expected {
        assert!(header.contains(&column), "{column} in {header:?}");
    }
    // Choices show their labels, not their codes.
    let region = speaking(Lang::Cs, || {
        spojka::catalog::choice_label(ChoiceSet::Region, Region::Plzensky as usize).to_string()
    });
    let (_, range, _) = sheet(&cs);
    assert_eq!(at_column(&range, 1, "Kraje").to_string(), region);
}

#[test]
fn ico_and_phone_stay_text_and_formula_like_text_is_never_a_formula() {
    let (bytes, _) = export(Kind::Organisation, &[ngo()], Lang::Cs);
    let (_, range, formulas) = sheet(&bytes);
    assert_eq!(
        at_column(&range, 1, "IČO"),
        &Data::String("00064581".into())
    );
    assert_eq!(
        at_column(&range, 1, "Telefon"),
        &Data::String("+420 777 123 456".into()),
        "no apostrophe in front"
    );
    assert_eq!(
        at_column(&range, 1, "Název"),
        &Data::String("=HYPERLINK(\"http://x\")".into())
    );
    assert_eq!(at_column(&range, 1, "Kontakt"), &Data::String("-5".into()));
    assert_eq!(
        at_column(&range, 1, "E-mail"),
        &Data::String("@info".into())
    );
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no cell is a formula"
    );
    assert!(!sheet_xml(&bytes).contains("<f>"), "no formula element");
    // The id is a number, archived a boolean.
    assert_eq!(at_column(&range, 1, "ID"), &Data::Float(3.0));
    let archived = speaking(Lang::Cs, || {
        spojka::spreadsheet::column_label(Column::Archived)
    });
    assert_eq!(at_column(&range, 1, &archived), &Data::Bool(false));
}

/// A date cell's day and time, to the minute.
fn minute(dt: &calamine::ExcelDateTime) -> (u16, u8, u8, u8, u8) {
    let (y, mo, d, h, mi, _, _) = dt.to_ymd_hms_milli();
    (y, mo, d, h, mi)
}

#[test]
fn dates_are_dates_with_a_date_format() {
    let mut agreement = sample::agreement("Spolupráce", 3, vec![PLZEN]);
    agreement.signed_on = NaiveDate::from_ymd_opt(2026, 3, 1);
    let mut meeting = sample::meeting("Porada", Some(PLZEN), at(2026, 3, 3, 10, 30));
    meeting.end = at(2026, 3, 3, 12, 0);
    let (bytes, _) = export(Kind::Agreement, &[with_id(agreement, 5)], Lang::En);
    let (_, range, _) = sheet(&bytes);
    let signed = speaking(Lang::En, || {
        spojka::catalog::field_label("signed_on").to_string()
    });
    let Data::DateTime(date) = at_column(&range, 1, &signed) else {
        panic!("{:?}", at_column(&range, 1, &signed));
    };
    assert!(date.is_datetime());
    assert_eq!(minute(date), (2026, 3, 1, 0, 0));
    let (bytes, _) = export(Kind::Meeting, &[with_id(meeting, 9)], Lang::Cs);
    let (_, range, _) = sheet(&bytes);
    let Data::DateTime(start) = at_column(&range, 1, "Začátek") else {
        panic!("{:?}", at_column(&range, 1, "Začátek"));
    };
    assert_eq!(minute(start), (2026, 3, 3, 10, 30));
    // The facility by its name, its id as a number beside it.
    assert_eq!(
        at_column(&range, 1, "Zařízení"),
        &Data::String("Věznice Plzeň".into())
    );
    assert_eq!(at_column(&range, 1, "Zařízení (ID)"), &Data::Float(7.0));
}

#[test]
fn a_cell_over_excels_limit_is_cut_marked_and_counted() {
    let (bytes, written) = export(Kind::Organisation, &[ngo(), ngo()], Lang::Cs);
    assert_eq!(written.cut, 2);
    let (_, range, _) = sheet(&bytes);
    let notes = at_column(&range, 1, "Poznámky").to_string();
    assert!(notes.ends_with(CUT_MARK), "ends with the mark");
    assert_eq!(notes.encode_utf16().count(), CELL_LIMIT);
    // The import reads it back: within its own limit.
    assert!(spojka::sheet::read::too_long(&notes).is_none());
}

#[test]
fn the_header_is_bold_frozen_and_filtered_and_columns_are_sized() {
    let (bytes, _) = export(Kind::Organisation, &[ngo()], Lang::Cs);
    let xml = sheet_xml(&bytes);
    assert!(
        xml.contains("ySplit=\"1\""),
        "frozen below the header: {xml:.600}"
    );
    assert!(xml.contains("state=\"frozen\""), "{xml:.600}");
    let (_, range, _) = sheet(&bytes);
    let last = range.get_size().1;
    let last_col = (b'A' + (last as u8 - 1)) as char;
    assert!(
        xml.contains(&format!("<autoFilter ref=\"A1:{last_col}2\"")),
        "filter over the used range: {xml:.2000}"
    );
    assert!(xml.contains("<cols>"), "widths set");
    // Notes are long: their column is as wide as the cap, no wider.
    assert!(xml.contains("width=\"61."), "{xml:.2000}");
}

#[test]
fn an_empty_list_is_a_header_row() {
    let (bytes, written) = export(Kind::Meeting, &[], Lang::Cs);
    assert_eq!(written.cut, 0);
    let (name, range, _) = sheet(&bytes);
    assert_eq!(name, "Schůzky");
    assert_eq!(range.get_size().0, 1);
}

#[test]
fn a_record_of_another_kind_is_refused() {
    let mut out = Vec::new();
    let err = write_xlsx(&mut out, Kind::Meeting, &[ngo()], &names, "x", &|c| {
        c.code()
    })
    .expect_err("wrong kind");
    assert!(err.to_string().contains("one kind"), "{err}");
}
