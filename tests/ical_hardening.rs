//! Hostile calendar files: rules that never end, arithmetic that overflows,
//! components nested without end, and escape sequences in messages.

mod common;

use chrono::NaiveDateTime;
use common::binary::{seeded, spojka, text};
use common::time::{day, now};
use spojka::domain::conflict::clashes;
use spojka::domain::occurrences::{MAX_STEPS, next_occurrence, occurrences};
use spojka::domain::recurrence::Recurrence;
use spojka::domain::{Entity, Kind, Meeting, MeetingStatus, Meta, Problem};
use spojka::ical::{IcalError, parse_ics};
use spojka::insight::dashboard::{Section, attention};
use spojka::insight::figures::Figures;
use spojka::sample::{self, at, epoch};
use spojka::screens::calendar::{CalendarFilter, entries};
use spojka::store::Store;

/// A calendar with one VEVENT per `(summary, rule)`, each an hour from
/// 1 October 2026 10:00.
fn calendar(events: &[(String, &str)]) -> String {
    let mut ics = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//x//EN\r\n");
    for (i, (summary, rule)) in events.iter().enumerate() {
        ics.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:event-{i}@example.cz\r\nSUMMARY:{summary}\r\n\
             DTSTART:20261001T100000\r\nDTEND:20261001T110000\r\nRRULE:{rule}\r\nEND:VEVENT\r\n"
        ));
    }
    ics.push_str("END:VCALENDAR\r\n");
    ics
}

/// A report names an event by its first 80 characters: a summary of a
/// whole book made a line of 40,000 characters.
#[test]
fn a_skipped_event_with_a_book_for_a_name_is_named_by_its_beginning() {
    let (dir, db) = seeded();
    let long = format!("Porada {}", "á".repeat(5_000));
    let file = dir.path().join("long.ics");
    std::fs::write(&file, calendar(&[(long, "FREQ=MINUTELY")])).expect("write");
    let out = spojka(&db, &["import", "--format", "ics", &file.to_string_lossy()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    let line = report
        .lines()
        .find(|l| l.starts_with("Skipped"))
        .unwrap_or_else(|| panic!("no skipped line: {report}"));
    assert!(line.starts_with("Skipped \"Porada ááá"), "{line}");
    assert!(line.contains("á…\": its RRULE"), "{line}");
    assert!(
        line.chars().count() < 200,
        "{} characters",
        line.chars().count()
    );
}

#[test]
fn an_attached_file_is_left_out_of_the_notes_and_a_link_kept() {
    let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@x\r\nSUMMARY:Porada\r\n\
               DTSTART:20261001T100000\r\nDTEND:20261001T110000\r\n\
               ATTACH;FMTTYPE=application/pdf;ENCODING=BASE64;VALUE=BINARY:JVBERi0xLjQK\r\n\
               ATTACH:https://example.cz/zapis.pdf\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let events = parse_ics(ics).expect("parse");
    let notes = events[0].unmapped.join("\n");
    assert!(!notes.contains("JVBERi0xLjQK"), "{notes}");
    assert!(notes.contains("https://example.cz/zapis.pdf"), "{notes}");
}

fn syntax_error(ics: &str) -> (usize, String) {
    match parse_ics(ics) {
        Err(IcalError::Syntax { line, problem }) => (line, problem.to_string()),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn rules_finer_than_daily_are_skipped_at_import_naming_each_event() {
    let (dir, db) = seeded();
    let mut events: Vec<(String, &str)> = (0..40)
        .map(|i| (format!("Každou sekundu {i}"), "FREQ=SECONDLY"))
        .collect();
    events.push(("Hodinová".into(), "FREQ=HOURLY;COUNT=5"));
    events.push(("Dvakrát denně".into(), "FREQ=DAILY;BYHOUR=9,14"));
    events.push(("Týdenní porada".into(), "FREQ=WEEKLY"));
    let file = dir.path().join("secondly.ics");
    std::fs::write(&file, calendar(&events)).expect("write");
    let out = spojka(&db, &["import", "--format", "ics", &file.to_string_lossy()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(
        report.contains("1 created, 0 updated, 0 unchanged, 42 skipped"),
        "{report}"
    );
    assert!(report.contains(
        "Skipped \"Každou sekundu 7\": its RRULE \"FREQ=SECONDLY\" repeats more than once a day"
    ));
    assert!(report.contains("Skipped \"Hodinová\""), "{report}");
    assert!(report.contains("Skipped \"Dvakrát denně\""), "{report}");

    // What start-up and the calendar do with the database.
    let store = Store::open(&db).expect("open");
    let data = spojka::session::load_all(&store).expect("load");
    let board = attention(&data, at(2026, 10, 1, 8, 0));
    assert_eq!(board.items(Section::Meetings).len(), 2);
    let month = entries(
        &data,
        day(2026, 10, 1),
        day(2026, 10, 31),
        CalendarFilter::Everyone,
    );
    assert_eq!(month.len(), 5);
}

/// Forty series stored with sub-daily rules (as an older spojka, or a
/// hand-edited database, could have them), half of them held.
fn stored_sub_daily() -> Vec<Meeting> {
    let rules = [
        "FREQ=SECONDLY",
        "FREQ=MINUTELY;INTERVAL=1",
        "FREQ=HOURLY",
        "FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=0,15,30,45",
    ];
    (0..40)
        .map(|i| {
            let mut m = sample::meeting(&format!("Série {i}"), Some(1), at(2026, 1, 5, 10, 0));
            m.meta.id = 100 + i;
            m.end = at(2026, 1, 5, 11, 0);
            m.status = if i % 2 == 0 {
                MeetingStatus::Held
            } else {
                MeetingStatus::Planned
            };
            m.recurrence = Some(Box::new(Recurrence {
                rule: rules[i as usize % rules.len()].to_string(),
                cancelled: Vec::new(),
                overrides: Vec::new(),
            }));
            m
        })
        .collect()
}

#[test]
fn stored_sub_daily_series_stay_bounded_in_every_view() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&dir.path().join("db")).expect("open");
    spojka::seed::seed(&store, "test", epoch()).expect("seed");
    let mut meetings = stored_sub_daily();
    for m in &mut meetings {
        m.meta.id = 0;
        let saved = store.save(m.clone().into(), "test", epoch()).expect("save");
        m.meta.id = saved.id();
    }
    let data = spojka::session::load_all(&store).expect("load");

    // Dashboard: the week from 25 November; the series began in January.
    let board = attention(&data, now());
    assert!(board.items(Section::Meetings).is_empty());
    // Calendar: the first meeting of each, once.
    let january = entries(
        &data,
        day(2026, 1, 1),
        day(2026, 1, 31),
        CalendarFilter::Everyone,
    );
    assert_eq!(january.len(), 40);
    let later = entries(
        &data,
        day(2026, 2, 1),
        day(2026, 2, 28),
        CalendarFilter::Everyone,
    );
    assert!(later.is_empty());
    // Figures over a year count each held series once.
    let figures = Figures::compute(&data, day(2026, 1, 1), day(2026, 12, 31));
    assert_eq!(figures.held, 20);
    // Clash checks: one candidate against the forty, all at one facility.
    let found = clashes(&meetings[0], meetings.iter().skip(1), 60);
    assert_eq!(found.len(), 39);
    // Expansion over a century gives the one meeting; there is no next.
    for m in &meetings {
        let all = occurrences(m, at(2000, 1, 1, 0, 0), at(2100, 1, 1, 0, 0));
        assert_eq!(all.len(), 1, "{}", m.title);
        assert_eq!(next_occurrence(m, m.start), None);
    }
}

#[test]
fn expansion_walks_at_most_max_steps_rule_dates() {
    let mut m = sample::meeting("Denní", Some(1), at(2026, 1, 5, 10, 0));
    m.end = at(2026, 1, 5, 10, 30);
    m.recurrence = Some(Box::new(Recurrence {
        rule: "FREQ=DAILY".into(),
        cancelled: Vec::new(),
        overrides: Vec::new(),
    }));
    let end: NaiveDateTime = at(2900, 1, 1, 0, 0);
    let found = occurrences(&m, at(2026, 1, 1, 0, 0), end);
    assert_eq!(found.len(), MAX_STEPS);
    // A window of years the cap does not touch is whole.
    let decade = occurrences(&m, at(2026, 1, 1, 0, 0), at(2036, 1, 1, 0, 0));
    assert_eq!(decade.len(), 3648);
}

#[test]
fn the_repeats_field_refuses_rules_finer_than_daily() {
    for rule in [
        "FREQ=SECONDLY",
        "FREQ=HOURLY;COUNT=3",
        "FREQ=DAILY;BYHOUR=9,14",
    ] {
        let values = spojka::sample::typed(
            Kind::Meeting,
            &[
                ("title", "Porada"),
                ("start", "2026-10-01 10:00"),
                ("end", "2026-10-01 11:00"),
                ("repeat", rule),
            ],
        );
        let errors = Meeting::from_values(Meta::new(epoch()), &values).expect_err(rule);
        let problems: Vec<_> = errors.into_iter().map(|e| (e.field, e.problem)).collect();
        assert_eq!(
            problems,
            [("repeat", Problem::RepeatsMoreThanDaily)],
            "{rule}"
        );
    }
    assert_eq!(
        spojka::catalog::problem(&Problem::RepeatsMoreThanDaily),
        "repeats more than once a day; a meeting repeats daily at most"
    );
}

/// One event with `lines` between its UID and its end.
fn event_with(lines: &str) -> String {
    format!("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\n{lines}END:VEVENT\r\nEND:VCALENDAR\r\n")
}

#[test]
fn huge_durations_and_dates_are_errors_naming_their_line() {
    let (line, message) = syntax_error(&event_with(
        "DTSTART:20260101T100000\r\nDURATION:P99999999W\r\n",
    ));
    assert_eq!(
        (line, message.as_str()),
        (5, "DURATION ends after the year 9999")
    );
    let (line, message) = syntax_error(&event_with(
        "DTSTART:20260101T100000\r\nDURATION:P99999999999999999999W\r\n",
    ));
    assert_eq!(line, 5);
    assert!(message.contains("is not a duration"), "{message}");
    let (line, _) = syntax_error(&event_with(
        "DTSTART:20260101T100000\r\nDURATION:-P9999999999W\r\n",
    ));
    assert_eq!(line, 5);
    // chrono reads signed years of six digits; RFC 5545 has four.
    let (line, _) = syntax_error(&event_with("DTSTART:+2621431231T235959\r\n"));
    assert_eq!(line, 4);
    let (line, _) = syntax_error(&event_with("DTSTART;VALUE=DATE:+2621431231\r\n"));
    assert_eq!(line, 4);
    // The last day there is still has its day's length.
    let events = parse_ics(&event_with("DTSTART;VALUE=DATE:99991231\r\n")).expect("parses");
    assert_eq!(
        events[0].end,
        at(9999, 12, 31, 0, 0) + chrono::Duration::days(1)
    );
}

#[test]
fn components_nested_without_end_are_refused_with_the_line() {
    let n = 50_000;
    let nested = format!(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20260101T100000\r\n{}{}END:VEVENT\r\nEND:VCALENDAR\r\n",
        "BEGIN:X\r\n".repeat(n),
        "END:X\r\n".repeat(n)
    );
    let (line, message) = syntax_error(&nested);
    assert_eq!(line, 19);
    assert!(message.contains("more than 16 deep"), "{message}");
    let events = format!("BEGIN:VCALENDAR\r\n{}", "BEGIN:VEVENT\r\n".repeat(n));
    assert_eq!(syntax_error(&events).0, 17);

    // Through the binary: a message and exit code 1, not an abort.
    let (dir, db) = seeded();
    let file = dir.path().join("nested.ics");
    std::fs::write(&file, nested).expect("write");
    let out = spojka(&db, &["import", "--format", "ics", &file.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("line 19: BEGIN:X nests components"));
}

/// Whether `bytes` hold an escape, a bell or a C1 control sequence
/// introducer (a lone 0x9B byte, which is not UTF-8, or U+009B). A raw 0x9B
/// byte alone proves nothing: it ends the UTF-8 of "␛", the picture of ESC.
fn has_terminal_controls(bytes: &[u8]) -> bool {
    bytes.iter().any(|b| matches!(b, 0x1b | 0x07))
        || std::str::from_utf8(bytes).map_or(true, |s| s.contains('\u{9b}'))
}

#[test]
fn error_messages_carry_no_escape_sequences_from_hostile_files() {
    let (dir, db) = seeded();
    let hostile: [(&str, &[u8]); 4] = [
        ("title.ics", b"BEGIN:\x1b]0;pwned\x07\x1b[2J\r\n"),
        ("end.ics", b"BEGIN:VCALENDAR\r\nEND:\x1b[2J\xc2\x9b31m\r\n"),
        (
            "close.ics",
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:\x1b]2;x\x07\r\n",
        ),
        ("line.ics", b"\x1b]0;pwned\x07\x1b[2J:x\r\n"),
    ];
    for (name, bytes) in hostile {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).expect("write");
        let out = spojka(&db, &["import", "--format", "ics", &file.to_string_lossy()]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert!(
            !has_terminal_controls(&out.stderr),
            "{name}: {:?}",
            text(&out.stderr)
        );
        assert!(text(&out.stderr).contains("line "), "{name}");
    }
    // A keymap's unknown action is quoted in the message too.
    let keymap = dir.path().join("keymap.toml");
    std::fs::write(&keymap, "[normal]\n\"a\" = \"\\u001b]0;pwned\\u0007\"\n").expect("write");
    let out = spojka(&db, &["--keymap", &keymap.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("unknown action"), "{stderr}");
    assert!(!has_terminal_controls(&out.stderr), "{stderr:?}");
    // A file name is quoted in the message as well.
    let named = dir.path().join("evil\u{1b}[2J.ics");
    std::fs::write(&named, "x\n").expect("write");
    let out = spojka(
        &db,
        &["import", "--format", "ics", &named.to_string_lossy()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !has_terminal_controls(&out.stderr),
        "{:?}",
        text(&out.stderr)
    );
}
