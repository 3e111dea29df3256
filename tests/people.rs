//! People by surname: a name in four parts, lists in a phone book's order
//! (surname, then given name, in Czech alphabetical order), the search that
//! still finds a person by any part of the name, and databases from before
//! the split read with every name taken apart.

mod common;

use common::app::{act, form, screen, state_over, type_text};
use common::store::retry_open;
use spojka::app::msg::Effect;
use spojka::app::{Action, AppState, Mode};
use spojka::catalog;
use spojka::domain::*;
use spojka::model::Data;
use spojka::sample::{self, with_id};
use spojka::store::{Store, codec};
use spojka::vocab::Lang;

/// People whose id order is not their alphabetical order.
fn people() -> AppState {
    let names = [
        (1, "Petr Hrubý"),
        (2, "Mgr. Jan Chalupa"),
        (3, "Eva Cibulka"),
        (4, "Ondřej Čermák, DiS."),
        (5, "Adam Cibulka"),
        (6, "Ing. arch. Zdeněk Adámek"),
        (7, "Mgr. Jana Nováková, Ph.D."),
    ];
    let records = names
        .iter()
        .map(|(id, name)| with_id(sample::person(name, None), *id))
        .collect::<Vec<_>>();
    let mut s = state_over(Data::new(records), 80, 24);
    act(&mut s, Action::TabPeople);
    s
}

/// The rows of the list as "Surname Given name".
fn phone_book(s: &AppState) -> Vec<String> {
    s.list()
        .rows
        .iter()
        .map(|id| match s.data.get(Kind::Person, *id) {
            Some(Record::Person(p)) => format!("{} {}", p.surname, p.given_name),
            other => panic!("not a person: {other:?}"),
        })
        .collect()
}

#[test]
fn the_people_list_is_a_phone_book_in_czech_order() {
    let mut s = people();
    // "Č" after "C", "Ch" after "H"; the two Cibulkas by given name.
    let order = [
        "Adámek Zdeněk",
        "Cibulka Adam",
        "Cibulka Eva",
        "Čermák Ondřej",
        "Hrubý Petr",
        "Chalupa Jan",
        "Nováková Jana",
    ];
    assert_eq!(phone_book(&s), order);
    act(&mut s, Action::SortReverse);
    let mut reversed = order;
    reversed.reverse();
    assert_eq!(phone_book(&s), reversed);
    // The columns read surname first; titles are left to the detail.
    act(&mut s, Action::SortReverse);
    let text = screen(&s);
    assert!(text.contains("Surname ▲"), "{text}");
    assert!(text.contains("Given name"), "{text}");
    let first = text
        .lines()
        .find(|l| l.contains("Adámek"))
        .expect("a row for Adámek");
    assert!(first.trim_start().starts_with("Adámek"), "{first}");
    assert!(
        first.contains("Zdeněk") && !first.contains("Ing."),
        "{first}"
    );
}

#[test]
fn a_person_is_shown_by_the_whole_name_with_titles() {
    let s = people();
    assert_eq!(s.data.name(Kind::Person, 7), "Mgr. Jana Nováková, Ph.D.");
    assert_eq!(s.data.name(Kind::Person, 6), "Ing. arch. Zdeněk Adámek");
    assert_eq!(s.data.name(Kind::Person, 4), "Ondřej Čermák, DiS.");
}

#[test]
fn search_finds_a_person_by_surname_without_diacritics_and_by_title() {
    let mut s = people();
    act(&mut s, Action::FilterStart);
    type_text(&mut s, "novakova");
    assert_eq!(s.list().rows, vec![7]);
    act(&mut s, Action::TextClear);
    type_text(&mut s, "Mgr");
    assert_eq!(s.list().rows, vec![2, 7], "both masters, in list order");
    act(&mut s, Action::TextClear);
    type_text(&mut s, "jana novakova");
    assert_eq!(s.list().rows, vec![7]);
}

#[test]
fn the_form_asks_for_the_four_parts_of_a_name() {
    let mut s = people();
    act(&mut s, Action::RecordNew);
    assert_eq!(s.mode(), Mode::Form);
    let text = screen(&s);
    for label in ["Titles before", "Given name", "Surname", "Titles after"] {
        assert!(text.contains(label), "{label}: {text}");
    }
    // Only the surname is required.
    assert!(act(&mut s, Action::RecordSave).is_empty());
    let problems: Vec<(&str, Problem)> = form(&s)
        .errors
        .iter()
        .map(|e| (e.field, e.problem.clone()))
        .collect();
    assert_eq!(problems, vec![("surname", Problem::Required)]);
    assert_eq!(form(&s).focus, 2, "on the surname");
    act(&mut s, Action::FieldPrev);
    act(&mut s, Action::FieldPrev);
    type_text(&mut s, "Bc.");
    act(&mut s, Action::FieldNext);
    type_text(&mut s, "Marie Terezie");
    act(&mut s, Action::FieldNext);
    type_text(&mut s, "Kučerová");
    act(&mut s, Action::FieldNext);
    type_text(&mut s, "DiS.");
    let effects = act(&mut s, Action::RecordSave);
    let [Effect::Save(Record::Person(p))] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(p.display_name(), "Bc. Marie Terezie Kučerová, DiS.");
}

#[test]
fn the_czech_form_names_the_parts_in_czech() {
    catalog::speak(Lang::Cs);
    let mut s = people();
    act(&mut s, Action::RecordNew);
    let text = screen(&s);
    for label in ["Tituly před", "Jméno", "Příjmení", "Tituly za"] {
        assert!(text.contains(label), "{label}: {text}");
    }
}

/// A person as format versions 1 and 2 stored them.
#[derive(serde::Serialize)]
struct PersonV2 {
    meta: Meta,
    name: String,
    organisation: Option<Id>,
    facility: Option<Id>,
    role: String,
    phone: String,
    email: String,
    notes: String,
}

#[test]
fn a_database_from_before_the_split_opens_with_names_taken_apart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let names = [
        "Mgr. Jana Nováková, Ph.D.",
        "doc. MUDr. Karel Dvořák, CSc.",
        "Jan Pavel Procházka",
        "Ing. arch. Petr Svoboda",
        "Nováková",
    ];
    let mut ids = Vec::new();
    {
        let store = Store::open(&db).expect("open");
        for name in names {
            let saved = store
                .save(sample::person(name, None).into(), "t", sample::epoch())
                .expect("save");
            ids.push(saved.id());
        }
    }
    // Put the people back as version 2 wrote them: one whole name.
    {
        let sled = retry_open(|| sled::open(&db));
        let tree = sled.open_tree("people").expect("tree");
        for (id, name) in ids.iter().zip(names) {
            let Some(Ok(Record::Person(p))) = tree
                .get(id.to_be_bytes())
                .expect("get")
                .map(|v| spojka::store::migrate::decode_record(Kind::Person, &v))
            else {
                panic!("person {id}")
            };
            let old = PersonV2 {
                meta: p.meta,
                name: name.to_string(),
                organisation: None,
                facility: None,
                role: "koordinátorka".into(),
                phone: String::new(),
                email: String::new(),
                notes: String::new(),
            };
            tree.insert(id.to_be_bytes(), codec::encode_as(2, &old))
                .expect("insert");
        }
        sled.flush().expect("flush");
    }
    let store = retry_open(|| Store::open(&db));
    let people: Vec<Person> = store.all().expect("read");
    let parts: Vec<[&str; 4]> = people
        .iter()
        .map(|p| {
            [
                p.title_before.as_str(),
                p.given_name.as_str(),
                p.surname.as_str(),
                p.title_after.as_str(),
            ]
        })
        .collect();
    assert_eq!(
        parts,
        vec![
            ["Mgr.", "Jana", "Nováková", "Ph.D."],
            ["doc. MUDr.", "Karel", "Dvořák", "CSc."],
            ["", "Jan Pavel", "Procházka", ""],
            ["Ing. arch.", "Petr", "Svoboda", ""],
            ["", "", "Nováková", ""],
        ]
    );
    assert!(people.iter().all(|p| p.role == "koordinátorka"));
    for (p, name) in people.iter().zip(names) {
        assert_eq!(p.display_name(), name);
    }
    let report = store.check(false).expect("check");
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    // A save writes today's format.
    let mut jana = people[0].clone();
    jana.role = "ředitelka".into();
    store
        .save(jana.into(), "t", sample::epoch())
        .expect("save again");
    let Some(Record::Person(again)) = store.get(Kind::Person, ids[0]).expect("read") else {
        panic!("Jana")
    };
    assert_eq!(
        (again.surname.as_str(), again.role.as_str()),
        ("Nováková", "ředitelka")
    );
}

#[test]
fn exports_carry_the_four_parts_and_references_the_whole_name() {
    let s = people();
    let jana = s.data.get(Kind::Person, 7).cloned().expect("Jana");
    let mut csv = Vec::new();
    spojka::export::write_csv(
        &mut csv,
        Kind::Person,
        std::slice::from_ref(&jana),
        &|kind, id| s.data.name(kind, id),
        spojka::export::CsvMode::Raw,
    )
    .expect("csv");
    let csv = String::from_utf8(csv).expect("utf-8");
    let mut lines = csv.lines();
    let header = lines.next().expect("a header");
    assert!(
        header.starts_with("id,title_before,given_name,surname,title_after,organisation,"),
        "{header}"
    );
    let row = lines.next().expect("a row");
    assert!(row.starts_with("7,Mgr.,Jana,Nováková,Ph.D.,"), "{row}");
    let mut json = Vec::new();
    spojka::export::write_json(&mut json, Kind::Person, &[jana]).expect("json");
    let json: serde_json::Value = serde_json::from_slice(&json).expect("parses");
    let person = &json["records"][0];
    assert_eq!(person["surname"], "Nováková");
    assert_eq!(person["title_after"], "Ph.D.");
    assert!(person.get("name").is_none());
    // A record that refers to a person names them whole.
    let mut assignment = sample::assignment(7, 99);
    assignment.meta.id = 50;
    let data = Data::new(vec![jana_record(&s), with_id(assignment, 50)]);
    assert!(
        data.name(Kind::Assignment, 50)
            .starts_with("Mgr. Jana Nováková, Ph.D. @ ")
    );
}

fn jana_record(s: &AppState) -> Record {
    s.data.get(Kind::Person, 7).cloned().expect("Jana")
}

/// Choosing a person for an assignment: a phone book too, titles and all
/// in the labels.
#[test]
fn a_person_picker_is_in_surname_order() {
    let mut s = people();
    act(&mut s, Action::TabAssignments);
    act(&mut s, Action::RecordNew);
    form_focus(&mut s, "person");
    act(&mut s, Action::PickerOpen);
    let labels: Vec<String> = common::app::picker(&s)
        .options
        .iter()
        .map(|o| o.label.clone())
        .collect();
    assert_eq!(
        labels,
        [
            "Ing. arch. Zdeněk Adámek",
            "Adam Cibulka",
            "Eva Cibulka",
            "Ondřej Čermák, DiS.",
            "Petr Hrubý",
            "Mgr. Jan Chalupa",
            "Mgr. Jana Nováková, Ph.D.",
        ]
    );
}

fn form_focus(s: &mut AppState, field: &str) {
    s.form_mut().expect("a form").focus_on(field);
}
