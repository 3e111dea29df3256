//! iCalendar: export, import, and the files calendar programs write.

mod common;

use chrono::NaiveDateTime;
use common::binary::{spojka, spojka_once_free, text};
use common::time::day;
use spojka::domain::recurrence::{Override, Recurrence};
use spojka::domain::{
    Facility, Id, Kind, Meeting, MeetingKind, MeetingStatus, Person, Record, Timestamp,
};
use spojka::ical::{self, IcalError, ImportReport};
use spojka::sample::{self, at, epoch};
use spojka::store::Store;
use std::collections::HashMap;
use std::path::Path;

const WHO: &str = "test";

fn now() -> Timestamp {
    at(2026, 2, 20, 8, 15).and_utc()
}

/// A store with the real prisons and three people (one without e-mail).
fn seeded() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&dir.path().join("db")).expect("open");
    spojka::seed::seed(&store, WHO, epoch()).expect("seed");
    for (name, email) in [
        ("Jana Dvořáková", "jana.dvorakova@example.cz"),
        ("Petr Svoboda", "petr.svoboda@example.cz"),
        ("Marie Černá", ""),
    ] {
        let mut person = sample::person(name, None);
        person.email = email.to_string();
        store.save(person.into(), WHO, epoch()).expect("person");
    }
    (dir, store)
}

fn facility(store: &Store, name: &str) -> Id {
    let all: Vec<Facility> = store.all().expect("facilities");
    all.iter()
        .find(|f| f.name == name)
        .map(|f| f.meta.id)
        .expect(name)
}

fn person(store: &Store, name: &str) -> Id {
    let all: Vec<Person> = store.all().expect("people");
    all.iter()
        .find(|p| p.display_name() == name)
        .map(|p| p.meta.id)
        .expect(name)
}

fn meetings(store: &Store) -> Vec<Meeting> {
    store.all().expect("meetings")
}

fn titled(store: &Store, title: &str) -> Meeting {
    meetings(store)
        .into_iter()
        .find(|m| m.title == title)
        .unwrap_or_else(|| panic!("no meeting {title:?}"))
}

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ics")
        .join(name);
    std::fs::read_to_string(path).expect("fixture")
}

/// `spojka import --format ics FILE` on `db` (once a store this test had
/// open lets go of it).
fn import_command(db: &Path, file: &Path) -> std::process::Output {
    let file = file.to_str().expect("a UTF-8 path");
    spojka_once_free(db, &["import", "--format", "ics", file])
}

fn import(store: &Store, text: &str) -> ImportReport {
    ical::import_ics(store, text, WHO, now()).expect("import")
}

/// The store's meetings as an iCalendar file.
fn export(store: &Store) -> String {
    let mut names: HashMap<(Kind, Id), String> = HashMap::new();
    let mut emails: HashMap<Id, String> = HashMap::new();
    for f in store.all::<Facility>().expect("facilities") {
        names.insert((Kind::Facility, f.meta.id), f.name);
    }
    for p in store.all::<Person>().expect("people") {
        names.insert((Kind::Person, p.meta.id), p.display_name());
        if !p.email.is_empty() {
            emails.insert(p.meta.id, p.email);
        }
    }
    let mut out = Vec::new();
    ical::write_ics(
        &mut out,
        &meetings(store),
        &|kind, id| names.get(&(kind, id)).cloned().unwrap_or_default(),
        &|id| emails.get(&id).cloned(),
        now(),
    )
    .expect("export");
    String::from_utf8(out).expect("utf-8")
}

fn save(store: &Store, meeting: Meeting) {
    store
        .save(meeting.into(), WHO, epoch())
        .expect("save meeting");
}

/// Three meetings covering every exported field: a one-off with people and
/// texts, a series with a cancelled and a moved occurrence, a cancelled call.
fn plan_meetings(store: &Store) {
    let plzen = facility(store, "Věznice Plzeň");
    let pardubice = facility(store, "Věznice Pardubice");
    let mut visit = sample::meeting(
        "Návštěva, Plzeň; výroční",
        Some(plzen),
        at(2026, 3, 10, 10, 0),
    );
    visit.kind = MeetingKind::Visit;
    visit.end = at(2026, 3, 10, 11, 30);
    visit.place = "učebna 2".into();
    visit.organiser = Some(person(store, "Jana Dvořáková"));
    visit.attendees = vec![person(store, "Petr Svoboda"), person(store, "Marie Černá")];
    visit.agenda = "1. Úvod\n2. Rozpočet, plán; termíny".into();
    visit.minutes = "Dohodnuto: vše \\ nic".into();
    visit.notes = "Parkování u brány".into();
    save(store, visit);

    let mut series = sample::meeting("Skupinový program", Some(pardubice), at(2026, 1, 7, 9, 0));
    series.kind = MeetingKind::ProgrammeSession;
    series.end = at(2026, 1, 7, 10, 30);
    series.recurrence = Some(Box::new(Recurrence {
        rule: "FREQ=WEEKLY;BYDAY=WE;COUNT=12".into(),
        cancelled: vec![day(2026, 1, 21)],
        overrides: vec![Override::moved(
            day(2026, 1, 28),
            at(2026, 1, 29, 13, 0),
            at(2026, 1, 29, 14, 30),
        )],
    }));
    series.attendees = vec![person(store, "Petr Svoboda")];
    // One occurrence edited on its own: another title, room and agenda.
    let mut guest = spojka::domain::recurrence::Details::of(&series);
    guest.title = "Skupinový program s hostem".into();
    guest.place = "kaple".into();
    guest.agenda = "Host: kaplan".into();
    if let Some(r) = &mut series.recurrence {
        r.set_override(Override {
            details: Some(Box::new(guest)),
            ..Override::moved(
                day(2026, 2, 4),
                at(2026, 2, 4, 9, 0),
                at(2026, 2, 4, 10, 30),
            )
        });
    }
    save(store, series);

    let mut call = sample::meeting("Zrušený hovor", None, at(2026, 4, 1, 15, 0));
    call.kind = MeetingKind::OnlineCall;
    call.place = "https://meet.example.cz/abc".into();
    call.status = MeetingStatus::Cancelled;
    save(store, call);
}

/// What a meeting means, independent of the store's ids.
fn meaning(store: &Store, m: &Meeting) -> String {
    let name = |kind: Kind, id: Id| -> String {
        match store.get(kind, id).expect("get") {
            Some(Record::Facility(f)) => f.name,
            Some(Record::Person(p)) => format!("{} <{}>", p.display_name(), p.email),
            _ => format!("#{id}"),
        }
    };
    let mut attendees: Vec<String> = m
        .attendees
        .iter()
        .map(|id| name(Kind::Person, *id))
        .collect();
    attendees.sort();
    format!(
        "{} {:?} {:?} {} {} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
        m.title,
        m.kind,
        m.facility.map(|id| name(Kind::Facility, id)),
        m.start,
        m.end,
        m.place,
        m.organiser.map(|id| name(Kind::Person, id)),
        attendees,
        m.agenda,
        m.minutes,
        m.notes,
        m.status,
        m.recurrence,
    )
}

#[test]
fn export_then_import_into_a_fresh_store_gives_the_same_meetings() {
    let (_a_dir, a) = seeded();
    plan_meetings(&a);
    let file = export(&a);
    let (_b_dir, b) = seeded();
    let report = import(&b, &file);
    assert_eq!(
        (report.created, report.updated, report.skipped.len()),
        (3, 0, 0),
        "{report:?}"
    );
    for original in meetings(&a) {
        let copy = titled(&b, &original.title);
        assert_eq!(meaning(&b, &copy), meaning(&a, &original));
    }
    // The occurrence edited on its own went out as an event of its own
    // (RECURRENCE-ID, its own SUMMARY) and came back as its override.
    assert!(
        file.contains("SUMMARY:Skupinový program s hostem"),
        "{file}"
    );
    let series = titled(&b, "Skupinový program");
    assert_eq!(
        spojka::domain::occurrences::title_of(&series, day(2026, 2, 4)),
        "Skupinový program s hostem"
    );
    // Again, into either store: nothing new, nothing changed.
    let again = import(&b, &file);
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 3));
    let home = import(&a, &file);
    assert_eq!((home.created, home.updated, home.unchanged), (0, 0, 3));
    assert_eq!(meetings(&a).len(), 3);
}

#[test]
fn export_is_valid_rfc5545_with_folded_escaped_lines() {
    let (_dir, store) = seeded();
    let long = "Koordinační porada o přípravě na propuštění, dluhovém poradenství; \
                a také o bydlení.\nDruhý řádek: žluťoučký kůň úpěl ďábelské ódy, \\ znovu; \
                a znovu, a ještě jednou – s čárkami, středníky; a konci řádků.\r\nKonec.";
    let mut m = sample::meeting(
        &long.replace(['\n', '\r'], " "),
        None,
        at(2026, 5, 5, 10, 0),
    );
    m.agenda = long.to_string();
    save(&store, m);
    plan_meetings(&store);
    let file = export(&store);
    assert!(file.starts_with("BEGIN:VCALENDAR\r\nPRODID:-//AOOV//spojka//CS\r\n"));
    assert!(file.ends_with("END:VCALENDAR\r\n"));
    for line in file.split_inclusive('\n') {
        assert!(line.ends_with("\r\n"), "bare LF in {line:?}");
        assert!(line.len() - 2 <= 75, "{} octets: {line:?}", line.len() - 2);
    }
    let unfolded = file.replace("\r\n ", "");
    assert!(
        unfolded
            .contains("bydlení.\\nDruhý řádek: žluťoučký kůň úpěl ďábelské ódy\\, \\\\ znovu\\;")
    );
    for needed in [
        "BEGIN:VTIMEZONE\r\nTZID:Europe/Prague\r\n",
        "DTSTAMP:20260220T081500Z\r\n",
        "DTSTART;TZID=Europe/Prague:20260310T100000\r\n",
        "LOCATION:Věznice Plzeň\\, učebna 2\r\n",
        "ORGANIZER;CN=Jana Dvořáková:mailto:jana.dvorakova@example.cz\r\n",
        "ATTENDEE;CN=Petr Svoboda;ROLE=REQ-PARTICIPANT:mailto:petr.svoboda@example.cz\r\n",
        "Attendees without e-mail:\\nMarie Černá",
        "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=12\r\n",
        "EXDATE;TZID=Europe/Prague:20260121T090000\r\n",
        "RECURRENCE-ID;TZID=Europe/Prague:20260128T090000\r\n",
        "DTSTART;TZID=Europe/Prague:20260129T130000\r\n",
        "STATUS:CANCELLED\r\n",
        "CATEGORIES:online_call\r\n",
    ] {
        assert!(unfolded.contains(needed), "missing {needed:?}");
    }
    // Marie has no e-mail: no ATTENDEE line for her (a CN without a URI is not allowed).
    assert!(!unfolded.contains("CN=Marie"));
    // The text comes back exactly.
    let (_fresh_dir, fresh) = seeded();
    import(&fresh, &file);
    let back = meetings(&fresh)
        .into_iter()
        .find(|m| m.agenda.starts_with("Koordinační"));
    assert_eq!(back.map(|m| m.agenda), Some(long.replace("\r\n", "\n")));
}

#[test]
fn google_calendar_export_imports() {
    let (_dir, store) = seeded();
    let report = import(&store, &fixture("google.ics"));
    assert_eq!(
        (report.created, report.updated, report.skipped.len()),
        (3, 0, 0),
        "{report:?}"
    );
    let series = titled(&store, "Koordinační porada Plzeň");
    assert_eq!(series.uid, "4k2j3h4g5f6d7s8a9b0c1d2e3f@google.com");
    assert_eq!(series.facility, Some(facility(&store, "Věznice Plzeň")));
    assert_eq!(series.place, "zasedací místnost");
    assert_eq!(
        (series.start, series.end),
        (at(2026, 3, 3, 10, 0), at(2026, 3, 3, 11, 30))
    );
    assert_eq!(series.organiser, Some(person(&store, "Jana Dvořáková")));
    assert_eq!(series.attendees, vec![person(&store, "Petr Svoboda")]);
    assert_eq!(
        series.agenda,
        "Pravidelná koordinační porada NNO a vězeňské služby.\n\n1. Nové programy, termíny\n2. Různé; dotazy"
    );
    let recurrence = series.recurrence.clone().expect("a series");
    assert_eq!(recurrence.rule, "FREQ=MONTHLY;BYDAY=1TU;COUNT=6");
    assert_eq!(recurrence.cancelled, vec![day(2026, 4, 7)]);
    assert_eq!(
        recurrence.overrides,
        vec![Override::moved(
            day(2026, 5, 5),
            at(2026, 5, 6, 13, 0),
            at(2026, 5, 6, 14, 30),
        )]
    );
    for kept in [
        "Attendee not in spojka: host@externi.cz <host@externi.cz> (CUTYPE=INDIVIDUAL, ROLE=REQ-PARTICIPANT, PARTSTAT=NEEDS-ACTION, X-NUM-GUESTS=0)",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij",
        "TRANSP:OPAQUE",
        "BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:This is an event reminder\nTRIGGER:-P0DT0H30M0S\nEND:VALARM",
    ] {
        assert!(
            series.notes.contains(kept),
            "{kept:?} not in {:?}",
            series.notes
        );
    }
    let all_day = titled(&store, "Den otevřených dveří pro NNO");
    assert_eq!(
        (all_day.start, all_day.end),
        (at(2026, 4, 15, 0, 0), at(2026, 4, 16, 0, 0))
    );
    assert!(all_day.notes.contains("all-day"));
    // 13:00 UTC in January is 14:00 in Prague.
    let call = titled(&store, "Online hovor s Probační a mediační službou");
    assert_eq!(
        (call.start, call.end),
        (at(2026, 1, 20, 14, 0), at(2026, 1, 20, 15, 0))
    );
    assert_eq!(
        (call.facility, call.place.as_str()),
        (None, "https://meet.google.com/xyz-abcd-efg")
    );
}

#[test]
fn outlook_export_with_windows_zone_names_imports() {
    let (_dir, store) = seeded();
    let report = import(&store, &fixture("outlook.ics"));
    assert_eq!((report.created, report.skipped.len()), (1, 0), "{report:?}");
    let m = titled(&store, "Jednání o dohodě – Ruzyně");
    assert_eq!(
        (m.start, m.end),
        (at(2026, 3, 25, 13, 30), at(2026, 3, 25, 15, 0))
    );
    assert_eq!(
        m.facility,
        Some(facility(&store, "Vazební věznice Praha-Ruzyně"))
    );
    assert_eq!(m.place, "budova B");
    assert_eq!(m.organiser, Some(person(&store, "Jana Dvořáková")));
    assert_eq!(m.attendees, vec![person(&store, "Petr Svoboda")]);
    assert!(m.agenda.starts_with("Dobrý den,\n\nzvu Vás na jednání"));
    for kept in [
        "Attendee not in spojka: Neznámý Host <neznamy.host@example.org> (ROLE=OPT-PARTICIPANT, RSVP=TRUE)",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "BEGIN:VALARM\nTRIGGER:-PT15M",
    ] {
        assert!(m.notes.contains(kept), "{kept:?} not in {:?}", m.notes);
    }
}

#[test]
fn thunderbird_export_imports() {
    let (_dir, store) = seeded();
    let report = import(&store, &fixture("thunderbird.ics"));
    assert_eq!((report.created, report.skipped.len()), (2, 0), "{report:?}");
    let series = titled(&store, "Skupinový program – příprava na propuštění");
    assert_eq!(series.kind, MeetingKind::ProgrammeSession);
    assert_eq!(series.facility, Some(facility(&store, "Věznice Pardubice")));
    assert_eq!(series.place, "tělocvična");
    let recurrence = series.recurrence.clone().expect("a series");
    assert_eq!(
        recurrence.rule,
        "FREQ=WEEKLY;UNTIL=20260331T080000Z;BYDAY=WE"
    );
    // One EXDATE, and one occurrence cancelled by an override.
    assert_eq!(
        recurrence.cancelled,
        vec![day(2026, 2, 18), day(2026, 3, 4)]
    );
    assert!(recurrence.overrides.is_empty());
    assert!(series.notes.contains("Categories: Vzdělávání"));
    assert!(series.notes.contains("X-MOZ-GENERATION:3"));
    // DURATION instead of DTEND; "Pankrác" alone fits two facilities, so it stays text.
    let supervision = titled(&store, "Supervize koordinátorů");
    assert_eq!(
        (supervision.start, supervision.end),
        (at(2026, 2, 12, 14, 0), at(2026, 2, 12, 16, 0))
    );
    assert_eq!(
        (supervision.facility, supervision.place.as_str()),
        (None, "Pankrác")
    );
}

fn syntax_error(result: Result<ImportReport, IcalError>) -> (usize, String) {
    match result {
        Err(IcalError::Syntax { line, problem }) => (line, problem.to_string()),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn a_malformed_file_names_the_line_and_imports_nothing() {
    let (_dir, store) = seeded();
    let result = ical::import_ics(&store, &fixture("malformed.ics"), WHO, now());
    let (line, message) = syntax_error(result);
    assert_eq!(line, 14);
    assert_eq!(
        message,
        "END:VCALENDAR does not close BEGIN:VEVENT of line 10"
    );
    assert_eq!(store.count(Kind::Meeting), 0);

    let good = fixture("google.ics");
    let bad_date = good.replace("DTSTART:20260120T130000Z", "DTSTART:2026-01-20 13:00");
    let line = good
        .lines()
        .position(|l| l == "DTSTART:20260120T130000Z")
        .expect("line")
        + 1;
    let (at_line, message) = syntax_error(ical::import_ics(&store, &bad_date, WHO, now()));
    assert_eq!(at_line, line);
    assert!(
        message.contains("DTSTART \"2026-01-20 13:00\" is not a date"),
        "{message}"
    );

    let no_colon = good.replace("SUMMARY:Den otevřených", "SUMMARY Den otevřených");
    let (_, message) = syntax_error(ical::import_ics(&store, &no_colon, WHO, now()));
    assert_eq!(message, "SUMMARY has no ':' before its value");
    let error = ical::import_ics(&store, &no_colon, WHO, now()).expect_err("bad");
    assert!(error.to_string().ends_with("; nothing was imported"));
    assert_eq!(store.count(Kind::Meeting), 0);
}

#[test]
fn importing_twice_creates_no_duplicates_and_a_changed_event_updates() {
    let (_dir, store) = seeded();
    let text = fixture("google.ics");
    assert_eq!(import(&store, &text).created, 3);
    let again = import(&store, &text);
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 3));
    let renamed = text.replace("SUMMARY:Online hovor s", "SUMMARY:Videohovor s");
    let changed = import(&store, &renamed);
    assert_eq!(
        (changed.created, changed.updated, changed.unchanged),
        (0, 1, 2)
    );
    assert_eq!(store.count(Kind::Meeting), 3);
    titled(&store, "Videohovor s Probační a mediační službou");
}

#[test]
fn an_occurrence_of_a_stored_series_updates_it() {
    let (_dir, store) = seeded();
    import(&store, &fixture("google.ics"));
    let only_occurrence = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n\
        UID:4k2j3h4g5f6d7s8a9b0c1d2e3f@google.com\r\n\
        RECURRENCE-ID;TZID=Europe/Prague:20260602T100000\r\nSTATUS:CANCELLED\r\n\
        DTSTART;TZID=Europe/Prague:20260602T100000\r\nSUMMARY:Koordinační porada Plzeň\r\n\
        END:VEVENT\r\nBEGIN:VEVENT\r\nUID:nowhere@example.cz\r\n\
        RECURRENCE-ID:20260602T100000Z\r\nDTSTART:20260602T100000Z\r\nSUMMARY:Sirotek\r\n\
        END:VEVENT\r\nEND:VCALENDAR\r\n";
    let report = import(&store, only_occurrence);
    assert_eq!(report.updated, 1);
    assert_eq!(report.skipped.len(), 1);
    assert_eq!(report.skipped[0].0, "Sirotek");
    let series = titled(&store, "Koordinační porada Plzeň");
    let cancelled = series.recurrence.map(|r| r.cancelled).unwrap_or_default();
    assert_eq!(cancelled, vec![day(2026, 4, 7), day(2026, 6, 2)]);
}

#[test]
fn the_command_line_exports_and_imports_ics() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    assert!(spojka(&db, &["seed"]).status.success());
    let google = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics/google.ics");
    let google = google.to_str().expect("utf-8 path");
    let first = spojka(&db, &["import", "--format", "ics", google]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(
        text(&first.stdout).ends_with(": 3 created, 0 updated, 0 unchanged, 0 skipped.\n"),
        "{}",
        text(&first.stdout)
    );

    let file = dir.path().join("meetings.ics");
    let file = file.to_str().expect("utf-8 path");
    let out = spojka(
        &db,
        &[
            "export", "--kind", "meetings", "--format", "ics", "--out", file,
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let exported = std::fs::read_to_string(file).expect("exported");
    assert!(exported.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(exported.contains("SUMMARY:Koordinační porada Plzeň\r\n"));
    assert!(exported.contains("RECURRENCE-ID;TZID=Europe/Prague:20260505T100000\r\n"));

    let again = spojka(&db, &["import", "--format", "ics", file]);
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert!(
        text(&again.stdout).ends_with(": 0 created, 0 updated, 3 unchanged, 0 skipped.\n"),
        "{}",
        text(&again.stdout)
    );

    let wrong_kind = spojka(&db, &["export", "--kind", "facilities", "--format", "ics"]);
    assert!(!wrong_kind.status.success());
    assert!(text(&wrong_kind.stderr).contains("iCalendar export is for meetings only"));

    let malformed = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics/malformed.ics");
    let bad = import_command(&db, &malformed);
    assert_eq!(bad.status.code(), Some(1));
    assert!(text(&bad.stderr).contains("line 14: END:VCALENDAR does not close BEGIN:VEVENT"));
    let store = Store::open(&db).expect("open");
    assert_eq!(store.count(Kind::Meeting), 3);
}

#[test]
fn own_uids_are_stable() {
    let mut m = sample::meeting("Porada", None, NaiveDateTime::default());
    m.meta.id = 12;
    assert_eq!(ical::uid_of(&m), "spojka-meeting-12@aoov.cz");
    m.uid = "abc@google.com".into();
    assert_eq!(ical::uid_of(&m), "abc@google.com");
}

/// Christmas Eve, a plain Tuesday, and Mondays from 21 December 2026 for
/// twenty weeks (Easter Monday 2027 among them).
const ON_HOLIDAYS: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n\
    BEGIN:VEVENT\r\nUID:eve@example.cz\r\nSUMMARY:Vánoční porada\r\n\
    DTSTART;TZID=Europe/Prague:20261224T100000\r\nDTEND;TZID=Europe/Prague:20261224T110000\r\n\
    END:VEVENT\r\n\
    BEGIN:VEVENT\r\nUID:tuesday@example.cz\r\nSUMMARY:Obyčejná porada\r\n\
    DTSTART;TZID=Europe/Prague:20261215T100000\r\nDTEND;TZID=Europe/Prague:20261215T110000\r\n\
    END:VEVENT\r\n\
    BEGIN:VEVENT\r\nUID:mondays@example.cz\r\nSUMMARY:Pondělní program\r\n\
    DTSTART;TZID=Europe/Prague:20261221T100000\r\nDTEND;TZID=Europe/Prague:20261221T110000\r\n\
    RRULE:FREQ=WEEKLY;COUNT=20\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

#[test]
fn an_import_reports_meetings_on_public_holidays_instead_of_asking() {
    use spojka::domain::holidays::Holiday;
    let (_dir, store) = seeded();
    let report = import(&store, ON_HOLIDAYS);
    assert_eq!(report.created, 3, "imported all the same");
    assert_eq!(
        report.on_holidays,
        vec![
            (
                "Vánoční porada".to_string(),
                vec![(day(2026, 12, 24), Holiday::ChristmasEve)]
            ),
            (
                "Pondělní program".to_string(),
                vec![(day(2027, 3, 29), Holiday::EasterMonday)]
            ),
        ]
    );
    // Nothing saved the second time, so nothing to report.
    let again = import(&store, ON_HOLIDAYS);
    assert_eq!((again.unchanged, again.on_holidays.len()), (3, 0));
}

#[test]
fn the_command_line_lists_meetings_on_public_holidays_after_its_summary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let file = dir.path().join("holidays.ics");
    std::fs::write(&file, ON_HOLIDAYS).expect("write the calendar");
    drop(Store::open(&db).expect("an empty database"));
    let out = import_command(&db, &file);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    assert!(
        printed.contains(
            ": 3 created, 0 updated, 0 unchanged, 0 skipped.\n\
            On a public holiday \"Vánoční porada\": 2026-12-24 Christmas Eve\n"
        ),
        "{printed}"
    );
}

/// An imported meeting over a stored one at the same facility is reported,
/// not asked about: the import goes ahead.
#[test]
fn an_import_reports_clashes_with_stored_meetings_instead_of_asking() {
    let (_dir, store) = seeded();
    let mirov = facility(&store, "Věznice Mírov");
    let stored = sample::meeting("Porada Mírov", Some(mirov), at(2026, 3, 10, 10, 0));
    store
        .save(stored.into(), WHO, epoch())
        .expect("stored meeting");
    let file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n\
        BEGIN:VEVENT\r\nUID:clash@example.cz\r\nSUMMARY:Program Mírov\r\n\
        LOCATION:Věznice Mírov\r\n\
        DTSTART;TZID=Europe/Prague:20260310T103000\r\nDTEND;TZID=Europe/Prague:20260310T113000\r\n\
        END:VEVENT\r\nEND:VCALENDAR\r\n";
    let report = ical::import_ics_with_gap(&store, file, WHO, now(), 60).expect("import");
    assert_eq!(report.created, 1, "imported all the same");
    assert_eq!(
        report.clashes,
        vec![ical::ImportClash {
            title: "Program Mírov".into(),
            other: "Porada Mírov".into(),
            start: at(2026, 3, 10, 10, 0),
            why: ical::ClashWhy::SameFacility("Věznice Mírov".into()),
        }]
    );
    // Saved again unchanged: nothing new to report.
    let again = ical::import_ics_with_gap(&store, file, WHO, now(), 60).expect("again");
    assert_eq!((again.unchanged, again.clashes.len()), (1, 0));
    // The command line lists it after its summary.
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    assert!(spojka(&db, &["seed"]).status.success());
    let ics = dir.path().join("clash.ics");
    std::fs::write(&ics, file).expect("write");
    assert!(import_command(&db, &ics).status.success());
    let moved = file
        .replace("UID:clash@", "UID:clash2@")
        .replace("Program Mírov", "Návštěva");
    std::fs::write(&ics, moved).expect("write");
    let out = import_command(&db, &ics);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains("\"Návštěva\" clashes with \"Program Mírov\" on 2026-03-10 10:30 (same place: Věznice Mírov)"),
        "{said}"
    );
}
