//! What every screen shares, handled once before the screen sees a key:
//! moving its cursor, back, help and quit; then the screen's own answer
//! ([`Outcome`]) applied to the stack of views.

use super::msg::ReadFor;
use super::state::{AppState, View};
use crate::domain::{FieldValue, Kind};
use crate::effect::Effect;
use crate::screens::calendar::Calendar;
use crate::screens::detail::Detail;
use crate::screens::kit::{Ctx, Level, Open, Outcome, PickFor, PromptFor, Screen};
use crate::screens::picker::{PickOption, PickTarget, Picker};
use crate::vocab::Action;

impl View {
    /// The view as a screen with a home of its own, if it is one.
    pub fn screen_mut(&mut self) -> Option<&mut dyn Screen> {
        match self {
            View::Calendar(c) => Some(c),
            View::Figures(f) => Some(f),
            View::Dashboard(b) => Some(b),
            View::Coverage(c) => Some(c.as_mut()),
            View::Help(h) => Some(h),
            View::History(h) => Some(h),
            View::Timeline(t) => Some(t),
            View::Confirm(c) => Some(c),
            View::Detail(d) => Some(d),
            View::Prompt(p) => Some(p),
            View::Merge(m) => Some(m),
            View::Picker(p) => Some(p),
            View::Form(f) => Some(f),
            View::Import(i) => Some(i.as_mut()),
            View::Erase(e) => Some(e.as_mut()),
            _ => None,
        }
    }
}

impl AppState {
    /// What a screen may read of the state.
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            data: &self.data,
            now: self.now,
            width: self.width,
            height: self.height,
            loading: self.loading,
            early: self.early,
            help_lines: self.help_lines,
        }
    }
}

/// Runs `handle` on the top view if it is a screen with a home, the screen
/// taken off the stack meanwhile so that it can read the rest of the state.
fn with_top<T>(state: &mut AppState, handle: impl FnOnce(&mut dyn Screen, &Ctx) -> T) -> Option<T> {
    let mut top = state.stack.pop()?;
    let answer = top.screen_mut().map(|screen| handle(screen, &state.ctx()));
    state.stack.push(top);
    answer
}

/// Handles `action` if the top view is a screen with a home; None otherwise.
pub fn on_screen(state: &mut AppState, action: Action) -> Option<Vec<Effect>> {
    let outcome = with_top(state, |screen, ctx| dispatch(screen, action, ctx))?;
    Some(apply(state, outcome))
}

/// What the app does for every screen, then what the screen does.
pub(super) fn dispatch(screen: &mut dyn Screen, action: Action, ctx: &Ctx) -> Outcome {
    match action {
        Action::Quit => screen.on_quit(),
        Action::HelpToggle => screen.on_help(),
        Action::Back => screen.on_back(ctx),
        _ => {
            let moved = screen.cursor(ctx).is_some_and(|m| m.apply(action));
            if moved {
                screen.moved(ctx);
                Outcome::Done
            } else {
                screen.on_action(action, ctx)
            }
        }
    }
}

/// Gives typed or pasted text to the top screen if it is one with a home.
pub fn on_text(state: &mut AppState, text: &str) -> Option<Vec<Effect>> {
    let outcome = with_top(state, |screen, _| screen.on_text(text))?;
    Some(apply(state, outcome))
}

/// Gives a typed answer to the screen under the prompt that asked for it.
pub fn on_typed(state: &mut AppState, purpose: PromptFor, typed: &str) -> Vec<Effect> {
    match with_top(state, |screen, ctx| screen.on_typed(purpose, typed, ctx)) {
        Some(outcome) => apply(state, outcome),
        None => Vec::new(),
    }
}

/// Gives the option chosen in a picker to the screen under it that opened it
/// (the lists, when no screen is under it).
pub fn on_picked(state: &mut AppState, purpose: PickFor, index: usize) -> Vec<Effect> {
    if state.stack.is_empty() {
        return super::lists::on_picked(state, purpose, index);
    }
    match with_top(state, |screen, ctx| screen.on_picked(purpose, index, ctx)) {
        Some(outcome) => apply(state, outcome),
        None => Vec::new(),
    }
}

/// Carries out what a screen answered.
pub fn apply(state: &mut AppState, outcome: Outcome) -> Vec<Effect> {
    match outcome {
        Outcome::Done => {}
        Outcome::Close => {
            state.stack.pop();
        }
        Outcome::Open(open) => return self::open(state, open),
        Outcome::ToTab(action) => {
            state.stack.pop();
            crate::screens::list::switch_tab(&mut state.tab, action);
        }
        Outcome::Effects(effects) => {
            // The folding the user chose, for the dashboard when it opens
            // again in this session (the effect saves it for the others).
            for effect in &effects {
                if let Effect::SaveFolded(folded) = effect {
                    state.folded.clone_from(folded);
                }
            }
            return effects;
        }
        Outcome::Say(Level::Info, text) => state.info(text),
        Outcome::Say(Level::Error, text) => state.error(text),
        Outcome::OnRecord(action, kind, id) => {
            return super::update::on_record_of(state, action, Some((kind, id)))
                .unwrap_or_default();
        }
        Outcome::Typed(purpose, typed) => {
            state.stack.pop();
            return super::prompt::on_prompt(state, purpose, &typed);
        }
        Outcome::ToApp(action) => return super::update::on_handed_over(state, action),
        Outcome::Confirmed(question) => {
            state.stack.pop();
            return super::update::answer(state, question);
        }
        Outcome::SaveMeeting(meeting) => return super::clash::save_checked(state, *meeting),
    }
    Vec::new()
}

/// Opens a screen over the top one; a form may need its record read first.
pub fn open(state: &mut AppState, open: Open) -> Vec<Effect> {
    match open {
        Open::Detail(kind, id) => {
            let detail = Detail::new(&state.data, kind, id, state.now);
            state.stack.push(View::Detail(detail));
        }
        Open::Prompt(purpose, text) => {
            state
                .stack
                .push(View::Prompt(crate::screens::filter::Prompt {
                    purpose,
                    input: crate::screens::kit::text_input::TextInput::new(&text),
                }))
        }
        Open::Pick {
            purpose,
            title,
            options,
        } => {
            let options = options
                .into_iter()
                .enumerate()
                .map(|(i, label)| PickOption::new(i as u64, label))
                .collect();
            let target = PickTarget::Screen(purpose);
            let picker = Picker::new((None, title), target, false, options, Vec::new());
            state.stack.push(View::Picker(picker));
        }
        Open::Confirm(confirm) => state.stack.push(View::Confirm(confirm)),
        Open::Edit(kind, id) => {
            if let Some(record) = state.data.get(kind, id).cloned() {
                return super::update::open_form(state, record, ReadFor::Edit);
            }
        }
        Open::EditOccurrence(series, original) => super::series_edit::ask(state, series, original),
        Open::Help => state.stack.push(View::Help(Default::default())),
        Open::Calendar => {
            // The calendar is of meetings: the list under it shows them too.
            state.tab = Kind::Meeting;
            let calendar = Calendar::new(state.now.date());
            state.stack.push(View::Calendar(calendar));
        }
        Open::Coverage => {
            let view = crate::screens::coverage::CoverageView::new(&state.data, state.now.date());
            state.stack.push(View::Coverage(Box::new(view)));
        }
        Open::Dashboard => state.open_dashboard(),
        Open::Filter => {
            let before = state.list().filter.text.clone();
            state.stack.push(View::Filter { before });
        }
        Open::New(kind) => {
            let meta = crate::domain::Meta::new(state.now.and_utc());
            let form = crate::screens::form::Form::new(kind, meta);
            state.stack.push(View::Form(form));
        }
        Open::NewMeetingOn(day) => {
            let start = super::forms::planned_start(day, state.now);
            return self::open(state, Open::NewMeetingAt(start));
        }
        Open::NewFromRequest(kind, request) => {
            return super::request::new_from(state, kind, request);
        }
        Open::NewMeetingAt(start) => {
            let meta = crate::domain::Meta::new(state.now.and_utc());
            let length = chrono::Duration::minutes(state.meeting_minutes);
            let mut form = crate::screens::form::Form::new(Kind::Meeting, meta);
            form.set("start", FieldValue::Text(crate::catalog::date_time(start)));
            form.set(
                "end",
                FieldValue::Text(crate::catalog::date_time(start + length)),
            );
            // Proposed, not typed: closing it untouched asks nothing.
            form.initial = form.values.clone();
            state.stack.push(View::Form(form));
        }
        Open::Figures => {
            let (from, to) = crate::insight::period::this_year(state.now.date());
            let view = crate::screens::figures::FiguresView::new(&state.data, from, to);
            state.stack.push(View::Figures(view));
        }
    }
    Vec::new()
}
