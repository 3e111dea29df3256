//! CSV and JSON exports, read back the way their users read them.

use chrono::NaiveDate;
use spojka::domain::*;
use spojka::export::{CsvMode, ExportError, Format, write, write_csv, write_json};
use spojka::sample::{self, at, with_id};

const PLZEN: Id = 7;
const JANA: Id = 12;
const PETR: Id = 13;

fn names(kind: Kind, id: Id) -> String {
    match (kind, id) {
        (Kind::Facility, PLZEN) => "Věznice Plzeň".into(),
        (Kind::Person, JANA) => "Jana Nováková".into(),
        (Kind::Person, PETR) => "Petr Svoboda".into(),
        _ => format!("#{id}"),
    }
}

fn meetings() -> Vec<Record> {
    let mut first = sample::meeting("Koordinační schůzka", Some(PLZEN), at(2026, 3, 3, 10, 0));
    first.attendees = vec![JANA, PETR];
    first.organiser = Some(JANA);
    first.agenda = "1. úvod, představení\n2. \"plán\" na jaro".into();
    let mut second = sample::meeting("=1+1", None, at(2026, 3, 10, 9, 30));
    second.place = "+420 777 123 456".into();
    second.minutes = "@SUM(A1:A9)".into();
    second.meta.archived = true;
    // Deliberately not in id order: exports keep the order they are given.
    vec![with_id(second, 31), with_id(first, 30)]
}

fn csv_rows(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(bytes);
    let header = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("row").iter().map(String::from).collect())
        .collect();
    (header, rows)
}

fn export_csv(records: &[Record], mode: CsvMode) -> Vec<u8> {
    let mut out = Vec::new();
    write_csv(&mut out, Kind::Meeting, records, &names, mode).expect("csv export");
    out
}

fn cell<'a>(header: &[String], row: &'a [String], column: &str) -> &'a str {
    let i = header.iter().position(|c| c == column).expect(column);
    &row[i]
}

#[test]
fn csv_has_the_header_and_keeps_czech_text_commas_and_newlines() {
    let records = meetings();
    for mode in [CsvMode::Spreadsheet, CsvMode::Raw] {
        let (header, rows) = csv_rows(&export_csv(&records, mode));
        assert_eq!(
            header,
            [
                "id",
                "title",
                "kind",
                "facility",
                "facility_id",
                "start",
                "end",
                "place",
                "organiser",
                "organiser_id",
                "attendees",
                "attendees_id",
                "agenda",
                "minutes",
                "status",
                "repeat",
                "notes",
                "archived",
                "created",
                "updated",
            ]
        );
        let row = &rows[1];
        assert_eq!(cell(&header, row, "title"), "Koordinační schůzka");
        assert_eq!(
            cell(&header, row, "agenda"),
            "1. úvod, představení\n2. \"plán\" na jaro"
        );
        assert_eq!(cell(&header, row, "kind"), "coordination");
        assert_eq!(cell(&header, row, "start"), "2026-03-03 10:00");
        assert_eq!(cell(&header, row, "created"), "2026-01-01T00:00:00Z");
        assert_eq!(cell(&header, row, "archived"), "false");
    }
}

#[test]
fn references_show_the_name_and_the_id() {
    let (header, rows) = csv_rows(&export_csv(&meetings(), CsvMode::Raw));
    let row = &rows[1];
    assert_eq!(cell(&header, row, "facility"), "Věznice Plzeň");
    assert_eq!(cell(&header, row, "facility_id"), "7");
    assert_eq!(cell(&header, row, "organiser"), "Jana Nováková");
    assert_eq!(
        cell(&header, row, "attendees"),
        "Jana Nováková, Petr Svoboda"
    );
    assert_eq!(cell(&header, row, "attendees_id"), "12;13");
    let empty = &rows[0];
    assert_eq!(cell(&header, empty, "facility"), "");
    assert_eq!(cell(&header, empty, "facility_id"), "");
}

#[test]
fn spreadsheet_mode_neutralises_formulas_and_raw_mode_does_not() {
    let records = meetings();
    let (header, rows) = csv_rows(&export_csv(&records, CsvMode::Spreadsheet));
    let row = &rows[0];
    assert_eq!(cell(&header, row, "title"), "'=1+1");
    assert_eq!(cell(&header, row, "place"), "'+420 777 123 456");
    assert_eq!(cell(&header, row, "minutes"), "'@SUM(A1:A9)");

    let raw = export_csv(&records, CsvMode::Raw);
    let (header, rows) = csv_rows(&raw);
    let row = &rows[0];
    assert_eq!(cell(&header, row, "title"), "=1+1");
    assert_eq!(cell(&header, row, "place"), "+420 777 123 456");
    assert_eq!(cell(&header, row, "minutes"), "@SUM(A1:A9)");
    assert!(raw.starts_with(b"id,"), "raw CSV has no byte order mark");
}

#[test]
fn spreadsheet_mode_starts_with_a_byte_order_mark_for_excel() {
    let bytes = export_csv(&meetings(), CsvMode::Spreadsheet);
    assert!(bytes.starts_with("\u{feff}id,".as_bytes()));
}

#[test]
fn records_are_written_in_the_order_given() {
    let records = meetings();
    let (_, rows) = csv_rows(&export_csv(&records, CsvMode::Raw));
    let ids: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, ["31", "30"]);

    let mut out = Vec::new();
    write_json(&mut out, Kind::Meeting, &records).expect("json");
    let json: serde_json::Value = serde_json::from_slice(&out).expect("json parses");
    let ids: Vec<u64> = json["records"]
        .as_array()
        .expect("records")
        .iter()
        .filter_map(|r| r["meta"]["id"].as_u64())
        .collect();
    assert_eq!(ids, [31, 30]);
}

#[test]
fn json_has_the_envelope_and_records_read_back_equal() {
    let records = meetings();
    let mut out = Vec::new();
    write_json(&mut out, Kind::Meeting, &records).expect("json");
    let json: serde_json::Value = serde_json::from_slice(&out).expect("json parses");
    assert_eq!(json["format"], "spojka");
    assert_eq!(
        json["version"],
        u64::from(spojka::store::codec::FORMAT_VERSION)
    );
    assert_eq!(json["kind"], "meetings");
    let back: Vec<Record> = json["records"]
        .as_array()
        .expect("records")
        .iter()
        .map(|v| Record::Meeting(serde_json::from_value::<Meeting>(v.clone()).expect("meeting")))
        .collect();
    assert_eq!(back, records);
}

#[test]
fn json_keeps_every_kind_of_field() {
    let mut agreement = sample::agreement("Dohoda o spolupráci", 3, vec![PLZEN, 8]);
    agreement.services = vec![Service::Addiction, Service::Housing];
    agreement.valid_from = NaiveDate::from_ymd_opt(2026, 1, 1);
    agreement.reference = "č. j. VS-123/2026".into();
    let records = vec![with_id(agreement, 40)];
    let mut out = Vec::new();
    write(
        &mut out,
        Format::Json,
        Kind::Agreement,
        &records,
        &names,
        CsvMode::Raw,
    )
    .expect("json");
    let json: serde_json::Value = serde_json::from_slice(&out).expect("parses");
    let back: Agreement = serde_json::from_value(json["records"][0].clone()).expect("agreement");
    assert_eq!(Record::Agreement(back), records[0]);
}

#[test]
fn a_record_of_another_kind_is_refused() {
    let records = vec![with_id(
        sample::facility("Věznice Plzeň", Region::Plzensky),
        PLZEN,
    )];
    let mut out = Vec::new();
    let err =
        write_csv(&mut out, Kind::Meeting, &records, &names, CsvMode::Raw).expect_err("wrong kind");
    assert!(matches!(err, ExportError::WrongKind { id: PLZEN, .. }));
    assert_eq!(
        err.to_string(),
        "cannot export facilities #7 as meetings: the export holds one kind of record"
    );
    assert!(write_json(&mut out, Kind::Meeting, &records).is_err());
}

#[test]
fn formats_parse_and_print_their_names() {
    assert_eq!("csv".parse::<Format>().ok(), Some(Format::Csv));
    assert_eq!("JSON".parse::<Format>().ok(), Some(Format::Json));
    assert_eq!(Format::Json.to_string(), "json");
    assert_eq!("xlsx".parse::<Format>().ok(), Some(Format::Xlsx));
    assert_eq!(Format::Xlsx.to_string(), "xlsx");
    let err = "xls".parse::<Format>().expect_err("unknown");
    assert_eq!(
        err.to_string(),
        "unknown export format \"xls\" (expected \"csv\", \"xlsx\", \"json\" or \"ics\")"
    );
}
