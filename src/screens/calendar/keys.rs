//! Keys in the calendar: days and periods, views, whose meetings, and what
//! to do with the agenda's selected occurrence. Back, help and quit are the
//! app's; the moves are the calendar's own (they step days in the week and
//! month views), so it offers the app no cursor.

use super::{Calendar, CalendarFilter, CalendarView, entries, filter_choices, held, moved};
use crate::domain::occurrences::occurrence_on;
use crate::domain::{Kind, Meeting, Problem, Record};
use crate::effect::{Effect, ExportFormat};
use crate::model::Data;
use crate::screens::kit::{Asks, Notice};
use crate::screens::kit::{
    Confirm, Ctx, Cursor, Open, Outcome, PickFor, PromptFor, Question, Screen,
};
use crate::vocab::{Action, Mode};
use chrono::{NaiveDate, NaiveDateTime};

impl Screen for Calendar {
    fn mode(&self) -> Mode {
        Mode::Calendar
    }

    /// Back from a day opened in the week or month goes to that view.
    fn on_back(&mut self, _ctx: &Ctx) -> Outcome {
        match self.back_to.take() {
            Some(view) if self.view == CalendarView::Agenda => {
                self.view = view;
                Outcome::Done
            }
            _ => Outcome::Close,
        }
    }

    fn on_action(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        match action {
            Action::MoveUp | Action::MoveDown if self.view == CalendarView::Agenda => {
                let (from, to) = self.range();
                let count = entries(ctx.data, from, to, self.filter).len();
                let mut cursor = Cursor::at(self.selected);
                cursor.apply(action, count, 1);
                self.selected = cursor.at;
            }
            // The week's rows are the hours of the selected day.
            Action::MoveUp if self.view == CalendarView::Week => self.step_hour(-1),
            Action::MoveDown if self.view == CalendarView::Week => self.step_hour(1),
            Action::MoveUp => self.step_days(-7),
            Action::MoveDown => self.step_days(7),
            Action::CalendarPrevDay => self.step_days(-1),
            Action::CalendarNextDay => self.step_days(1),
            Action::CalendarPrevPeriod | Action::PageUp => self.step_period(false),
            Action::CalendarNextPeriod | Action::PageDown => self.step_period(true),
            Action::CalendarToday => {
                self.day = ctx.today();
                self.selected = 0;
            }
            Action::CalendarAgenda => self.show(CalendarView::Agenda),
            Action::CalendarWeek => self.show(CalendarView::Week),
            Action::CalendarMonth => self.show(CalendarView::Month),
            Action::CalendarFilterClear => self.filter = CalendarFilter::Everyone,
            Action::CalendarGoto => return prompt(PromptFor::GotoDate),
            Action::CalendarFilter => return self.pick_filter(ctx.data),
            Action::DetailOpen if self.view == CalendarView::Agenda => {
                return match self.selected_entry(ctx.data) {
                    Some(entry) => Outcome::Open(Open::Detail(Kind::Meeting, entry.id)),
                    None => Outcome::error(Notice::NothingSelected),
                };
            }
            // The day's meetings, in the agenda, where Enter opens one.
            Action::DetailOpen => self.open_day(),
            Action::TabNext | Action::TabPrev => return Outcome::ToTab(action),
            Action::RecordNew if self.view == CalendarView::Week => {
                return Outcome::Open(Open::NewMeetingAt(self.selected_start()));
            }
            Action::RecordNew => return Outcome::Open(Open::NewMeetingOn(self.day)),
            Action::RecordEdit => {
                return match self.selected_occurrence(ctx.data) {
                    Some((meeting, original)) if meeting.recurrence.is_some() => {
                        Outcome::Open(Open::EditOccurrence(meeting.meta.id, original))
                    }
                    Some((meeting, _)) => Outcome::Open(Open::Edit(Kind::Meeting, meeting.meta.id)),
                    None => Outcome::error(Notice::NothingSelected),
                };
            }
            Action::OccurrenceCancel | Action::OccurrenceMove | Action::MeetingHeld => {
                return self.on_occurrence(action, ctx.data, ctx.now);
            }
            Action::ExportIcs => return self.export(ctx.data),
            Action::ImportIcs => return prompt(PromptFor::ImportIcs),
            _ => {}
        }
        Outcome::Done
    }

    fn on_typed(&mut self, purpose: PromptFor, typed: &str, ctx: &Ctx) -> Outcome {
        match purpose {
            PromptFor::GotoDate => match crate::domain::field::parse_date(typed) {
                Some(day) => {
                    self.day = day;
                    self.selected = 0;
                    Outcome::Done
                }
                None => Outcome::error(Notice::Invalid(Problem::NotADate(typed.to_string()))),
            },
            PromptFor::MoveOccurrence(id, original) => {
                let Some(start) = crate::domain::field::parse_date_time(typed) else {
                    return Outcome::error(Notice::Invalid(Problem::NotADateTime(
                        typed.to_string(),
                    )));
                };
                match ctx.data.get(Kind::Meeting, id).cloned() {
                    Some(Record::Meeting(meeting)) => {
                        Outcome::SaveMeeting(Box::new(moved(meeting, original, start)))
                    }
                    _ => Outcome::Done,
                }
            }
            _ => Outcome::Done,
        }
    }

    fn on_picked(&mut self, purpose: PickFor, index: usize, _ctx: &Ctx) -> Outcome {
        match purpose {
            PickFor::CalendarFilter => {
                if let Some(filter) = self.offered.get(index).copied() {
                    self.filter = filter;
                    self.selected = 0;
                }
            }
            PickFor::ImportColumn => {}
            PickFor::ExportFormat => {}
        }
        Outcome::Done
    }
}

/// An empty line to type for `purpose`.
fn prompt(purpose: PromptFor) -> Outcome {
    Outcome::Open(Open::Prompt(purpose, String::new()))
}

impl Calendar {
    /// Offers everything the calendar can be narrowed to.
    fn pick_filter(&mut self, data: &Data) -> Outcome {
        let choices = filter_choices(data);
        let options = choices
            .iter()
            .map(|(filter, name)| format!("{} {name}", filter_kind(filter)))
            .collect();
        self.offered = choices.into_iter().map(|(f, _)| f).collect();
        Outcome::Open(Open::Pick {
            purpose: PickFor::CalendarFilter,
            title: crate::catalog::action_help(Action::CalendarFilter),
            options,
        })
    }

    /// Every meeting the calendar is narrowed to, at any date ("my meetings").
    fn export(&self, data: &Data) -> Outcome {
        let ids = data
            .all(Kind::Meeting)
            .filter_map(|r| match r {
                Record::Meeting(m) if !m.meta.archived && super::passes(data, m, self.filter) => {
                    Some(m.meta.id)
                }
                _ => None,
            })
            .collect();
        Outcome::effect(Effect::Export {
            kind: Kind::Meeting,
            format: ExportFormat::Ics,
            ids,
        })
    }

    /// The selected occurrence in the agenda: its meeting and original date.
    fn selected_occurrence(&self, data: &Data) -> Option<(Meeting, NaiveDate)> {
        let entry = self.selected_entry(data)?;
        match data.get(Kind::Meeting, entry.id) {
            Some(Record::Meeting(m)) => Some((m.clone(), entry.occurrence.original)),
            _ => None,
        }
    }

    /// Keys that act on the selected occurrence: cancel it, move it, mark it held.
    fn on_occurrence(&self, action: Action, data: &Data, now: NaiveDateTime) -> Outcome {
        let Some((meeting, original)) = self.selected_occurrence(data) else {
            return Outcome::error(Notice::NothingSelected);
        };
        match action {
            Action::OccurrenceCancel => Outcome::Open(Open::Confirm(Confirm {
                question: Question::CancelOccurrence(meeting.meta.id, original),
                asks: Asks::CancelOccurrence(meeting.title.clone(), original),
            })),
            Action::OccurrenceMove => prompt(PromptFor::MoveOccurrence(meeting.meta.id, original)),
            Action::MeetingHeld => match occurrence_on(&meeting, original) {
                Some(o) if o.start > now => Outcome::error(Notice::NotStartedYet(o.start)),
                Some(_) => Outcome::effect(Effect::Save(held(meeting, original).into())),
                None => Outcome::error(Notice::NothingSelected),
            },
            _ => Outcome::Done,
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{at, person, with_id};

    fn ctx(data: &Data) -> Ctx<'_> {
        Ctx {
            data,
            now: at(2026, 11, 25, 9, 0),
            width: 80,
            height: 24,
            loading: false,
            early: None,
            help_lines: 0,
        }
    }

    #[test]
    fn a_filter_is_picked_from_the_options_offered_even_if_records_came_in_since() {
        let before = Data::new([with_id(person("Jana Nováková", None), 20)]);
        let mut calendar = Calendar::new(at(2026, 11, 25, 9, 0).date());
        let Outcome::Open(Open::Pick { options, .. }) =
            calendar.on_action(Action::CalendarFilter, &ctx(&before))
        else {
            panic!("a picker")
        };
        assert!(options[0].ends_with("Jana Nováková"), "{options:?}");
        // Adam sorts before Jana: picking the first offered is still Jana.
        let after = Data::new([
            with_id(person("Jana Nováková", None), 20),
            with_id(person("Adam Adámek", None), 21),
        ]);
        let outcome = calendar.on_picked(PickFor::CalendarFilter, 0, &ctx(&after));
        assert_eq!(outcome, Outcome::Done);
        assert_eq!(calendar.filter, CalendarFilter::Person(20));
    }
}
