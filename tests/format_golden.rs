//! Golden bytes of every record kind. bincode has no schema: a reordered field
//! or enum variant would silently decode as something else. If one of these
//! snapshots changes, the storage format changed: bump `FORMAT_VERSION`, keep
//! the old bytes under `tests/fixtures/format_vN/` and write a migration
//! (`store::migrate`) instead of accepting the new bytes. Version 3 split a
//! person's name into four fields; version 4 turned a series' moved
//! occurrences into overrides that may hold details of their own; version 5
//! made an assignment's role a choice with a note and gave facilities a
//! coordinator; version 6 gave facilities reference fields and a key (found
//! by name for the built-in ones stored before) and NGOs published
//! contacts. The snapshots are of version 6, the fixtures of versions 1
//! to 5.

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

/// The kinds whose layout changed after format `version` (for the records
/// checked here, which are not series): their old bytes differ from today's
/// beyond the version byte.
fn changed_after(version: u8) -> &'static [&'static str] {
    match version {
        1 | 2 => &["person", "assignment", "facility", "organisation"],
        3 | 4 => &["assignment", "facility", "organisation"],
        5 => &["facility", "organisation"],
        _ => &[],
    }
}

fn check<T: Stored>(name: &str, record: T) {
    let bytes = codec::encode(&record);
    assert_eq!(bytes[0], 6);
    insta::assert_snapshot!(format!("{name}_v6"), hex(&bytes, 32));
    assert_eq!(migrate::decode::<T>(&bytes).expect("decodes"), record);
    // The bytes versions 1 to 5 wrote for the same record still read, as
    // today's type (kinds added later have no version 1 bytes).
    for version in [1u8, 2, 3, 4, 5] {
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
        if version >= 2 && !changed_after(version).contains(&name) {
            assert_eq!(
                old[1..],
                bytes[1..],
                "{name} v{version}: only the version byte differs"
            );
        }
    }
}

/// The same records as versions 1 to 5 stored them, so their bytes must
/// decode to exactly these (new fields empty, a one-word name the surname,
/// an empty role "other" with no note, a built-in facility's name its key).
#[test]
fn every_record_kind_keeps_its_bytes() {
    let mut facility = sample::facility("Věznice Plzeň", Region::Plzensky);
    facility.kind = FacilityKind::SecurityDetention;
    facility.key = "vscr-plzen".into();
    check("facility", fixed(facility));
    let mut ngo = sample::organisation("Romodrom");
    ngo.ico = "00064581".into();
    ngo.membership = Membership::Observer;
    ngo.regions = vec![Region::Moravskoslezsky, Region::Praha];
    ngo.services = vec![Service::Other, Service::Addiction];
    check("organisation", fixed(ngo));
    check("person", fixed(sample::person("Jana", Some(2))));
    let mut assignment = sample::assignment(3, 4);
    // The old bytes hold an empty free-text role: it names no role.
    assignment.role = AssignmentRole::Other;
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
    assert_eq!(again[0], codec::FORMAT_VERSION);
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
    insta::assert_snapshot!("meeting_series_v6", hex(&bytes, 32));
    assert_eq!(migrate::decode::<Meeting>(&bytes).expect("decodes"), held);
    // As version 4 wrote it: the same layout, another version byte.
    let v4 = unhex(
        &std::fs::read_to_string("tests/fixtures/format_v4/meeting_series_held.hex")
            .expect("fixture"),
    );
    assert_eq!((v4[0], &v4[1..]), (4, &bytes[1..]));
    assert_eq!(migrate::decode::<Meeting>(&v4).expect("decodes"), held);
}

/// The fields format 5 added, filled: a facility's coordinator and an
/// assignment's role with its note.
#[test]
fn the_fields_of_format_5_keep_their_bytes() {
    let mut facility = sample::facility("Věznice Plzeň", Region::Plzensky);
    facility.coordinator = Some(6);
    facility.key = "vscr-plzen".into();
    let facility = fixed(facility);
    let bytes = codec::encode(&facility);
    insta::assert_snapshot!("facility_with_coordinator_v6", hex(&bytes, 32));
    assert_eq!(
        migrate::decode::<Facility>(&bytes).expect("decodes"),
        facility
    );
    let mut assignment = sample::assignment(3, 4);
    assignment.role = AssignmentRole::Other;
    assignment.role_note = "terapeutka".into();
    let assignment = fixed(assignment);
    let bytes = codec::encode(&assignment);
    insta::assert_snapshot!("assignment_with_note_v6", hex(&bytes, 32));
    assert_eq!(
        migrate::decode::<Assignment>(&bytes).expect("decodes"),
        assignment
    );
}

/// An assignment as versions 1 to 4 stored it: the role as free text. The
/// same layout as `store::migrate` reads, written out again here so that
/// fixtures of several roles can be made;
/// [`the_old_assignment_layout_is_the_one_version_4_wrote`] holds it to the
/// bytes version 4 really wrote.
#[derive(serde::Serialize)]
struct AssignmentV4 {
    meta: Meta,
    person: Id,
    facility: Id,
    role: String,
    services: Vec<Service>,
    from: Option<chrono::NaiveDate>,
    until: Option<chrono::NaiveDate>,
    notes: String,
}

fn assignment_v4(role: &str) -> AssignmentV4 {
    AssignmentV4 {
        meta: fixed(Assignment::default()).meta,
        person: 3,
        facility: 4,
        role: role.into(),
        services: Vec::new(),
        from: chrono::NaiveDate::from_ymd_opt(2026, 2, 1),
        until: None,
        notes: String::new(),
    }
}

#[test]
fn the_old_assignment_layout_is_the_one_version_4_wrote() {
    let fixture = unhex(
        &std::fs::read_to_string("tests/fixtures/format_v4/assignment.hex").expect("fixture"),
    );
    assert_eq!(codec::encode_as(4, &assignment_v4("")), fixture);
}

/// Assignments stored by version 4 with free-text roles read as the role
/// the text names, or as "other" with the text kept.
#[test]
fn old_assignments_read_with_their_roles_chosen() {
    let cases: &[(&str, &str, AssignmentRole, &str)] = &[
        (
            "coordinator",
            "Koordinátorka NNO",
            AssignmentRole::NgoCoordinator,
            "",
        ),
        (
            "lecturer",
            "lektor programu",
            AssignmentRole::ProgrammeLecturer,
            "",
        ),
        ("volunteer", "Volunteer", AssignmentRole::Volunteer, ""),
        (
            "other",
            "ředitelka věznice",
            AssignmentRole::Other,
            "ředitelka věznice",
        ),
    ];
    for (name, text, role, note) in cases {
        let path = format!("tests/fixtures/format_v4/assignment_{name}.hex");
        let bytes = codec::encode_as(4, &assignment_v4(text));
        if std::env::var_os("SPOJKA_WRITE_FIXTURES").is_some() {
            std::fs::write(&path, hex(&bytes, 32) + "\n").expect("write fixture");
        }
        let stored = unhex(&std::fs::read_to_string(&path).expect("fixture"));
        assert_eq!(stored, bytes, "{path}: the old layout changed");
        let assignment = migrate::decode::<Assignment>(&stored).expect("version 4 decodes");
        assert_eq!(
            (assignment.role, assignment.role_note.as_str()),
            (*role, *note),
            "{text}"
        );
        assert_eq!(
            (assignment.person, assignment.facility, assignment.from),
            (3, 4, chrono::NaiveDate::from_ymd_opt(2026, 2, 1))
        );
        assert_eq!(assignment.meta, fixed(Assignment::default()).meta);
    }
}

/// The fields format 6 added, filled: a facility's reference fields and
/// key, an NGO's published contacts.
#[test]
fn the_fields_of_format_6_keep_their_bytes() {
    let mut facility = sample::facility("Věznice Světlá nad Sázavou", Region::Vysocina);
    facility.held_sex = vec![HeldSex::Female];
    facility.held_age = vec![AgeGroup::Adults, AgeGroup::Juveniles];
    facility.security = vec![SecurityLevel::Low, SecurityLevel::Increased];
    facility.capacity = Some(933);
    facility.public_phone = "+420 569 000 000".into();
    facility.public_email = "podatelna@example.cz".into();
    facility.public_web = "https://www.vscr.cz/".into();
    facility.key = "vscr-svetla-nad-sazavou".into();
    let facility = fixed(facility);
    let bytes = codec::encode(&facility);
    insta::assert_snapshot!("facility_with_reference_fields_v6", hex(&bytes, 32));
    assert_eq!(
        migrate::decode::<Facility>(&bytes).expect("decodes"),
        facility
    );
    let mut ngo = sample::organisation("Romodrom");
    ngo.public_phone = "+420 777 000 000".into();
    ngo.public_email = "info@example.cz".into();
    ngo.public_web = "https://example.cz".into();
    let ngo = fixed(ngo);
    let bytes = codec::encode(&ngo);
    insta::assert_snapshot!("organisation_with_published_contacts_v6", hex(&bytes, 32));
    assert_eq!(
        migrate::decode::<Organisation>(&bytes).expect("decodes"),
        ngo
    );
}

/// A built-in facility stored by version 5 reads with its key, found by
/// its name; an NGO of version 5 with contacts of its own reads with
/// nothing published.
#[test]
fn old_records_read_with_keys_by_name_and_nothing_published() {
    let read = |path: &str| unhex(&std::fs::read_to_string(path).expect("fixture"));
    let facility = read("tests/fixtures/format_v5/facility.hex");
    let facility = migrate::decode::<Facility>(&facility).expect("decodes");
    assert_eq!(
        (facility.name.as_str(), facility.key.as_str()),
        ("Věznice Plzeň", "vscr-plzen")
    );
    let ngo = read("tests/fixtures/format_v5/organisation.hex");
    let ngo = migrate::decode::<Organisation>(&ngo).expect("decodes");
    assert_eq!(ngo.name, "Romodrom");
    assert!(
        ngo.public_phone.is_empty() && ngo.public_email.is_empty() && ngo.public_web.is_empty()
    );
}

/// A cooperation request (kind tag 8, new in format 6: no older bytes),
/// with a step done, one skipped and one reopened: its bytes stay as they are.
#[test]
fn a_cooperation_request_is_stored_as_before() {
    use spojka::domain::request::{DoneBy, Reopened, StepRecord};
    let mut request = sample::request("Podané ruce – Plzeň", 2, 1);
    request.services = vec![spojka::domain::Service::Addiction];
    request.meeting = Some(5);
    request.assignments = vec![4];
    request.steps_version = 1;
    let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 3, d);
    request.steps = vec![
        StepRecord {
            step: "received".into(),
            on: day(2),
            by: DoneBy {
                person: Some(3),
                text: String::new(),
            },
            ticked: vec!["services".into(), "contact".into()],
            ..StepRecord::default()
        },
        StepRecord {
            step: "liaison_contacted".into(),
            on: None,
            skipped: None,
            reopened: vec![Reopened {
                on: day(9).expect("day"),
                note: "Jiná styčná osoba".into(),
            }],
            ..StepRecord::default()
        },
    ];
    let request = fixed(request);
    let bytes = codec::encode(&request);
    insta::assert_snapshot!("request_v6", hex(&bytes, 32));
    assert_eq!(
        migrate::decode::<spojka::domain::Request>(&bytes).expect("decodes"),
        request
    );
}
