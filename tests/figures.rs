//! Impact figures on a small hand-built data set with known answers.

mod common;

use chrono::NaiveDate;
use common::time::day;
use spojka::domain::recurrence::Recurrence;
use spojka::domain::*;
use spojka::insight::figures::{Figures, MonthCount};
use spojka::model::Data;
use spojka::sample::{self, at, with_id};

fn held(title: &str, facility: Option<Id>, start: chrono::NaiveDateTime, people: &[Id]) -> Meeting {
    let mut m = sample::meeting(title, facility, start);
    m.status = MeetingStatus::Held;
    m.attendees = people.to_vec();
    m
}

fn signed(
    organisation: Id,
    facility: Id,
    from: Option<NaiveDate>,
    until: Option<NaiveDate>,
) -> Agreement {
    let mut a = sample::agreement("Dohoda", organisation, vec![facility]);
    a.status = AgreementStatus::Signed;
    a.valid_from = from;
    a.valid_until = until;
    a
}

fn archived<T: Entity>(mut record: T) -> T {
    record.meta_mut().archived = true;
    record
}

/// Two live prisons (Praha, Jihomoravský) and an archived one (Plzeňský);
/// NGOs Alfa and Beta and an archived Gama; meetings, agreements and
/// assignments in and around the first quarter of 2026.
fn data() -> Data {
    let mut records = vec![
        with_id(sample::facility("Věznice A", Region::Praha), 1),
        with_id(sample::facility("Věznice B", Region::Jihomoravsky), 2),
        with_id(archived(sample::facility("Věznice C", Region::Plzensky)), 3),
        with_id(sample::organisation("Alfa"), 10),
        with_id(sample::organisation("Beta"), 11),
        with_id(archived(sample::organisation("Gama")), 12),
        with_id(sample::person("Jana", Some(10)), 20),
        with_id(sample::person("Petr", Some(11)), 21),
        with_id(sample::person("Eva", Some(10)), 22),
        with_id(sample::person("Olga", Some(12)), 23),
    ];
    // Meetings.
    let mut m1 = held("M1", Some(1), at(2026, 1, 10, 10, 0), &[22]);
    m1.organiser = Some(20); // Alfa twice: organiser and attendee, counted once.
    records.push(with_id(m1, 30));
    records.push(with_id(
        held("M2", Some(2), at(2026, 1, 20, 10, 0), &[20, 21]),
        31,
    ));
    records.push(with_id(
        held("M3", Some(1), at(2026, 3, 5, 10, 0), &[21]),
        32,
    ));
    records.push(with_id(
        sample::meeting("M4 planned", Some(1), at(2026, 2, 1, 10, 0)),
        33,
    ));
    records.push(with_id(
        held("M5 before", Some(1), at(2025, 12, 31, 23, 0), &[20]),
        34,
    ));
    records.push(with_id(
        held("M6 last day", Some(2), at(2026, 3, 31, 18, 0), &[]),
        35,
    ));
    records.push(with_id(
        archived(held("M7 archived", Some(1), at(2026, 2, 10, 10, 0), &[20])),
        36,
    ));
    records.push(with_id(
        held("M8 archived places", Some(3), at(2026, 2, 15, 10, 0), &[23]),
        37,
    ));
    let mut series = held("M9 weekly", Some(2), at(2026, 3, 2, 9, 0), &[21]);
    series.recurrence = Some(Box::new(Recurrence {
        rule: "FREQ=WEEKLY;COUNT=4".into(),
        cancelled: vec![day(2026, 3, 16)],
        overrides: Vec::new(),
    }));
    records.push(with_id(series, 38));
    records.push(with_id(
        held("M10 after", Some(1), at(2026, 4, 1, 0, 0), &[20]),
        39,
    ));
    // Agreements.
    records.push(with_id(
        signed(10, 1, Some(day(2025, 1, 1)), Some(day(2026, 2, 15))),
        40,
    ));
    records.push(with_id(signed(11, 2, Some(day(2026, 2, 1)), None), 41));
    records.push(with_id(sample::agreement("Draft", 10, vec![1]), 42));
    records.push(with_id(archived(signed(11, 2, None, None)), 43));
    records.push(with_id(signed(12, 1, None, None), 44));
    // Assignments.
    let mut s1 = sample::assignment(20, 1);
    s1.from = Some(day(2025, 6, 1));
    s1.until = Some(day(2026, 1, 5));
    records.push(with_id(s1, 50));
    let mut s2 = sample::assignment(21, 2);
    s2.from = Some(day(2026, 4, 1));
    records.push(with_id(s2, 51));
    let mut s3 = sample::assignment(22, 2);
    s3.until = Some(day(2025, 12, 31));
    records.push(with_id(s3, 52));
    records.push(with_id(archived(sample::assignment(22, 1)), 53));
    Data::new(records)
}

fn quarter() -> Figures {
    Figures::compute(&data(), day(2026, 1, 1), day(2026, 3, 31))
}

fn months(counts: &[MonthCount]) -> Vec<(String, usize)> {
    counts
        .iter()
        .map(|c| (c.month.format("%Y-%m").to_string(), c.count))
        .collect()
}

fn pairs(v: &[(&str, usize)]) -> Vec<(String, usize)> {
    v.iter().map(|(s, n)| (s.to_string(), *n)).collect()
}

fn pairs_of(tallies: &[spojka::insight::figures::Tally]) -> Vec<(String, usize)> {
    tallies.iter().map(|t| (t.name.clone(), t.count)).collect()
}

#[test]
fn held_meetings_count_one_offs_and_series_occurrences_in_the_period() {
    // M1, M2, M3, M6 (on the last evening), M8, and M9 on 2, 9 and 23 March
    // (16 March cancelled).
    assert_eq!(quarter().held, 8);
}

#[test]
fn held_per_month_lists_every_month() {
    let f = quarter();
    assert_eq!(
        months(&f.held_per_month),
        pairs(&[("2026-01", 2), ("2026-02", 1), ("2026-03", 5)])
    );
    let longer = Figures::compute(&data(), day(2026, 1, 15), day(2026, 5, 10));
    assert_eq!(
        months(&longer.held_per_month),
        pairs(&[
            ("2026-01", 1),
            ("2026-02", 1),
            ("2026-03", 5),
            ("2026-04", 1),
            ("2026-05", 0)
        ])
    );
}

#[test]
fn per_facility_leaves_out_archived_facilities_and_sorts_by_count() {
    let f = quarter();
    let shown: Vec<(String, usize)> = f
        .per_facility
        .iter()
        .map(|t| (t.name.clone(), t.count))
        .collect();
    assert_eq!(shown, pairs(&[("Věznice B", 5), ("Věznice A", 2)]));
}

#[test]
fn per_ngo_counts_organiser_and_attendees_once_per_meeting() {
    let f = quarter();
    let shown: Vec<(String, usize)> = f
        .per_ngo
        .iter()
        .map(|t| (t.name.clone(), t.count))
        .collect();
    assert_eq!(shown, pairs(&[("Beta", 5), ("Alfa", 2)]));
}

#[test]
fn per_region_has_every_region_most_first() {
    let f = quarter();
    assert_eq!(f.per_region.len(), 14);
    assert_eq!(f.per_region[0], (Region::Jihomoravsky, 5));
    assert_eq!(f.per_region[1], (Region::Praha, 2));
    assert!(f.per_region[2..].iter().all(|(_, n)| *n == 0));
    assert!(f.per_region.contains(&(Region::Plzensky, 0)));
}

#[test]
fn agreements_in_force_on_each_months_last_day() {
    let f = quarter();
    // Alfa's ends 15 February; Beta's starts 1 February; the draft, the
    // archived one and the archived NGO's never count.
    assert_eq!(
        months(&f.active_agreements),
        pairs(&[("2026-01", 1), ("2026-02", 1), ("2026-03", 1)])
    );
    let mid_february = Figures::compute(&data(), day(2026, 1, 1), day(2026, 2, 10));
    assert_eq!(
        months(&mid_february.active_agreements),
        pairs(&[("2026-01", 1), ("2026-02", 2)]),
        "the last month counts on the period's last day"
    );
}

#[test]
fn coordinators_and_facilities_covered_on_some_day_of_the_period() {
    let f = quarter();
    assert_eq!(f.coordinators.iter().copied().collect::<Vec<_>>(), vec![20]);
    assert_eq!(f.facilities.iter().copied().collect::<Vec<_>>(), vec![1, 2]);
    let april = Figures::compute(&data(), day(2026, 4, 1), day(2026, 4, 30));
    assert_eq!(
        april.coordinators.iter().copied().collect::<Vec<_>>(),
        vec![21]
    );
}

#[test]
fn a_backwards_period_is_empty() {
    let f = Figures::compute(&data(), day(2026, 3, 1), day(2026, 1, 1));
    assert_eq!(f.held, 0);
    assert!(f.held_per_month.is_empty());
    assert!(f.active_agreements.is_empty());
}

#[test]
fn the_index_of_held_meetings_follows_saves_archiving_and_deletes() {
    let start = at(2026, 3, 3, 10, 0);
    let mut meeting = sample::meeting("Koordinace", Some(1), start);
    meeting.attendees = vec![21, 20, 21];
    meeting.organiser = Some(20);
    let mut data = Data::new(vec![with_id(meeting.clone(), 40)]);
    let window = (at(2026, 1, 1, 0, 0), at(2027, 1, 1, 0, 0));
    let held = |data: &Data| -> Vec<(chrono::NaiveDateTime, Vec<Id>)> {
        data.held_between(window.0, window.1)
            .map(|(at, h)| (at, h.people().collect()))
            .collect()
    };
    assert!(held(&data).is_empty(), "planned meetings are not in it");
    meeting.status = MeetingStatus::Held;
    data.upsert(with_id(meeting.clone(), 40));
    assert_eq!(held(&data), [(start, vec![20, 21])], "people once each");
    meeting.attendees = (100..110).collect();
    data.upsert(with_id(meeting.clone(), 40));
    let people: Vec<Id> = std::iter::once(20).chain(100..110).collect();
    assert_eq!(
        held(&data),
        [(start, people)],
        "more people than fit inline"
    );
    meeting.meta.archived = true;
    data.upsert(with_id(meeting.clone(), 40));
    assert!(
        held(&data).is_empty(),
        "archived meetings count for nothing"
    );
    meeting.meta.archived = false;
    data.upsert(with_id(meeting, 40));
    assert_eq!(held(&data).len(), 1);
    data.remove(Kind::Meeting, 40);
    assert!(held(&data).is_empty());
}

/// A planned weekly series with one occurrence marked held (`H` in the
/// calendar): only that occurrence counts, with its own facility and
/// people; the series' others stay planned and count for nothing.
#[test]
fn one_held_occurrence_of_a_planned_series_counts_alone_with_its_own_people() {
    use spojka::screens::calendar::held as mark_held;
    let mut series = sample::meeting("Týdenní program", Some(1), at(2026, 3, 2, 9, 0));
    series.attendees = vec![20];
    series.recurrence = Some(Box::new(Recurrence::new("FREQ=WEEKLY;COUNT=4")));
    let once = mark_held(series.clone(), day(2026, 3, 9));
    let r = once.recurrence.as_ref().expect("a series");
    assert_eq!(r.overrides.len(), 1);
    assert_eq!(
        once.status,
        MeetingStatus::Planned,
        "the series stays planned"
    );
    // That occurrence took place elsewhere, with someone from Beta.
    let mut twice = once.clone();
    if let Some(r) = &mut twice.recurrence
        && let Some(details) = r.overrides[0].details.as_mut()
    {
        details.facility = Some(2);
        details.attendees = vec![21];
    }
    let figures = |m: Meeting| {
        let data = Data::new(vec![
            with_id(sample::facility("Věznice A", Region::Praha), 1),
            with_id(sample::facility("Věznice B", Region::Jihomoravsky), 2),
            with_id(sample::organisation("Alfa"), 10),
            with_id(sample::organisation("Beta"), 11),
            with_id(sample::person("Jana", Some(10)), 20),
            with_id(sample::person("Petr", Some(11)), 21),
            with_id(m, 30),
        ]);
        Figures::compute(&data, day(2026, 3, 1), day(2026, 3, 31))
    };
    assert_eq!(figures(series).held, 0);
    let f = figures(once);
    assert_eq!(f.held, 1);
    assert_eq!(pairs_of(&f.per_facility), pairs(&[("Věznice A", 1)]));
    assert_eq!(pairs_of(&f.per_ngo), pairs(&[("Alfa", 1)]));
    let f = figures(twice);
    assert_eq!(f.held, 1);
    assert_eq!(pairs_of(&f.per_facility), pairs(&[("Věznice B", 1)]));
    assert_eq!(pairs_of(&f.per_ngo), pairs(&[("Beta", 1)]));
}

/// People count as coordinators only through assignments in the NGO
/// coordinator's role; a facility counts as covered through an assignment
/// in any role.
#[test]
fn coordinators_are_people_in_the_coordinator_role() {
    let mut volunteer = sample::assignment(21, 2);
    volunteer.role = AssignmentRole::Volunteer;
    let data = Data::new(vec![
        with_id(sample::facility("Věznice A", Region::Praha), 1),
        with_id(sample::facility("Věznice B", Region::Jihomoravsky), 2),
        with_id(sample::person("Jana", None), 20),
        with_id(sample::person("Petr", None), 21),
        with_id(sample::assignment(20, 1), 301),
        with_id(volunteer, 302),
    ]);
    let f = Figures::compute(&data, day(2026, 1, 1), day(2026, 3, 31));
    assert_eq!(f.coordinators.iter().copied().collect::<Vec<_>>(), vec![20]);
    assert_eq!(f.facilities.iter().copied().collect::<Vec<_>>(), vec![1, 2]);
}
