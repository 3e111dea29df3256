//! A whole session over a real store, driven with keys in the keymap's
//! notation, drawn on ratatui's TestBackend: what a user does, end to end,
//! without a terminal.

mod common;

use common::session::{Harness, options};
use common::store::open_in;
use spojka::domain::*;
use spojka::model::{Model, Warm};
use spojka::sample::at;
use spojka::session::{Input, Loading, Options};
use spojka::store::Store;

#[test]
fn first_start_offers_the_reference_prisons_and_loads_them() {
    let mut h = Harness::new("default");
    assert!(h.screen().contains("The database is empty"));
    h.keys("y");
    assert!(
        h.status().contains("Loaded 38 facilities"),
        "{}",
        h.status()
    );
    assert_eq!(h.store.count(Kind::Facility), 38);
    // The dashboard under the question now counts the new prisons.
    let screen = h.screen();
    assert!(
        screen.contains("Facilities without an agreement in force (38)"),
        "{screen}"
    );
    h.keys("esc");
    assert!(
        h.screen().contains("Věznice Plzeň")
            || h.keys("/")
                .typing("plzen")
                .screen()
                .contains("Věznice Plzeň")
    );
}

#[test]
fn the_dashboard_is_the_first_screen_with_the_seed_question_over_it() {
    use spojka::app::Mode;
    let mut h = Harness::new("default");
    let modes: Vec<Mode> = h.session.state.stack.iter().map(|v| v.mode()).collect();
    assert_eq!(modes, [Mode::Dashboard, Mode::Confirm]);
    h.keys("y");
    assert_eq!(h.session.mode(), Mode::Dashboard);
    let screen = h.screen();
    assert!(screen.contains("What needs attention"), "{screen}");
    assert!(
        screen.contains("▶ Ústav"),
        "a facility is selected: {screen}"
    );
    h.keys("enter");
    assert_eq!(h.session.mode(), Mode::Detail);
    h.keys("esc esc");
    assert_eq!(h.session.mode(), Mode::Normal);
    h.keys("D");
    assert_eq!(h.session.mode(), Mode::Dashboard);
}

#[test]
fn declining_the_offer_leaves_the_database_empty() {
    let mut h = Harness::new("default");
    h.keys("n");
    assert!(
        h.screen().contains("Nothing needs attention"),
        "{}",
        h.screen()
    );
    h.keys("esc");
    assert!(h.screen().contains("Nothing here yet"));
    assert_eq!(h.store.count(Kind::Facility), 0);
}

#[test]
fn an_ngo_created_with_keys_is_stored_with_its_history() {
    let mut h = Harness::new("default");
    h.keys("n esc 2 n")
        .typing("Společnost Podané ruce")
        .keys("tab")
        .typing("00064581")
        .keys("tab C-n C-s");
    assert!(
        h.status().contains("Saved NGO \"Společnost Podané ruce\""),
        "{}",
        h.status()
    );
    let stored = h.store.all::<Organisation>().expect("read");
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].name, "Společnost Podané ruce");
    assert_eq!(stored[0].ico, "00064581");
    h.keys("enter h");
    let screen = h.screen();
    assert!(screen.contains("· tester · saved ·"), "{screen}");
    assert!(screen.contains("  Created"), "{screen}");
    assert!(screen.contains("IČO: 00064581"), "{screen}");
}

#[test]
fn a_meeting_at_a_seeded_prison_with_an_attendee_picked_from_a_list() {
    let mut h = Harness::new("default");
    h.keys("y esc 3 n tab")
        .typing("Jana")
        .keys("tab")
        .typing("Nováková")
        .keys("C-s");
    h.keys("5 n")
        .typing("Koordinační schůzka")
        .keys("tab tab enter")
        .typing("plzen")
        .keys("enter");
    h.keys("tab")
        .typing("2026-12-01 10:00")
        .keys("tab")
        .typing("2026-12-01 11:30");
    h.keys("tab tab tab enter")
        .typing("jana")
        .keys("tab enter C-s");
    assert!(h.status().contains("Saved meeting"), "{}", h.status());
    let meetings = h.store.all::<Meeting>().expect("read");
    let plzen = h
        .store
        .all::<Facility>()
        .expect("read")
        .into_iter()
        .find(|f| f.name == "Věznice Plzeň")
        .expect("seeded");
    let jana = h.store.all::<Person>().expect("read").remove(0);
    assert_eq!(meetings[0].facility, Some(plzen.meta.id));
    assert_eq!(meetings[0].attendees, vec![jana.meta.id]);
    assert_eq!(meetings[0].start, at(2026, 12, 1, 10, 0));
    // The prison's detail now lists the meeting; Enter follows the link to it.
    h.keys("1 /").typing("plzen").keys("enter enter");
    assert!(
        h.screen()
            .contains("Meetings: 2026-12-01 10:00 Koordinační schůzka"),
        "{}",
        h.screen()
    );
}

#[test]
fn a_bad_date_is_refused_beside_the_field_and_nothing_is_saved() {
    let mut h = Harness::new("default");
    h.keys("n esc 5 n")
        .typing("Porada")
        .keys("tab tab tab")
        .typing("31.11.2026 10:00")
        .keys("C-s");
    let screen = h.screen();
    assert!(
        screen.contains("31.11.2026 10:00 ← not a date and time"),
        "{screen}"
    );
    assert!(
        screen.contains("End*") && screen.contains("required"),
        "{screen}"
    );
    assert_eq!(h.store.count(Kind::Meeting), 0);
    // Esc on the changed form asks first.
    h.keys("esc");
    assert!(h.screen().contains("Discard your changes"));
}

#[test]
fn deleting_a_referenced_prison_offers_archiving_instead() {
    let mut h = Harness::new("default");
    h.keys("y esc 5 n")
        .typing("Návštěva")
        .keys("tab tab enter")
        .typing("mirov")
        .keys("enter");
    h.keys("tab")
        .typing("2026-12-02 09:00")
        .keys("tab")
        .typing("2026-12-02 10:00")
        .keys("C-s");
    h.keys("1 /").typing("mirov").keys("enter d");
    assert!(h.screen().contains("cannot be deleted"), "{}", h.screen());
    h.keys("y");
    let mirov = h
        .store
        .all::<Facility>()
        .expect("read")
        .into_iter()
        .find(|f| f.name == "Věznice Mírov")
        .expect("kept");
    assert!(mirov.meta.archived);
    assert!(
        h.screen().contains("Nothing matches"),
        "archived are hidden: {}",
        h.screen()
    );
    h.keys("A");
    assert!(
        h.screen().contains("[archived] Věznice Mírov"),
        "{}",
        h.screen()
    );
}

/// A Czech user's spreadsheet: `;` between cells, Czech column names, the
/// status line in Czech.
#[test]
fn a_czech_export_is_for_a_czech_spreadsheet() {
    let mut h = Harness::speaking("default", spojka::vocab::Lang::Cs);
    h.keys("y esc x");
    let status = h.status();
    assert!(status.contains("Exportováno 38 záznamů"), "{status}");
    let text = std::fs::read_to_string(h.exported("csv")).expect("the file");
    let header = text.lines().next().unwrap_or_default();
    // After the byte-order mark Excel needs to read UTF-8.
    assert!(
        header
            .trim_start_matches('\u{feff}')
            .starts_with("ID;Název;"),
        "{header}"
    );
    assert_eq!(
        text.lines().count(),
        39,
        "a row per facility and the header"
    );
}

#[test]
fn export_writes_the_filtered_list_to_a_csv_file() {
    let mut h = Harness::new("default");
    h.keys("y esc /").typing("brno").keys("enter S x");
    let shown_count = h.session.state.list().rows.len();
    assert!((2..38).contains(&shown_count), "{shown_count}");
    let status = h.status();
    assert!(
        status.contains(&format!("Exported {shown_count} records")),
        "{status}"
    );
    let state = &h.session.state;
    let shown: Vec<String> = state
        .list()
        .rows
        .iter()
        .map(|id| state.data.name(Kind::Facility, *id))
        .collect();
    let file = h.exported("csv");
    let mut reader = csv::Reader::from_path(&file).expect("csv");
    let names: Vec<String> = reader
        .records()
        .map(|r| r.expect("row")[1].to_string())
        .collect();
    // The file holds what the list showed, in the order shown (sorted descending).
    assert_eq!(names, shown);
    assert!(spojka::domain::text::fold(&names[0]) > spojka::domain::text::fold(&names[1]));
    assert!(names.iter().any(|n| n.contains("Brno")), "{names:?}");
}

#[test]
fn vim_sequences_and_unbound_keys() {
    let mut h = Harness::new("vim");
    h.keys("y esc G");
    let last = h.session.state.list().selected;
    assert_eq!(last, 37);
    h.keys("g");
    assert_eq!(
        h.session.state.list().selected,
        37,
        "a pending sequence does nothing yet"
    );
    h.keys("g");
    assert_eq!(h.session.state.list().selected, 0);
    h.keys("Z");
    assert!(h.status().contains("Z does nothing here"), "{}", h.status());
}

#[test]
fn help_shows_the_bindings_actually_loaded() {
    let mut h = Harness::new("vim");
    h.keys("n ?");
    let screen = h.screen();
    assert!(screen.contains("g g"), "{screen}");
    assert!(screen.contains("Lists"), "{screen}");
}

#[test]
fn resizing_redraws_at_the_new_size() {
    let mut h = Harness::new("default");
    h.keys("y esc");
    h.session.handle(Input::Resize(120, 40));
    h.terminal.backend_mut().resize(120, 40);
    let screen = h.screen();
    assert_eq!(screen.lines().count(), 40);
    assert!(
        screen.contains("Kind"),
        "wider terminals show more columns: {screen}"
    );
}

#[test]
fn background_loading_shows_facilities_first_and_keeps_changes_made_meanwhile() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let store = Store::open(&dir.path().join("db")).expect("store");
        spojka::seed::seed(&store, "tester", spojka::sample::epoch()).expect("seed");
        for n in 0..300 {
            let meeting =
                spojka::sample::meeting(&format!("Schůzka {n}"), None, at(2026, 1, 1, 8, 0));
            store
                .save(meeting.into(), "tester", spojka::sample::epoch())
                .expect("save");
        }
    }
    let store = open_in(dir.path());
    let options = Options {
        loading: Loading::Background,
        ..options(dir.path())
    };
    // The loader holds the rest of the records until the test lets it go,
    // so what is checked "while loading" really is.
    let (release, held) = std::sync::mpsc::channel::<()>();
    let warm = Warm {
        before: Box::new(move |_| {
            let _ = held.recv();
        }),
        after: Box::new(|_| {}),
    };
    let now = options.clock.now_prague();
    let model = Model::open_warm(&store, Loading::Background, Some(warm), now).expect("model");
    let mut h = Harness::attached(dir, store, model, "default", options);
    assert!(h.session.is_loading());
    let first = h.screen();
    assert!(
        first.contains("What needs attention"),
        "the dashboard is the first screen: {first}"
    );
    h.keys("esc");
    assert!(
        h.screen().contains("Věznice Bělušice"),
        "facilities are in the lists before the rest has loaded"
    );
    h.keys("2 n")
        .typing("Spolek Během Načítání")
        .keys("tab tab C-n C-s");
    assert!(h.session.is_loading(), "the NGO was saved while loading");
    release.send(()).expect("the loader waits");
    h.session.wait_loaded();
    assert!(!h.session.is_loading());
    assert!(
        h.screen().contains("Spolek Během Načítání"),
        "{}",
        h.screen()
    );
    h.keys("D");
    assert!(
        h.screen()
            .contains("Facilities without an agreement in force (38)"),
        "the dashboard is computed once the records are in: {}",
        h.screen()
    );
    h.keys("esc 5");
    assert_eq!(h.session.state.list().rows.len(), 300);
    assert!(h.screen().contains("Schůzka"), "{}", h.screen());
}

#[test]
fn meetings_go_out_to_an_ics_file_and_come_back_in_without_duplicates() {
    let mut h = Harness::new("default");
    h.keys("y esc 5 n")
        .typing("Porada, s čárkou; a středníkem")
        .keys("tab tab enter")
        .typing("plzen")
        .keys("enter");
    h.keys("tab")
        .typing("2026-12-01 10:00")
        .keys("tab")
        .typing("2026-12-01 11:00")
        .keys("C-s");
    assert!(h.status().contains("Saved meeting"), "{}", h.status());
    h.keys("E");
    assert!(h.status().contains("Exported 1 record "), "{}", h.status());
    let file = h.exported("ics");
    let text = std::fs::read_to_string(&file).expect("read");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(
        text.contains("SUMMARY:Porada\\, s čárkou\\; a středníkem\r\n"),
        "{text}"
    );
    assert!(
        text.contains("DTSTART;TZID=Europe/Prague:20261201T100000\r\n"),
        "{text}"
    );
    // Importing the same file again changes nothing and duplicates nothing.
    h.keys("I")
        .typing(file.to_str().expect("utf-8"))
        .keys("enter");
    assert!(
        h.status().contains("0 created, 0 updated, 1 unchanged"),
        "{}",
        h.status()
    );
    assert_eq!(h.store.count(Kind::Meeting), 1);
}

#[test]
fn a_malformed_ics_file_names_the_line_and_imports_nothing() {
    let mut h = Harness::new("default");
    h.keys("n esc 5");
    let path = h.dir.path().join("broken.ics");
    std::fs::write(&path, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY Bez dvojtečky\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        .expect("write");
    h.keys("I")
        .typing(path.to_str().expect("utf-8"))
        .keys("enter");
    let status = h.status();
    assert!(status.contains("line 4"), "{status}");
    assert_eq!(h.store.count(Kind::Meeting), 0);
}

#[test]
fn an_import_says_how_many_meetings_fall_on_public_holidays() {
    let mut h = Harness::new("default");
    h.keys("n esc 5");
    let path = h.dir.path().join("christmas.ics");
    std::fs::write(
        &path,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:eve@example.cz\r\n\
         SUMMARY:Vánoční porada\r\nDTSTART;TZID=Europe/Prague:20261224T100000\r\n\
         DTEND;TZID=Europe/Prague:20261224T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .expect("write");
    h.keys("I")
        .typing(path.to_str().expect("utf-8"))
        .keys("enter");
    let status = h.status();
    assert!(
        status.starts_with("1 imported meeting falls on a public holiday. Imported 1 created"),
        "{status}"
    );
    assert_eq!(h.store.count(Kind::Meeting), 1, "imported, not asked about");
}

#[test]
fn the_figures_view_writes_an_html_report_into_the_export_folder() {
    let mut h = Harness::new("default");
    h.keys("y esc F X");
    let status = h.status();
    assert!(status.contains("Report written to"), "{status}");
    let file = h.exported("html");
    let html = std::fs::read_to_string(&file).expect("read");
    assert!(html.contains("Coverage of regions by services"), "{html}");
    assert!(status.contains(&file.display().to_string()), "{status}");
}

#[test]
fn the_coverage_map_writes_its_csv_into_the_export_folder() {
    let mut h = Harness::new("default");
    h.keys("y esc C x");
    let status = h.status();
    assert!(status.contains("Coverage map written to"), "{status}");
    let file = h.exported("csv");
    let csv = std::fs::read_to_string(&file).expect("read");
    assert!(csv.contains("Plzeňský kraj"), "{csv}");
    assert_eq!(csv.lines().count(), 15, "a header and the 14 regions");
    assert!(status.contains(&file.display().to_string()), "{status}");
}
