//! Property tests for the iCalendar reader: whatever text it is given, it
//! answers with events or an error naming a line, never a panic.

use proptest::prelude::*;
use spojka::ical::{IcalError, parse_ics};

/// A small valid calendar: one weekly event with a time zone, an alarm and
/// the usual properties calendar programs write. (`\x20` is the space that
/// starts a folded line: a string continuation would swallow a plain one.)
const VALID: &str = "BEGIN:VCALENDAR\r\n\
VERSION:2.0\r\n\
PRODID:-//test//x//EN\r\n\
BEGIN:VEVENT\r\n\
UID:porada-1@example.cz\r\n\
DTSTAMP:20260101T080000Z\r\n\
SUMMARY:Porada v Plzni\\, se vším\r\n\
DTSTART;TZID=Europe/Prague:20260105T100000\r\n\
DURATION:PT1H30M\r\n\
RRULE:FREQ=WEEKLY;COUNT=8\r\n\
EXDATE;TZID=Europe/Prague:20260112T100000\r\n\
LOCATION:Věznice Plzeň\r\n\
ORGANIZER;CN=\"Novák, Jan\":mailto:jan@example.cz\r\n\
ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:eva@example.cz\r\n\
CATEGORIES:koordinace,jiné\r\n\
DESCRIPTION:Program:\\n1. body\r\n\
\x20pokračování\r\n\
BEGIN:VALARM\r\n\
ACTION:DISPLAY\r\n\
TRIGGER:-PT15M\r\n\
END:VALARM\r\n\
END:VEVENT\r\n\
END:VCALENDAR\r\n";

/// A read that did not panic: an error must name a line of the file.
fn check(text: &str) {
    if let Err(IcalError::Syntax { line, .. }) = parse_ics(text) {
        let lines = text.split('\n').count().max(1);
        assert!((1..=lines).contains(&line), "line {line} of {lines}");
    }
}

/// Pieces that calendar files are made of, for text that gets further into
/// the reader than random characters do.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("BEGIN:VCALENDAR\r\n".to_string()),
        Just("END:VCALENDAR\r\n".to_string()),
        Just("BEGIN:VEVENT\r\n".to_string()),
        Just("END:VEVENT\r\n".to_string()),
        Just("BEGIN:X\r\n".to_string()),
        Just("END:X\r\n".to_string()),
        Just(" folded\r\n".to_string()),
        "DTSTART(;VALUE=DATE|;TZID=[A-Za-z/]{0,12})?:[+-]?[0-9T]{0,17}Z?\r\n",
        "DTEND:[0-9]{8}T[0-9]{6}\r\n",
        "DURATION:[+-]?P[0-9WDTHMS]{0,24}\r\n",
        "RRULE:FREQ=(DAILY|WEEKLY|SECONDLY|YEARLY)(;[A-Z]{2,8}=[0-9A-Z,+-]{0,8}){0,3}\r\n",
        "EXDATE:[0-9]{8}(T[0-9]{6})?(,[0-9]{0,9})?\r\n",
        "RECURRENCE-ID:[0-9]{8}\r\n",
        "ATTENDEE;CN=\"[^\"\r\n]{0,8}\":(mailto:)?[a-z@.]{0,10}\r\n",
        "[A-Z-]{1,10}(;[A-Z]{1,5}=[^:\r\n]{0,6})?:[^\r\n]{0,20}\r\n",
        "\\PC{0,20}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        check(&text);
    }

    #[test]
    fn arbitrary_bytes_read_as_text_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn calendar_shaped_text_never_panics(parts in proptest::collection::vec(fragment(), 0..40)) {
        check(&parts.concat());
    }

    #[test]
    fn mutations_of_a_valid_file_never_panic(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..4, any::<char>()), 1..8)
    ) {
        let mut chars: Vec<char> = VALID.chars().collect();
        for (at, kind, c) in edits {
            if chars.is_empty() {
                chars.push(c);
                continue;
            }
            let i = at.index(chars.len());
            match kind {
                0 => chars[i] = c,
                1 => chars.insert(i, c),
                2 => { chars.remove(i); }
                // Repeat a stretch: lines twice, components inside themselves.
                _ => {
                    let end = (i + 40).min(chars.len());
                    let copy: Vec<char> = chars[i..end].to_vec();
                    chars.splice(i..i, copy);
                }
            }
        }
        check(&chars.iter().collect::<String>());
    }

    #[test]
    fn valid_files_keep_parsing(
        summary in "[^\\\\;,\r\n]{0,30}",
        weeks in 1u32..50,
        minutes in 0u32..600,
        day in 1u32..29,
    ) {
        let text = VALID
            .replace("Porada v Plzni\\, se vším", &summary)
            .replace("COUNT=8", &format!("COUNT={weeks}"))
            .replace("PT1H30M", &format!("PT{minutes}M"))
            .replace("20260105T100000", &format!("202602{day:02}T100000"));
        let events = parse_ics(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(events.len(), 1);
        prop_assert_eq!(&events[0].summary, &summary);
        prop_assert_eq!(events[0].end - events[0].start, chrono::Duration::minutes(i64::from(minutes)));
        let rule = format!("FREQ=WEEKLY;COUNT={weeks}");
        prop_assert_eq!(events[0].rule.as_deref(), Some(rule.as_str()));
    }
}
