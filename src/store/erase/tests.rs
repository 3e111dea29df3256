use super::*;
use crate::domain::personal::{Link, TextField};
use crate::domain::recurrence::{Details, Override, Recurrence};
use crate::domain::{ActionItem, ActionStatus, Region};
use crate::sample;

const ERASED: &str = "vymazaná osoba";

/// Ids of the records of [`world`].
struct World {
    jan: Id,
    eva: Id,
    facility: Id,
    meeting: Id,
    series: Id,
    assignment: Id,
    action: Id,
    agreement: Id,
    /// The operation that edited the meeting's minutes.
    minutes_edit: u64,
}

fn last_op(store: &Store) -> u64 {
    store.op_log().expect("log").last().expect("an op").0
}

/// Jan Kvapilíček, named, written to and rung in every place a person can
/// be, and Eva Nová beside him.
fn world(store: &Store) -> World {
    let now = sample::epoch();
    let save = |r: Record| store.save(r, "a", now).expect("save");
    let mut jan = sample::person("Jan Kvapilíček", None);
    jan.email = "jan@kvap.cz".into();
    jan.phone = "+420 777 123 456".into();
    jan.notes = "Kvapilíčkovy poznámky".into();
    let jan = save(jan.into()).id();
    let eva = save(sample::person("Eva Nová", None).into()).id();
    let mut f = sample::facility("Věznice Bory", Region::Plzensky);
    f.coordinator = Some(jan);
    f.notes = "Volat Kvapilíčkovi na +420777123456.".into();
    let facility = save(f.into()).id();
    let start = sample::at(2026, 3, 2, 10, 0);
    let mut m = sample::meeting("Porada s Kvapilíčkem", Some(facility), start);
    m.organiser = Some(jan);
    m.attendees = vec![jan, eva];
    m.minutes = "Jan Kvapilíček slíbil zprávu.".into();
    let meeting = save(m.into());
    let Record::Meeting(mut m) = meeting.clone() else {
        panic!("a meeting")
    };
    m.minutes = "Kvapilíček slíbil zprávu do pátku; psát na jan@kvap.cz".into();
    save(m.into());
    let minutes_edit = last_op(store);
    let mut s = sample::meeting("Skupina", Some(facility), start);
    let mut details = Details::of(&s);
    details.attendees = vec![jan];
    details.notes = "Za Kvapilíčka přišla Eva.".into();
    let mut rule = Recurrence::new("FREQ=WEEKLY;COUNT=4");
    let mut o = Override::moved(start.date(), start, start + chrono::Duration::hours(1));
    o.details = Some(Box::new(details));
    rule.set_override(o);
    s.recurrence = Some(Box::new(rule));
    let series = save(s.into()).id();
    let mut a = sample::assignment(jan, facility);
    a.notes = "Kvapilíček chodí v úterý".into();
    let assignment = save(a.into()).id();
    let action = save(
        ActionItem {
            meta: crate::domain::Meta::new(now),
            what: "Poslat zápis".into(),
            meeting: Some(meeting.id()),
            owner: jan,
            due: None,
            status: ActionStatus::Open,
            notes: String::new(),
        }
        .into(),
    )
    .id();
    let org = save(sample::organisation("Spolek").into()).id();
    let mut ag = sample::agreement("Dohoda", org, vec![facility]);
    ag.signatories = "Jan Kvapilíček, Eva Nová".into();
    ag.notes = "Sídlo v Kvapilíčkově ulici.".into();
    let agreement = save(ag.into()).id();
    World {
        jan,
        eva,
        facility,
        meeting: meeting.id(),
        series,
        assignment,
        action,
        agreement,
        minutes_edit,
    }
}

/// Every key and value of every tree, as bytes.
fn every_byte(store: &Store) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let t = store.trees().expect("handles");
    for name in t.db.tree_names() {
        let tree = t.db.open_tree(&name).expect("tree");
        for item in tree.iter() {
            let (k, v) = item.expect("item");
            out.push(k.to_vec());
            out.push(v.to_vec());
        }
    }
    out
}

fn holds(store: &Store, needle: &str) -> bool {
    let needle = needle.as_bytes();
    every_byte(store)
        .iter()
        .any(|b| b.windows(needle.len()).any(|w| w == needle))
}

fn get(store: &Store, kind: Kind, id: Id) -> Option<Record> {
    store.get(kind, id).expect("get")
}

#[test]
fn the_plan_lists_every_link_and_every_hit_in_context() {
    let dir = tempfile::tempdir().expect("dir");
    let store = Store::open(dir.path()).expect("open");
    let w = world(&store);
    let plan = store.erase_plan(w.jan).expect("plan");
    assert_eq!(plan.person.surname, "Kvapilíček");
    let links: Vec<(Kind, Id, Link)> = plan.links.iter().map(|l| (l.kind, l.id, l.link)).collect();
    for want in [
        (Kind::Facility, w.facility, Link::Liaison),
        (Kind::Meeting, w.meeting, Link::Organiser),
        (Kind::Meeting, w.meeting, Link::Attendee),
        (Kind::Meeting, w.series, Link::Attendee),
        (Kind::Assignment, w.assignment, Link::Assignment),
        (Kind::ActionItem, w.action, Link::ActionItem),
    ] {
        assert!(links.contains(&want), "{want:?} in {links:?}");
    }
    let at = |place: &Place| plan.hits.iter().filter(|h| &h.key.place == place).count();
    let field = |kind, id, field| Place::Record {
        kind,
        id,
        field: TextField {
            field,
            occurrence: None,
            step: None,
        },
    };
    assert_eq!(at(&field(Kind::Facility, w.facility, "notes")), 2);
    assert_eq!(at(&field(Kind::Meeting, w.meeting, "title")), 1);
    assert_eq!(at(&field(Kind::Meeting, w.meeting, "minutes")), 2);
    assert_eq!(at(&field(Kind::Agreement, w.agreement, "signatories")), 1);
    // The assignment goes whole: its text is not listed hit by hit.
    assert_eq!(at(&field(Kind::Assignment, w.assignment, "notes")), 0);
    assert!(plan.hits.iter().any(|h| matches!(
        &h.key.place,
        Place::Record {
            field: TextField {
                occurrence: Some(_),
                ..
            },
            ..
        }
    )));
    assert!(
        plan.hits
            .iter()
            .any(|h| matches!(h.key.place, Place::History { .. }))
    );
    assert!(
        plan.hits
            .iter()
            .any(|h| matches!(h.key.place, Place::Operation { .. }))
    );
    let minutes = plan
        .hits
        .iter()
        .find(|h| h.key.place == field(Kind::Meeting, w.meeting, "minutes"))
        .expect("a hit in the minutes");
    assert_eq!(
        (
            minutes.before.as_str(),
            minutes.text.as_str(),
            minutes.after.as_str()
        ),
        ("", "Kvapilíček", " slíbil zprávu do pátku; psát …")
    );
    assert_eq!(minutes.title, "Porada s Kvapilíčkem");
    assert!(matches!(
        store.erase_plan(w.eva + 1000),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn erasing_removes_the_name_email_and_phone_from_every_stored_byte_in_one_operation() {
    let dir = tempfile::tempdir().expect("dir");
    let store = Store::open(dir.path()).expect("open");
    let w = world(&store);
    assert!(holds(&store, "Kvapilíč"));
    let ops = store.op_log().expect("log").len();
    let now = sample::epoch();
    let done = store
        .erase_person(w.jan, &[], ERASED, "a", now)
        .expect("erase");
    assert_eq!(store.op_log().expect("log").len(), ops + 1, "one operation");
    assert_eq!(
        store.op(done.op).expect("op").expect("logged").kind,
        OpKind::Erase
    );
    assert_eq!(
        done.deleted, 3,
        "the person, the assignment, the action item"
    );
    for needle in [
        "Kvapilíč",
        "KVAPILÍČ",
        "kvap.cz",
        "777123456",
        "777 123 456",
    ] {
        assert!(!holds(&store, needle), "{needle} is still stored");
    }
    assert!(get(&store, Kind::Person, w.jan).is_none());
    assert!(get(&store, Kind::Assignment, w.assignment).is_none());
    assert!(get(&store, Kind::ActionItem, w.action).is_none());
    let Some(Record::Meeting(m)) = get(&store, Kind::Meeting, w.meeting) else {
        panic!("the meeting stays")
    };
    assert_eq!(m.attendees, [w.eva]);
    assert_eq!(m.organiser, None);
    assert_eq!(m.title, "Porada s vymazaná osoba");
    assert_eq!(
        m.minutes,
        "vymazaná osoba slíbil zprávu do pátku; psát na vymazaná osoba"
    );
    let Some(Record::Facility(f)) = get(&store, Kind::Facility, w.facility) else {
        panic!("the facility stays")
    };
    assert_eq!(f.coordinator, None);
    assert_eq!(f.notes, "Volat vymazaná osoba na vymazaná osoba.");
    let Some(Record::Meeting(s)) = get(&store, Kind::Meeting, w.series) else {
        panic!("the series stays")
    };
    let details = s.recurrence.expect("rule").overrides[0]
        .details
        .clone()
        .expect("details");
    assert!(details.attendees.is_empty());
    assert_eq!(details.notes, "Za vymazaná osoba přišla Eva.");
    // Eva is untouched.
    assert!(get(&store, Kind::Person, w.eva).is_some());
    assert!(holds(&store, "Eva Nová"));
    let report = store.check(false).expect("check");
    assert!(report.problems.is_empty(), "{:?}", report.problems);
}

#[test]
fn an_erasure_and_the_changes_before_it_cannot_be_turned_back() {
    let dir = tempfile::tempdir().expect("dir");
    let store = Store::open(dir.path()).expect("open");
    let w = world(&store);
    let now = sample::epoch();
    let done = store
        .erase_person(w.jan, &[], ERASED, "a", now)
        .expect("erase");
    for kind in [OpKind::Undo, OpKind::Revert] {
        assert!(
            matches!(
                store.revert_op(done.op, kind, "a", now),
                Err(StoreError::NotRevertible { .. })
            ),
            "{kind:?}"
        );
    }
    // The minutes' edit named him; turning it back would put his id back
    // among the attendees: refused, and nothing comes back.
    assert!(
        store
            .revert_op(w.minutes_edit, OpKind::Revert, "a", now)
            .is_err()
    );
    assert!(!holds(&store, "Kvapilíč"));
    for entry in store.op_audit(done.op).expect("entries") {
        assert!(!entry.revertible(), "{entry:?}");
        if let Ok(Some(_)) = store.entry_values(&entry).map(|v| v.0) {
            panic!("the erasure keeps a value before: {entry:?}");
        }
    }
}

#[test]
fn a_skipped_hit_stays_and_the_rest_go() {
    let dir = tempfile::tempdir().expect("dir");
    let store = Store::open(dir.path()).expect("open");
    let w = world(&store);
    let plan = store.erase_plan(w.jan).expect("plan");
    let street: Vec<HitKey> = plan
        .hits
        .iter()
        .filter(|h| h.text == "Kvapilíčkově")
        .map(|h| h.key.clone())
        .collect();
    assert!(!street.is_empty());
    store
        .erase_person(w.jan, &street, ERASED, "a", sample::epoch())
        .expect("erase");
    let Some(Record::Agreement(a)) = get(&store, Kind::Agreement, w.agreement) else {
        panic!("the agreement stays")
    };
    assert_eq!(a.notes, "Sídlo v Kvapilíčkově ulici.");
    assert_eq!(a.signatories, "vymazaná osoba, Eva Nová");
    assert!(!holds(&store, "Jan Kvapilíček"));
}

#[test]
fn an_unknown_person_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("dir");
    let store = Store::open(dir.path()).expect("open");
    let w = world(&store);
    let ops = store.op_log().expect("log").len();
    assert!(matches!(
        store.erase_person(w.facility, &[], ERASED, "a", sample::epoch()),
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(store.op_log().expect("log").len(), ops);
}

#[test]
fn an_erasure_of_more_records_than_a_chunk_is_still_one_whole_operation() {
    let dir = tempfile::tempdir().expect("dir");
    let store = Store::open(dir.path()).expect("open");
    let now = sample::epoch();
    let jan = store
        .save(sample::person("Jan Kvapilíček", None).into(), "a", now)
        .expect("save")
        .id();
    let start = sample::at(2026, 3, 2, 10, 0);
    let meetings: Vec<Record> = (0..super::super::ops::CHUNK + 200)
        .map(|i| {
            let mut m = sample::meeting(&format!("Porada {i}"), None, start);
            m.attendees = vec![jan];
            m.minutes = format!("Zapsal Kvapilíček ({i}).");
            m.into()
        })
        .collect();
    store.insert_bulk(meetings, "a", now).expect("insert");
    let ops = store.op_log().expect("log").len();
    let done = store
        .erase_person(jan, &[], ERASED, "a", now)
        .expect("erase");
    assert_eq!(done.changed, super::super::ops::CHUNK + 200);
    assert_eq!(store.op_log().expect("log").len(), ops + 1);
    assert!(!holds(&store, "Kvapilíč"));
    let report = store.check(false).expect("check");
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    for entry in store.op_audit(done.op).expect("entries") {
        assert!(!entry.revertible());
    }
}
