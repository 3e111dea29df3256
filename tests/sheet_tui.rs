//! Importing a spreadsheet from the interactive interface (`I` in a list):
//! the file asked for and read by the session, the import screen with its
//! columns and dry run, a column's field changed, duplicates handled,
//! the import confirmed as one operation, a dry run gone stale asked again;
//! and the IČO question a form asks before an NGO takes another's IČO.

mod common;

use common::app::{act, confirm, screen, state_over, type_text};
use common::session::Harness;
use spojka::app::msg::{Effect, Msg};
use spojka::app::state::Asks;
use spojka::app::{Action, AppState, Mode, View, update};
use spojka::domain::{Kind, Record};
use spojka::screens::import::{Import, Opened};
use spojka::screens::kit::Notice;
use spojka::sheet::mapping::{self, Target};
use spojka::sheet::{Duplicates, ReadOptions, SheetFormat};
use spojka::vocab::Lang;

/// NGOs as a Czech spreadsheet has them: Podané ruce is in the showcase
/// already (by its IČO), row 4's region is no region, and column F has no
/// field of its name.
const NGOS: &str = "Název;IČO;E-mail;Kraj;Členství;Poznámka k řádku\n\
Společnost Podané ruce, o.p.s.;00064581;;Jihomoravský kraj;člen;stará\n\
Spolek Šance, z. s.;25755277;sance@example.cz;Praha;člen;nová\n\
Rubikon Centrum;;info@rubikon.cz;Kraj Nikde;pozorovatel;\n\
Nový domov;;;Olomoucký kraj;člen;\n";

/// The spreadsheet as the session reads it for the import screen.
fn opened(text: &str, file: &str) -> Opened {
    let options = ReadOptions {
        format: Some(SheetFormat::Csv),
        ..ReadOptions::default()
    };
    let table = spojka::sheet::read(text.as_bytes(), &options).expect("reads");
    let vocabulary = spojka::spreadsheet::vocabulary(Kind::Organisation);
    let mapping = mapping::guess(
        &table,
        Kind::Organisation,
        &vocabulary,
        &|_| None,
        &Vec::new(),
        file,
    )
    .expect("a mapping");
    Opened {
        file: file.to_string(),
        table,
        mapping,
        vocabulary,
    }
}

fn import_screen(state: &AppState) -> &Import {
    match state.stack.last() {
        Some(View::Import(import)) => import,
        other => panic!("expected the import screen on top, found {other:?}"),
    }
}

/// The showcase's NGO list with the import screen over it, as `I`, a
/// typed path and the session's reading leave it.
fn opened_over_showcase(width: u16, height: u16) -> AppState {
    let mut s = state_over(common::records::showcase(), width, height);
    act(&mut s, Action::TabNgos);
    update(
        &mut s,
        Msg::SheetRead(Box::new(opened(NGOS, "organizace.csv"))),
    );
    s
}

#[test]
fn i_in_a_list_asks_for_a_file_and_the_session_reads_it_for_the_lists_kind() {
    let mut s = state_over(common::records::showcase(), 80, 24);
    act(&mut s, Action::TabPeople);
    assert!(act(&mut s, Action::ImportFile).is_empty());
    assert_eq!(s.mode(), Mode::Filter, "a prompt for the path");
    type_text(&mut s, " kontakty.xlsx ");
    let effects = act(&mut s, Action::FilterApply);
    assert_eq!(
        effects,
        [Effect::ReadSheet {
            path: "kontakty.xlsx".into(),
            kind: Kind::Person,
        }]
    );
    // An iCalendar file typed there is the calendar's import, as before.
    act(&mut s, Action::ImportFile);
    type_text(&mut s, "porady.ICS");
    let effects = act(&mut s, Action::FilterApply);
    assert_eq!(effects, [Effect::ImportIcs("porady.ICS".into())]);
}

#[test]
fn a_viewer_cannot_import() {
    let mut s = state_over(common::records::showcase(), 80, 24);
    s.access.role = spojka::app::access::Role::Viewer;
    act(&mut s, Action::ImportFile);
    assert_eq!(s.mode(), Mode::Normal);
    assert_eq!(s.status.notice, Notice::ViewOnly);
}

#[test]
fn the_screen_shows_the_mapping_and_the_dry_run_over_the_records_held() {
    let s = opened_over_showcase(80, 24);
    let import = import_screen(&s);
    let targets: Vec<Target> = import
        .opened
        .mapping
        .columns
        .iter()
        .map(|c| c.target)
        .collect();
    assert_eq!(
        targets,
        [
            Target::Field("name"),
            Target::Field("ico"),
            Target::Field("email"),
            Target::Field("regions"),
            Target::Field("membership"),
            Target::Ignore,
        ]
    );
    let plan = &import.plan;
    assert_eq!(plan.create.len(), 2, "Šance and Nový domov");
    assert_eq!(plan.skipped.len(), 1, "Podané ruce, by its IČO");
    assert_eq!(plan.skipped[0].id, 100);
    assert_eq!(plan.bad_rows(), [4]);
    let shown = screen(&s);
    assert!(shown.contains("Import into NGOs"), "{shown}");
    assert!(shown.contains("separator \";\""), "{shown}");
    assert!(
        shown.contains("F  Poznámka k řádku → not imported"),
        "{shown}"
    );
    assert!(
        shown.contains("Dry run: 2 new, 0 to update, 1 already there, 1 cannot be read"),
        "{shown}"
    );
    assert!(
        shown.contains("row 4, column D \"Kraj\": Regions: \"Kraj Nikde\" is not one of"),
        "{shown}"
    );
    assert!(
        shown.contains("Records already there: skip the row"),
        "{shown}"
    );
}

#[test]
fn changing_a_column_and_the_duplicates_makes_the_dry_run_again() {
    let mut s = opened_over_showcase(80, 24);
    // Column F, read into the notes through the picker.
    for _ in 0..5 {
        act(&mut s, Action::MoveDown);
    }
    assert_eq!(import_screen(&s).selected, 5);
    act(&mut s, Action::PickerOpen);
    assert_eq!(s.mode(), Mode::Picker);
    type_text(&mut s, "notes");
    act(&mut s, Action::PickerConfirm);
    let import = import_screen(&s);
    let column = &import.opened.mapping.columns[5];
    assert_eq!(column.target, Target::Field("notes"));
    assert!(import.opened.mapping.changed());
    assert!(screen(&s).contains("Poznámka k řádku → Notes  (changed)"));
    // Column D not imported: row 4 can be read now.
    for _ in 0..2 {
        act(&mut s, Action::MoveUp);
    }
    act(&mut s, Action::PickerOpen);
    act(&mut s, Action::PickerConfirm);
    let import = import_screen(&s);
    assert_eq!(import.opened.mapping.columns[3].target, Target::Ignore);
    assert_eq!(import.plan.create.len(), 3);
    assert!(import.plan.bad_rows().is_empty());
    // Update the NGO already there: its notes come from the file.
    act(&mut s, Action::ChoiceNext);
    let import = import_screen(&s);
    assert_eq!(import.duplicates, Duplicates::Update);
    assert_eq!(import.plan.update.len(), 1);
    assert_eq!(import.plan.update[0].record.id(), 100);
    match &import.plan.update[0].record {
        Record::Organisation(o) => assert_eq!(o.notes, "stará"),
        other => panic!("{other:?}"),
    }
    let shown = screen(&s);
    assert!(
        shown.contains("row 2: updates \"Společnost Podané ruce, o.p.s.\""),
        "{shown}"
    );
    assert!(
        shown.contains("Records already there: update them with the file's values"),
        "{shown}"
    );
    act(&mut s, Action::ChoiceNext);
    assert_eq!(import_screen(&s).duplicates, Duplicates::Keep);
    assert_eq!(import_screen(&s).plan.create.len(), 4);
    act(&mut s, Action::ChoiceNext);
    assert_eq!(import_screen(&s).duplicates, Duplicates::Skip);
}

#[test]
fn confirming_asks_the_session_to_import_what_the_screen_showed() {
    let mut s = opened_over_showcase(80, 24);
    let effects = act(&mut s, Action::RecordSave);
    let [Effect::ImportSheet(import)] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    let screen_plan = &import_screen(&s).plan;
    assert_eq!(import.shown, screen_plan.outline());
    assert_eq!(import.shown.create, [3, 5]);
    assert_eq!(import.duplicates, Duplicates::Skip);
    assert_eq!(import.file, "organizace.csv");
    assert!(!import.save_mapping, "nothing was changed");
    assert!(import_screen(&s).applying);
    // Keys wait while it is under way.
    assert!(act(&mut s, Action::RecordSave).is_empty());
    // Done: the screen closes onto the NGO list, the status line counts.
    let summary = spojka::screens::kit::SheetSummary {
        file: "organizace.csv".into(),
        kind: Kind::Organisation,
        created: 2,
        updated: 0,
        left_out: 1,
        mapping_saved: false,
    };
    update(&mut s, Msg::SheetImported(summary.clone()));
    assert_eq!(s.mode(), Mode::Normal);
    assert_eq!(s.tab, Kind::Organisation);
    assert_eq!(s.status.notice, Notice::SheetImported(summary));
    assert_eq!(
        s.status.text(),
        "Imported organizace.csv into NGOs: 2 new, 0 updated, 1 row left out."
    );
}

#[test]
fn a_stale_dry_run_comes_back_shown_again_and_is_asked_again() {
    let mut s = opened_over_showcase(80, 24);
    act(&mut s, Action::RecordSave);
    // Meanwhile someone stored Spolek Šance: the session's dry run skips it.
    let mut again = import_screen(&s).plan.clone();
    let sance = again.create.remove(0);
    again.skipped.push(spojka::sheet::plan::Matched {
        row: sance.row,
        id: 900,
        title: "Spolek Šance, z. s.".into(),
        by: spojka::sheet::rows::By::Ico,
    });
    update(&mut s, Msg::SheetStale(Box::new(again.clone())));
    let import = import_screen(&s);
    assert!(import.stale && !import.applying);
    assert_eq!(import.plan, again);
    assert_eq!(s.status.notice, Notice::SheetStale);
    let shown = screen(&s);
    assert!(
        shown.contains("The records changed meanwhile: this is the dry run again."),
        "{shown}"
    );
    assert!(
        shown.contains("1 new, 0 to update, 2 already there"),
        "{shown}"
    );
    // Asked again: confirming sends what is shown now.
    let effects = act(&mut s, Action::RecordSave);
    let [Effect::ImportSheet(import)] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert_eq!(import.shown, again.outline());
}

#[test]
fn tab_moves_to_the_rows_which_scroll() {
    // Ten rows that cannot be read: more than 80x24 has room for.
    let mut text = String::from("Název;Členství\n");
    for n in 0..10 {
        text.push_str(&format!("Spolek {n};nikdo\n"));
    }
    let mut s = state_over(common::records::showcase(), 80, 24);
    update(
        &mut s,
        Msg::SheetRead(Box::new(opened(&text, "spolky.csv"))),
    );
    assert_eq!(import_screen(&s).row_count(), 10);
    assert!(screen(&s).contains("row 2, column B"));
    act(&mut s, Action::FieldNext);
    act(&mut s, Action::MoveBottom);
    let import = import_screen(&s);
    assert_eq!(import.selected, 0, "the columns stay");
    assert!(import.scroll > 0);
    let shown = screen(&s);
    assert!(shown.contains("row 11, column B"), "{shown}");
    assert!(!shown.contains("row 2, column B"), "{shown}");
}

#[test]
fn confirming_is_refused_while_a_required_field_has_no_column() {
    let mut s = opened_over_showcase(80, 24);
    // Membership (column E) not imported.
    for _ in 0..4 {
        act(&mut s, Action::MoveDown);
    }
    act(&mut s, Action::PickerOpen);
    act(&mut s, Action::PickerConfirm);
    assert!(act(&mut s, Action::RecordSave).is_empty());
    assert_eq!(
        s.status.notice,
        Notice::ImportMissing(Kind::Organisation, vec!["membership"])
    );
    assert!(screen(&s).contains("No column for Membership"));
}

#[test]
fn back_closes_the_screen_and_writes_nothing() {
    let mut s = opened_over_showcase(80, 24);
    assert!(act(&mut s, Action::Back).is_empty());
    assert_eq!(s.mode(), Mode::Normal);
}

// ---- Snapshots ----

#[test]
fn the_import_screen_at_80x24_and_200x60() {
    for (width, height) in [(80, 24), (200, 60)] {
        let mut s = opened_over_showcase(width, height);
        act(&mut s, Action::FieldNext);
        insta::assert_snapshot!(format!("import_screen_{width}x{height}"), screen(&s));
    }
}

// ---- The IČO question ----

#[test]
fn saving_an_ngo_with_another_ngos_ico_asks_first() {
    let mut s = state_over(common::records::showcase(), 80, 24);
    act(&mut s, Action::TabNgos);
    act(&mut s, Action::RecordNew);
    type_text(&mut s, "Podané ruce – pobočka Olomouc");
    act(&mut s, Action::FieldNext);
    type_text(&mut s, "00064581");
    act(&mut s, Action::FieldNext);
    act(&mut s, Action::ChoiceNext);
    let effects = act(&mut s, Action::RecordSave);
    assert!(effects.is_empty(), "{effects:?}");
    let question = confirm(&s);
    assert_eq!(
        question.asks,
        Asks::SameIco("Společnost Podané ruce, o.p.s.".into(), "00064581".into())
    );
    assert_eq!(
        question.text(),
        "The NGO \"Společnost Podané ruce, o.p.s.\" already has IČO 00064581. Save anyway?"
    );
    let czech = spojka::catalog::speaking(Lang::Cs, || question.text());
    assert_eq!(
        czech,
        "NNO „Společnost Podané ruce, o.p.s.“ už má IČO 00064581. Přesto uložit?"
    );
    let shown = screen(&s);
    assert!(shown.contains("Save anyway?"), "{shown}");
    // No: back to the form, nothing saved.
    act(&mut s, Action::ConfirmNo);
    assert_eq!(s.mode(), Mode::Form);
    // Yes: saved as it is.
    act(&mut s, Action::RecordSave);
    let effects = act(&mut s, Action::ConfirmYes);
    let [Effect::Save(Record::Organisation(saved))] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert_eq!(saved.ico, "00064581");
    assert_eq!(saved.meta.id, 0);
}

#[test]
fn an_ngo_keeping_its_own_ico_or_taking_an_archived_ones_is_not_asked_about() {
    let mut data = common::records::showcase();
    let mut s = state_over(data.clone(), 80, 24);
    // Its own IČO, edited: no question.
    act(&mut s, Action::TabNgos);
    let row = s
        .list()
        .rows
        .iter()
        .position(|id| *id == 100)
        .expect("listed");
    s.list_mut().selected = row;
    act(&mut s, Action::RecordEdit);
    type_text(&mut s, " Brno");
    let effects = act(&mut s, Action::RecordSave);
    assert!(
        matches!(effects.as_slice(), [Effect::Save(_)]),
        "{effects:?}"
    );
    // The other NGO archived: no question either.
    if let Some(Record::Organisation(o)) = data.get(Kind::Organisation, 100).cloned() {
        let mut o = o;
        o.meta.archived = true;
        data.upsert(o.into());
    }
    let mut s = state_over(data, 80, 24);
    act(&mut s, Action::TabNgos);
    act(&mut s, Action::RecordNew);
    type_text(&mut s, "Nové ruce");
    act(&mut s, Action::FieldNext);
    type_text(&mut s, "00064581");
    act(&mut s, Action::FieldNext);
    act(&mut s, Action::ChoiceNext);
    let effects = act(&mut s, Action::RecordSave);
    assert_ne!(s.mode(), Mode::Confirm, "{effects:?}");
}

// ---- A whole session over a real store ----

fn write_csv(h: &Harness, name: &str, text: &str) -> String {
    let path = h.dir.path().join(name);
    std::fs::write(&path, text).expect("write the file");
    path.display().to_string()
}

/// A session on the NGO list over a store holding Podané ruce.
fn session_on_ngos() -> Harness {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = common::store::open_in(dir.path());
    let mut ngo = spojka::sample::organisation("Společnost Podané ruce, o.p.s.");
    ngo.ico = "00064581".into();
    store
        .save(ngo.into(), "tester", spojka::sample::epoch())
        .expect("save");
    let options = common::session::options(dir.path());
    let mut h = Harness::over(dir, store, "default", options);
    for _ in 0..3 {
        if h.session.mode() == Mode::Normal {
            break;
        }
        h.keys(if h.session.mode() == Mode::Confirm {
            "n"
        } else {
            "esc"
        });
    }
    h.keys("2");
    assert_eq!(h.session.mode(), Mode::Normal);
    h
}

#[test]
fn a_session_imports_a_csv_with_i_and_the_list_shows_the_new_ngos() {
    let mut h = session_on_ngos();
    let path = write_csv(&h, "organizace.csv", NGOS);
    h.keys("I").typing(&path).keys("enter");
    assert_eq!(h.session.mode(), Mode::Import, "{}", h.message());
    let shown = h.screen();
    assert!(
        shown.contains("2 new, 0 to update, 1 already there"),
        "{shown}"
    );
    // Column F into the notes, and the mapping is saved on import.
    h.keys("end enter").typing("notes").keys("enter");
    h.keys("i");
    assert_eq!(h.session.mode(), Mode::Normal, "{}", h.message());
    assert_eq!(
        h.message(),
        "Imported ".to_string()
            + &path
            + " into NGOs: 2 new, 0 updated, 1 row left out. The column mapping is saved for the next file with this header."
    );
    let ngos: Vec<spojka::domain::Organisation> = h.store.all().expect("ngos");
    assert_eq!(ngos.len(), 3);
    let sance = ngos.iter().find(|o| o.ico == "25755277").expect("Šance");
    assert_eq!(sance.notes, "nová");
    let shown = h.screen();
    assert!(shown.contains("Spolek Šance"), "{shown}");
    // The next file with this header gets the saved mapping.
    h.keys("I").typing(&path).keys("enter");
    let import = match h.session.state.stack.last() {
        Some(View::Import(import)) => import.clone(),
        other => panic!("{other:?}"),
    };
    let column = &import.opened.mapping.columns[5];
    assert_eq!(column.target, Target::Field("notes"));
    assert_eq!(column.how, spojka::sheet::mapping::How::Saved);
    assert_eq!(import.plan.create.len(), 0, "both are there now");
}

#[test]
fn a_session_refuses_a_stale_dry_run_and_imports_once_asked_again() {
    let mut h = session_on_ngos();
    let path = write_csv(&h, "organizace.csv", NGOS);
    h.keys("I").typing(&path).keys("enter");
    assert_eq!(h.session.mode(), Mode::Import);
    // Another session stores Spolek Šance meanwhile.
    let mut sance = spojka::sample::organisation("Spolek Šance, z. s.");
    sance.ico = "25755277".into();
    h.store
        .save(sance.into(), "someone", spojka::sample::epoch())
        .expect("save");
    h.keys("i");
    assert_eq!(h.session.mode(), Mode::Import, "asked again");
    assert_eq!(h.session.state.status.notice, Notice::SheetStale);
    assert_eq!(h.store.count(Kind::Organisation), 2, "nothing written");
    let shown = h.screen();
    assert!(
        shown.contains("1 new, 0 to update, 2 already there"),
        "{shown}"
    );
    h.keys("i");
    assert_eq!(h.session.mode(), Mode::Normal, "{}", h.message());
    assert_eq!(h.store.count(Kind::Organisation), 3, "Nový domov");
}

#[test]
fn a_file_that_cannot_be_read_is_said_in_the_status_line() {
    let mut h = session_on_ngos();
    let path = write_csv(&h, "prazdny.csv", "");
    h.keys("I").typing(&path).keys("enter");
    assert_eq!(h.session.mode(), Mode::Normal);
    assert!(h.message().contains("the file is empty"), "{}", h.message());
    h.keys("I").typing("/no/such/file.xlsx").keys("enter");
    assert_eq!(h.session.mode(), Mode::Normal);
    assert!(
        h.message().contains("/no/such/file.xlsx"),
        "{}",
        h.message()
    );
}
