//! `X` on a list: the format is chosen from a list (CSV, XLSX, JSON), then
//! the list as filtered is written into the export folder and the status
//! line says where; through `update`, a session, and the real binary.

mod common;

use common::app::{act, picker, state_over, type_text};
use common::pty::Tui;
use common::pty::keys::ENTER;
use common::session::Harness;
use spojka::app::msg::{Effect, ExportFormat};
use spojka::app::{Action, View};
use spojka::domain::choice::ChoiceSet;
use spojka::domain::{FieldKind, Kind};
use spojka::vocab::Lang;
use std::io::Cursor;

#[test]
fn x_offers_csv_xlsx_and_json_and_exports_the_filtered_list_in_the_chosen_one() {
    spojka::catalog::speak(Lang::En);
    let mut s = state_over(common::records::showcase(), 80, 24);
    act(&mut s, Action::TabFacilities);
    act(&mut s, Action::FilterStart);
    type_text(&mut s, "plzeň");
    act(&mut s, Action::FilterApply);
    let ids = s.list().rows.clone();
    assert!(!ids.is_empty());
    assert!(act(&mut s, Action::ExportAs).is_empty(), "nothing yet");
    let shown = common::app::screen(&s);
    assert!(
        shown.contains("Choose the format to export the list in"),
        "{shown}"
    );
    let options: Vec<&str> = picker(&s)
        .options
        .iter()
        .map(|o| o.label.as_str())
        .collect();
    assert_eq!(
        options,
        [
            "CSV (spreadsheets, scripts)",
            "XLSX (Excel, LibreOffice)",
            "JSON (every field, spojka's own format)"
        ]
    );
    act(&mut s, Action::MoveDown);
    let effects = act(&mut s, Action::PickerConfirm);
    assert_eq!(
        effects,
        vec![Effect::Export {
            kind: Kind::Facility,
            format: ExportFormat::Xlsx,
            ids: ids.clone(),
        }]
    );
    assert!(s.stack.is_empty(), "back on the list");
    // Typing narrows the choice, as in every list to choose from.
    act(&mut s, Action::ExportAs);
    type_text(&mut s, "json");
    let effects = act(&mut s, Action::PickerConfirm);
    assert_eq!(
        effects,
        vec![Effect::Export {
            kind: Kind::Facility,
            format: ExportFormat::Json,
            ids,
        }]
    );
    // Esc asks for nothing.
    act(&mut s, Action::ExportAs);
    assert!(matches!(s.stack.last(), Some(View::Picker(_))));
    assert!(act(&mut s, Action::PickerCancel).is_empty());
    assert!(s.stack.is_empty());
}

/// The rows of the first sheet of a workbook, as text.
fn xlsx_rows(path: &std::path::Path) -> (String, Vec<Vec<String>>) {
    use calamine::{Reader, Xlsx};
    let bytes = std::fs::read(path).expect("the file");
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("xlsx");
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).expect("sheet");
    let rows = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    (name, rows)
}

#[test]
fn a_session_writes_the_workbook_into_the_export_folder_and_says_where() {
    for (lang, sheet, first, said) in [
        (Lang::En, "Facilities", "id", "Exported 38 records to "),
        (Lang::Cs, "Zařízení", "ID", "Exportováno 38 záznamů do "),
    ] {
        let mut h = Harness::speaking("default", lang);
        h.keys("y esc X down enter");
        let message = h.message();
        let path = h.exported("xlsx");
        assert!(
            message.contains(&format!("{said}{}", path.display())),
            "{message}"
        );
        let (name, rows) = xlsx_rows(&path);
        assert_eq!(name, sheet);
        assert_eq!(rows[0][0], first);
        assert_eq!(rows.len(), 39, "a row per facility and the header");
        let region = spojka::catalog::speaking(lang, || {
            spojka::spreadsheet::column_label(spojka::export::Column::Field("region"))
        });
        let col = rows[0].iter().position(|h| *h == region).expect("region");
        let labels: Vec<String> = (0..ChoiceSet::Region.len())
            .map(|i| {
                spojka::catalog::speaking(lang, || {
                    spojka::catalog::choice_label(ChoiceSet::Region, i).to_string()
                })
            })
            .collect();
        assert!(
            rows[1..].iter().all(|r| labels.contains(&r[col])),
            "regions by their labels"
        );
    }
}

/// The interactive interface's CSV in English names choices by their
/// labels, as the command line's does (and keeps the stable column names).
#[test]
fn an_english_csv_from_the_list_writes_choice_labels_not_codes() {
    let mut h = Harness::speaking("default", Lang::En);
    h.keys("y esc x");
    let text = std::fs::read_to_string(h.exported("csv")).expect("the file");
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    let defs = Kind::Facility.fields();
    let (field, set) = defs
        .iter()
        .find_map(|d| match d.kind {
            FieldKind::Choice(set) => Some((d.id, set)),
            _ => None,
        })
        .expect("a choice field");
    let col = header
        .iter()
        .position(|h| h == field)
        .expect("stable column name");
    let labels: Vec<String> = (0..set.len())
        .map(|i| {
            spojka::catalog::speaking(Lang::En, || {
                spojka::catalog::choice_label(set, i).to_string()
            })
        })
        .collect();
    let codes: Vec<&str> = (0..set.len()).map(|i| set.code(i)).collect();
    let cells: Vec<String> = reader
        .records()
        .map(|row| row.expect("row")[col].to_string())
        .collect();
    assert!(
        cells.iter().all(|c| labels.contains(c)),
        "labels: {cells:?}"
    );
    assert!(
        cells.iter().any(|c| !codes.contains(&c.as_str())),
        "not codes: {cells:?}"
    );
}

/// The real binary at 80x24: X, the chooser, XLSX, and the file in the
/// folder spojka was started in.
#[test]
fn x_in_a_real_terminal_writes_a_workbook() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let out = common::binary::spojka(&db, &["seed"]);
    assert!(out.status.success());
    let mut tui = Tui::start(&db, dir.path(), &[]);
    tui.leave_dashboard();
    tui.wait_for("Věznice Bělušice");
    tui.send("X");
    tui.wait_for("XLSX (Excel, LibreOffice)");
    let screen = tui.screen();
    assert!(screen.contains("CSV (spreadsheets, scripts)"), "{screen}");
    tui.send("xlsx");
    tui.wait_until("only XLSX left", |s| !s.contains("CSV (spreadsheets"));
    tui.send(ENTER);
    tui.wait_for("Exported 38 records to");
    let written: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "xlsx"))
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    let (name, rows) = xlsx_rows(&written[0]);
    assert_eq!(name, "Facilities");
    assert_eq!(rows.len(), 39);
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

/// The status line after an export that cut cells says how many, in
/// either language.
#[test]
fn the_notice_counts_cut_cells_in_either_language() {
    use spojka::screens::kit::Notice;
    let notice = Notice::Exported(2, "/tmp/x.xlsx".into(), 1);
    let english = spojka::catalog::speaking(Lang::En, || notice.words());
    assert!(
        english.starts_with("Exported 2 records to /tmp/x.xlsx; 1 cell was longer than"),
        "{english}"
    );
    assert!(english.contains("cut"), "{english}");
    let czech = spojka::catalog::speaking(Lang::Cs, || notice.words());
    assert!(
        czech.starts_with("Exportovány 2 záznamy do /tmp/x.xlsx; 1 buňka byla delší než"),
        "{czech}"
    );
    let plain = spojka::catalog::speaking(Lang::En, || Notice::Exported(2, "f".into(), 0).words());
    assert_eq!(plain, "Exported 2 records to f");
}
