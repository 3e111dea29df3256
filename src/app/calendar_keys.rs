//! Keys in the calendar.

use super::action::Action;
use super::calendar::{Calendar, CalendarFilter, CalendarView, entries, filter_choices};
use super::detail::Detail;
use super::msg::{Effect, ExportFormat};
use super::picker::{PickOption, PickTarget, Picker};
use super::state::{AppState, Confirm, Prompt, PromptFor, Question, View};
use super::tabs;
use crate::catalog::status;
use crate::domain::recurrence::Moved;
use crate::domain::{Kind, Meeting, MeetingStatus, Problem, Record};
use chrono::{NaiveDate, NaiveDateTime};

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
        Action::CalendarGoto => state.stack.push(View::Prompt(Prompt {
            purpose: PromptFor::GotoDate,
            input: Default::default(),
        })),
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
                (None, label),
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
        Action::RecordEdit => match selected_occurrence(state) {
            Some((meeting, original)) if meeting.recurrence.is_some() => {
                super::series_edit::ask(state, meeting.meta.id, original);
            }
            Some((meeting, _)) if state.data.lacks_long_text(Kind::Meeting, meeting.meta.id) => {
                let purpose = super::msg::ReadFor::Edit;
                return vec![Effect::ReadFull(Kind::Meeting, meeting.meta.id, purpose)];
            }
            Some((meeting, _)) => state
                .stack
                .push(View::Form(super::form::Form::edit(&meeting.into()))),
            None => state.error(status::NOTHING_SELECTED),
        },
        Action::OccurrenceCancel | Action::OccurrenceMove | Action::MeetingHeld => {
            return on_occurrence(state, action);
        }
        Action::ExportIcs => {
            // Everything the calendar is narrowed to, at any date ("my meetings").
            let filter = calendar.filter;
            let ids = state
                .data
                .all(Kind::Meeting)
                .filter_map(|r| match r {
                    Record::Meeting(m)
                        if !m.meta.archived && super::calendar::passes(&state.data, m, filter) =>
                    {
                        Some(m.meta.id)
                    }
                    _ => None,
                })
                .collect();
            return vec![Effect::Export {
                kind: Kind::Meeting,
                format: ExportFormat::Ics,
                ids,
            }];
        }
        Action::ImportIcs => state.stack.push(View::Prompt(Prompt {
            purpose: PromptFor::ImportIcs,
            input: Default::default(),
        })),
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

/// What a typed line does when the user presses enter.
pub fn on_prompt(state: &mut AppState, purpose: PromptFor, typed: &str) -> Vec<Effect> {
    match purpose {
        PromptFor::GotoDate => match crate::domain::field::parse_date(typed) {
            Some(day) => {
                if let Some(View::Calendar(calendar)) = state.stack.last_mut() {
                    calendar.day = day;
                    calendar.selected = 0;
                }
                Vec::new()
            }
            None => {
                state.error(crate::catalog::problem(&Problem::NotADate(
                    typed.to_string(),
                )));
                Vec::new()
            }
        },
        PromptFor::FiguresPeriod => {
            super::figure_keys::on_period(state, typed);
            Vec::new()
        }
        PromptFor::ImportIcs => {
            let path = typed.trim();
            if path.is_empty() {
                Vec::new()
            } else {
                vec![Effect::ImportIcs(path.to_string())]
            }
        }
        PromptFor::MoveOccurrence(id, original) => {
            let Some(start) = crate::domain::field::parse_date_time(typed) else {
                state.error(crate::catalog::problem(&Problem::NotADateTime(
                    typed.to_string(),
                )));
                return Vec::new();
            };
            match state.data.get(Kind::Meeting, id).cloned() {
                Some(Record::Meeting(meeting)) => {
                    vec![Effect::Save(moved(meeting, original, start).into())]
                }
                _ => Vec::new(),
            }
        }
    }
}

/// The meeting with one occurrence (by its original date) moved to `start`,
/// keeping its length: a one-off meeting simply moves; a series records the
/// moved occurrence (RECURRENCE-ID).
pub fn moved(mut meeting: Meeting, original: NaiveDate, start: NaiveDateTime) -> Meeting {
    let length = meeting.end - meeting.start;
    match &mut meeting.recurrence {
        None => {
            meeting.start = start;
            meeting.end = start + length;
        }
        Some(series) => {
            series.moved.retain(|m| m.original != original);
            series.moved.push(Moved {
                original,
                start,
                end: start + length,
            });
        }
    }
    meeting
}

/// The meeting with one occurrence cancelled: a one-off meeting's status
/// becomes cancelled; a series skips that date (EXDATE).
pub fn cancelled(mut meeting: Meeting, original: NaiveDate) -> Meeting {
    match &mut meeting.recurrence {
        None => meeting.status = MeetingStatus::Cancelled,
        Some(series) => {
            series.moved.retain(|m| m.original != original);
            if !series.cancelled.contains(&original) {
                series.cancelled.push(original);
                series.cancelled.sort_unstable();
            }
        }
    }
    meeting
}

/// The selected occurrence in the agenda: its meeting and original date.
fn selected_occurrence(state: &AppState) -> Option<(Meeting, NaiveDate)> {
    let Some(View::Calendar(calendar)) = state.stack.last() else {
        return None;
    };
    if calendar.view != CalendarView::Agenda {
        return None;
    }
    let (from, to) = calendar.range();
    let entry = *entries(&state.data, from, to, calendar.filter).get(calendar.selected)?;
    match state.data.get(Kind::Meeting, entry.id) {
        Some(Record::Meeting(m)) => Some((m.clone(), entry.occurrence.original)),
        _ => None,
    }
}

/// Keys that act on the selected occurrence: cancel it, move it, mark it held.
pub fn on_occurrence(state: &mut AppState, action: Action) -> Vec<Effect> {
    let Some((meeting, original)) = selected_occurrence(state) else {
        state.error(status::NOTHING_SELECTED);
        return Vec::new();
    };
    match action {
        Action::OccurrenceCancel => {
            let text = crate::catalog::question::cancel_occurrence(&meeting.title, original);
            let question = Question::CancelOccurrence(meeting.meta.id, original);
            state.stack.push(View::Confirm(Confirm { question, text }));
            Vec::new()
        }
        Action::OccurrenceMove => {
            let purpose = PromptFor::MoveOccurrence(meeting.meta.id, original);
            state.stack.push(View::Prompt(Prompt {
                purpose,
                input: Default::default(),
            }));
            Vec::new()
        }
        Action::MeetingHeld if meeting.recurrence.is_some() => {
            state.error(status::HELD_IS_PER_MEETING);
            Vec::new()
        }
        Action::MeetingHeld => {
            let mut meeting = meeting;
            meeting.status = MeetingStatus::Held;
            vec![Effect::Save(meeting.into())]
        }
        _ => Vec::new(),
    }
}
