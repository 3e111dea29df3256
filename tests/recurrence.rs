//! Series expansion against known calendars, and the Prague wall clock.

mod common;

use common::time::{parse_at, parse_day};
use std::time::{Duration as Elapsed, Instant};

use chrono::NaiveDate;
use spojka::domain::occurrences::{Occurrence, next_occurrence, occurrence_on, occurrences};
use spojka::domain::recurrence::{Override, Recurrence};
use spojka::domain::{Entity, FieldValue, Kind, Meeting, Meta, Problem};
use spojka::sample;

/// A one-hour series starting at `start`.
fn series(start: &str, rule: &str) -> Meeting {
    let mut m = sample::meeting("Koordinační schůzka", Some(1), parse_at(start));
    m.recurrence = Some(Box::new(Recurrence {
        rule: rule.to_string(),
        cancelled: Vec::new(),
        overrides: Vec::new(),
    }));
    m
}

fn starts(found: &[Occurrence]) -> Vec<String> {
    found
        .iter()
        .map(|o| o.start.format("%Y-%m-%d %H:%M").to_string())
        .collect()
}

fn recurrence(m: &mut Meeting) -> &mut Recurrence {
    m.recurrence.as_mut().expect("a series")
}

#[test]
fn first_tuesday_of_each_quarter_for_two_years() {
    let m = series(
        "2026-01-06 10:00",
        "FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU;COUNT=8",
    );
    let found = occurrences(
        &m,
        parse_at("2025-01-01 00:00"),
        parse_at("2030-01-01 00:00"),
    );
    let expected = [
        "2026-01-06",
        "2026-04-07",
        "2026-07-07",
        "2026-10-06",
        "2027-01-05",
        "2027-04-06",
        "2027-07-06",
        "2027-10-05",
    ];
    let expected: Vec<String> = expected.iter().map(|d| format!("{d} 10:00")).collect();
    assert_eq!(starts(&found), expected);
    assert!(
        found
            .iter()
            .all(|o| o.end - o.start == chrono::Duration::hours(1))
    );
    assert!(
        found
            .iter()
            .all(|o| !o.moved && o.original == o.start.date())
    );
}

#[test]
fn fifth_wednesday_only_in_months_that_have_one() {
    let m = series("2026-01-01 14:00", "FREQ=MONTHLY;BYDAY=5WE");
    let found = occurrences(
        &m,
        parse_at("2026-01-01 00:00"),
        parse_at("2027-01-01 00:00"),
    );
    assert_eq!(
        starts(&found),
        [
            "2026-04-29 14:00",
            "2026-07-29 14:00",
            "2026-09-30 14:00",
            "2026-12-30 14:00"
        ]
    );
}

#[test]
fn a_weekly_meeting_stays_at_ten_across_both_dst_changes() {
    // Thursdays from 19 March to 5 November 2026: clocks go forward on
    // 29 March and back on 25 October.
    let m = series("2026-03-19 10:00", "FREQ=WEEKLY");
    let found = occurrences(
        &m,
        parse_at("2026-03-19 00:00"),
        parse_at("2026-11-06 00:00"),
    );
    assert_eq!(found.len(), 34);
    for o in &found {
        assert_eq!(o.start.format("%a %H:%M").to_string(), "Thu 10:00");
        assert_eq!(o.end.format("%H:%M").to_string(), "11:00");
    }
    let dates: Vec<NaiveDate> = found.iter().map(|o| o.start.date()).collect();
    assert!(dates.contains(&parse_day("2026-03-26")) && dates.contains(&parse_day("2026-04-02")));
    assert!(dates.contains(&parse_day("2026-10-22")) && dates.contains(&parse_day("2026-10-29")));
}

#[test]
fn a_cancelled_date_is_skipped() {
    let mut m = series("2026-03-03 10:00", "FREQ=WEEKLY;COUNT=4");
    recurrence(&mut m).cancelled.push(parse_day("2026-03-10"));
    let found = occurrences(
        &m,
        parse_at("2026-03-01 00:00"),
        parse_at("2026-04-01 00:00"),
    );
    assert_eq!(
        starts(&found),
        ["2026-03-03 10:00", "2026-03-17 10:00", "2026-03-24 10:00"]
    );
    assert_eq!(occurrence_on(&m, parse_day("2026-03-10")), None);
    assert_eq!(
        next_occurrence(&m, parse_at("2026-03-03 10:00")).map(|o| o.start),
        Some(parse_at("2026-03-17 10:00"))
    );
}

#[test]
fn a_moved_occurrence_is_at_its_new_time_only() {
    let mut m = series("2026-03-03 10:00", "FREQ=WEEKLY;COUNT=4");
    let original = parse_day("2026-03-10");
    let moved = Override::moved(
        original,
        parse_at("2026-03-12 13:00"),
        parse_at("2026-03-12 15:00"),
    );
    recurrence(&mut m).overrides.push(moved.clone());
    let found = occurrences(
        &m,
        parse_at("2026-03-01 00:00"),
        parse_at("2026-04-01 00:00"),
    );
    assert_eq!(
        starts(&found),
        [
            "2026-03-03 10:00",
            "2026-03-12 13:00",
            "2026-03-17 10:00",
            "2026-03-24 10:00"
        ]
    );
    let expected = Occurrence {
        start: moved.start,
        end: moved.end,
        original,
        moved: true,
        own: false,
    };
    assert_eq!(found[1], expected);
    // Asked for its old day only, nothing; for its new day, the moved one.
    assert!(
        occurrences(
            &m,
            parse_at("2026-03-10 00:00"),
            parse_at("2026-03-11 00:00")
        )
        .is_empty()
    );
    assert_eq!(
        occurrences(
            &m,
            parse_at("2026-03-12 00:00"),
            parse_at("2026-03-13 00:00")
        ),
        vec![expected]
    );
    assert_eq!(occurrence_on(&m, original), Some(expected));
    assert_eq!(
        next_occurrence(&m, parse_at("2026-03-03 10:00")),
        Some(expected)
    );
}

#[test]
fn a_move_into_the_window_counts_even_when_its_rule_date_is_outside() {
    let mut m = series("2026-03-03 10:00", "FREQ=WEEKLY");
    recurrence(&mut m).overrides.push(Override::moved(
        parse_day("2026-03-31"),
        parse_at("2026-03-27 09:00"),
        parse_at("2026-03-27 10:00"),
    ));
    let march = occurrences(
        &m,
        parse_at("2026-03-01 00:00"),
        parse_at("2026-03-30 00:00"),
    );
    assert!(
        march
            .iter()
            .any(|o| o.moved && o.original == parse_day("2026-03-31"))
    );
    let april = occurrences(
        &m,
        parse_at("2026-03-30 00:00"),
        parse_at("2026-04-30 00:00"),
    );
    assert!(april.iter().all(|o| o.original != parse_day("2026-03-31")));
}

#[test]
fn the_window_includes_its_start_and_excludes_its_end() {
    let m = series("2026-03-03 10:00", "FREQ=DAILY");
    let found = occurrences(
        &m,
        parse_at("2026-03-05 10:00"),
        parse_at("2026-03-07 10:00"),
    );
    assert_eq!(starts(&found), ["2026-03-05 10:00", "2026-03-06 10:00"]);
    let one_off = sample::meeting("Návštěva", Some(1), parse_at("2026-03-05 10:00"));
    assert_eq!(
        occurrences(
            &one_off,
            parse_at("2026-03-05 10:00"),
            parse_at("2026-03-06 00:00")
        )
        .len(),
        1
    );
    assert!(
        occurrences(
            &one_off,
            parse_at("2026-03-04 00:00"),
            parse_at("2026-03-05 10:00")
        )
        .is_empty()
    );
}

#[test]
fn an_open_ended_series_far_from_its_start_is_quick_and_correct() {
    let m = series("2026-01-05 09:30", "FREQ=WEEKLY");
    let started = Instant::now();
    let found = occurrences(
        &m,
        parse_at("2030-06-01 00:00"),
        parse_at("2030-07-01 00:00"),
    );
    let next = next_occurrence(&m, parse_at("2030-06-30 12:00"));
    // Generous: a debug build on a busy machine, and still far below what
    // walking a long series from its first week would cost.
    assert!(started.elapsed() < Elapsed::from_millis(200));
    // Mondays of June 2030.
    assert_eq!(
        starts(&found),
        [
            "2030-06-03 09:30",
            "2030-06-10 09:30",
            "2030-06-17 09:30",
            "2030-06-24 09:30"
        ]
    );
    assert_eq!(next.map(|o| o.start), Some(parse_at("2030-07-01 09:30")));
}

#[test]
fn a_finished_series_has_no_next_occurrence() {
    let m = series("2026-01-06 10:00", "FREQ=WEEKLY;UNTIL=20260120");
    assert_eq!(
        occurrences(
            &m,
            parse_at("2026-01-01 00:00"),
            parse_at("2027-01-01 00:00")
        )
        .len(),
        3,
        "a bare UNTIL date includes that day"
    );
    assert_eq!(next_occurrence(&m, parse_at("2026-01-20 10:00")), None);
    assert_eq!(
        occurrence_on(&m, parse_day("2026-01-13")).map(|o| o.start),
        Some(parse_at("2026-01-13 10:00"))
    );
    assert_eq!(occurrence_on(&m, parse_day("2026-01-14")), None);
}

/// Form values for a meeting from 10:00 on `start` to `end`.
fn form(start: &str, end: &str, repeat: &str) -> Vec<FieldValue> {
    sample::typed(
        Kind::Meeting,
        &[
            ("title", "Porada"),
            ("start", start),
            ("end", end),
            ("repeat", repeat),
        ],
    )
}

fn problems(values: &[FieldValue]) -> Vec<(&'static str, Problem)> {
    match Meeting::from_values(Meta::new(sample::epoch()), values) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.into_iter().map(|e| (e.field, e.problem)).collect(),
    }
}

#[test]
fn a_time_skipped_by_spring_forward_is_refused() {
    let values = form("2026-03-29 02:30", "2026-03-29 03:30", "");
    assert_eq!(
        problems(&values),
        [("start", Problem::NonexistentLocalTime)]
    );
    let values = form("2026-03-29 01:30", "2026-03-29 02:15", "");
    assert_eq!(problems(&values), [("end", Problem::NonexistentLocalTime)]);
    assert_eq!(
        spojka::catalog::problem(&Problem::NonexistentLocalTime),
        "this time does not exist in Prague (clocks go forward)"
    );
}

#[test]
fn a_time_repeated_by_fall_back_is_accepted() {
    let values = form("2026-10-25 02:30", "2026-10-25 03:30", "");
    assert_eq!(problems(&values), []);
}

#[test]
fn a_rule_ending_before_its_start_is_refused() {
    let values = form(
        "2026-05-05 10:00",
        "2026-05-05 11:00",
        "FREQ=WEEKLY;UNTIL=20260401",
    );
    let found = problems(&values);
    assert_eq!(found.len(), 1);
    assert!(matches!(found[0], ("repeat", Problem::NotARule(_))));
    let values = form(
        "2026-05-05 10:00",
        "2026-05-05 11:00",
        "FREQ=WEEKLY;UNTIL=20260601",
    );
    assert_eq!(problems(&values), []);
}
