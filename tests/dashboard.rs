//! The dashboard ("what needs attention") for a fixed today, 2026-11-25 09:00
//! (a Wednesday), over a hand-built data set with records on each side of
//! every boundary; and the dashboard view driven through the update step.

mod common;

use chrono::NaiveDate;
use common::app::{act, board, detail, state_over};
use common::time::{day, now, today};
use spojka::app::msg::Msg;
use spojka::app::{Action, AppState, Mode, update};
use spojka::domain::recurrence::Recurrence;
use spojka::domain::*;
use spojka::insight::dashboard::{Fact, Item, Section, attention};
use spojka::model::Data;
use spojka::sample::{self, at, with_id};
use spojka::screens::dashboard::{Row, keep_visible, line_count};

fn signed(id: Id, facilities: Vec<Id>, until: Option<NaiveDate>) -> Agreement {
    let mut a = sample::agreement(&format!("Dohoda {id}"), 10, facilities);
    a.status = AgreementStatus::Signed;
    a.valid_from = Some(day(2025, 1, 1));
    a.valid_until = until;
    a
}

fn in_days(n: i64) -> Option<NaiveDate> {
    Some(today() + chrono::Duration::days(n))
}

fn facilities() -> Vec<Record> {
    let mut stara = sample::facility("Věznice Stará", Region::Praha);
    stara.meta.archived = true;
    vec![
        with_id(sample::facility("Věznice Plzeň", Region::Plzensky), 1),
        with_id(sample::facility("Věznice Mírov", Region::Olomoucky), 2),
        with_id(stara, 3),
        with_id(sample::facility("Věznice Bělušice", Region::Ustecky), 4),
        with_id(sample::facility("Věznice Jiřice", Region::Stredocesky), 5),
        with_id(
            sample::facility("Věznice Karviná", Region::Moravskoslezsky),
            6,
        ),
        with_id(
            sample::facility("Věznice Odolov", Region::Kralovehradecky),
            7,
        ),
    ]
}

fn agreements() -> Vec<Record> {
    let mut records = Vec::new();
    // Days left on each side of each band's edge; 507 ends today.
    for (id, days) in [
        (501, 30),
        (502, 31),
        (503, 60),
        (504, 61),
        (505, 90),
        (506, 91),
        (507, 0),
        (508, -1),
    ] {
        let facilities = if id == 501 { vec![1, 7] } else { vec![1] };
        records.push(with_id(signed(id, facilities, in_days(days)), id));
    }
    let mut archived = signed(509, vec![1], in_days(10));
    archived.meta.archived = true;
    records.push(with_id(archived, 509));
    let mut draft = signed(510, vec![1], in_days(10));
    draft.status = AgreementStatus::Draft;
    records.push(with_id(draft, 510));
    records.push(with_id(signed(511, vec![5], None), 511));
    let mut not_yet = signed(512, vec![4], None);
    not_yet.valid_from = in_days(1);
    records.push(with_id(not_yet, 512));
    let mut archived_open = signed(513, vec![6], None);
    archived_open.meta.archived = true;
    records.push(with_id(archived_open, 513));
    records
}

fn people_and_assignments() -> Vec<Record> {
    let mut eva = sample::person("Eva Archivovaná", Some(10));
    eva.meta.archived = true;
    let assignment = |person, facility, from: Option<NaiveDate>, until: Option<NaiveDate>| {
        let mut a = sample::assignment(person, facility);
        a.from = from;
        a.until = until;
        a
    };
    let mut archived_assignment = assignment(20, 7, None, None);
    archived_assignment.meta.archived = true;
    vec![
        with_id(sample::organisation("Společnost Podané ruce"), 10),
        with_id(sample::person("Jana Nováková", Some(10)), 20),
        with_id(sample::person("Petr Svoboda", Some(10)), 21),
        with_id(eva, 22),
        with_id(assignment(20, 1, Some(day(2026, 1, 1)), None), 301),
        with_id(assignment(20, 2, None, in_days(-1)), 302),
        with_id(assignment(21, 4, in_days(1), None), 303),
        with_id(assignment(21, 5, None, in_days(0)), 304),
        with_id(assignment(22, 6, None, None), 305),
        with_id(archived_assignment, 306),
    ]
}

fn action_items() -> Vec<Record> {
    let item = |owner, due: Option<NaiveDate>, status| ActionItem {
        meta: Meta::new(sample::epoch()),
        what: "Poslat zápis".into(),
        meeting: None,
        owner,
        due,
        status,
        notes: String::new(),
    };
    let open = ActionStatus::Open;
    let mut archived = item(21, Some(day(2026, 11, 1)), open);
    archived.meta.archived = true;
    vec![
        with_id(item(20, in_days(-1), open), 601),
        with_id(item(20, Some(day(2026, 10, 1)), open), 602),
        with_id(item(20, in_days(0), open), 603),
        with_id(item(20, Some(day(2026, 9, 1)), ActionStatus::Done), 604),
        with_id(item(21, in_days(0), open), 605),
        with_id(archived, 606),
        with_id(item(22, Some(day(2026, 11, 1)), open), 607),
        with_id(item(21, None, open), 608),
        with_id(item(21, Some(day(2026, 11, 20)), open), 609),
    ]
}

fn weekly(title: &str, start: chrono::NaiveDateTime, cancelled: Vec<NaiveDate>) -> Meeting {
    let mut m = sample::meeting(title, Some(1), start);
    m.recurrence = Some(Box::new(Recurrence {
        rule: "FREQ=WEEKLY".into(),
        cancelled,
        overrides: Vec::new(),
    }));
    m
}

fn meetings() -> Vec<Record> {
    let one = |title, start| sample::meeting(title, Some(1), start);
    let mut cancelled = one("Zrušená", at(2026, 11, 27, 10, 0));
    cancelled.status = MeetingStatus::Cancelled;
    let mut archived = one("Archivovaná", at(2026, 11, 27, 11, 0));
    archived.meta.archived = true;
    let mut cancelled_series = weekly("Zrušená řada", at(2026, 11, 5, 10, 0), Vec::new());
    cancelled_series.status = MeetingStatus::Cancelled;
    vec![
        with_id(one("Dnes ráno", at(2026, 11, 25, 8, 0)), 701),
        with_id(one("Zítra", at(2026, 11, 26, 10, 0)), 702),
        with_id(one("Den sedm", at(2026, 12, 2, 18, 0)), 703),
        with_id(one("Den osm", at(2026, 12, 3, 8, 0)), 704),
        with_id(cancelled, 705),
        with_id(archived, 706),
        // Wednesdays at 14:00 from 4 November: today and day 7.
        with_id(weekly("Středy", at(2026, 11, 4, 14, 0), Vec::new()), 707),
        // Mondays, with the only Monday in the window (30 November) cancelled.
        with_id(
            weekly("Pondělky", at(2026, 11, 2, 10, 0), vec![day(2026, 11, 30)]),
            708,
        ),
        with_id(cancelled_series, 709),
        with_id(one("Právě teď", now()), 710),
    ]
}

fn data() -> Data {
    Data::new(data_records())
}

fn data_records() -> Vec<Record> {
    let mut records = facilities();
    records.extend(agreements());
    records.extend(people_and_assignments());
    records.extend(action_items());
    records.extend(meetings());
    records
}

fn ids(items: &[Item]) -> Vec<Id> {
    items.iter().map(|i| i.id).collect()
}

#[test]
fn agreements_ending_fall_into_bands_at_30_60_and_90_days() {
    let d = attention(&data(), now());
    assert_eq!(ids(d.items(Section::Ending30)), [507, 501], "0 and 30 days");
    assert_eq!(
        ids(d.items(Section::Ending60)),
        [502, 503],
        "31 and 60 days"
    );
    assert_eq!(
        ids(d.items(Section::Ending90)),
        [504, 505],
        "61 and 90 days"
    );
    let all: Vec<Id> = [Section::Ending30, Section::Ending60, Section::Ending90]
        .iter()
        .flat_map(|s| ids(d.items(*s)))
        .collect();
    for left_out in [506, 508, 509, 510, 511] {
        assert!(
            !all.contains(&left_out),
            "91 days, expired, archived, draft, open-ended: {left_out}"
        );
    }
    assert_eq!(
        d.items(Section::Ending30)[1].fact,
        Fact::Ends {
            until: day(2026, 12, 25),
            days_left: 30
        }
    );
    assert!(
        d.items(Section::Ending30)
            .iter()
            .all(|i| i.kind == Kind::Agreement)
    );
}

#[test]
fn facilities_without_an_agreement_in_force_by_name() {
    let d = attention(&data(), now());
    // Bělušice: signed but not started; Karviná: only an archived agreement;
    // Mírov: none. Stará is archived; Odolov is covered by 501.
    assert_eq!(ids(d.items(Section::NoAgreement)), [4, 6, 2]);
    assert!(
        d.items(Section::NoAgreement)
            .iter()
            .all(|i| i.kind == Kind::Facility && i.fact == Fact::Lacks)
    );
}

#[test]
fn facilities_without_a_coordinator_assigned_today() {
    let d = attention(&data(), now());
    // Bělušice: from tomorrow; Karviná: an archived person; Mírov: ended
    // yesterday; Odolov: an archived assignment. Jiřice's ends today: in force.
    assert_eq!(ids(d.items(Section::NoCoordinator)), [4, 6, 2, 7]);
}

#[test]
fn people_with_open_action_items_due_before_today() {
    let d = attention(&data(), now());
    assert_eq!(
        d.items(Section::Overdue),
        [
            Item {
                kind: Kind::Person,
                id: 20,
                fact: Fact::Overdue {
                    count: 2,
                    oldest: day(2026, 10, 1)
                }
            },
            Item {
                kind: Kind::Person,
                id: 21,
                fact: Fact::Overdue {
                    count: 1,
                    oldest: day(2026, 11, 20)
                }
            },
        ],
        "due yesterday counts, due today does not; done, archived items and archived people are left out"
    );
}

/// A meeting starting at `at`, on the date its rule puts it.
fn starts(at: chrono::NaiveDateTime) -> Fact {
    Fact::Starts {
        at,
        original: at.date(),
    }
}

#[test]
fn meetings_from_now_to_the_end_of_day_seven() {
    let d = attention(&data(), now());
    let shown: Vec<(Id, Fact)> = d
        .items(Section::Meetings)
        .iter()
        .map(|i| (i.id, i.fact))
        .collect();
    assert_eq!(
        shown,
        [
            (710, starts(now())),
            (707, starts(at(2026, 11, 25, 14, 0))),
            (702, starts(at(2026, 11, 26, 10, 0))),
            (707, starts(at(2026, 12, 2, 14, 0))),
            (703, starts(at(2026, 12, 2, 18, 0))),
        ],
        "earlier today, day 8, cancelled, archived and cancelled occurrences are left out"
    );
}

#[test]
fn sections_come_in_their_order_and_items_count_through_them() {
    let d = attention(&data(), now());
    let order: Vec<Section> = d.sections.iter().map(|(s, _)| *s).collect();
    assert_eq!(order, Section::ALL);
    // Meetings (5) and overdue items (2) lead, then agreements ending
    // (2 + 2 + 2), facilities without an agreement (3), without a
    // coordinator (4).
    assert_eq!(d.len(), 5 + 2 + 2 + 2 + 2 + 3 + 4);
    assert_eq!(d.item(0).map(|i| i.kind), Some(Kind::Meeting));
    assert_eq!(d.item(7).map(|i| i.id), Some(507));
    assert_eq!(
        d.item(13).map(|i| (i.kind, i.id)),
        Some((Kind::Facility, 4))
    );
    assert_eq!(d.item(d.len()), None);
    assert!(attention(&Data::default(), now()).is_empty());
}

// ---- The view, through the update step ----

fn state() -> AppState {
    let mut s = state_over(data(), 80, 24);
    s.open_dashboard();
    s
}

#[test]
fn enter_on_a_dashboard_line_opens_its_record_and_esc_returns() {
    let mut s = state();
    assert_eq!(s.mode(), Mode::Dashboard);
    // The first item is selected to begin with (line 1, under its
    // heading). Down eighteen times: past the meetings, overdue items and
    // agreements and their headings, to the first facility without an
    // agreement.
    assert_eq!(board(&s).selected, 1);
    for _ in 0..18 {
        act(&mut s, Action::MoveDown);
    }
    act(&mut s, Action::DetailOpen);
    let d = detail(&s);
    assert_eq!((d.kind, d.id), (Kind::Facility, 4));
    act(&mut s, Action::Back);
    assert_eq!(s.mode(), Mode::Dashboard);
    assert_eq!(board(&s).selected, 19, "the selection is kept");
    // The top line is the first heading; the first meeting is under it.
    act(&mut s, Action::MoveTop);
    act(&mut s, Action::MoveDown);
    act(&mut s, Action::DetailOpen);
    let d = detail(&s);
    assert_eq!(d.kind, Kind::Meeting, "the coming week's meetings lead");
    act(&mut s, Action::Back);
    act(&mut s, Action::Back);
    assert_eq!(
        s.mode(),
        Mode::Normal,
        "esc on the dashboard goes to the lists"
    );
    act(&mut s, Action::DashboardShow);
    assert_eq!(s.mode(), Mode::Dashboard, "D comes back to it");
}

#[test]
fn the_selection_stays_in_sight_at_80x24() {
    let mut s = state();
    let page = usize::from(s.height - spojka::screens::dashboard::CHROME);
    act(&mut s, Action::MoveBottom);
    let b = board(&s);
    let lines = line_count(b.attention.as_ref().expect("computed"), &b.folded);
    assert!(lines > page, "this data needs scrolling at 80x24");
    assert_eq!(b.scroll, lines - page, "the end is in sight");
    act(&mut s, Action::MoveTop);
    assert_eq!(board(&s).scroll, 0);
    act(&mut s, Action::PageDown);
    let b = board(&s);
    let d = b.attention.as_ref().expect("computed");
    assert_eq!(b.selected, page);
    assert_eq!(
        keep_visible(d, &b.folded, b.selected, b.scroll, page),
        b.scroll
    );
}

#[test]
fn the_dashboard_says_loading_until_the_data_is_in_and_follows_changes() {
    let mut s = state_over(data(), 80, 24);
    s.loading = true;
    s.open_dashboard();
    assert_eq!(board(&s).attention, None);
    s.loading = false;
    s.refresh_all();
    assert!(board(&s).attention.is_some());
    // Archiving Mírov takes it off the dashboard.
    let mut mirov = sample::facility("Věznice Mírov", Region::Olomoucky);
    mirov.meta.archived = true;
    update(&mut s, Msg::Saved(with_id(mirov, 2)));
    let d = board(&s).attention.as_ref().expect("computed");
    assert_eq!(ids(d.items(Section::NoAgreement)), [4, 6]);
}

#[test]
fn the_other_overviews_open_over_the_dashboard_and_tab_keys_leave_it() {
    let mut s = state();
    for (action, mode) in [
        (Action::CoverageShow, Mode::Coverage),
        (Action::FiguresShow, Mode::Figures),
        (Action::CalendarOpen, Mode::Calendar),
    ] {
        act(&mut s, action);
        assert_eq!(s.mode(), mode, "{action:?}");
        act(&mut s, Action::Back);
        assert_eq!(s.mode(), Mode::Dashboard, "esc comes back from {action:?}");
    }
    act(&mut s, Action::TabMeetings);
    assert_eq!(s.mode(), Mode::Normal);
    assert_eq!(s.tab, Kind::Meeting);
    assert!(s.stack.is_empty(), "the dashboard is left, not buried");
}

/// Enter on a heading folds its section: the heading stays, with its count,
/// its items go; Enter again unfolds it. The folding is handed to the
/// session to save, and the dashboard opens folded again in this session.
#[test]
fn enter_on_a_heading_folds_its_section_and_the_dashboard_remembers() {
    use spojka::app::msg::Effect;
    let mut s = state();
    let lines = |s: &AppState| {
        let b = board(s);
        line_count(b.attention.as_ref().expect("computed"), &b.folded)
    };
    let all = lines(&s);
    // Up from the first meeting to its heading.
    act(&mut s, Action::MoveUp);
    assert_eq!(board(&s).selected, 0);
    assert_eq!(
        board(&s).selected_row(),
        Some(Row::Heading(Section::Meetings, 5, false))
    );
    let effects = act(&mut s, Action::DetailOpen);
    assert_eq!(effects, [Effect::SaveFolded(vec![Section::Meetings])]);
    assert_eq!(s.mode(), Mode::Dashboard, "a heading opens nothing");
    assert_eq!(lines(&s), all - 5, "the five meetings are hidden");
    assert_eq!(
        board(&s).selected_row(),
        Some(Row::Heading(Section::Meetings, 5, true)),
        "the selection stays on the heading"
    );
    // Down goes straight to the next heading, then its items.
    act(&mut s, Action::MoveDown);
    assert_eq!(
        board(&s).selected_row(),
        Some(Row::Heading(Section::Overdue, 2, false))
    );
    act(&mut s, Action::DetailOpen);
    assert_eq!(s.folded, [Section::Meetings, Section::Overdue]);
    // Left and opened again: still folded.
    act(&mut s, Action::Back);
    assert_eq!(s.mode(), Mode::Normal);
    act(&mut s, Action::DashboardShow);
    let b = board(&s);
    assert_eq!(b.folded, [Section::Meetings, Section::Overdue]);
    assert_eq!(lines(&s), all - 7);
    assert_eq!(
        b.selected_row(),
        Some(Row::Item(7)),
        "the first item shown is selected: an agreement ending"
    );
    // Unfolded again.
    act(&mut s, Action::MoveTop);
    let effects = act(&mut s, Action::DetailOpen);
    assert_eq!(effects, [Effect::SaveFolded(vec![Section::Overdue])]);
    assert_eq!(lines(&s), all - 2);
}

#[test]
fn sections_have_stable_names_for_the_settings() {
    for section in Section::ALL {
        assert_eq!(Section::from_name(section.name()), Some(section));
    }
    assert_eq!(Section::Ending30.name(), "ending_30");
    assert_eq!(Section::from_name("no such section"), None);
}

/// Only an assignment in the NGO coordinator's role makes a facility
/// covered: a volunteer, a lecturer or "other" (whatever its note says) do
/// not, nor does the facility's own liaison.
#[test]
fn only_the_coordinator_role_covers_a_facility() {
    let role = |facility, role, note: &str| {
        let mut a = sample::assignment(20, facility);
        a.role = role;
        a.role_note = note.into();
        a
    };
    let mut with_liaison = sample::facility("Věznice Bory", Region::Plzensky);
    with_liaison.coordinator = Some(21);
    let data = Data::new(vec![
        with_id(sample::facility("Věznice Asi", Region::Praha), 1),
        with_id(with_liaison, 2),
        with_id(sample::facility("Věznice Cejl", Region::Jihomoravsky), 3),
        with_id(sample::facility("Věznice Dřevo", Region::Ustecky), 4),
        with_id(sample::person("Jana Nováková", None), 20),
        with_id(sample::person("Petr Svoboda", None), 21),
        with_id(role(1, AssignmentRole::NgoCoordinator, ""), 301),
        with_id(role(2, AssignmentRole::Volunteer, ""), 302),
        with_id(role(3, AssignmentRole::Other, "koordinátorka"), 303),
        with_id(role(4, AssignmentRole::ProgrammeLecturer, ""), 304),
        with_id(role(4, AssignmentRole::NgoCoordinator, ""), 305),
    ]);
    let d = attention(&data, now());
    assert_eq!(ids(d.items(Section::NoCoordinator)), [2, 3]);
}

#[test]
fn an_occurrence_with_details_of_its_own_shows_its_own_title_and_facility() {
    use spojka::domain::recurrence::{Details, Override};
    let mut records = data_records();
    // Wednesday 2 December's occurrence of "Středy" is held elsewhere under
    // another title; 25 November's keeps the series'.
    let mut series = weekly("Středy", at(2026, 11, 4, 14, 0), Vec::new());
    let mut own = Details::of(&series);
    own.title = "Středa v Odolově".into();
    own.facility = Some(3);
    if let Some(r) = &mut series.recurrence {
        r.set_override(Override {
            original: day(2026, 12, 2),
            start: at(2026, 12, 2, 14, 0),
            end: at(2026, 12, 2, 15, 0),
            details: Some(Box::new(own)),
        });
    }
    records.retain(|r| r.id() != 707);
    records.push(with_id(series, 707));
    let mut s = state_over(Data::new(records), 80, 24);
    s.open_dashboard();
    let shown = common::app::screen(&s);
    let line = |needle: &str| {
        shown
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no line with {needle}:\n{shown}"))
            .to_string()
    };
    assert!(line("Středa v Odolově").contains("Odolov"), "{shown}");
    assert!(!line("Středy").contains("Odolov"), "{shown}");
}

/// Requests waiting on a step longer than the configured days show, longest
/// first, with who must act; a request within the days, a completed one and
/// an archived one do not.
#[test]
fn requests_waiting_too_long_on_one_step_show_with_who_must_act() {
    use spojka::domain::request::{Acts, DoneBy, Pass, StepList, pass_next};
    use spojka::insight::dashboard::{attention_waiting, who_acts};
    let list = StepList::shipped();
    let started = |id: Id, created: NaiveDate| {
        let mut r = sample::request(&format!("Žádost {id}"), 20, 1);
        r.meta.created = created.and_hms_opt(9, 0, 0).expect("time").and_utc();
        r
    };
    // Waiting 30 days on its first step (the facility acts).
    let old = started(801, today() - chrono::Duration::days(30));
    // Its first step done 20 days ago: waiting on the second.
    let mut second = started(802, day(2026, 1, 1));
    let done = Pass::Done {
        ticked: vec!["services".into(), "contact".into()],
        note: String::new(),
    };
    let on = today() - chrono::Duration::days(20);
    pass_next(&mut second, &list, on, DoneBy::default(), done).expect("step");
    // Made 10 days ago: within the 14 days.
    let fresh = started(803, today() - chrono::Duration::days(10));
    let mut archived = started(804, day(2026, 1, 1));
    archived.meta.archived = true;
    let mut liaison_at = sample::facility("Věznice Plzeň", Region::Plzensky);
    liaison_at.coordinator = Some(30);
    let data = Data::new(vec![
        with_id(liaison_at, 1),
        with_id(sample::organisation("Podané ruce"), 20),
        with_id(sample::person("Jana Styčná", None), 30),
        with_id(old, 801),
        with_id(second, 802),
        with_id(fresh, 803),
        with_id(archived, 804),
    ]);
    let board = attention_waiting(&data, now(), 14);
    let items: Vec<(Id, Fact)> = board
        .items(Section::RequestsWaiting)
        .iter()
        .map(|i| (i.id, i.fact))
        .collect();
    assert_eq!(items, [(801, Fact::Waiting(30)), (802, Fact::Waiting(20))]);
    // A larger setting leaves out the shorter wait.
    assert_eq!(
        attention_waiting(&data, now(), 25)
            .items(Section::RequestsWaiting)
            .len(),
        1
    );
    let Some(Record::Request(r)) = data.get(Kind::Request, 801) else {
        panic!("a request")
    };
    assert_eq!(
        who_acts(&data, r),
        Some((0, Acts::Facility, Some((Kind::Person, 30))))
    );
    let Some(Record::Request(r)) = data.get(Kind::Request, 802) else {
        panic!("a request")
    };
    assert_eq!(
        who_acts(&data, r).map(|(at, acts, _)| (at, acts)),
        Some((1, Acts::Facility))
    );
}
