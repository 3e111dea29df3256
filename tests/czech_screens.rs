//! Every screen at 80x24 as a Czech user sees it, kept as insta snapshots,
//! and the check that no word of the English catalog is left in them.
//!
//! Each test speaks Czech on its own thread (`catalog::speak`), as a
//! session does; the English snapshots are in `ui_snapshots.rs`.

mod common;

use common::app::{act, screen, state_over, tab, type_text};
use spojka::app::{Action, AppState};
use spojka::catalog;
use spojka::domain::*;
use spojka::vocab::Lang;
use std::collections::BTreeSet;

fn czech(width: u16, height: u16) -> AppState {
    catalog::speak(Lang::Cs);
    state_over(common::records::showcase(), width, height)
}

/// Words of the English catalog that may appear in Czech text: names,
/// formats and words the two languages share.
const SHARED: &[&str] = &[
    "spojka",
    "ičo",
    "e-mail",
    "web",
    "csv",
    "json",
    "icalendar",
    "md",
    "html",
    "enter",
    "esc",
    "yyyy",
    "hh",
    "mm",
    "dd",
    "count",
    "until",
    "x10",
    "ngo",
    "ngos",
    "partner",
    "region",
    "mediation",
    "role",
    "home",
    "end",
    "tab",
];

/// Every word of three letters or more in the English catalog's texts
/// (placeables, ids and comments left out), lower case, less [`SHARED`]
/// and less any word the Czech catalog also uses.
fn english_words() -> BTreeSet<String> {
    let words_of = |lang: &str| -> BTreeSet<String> {
        let dir = format!("{}/locales/{lang}", env!("CARGO_MANIFEST_DIR"));
        let mut words = BTreeSet::new();
        for entry in std::fs::read_dir(&dir).expect("the catalog folder") {
            let text = std::fs::read_to_string(entry.expect("a file").path()).expect("a catalog");
            for line in text.lines() {
                let line = line.trim_start();
                if line.starts_with('#') || line.starts_with('[') || line.starts_with("*[") {
                    // Selector variants carry their text after the key.
                    if !line.contains(']') {
                        continue;
                    }
                }
                let value = match line.split_once('=') {
                    Some((_, value)) => value,
                    None => line.rsplit(']').next().unwrap_or(line),
                };
                let mut plain = String::new();
                let mut depth = 0;
                for c in value.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ if depth == 0 => plain.push(c),
                        _ => {}
                    }
                }
                for word in plain.split(|c: char| !c.is_alphanumeric() && c != '-') {
                    let word = word.trim_matches('-').to_lowercase();
                    if word.chars().count() >= 3 && word.chars().all(char::is_alphabetic) {
                        words.insert(word);
                    }
                }
            }
        }
        words
    };
    let czech = words_of("cs");
    words_of("en")
        .into_iter()
        .filter(|w| !czech.contains(w) && !SHARED.contains(&w.as_str()))
        .collect()
}

/// The English words in `shown`, a Czech screen.
fn english_in(shown: &str, english: &BTreeSet<String>) -> Vec<String> {
    let lower = shown.to_lowercase();
    lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| english.contains(*w))
        .map(String::from)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Checks a Czech screen has no English word left, then keeps it.
fn czech_snapshot(name: &str, shown: String) {
    let left = english_in(&shown, &english_words());
    assert!(
        left.is_empty(),
        "{name}: English words {left:?} in\n{shown}"
    );
    insta::assert_snapshot!(name, shown);
}

#[test]
fn the_english_word_list_finds_english() {
    let english = english_words();
    assert!(english.len() > 100, "{}", english.len());
    assert_eq!(
        english_in("Uloženo. Saved meeting; Nothing here yet.", &english),
        ["here", "meeting", "nothing", "saved", "yet"]
    );
}

#[test]
fn every_tab_in_czech() {
    let mut s = czech(80, 24);
    for (n, kind) in Kind::ALL.into_iter().enumerate() {
        act(&mut s, tab(kind));
        czech_snapshot(&format!("cs_tab_{n}_80x24"), screen(&s));
    }
}

#[test]
fn a_form_with_errors_in_czech() {
    let mut s = czech(80, 24);
    act(&mut s, Action::TabNgos);
    act(&mut s, Action::RecordNew);
    act(&mut s, Action::FieldNext);
    type_text(&mut s, "12345678");
    act(&mut s, Action::RecordSave);
    let shown = screen(&s);
    assert!(shown.contains("Nová NNO"), "{shown}");
    assert!(shown.contains("povinné"), "{shown}");
    assert!(shown.contains("3 pole je třeba opravit"), "{shown}");
    czech_snapshot("cs_form_with_errors_80x24", shown);
}

/// Long text in a Czech form: the meeting's notes written on three lines,
/// the hint bar saying what Enter does there, at 80x24 and 200x60.
#[test]
fn a_czech_form_edits_long_text_on_several_lines() {
    for (width, height) in [(80, 24), (200, 60)] {
        let mut s = czech(width, height);
        act(&mut s, Action::TabMeetings);
        edit_selected(&mut s);
        // Title, kind, facility, start, end, place, organiser, attendees.
        for _ in 0..8 {
            act(&mut s, Action::FieldNext);
        }
        type_text(&mut s, "1. Úvod");
        act(&mut s, Action::PickerOpen);
        type_text(&mut s, "2. Plán návštěv na rok 2027");
        // Minutes, status, repeat, notes.
        for _ in 0..4 {
            act(&mut s, Action::FieldNext);
        }
        type_text(&mut s, "Vstup přes vrátnici");
        act(&mut s, Action::PickerOpen);
        type_text(&mut s, "Kontakt: paní Nováková, kancelář č. 12");
        act(&mut s, Action::PickerOpen);
        type_text(&mut s, "Parkování za budovou");
        let shown = screen(&s);
        assert!(shown.contains("Poznámky"), "{shown}");
        assert!(shown.contains("Enter nový řádek  C-s uložit"), "{shown}");
        let at = shown
            .lines()
            .position(|l| l.contains("Vstup přes vrátnici"))
            .unwrap_or_else(|| panic!("{shown}"));
        let below = |n: usize| shown.lines().nth(at + n).unwrap_or_default().to_string();
        assert!(below(1).contains("Kontakt: paní Nováková"), "{shown}");
        assert!(below(2).contains("Parkování za budovou"), "{shown}");
        czech_snapshot(&format!("cs_form_long_text_{width}x{height}"), shown);
    }
}

#[test]
fn help_in_czech() {
    let mut s = czech(80, 24);
    act(&mut s, Action::HelpToggle);
    let shown = screen(&s);
    assert!(shown.contains("Klávesy"), "{shown}");
    czech_snapshot("cs_help_80x24", shown);
}

/// `X` on a list asks which format to export in.
#[test]
fn the_export_format_chooser_in_czech() {
    for (width, height) in [(80, 24), (200, 60)] {
        let mut s = czech(width, height);
        act(&mut s, Action::TabNgos);
        act(&mut s, Action::ExportAs);
        let shown = screen(&s);
        assert!(shown.contains("XLSX (Excel, LibreOffice)"), "{shown}");
        assert!(shown.contains("CSV (tabulky, skripty)"), "{shown}");
        czech_snapshot(&format!("cs_export_chooser_{width}x{height}"), shown);
    }
}

/// An NGO's detail (the reference prisons' notes are English data).
#[test]
fn a_detail_in_czech() {
    let mut s = czech(80, 24);
    act(&mut s, Action::TabNgos);
    s.list_mut().select_id(100, 20);
    act(&mut s, Action::DetailOpen);
    let shown = screen(&s);
    assert!(shown.contains("Související"), "{shown}");
    assert!(shown.contains("Členství"), "{shown}");
    czech_snapshot("cs_ngo_detail_80x24", shown);
}

/// A built-in facility's reference fields, in Czech: the people held,
/// security levels, public web and reference key; then its form.
#[test]
fn a_facility_detail_and_form_in_czech() {
    let mut s = czech(80, 24);
    act(&mut s, Action::TabFacilities);
    // The remand prison and security detention institute of Brno.
    s.list_mut().select_id(1, 20);
    act(&mut s, Action::DetailOpen);
    let shown = screen(&s);
    for label in [
        "Pohlaví klientů",
        "Věk klientů",
        "Zabezpečení",
        "Veřejný web",
        "Referenční klíč",
    ] {
        assert!(shown.contains(label), "{label}: {shown}");
    }
    assert!(shown.contains("střední stupeň zabezpečení"), "{shown}");
    czech_snapshot("cs_facility_detail_80x24", shown);
    act(&mut s, Action::Back);
    edit_selected(&mut s);
    let shown = screen(&s);
    assert!(shown.contains("Kapacita"), "{shown}");
    czech_snapshot("cs_facility_form_80x24", shown);
}

#[test]
fn a_meeting_list_writes_czech_dates() {
    let mut s = czech(80, 24);
    act(&mut s, Action::TabMeetings);
    let shown = screen(&s);
    assert!(shown.contains("1. 12. 2026 10:00"), "{shown}");
    assert!(!shown.contains("2026-12-01"), "{shown}");
}

#[test]
fn the_discard_question_in_czech() {
    let mut s = czech(80, 24);
    act(&mut s, Action::TabNgos);
    act(&mut s, Action::RecordNew);
    type_text(&mut s, "Nová organizace");
    act(&mut s, Action::Back);
    let shown = screen(&s);
    assert!(shown.contains("Zahodit změny"), "{shown}");
    czech_snapshot("cs_discard_question_80x24", shown);
}

#[test]
fn the_calendar_in_czech() {
    // The week after this one has the showcase's meeting: how a meeting's
    // line reads in the week, listed and in columns.
    let views: [(&[Action], &str); 4] = [
        (&[], "agenda"),
        (&[Action::CalendarWeek], "week"),
        (
            &[Action::CalendarWeek, Action::CalendarNextPeriod],
            "next_week",
        ),
        (&[Action::CalendarMonth], "month"),
    ];
    for (keys, name) in views {
        for (w, h) in [(80, 24), (200, 60)] {
            // The agenda's wide layout is the same list as at 80x24.
            if keys.is_empty() && w != 80 {
                continue;
            }
            let mut s = czech(w, h);
            act(&mut s, Action::CalendarOpen);
            for key in keys {
                act(&mut s, *key);
            }
            czech_snapshot(&format!("cs_calendar_{name}_{w}x{h}"), screen(&s));
        }
    }
}

#[test]
fn the_overviews_in_czech() {
    for (open, name) in [
        (None, "dashboard"),
        (Some(Action::CoverageShow), "coverage"),
        (Some(Action::FiguresShow), "figures"),
    ] {
        let mut s = czech(80, 24);
        s.open_dashboard();
        if let Some(open) = open {
            act(&mut s, open);
        }
        czech_snapshot(&format!("cs_{name}_80x24"), screen(&s));
    }
}

/// A Czech form shows its dates the Czech way, and saving reads them back:
/// an unchanged date stays the date it was.
#[test]
fn a_czech_form_edits_dates_the_czech_way() {
    use spojka::app::Effect;
    let mut s = czech(80, 24);
    act(&mut s, Action::TabMeetings);
    edit_selected(&mut s);
    let shown = screen(&s);
    assert!(shown.contains("Úprava: schůzka"), "{shown}");
    assert!(shown.contains("1. 12. 2026 10:00"), "{shown}");
    type_text(&mut s, " II");
    let saved = act(&mut s, Action::RecordSave)
        .into_iter()
        .find_map(|effect| match effect {
            Effect::Save(Record::Meeting(m)) => Some(m),
            _ => None,
        })
        .expect("the meeting is saved");
    assert_eq!(saved.title, "Koordinační schůzka II");
    assert_eq!(saved.start, spojka::sample::at(2026, 12, 1, 10, 0));
}

/// A save refused because someone else changed another field merges
/// without asking: the date the form changed, written the Czech way, is
/// compared with the stored one as a date, not as text.
#[test]
fn a_czech_form_merges_with_a_change_elsewhere_without_a_false_date_clash() {
    use spojka::app::{Effect, Mode, Msg, update};
    let mut s = czech(80, 24);
    act(&mut s, Action::TabAgreements);
    edit_selected(&mut s);
    assert!(screen(&s).contains("30. 6. 2027"), "{}", screen(&s));
    s.form_mut().expect("the form").focus_on("valid_until");
    act(&mut s, Action::FieldClear);
    type_text(&mut s, "31. 12. 2027");
    // Meanwhile someone else adds a note.
    let Some(Record::Agreement(mut theirs)) = s.data.get(Kind::Agreement, 500).cloned() else {
        panic!("the agreement");
    };
    theirs.notes = "Poznámka odjinud".into();
    theirs.meta.version += 1;
    s.data.upsert(Record::Agreement(theirs));
    let effects = update(&mut s, Msg::SaveConflict(Kind::Agreement, 500));
    assert_ne!(s.mode(), Mode::Merge, "only the end and the notes changed");
    let saved = effects
        .into_iter()
        .find_map(|effect| match effect {
            Effect::Save(Record::Agreement(a)) => Some(a),
            _ => None,
        })
        .expect("merged and saved");
    assert_eq!(saved.notes, "Poznámka odjinud");
    assert_eq!(
        saved.valid_until,
        chrono::NaiveDate::from_ymd_opt(2027, 12, 31)
    );
    assert_eq!(saved.valid_from, None);
}

#[test]
fn a_history_in_czech() {
    use spojka::app::{Msg, update};
    use spojka::store::audit::events::{Told, as_stored};
    use spojka::store::audit::{AuditEntry, Change, FieldChange};
    let mut s = czech(80, 24);
    act(&mut s, Action::TabMeetings);
    let entry = |change, fields| AuditEntry {
        at: spojka::sample::epoch(),
        who: "jana".into(),
        kind: Kind::Meeting,
        id: 400,
        change,
        fields,
        op: Some(1),
        values: true,
        seq: 0,
    };
    let entries = vec![
        entry(Change::Created, Vec::new()),
        entry(
            Change::Updated,
            vec![FieldChange {
                field: "title".into(),
                before: "Porada".into(),
                after: "Koordinační schůzka".into(),
            }],
        ),
    ];
    let entries = entries
        .into_iter()
        .map(|entry| Told {
            events: as_stored(&entry),
            op: None,
            entry,
        })
        .collect();
    update(&mut s, Msg::History(Kind::Meeting, 400, entries));
    let shown = screen(&s);
    assert!(shown.contains("Historie"), "{shown}");
    assert!(shown.contains("změněno"), "{shown}");
    czech_snapshot("cs_history_80x24", shown);
}

#[test]
fn a_picker_in_czech() {
    let mut s = czech(80, 24);
    act(&mut s, Action::TabNgos);
    act(&mut s, Action::RecordNew);
    s.form_mut().expect("the form").focus_on("services");
    act(&mut s, Action::PickerOpen);
    let shown = screen(&s);
    assert!(shown.contains("dluhové poradenství"), "{shown}");
    assert!(
        shown.contains("Výběr: Služby (Tab: vybrat několik)"),
        "{shown}"
    );
    czech_snapshot("cs_picker_80x24", shown);
}

#[test]
fn a_timeline_in_czech() {
    let mut s = czech(80, 24);
    s.list_mut().select_id(1, 20);
    act(&mut s, Action::TimelineShow);
    let shown = screen(&s);
    assert!(shown.contains("Dohody v čase"), "{shown}");
    czech_snapshot("cs_timeline_80x24", shown);
}

/// Both sides changed the same field: the merge screen, in Czech.
#[test]
fn the_merge_screen_in_czech() {
    use spojka::app::{Mode, Msg, update};
    let mut s = czech(80, 24);
    act(&mut s, Action::TabAgreements);
    edit_selected(&mut s);
    type_text(&mut s, " (moje)");
    let Some(Record::Agreement(mut theirs)) = s.data.get(Kind::Agreement, 500).cloned() else {
        panic!("the agreement");
    };
    theirs.subject = "Dohoda o spolupráci — adiktologie (jejich)".into();
    theirs.meta.version += 1;
    s.data.upsert(Record::Agreement(theirs));
    update(&mut s, Msg::SaveConflict(Kind::Agreement, 500));
    assert_eq!(s.mode(), Mode::Merge);
    let shown = screen(&s);
    assert!(
        shown.contains("(jejich)") && shown.contains("(moje)"),
        "{shown}"
    );
    czech_snapshot("cs_merge_80x24", shown);
}

/// Opens the selected record's form as the app does: `e`, then the record
/// read whole, which the session would hand back.
fn edit_selected(s: &mut AppState) {
    use spojka::app::{Effect, Msg, update};
    for effect in act(s, Action::RecordEdit) {
        if let Effect::ReadFull(kind, id, purpose) = effect {
            let record = s.data.get(kind, id).cloned().expect("the selected record");
            update(s, Msg::ReadFull(record, purpose));
        }
    }
}

/// The import screen in Czech: a Czech spreadsheet's columns and its dry
/// run, at 80x24 and 200x60.
#[test]
fn the_import_screen_in_czech() {
    use spojka::app::{Msg, update};
    use spojka::sheet::mapping;
    use spojka::sheet::{ReadOptions, SheetFormat};
    let text = "Název;IČO;E-mail;Kraj;Členství;Poznámka k řádku\n\
        Společnost Podané ruce, o.p.s.;00064581;;Jihomoravský kraj;člen;stará\n\
        Spolek Šance, z. s.;25755277;sance@example.cz;Praha;člen;nová\n\
        Rubikon Centrum;;info@rubikon.cz;Kraj Nikde;pozorovatel;\n";
    let options = ReadOptions {
        format: Some(SheetFormat::Csv),
        ..ReadOptions::default()
    };
    for (width, height) in [(80, 24), (200, 60)] {
        let mut s = czech(width, height);
        let table = spojka::sheet::read(text.as_bytes(), &options).expect("reads");
        let vocabulary = spojka::spreadsheet::vocabulary(Kind::Organisation);
        let kind = Kind::Organisation;
        let mapping = mapping::guess(&table, kind, &vocabulary, &|_| None, &Vec::new(), "x")
            .expect("a mapping");
        let opened = spojka::screens::import::Opened {
            file: "organizace.csv".into(),
            table,
            mapping,
            vocabulary,
        };
        update(&mut s, Msg::SheetRead(Box::new(opened)));
        let shown = screen(&s);
        assert!(shown.contains("Import do seznamu NNO"), "{shown}");
        assert!(
            shown.contains("Nanečisto: nové 1, ke změně 0, už uložené 1, nečitelné 1"),
            "{shown}"
        );
        czech_snapshot(&format!("cs_import_{width}x{height}"), shown);
    }
}
