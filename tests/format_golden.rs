//! Golden bytes of every record kind. bincode has no schema: a reordered field
//! or enum variant would silently decode as something else. If one of these
//! snapshots changes, the storage format changed: bump `FORMAT_VERSION`, keep
//! the old bytes under `tests/fixtures/format_vN/` and write a migration
//! (`store::migrate`) instead of accepting the new bytes. Version 3 split a
//! person's name into four fields; version 4 turned a series' moved
//! occurrences into overrides that may hold details of their own. The
//! snapshots are of version 4, the fixtures of versions 1 to 3.

mod common;

use common::golden::{hex, unhex};
use spojka::domain::*;
use spojka::sample::{self, at};
use spojka::store::codec;
use spojka::store::migrate::{self, Stored};

fn fixed<T: Entity>(mut record: T) -> T {
    let meta = record.meta_mut();
    meta.id = 7;
    meta.version = 3;
    meta.created = sample::epoch();
    meta.updated = sample::epoch();
    record
}

fn check<T: Stored>(name: &str, record: T) {
    let bytes = codec::encode(&record);
    assert_eq!(bytes[0], 4);
    insta::assert_snapshot!(format!("{name}_v4"), hex(&bytes, 32));
    assert_eq!(migrate::decode::<T>(&bytes).expect("decodes"), record);
    // The bytes versions 1 to 3 wrote for the same record still read, as
    // today's type (kinds added later have no version 1 bytes).
    for version in [1u8, 2, 3] {
        let path = format!("tests/fixtures/format_v{version}/{name}.hex");
        let Ok(old) = std::fs::read_to_string(&path) else {
            assert_eq!(
                (version, name),
                (1, "action_item"),
                "only kinds newer than version 1 lack a fixture"
            );
            continue;
        };
        let old = unhex(&old);
        assert_eq!(old[0], version);
        assert_eq!(
            migrate::decode::<T>(&old).expect("old bytes decode"),
            record,
            "{name} v{version}"
        );
        // Only the person's layout changed at version 3; at version 4 only
        // a series' (which these records are not).
        if (name != "person" && version == 2) || version == 3 {
            assert_eq!(
                old[1..],
                bytes[1..],
                "{name}: only the version byte differs"
            );
        }
    }
}

/// The same records as versions 1 and 2 stored them, so their bytes must
/// decode to exactly these (new fields empty, a one-word name the surname).
#[test]
fn every_record_kind_keeps_its_bytes() {
    let mut facility = sample::facility("Věznice Plzeň", Region::Plzensky);
    facility.kind = FacilityKind::SecurityDetention;
    check("facility", fixed(facility));
    let mut ngo = sample::organisation("Romodrom");
    ngo.ico = "00064581".into();
    ngo.membership = Membership::Observer;
    ngo.regions = vec![Region::Moravskoslezsky, Region::Praha];
    ngo.services = vec![Service::Other, Service::Addiction];
    check("organisation", fixed(ngo));
    check("person", fixed(sample::person("Jana", Some(2))));
    let mut assignment = sample::assignment(3, 4);
    assignment.from = chrono::NaiveDate::from_ymd_opt(2026, 2, 1);
    check("assignment", fixed(assignment));
    let mut meeting = sample::meeting("Porada", Some(1), at(2026, 3, 3, 10, 0));
    meeting.status = MeetingStatus::Cancelled;
    meeting.attendees = vec![5, 6];
    check("meeting", fixed(meeting));
    let mut agreement = sample::agreement("Dohoda", 2, vec![1, 3]);
    agreement.status = AgreementStatus::Terminated;
    agreement.replaces = Some(9);
    check("agreement", fixed(agreement));
    let item = ActionItem {
        meta: Meta::new(sample::epoch()),
        what: "Poslat návrh dohody".into(),
        meeting: Some(5),
        owner: 6,
        due: chrono::NaiveDate::from_ymd_opt(2026, 12, 15),
        status: ActionStatus::Done,
        notes: String::new(),
    };
    check("action_item", fixed(item));
}

/// A person as versions 1 and 2 stored them: one whole name. The same layout
/// as `store::migrate` reads, written out again here so a fixture of a titled
/// name can be made; [`the_old_person_layout_is_the_one_version_2_wrote`]
/// holds it to the bytes version 2 really wrote.
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

fn person_v2(name: &str) -> PersonV2 {
    PersonV2 {
        meta: fixed(Person::default()).meta,
        name: name.into(),
        organisation: Some(2),
        facility: None,
        role: "koordinátorka".into(),
        phone: String::new(),
        email: "jana@example.cz".into(),
        notes: String::new(),
    }
}

#[test]
fn the_old_person_layout_is_the_one_version_2_wrote() {
    let mut old = person_v2("Jana");
    (old.role, old.email) = (String::new(), String::new());
    let fixture =
        unhex(&std::fs::read_to_string("tests/fixtures/format_v2/person.hex").expect("fixture"));
    assert_eq!(codec::encode_as(2, &old), fixture);
}

/// A person stored by version 2 with a whole name, titles and all, reads
/// with the name taken apart.
#[test]
fn an_old_person_reads_with_the_name_split() {
    let path = "tests/fixtures/format_v2/person_titled.hex";
    let bytes = codec::encode_as(2, &person_v2("Mgr. Jana Nováková, Ph.D."));
    if std::env::var_os("SPOJKA_WRITE_FIXTURES").is_some() {
        std::fs::write(path, hex(&bytes, 32) + "\n").expect("write fixture");
    }
    let stored = unhex(&std::fs::read_to_string(path).expect("fixture"));
    assert_eq!(stored, bytes, "{path}: the old layout changed");
    let person = migrate::decode::<Person>(&stored).expect("version 2 decodes");
    assert_eq!(
        (
            person.title_before.as_str(),
            person.given_name.as_str(),
            person.surname.as_str(),
            person.title_after.as_str(),
        ),
        ("Mgr.", "Jana", "Nováková", "Ph.D.")
    );
    assert_eq!(person.display_name(), "Mgr. Jana Nováková, Ph.D.");
    assert_eq!(
        (
            person.role.as_str(),
            person.email.as_str(),
            person.organisation
        ),
        ("koordinátorka", "jana@example.cz", Some(2))
    );
    assert_eq!(person.meta, fixed(Person::default()).meta);
}

/// A series as version 3 stored it, with a cancelled and a moved
/// occurrence: the move reads as an override of that occurrence's time
/// alone, with no details of its own.
#[derive(serde::Serialize)]
struct MeetingV3 {
    meta: Meta,
    title: String,
    kind: MeetingKind,
    facility: Option<Id>,
    start: chrono::NaiveDateTime,
    end: chrono::NaiveDateTime,
    place: String,
    organiser: Option<Id>,
    attendees: Vec<Id>,
    agenda: String,
    minutes: String,
    status: MeetingStatus,
    uid: String,
    recurrence: Option<RecurrenceV3>,
    notes: String,
}

/// A rule, its cancelled dates and its moves (original, start, end), as
/// format 3 stored them.
type RecurrenceV3 = (
    String,
    Vec<chrono::NaiveDate>,
    Vec<(
        chrono::NaiveDate,
        chrono::NaiveDateTime,
        chrono::NaiveDateTime,
    )>,
);

#[test]
fn an_old_series_reads_with_its_moves_as_overrides() {
    use spojka::domain::occurrences::{occurrence_on, title_of};
    use spojka::domain::recurrence::Override;
    let path = "tests/fixtures/format_v3/meeting_series.hex";
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 3, d).expect("a date");
    let old = MeetingV3 {
        meta: fixed(Meeting::default()).meta,
        title: "Týdenní program".into(),
        kind: MeetingKind::ProgrammeSession,
        facility: Some(1),
        start: at(2026, 3, 3, 10, 0),
        end: at(2026, 3, 3, 11, 30),
        place: String::new(),
        organiser: Some(5),
        attendees: vec![6],
        agenda: String::new(),
        minutes: String::new(),
        status: MeetingStatus::Planned,
        uid: "abc@example.cz".into(),
        recurrence: Some((
            "FREQ=WEEKLY;COUNT=4".into(),
            vec![day(17)],
            vec![(day(10), at(2026, 3, 12, 13, 0), at(2026, 3, 12, 14, 30))],
        )),
        notes: String::new(),
    };
    let bytes = codec::encode_as(3, &old);
    if std::env::var_os("SPOJKA_WRITE_FIXTURES").is_some() {
        std::fs::write(path, hex(&bytes, 32) + "\n").expect("write fixture");
    }
    let stored = unhex(&std::fs::read_to_string(path).expect("fixture"));
    assert_eq!(stored, bytes, "{path}: the old layout changed");
    let series = migrate::decode::<Meeting>(&stored).expect("version 3 decodes");
    let r = series.recurrence.clone().expect("a series");
    assert_eq!(r.cancelled, vec![day(17)]);
    assert_eq!(
        r.overrides,
        vec![Override::moved(
            day(10),
            at(2026, 3, 12, 13, 0),
            at(2026, 3, 12, 14, 30)
        )]
    );
    let moved = occurrence_on(&series, day(10)).expect("the moved occurrence");
    assert!(moved.moved && !moved.own, "{moved:?}");
    assert_eq!(title_of(&series, day(10)), "Týdenní program");
    // Written again, it is today's layout, and reads back the same.
    let again = codec::encode(&series);
    assert_eq!(again[0], 4);
    assert_eq!(migrate::decode::<Meeting>(&again).expect("decodes"), series);
    // Today's layout of an occurrence with details of its own (held, with
    // its own title) keeps its bytes too.
    let mut held = series;
    let mut details = spojka::domain::recurrence::Details::of(&held);
    details.title = "Program s hostem".into();
    details.status = MeetingStatus::Held;
    if let Some(r) = &mut held.recurrence {
        r.set_override(Override {
            details: Some(Box::new(details)),
            ..Override::moved(day(3), at(2026, 3, 3, 10, 0), at(2026, 3, 3, 11, 30))
        });
    }
    let bytes = codec::encode(&held);
    insta::assert_snapshot!("meeting_series_v4", hex(&bytes, 32));
    assert_eq!(migrate::decode::<Meeting>(&bytes).expect("decodes"), held);
}
