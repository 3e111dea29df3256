//! Importing spreadsheets into the store: column guesses from Czech and
//! English headers, the dry run's counts, duplicates (IČO, name without its
//! legal form, e-mail, rows of one file), references by name, updates that
//! never clear a value, and the import as one operation.

mod common;

use spojka::catalog::speaking;
use spojka::domain::{Kind, Membership, Organisation, Person, Record};
use spojka::sheet::apply::{self, ApplyError};
use spojka::sheet::mapping::{self, How, Mapping, Target};
use spojka::sheet::rows::Reason;
use spojka::sheet::{Duplicates, Plan, ReadOptions, SheetFormat, Table};
use spojka::store::Store;
use spojka::vocab::Lang;

const WHO: &str = "test";

fn now() -> spojka::domain::Timestamp {
    "2026-03-02T09:00:00Z".parse().expect("time")
}

fn seeded() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&dir.path().join("db")).expect("open");
    spojka::seed::seed(&store, WHO, now()).expect("seed");
    (dir, store)
}

fn table(text: &str) -> Table {
    let options = ReadOptions {
        format: Some(SheetFormat::Csv),
        ..ReadOptions::default()
    };
    spojka::sheet::read(text.as_bytes(), &options).expect("reads")
}

fn map(table: &Table, kind: Kind) -> Mapping {
    let vocabulary = spojka::spreadsheet::vocabulary(kind);
    mapping::guess(table, kind, &vocabulary, &|_| None, &Vec::new(), "test").expect("mapping")
}

fn plan(store: &Store, text: &str, kind: Kind, duplicates: Duplicates) -> Plan {
    let table = table(text);
    let mapping = map(&table, kind);
    let vocabulary = spojka::spreadsheet::vocabulary(kind);
    apply::prepare(store, &table, &mapping, &vocabulary, duplicates, now()).expect("plan")
}

fn import(store: &Store, text: &str, kind: Kind, duplicates: Duplicates) -> Plan {
    let plan = plan(store, text, kind, duplicates);
    assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    apply::apply(store, &plan, "test".into(), WHO, now()).expect("apply");
    plan
}

fn ngos(store: &Store) -> Vec<Organisation> {
    store.all().expect("ngos")
}

fn targets(mapping: &Mapping) -> Vec<(String, Target)> {
    mapping
        .columns
        .iter()
        .map(|c| (c.header.clone(), c.target))
        .collect()
}

#[test]
fn czech_and_english_headers_are_guessed_whatever_the_language_spoken() {
    let czech = table("Název organizace;IČ;E-mail;Tel.;Kraj;Členství;Poznámka;Něco\n");
    let english = table("Name,Company ID,Email,Phone,Regions,Membership,Notes,Other\n");
    for lang in Lang::ALL {
        for t in [&czech, &english] {
            let mapping = speaking(lang, || map(t, Kind::Organisation));
            let fields: Vec<Target> = targets(&mapping).into_iter().map(|(_, t)| t).collect();
            assert_eq!(
                fields,
                [
                    Target::Field("name"),
                    Target::Field("ico"),
                    Target::Field("email"),
                    Target::Field("phone"),
                    Target::Field("regions"),
                    Target::Field("membership"),
                    Target::Field("notes"),
                    Target::Ignore,
                ]
            );
            assert_eq!(mapping.columns[7].how, How::Unknown);
        }
    }
    let people = table("Titul;Jméno;Příjmení;NNO;Zařízení;E-mail\n");
    let fields: Vec<Target> = targets(&map(&people, Kind::Person))
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    assert_eq!(
        fields,
        [
            "title_before",
            "given_name",
            "surname",
            "organisation",
            "facility",
            "email"
        ]
        .map(Target::Field)
    );
}

#[test]
fn a_title_row_above_the_header_is_skipped_and_our_own_columns_ignored() {
    let t = table("Seznam NNO 2026;;\nID;Název;Vytvořeno\n1;Šance;2026-01-01T00:00:00Z\n");
    let mapping = map(&t, Kind::Organisation);
    assert_eq!(mapping.header_row, 2);
    assert_eq!(
        targets(&mapping),
        [
            ("ID".to_string(), Target::Ignore),
            ("Název".to_string(), Target::Field("name")),
            ("Vytvořeno".to_string(), Target::Ignore),
        ]
    );
}

#[test]
fn a_sheet_without_a_header_is_refused() {
    let t = table("Věznice Plzeň;Plzeňský kraj\nVěznice Bory;Plzeňský kraj\n");
    let vocabulary = spojka::spreadsheet::vocabulary(Kind::Facility);
    let refused = mapping::guess(&t, Kind::Facility, &vocabulary, &|_| None, &Vec::new(), "x");
    assert!(matches!(
        refused,
        Err(spojka::sheet::SheetError::NoHeader { .. })
    ));
}

const NGOS: &str = "Název;IČO;E-mail;Kraj;Členství;Telefon\n\
Spolek Šance, z. s.;25755277;info@sance.cz;Plzeňský;člen;\n\
Rubikon Centrum, o. p. s.;;rubikon@example.cz;Praha;partner;+420 777 000 111\n\
Nová NNO;;;Karlovarský kraj;member;\n";

#[test]
fn a_dry_run_counts_and_writes_nothing_then_the_import_writes_it_all() {
    let (_dir, store) = seeded();
    let before = store.counters();
    let dry = plan(&store, NGOS, Kind::Organisation, Duplicates::Skip);
    assert_eq!(dry.create.len(), 3);
    assert!(dry.problems.is_empty(), "{:?}", dry.problems);
    assert_eq!(store.counters(), before, "a dry run writes nothing");
    assert!(ngos(&store).is_empty());
    apply::apply(&store, &dry, "test".into(), WHO, now()).expect("apply");
    let stored = ngos(&store);
    assert_eq!(stored.len(), 3);
    let sance = &stored[0];
    assert_eq!(sance.name, "Spolek Šance, z. s.");
    assert_eq!(sance.membership, Membership::Member);
    assert_eq!(sance.regions, [spojka::domain::Region::Plzensky]);
    assert_eq!(stored[1].phone, "+420 777 000 111");
    // One operation in the log for the whole import.
    let log = store.op_log().expect("log");
    let imports = log
        .iter()
        .filter(|(_, e)| e.kind == spojka::store::OpKind::Import)
        .count();
    assert_eq!(imports, 1);
}

#[test]
fn duplicates_are_found_by_ico_by_name_without_legal_form_and_by_email() {
    let (_dir, store) = seeded();
    import(&store, NGOS, Kind::Organisation, Duplicates::Skip);
    let again = "Název;IČO;E-mail;Členství\n\
        Úplně jiný název;25755277;;člen\n\
        RUBIKON centrum;;;partner\n\
        Jinak;;INFO@sance.cz;člen\n\
        Nová nová;;;člen\n";
    let dry = plan(&store, again, Kind::Organisation, Duplicates::Skip);
    let by: Vec<(u32, spojka::sheet::rows::By)> =
        dry.skipped.iter().map(|m| (m.row, m.by)).collect();
    use spojka::sheet::rows::By;
    // Row 4 is Šance again (by e-mail), already matched by row 2: it
    // repeats row 2.
    assert_eq!(by, [(2, By::Ico), (3, By::Name)]);
    assert_eq!(dry.in_file, [(4, 2)]);
    assert_eq!(dry.create.len(), 1);
    let kept = plan(&store, again, Kind::Organisation, Duplicates::Keep);
    assert_eq!(kept.create.len(), 3);
    assert_eq!(kept.kept.len(), 2);
}

#[test]
fn rows_of_one_file_that_are_the_same_record_are_reported() {
    let (_dir, store) = seeded();
    let text = "Název;Členství\nŠance z.s.;člen\nŠANCE, z. s.;člen\n";
    let dry = plan(&store, text, Kind::Organisation, Duplicates::Skip);
    assert_eq!(dry.in_file, [(3, 2)]);
    assert_eq!(dry.create.len(), 1);
}

#[test]
fn an_update_fills_what_the_row_gives_and_never_clears_a_stored_value() {
    let (_dir, store) = seeded();
    import(&store, NGOS, Kind::Organisation, Duplicates::Skip);
    let update = "Název;Telefon;E-mail;Web\nRubikon Centrum;;;www.rubikon.cz\nSpolek Šance;;;\n";
    let dry = plan(&store, update, Kind::Organisation, Duplicates::Update);
    assert_eq!(dry.update.len(), 1);
    assert_eq!(dry.unchanged.len(), 1);
    apply::apply(&store, &dry, "test".into(), WHO, now()).expect("apply");
    let rubikon = ngos(&store)
        .into_iter()
        .find(|o| o.name.starts_with("Rubikon"))
        .expect("rubikon");
    assert_eq!(rubikon.web, "www.rubikon.cz");
    assert_eq!(rubikon.phone, "+420 777 000 111");
    assert_eq!(rubikon.email, "rubikon@example.cz");
}

#[test]
fn every_row_that_cannot_be_read_is_named_with_row_column_and_reason() {
    let (_dir, store) = seeded();
    let long = "x".repeat(100_000);
    let text = format!(
        "Název;IČO;E-mail;Členství;Poznámky\n\
         Dobrá;;;člen;\n\
         ;25755278;nope;marťan;\n\
         Zvonek;;;člen;a\u{7}b\n\
         Dlouhá;;;člen;{long}\n"
    );
    let dry = plan(&store, &text, Kind::Organisation, Duplicates::Skip);
    assert_eq!(dry.create.len(), 1);
    assert_eq!(dry.bad_rows(), [3, 4, 5]);
    let found: Vec<(u32, Option<usize>, Option<&str>)> = dry
        .problems
        .iter()
        .map(|p| (p.row, p.column, p.field))
        .collect();
    assert_eq!(
        found,
        [
            (3, Some(0), Some("name")),
            (3, Some(1), Some("ico")),
            (3, Some(2), Some("email")),
            (3, Some(3), Some("membership")),
            (4, Some(4), Some("notes")),
            (5, Some(4), Some("notes")),
        ]
    );
    assert!(matches!(dry.problems[3].reason, Reason::UnknownChoice(ref v) if v == "marťan"));
    assert_eq!(dry.problems[4].reason, Reason::Control(7));
    assert_eq!(dry.problems[5].reason, Reason::TooLong(100_000));
    // Worded in both languages with the row and the column's letter.
    let en = speaking(Lang::En, || {
        spojka::catalog::sheet::row_problem(&dry.problems[3])
    });
    assert!(en.contains("row 3, column D \"Členství\""), "{en}");
    let cs = speaking(Lang::Cs, || {
        spojka::catalog::sheet::row_problem(&dry.problems[3])
    });
    assert!(cs.contains("řádek 3, sloupec D „Členství“"), "{cs}");
}

#[test]
fn references_are_resolved_by_name_and_the_unresolved_reported() {
    let (_dir, store) = seeded();
    import(&store, NGOS, Kind::Organisation, Duplicates::Skip);
    let people = "Jméno;Příjmení;NNO;Zařízení;E-mail\n\
        Jana;Nováková;Spolek Šance;Věznice Plzeň;jana@sance.cz\n\
        Petr;Svoboda;Neznámá NNO;věznice plzeň;\n\
        Eva;Malá;;Věznice Marsu;\n";
    let dry = plan(&store, people, Kind::Person, Duplicates::Skip);
    assert_eq!(dry.create.len(), 1);
    let reasons: Vec<(u32, &Reason)> = dry.problems.iter().map(|p| (p.row, &p.reason)).collect();
    assert_eq!(
        reasons,
        [
            (
                3,
                &Reason::Unresolved(Kind::Organisation, "Neznámá NNO".into())
            ),
            (
                4,
                &Reason::Unresolved(Kind::Facility, "Věznice Marsu".into())
            ),
        ]
    );
    apply::apply(&store, &dry, "test".into(), WHO, now()).expect("apply");
    let jana: Vec<Person> = store.all().expect("people");
    let facility = store
        .get(Kind::Facility, jana[0].facility.expect("facility"))
        .expect("read")
        .expect("facility");
    assert_eq!(facility.title(), "Věznice Plzeň");
}

#[test]
fn an_import_that_fails_midway_writes_nothing() {
    let (_dir, store) = seeded();
    import(&store, NGOS, Kind::Organisation, Duplicates::Skip);
    let mut text = String::from("Jméno;Příjmení;NNO\n");
    for i in 0..2500 {
        text.push_str(&format!("Osoba;Číslo {i};Spolek Šance\n"));
    }
    let mut dry = plan(&store, &text, Kind::Person, Duplicates::Skip);
    assert_eq!(dry.create.len(), 2500);
    // The 2400th record refers to an NGO that is not there: the store
    // refuses it after two chunks were written.
    if let Record::Person(p) = &mut dry.create[2400].record {
        p.organisation = Some(999_999);
    }
    let before = store.counters();
    let failed = apply::apply(&store, &dry, "test".into(), WHO, now());
    assert!(matches!(failed, Err(ApplyError::Store(_))), "{failed:?}");
    assert!(store.all::<Person>().expect("people").is_empty());
    assert_eq!(ngos(&store).len(), 3);
    let log = store.op_log().expect("log");
    assert!(
        log.iter()
            .all(|(op, e)| *op < before.next_op || e.state != spojka::store::OpState::Committed)
    );
}

#[test]
fn a_plan_made_before_a_change_is_refused() {
    let (_dir, store) = seeded();
    let dry = plan(&store, NGOS, Kind::Organisation, Duplicates::Skip);
    let mut other = Organisation {
        name: "Mezitím uložená".into(),
        ..Organisation::default()
    };
    other.meta = spojka::domain::Meta::new(now());
    store.save(other.into(), WHO, now()).expect("save");
    let refused = apply::apply(&store, &dry, "test".into(), WHO, now());
    assert!(matches!(refused, Err(ApplyError::Changed)));
    assert_eq!(ngos(&store).len(), 1);
}

#[test]
fn an_agreement_renewing_one_in_the_same_file_is_written_after_it() {
    let (_dir, store) = seeded();
    import(&store, NGOS, Kind::Organisation, Duplicates::Skip);
    let text = "Předmět;NNO;Zařízení;Stav;Obnovuje\n\
        Dohoda 2027;Spolek Šance;Věznice Plzeň;návrh;Dohoda 2026\n\
        Dohoda 2026;Spolek Šance;Věznice Plzeň, Věznice Horní Slavkov;návrh;\n";
    let dry = import(&store, text, Kind::Agreement, Duplicates::Skip);
    assert_eq!(dry.create.iter().map(|p| p.row).collect::<Vec<_>>(), [3, 2]);
    let stored: Vec<spojka::domain::Agreement> = store.all().expect("agreements");
    let old = stored
        .iter()
        .find(|a| a.subject == "Dohoda 2026")
        .expect("old");
    let new = stored
        .iter()
        .find(|a| a.subject == "Dohoda 2027")
        .expect("new");
    assert_eq!(new.replaces, Some(old.meta.id));
    assert_eq!(old.facilities.len(), 2);
}

#[test]
fn dates_stored_as_numbers_and_lost_leading_zeros_are_read() {
    let (_dir, store) = seeded();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (col, header) in ["Název", "IČO", "Členství"].iter().enumerate() {
        sheet.write_string(0, col as u16, *header).expect("write");
    }
    sheet
        .write_string(1, 0, "Nula na začátku  ")
        .expect("write");
    sheet.write_number(1, 1, 64581).expect("write");
    sheet.write_string(1, 2, "člen").expect("write");
    let bytes = book.save_to_buffer().expect("xlsx");
    let options = ReadOptions {
        format: Some(SheetFormat::Xlsx),
        ..ReadOptions::default()
    };
    let table = spojka::sheet::read(&bytes, &options).expect("reads");
    let mapping = map(&table, Kind::Organisation);
    let vocabulary = spojka::spreadsheet::vocabulary(Kind::Organisation);
    let dry = apply::prepare(
        &store,
        &table,
        &mapping,
        &vocabulary,
        Duplicates::Skip,
        now(),
    )
    .expect("plan");
    assert!(dry.problems.is_empty(), "{:?}", dry.problems);
    match &dry.create[0].record {
        Record::Organisation(o) => {
            assert_eq!(o.ico, "00064581");
            assert_eq!(o.name, "Nula na začátku");
        }
        other => panic!("{other:?}"),
    }
}
