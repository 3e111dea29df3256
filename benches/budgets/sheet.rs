//! Importing a spreadsheet: 10,000 rows of NGOs from an XLSX made by a real
//! spreadsheet library, read, mapped, planned (the dry run) and written as
//! one operation into a fresh database.

use super::{Row, info, ms, within};
use spojka::domain::Kind;
use spojka::sheet::{Duplicates, ReadOptions, SheetFormat, apply, mapping};
use std::time::{Duration, Instant};

const ROWS: u32 = 10_000;

fn workbook() -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let header = [
        "Název",
        "IČO",
        "E-mail",
        "Telefon",
        "Kraj",
        "Členství",
        "Služby",
    ];
    for (col, name) in header.iter().enumerate() {
        sheet.write_string(0, col as u16, *name).expect("header");
    }
    let regions = ["Plzeňský kraj", "Hlavní město Praha", "Jihomoravský kraj"];
    for i in 1..=ROWS {
        let write = |sheet: &mut rust_xlsxwriter::Worksheet, col: u16, text: &str| {
            sheet.write_string(i, col, text).expect("cell");
        };
        write(sheet, 0, &format!("Spolek číslo {i}, z. s."));
        write(sheet, 2, &format!("info{i}@spolek.cz"));
        sheet
            .write_number(i, 3, 777_000_000.0 + f64::from(i))
            .expect("cell");
        write(sheet, 4, regions[i as usize % 3]);
        write(sheet, 5, "člen");
        write(sheet, 6, "dluhové poradenství, mediace");
    }
    book.save_to_buffer().expect("xlsx")
}

/// The import's rows: reading and the dry run, and the whole import.
pub fn rows() -> Vec<Row> {
    let bytes = workbook();
    let dir = tempfile::tempdir().expect("tempdir");
    let store = spojka::store::Store::open(&dir.path().join("db")).expect("open");
    let now = chrono::Utc::now();
    let started = Instant::now();
    let options = ReadOptions {
        format: Some(SheetFormat::Xlsx),
        ..ReadOptions::default()
    };
    let table = spojka::sheet::read(&bytes, &options).expect("read");
    let vocabulary = spojka::spreadsheet::vocabulary(Kind::Organisation);
    let map = mapping::guess(
        &table,
        Kind::Organisation,
        &vocabulary,
        &|_| None,
        &Vec::new(),
        "x",
    )
    .expect("mapping");
    let plan =
        apply::prepare(&store, &table, &map, &vocabulary, Duplicates::Skip, now).expect("plan");
    let dry = started.elapsed();
    assert_eq!(
        plan.create.len(),
        ROWS as usize,
        "{:?}",
        plan.problems.first()
    );
    apply::apply(&store, &plan, "bench".into(), "bench", now).expect("apply");
    let total = started.elapsed();
    vec![
        info(
            "import 10,000 XLSX rows: read + dry run",
            format!("{} ({} KB file)", ms(dry), bytes.len() / 1000),
        ),
        within(
            "import 10,000 XLSX rows, dry run included",
            ms(total),
            "2000 ms",
            total <= Duration::from_secs(2),
        ),
    ]
}
