//! Conflict warnings before a meeting is saved.

mod common;

use chrono::{Duration, NaiveDateTime};
use common::time::parse_at;
use spojka::domain::conflict::{Clash, ClashReason, clashes};
use spojka::domain::recurrence::Recurrence;
use spojka::domain::{Id, Meeting, MeetingKind, MeetingStatus};
use spojka::sample;

const PANKRAC: Id = 1;
const RUZYNE: Id = 2;
const JANA: Id = 10;
const PETR: Id = 11;
const EVA: Id = 12;

/// A saved meeting with this id, from `start` to `end`, at `facility`.
fn meeting(id: Id, facility: Option<Id>, start: &str, end: &str, people: &[Id]) -> Meeting {
    let mut m = sample::meeting("Schůzka", facility, parse_at(start));
    m.meta.id = id;
    m.end = parse_at(end);
    m.attendees = people.to_vec();
    m
}

fn weekly(mut m: Meeting, rule: &str) -> Meeting {
    m.recurrence = Some(Box::new(Recurrence {
        rule: rule.to_string(),
        cancelled: Vec::new(),
        overrides: Vec::new(),
    }));
    m
}

fn reasons(found: &[Clash]) -> Vec<(Id, ClashReason)> {
    found.iter().map(|c| (c.other, c.reason.clone())).collect()
}

#[test]
fn a_shared_attendee_at_the_same_time_clashes() {
    let candidate = meeting(
        0,
        Some(PANKRAC),
        "2026-05-04 10:00",
        "2026-05-04 11:00",
        &[JANA],
    );
    let mut other = meeting(5, None, "2026-05-04 10:30", "2026-05-04 12:00", &[PETR]);
    other.organiser = Some(JANA);
    let found = clashes(&candidate, [&other], 60);
    assert_eq!(
        found,
        vec![Clash {
            other: 5,
            start: parse_at("2026-05-04 10:30"),
            end: parse_at("2026-05-04 12:00"),
            reason: ClashReason::SameAttendee(JANA),
        }]
    );
}

#[test]
fn the_same_facility_at_the_same_time_clashes() {
    let candidate = meeting(
        0,
        Some(PANKRAC),
        "2026-05-04 10:00",
        "2026-05-04 11:00",
        &[JANA],
    );
    let other = meeting(
        5,
        Some(PANKRAC),
        "2026-05-04 09:00",
        "2026-05-04 10:15",
        &[PETR],
    );
    let elsewhere = meeting(
        6,
        Some(RUZYNE),
        "2026-05-04 10:00",
        "2026-05-04 11:00",
        &[EVA],
    );
    let found = clashes(&candidate, [&other, &elsewhere], 60);
    assert_eq!(reasons(&found), [(5, ClashReason::SameFacility(PANKRAC))]);
}

#[test]
fn meetings_that_only_touch_do_not_clash() {
    let candidate = meeting(
        0,
        Some(PANKRAC),
        "2026-05-04 10:00",
        "2026-05-04 11:00",
        &[JANA],
    );
    let before = meeting(
        5,
        Some(PANKRAC),
        "2026-05-04 09:00",
        "2026-05-04 10:00",
        &[JANA],
    );
    let after = meeting(
        6,
        Some(PANKRAC),
        "2026-05-04 11:00",
        "2026-05-04 12:00",
        &[JANA],
    );
    assert_eq!(clashes(&candidate, [&before, &after], 60), []);
}

#[test]
fn cancelled_meetings_do_not_clash() {
    let candidate = meeting(
        0,
        Some(PANKRAC),
        "2026-05-04 10:00",
        "2026-05-04 11:00",
        &[JANA],
    );
    let mut other = meeting(
        5,
        Some(PANKRAC),
        "2026-05-04 10:00",
        "2026-05-04 11:00",
        &[JANA],
    );
    other.status = MeetingStatus::Cancelled;
    assert_eq!(clashes(&candidate, [&other], 60), []);
    // Nor does a cancelled candidate with a planned meeting.
    let mut cancelled = candidate.clone();
    cancelled.status = MeetingStatus::Cancelled;
    other.status = MeetingStatus::Planned;
    assert_eq!(clashes(&cancelled, [&other], 60), []);
}

#[test]
fn a_meeting_does_not_clash_with_its_saved_self() {
    let saved = meeting(
        7,
        Some(PANKRAC),
        "2026-05-04 10:00",
        "2026-05-04 11:00",
        &[JANA],
    );
    let mut edited = saved.clone();
    edited.end = parse_at("2026-05-04 11:30");
    assert_eq!(clashes(&edited, [&saved], 60), []);
}

#[test]
fn too_little_time_between_two_prisons_is_a_travel_warning() {
    let candidate = meeting(
        0,
        Some(PANKRAC),
        "2026-05-04 09:00",
        "2026-05-04 10:15",
        &[JANA],
    );
    let other = meeting(
        5,
        Some(RUZYNE),
        "2026-05-04 11:00",
        "2026-05-04 12:00",
        &[JANA, PETR],
    );
    let warned = clashes(&candidate, [&other], 60);
    assert_eq!(
        reasons(&warned),
        [(
            5,
            ClashReason::TravelGap {
                person: JANA,
                minutes: 45
            }
        )]
    );
    assert_eq!(clashes(&candidate, [&other], 30), []);
    // The same gap the other way round.
    let later = meeting(
        0,
        Some(PANKRAC),
        "2026-05-04 12:45",
        "2026-05-04 13:30",
        &[JANA],
    );
    assert_eq!(
        reasons(&clashes(&later, [&other], 60)),
        [(
            5,
            ClashReason::TravelGap {
                person: JANA,
                minutes: 45
            }
        )]
    );
}

#[test]
fn travel_is_only_between_facilities_on_the_same_day() {
    let candidate = meeting(
        0,
        Some(PANKRAC),
        "2026-05-04 23:00",
        "2026-05-04 23:30",
        &[JANA],
    );
    let next_day = meeting(
        5,
        Some(RUZYNE),
        "2026-05-05 00:00",
        "2026-05-05 01:00",
        &[JANA],
    );
    assert_eq!(clashes(&candidate, [&next_day], 60), []);
    let mut call = meeting(
        6,
        Some(RUZYNE),
        "2026-05-04 22:00",
        "2026-05-04 22:45",
        &[JANA],
    );
    call.kind = MeetingKind::OnlineCall;
    assert_eq!(clashes(&candidate, [&call], 60), []);
}

#[test]
fn back_to_back_at_the_same_facility_is_fine() {
    let candidate = meeting(
        0,
        Some(PANKRAC),
        "2026-05-04 09:00",
        "2026-05-04 10:00",
        &[JANA],
    );
    let other = meeting(
        5,
        Some(PANKRAC),
        "2026-05-04 10:10",
        "2026-05-04 11:00",
        &[JANA],
    );
    assert_eq!(clashes(&candidate, [&other], 60), []);
}

#[test]
fn a_weekly_series_clashes_with_one_occurrence_of_another_series() {
    // Mondays 10:00–11:30 for ten weeks, and a monthly meeting on the first
    // Monday, 11:00–12:00, for Jana at another prison.
    let candidate = weekly(
        meeting(
            0,
            Some(PANKRAC),
            "2026-05-04 10:00",
            "2026-05-04 11:30",
            &[JANA],
        ),
        "FREQ=WEEKLY;COUNT=10",
    );
    let monthly = weekly(
        meeting(
            5,
            Some(RUZYNE),
            "2026-01-05 11:00",
            "2026-01-05 12:00",
            &[JANA],
        ),
        "FREQ=MONTHLY;BYDAY=1MO",
    );
    let found = clashes(&candidate, [&monthly, &monthly], 30);
    let starts: Vec<NaiveDateTime> = found.iter().map(|c| c.start).collect();
    // June 1st and July 6th fall in the ten weeks; 4 May is the series start.
    assert_eq!(
        starts,
        [
            parse_at("2026-05-04 11:00"),
            parse_at("2026-06-01 11:00"),
            parse_at("2026-07-06 11:00")
        ]
    );
    assert!(
        found
            .iter()
            .all(|c| c.reason == ClashReason::SameAttendee(JANA))
    );
    assert!(found.iter().all(|c| c.end - c.start == Duration::hours(1)));

    // With one occurrence of the candidate cancelled, its clash is gone.
    let mut fewer = candidate.clone();
    if let Some(r) = fewer.recurrence.as_mut() {
        r.cancelled.push(parse_at("2026-06-01 00:00").date());
    }
    let found = clashes(&fewer, [&monthly], 30);
    assert_eq!(found.len(), 2);
}

/// The calendar's marks: which occurrences of a window overlap another
/// meeting with a shared person or place, by the rules above, in one pass.
#[test]
fn overlapping_marks_both_sides_of_each_clash_and_nothing_else() {
    use spojka::domain::conflict::overlapping;
    use spojka::domain::occurrences::occurrences;
    let long = meeting(
        1,
        Some(PANKRAC),
        "2026-05-04 09:00",
        "2026-05-04 17:00",
        &[JANA],
    );
    // Jana again, later in the long day: both clash.
    let jana = meeting(2, None, "2026-05-04 15:00", "2026-05-04 16:00", &[JANA]);
    // Petr elsewhere at the same time: no one shared, another place.
    let petr = meeting(
        3,
        Some(RUZYNE),
        "2026-05-04 10:00",
        "2026-05-04 11:00",
        &[PETR],
    );
    // Touching the long day's end at its facility: not a clash.
    let after = meeting(
        4,
        Some(PANKRAC),
        "2026-05-04 17:00",
        "2026-05-04 18:00",
        &[EVA],
    );
    // Cancelled over Petr's: never a clash.
    let mut cancelled = meeting(
        5,
        Some(RUZYNE),
        "2026-05-04 10:30",
        "2026-05-04 11:30",
        &[PETR],
    );
    cancelled.status = MeetingStatus::Cancelled;
    // An online call about Pankrác takes no room there.
    let mut call = meeting(
        6,
        Some(PANKRAC),
        "2026-05-04 12:00",
        "2026-05-04 13:00",
        &[EVA],
    );
    call.kind = MeetingKind::OnlineCall;
    // A daily series whose occurrences overlap each other: not with itself.
    let daily = weekly(
        meeting(7, None, "2026-05-04 08:00", "2026-05-05 09:00", &[EVA + 1]),
        "FREQ=DAILY;COUNT=2",
    );
    let all = [&long, &jana, &petr, &after, &cancelled, &call, &daily];
    let (from, to) = (parse_at("2026-05-04 00:00"), parse_at("2026-05-06 00:00"));
    let mut shown: Vec<(&Meeting, _)> = all
        .iter()
        .flat_map(|m| occurrences(m, from, to).into_iter().map(move |o| (*m, o)))
        .collect();
    shown.sort_by_key(|(m, o)| (o.start, m.meta.id));
    let marked: Vec<(Id, bool)> = shown
        .iter()
        .zip(overlapping(&shown))
        .map(|((m, _), marked)| (m.meta.id, marked))
        .collect();
    let clashing: Vec<Id> = marked
        .iter()
        .filter(|(_, m)| *m)
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(clashing, [1, 2], "{marked:?}");
}

/// Many meetings in one window: the pass compares each occurrence only with
/// those running when it starts.
#[test]
fn overlapping_a_busy_window_marks_what_clashes() {
    use spojka::domain::conflict::overlapping;
    use spojka::domain::occurrences::Occurrence;
    // 2,000 back-to-back hour-long meetings at one facility (none clash),
    // then one laid over the 1,000th.
    let start = parse_at("2026-01-01 00:00");
    let mut meetings: Vec<Meeting> = (0..2000)
        .map(|n| {
            let at = start + Duration::hours(n);
            let mut m = sample::meeting("Schůzka", Some(PANKRAC), at);
            m.meta.id = n as Id + 1;
            m.end = at + Duration::hours(1);
            m
        })
        .collect();
    let over = start + Duration::hours(999) + Duration::minutes(30);
    let mut extra = sample::meeting("Navíc", Some(PANKRAC), over);
    extra.meta.id = 5000;
    extra.end = over + Duration::hours(1);
    meetings.push(extra);
    let mut shown: Vec<(&Meeting, Occurrence)> = meetings
        .iter()
        .map(|m| {
            let o = Occurrence {
                start: m.start,
                end: m.end,
                original: m.start.date(),
                moved: false,
                own: false,
            };
            (m, o)
        })
        .collect();
    shown.sort_by_key(|(m, o)| (o.start, m.meta.id));
    let marked: Vec<Id> = shown
        .iter()
        .zip(overlapping(&shown))
        .filter(|(_, marked)| *marked)
        .map(|((m, _), _)| m.meta.id)
        .collect();
    assert_eq!(marked, [1000, 5000, 1001]);
}

/// An occurrence with details of its own is marked by its own people and
/// place, not the series'.
#[test]
fn overlapping_uses_an_occurrences_own_people_and_place() {
    use spojka::domain::conflict::overlapping;
    use spojka::domain::occurrences::occurrences;
    use spojka::domain::recurrence::{Details, Override};
    // Petr at Pankrác every Monday; on 11 May the occurrence is Eva's, at
    // Ruzyně, over Jana's meeting there; Petr has another meeting at
    // Pankrác then, which only the series' own details would clash with.
    let mut series = weekly(
        meeting(
            1,
            Some(PANKRAC),
            "2026-05-04 10:00",
            "2026-05-04 11:00",
            &[PETR],
        ),
        "FREQ=WEEKLY;COUNT=3",
    );
    let mut own = Details::of(&series);
    own.facility = Some(RUZYNE);
    own.organiser = None;
    own.attendees = vec![EVA];
    if let Some(r) = &mut series.recurrence {
        r.set_override(Override {
            original: parse_at("2026-05-11 10:00").date(),
            start: parse_at("2026-05-11 10:00"),
            end: parse_at("2026-05-11 11:00"),
            details: Some(Box::new(own)),
        });
    }
    let petr = meeting(
        2,
        Some(PANKRAC),
        "2026-05-11 10:30",
        "2026-05-11 11:30",
        &[PETR],
    );
    let at_ruzyne = meeting(
        3,
        Some(RUZYNE),
        "2026-05-11 10:30",
        "2026-05-11 11:30",
        &[JANA],
    );
    let all = [&series, &petr, &at_ruzyne];
    let (from, to) = (parse_at("2026-05-11 00:00"), parse_at("2026-05-12 00:00"));
    let mut shown: Vec<(&Meeting, _)> = all
        .iter()
        .flat_map(|m| occurrences(m, from, to).into_iter().map(move |o| (*m, o)))
        .collect();
    shown.sort_by_key(|(m, o)| (o.start, m.meta.id));
    let clashing: Vec<Id> = shown
        .iter()
        .zip(overlapping(&shown))
        .filter(|(_, marked)| *marked)
        .map(|((m, _), _)| m.meta.id)
        .collect();
    assert_eq!(clashing, [1, 3]);
}
