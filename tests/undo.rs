//! Undo and redo in a session: every kind of change the interface makes is
//! undone with `u` and done again with `Ctrl-R`, the database compared
//! before and after; an undo of records someone else changed since is
//! refused and changes nothing; an import is undone all or nothing.

mod common;

use common::session::Harness;
use spojka::domain::recurrence::Recurrence;
use spojka::domain::{AgreementStatus, Kind, Meeting, Record};
use spojka::effect::Effect;
use spojka::sample;
use spojka::store::Store;

/// Every record of every kind, with the version each is at left out (an
/// undo writes a new version of what it puts back).
fn database(store: &Store) -> Vec<Record> {
    let mut out = Vec::new();
    for kind in Kind::ALL {
        for mut record in store.all_records(kind).expect("read") {
            let meta = record.meta_mut();
            meta.version = 0;
            meta.updated = sample::epoch();
            out.push(record);
        }
    }
    out
}

fn meeting(store: &Store, id: u64) -> Meeting {
    match store.get(Kind::Meeting, id).expect("get") {
        Some(Record::Meeting(m)) => m,
        other => panic!("no meeting: {other:?}"),
    }
}

/// A database with a facility, an NGO, a draft agreement, a weekly series
/// and a one-off meeting; their ids.
struct Ids {
    facility: u64,
    agreement: u64,
    series: u64,
    one_off: u64,
}

fn harness() -> (Harness, Ids) {
    let h = Harness::new("default");
    let now = sample::epoch();
    let store = &h.store;
    let facility = store
        .save(
            sample::facility("Věznice Bory", spojka::domain::Region::Praha).into(),
            "setup",
            now,
        )
        .expect("facility")
        .id();
    let ngo = store
        .save(sample::organisation("Spolek").into(), "setup", now)
        .expect("ngo")
        .id();
    let agreement = store
        .save(
            sample::agreement("Spolupráce", ngo, vec![facility]).into(),
            "setup",
            now,
        )
        .expect("agreement")
        .id();
    let mut weekly = sample::meeting("Porada", Some(facility), sample::at(2026, 11, 30, 10, 0));
    weekly.recurrence = Some(Box::new(Recurrence {
        rule: "FREQ=WEEKLY".into(),
        cancelled: Vec::new(),
        overrides: Vec::new(),
    }));
    let series = store
        .save(weekly.into(), "setup", now)
        .expect("series")
        .id();
    let one_off = store
        .save(
            sample::meeting("Návštěva", Some(facility), sample::at(2026, 11, 20, 9, 0)).into(),
            "setup",
            now,
        )
        .expect("one-off")
        .id();
    let mut h = h;
    h.session.wait_loaded();
    (
        h,
        Ids {
            facility,
            agreement,
            series,
            one_off,
        },
    )
}

/// Makes `change`, then undoes it with `u` and redoes it with `Ctrl-R`,
/// comparing the database each time; the status line's words on the way.
fn undone_and_redone(h: &mut Harness, what: &str, change: Effect) {
    let before = database(&h.store);
    h.session.perform(change);
    let after = database(&h.store);
    assert_ne!(before, after, "{what}: the change changed something");
    h.keys("u");
    assert_eq!(database(&h.store), before, "{what}: undone");
    assert!(
        h.message().starts_with("Undone: "),
        "{what}: {}",
        h.message()
    );
    h.keys("C-r");
    assert_eq!(database(&h.store), after, "{what}: redone");
    assert!(
        h.message().starts_with("Redone: "),
        "{what}: {}",
        h.message()
    );
}

#[test]
fn every_kind_of_change_is_undone_and_redone() {
    let (mut h, ids) = harness();
    let store = h.store.clone();
    let get = |kind, id| store.get(kind, id).expect("get").expect("stored");

    // A save (an edit of a form).
    let mut facility = get(Kind::Facility, ids.facility);
    if let Record::Facility(f) = &mut facility {
        f.town = "Plzeň".into();
    }
    undone_and_redone(&mut h, "a save", Effect::Save(facility));

    // An archive, and a restore.
    let mut archived = get(Kind::Facility, ids.facility);
    archived.meta_mut().archived = true;
    undone_and_redone(&mut h, "an archive", Effect::Save(archived));
    let mut restored = get(Kind::Facility, ids.facility);
    restored.meta_mut().archived = false;
    undone_and_redone(&mut h, "a restore", Effect::Save(restored));

    // A lifecycle step.
    let Record::Agreement(mut agreement) = get(Kind::Agreement, ids.agreement) else {
        panic!("an agreement")
    };
    agreement.status = AgreementStatus::Negotiating;
    undone_and_redone(
        &mut h,
        "a lifecycle step",
        Effect::Save(agreement.clone().into()),
    );

    // A renewal: a new draft linked to the agreement.
    let Record::Agreement(agreement) = get(Kind::Agreement, ids.agreement) else {
        panic!("an agreement")
    };
    let renewal = spojka::domain::lifecycle::renewal(&agreement, sample::epoch());
    undone_and_redone(&mut h, "a renewal", Effect::Save(renewal.into()));

    // A cancelled, a moved and a held occurrence of the series.
    let day = sample::at(2026, 12, 7, 10, 0).date();
    let cancelled = spojka::screens::calendar::cancelled(meeting(&store, ids.series), day);
    undone_and_redone(
        &mut h,
        "a cancelled occurrence",
        Effect::Save(cancelled.into()),
    );
    let moved = spojka::screens::calendar::moved(
        meeting(&store, ids.series),
        day,
        sample::at(2026, 12, 8, 14, 0),
    );
    undone_and_redone(&mut h, "a moved occurrence", Effect::Save(moved.into()));
    let held = spojka::screens::calendar::held(
        meeting(&store, ids.one_off),
        sample::at(2026, 11, 20, 9, 0).date(),
    );
    undone_and_redone(&mut h, "a held meeting", Effect::Save(held.into()));

    // A series split: the new series and the old one ended, together.
    let mut ended = meeting(&store, ids.series);
    if let Some(r) = &mut ended.recurrence {
        r.rule = "FREQ=WEEKLY;UNTIL=20261214T000000Z".into();
    }
    let mut following = meeting(&store, ids.series);
    following.meta.id = 0;
    following.meta.version = 0;
    following.start = sample::at(2026, 12, 14, 11, 0);
    following.end = sample::at(2026, 12, 14, 12, 0);
    following.uid = String::new();
    undone_and_redone(
        &mut h,
        "a series split",
        Effect::SaveSeveral(vec![following.into(), ended.into()]),
    );

    // A delete (the one-off meeting: nothing refers to it).
    undone_and_redone(
        &mut h,
        "a delete",
        Effect::Delete(Kind::Meeting, ids.one_off),
    );

    // A whole import from the interface.
    let file = h.dir.path().join("import.ics");
    std::fs::write(&file, two_events()).expect("write the file");
    let path = file.display().to_string();
    undone_and_redone(&mut h, "an import", Effect::ImportIcs(path));
}

fn two_events() -> &'static str {
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\
     BEGIN:VEVENT\r\nUID:one@example.cz\r\nDTSTART:20261210T090000Z\r\n\
     DTEND:20261210T100000Z\r\nSUMMARY:Jedna\r\nEND:VEVENT\r\n\
     BEGIN:VEVENT\r\nUID:two@example.cz\r\nDTSTART:20261211T090000Z\r\n\
     DTEND:20261211T100000Z\r\nSUMMARY:Dvě\r\nEND:VEVENT\r\n\
     END:VCALENDAR\r\n"
}

#[test]
fn many_levels_undo_newest_first_and_a_new_change_clears_redo() {
    let (mut h, ids) = harness();
    let start = database(&h.store);
    let mut names = Vec::new();
    for town in ["A", "B", "C"] {
        let Some(Record::Facility(mut f)) = h.store.get(Kind::Facility, ids.facility).expect("get")
        else {
            panic!("facility")
        };
        f.town = town.into();
        h.session.perform(Effect::Save(f.into()));
        names.push(database(&h.store));
    }
    h.keys("u");
    assert_eq!(database(&h.store), names[1], "{}", h.message());
    h.keys("u");
    assert_eq!(database(&h.store), names[0], "{}", h.message());
    h.keys("u");
    assert_eq!(database(&h.store), start);
    h.keys("u");
    assert!(
        h.message().starts_with("Nothing to undo"),
        "{}",
        h.message()
    );
    h.keys("C-r");
    assert_eq!(database(&h.store), names[0]);
    // A new change: nothing left to redo.
    let mut archived = h
        .store
        .get(Kind::Facility, ids.facility)
        .expect("get")
        .expect("stored");
    archived.meta_mut().archived = true;
    h.session.perform(Effect::Save(archived));
    h.keys("C-r");
    assert_eq!(h.message(), "Nothing to redo.");
}

#[test]
fn undo_of_a_record_changed_elsewhere_is_refused_naming_it() {
    let (mut h, ids) = harness();
    let Some(mut facility) = h.store.get(Kind::Facility, ids.facility).expect("get") else {
        panic!("facility")
    };
    facility.meta_mut().archived = true;
    h.session.perform(Effect::Save(facility));
    // Someone else (the command line, another session) edits it since.
    let Some(Record::Facility(mut f)) = h.store.get(Kind::Facility, ids.facility).expect("get")
    else {
        panic!("facility")
    };
    f.town = "Jinde".into();
    h.store
        .save(f.into(), "someone", sample::epoch())
        .expect("save");
    let before = database(&h.store);
    h.keys("u");
    assert_eq!(database(&h.store), before, "nothing changed");
    let message = h.message();
    assert!(
        message.contains("changed since by someone else"),
        "{message}"
    );
    assert!(message.contains("facility \"Věznice Bory\""), "{message}");
}

#[test]
fn an_import_is_undone_all_or_nothing() {
    let (mut h, _) = harness();
    let file = h.dir.path().join("import.ics");
    std::fs::write(&file, two_events()).expect("write the file");
    let before = database(&h.store);
    h.session
        .perform(Effect::ImportIcs(file.display().to_string()));
    let imported: Vec<Meeting> = h
        .store
        .all::<Meeting>()
        .expect("meetings")
        .into_iter()
        .filter(|m| m.title == "Dvě")
        .collect();
    let mut changed = imported[0].clone();
    changed.place = "Jinde".into();
    h.store
        .save(changed.into(), "someone", sample::epoch())
        .expect("save");
    let after = database(&h.store);
    h.keys("u");
    assert_eq!(database(&h.store), after, "not one record undone");
    assert!(h.message().contains("meeting \"Dvě\""), "{}", h.message());
    assert!(!h.message().contains("Jedna"), "{}", h.message());
    assert_ne!(before, after);
}

#[test]
fn u_in_a_form_is_text_and_in_the_lists_undoes_in_czech_too() {
    let mut h = Harness::speaking("default", spojka::vocab::Lang::Cs);
    let now = sample::epoch();
    h.store
        .save(sample::organisation("Spolek").into(), "setup", now)
        .expect("ngo");
    h.session.wait_loaded();
    h.keys("esc 2 a");
    assert!(h.message().starts_with("Archivováno"), "{}", h.message());
    h.keys("u");
    assert_eq!(h.message(), "Vráceno zpět: NNO „Spolek“.");
    h.keys("e").typing("u");
    assert!(h.screen().contains("Spoleku"), "typed into the form");
}

#[test]
fn a_past_change_is_reverted_from_the_history_unless_a_later_one_touched_its_fields() {
    let (mut h, ids) = harness();
    let edit = |h: &Harness, change: &dyn Fn(&mut spojka::domain::Facility)| {
        let Some(Record::Facility(mut f)) = h.store.get(Kind::Facility, ids.facility).expect("get")
        else {
            panic!("facility")
        };
        change(&mut f);
        h.store
            .save(f.into(), "jana", sample::epoch())
            .expect("save");
    };
    edit(&h, &|f| f.town = "Plzeň".into());
    edit(&h, &|f| f.phone = "123".into());
    edit(&h, &|f| f.phone = "456".into());
    h.session.wait_loaded();
    // Newest first: the second phone, the first phone, the town, created.
    h.keys("esc 1 h");
    assert!(h.screen().contains("Phone: 123 → 456"), "{}", h.screen());
    // The first phone change: a later change touched the phone.
    h.keys("j r");
    assert!(
        h.message().contains("a later change touched Phone"),
        "{}",
        h.message()
    );
    // The town's change: nothing later touched the town.
    h.keys("j r");
    assert_eq!(h.message(), "Reverted: facility \"Věznice Bory\".");
    let Some(Record::Facility(f)) = h.store.get(Kind::Facility, ids.facility).expect("get") else {
        panic!("facility")
    };
    assert_eq!((f.town.as_str(), f.phone.as_str()), ("", "456"));
    // The revert is in the history, and is undone with u.
    assert!(h.screen().contains("Town: Plzeň → "), "{}", h.screen());
    h.keys("u");
    let Some(Record::Facility(f)) = h.store.get(Kind::Facility, ids.facility).expect("get") else {
        panic!("facility")
    };
    assert_eq!(f.town, "Plzeň");
}
