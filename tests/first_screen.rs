//! The first screen before everything is read: the dashboard shows as soon
//! as the data holds every record of the other kinds and the meetings of the
//! days it lists (with every repeating meeting), and waits otherwise.

mod common;

use common::app::{board, state_over};
use spojka::app::AppState;
use spojka::domain::*;
use spojka::model::Data;
use spojka::sample::{self, at};

fn loading_state(early: Option<(chrono::NaiveDateTime, chrono::NaiveDateTime)>) -> AppState {
    let facility: Record = sample::facility("Věznice Plzeň", Region::Plzensky).into();
    let mut state = state_over(Data::new(vec![facility]), 80, 24);
    state.loading = true;
    state.early = early;
    state.open_dashboard();
    state
}

#[test]
fn the_dashboard_waits_while_only_facilities_are_in() {
    let state = loading_state(None);
    assert!(!state.dashboard_ready());
    assert!(board(&state).attention.is_none());
}

#[test]
fn the_dashboard_shows_once_its_days_of_meetings_are_in() {
    let window = (at(2026, 11, 24, 9, 0), at(2026, 12, 5, 0, 0));
    let state = loading_state(Some(window));
    assert!(state.dashboard_ready());
    assert!(board(&state).attention.is_some());
}

#[test]
fn an_early_window_that_misses_some_of_its_days_is_not_enough() {
    // The dashboard lists meetings to the end of the seventh day after today
    // (until 2026-12-03 00:00): a window ending before that is too short,
    // and one starting after now misses the rest of today.
    for window in [
        (at(2026, 11, 24, 9, 0), at(2026, 12, 2, 0, 0)),
        (at(2026, 11, 25, 10, 0), at(2026, 12, 5, 0, 0)),
    ] {
        let state = loading_state(Some(window));
        assert!(!state.dashboard_ready(), "{window:?}");
    }
}
