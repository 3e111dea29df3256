//! Erasing a person from the interactive interface: `P` on a person lists
//! every place their data is found, space skips or confirms one, and only
//! their surname typed erases; a viewer is refused. Snapshots of the
//! screen at 80x24 in English and Czech.

mod common;

use common::session::Harness;
use spojka::app::View;
use spojka::app::access::{Access, Role};
use spojka::domain::{Agreement, Kind, Record};
use spojka::sample;
use spojka::vocab::Lang;

/// Jan Kvapilíček, named in a meeting's minutes and an agreement's notes
/// (one of them a street named after someone of his name), and Eva Nová.
fn world(h: &Harness) -> (u64, u64) {
    let now = sample::epoch();
    let save = |r: Record| h.store.save(r, "setup", now).expect("save");
    let mut jan = sample::person("Jan Kvapilíček", None);
    jan.email = "jan@kvap.cz".into();
    let jan = save(jan.into()).id();
    let eva = save(sample::person("Eva Nová", None).into()).id();
    let f = save(sample::facility("Věznice Bory", spojka::domain::Region::Plzensky).into()).id();
    let mut m = sample::meeting("Porada", Some(f), sample::at(2026, 3, 2, 10, 0));
    m.attendees = vec![jan, eva];
    m.minutes = "S Kvapilíčkem dohodnuto, psát na jan@kvap.cz.".into();
    save(m.into());
    let org = save(sample::organisation("Spolek").into()).id();
    let mut a = sample::agreement("Dohoda", org, vec![f]);
    a.notes = "Sídlo v Kvapilíčkově ulici.".into();
    let agreement = save(a.into()).id();
    (jan, agreement)
}

/// The session's erase screen, if it is on top.
fn erase_screen(h: &Harness) -> Option<&spojka::screens::erase::Erase> {
    match h.session.state.stack.last() {
        Some(View::Erase(e)) => Some(e),
        _ => None,
    }
}

/// Opens the erase screen of the first person of the People tab.
fn open_erase(h: &mut Harness) {
    h.keys("esc 3 home P");
    assert!(erase_screen(h).is_some(), "{}", h.screen());
}

fn agreement_notes(h: &Harness, id: u64) -> String {
    match h.store.get(Kind::Agreement, id).expect("get") {
        Some(Record::Agreement(Agreement { notes, .. })) => notes,
        other => panic!("no agreement: {other:?}"),
    }
}

#[test]
fn a_skipped_place_stays_a_wrong_surname_erases_nothing_and_the_surname_erases() {
    let mut h = Harness::new("default");
    let (jan, agreement) = world(&h);
    open_erase(&mut h);
    let e = erase_screen(&h).expect("the erase screen");
    assert_eq!(e.plan.person.meta.id, jan);
    let street = e
        .plan
        .hits
        .iter()
        .position(|hit| hit.text == "Kvapilíčkově")
        .expect("the street is a hit");
    let count = e.plan.hits.len();
    assert_eq!(e.confirmed(), count, "every place starts confirmed");
    // Move to the street and skip it.
    for _ in 0..street {
        h.keys("down");
    }
    h.keys("space");
    let e = erase_screen(&h).expect("still there");
    assert!(e.skipped[street]);
    assert_eq!(e.confirmed(), count - 1);
    assert!(h.screen().contains(&format!("{} of {count}", count - 1)));
    // A wrong surname: refused, nothing changed.
    h.keys("enter").typing("Novák").keys("enter");
    assert!(h.message().contains("not the surname"), "{}", h.message());
    assert!(h.store.get(Kind::Person, jan).expect("get").is_some());
    assert!(erase_screen(&h).is_some(), "the screen stays");
    // The surname, without accents: erased.
    h.keys("enter").typing("kvapilicek").keys("enter");
    assert!(
        h.message().starts_with("Erased: Jan Kvapilíček"),
        "{}",
        h.message()
    );
    assert!(h.message().contains("7 days"));
    assert!(h.store.get(Kind::Person, jan).expect("get").is_none());
    assert!(erase_screen(&h).is_none(), "the screen closed");
    assert_eq!(
        agreement_notes(&h, agreement),
        "Sídlo v Kvapilíčkově ulici."
    );
    // Gone from the People list.
    let screen = h.keys("3").screen();
    assert!(!screen.contains("Kvapilíček"), "{screen}");
    assert!(screen.contains("Nová"), "{screen}");
    // Undo cannot bring it back.
    h.keys("u");
    assert!(h.store.get(Kind::Person, jan).expect("get").is_none());
}

#[test]
fn esc_leaves_the_erase_screen_and_changes_nothing() {
    let mut h = Harness::new("default");
    let (jan, _) = world(&h);
    let ops = h.store.op_log().expect("log").len();
    open_erase(&mut h);
    h.keys("enter esc esc");
    assert!(erase_screen(&h).is_none());
    assert!(h.store.get(Kind::Person, jan).expect("get").is_some());
    assert_eq!(h.store.op_log().expect("log").len(), ops);
}

#[test]
fn erasing_is_only_for_people() {
    let mut h = Harness::new("default");
    world(&h);
    h.keys("esc 1 home P");
    assert!(erase_screen(&h).is_none());
    assert!(h.message().contains("for people"), "{}", h.message());
}

#[test]
fn a_viewer_cannot_erase() {
    let mut h = Harness::new("default");
    let (jan, _) = world(&h);
    h.session.set_access(Access {
        role: Role::Viewer,
        remote: None,
    });
    h.keys("esc 3 home P");
    assert!(erase_screen(&h).is_none());
    assert!(h.message().contains("only view"), "{}", h.message());
    assert!(h.store.get(Kind::Person, jan).expect("get").is_some());
}

#[test]
fn the_erase_screen_at_80x24_in_english_and_czech() {
    for (lang, name) in [
        (Lang::En, "erase_screen_en_80x24"),
        (Lang::Cs, "erase_screen_cs_80x24"),
    ] {
        let mut h = Harness::speaking("default", lang);
        world(&h);
        open_erase(&mut h);
        h.keys("down space");
        insta::assert_snapshot!(name, h.screen());
    }
}

#[test]
fn the_erase_screen_at_200x60() {
    let mut h = Harness::new("default");
    world(&h);
    h.session.handle(spojka::session::Input::Resize(200, 60));
    h.terminal = common::screen::terminal(200, 60);
    open_erase(&mut h);
    insta::assert_snapshot!("erase_screen_en_200x60", h.screen());
}
