//! What every screen shares, handled once before the screen sees a key:
//! moving its cursor, back, help and quit; then the screen's own answer
//! ([`Outcome`]) applied to the stack of views.

use super::action::Action;
use super::detail::Detail;
use super::msg::ReadFor;
use super::picker::{PickOption, PickTarget, Picker};
use super::state::{AppState, Prompt, View};
use crate::domain::Kind;
use crate::effect::Effect;
use crate::screens::calendar::Calendar;
use crate::screens::kit::{Ctx, Level, Open, Outcome, PickFor, PromptFor, Screen};

impl View {
    /// The view as a screen with a home of its own, if it is one.
    pub fn screen_mut(&mut self) -> Option<&mut dyn Screen> {
        match self {
            View::Calendar(c) => Some(c),
            View::Figures(f) => Some(f),
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
        }
    }
}

/// What a screen may read beside the top view as a screen, if it is one: the
/// two borrow different parts of the state, so one call hands out both.
fn top_screen(state: &mut AppState) -> (Ctx<'_>, Option<&mut dyn Screen>) {
    let ctx = Ctx {
        data: &state.data,
        now: state.now,
        width: state.width,
        height: state.height,
        loading: state.loading,
    };
    (ctx, state.stack.last_mut().and_then(View::screen_mut))
}

/// Handles `action` if the top view is a screen with a home; None otherwise.
pub fn on_screen(state: &mut AppState, action: Action) -> Option<Vec<Effect>> {
    let (ctx, screen) = top_screen(state);
    let screen = screen?;
    let outcome = match action {
        Action::Quit => Outcome::effect(Effect::Quit),
        Action::HelpToggle => Outcome::Open(Open::Help),
        Action::Back => screen.on_back(&ctx),
        _ => {
            let moved = screen.cursor(&ctx).is_some_and(|m| m.apply(action));
            if moved {
                screen.moved(&ctx);
                Outcome::Done
            } else {
                screen.on_action(action, &ctx)
            }
        }
    };
    Some(apply(state, outcome))
}

/// Gives a typed answer to the screen under the prompt that asked for it.
pub fn on_typed(state: &mut AppState, purpose: PromptFor, typed: &str) -> Vec<Effect> {
    let (ctx, screen) = top_screen(state);
    let Some(screen) = screen else {
        return Vec::new();
    };
    let outcome = screen.on_typed(purpose, typed, &ctx);
    apply(state, outcome)
}

/// Gives the option chosen in a picker to the screen under it that opened it.
pub fn on_picked(state: &mut AppState, purpose: PickFor, index: usize) -> Vec<Effect> {
    let (ctx, screen) = top_screen(state);
    let Some(screen) = screen else {
        return Vec::new();
    };
    let outcome = screen.on_picked(purpose, index, &ctx);
    apply(state, outcome)
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
            super::tabs::on_tab(state, action);
        }
        Outcome::Effects(effects) => return effects,
        Outcome::Say(Level::Info, text) => state.info(text),
        Outcome::Say(Level::Error, text) => state.error(text),
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
        Open::Prompt(purpose, text) => state.stack.push(View::Prompt(Prompt {
            purpose,
            input: super::text_input::TextInput::new(&text),
        })),
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
            let picker = Picker::new((0, title), target, false, options, Vec::new());
            state.stack.push(View::Picker(picker));
        }
        Open::Confirm(confirm) => state.stack.push(View::Confirm(confirm)),
        Open::Edit(kind, id) => {
            if let Some(record) = state.data.get(kind, id).cloned() {
                return super::update::open_form(state, record, ReadFor::Edit);
            }
        }
        Open::EditOccurrence(series, original) => super::series_edit::ask(state, series, original),
        Open::Help => state.stack.push(View::Help { scroll: 0 }),
        Open::Calendar => {
            // The calendar is of meetings: the list under it shows them too.
            state.tab = Kind::Meeting;
            let calendar = Calendar::new(state.now.date());
            state.stack.push(View::Calendar(calendar));
        }
        Open::Coverage => super::coverage::open(state),
        Open::Figures => {
            let (from, to) = crate::insight::period::this_year(state.now.date());
            let view = crate::screens::figures::FiguresView::new(&state.data, from, to);
            state.stack.push(View::Figures(view));
        }
    }
    Vec::new()
}
