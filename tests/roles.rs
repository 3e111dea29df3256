//! Assignment roles and a facility's liaison as a user sees them: the
//! assignment's detail and form, the role's picker, the facility's detail
//! and form, at 80x24 and 200x60, in English and Czech (the other screens'
//! snapshots are in `ui_snapshots.rs` and `czech_screens.rs`).

mod common;

use common::app::{act, screen, state_over, tab};
use spojka::app::{Action, AppState, Effect, Msg, update};
use spojka::catalog;
use spojka::domain::*;
use spojka::model::Data;
use spojka::sample::{self, with_id};
use spojka::vocab::Lang;

/// The showcase, with a member of facility 1's staff as its liaison and a
/// second assignment of Jana's there, in a role the list does not name.
fn data() -> Data {
    let showcase = common::records::showcase();
    let mut records: Vec<Record> = Kind::ALL
        .into_iter()
        .flat_map(|kind| showcase.all(kind).cloned().collect::<Vec<_>>())
        .collect();
    let mut petr = sample::person("Petr Svoboda", None);
    (petr.title_before, petr.facility, petr.role) = ("Bc.".into(), Some(1), "vychovatel".into());
    records.push(with_id(petr, 201));
    for record in &mut records {
        if let Record::Facility(f) = record
            && f.meta.id == 1
        {
            f.coordinator = Some(201);
        }
    }
    let mut therapist = sample::assignment(200, 1);
    therapist.role = AssignmentRole::Other;
    therapist.role_note = "terapeutka (skupinová terapie)".into();
    therapist.services = vec![Service::Addiction];
    therapist.from = chrono::NaiveDate::from_ymd_opt(2026, 3, 1);
    records.push(with_id(therapist, 301));
    Data::new(records)
}

fn state(lang: Lang, width: u16, height: u16) -> AppState {
    catalog::speak(lang);
    state_over(data(), width, height)
}

/// Opens record `id` of `kind`'s list in its detail.
fn detail(s: &mut AppState, kind: Kind, id: Id) {
    act(s, tab(kind));
    s.list_mut().select_id(id, 20);
    act(s, Action::DetailOpen);
}

/// Opens record `id` of `kind`'s list in its form.
fn edit(s: &mut AppState, kind: Kind, id: Id) {
    act(s, tab(kind));
    s.list_mut().select_id(id, 20);
    for effect in act(s, Action::RecordEdit) {
        if let Effect::ReadFull(kind, id, purpose) = effect {
            let record = s.data.get(kind, id).cloned().expect("the selected record");
            update(s, Msg::ReadFull(record, purpose));
        }
    }
}

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

/// The words of the English catalog this feature brought, none of which a
/// Czech screen may show.
const ENGLISH: [&str; 5] = [
    "Liaison",
    "Role detail",
    "NGO coordinator",
    "chaplain",
    "other",
];

fn keep(lang: Lang, name: &str, shown: String) {
    if lang == Lang::Cs {
        for word in ENGLISH {
            assert!(!shown.contains(word), "{name}: {word:?} in\n{shown}");
        }
    }
    insta::assert_snapshot!(name, shown);
}

#[test]
fn an_assignment_detail_shows_its_role_and_note() {
    for lang in [Lang::En, Lang::Cs] {
        for (w, h) in SIZES {
            let mut s = state(lang, w, h);
            detail(&mut s, Kind::Assignment, 301);
            let shown = screen(&s);
            let (role, note) = match lang {
                Lang::En => ("other", "Role detail"),
                Lang::Cs => ("jiná", "Upřesnění role"),
            };
            assert!(shown.contains(role) && shown.contains(note), "{shown}");
            assert!(shown.contains("terapeutka (skupinová terapie)"), "{shown}");
            keep(
                lang,
                &format!("assignment_detail_{}_{w}x{h}", lang.code()),
                shown,
            );
        }
    }
}

#[test]
fn an_assignment_form_offers_the_roles() {
    for lang in [Lang::En, Lang::Cs] {
        for (w, h) in SIZES {
            let mut s = state(lang, w, h);
            edit(&mut s, Kind::Assignment, 300);
            let shown = screen(&s);
            let role = match lang {
                Lang::En => "NGO coordinator",
                Lang::Cs => "koordinátor/ka NNO",
            };
            assert!(shown.contains(role), "{shown}");
            keep(
                lang,
                &format!("assignment_form_{}_{w}x{h}", lang.code()),
                shown,
            );
            s.form_mut().expect("the form").focus_on("role");
            act(&mut s, Action::PickerOpen);
            let shown = screen(&s);
            let chaplain = match lang {
                Lang::En => "chaplain",
                Lang::Cs => "kaplan",
            };
            assert!(shown.contains(chaplain), "{shown}");
            keep(
                lang,
                &format!("assignment_role_picker_{}_{w}x{h}", lang.code()),
                shown,
            );
        }
    }
}

#[test]
fn a_facility_detail_names_its_liaison() {
    for lang in [Lang::En, Lang::Cs] {
        for (w, h) in SIZES {
            let mut s = state(lang, w, h);
            detail(&mut s, Kind::Facility, 1);
            let shown = screen(&s);
            let label = match lang {
                Lang::En => "Liaison",
                Lang::Cs => "Styčná osoba",
            };
            assert!(shown.contains(label), "{shown}");
            assert!(shown.contains("Bc. Petr Svoboda"), "{shown}");
            keep(
                lang,
                &format!("facility_detail_{}_{w}x{h}", lang.code()),
                shown,
            );
        }
    }
}

#[test]
fn a_facility_form_has_its_liaison() {
    for lang in [Lang::En, Lang::Cs] {
        for (w, h) in SIZES {
            let mut s = state(lang, w, h);
            edit(&mut s, Kind::Facility, 1);
            let shown = screen(&s);
            assert!(shown.contains("Bc. Petr Svoboda"), "{shown}");
            keep(
                lang,
                &format!("facility_form_{}_{w}x{h}", lang.code()),
                shown,
            );
        }
    }
}
