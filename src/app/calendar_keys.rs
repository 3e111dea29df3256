//! Keys in the calendar.

use super::action::Action;
use super::calendar::{Calendar, CalendarFilter, CalendarView, entries, filter_choices};
use super::detail::Detail;
use super::msg::Effect;
use super::picker::{PickOption, PickTarget, Picker};
use super::state::{AppState, View};
use super::tabs;
use crate::catalog::status;
use crate::domain::Kind;

/// Opens the calendar on today, on the Meetings tab.
pub fn open(state: &mut AppState) {
    state.tab = Kind::Meeting;
    state
        .stack
        .push(View::Calendar(Calendar::new(state.now.date())));
}

/// Handles a key while the calendar is on top.
pub fn on_calendar(state: &mut AppState, action: Action) -> Vec<Effect> {
    let today = state.now.date();
    let Some(View::Calendar(calendar)) = state.stack.last_mut() else {
        return Vec::new();
    };
    match action {
        Action::MoveUp | Action::MoveDown if calendar.view == CalendarView::Agenda => {
            let (from, to) = calendar.range();
            let count = entries(&state.data, from, to, calendar.filter).len();
            calendar.selected = if action == Action::MoveUp {
                calendar.selected.saturating_sub(1)
            } else {
                (calendar.selected + 1).min(count.saturating_sub(1))
            };
        }
        Action::MoveUp => calendar.step_days(-7),
        Action::MoveDown => calendar.step_days(7),
        Action::CalendarPrevDay => calendar.step_days(-1),
        Action::CalendarNextDay => calendar.step_days(1),
        Action::CalendarPrevPeriod | Action::PageUp => calendar.step_period(false),
        Action::CalendarNextPeriod | Action::PageDown => calendar.step_period(true),
        Action::CalendarToday => {
            calendar.day = today;
            calendar.selected = 0;
        }
        Action::CalendarAgenda => calendar.view = CalendarView::Agenda,
        Action::CalendarWeek => calendar.view = CalendarView::Week,
        Action::CalendarMonth => calendar.view = CalendarView::Month,
        Action::CalendarFilterClear => calendar.filter = CalendarFilter::Everyone,
        Action::CalendarGoto => state.stack.push(View::GotoDate(Default::default())),
        Action::CalendarFilter => {
            let choices = filter_choices(&state.data);
            let options = choices
                .iter()
                .enumerate()
                .map(|(i, (filter, name))| {
                    PickOption::new(i as u64, format!("{} {name}", filter_kind(filter)))
                })
                .collect();
            let label = crate::catalog::action_help(Action::CalendarFilter);
            let mut picker = Picker::new(
                (0, label),
                PickTarget::CalendarFilter,
                false,
                options,
                Vec::new(),
            );
            picker.filters = choices.into_iter().map(|(f, _)| f).collect();
            state.stack.push(View::Picker(picker));
        }
        Action::DetailOpen if calendar.view == CalendarView::Agenda => {
            let (from, to) = calendar.range();
            match entries(&state.data, from, to, calendar.filter).get(calendar.selected) {
                Some(entry) => {
                    let detail = Detail::new(&state.data, Kind::Meeting, entry.id, state.now);
                    state.stack.push(View::Detail(detail));
                }
                None => state.error(status::NOTHING_SELECTED),
            }
        }
        Action::DetailOpen => {
            calendar.view = CalendarView::Agenda;
            calendar.selected = 0;
        }
        Action::Back => {
            state.stack.pop();
        }
        Action::TabNext | Action::TabPrev => {
            state.stack.pop();
            tabs::on_tab(state, action);
        }
        Action::HelpToggle => state.stack.push(View::Help { scroll: 0 }),
        Action::Quit => return vec![Effect::Quit],
        _ => {}
    }
    Vec::new()
}

/// The word before a filter choice in the picker ("Person", "Region"…).
fn filter_kind(filter: &CalendarFilter) -> &'static str {
    match filter {
        CalendarFilter::Everyone => "",
        CalendarFilter::Person(_) => crate::catalog::field_label("person"),
        CalendarFilter::Facility(_) => crate::catalog::field_label("facility"),
        CalendarFilter::Organisation(_) => crate::catalog::field_label("organisation"),
        CalendarFilter::Region(_) => crate::catalog::field_label("region"),
    }
}
