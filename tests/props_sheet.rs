//! Property tests for the spreadsheet readers: whatever bytes they are
//! given, they answer with a table or an error, never a panic; a table
//! written by the `csv` crate reads back cell for cell, rows numbered as a
//! spreadsheet numbers them.

use proptest::prelude::*;
use spojka::sheet::{Cell, ReadOptions, SheetError, SheetFormat, read};

fn options(format: SheetFormat) -> ReadOptions {
    ReadOptions {
        format: Some(format),
        ..ReadOptions::default()
    }
}

/// A cell as people type them: Czech letters, separators, quotes, spaces.
fn cell() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9ěščřžýáíéůúňťďĚŠČŘŽÝÁÍÉŮÚŇŤĎ ;,\"'.@-]{0,12}"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_bytes_read_as_csv_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = read(&bytes, &options(SheetFormat::Csv));
    }

    #[test]
    fn any_bytes_after_a_zip_signature_never_panic(tail in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut bytes = b"PK\x03\x04".to_vec();
        bytes.extend(tail);
        match read(&bytes, &options(SheetFormat::Xlsx)) {
            Ok(_) | Err(SheetError::Xlsx(_) | SheetError::Unpacked { .. } | SheetError::NoSheet) => {}
            Err(other) => prop_assert!(false, "unexpected {other:?}"),
        }
    }

    #[test]
    fn a_written_table_reads_back(
        rows in proptest::collection::vec(proptest::collection::vec(cell(), 2..5), 1..8),
        sep in prop_oneof![Just(b';'), Just(b','), Just(b'\t')],
    ) {
        let mut writer = csv::WriterBuilder::new().delimiter(sep).flexible(true).from_writer(Vec::new());
        // A header naming each column, so the separator can be told.
        let width = rows.iter().map(Vec::len).max().unwrap_or(2);
        let header: Vec<String> = (0..width).map(|i| format!("Sloupec{i}")).collect();
        writer.write_record(&header).expect("header");
        for row in &rows {
            writer.write_record(row).expect("row");
        }
        let bytes = writer.into_inner().expect("bytes");
        let table = read(&bytes, &options(SheetFormat::Csv)).expect("reads");
        prop_assert_eq!(table.source.separator.map(|s| s.0), Some(sep));
        let expected: Vec<(u32, Vec<String>)> = rows
            .iter()
            .enumerate()
            .map(|(i, r)| (i as u32 + 2, r.iter().map(|c| c.trim().to_string()).collect::<Vec<_>>()))
            .filter(|(_, r)| r.iter().any(|c| !c.is_empty()))
            .collect();
        let got: Vec<(u32, Vec<String>)> = table.rows[1..]
            .iter()
            .map(|r| {
                let mut cells: Vec<String> = r.cells.iter().map(Cell::text).collect();
                cells.resize(rows[(r.number - 2) as usize].len(), String::new());
                (r.number, cells)
            })
            .collect();
        // A leading ' before =+-@ is a formula guard and is taken off.
        let unguard = |c: &String| match c.strip_prefix('\'') {
            Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_string(),
            _ => c.clone(),
        };
        let expected: Vec<(u32, Vec<String>)> = expected
            .into_iter()
            .map(|(n, r)| (n, r.iter().map(unguard).collect()))
            .collect();
        prop_assert_eq!(got, expected);
    }
}
