//! The figures view through the update step: opening, stepping and typing
//! the period, scrolling, and asking for the report.

mod common;

use chrono::NaiveDate;
use common::app::{act, figures, state_over, type_text};
use common::time::day;
use spojka::app::msg::ReportFormat;
use spojka::app::msg::{Effect, Msg};
use spojka::app::{Action, AppState, Mode, update};
use spojka::domain::*;
use spojka::model::Data;
use spojka::sample::{self, at, with_id};

fn state() -> AppState {
    let mut held = sample::meeting("Koordinace", Some(1), at(2025, 5, 6, 10, 0));
    held.status = MeetingStatus::Held;
    let records = vec![
        with_id(sample::facility("Věznice Plzeň", Region::Plzensky), 1),
        with_id(held, 40),
    ];
    state_over(Data::new(records), 80, 24)
}

/// The shown period and the number of meetings held in it.
fn shown(state: &AppState) -> (NaiveDate, NaiveDate, usize) {
    let v = figures(state);
    (v.figures.from, v.figures.to, v.figures.held)
}

#[test]
fn figures_open_on_this_year_so_far() {
    let mut s = state();
    act(&mut s, Action::FiguresShow);
    assert_eq!(s.mode(), Mode::Figures);
    assert_eq!(shown(&s), (day(2026, 1, 1), day(2026, 11, 25), 0));
}

#[test]
fn left_and_right_step_whole_calendar_years() {
    let mut s = state();
    act(&mut s, Action::FiguresShow);
    act(&mut s, Action::FiguresPrevYear);
    assert_eq!(shown(&s), (day(2025, 1, 1), day(2025, 12, 31), 1));
    act(&mut s, Action::FiguresNextYear);
    assert_eq!(
        shown(&s),
        (day(2026, 1, 1), day(2026, 11, 25), 0),
        "this year ends today"
    );
}

#[test]
fn a_typed_period_is_shown_and_a_bad_one_is_refused_in_words() {
    let mut s = state();
    act(&mut s, Action::FiguresShow);
    act(&mut s, Action::FiguresPeriod);
    assert_eq!(s.mode(), Mode::Filter);
    act(&mut s, Action::TextClear);
    type_text(&mut s, "2025-05-01 2025-05-31");
    act(&mut s, Action::FilterApply);
    assert_eq!(shown(&s), (day(2025, 5, 1), day(2025, 5, 31), 1));
    act(&mut s, Action::FiguresPeriod);
    act(&mut s, Action::TextClear);
    type_text(&mut s, "2025-06-30 2025-01-01");
    act(&mut s, Action::FilterApply);
    assert!(
        s.status.text().contains("before it starts"),
        "{:?}",
        s.status
    );
    assert_eq!(shown(&s).0, day(2025, 5, 1), "the period is kept");
}

#[test]
fn x_and_shift_x_ask_for_the_report_of_the_shown_period() {
    let mut s = state();
    act(&mut s, Action::FiguresShow);
    act(&mut s, Action::FiguresPrevYear);
    assert_eq!(
        act(&mut s, Action::ReportMarkdown),
        vec![Effect::Report {
            format: ReportFormat::Markdown,
            from: day(2025, 1, 1),
            to: day(2025, 12, 31),
        }]
    );
    assert!(matches!(
        act(&mut s, Action::ReportHtml).as_slice(),
        [Effect::Report {
            format: ReportFormat::Html,
            ..
        }]
    ));
    update(
        &mut s,
        Msg::Written(spojka::app::msg::WrittenFile::Report, "/tmp/r.md".into()),
    );
    assert_eq!(s.status.text(), "Report written to /tmp/r.md");
}

#[test]
fn scrolling_stops_at_the_last_row_and_esc_goes_back() {
    let mut s = state();
    act(&mut s, Action::FiguresShow);
    act(&mut s, Action::MoveBottom);
    let bottom = figures(&s).scroll;
    assert!(bottom > 0);
    act(&mut s, Action::MoveDown);
    assert_eq!(figures(&s).scroll, bottom);
    act(&mut s, Action::Back);
    assert_eq!(s.mode(), Mode::Normal);
}

#[test]
fn t_goes_back_to_this_year_so_far() {
    let mut s = state();
    act(&mut s, Action::FiguresShow);
    act(&mut s, Action::FiguresPrevYear);
    act(&mut s, Action::FiguresPrevYear);
    act(&mut s, Action::FiguresThisYear);
    assert_eq!(shown(&s), (day(2026, 1, 1), day(2026, 11, 25), 0));
}

#[test]
fn a_period_is_typed_as_two_dates_or_a_year() {
    use spojka::screens::figures::{PeriodError, parse_period};
    let today = day(2026, 11, 25);
    assert_eq!(
        parse_period("2026-01-01 2026-06-30", today),
        Ok((day(2026, 1, 1), day(2026, 6, 30)))
    );
    assert_eq!(
        parse_period(" 1.1.2026 – 30.6.2026 ", today),
        Ok((day(2026, 1, 1), day(2026, 6, 30)))
    );
    assert_eq!(
        parse_period("2025", today),
        Ok((day(2025, 1, 1), day(2025, 12, 31)))
    );
    assert_eq!(parse_period("2026", today), Ok((day(2026, 1, 1), today)));
    assert_eq!(
        parse_period("2026-01-01", today),
        Err(PeriodError::Unreadable)
    );
    assert_eq!(parse_period("soon", today), Err(PeriodError::Unreadable));
    assert_eq!(
        parse_period("2026-02-01 2026-01-01", today),
        Err(PeriodError::Backwards(day(2026, 2, 1), day(2026, 1, 1)))
    );
}

#[test]
fn the_figures_follow_a_meeting_saved_while_they_are_shown() {
    let mut s = state();
    act(&mut s, Action::FiguresShow);
    assert_eq!(shown(&s).2, 0);
    let mut held = sample::meeting("Koordinace", Some(1), at(2026, 3, 3, 10, 0));
    held.status = MeetingStatus::Held;
    update(&mut s, Msg::Saved(with_id(held, 41)));
    assert_eq!(shown(&s), (day(2026, 1, 1), day(2026, 11, 25), 1));
}
