//! Long text (agenda, minutes, notes) is written on several lines: a form
//! edits it as a box of rows where Enter makes a new line, the detail shows
//! the lines as written, a list keeps one row a record, and the exports keep
//! the line breaks.

mod common;

use common::app::{act, screen, state_over, type_text};
use spojka::app::{Action, AppState, Effect, Msg, update};
use spojka::domain::*;

/// Opens the selected record's form as the app does: `e`, then the record
/// read whole, which the session would hand back.
fn edit_selected(s: &mut AppState) {
    for effect in act(s, Action::RecordEdit) {
        if let Effect::ReadFull(kind, id, purpose) = effect {
            let record = s.data.get(kind, id).cloned().expect("the selected record");
            update(s, Msg::ReadFull(record, purpose));
        }
    }
}

/// Presses `action` `times` times.
fn repeat(s: &mut AppState, action: Action, times: usize) {
    for _ in 0..times {
        act(s, action);
    }
}

/// The showcase's meeting in its form, its agenda and minutes written on
/// several lines, its notes being written: the cursor at their end.
fn meeting_with_long_text(width: u16, height: u16) -> AppState {
    let mut s = state_over(common::records::showcase(), width, height);
    act(&mut s, Action::TabMeetings);
    edit_selected(&mut s);
    // Title, kind, facility, start, end, place, organiser, attendees.
    repeat(&mut s, Action::FieldNext, 8);
    type_text(&mut s, "1. Úvod");
    act(&mut s, Action::PickerOpen);
    type_text(&mut s, "2. Plán návštěv na rok 2027");
    act(&mut s, Action::FieldNext);
    type_text(
        &mut s,
        "Dohodnuto pokračování skupiny v Plzni; koordinátorka zašle zápis \
         všem účastníkům do pátku a domluví termín další schůzky s vedením.",
    );
    // Status, repeat.
    repeat(&mut s, Action::FieldNext, 3);
    type_text(&mut s, "Vstup přes vrátnici");
    act(&mut s, Action::PickerOpen);
    type_text(&mut s, "Kontakt 監獄 kancelář");
    act(&mut s, Action::PickerOpen);
    type_text(&mut s, "Parkování za budovou");
    s
}

/// The notes a test writes on three lines: Czech letters and wide ones.
const NOTES: &str = "Vstup přes vrátnici\nKontakt 監獄 kancelář\nParkování za budovou";

/// The field shown on `row` of `shown`, its label and its value, trimmed
/// of the form's border and the box's edge.
fn row_of(shown: &str, row: usize) -> String {
    let line = shown.lines().nth(row).unwrap_or_default();
    line.trim_matches('│')
        .replace('│', " ")
        .trim_end()
        .to_string()
}

#[test]
fn a_form_edits_long_text_on_several_lines_at_80x24_and_200x60() {
    for (width, height) in [(80, 24), (200, 60)] {
        let s = meeting_with_long_text(width, height);
        let shown = screen(&s);
        // The notes' three lines, one under the other, the label on the first.
        let at = shown
            .lines()
            .position(|l| l.contains("Notes") && l.contains("Vstup přes vrátnici"))
            .unwrap_or_else(|| panic!("{shown}"));
        assert!(
            row_of(&shown, at + 1).ends_with("Kontakt 監獄 kancelář"),
            "{shown}"
        );
        assert!(
            row_of(&shown, at + 2).ends_with("Parkování za budovou"),
            "{shown}"
        );
        // The agenda's two lines too, though it is not being edited.
        assert!(row_of(&shown, 10).ends_with("1. Úvod"), "{shown}");
        assert!(
            row_of(&shown, 11).ends_with("2. Plán návštěv na rok 2027"),
            "{shown}"
        );
        // The hint bar says what Enter does here, and which key saves.
        let hints = shown
            .lines()
            .nth(usize::from(height) - 2)
            .unwrap_or_default();
        assert!(hints.starts_with("Enter new line  C-s save"), "{hints}");
        insta::assert_snapshot!(format!("meeting_form_long_text_{width}x{height}"), shown);
    }
}

#[test]
fn long_minutes_wrap_at_word_boundaries_and_show_more_below() {
    let s = meeting_with_long_text(80, 24);
    let shown = screen(&s);
    // Not being edited, the minutes take two rows and mark the rest.
    let first = row_of(&shown, 12);
    let second = row_of(&shown, 13);
    assert!(first.ends_with("koordinátorka zašle"), "{shown}");
    assert!(
        second.contains("zápis všem účastníkům") && second.ends_with('▼'),
        "{shown}"
    );
    // Being edited, all four of its rows show.
    let mut s = s;
    // Notes, repeat, status, minutes.
    repeat(&mut s, Action::FieldPrev, 3);
    let shown = screen(&s);
    assert!(
        row_of(&shown, 14).ends_with("schůzky s vedením."),
        "{shown}"
    );
    for row in 12..=14 {
        assert!(!row_of(&shown, row).contains('▼'), "{shown}");
    }
}

#[test]
fn a_long_note_scrolls_inside_its_box() {
    let mut s = state_over(common::records::showcase(), 80, 24);
    act(&mut s, Action::TabNgos);
    act(&mut s, Action::RecordNew);
    // Name, IČO, membership, regions, services, contact, phone, e-mail, web,
    // the public phone, e-mail and web.
    repeat(&mut s, Action::FieldNext, 12);
    let lines: Vec<String> = (1..=12).map(|n| format!("řádek {n}")).collect();
    update(&mut s, Msg::Paste(lines.join("\r\n")));
    let shown = screen(&s);
    // Five rows, the last five lines, a mark that more lies above.
    assert!(
        shown.contains("řádek 8") && shown.contains("řádek 12"),
        "{shown}"
    );
    assert!(!shown.contains("řádek 7"), "{shown}");
    assert!(shown.contains('▲') && !shown.contains('▼'), "{shown}");
    insta::assert_snapshot!("ngo_form_long_note_scrolled_80x24", shown);
    // Up to the first line: the box follows, the mark is below now.
    repeat(&mut s, Action::MoveUp, 11);
    let shown = screen(&s);
    assert!(
        shown.contains("řádek 1 ") && shown.contains("řádek 5"),
        "{shown}"
    );
    assert!(!shown.contains("řádek 6"), "{shown}");
    assert!(shown.contains('▼') && !shown.contains('▲'), "{shown}");
    // One more up leaves the notes for the field before (the public web);
    // they shrink to two rows and a mark.
    act(&mut s, Action::MoveUp);
    assert_eq!(
        common::app::form(&s).focused().map(|d| d.id),
        Some("public_web")
    );
    let shown = screen(&s);
    assert!(
        shown.contains("řádek 2") && !shown.contains("řádek 3"),
        "{shown}"
    );
    assert!(shown.contains('▼'), "{shown}");
}

#[test]
fn typed_lines_are_saved_as_lines() {
    let mut s = meeting_with_long_text(80, 24);
    let saved = act(&mut s, Action::RecordSave)
        .into_iter()
        .find_map(|effect| match effect {
            Effect::Save(Record::Meeting(m)) => Some(m),
            _ => None,
        })
        .expect("the meeting is saved");
    assert_eq!(saved.notes, NOTES);
    assert_eq!(saved.agenda, "1. Úvod\n2. Plán návštěv na rok 2027");
    assert!(!saved.minutes.contains('\n'), "{:?}", saved.minutes);
}

#[test]
fn pasted_lines_stay_lines_in_long_text_and_become_one_in_a_field_of_one_line() {
    let mut s = state_over(common::records::showcase(), 80, 24);
    act(&mut s, Action::TabNgos);
    act(&mut s, Action::RecordNew);
    update(&mut s, Msg::Paste("Romodrom\r\nPlzeň".into()));
    repeat(&mut s, Action::FieldNext, 12);
    update(
        &mut s,
        Msg::Paste("první\r\ndruhý\x1b[31m\n\x07třetí".into()),
    );
    let form = common::app::form(&s);
    let text = |id| match form.value(id) {
        Some(FieldValue::Text(text)) => text.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(text("name"), "Romodrom Plzeň");
    assert_eq!(text("notes"), "první\ndruhý[31m\ntřetí");
}

#[test]
fn a_detail_shows_the_lines_as_written() {
    let mut data = common::records::showcase();
    let mut meeting = data
        .get(Kind::Meeting, 400)
        .cloned()
        .expect("the showcase's meeting");
    if let Record::Meeting(m) = &mut meeting {
        m.notes = NOTES.into();
    }
    data.upsert(meeting);
    for (width, height) in [(80, 24), (200, 60)] {
        let mut s = state_over(data.clone(), width, height);
        act(&mut s, Action::TabMeetings);
        act(&mut s, Action::DetailOpen);
        let shown = screen(&s);
        let at = shown
            .lines()
            .position(|l| l.contains("Notes") && l.contains("Vstup přes vrátnici"))
            .unwrap_or_else(|| panic!("{shown}"));
        let next = |n: usize| shown.lines().nth(at + n).unwrap_or_default().to_string();
        assert!(next(1).contains("Kontakt 監獄 kancelář"), "{shown}");
        assert!(next(2).contains("Parkování za budovou"), "{shown}");
        assert!(!shown.contains('␊'), "{shown}");
    }
}

/// A line break in text of one line (a title from an imported calendar,
/// say) never breaks a list's row: it shows as a mark.
#[test]
fn a_line_break_never_breaks_a_lists_row() {
    let mut data = common::records::showcase();
    let mut meeting = data
        .get(Kind::Meeting, 400)
        .cloned()
        .expect("the showcase's meeting");
    if let Record::Meeting(m) = &mut meeting {
        m.title = "Porada\nII. část".into();
        m.notes = NOTES.into();
    }
    data.upsert(meeting);
    let mut s = state_over(data, 80, 24);
    act(&mut s, Action::TabMeetings);
    let shown = screen(&s);
    let row = shown
        .lines()
        .find(|l| l.contains("Porada"))
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(row.contains("Porada␊II. část"), "{shown}");
    assert!(!shown.contains("Kontakt"), "{shown}");
    insta::assert_snapshot!("meetings_list_line_break_80x24", shown);
}

/// CSV and JSON keep the line breaks in their cells; iCalendar writes them
/// as `\n` inside one (folded) DESCRIPTION, and reads them back.
#[test]
fn exports_keep_the_line_breaks() {
    use spojka::export::{CsvMode, write_csv, write_json};
    let mut meeting =
        spojka::sample::meeting("Porada", None, spojka::sample::at(2026, 12, 1, 10, 0));
    meeting.agenda = "1. Úvod\n2. Plán".into();
    meeting.notes = NOTES.into();
    let records = vec![spojka::sample::with_id(meeting, 7)];
    let Record::Meeting(meeting) = records[0].clone() else {
        panic!("a meeting");
    };
    let names = |_: Kind, _: Id| String::new();

    for mode in [CsvMode::Raw, CsvMode::Spreadsheet] {
        let mut out = Vec::new();
        write_csv(&mut out, Kind::Meeting, &records, &names, mode).expect("csv");
        let text = String::from_utf8(out).expect("utf-8");
        let text = text.trim_start_matches('\u{feff}');
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let headers = reader.headers().expect("headers").clone();
        let row = reader.records().next().expect("a row").expect("csv");
        let cell = |name| {
            let at = headers.iter().position(|h| h == name).expect(name);
            row[at].to_string()
        };
        assert_eq!(cell("notes"), NOTES, "{mode:?}");
        assert_eq!(cell("agenda"), "1. Úvod\n2. Plán", "{mode:?}");
    }

    let mut out = Vec::new();
    write_json(&mut out, Kind::Meeting, &records).expect("json");
    let json: serde_json::Value = serde_json::from_slice(&out).expect("json");
    assert_eq!(json["records"][0]["notes"], NOTES);

    let mut out = Vec::new();
    spojka::ical::write_ics(&mut out, &[meeting], &names, &|_| None, chrono::Utc::now())
        .expect("ics");
    let text = String::from_utf8(out).expect("utf-8");
    let description = text
        .split("\r\n")
        .skip_while(|l| !l.starts_with("DESCRIPTION:"))
        .take_while(|l| l.starts_with("DESCRIPTION:") || l.starts_with(' '))
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect::<String>();
    assert!(
        description.contains("Vstup přes vrátnici\\nKontakt 監獄 kancelář\\nParkování"),
        "{text}"
    );
    let events = spojka::ical::parse_ics(&text).expect("parse");
    assert!(
        events[0].description.contains(NOTES),
        "{:?}",
        events[0].description
    );
}
