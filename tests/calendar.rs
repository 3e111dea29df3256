//! The meeting calendar, driven through `update` and drawn on a TestBackend.

mod common;

use common::app::{act, calendar, confirm, detail, form, screen, state_over, type_text};
use common::time::day;
use spojka::app::msg::Msg;
use spojka::app::state::View;
use spojka::app::{Action, AppState, Mode, update};
use spojka::domain::*;
use spojka::model::Data;
use spojka::sample::{self, at, with_id};
use spojka::screens::calendar::{CalendarFilter, CalendarView};

/// Two prisons, two people, meetings over three weeks around "today"
/// (Wednesday 25 November 2026).
fn state(width: u16, height: u16) -> AppState {
    let mut jana = sample::person("Jana Nováková", None);
    jana.organisation = Some(10);
    let mut records = vec![
        with_id(sample::facility("Věznice Plzeň", Region::Plzensky), 1),
        with_id(sample::facility("Věznice Mírov", Region::Olomoucky), 2),
        with_id(sample::organisation("Romodrom"), 10),
        with_id(jana, 20),
        with_id(sample::person("Petr Svoboda", None), 21),
    ];
    let meetings = [
        ("Porada Plzeň", 1, 20, at(2026, 11, 25, 10, 0)),
        ("Program Mírov", 2, 21, at(2026, 11, 25, 13, 0)),
        ("Návštěva Plzeň", 1, 21, at(2026, 11, 27, 9, 0)),
        ("Koordinace Mírov", 2, 20, at(2026, 12, 3, 14, 30)),
        ("Loňská porada", 1, 20, at(2025, 11, 25, 10, 0)),
    ];
    for (n, (title, facility, person, start)) in meetings.into_iter().enumerate() {
        let mut m = sample::meeting(title, Some(facility), start);
        m.attendees = vec![person];
        records.push(with_id(m, 100 + n as Id));
    }
    let mut cancelled = sample::meeting("Zrušená schůzka", Some(2), at(2026, 11, 26, 8, 0));
    cancelled.status = MeetingStatus::Cancelled;
    records.push(with_id(cancelled, 200));
    state_over(Data::new(records), width, height)
}

fn titles(s: &AppState) -> Vec<String> {
    let c = calendar(s);
    let (from, to) = c.range();
    spojka::screens::calendar::entries(&s.data, from, to, c.filter)
        .iter()
        .map(|e| s.data.name(Kind::Meeting, e.id))
        .collect()
}

#[test]
fn the_agenda_starts_today_and_lists_the_coming_days_in_order() {
    let mut s = state(80, 24);
    act(&mut s, Action::CalendarOpen);
    assert_eq!(s.mode(), Mode::Calendar);
    assert_eq!(s.tab, Kind::Meeting);
    assert_eq!(
        titles(&s),
        [
            "Porada Plzeň",
            "Program Mírov",
            "Zrušená schůzka",
            "Návštěva Plzeň",
            "Koordinace Mírov"
        ]
    );
}

#[test]
fn stepping_by_day_week_and_month_and_back_to_today() {
    let mut s = state(80, 24);
    act(&mut s, Action::CalendarOpen);
    act(&mut s, Action::CalendarNextDay);
    assert_eq!(calendar(&s).day, at(2026, 11, 26, 0, 0).date());
    act(&mut s, Action::CalendarNextPeriod);
    assert_eq!(calendar(&s).day, at(2026, 12, 3, 0, 0).date());
    act(&mut s, Action::CalendarMonth);
    act(&mut s, Action::CalendarPrevPeriod);
    assert_eq!(calendar(&s).day, at(2026, 11, 3, 0, 0).date());
    act(&mut s, Action::CalendarToday);
    assert_eq!(calendar(&s).day, at(2026, 11, 25, 0, 0).date());
}

#[test]
fn the_week_shows_monday_to_sunday_only() {
    let mut s = state(80, 24);
    act(&mut s, Action::CalendarOpen);
    act(&mut s, Action::CalendarWeek);
    assert_eq!(calendar(&s).view, CalendarView::Week);
    assert_eq!(
        titles(&s),
        [
            "Porada Plzeň",
            "Program Mírov",
            "Zrušená schůzka",
            "Návštěva Plzeň"
        ]
    );
}

#[test]
fn my_meetings_one_facility_one_ngo_one_region() {
    let mut s = state(80, 24);
    act(&mut s, Action::CalendarOpen);
    act(&mut s, Action::CalendarFilter);
    assert_eq!(s.mode(), Mode::Picker);
    type_text(&mut s, "jana");
    act(&mut s, Action::PickerConfirm);
    assert_eq!(calendar(&s).filter, CalendarFilter::Person(20));
    assert_eq!(titles(&s), ["Porada Plzeň", "Koordinace Mírov"]);
    let Some(View::Calendar(c)) = s.stack.last_mut() else {
        panic!()
    };
    c.filter = CalendarFilter::Facility(2);
    assert_eq!(
        titles(&s),
        ["Program Mírov", "Zrušená schůzka", "Koordinace Mírov"]
    );
    let Some(View::Calendar(c)) = s.stack.last_mut() else {
        panic!()
    };
    c.filter = CalendarFilter::Organisation(10);
    assert_eq!(titles(&s), ["Porada Plzeň", "Koordinace Mírov"]);
    let Some(View::Calendar(c)) = s.stack.last_mut() else {
        panic!()
    };
    c.filter = CalendarFilter::Region(Region::Plzensky);
    assert_eq!(titles(&s), ["Porada Plzeň", "Návštěva Plzeň"]);
    act(&mut s, Action::CalendarFilterClear);
    assert_eq!(titles(&s).len(), 5);
}

#[test]
fn jumping_to_a_typed_date_and_a_bad_one() {
    let mut s = state(80, 24);
    act(&mut s, Action::CalendarOpen);
    act(&mut s, Action::CalendarGoto);
    assert_eq!(s.mode(), Mode::Filter);
    type_text(&mut s, "25.11.2025");
    act(&mut s, Action::FilterApply);
    assert_eq!(calendar(&s).day, at(2025, 11, 25, 0, 0).date());
    assert_eq!(titles(&s), ["Loňská porada"]);
    act(&mut s, Action::CalendarGoto);
    type_text(&mut s, "zítra");
    act(&mut s, Action::FilterApply);
    assert_eq!(
        calendar(&s).day,
        at(2025, 11, 25, 0, 0).date(),
        "a bad date changes nothing"
    );
    assert!(
        s.status.text().contains("not a date"),
        "{}",
        s.status.text()
    );
}

#[test]
fn enter_opens_the_selected_meeting_and_esc_comes_back() {
    let mut s = state(80, 24);
    act(&mut s, Action::CalendarOpen);
    act(&mut s, Action::MoveDown);
    act(&mut s, Action::DetailOpen);
    let d = detail(&s);
    assert_eq!((d.kind, d.id), (Kind::Meeting, 101));
    act(&mut s, Action::Back);
    assert_eq!(s.mode(), Mode::Calendar);
    act(&mut s, Action::Back);
    assert_eq!(s.mode(), Mode::Normal);
}

#[test]
fn views_at_80x24_120x40_and_200x60() {
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let mut s = state(w, h);
        act(&mut s, Action::CalendarOpen);
        let agenda = screen(&s);
        assert!(
            agenda.contains("Wednesday 25 November 2026 (today)"),
            "{agenda}"
        );
        assert!(agenda.contains("[cancelled]"), "{agenda}");
        insta::assert_snapshot!(format!("agenda_{w}x{h}"), agenda);
        act(&mut s, Action::CalendarWeek);
        insta::assert_snapshot!(format!("week_{w}x{h}"), screen(&s));
        act(&mut s, Action::CalendarMonth);
        insta::assert_snapshot!(format!("month_{w}x{h}"), screen(&s));
    }
}

#[test]
fn open_action_items_show_in_their_owners_agenda_until_done() {
    let mut s = state(80, 24);
    let item = |what: &str, due: Option<chrono::NaiveDate>, status: ActionStatus| ActionItem {
        meta: Meta::new(sample::epoch()),
        what: what.into(),
        meeting: Some(100),
        owner: 20,
        due,
        status,
        notes: String::new(),
    };
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, d);
    s.data.upsert(with_id(
        item("Poslat zápis", day(20), ActionStatus::Open),
        300,
    ));
    s.data.upsert(with_id(
        item("Zavolat řediteli", day(30), ActionStatus::Open),
        301,
    ));
    s.data.upsert(with_id(
        item("Hotový úkol", day(10), ActionStatus::Done),
        302,
    ));
    assert_eq!(
        spojka::screens::calendar::open_actions(&s.data, 20),
        vec![300, 301]
    );
    act(&mut s, Action::CalendarOpen);
    let Some(View::Calendar(c)) = s.stack.last_mut() else {
        panic!()
    };
    c.filter = CalendarFilter::Person(20);
    let shown = screen(&s);
    assert!(shown.contains("To do"), "{shown}");
    assert!(
        shown.contains("Poslat zápis · due 2026-11-20 [overdue]"),
        "{shown}"
    );
    assert!(
        shown.contains("Zavolat řediteli · due 2026-11-30"),
        "{shown}"
    );
    assert!(!shown.contains("Hotový úkol"), "{shown}");
}

#[test]
fn cancelling_moving_and_marking_held_from_the_agenda() {
    use spojka::app::msg::Effect;
    let mut s = state(80, 24);
    act(&mut s, Action::CalendarOpen);
    // "Porada Plzeň", a one-off meeting, is selected first.
    assert!(act(&mut s, Action::OccurrenceCancel).is_empty());
    assert_eq!(s.mode(), Mode::Confirm);
    let effects = act(&mut s, Action::ConfirmYes);
    let [Effect::Save(Record::Meeting(m))] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(m.status, MeetingStatus::Cancelled);
    act(&mut s, Action::OccurrenceMove);
    type_text(&mut s, "2026-11-26 15:00");
    let effects = act(&mut s, Action::FilterApply);
    let [Effect::Save(Record::Meeting(m))] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(
        (m.start, m.end),
        (at(2026, 11, 26, 15, 0), at(2026, 11, 26, 16, 0))
    );
    // It has not started (now is 9:00 on the 25th): not held yet.
    assert!(act(&mut s, Action::MeetingHeld).is_empty());
    let shown = screen(&s);
    assert!(
        shown.contains("can be marked held once it has started"),
        "{shown}"
    );
    // Once it has started, it is.
    s.now = at(2026, 11, 25, 10, 30);
    let effects = act(&mut s, Action::MeetingHeld);
    let [Effect::Save(Record::Meeting(m))] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(m.status, MeetingStatus::Held);
}

#[test]
fn a_series_keeps_cancelled_and_moved_occurrences_by_date() {
    use spojka::domain::recurrence::Recurrence;
    use spojka::screens::calendar::{cancelled, moved};
    let mut m = sample::meeting("Týdenní program", Some(1), at(2026, 11, 2, 10, 0));
    m.recurrence = Some(Box::new(Recurrence {
        rule: "FREQ=WEEKLY".into(),
        cancelled: vec![],
        overrides: vec![],
    }));
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, d).expect("date");
    let m = moved(m, day(9), at(2026, 11, 10, 14, 0));
    let m = cancelled(m, day(16));
    let m = moved(m, day(9), at(2026, 11, 11, 9, 0));
    let series = m.recurrence.expect("still a series");
    assert_eq!(series.cancelled, vec![day(16)]);
    assert_eq!(
        series.overrides.len(),
        1,
        "moving again replaces the earlier move"
    );
    assert_eq!(
        (series.overrides[0].start, series.overrides[0].end),
        (at(2026, 11, 11, 9, 0), at(2026, 11, 11, 10, 0))
    );
    assert_eq!(
        m.status,
        MeetingStatus::Planned,
        "the series itself is not cancelled"
    );
}

#[test]
fn saving_a_meeting_that_clashes_asks_first_and_lists_the_clash() {
    use spojka::app::msg::Effect;
    let mut s = state(80, 24);
    act(&mut s, Action::TabMeetings);
    act(&mut s, Action::RecordNew);
    type_text(&mut s, "Nová porada");
    act(&mut s, Action::FieldNext);
    act(&mut s, Action::FieldNext);
    act(&mut s, Action::PickerOpen);
    type_text(&mut s, "plzen");
    act(&mut s, Action::PickerConfirm);
    act(&mut s, Action::FieldNext);
    type_text(&mut s, "2026-11-25 10:30");
    act(&mut s, Action::FieldNext);
    type_text(&mut s, "2026-11-25 11:30");
    assert!(act(&mut s, Action::RecordSave).is_empty());
    let c = confirm(&s);
    assert!(
        c.text().contains("Porada Plzeň") && c.text().contains("same place: Věznice Plzeň"),
        "{}",
        c.text()
    );
    insta::assert_snapshot!("clash_warning_80x24", screen(&s));
    // No: back to the form, nothing saved.
    act(&mut s, Action::ConfirmNo);
    assert_eq!(s.mode(), Mode::Form);
    act(&mut s, Action::RecordSave);
    let effects = act(&mut s, Action::ConfirmYes);
    assert!(
        matches!(effects.as_slice(), [Effect::Save(Record::Meeting(m))] if m.title == "Nová porada")
    );
    assert_eq!(
        s.mode(),
        Mode::Form,
        "the form waits for the store to confirm"
    );
}

/// A weekly series of six from Monday 2 November 2026, 10:00.
fn with_series() -> AppState {
    let mut s = state(80, 24);
    let mut weekly = sample::meeting("Týdenní program", Some(2), at(2026, 11, 2, 10, 0));
    weekly.recurrence = Some(Box::new(spojka::domain::recurrence::Recurrence {
        rule: "FREQ=WEEKLY;COUNT=6".into(),
        cancelled: vec![],
        overrides: vec![],
    }));
    s.data.upsert(with_id(weekly, 500));
    s.refresh_all();
    s
}

/// Opens the calendar, selects the series' occurrence on 30 November and
/// chooses an edit scope (0 this one, 1 this and following, 2 whole series).
fn edit_occurrence(s: &mut AppState, scope: usize) {
    act(s, Action::CalendarOpen);
    act(s, Action::CalendarNextDay);
    act(s, Action::CalendarNextDay);
    act(s, Action::CalendarNextDay);
    act(s, Action::CalendarNextDay);
    act(s, Action::CalendarNextDay); // Monday 30 November
    let first = titles(s);
    assert_eq!(first[0], "Týdenní program", "{first:?}");
    act(s, Action::RecordEdit);
    assert_eq!(s.mode(), Mode::Picker);
    for _ in 0..scope {
        act(s, Action::MoveDown);
    }
    act(s, Action::PickerConfirm);
    assert_eq!(s.mode(), Mode::Form);
}

#[test]
fn editing_only_this_occurrence_keeps_it_in_the_series_as_its_override() {
    use spojka::app::msg::Effect;
    use spojka::domain::occurrences::{occurrence_on, title_of};
    let mut s = with_series();
    edit_occurrence(&mut s, 0);
    let shown = screen(&s);
    assert!(shown.contains("Edit this occurrence"), "{shown}");
    assert!(!shown.contains("New meeting"), "{shown}");
    // Its title changed: saving stores the series, once, with the override.
    form(&s);
    let Some(View::Form(f)) = s.stack.last_mut() else {
        panic!()
    };
    let title = f.kind.field_index("title").expect("a title");
    f.values[title] = FieldValue::Text("Program s hostem".into());
    let effects = act(&mut s, Action::RecordSave);
    let [Effect::Save(Record::Meeting(series))] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(series.meta.id, 500);
    assert_eq!(
        series.title, "Týdenní program",
        "the series keeps its title"
    );
    let r = series.recurrence.as_ref().expect("still a series");
    assert!(r.cancelled.is_empty(), "{r:?}");
    assert_eq!(r.overrides.len(), 1);
    assert_eq!(title_of(series, day(2026, 11, 30)), "Program s hostem");
    assert_eq!(title_of(series, day(2026, 11, 23)), "Týdenní program");
    let o = occurrence_on(series, day(2026, 11, 30)).expect("still there");
    assert_eq!(
        (o.start, o.moved, o.own),
        (at(2026, 11, 30, 10, 0), false, true)
    );
    // Saved, the calendar shows the occurrence under its own title, and
    // the list still has one row for the series.
    let series = series.clone();
    let after = update(&mut s, Msg::Saved(series.into()));
    assert!(after.is_empty(), "{after:?}");
    assert_eq!(s.mode(), Mode::Calendar);
    let shown = screen(&s);
    assert!(shown.contains("Program s hostem"), "{shown}");
    assert_eq!(s.data.count(Kind::Meeting), 7);
}

#[test]
fn editing_this_and_following_splits_the_series() {
    use spojka::app::msg::Effect;
    let mut s = with_series();
    edit_occurrence(&mut s, 1);
    let effects = act(&mut s, Action::RecordSave);
    let [Effect::SaveSeveral(records)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    let [Record::Meeting(rest), Record::Meeting(first)] = records.as_slice() else {
        panic!("{records:?}")
    };
    assert_eq!(rest.start, at(2026, 11, 30, 10, 0));
    assert_eq!(
        rest.recurrence.as_ref().map(|r| r.rule.as_str()),
        Some("FREQ=WEEKLY;COUNT=2")
    );
    let mut saved = rest.clone();
    saved.meta.id = 502;
    let after = update(&mut s, Msg::Saved(saved.into()));
    assert!(after.is_empty(), "{after:?}");
    assert_eq!(
        first.recurrence.as_ref().map(|r| r.rule.as_str()),
        Some("FREQ=WEEKLY;UNTIL=20261129")
    );
}

#[test]
fn editing_the_whole_series_opens_its_own_form() {
    let mut s = with_series();
    edit_occurrence(&mut s, 2);
    let form = form(&s);
    assert_eq!(form.meta.id, 500);
    assert!(form.then.is_none());
}

#[test]
fn a_repeat_is_chosen_from_presets_that_follow_the_start_date() {
    let mut s = state(80, 24);
    act(&mut s, Action::TabMeetings);
    act(&mut s, Action::RecordNew);
    for _ in 0..3 {
        act(&mut s, Action::FieldNext);
    }
    type_text(&mut s, "2026-12-01 10:00");
    for _ in 0..8 {
        act(&mut s, Action::FieldNext);
    }
    act(&mut s, Action::PickerOpen);
    assert_eq!(s.mode(), Mode::Picker);
    type_text(&mut s, "first tuesday");
    act(&mut s, Action::PickerConfirm);
    let form = form(&s);
    assert_eq!(
        form.value("repeat"),
        Some(&FieldValue::Text("FREQ=MONTHLY;BYDAY=1TU".into()))
    );
}

/// A new meeting at Věznice Plzeň from `start` to `end` (and repeating by
/// `rule`), in its form, ready to save.
fn new_meeting(s: &mut AppState, title: &str, start: &str, end: &str, rule: Option<&str>) {
    act(s, Action::TabMeetings);
    act(s, Action::RecordNew);
    type_text(s, title);
    act(s, Action::FieldNext);
    act(s, Action::FieldNext);
    act(s, Action::PickerOpen);
    type_text(s, "plzen");
    act(s, Action::PickerConfirm);
    act(s, Action::FieldNext);
    type_text(s, start);
    act(s, Action::FieldNext);
    type_text(s, end);
    if let Some(rule) = rule {
        for _ in 0..7 {
            act(s, Action::FieldNext);
        }
        type_text(s, rule);
    }
}

#[test]
fn saving_a_meeting_on_a_public_holiday_asks_first_and_names_it() {
    use spojka::app::msg::Effect;
    let mut s = state(80, 24);
    new_meeting(
        &mut s,
        "Vánoční porada",
        "2026-12-24 10:00",
        "2026-12-24 11:00",
        None,
    );
    assert!(act(&mut s, Action::RecordSave).is_empty());
    assert_eq!(
        confirm(&s).text(),
        "This meeting falls on a public holiday: 2026-12-24 Christmas Eve. Save anyway?"
    );
    act(&mut s, Action::ConfirmNo);
    assert_eq!(s.mode(), Mode::Form);
    act(&mut s, Action::RecordSave);
    let effects = act(&mut s, Action::ConfirmYes);
    assert!(
        matches!(effects.as_slice(), [Effect::Save(Record::Meeting(m))] if m.title == "Vánoční porada"),
        "{effects:?}"
    );
}

#[test]
fn a_repeating_meeting_asks_once_listing_the_holidays_of_its_next_year() {
    use spojka::app::msg::Effect;
    let mut s = state(80, 24);
    // Mondays from 21 December 2026.
    let (start, end) = ("2026-12-21 10:00", "2026-12-21 11:00");
    new_meeting(&mut s, "Pondělní program", start, end, Some("FREQ=WEEKLY"));
    assert!(act(&mut s, Action::RecordSave).is_empty());
    assert_eq!(
        confirm(&s).text(),
        "This meeting falls on public holidays: 2027-03-29 Easter Monday; \
         2027-07-05 Saints Cyril and Methodius Day. Save anyway?"
    );
    let effects = act(&mut s, Action::ConfirmYes);
    assert!(
        matches!(effects.as_slice(), [Effect::Save(Record::Meeting(m))] if m.recurrence.is_some()),
        "one question, then the save: {effects:?}"
    );
}

#[test]
fn a_clash_on_a_public_holiday_is_one_question_saying_both() {
    let mut s = state(80, 24);
    let mut eve = sample::meeting("Štědrovečerní služba", Some(1), at(2026, 12, 24, 10, 0));
    eve.attendees = vec![20];
    s.data.upsert(with_id(eve, 300));
    s.refresh_all();
    new_meeting(
        &mut s,
        "Vánoční porada",
        "2026-12-24 10:30",
        "2026-12-24 11:30",
        None,
    );
    act(&mut s, Action::RecordSave);
    let text = &confirm(&s).text();
    assert!(
        text.starts_with("This meeting clashes with: 2026-12-24 10:00 Štědrovečerní služba"),
        "{text}"
    );
    assert!(
        text.ends_with(
            ". It also falls on a public holiday: 2026-12-24 Christmas Eve. Save anyway?"
        ),
        "{text}"
    );
}

#[test]
fn saving_again_a_meeting_already_on_a_holiday_does_not_ask() {
    use spojka::app::msg::Effect;
    let mut s = state(80, 24);
    s.data.upsert(with_id(
        sample::meeting("Listopadová porada", Some(2), at(2026, 11, 17, 10, 0)),
        300,
    ));
    s.refresh_all();
    act(&mut s, Action::TabMeetings);
    s.list_mut().select_id(300, 20);
    act(&mut s, Action::RecordEdit);
    type_text(&mut s, " (zápis)");
    let effects = act(&mut s, Action::RecordSave);
    assert!(
        matches!(effects.as_slice(), [Effect::Save(Record::Meeting(m))] if m.meta.id == 300),
        "{effects:?}"
    );
}

#[test]
fn holidays_are_marked_in_every_view_without_colour_too() {
    use common::app::render;
    use common::screen::text;
    use spojka::ui::theme::Theme;
    let plain = |s: &AppState| text(&render(s, Theme { color: false }));
    let mut s = state(80, 24);
    act(&mut s, Action::CalendarOpen);
    act(&mut s, Action::CalendarGoto);
    type_text(&mut s, "2026-12-21");
    act(&mut s, Action::FilterApply);
    // The agenda heads each holiday, with or without meetings.
    let agenda = plain(&s);
    let headings = [
        "Thursday 24 December 2026 ◆ Christmas Eve",
        "Friday 25 December 2026 ◆ Christmas Day",
        "Saturday 26 December 2026 ◆ St Stephen's Day",
        "Friday 1 January 2027 ◆ New Year's Day",
    ];
    let missing: Vec<&&str> = headings.iter().filter(|h| !agenda.contains(**h)).collect();
    assert!(missing.is_empty(), "{missing:?}\n{agenda}");
    act(&mut s, Action::CalendarWeek);
    // At 80x24 the week is a list of its days, headed as in the agenda.
    let week = plain(&s);
    let missing: Vec<&&str> = headings[..3]
        .iter()
        .filter(|h| !week.contains(**h))
        .collect();
    assert!(missing.is_empty(), "{missing:?}\n{week}");
    // Wide enough, it is seven columns, each day's heading marked.
    let mut wide = state(200, 60);
    act(&mut wide, Action::CalendarOpen);
    act(&mut wide, Action::CalendarGoto);
    type_text(&mut wide, "2026-12-21");
    act(&mut wide, Action::FilterApply);
    act(&mut wide, Action::CalendarWeek);
    let week = plain(&wide);
    assert!(week.contains("Thu 24.12◆"), "{week}");
    assert!(week.contains("Fri 25.12◆") && week.contains("Sat 26.12◆"));
    assert!(week.contains("Christmas Eve"), "{week}");
    act(&mut s, Action::CalendarMonth);
    act(&mut s, Action::CalendarToday);
    let month = plain(&s);
    assert!(month.contains("17◆") && month.contains("28◆"), "{month}");
    // In colour they stand out too, not by colour alone.
    let buffer = render(&s, Theme { color: true });
    let coloured = |cell: &ratatui::buffer::Cell| {
        cell.symbol() == "◆" && cell.fg == ratatui::style::Color::Magenta
    };
    assert!(buffer.content().iter().any(coloured));
}

/// `n` in the calendar plans a meeting on the day in view: the form opens
/// with its start (nine o'clock, or the next full hour today) and its end
/// an hour later; closing it untouched asks nothing.
#[test]
fn a_meeting_is_planned_from_the_calendar_on_the_day_in_view() {
    use spojka::app::msg::Effect;
    let mut s = state(80, 24);
    act(&mut s, Action::CalendarOpen);
    act(&mut s, Action::CalendarNextDay);
    act(&mut s, Action::RecordNew);
    assert_eq!(s.mode(), Mode::Form);
    let start = form(&s).value("start").cloned();
    assert_eq!(start, Some(FieldValue::Text("2026-11-26 09:00".into())));
    assert_eq!(
        form(&s).value("end").cloned(),
        Some(FieldValue::Text("2026-11-26 10:00".into()))
    );
    act(&mut s, Action::FormCancel);
    assert_eq!(
        s.mode(),
        Mode::Calendar,
        "nothing typed, nothing to discard"
    );
    // Today it starts at the next full hour.
    act(&mut s, Action::CalendarToday);
    act(&mut s, Action::RecordNew);
    let start = form(&s).value("start").cloned();
    assert!(
        matches!(&start, Some(FieldValue::Text(t)) if t.starts_with("2026-11-25 ") && !t.ends_with(":30")),
        "{start:?}"
    );
    // A time alone as the end is that time on the start's day.
    form_mut(&mut s).focus_on("title");
    type_text(&mut s, "Porada");
    form_mut(&mut s).focus_on("end");
    act(&mut s, Action::FieldClear);
    type_text(&mut s, "17:30");
    let saved = act(&mut s, Action::RecordSave)
        .into_iter()
        .find_map(|effect| match effect {
            Effect::Save(Record::Meeting(m)) => Some(m),
            _ => None,
        });
    let saved = saved.expect("saved");
    assert_eq!(saved.end, at(2026, 11, 25, 17, 30));
}

/// A meeting saved with no end lasts the usual length.
#[test]
fn a_meeting_without_an_end_lasts_the_usual_length() {
    use spojka::app::msg::Effect;
    let mut s = state(80, 24);
    s.meeting_minutes = 90;
    act(&mut s, Action::TabMeetings);
    act(&mut s, Action::RecordNew);
    type_text(&mut s, "Porada");
    form_mut(&mut s).focus_on("start");
    type_text(&mut s, "1. 12. 2026 10:00");
    let saved = act(&mut s, Action::RecordSave)
        .into_iter()
        .find_map(|effect| match effect {
            Effect::Save(Record::Meeting(m)) => Some(m),
            _ => None,
        })
        .expect("saved");
    assert_eq!(saved.end, at(2026, 12, 1, 11, 30));
}

fn form_mut(s: &mut spojka::app::AppState) -> &mut spojka::screens::form::Form {
    s.form_mut().expect("a form")
}

/// Moving a meeting (`M`) onto another at the same facility asks first, as
/// the form does; yes saves it moved.
#[test]
fn moving_a_meeting_onto_a_clash_asks_first() {
    use spojka::app::msg::Effect;
    let mut s = state(80, 24);
    act(&mut s, Action::CalendarOpen);
    // "Porada Plzeň" onto "Návštěva Plzeň" (27 November, 9:00, Plzeň).
    act(&mut s, Action::OccurrenceMove);
    type_text(&mut s, "27. 11. 2026 9:30");
    assert!(
        act(&mut s, Action::FilterApply).is_empty(),
        "asked, not saved"
    );
    assert_eq!(s.mode(), Mode::Confirm);
    let text = confirm(&s).text();
    assert!(
        text.contains("Návštěva Plzeň") && text.contains("same place"),
        "{text}"
    );
    let effects = act(&mut s, Action::ConfirmYes);
    let [Effect::Save(Record::Meeting(m))] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(m.start, at(2026, 11, 27, 9, 30));
}

/// Many meetings in the week of 23 November: six on Wednesday the 25th,
/// one each other weekday, with long titles.
fn busy_week(width: u16, height: u16) -> AppState {
    let mut records = vec![
        with_id(sample::facility("Věznice Plzeň", Region::Plzensky), 1),
        with_id(sample::facility("Věznice Mírov", Region::Olomoucky), 2),
    ];
    let mut id = 100;
    let mut add = |title: String, facility: Id, start| {
        records.push(with_id(sample::meeting(&title, Some(facility), start), id));
        id += 1;
    };
    for hour in 8..14 {
        add(
            format!("Koordinační porada {hour}"),
            1 + hour as Id % 2,
            at(2026, 11, 25, hour, 0),
        );
    }
    for (n, d) in [23, 24, 26, 27, 28, 29].into_iter().enumerate() {
        add(
            format!("Dluhové poradenství skupina {n}"),
            2,
            at(2026, 11, d, 15, 0),
        );
    }
    state_over(Data::new(records), width, height)
}

/// The narrow week lists every meeting under its day with its time, whole
/// title and facility, and scrolls to the selected day.
#[test]
fn the_narrow_week_lists_every_meeting_with_its_title() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut s = busy_week(w, h);
        act(&mut s, Action::CalendarOpen);
        act(&mut s, Action::CalendarWeek);
        act(&mut s, Action::CalendarToday);
        let week = screen(&s);
        assert!(
            week.contains("Wednesday 25 November 2026 (today)"),
            "{week}"
        );
        for hour in 8..14 {
            let facility = if hour % 2 == 0 { "Plzeň" } else { "Mírov" };
            let line = format!(
                "{hour:02}:00–{:02}:00 Koordinační porada {hour} · Věznice {facility}",
                hour + 1
            );
            assert!(week.contains(&line), "{line}\n{week}");
        }
        assert!(week.contains("Monday 23 November 2026"), "{week}");
        assert!(
            week.contains("15:00–16:00 Dluhové poradenství skupina 0 · Věznice Mírov"),
            "{week}"
        );
        // Sunday, at the end of the week, scrolls into view when selected.
        for _ in 0..4 {
            act(&mut s, Action::CalendarNextDay);
        }
        let week = screen(&s);
        assert!(week.contains("Sunday 29 November 2026"), "{week}");
        assert!(
            week.contains("15:00–16:00 Dluhové poradenství skupina 5 · Věznice Mírov"),
            "{week}"
        );
    }
    // Wide, it is seven columns with titles as wide as the columns.
    let mut s = busy_week(200, 60);
    act(&mut s, Action::CalendarOpen);
    act(&mut s, Action::CalendarWeek);
    let week = screen(&s);
    assert!(week.contains("Mon 23.11. "), "{week}");
    assert!(week.contains("08:00 Koordinační porada 8"), "{week}");
}

/// A month cell shows as many meetings as it has lines for, and "+N more"
/// for the rest only.
#[test]
fn a_month_cell_shows_all_the_meetings_that_fit() {
    // 80x24: two lines under the day's number; the original data has two
    // meetings on the 25th, both shown, their times short in the narrow
    // cells so that more of each title shows.
    let mut s = state(80, 24);
    act(&mut s, Action::CalendarOpen);
    act(&mut s, Action::CalendarMonth);
    let month = screen(&s);
    assert!(
        month.contains("10 Porada…") && month.contains("13 Progra…"),
        "{month}"
    );
    assert!(!month.contains("more"), "{month}");
    // Six meetings: one and "+5 more" at 80x24, three and "+3 more" at
    // 120x40 (four lines), and at 200x60 (eight lines) all six.
    for (w, h, shown, more) in [
        (80, 24, 1, Some(5)),
        (120, 40, 3, Some(3)),
        (200, 60, 6, None),
    ] {
        let mut s = busy_week(w, h);
        act(&mut s, Action::CalendarOpen);
        act(&mut s, Action::CalendarMonth);
        let month = screen(&s);
        let listed = (8..14)
            .filter(|hour| {
                month.contains(&format!("{hour:02}:00 Ko")) || month.contains(&format!("{hour} Ko"))
            })
            .count();
        assert_eq!(listed, shown, "{w}x{h}\n{month}");
        match more {
            Some(n) => assert!(month.contains(&format!("+{n} more")), "{month}"),
            None => assert!(!month.contains("more"), "{month}"),
        }
    }
}

/// Enter on a day of the week or the month lists that day's meetings (the
/// agenda from that day, its first meeting selected); Enter opens one, and
/// Esc comes back to the agenda, then to the week or month.
#[test]
fn enter_on_a_day_shows_its_meetings_and_esc_comes_back() {
    for view in [Action::CalendarWeek, Action::CalendarMonth] {
        let mut s = busy_week(80, 24);
        act(&mut s, Action::CalendarOpen);
        act(&mut s, view);
        act(&mut s, Action::CalendarToday);
        act(&mut s, Action::DetailOpen);
        let c = calendar(&s);
        assert_eq!(c.view, CalendarView::Agenda);
        assert_eq!(c.day, day(2026, 11, 25));
        let shown = screen(&s);
        assert!(
            shown.contains("Wednesday 25 November 2026 (today)"),
            "{shown}"
        );
        for hour in 8..14 {
            assert!(
                shown.contains(&format!("Koordinační porada {hour} ")),
                "{shown}"
            );
        }
        act(&mut s, Action::MoveDown);
        act(&mut s, Action::DetailOpen);
        assert_eq!(detail(&s).id, 101, "the day's second meeting");
        act(&mut s, Action::Back);
        assert_eq!(calendar(&s).view, CalendarView::Agenda);
        act(&mut s, Action::Back);
        assert_eq!(s.mode(), Mode::Calendar, "back to the week or month");
        let expected = if view == Action::CalendarWeek {
            CalendarView::Week
        } else {
            CalendarView::Month
        };
        assert_eq!(calendar(&s).view, expected);
        act(&mut s, Action::Back);
        assert_eq!(s.mode(), Mode::Normal);
    }
    // The agenda chosen by its key closes with Esc as before.
    let mut s = busy_week(80, 24);
    act(&mut s, Action::CalendarOpen);
    act(&mut s, Action::CalendarWeek);
    act(&mut s, Action::CalendarAgenda);
    act(&mut s, Action::Back);
    assert_eq!(s.mode(), Mode::Normal);
}

#[test]
fn one_occurrence_cannot_be_given_a_repeat_rule_of_its_own() {
    let mut s = with_series();
    edit_occurrence(&mut s, 0);
    let Some(View::Form(f)) = s.stack.last_mut() else {
        panic!()
    };
    let repeat = f.kind.field_index("repeat").expect("a repeat field");
    f.values[repeat] = FieldValue::Text("FREQ=DAILY".into());
    assert!(act(&mut s, Action::RecordSave).is_empty(), "nothing saved");
    assert_eq!(s.mode(), Mode::Form, "the form stays open");
    let shown = screen(&s);
    assert!(
        shown.contains("one occurrence does not repeat on its own"),
        "{shown}"
    );
}

/// `state` with "Supervize" at Plzeň overlapping "Porada Plzeň" (the 25th,
/// 10:00–11:00, Plzeň).
fn with_clash(width: u16, height: u16) -> AppState {
    let mut s = state(width, height);
    let mut m = sample::meeting("Supervize", Some(1), at(2026, 11, 25, 10, 30));
    m.attendees = vec![21];
    s.data.upsert(with_id(m, 300));
    s.refresh_all();
    s
}

/// A meeting that overlaps another with the same person or place is marked
/// in the agenda (a word), the week and the month (a sign, explained in the
/// title), in text, so it reads without colour; the others are not.
#[test]
fn clashing_meetings_are_marked_in_every_view() {
    for (w, h) in [(80, 24), (200, 60)] {
        let mut s = with_clash(w, h);
        act(&mut s, Action::CalendarOpen);
        let agenda = screen(&s);
        assert!(
            agenda.contains("│! 10:00–11:00 Porada Plzeň · Věznice Plzeň [clash]"),
            "{agenda}"
        );
        assert!(
            agenda.contains("│! 10:30–11:30 Supervize · Věznice Plzeň [clash]"),
            "{agenda}"
        );
        assert!(
            agenda.contains("│  13:00–14:00 Program Mírov · Věznice Mírov  "),
            "no clash, no mark: {agenda}"
        );
        insta::assert_snapshot!(format!("agenda_clash_{w}x{h}"), agenda);
        act(&mut s, Action::CalendarWeek);
        let week = screen(&s);
        assert!(week.contains("· ! clash "), "the legend: {week}");
        if w == 200 {
            assert!(week.contains("!10:00 Porada Plzeň"), "{week}");
            assert!(week.contains("!10:30 Supervize"), "{week}");
            assert!(week.contains(" 13:00 Program Mírov"), "{week}");
        } else {
            assert!(week.contains("│! 10:00–11:00 Porada Plzeň · Věznice Plzeň [clash]"));
        }
        insta::assert_snapshot!(format!("week_clash_{w}x{h}"), week);
        act(&mut s, Action::CalendarMonth);
        let month = screen(&s);
        assert!(month.contains("· ! clash "), "the legend: {month}");
        if w == 200 {
            assert!(month.contains("!10:00 Porada Plzeň"), "{month}");
        } else {
            // One line and "+2 more" in the 80x24 cell, the sign on both.
            assert!(month.contains("!10 Porad"), "{month}");
            assert!(month.contains("!+2 more"), "{month}");
        }
        insta::assert_snapshot!(format!("month_clash_{w}x{h}"), month);
    }
    // Saved again, cancelled: the marks follow the data.
    let mut s = with_clash(80, 24);
    act(&mut s, Action::CalendarOpen);
    assert!(screen(&s).contains("[clash]"));
    let mut m = sample::meeting("Supervize", Some(1), at(2026, 11, 25, 10, 30));
    m.status = MeetingStatus::Cancelled;
    update(&mut s, Msg::Saved(with_id(m, 300)));
    let agenda = screen(&s);
    assert!(!agenda.contains("[clash]"), "{agenda}");
    // Without the overlap, no mark and no legend.
    let mut s = state(200, 60);
    act(&mut s, Action::CalendarOpen);
    act(&mut s, Action::CalendarWeek);
    let week = screen(&s);
    assert!(!week.contains("clash") && !week.contains('!'), "{week}");
}

/// A clash is seen whoever the calendar is narrowed to: Petr's calendar
/// marks his "Supervize", which clashes at Plzeň with Jana's meeting.
#[test]
fn a_clash_with_a_meeting_filtered_out_is_still_marked() {
    let mut s = with_clash(200, 60);
    act(&mut s, Action::CalendarOpen);
    calendar_mut(&mut s).filter = CalendarFilter::Person(21);
    let agenda = screen(&s);
    assert!(!agenda.contains("Porada Plzeň"), "{agenda}");
    assert!(
        agenda.contains("10:30–11:30 Supervize · Věznice Plzeň [clash]"),
        "{agenda}"
    );
}

fn calendar_mut(s: &mut AppState) -> &mut spojka::screens::calendar::Calendar {
    s.stack
        .iter_mut()
        .rev()
        .find_map(|v| match v {
            View::Calendar(c) => Some(c),
            _ => None,
        })
        .expect("a calendar")
}

/// The week has a selected hour on the selected day (nine to begin with):
/// Up and Down move it within the day, it shows among the day's meetings
/// where its time falls, and `n` plans a meeting then, lasting the usual
/// length.
#[test]
fn the_week_has_a_selected_hour_where_n_plans_a_meeting() {
    for (w, h) in [(80, 24), (200, 60)] {
        let mut s = busy_week(w, h);
        s.meeting_minutes = 90;
        act(&mut s, Action::CalendarOpen);
        act(&mut s, Action::CalendarWeek);
        assert_eq!(calendar(&s).hour, 9);
        for _ in 0..5 {
            act(&mut s, Action::MoveDown);
        }
        assert_eq!(calendar(&s).hour, 14);
        assert_eq!(calendar(&s).day, day(2026, 11, 25), "the day stays");
        let week = screen(&s);
        let lines: Vec<&str> = week.lines().collect();
        let hour = lines
            .iter()
            .position(|l| l.contains("▶ 14:00"))
            .unwrap_or_else(|| panic!("the hour is shown: {week}"));
        // After the day's last meeting (13:00), in its column or list.
        let before = lines
            .iter()
            .position(|l| l.contains("13:00") && l.contains("Koordinační porada 13"))
            .expect("the 13:00 meeting");
        assert_eq!(hour, before + 1, "{week}");
        insta::assert_snapshot!(format!("week_hour_{w}x{h}"), week);
        act(&mut s, Action::RecordNew);
        assert_eq!(s.mode(), Mode::Form);
        assert_eq!(
            form(&s).value("start").cloned(),
            Some(FieldValue::Text("2026-11-25 14:00".into()))
        );
        assert_eq!(
            form(&s).value("end").cloned(),
            Some(FieldValue::Text("2026-11-25 15:30".into()))
        );
        act(&mut s, Action::FormCancel);
        assert_eq!(s.mode(), Mode::Calendar, "nothing typed, nothing asked");
        // The hour stays within the day.
        for _ in 0..30 {
            act(&mut s, Action::MoveDown);
        }
        assert_eq!(calendar(&s).hour, 23);
        for _ in 0..30 {
            act(&mut s, Action::MoveUp);
        }
        assert_eq!(calendar(&s).hour, 0);
        assert_eq!(calendar(&s).day, day(2026, 11, 25));
    }
    // In the agenda, `n` still plans on the day at nine.
    let mut s = busy_week(80, 24);
    act(&mut s, Action::CalendarOpen);
    act(&mut s, Action::CalendarNextDay);
    act(&mut s, Action::RecordNew);
    assert_eq!(
        form(&s).value("start").cloned(),
        Some(FieldValue::Text("2026-11-26 09:00".into()))
    );
}

/// The week as a list says "more below" on its border while days go on
/// under the area, and not once the end is in view.
#[test]
fn the_narrow_week_says_when_there_is_more_below() {
    let mut s = busy_week(80, 24);
    act(&mut s, Action::CalendarOpen);
    act(&mut s, Action::CalendarWeek);
    act(&mut s, Action::CalendarPrevDay);
    act(&mut s, Action::CalendarPrevDay);
    let week = screen(&s);
    assert!(week.contains("Monday 23 November 2026"), "{week}");
    let border = week.lines().nth(21).unwrap_or_default();
    assert!(border.contains("↓ more below"), "{week}");
    for _ in 0..6 {
        act(&mut s, Action::CalendarNextDay);
    }
    let week = screen(&s);
    assert!(week.contains("Sunday 29 November 2026"), "{week}");
    assert!(!week.contains("more below"), "{week}");
}
