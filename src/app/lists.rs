//! The lists, the base of the stack, as a screen over the app's state (their
//! keys are `screens/list/`'s); the filter line; and typed text, which goes
//! to the top screen or the filter.

use super::msg::Effect;
use super::state::{AppState, View};
use crate::screens::kit::{Ctx, Outcome};
use crate::screens::list::{FilterLine, Lists};
use crate::vocab::Action;

/// The lists (the base of the stack) as a screen, with what it may read.
fn lists_of(state: &mut AppState) -> (Lists<'_>, Ctx<'_>) {
    let lists = Lists {
        tab: &mut state.tab,
        lists: &mut state.lists,
        show_archived: &mut state.show_archived,
    };
    let ctx = Ctx {
        data: &state.data,
        now: state.now,
        width: state.width,
        height: state.height,
        loading: state.loading,
        early: state.early,
        help_lines: state.help_lines,
    };
    (lists, ctx)
}

/// Keys on the lists, when no screen is over them.
pub fn on_lists(state: &mut AppState, action: Action) -> Vec<Effect> {
    let (mut lists, ctx) = lists_of(state);
    let outcome = super::screen::dispatch(&mut lists, action, &ctx);
    super::screen::apply(state, outcome)
}

/// The option chosen in a picker the lists opened (the format of an export).
pub fn on_picked(
    state: &mut AppState,
    purpose: crate::screens::kit::PickFor,
    index: usize,
) -> Vec<Effect> {
    let (mut lists, ctx) = lists_of(state);
    let outcome = crate::screens::kit::Screen::on_picked(&mut lists, purpose, index, &ctx);
    super::screen::apply(state, outcome)
}

/// Typed or pasted text goes to whatever text the top view edits.
pub fn on_text(state: &mut AppState, text: &str) -> Vec<Effect> {
    if let Some(effects) = super::screen::on_text(state, text) {
        return effects;
    }
    with_filter_line(state, |line, ctx| line.type_text(text, ctx))
}

/// Keys while typing a filter (or a line a prompt asked for).
pub fn on_filter(state: &mut AppState, action: Action) -> Vec<Effect> {
    if let Some(effects) = super::screen::on_screen(state, action) {
        return effects;
    }
    with_filter_line(state, |line, ctx| {
        super::screen::dispatch(line, action, ctx)
    })
}

/// Runs `handle` on the filter line on top of the stack, if it is there,
/// and carries out what it answers.
fn with_filter_line(
    state: &mut AppState,
    handle: impl FnOnce(&mut FilterLine, &Ctx) -> Outcome,
) -> Vec<Effect> {
    let Some(View::Filter { before }) = state.stack.pop() else {
        return Vec::new();
    };
    let (lists, ctx) = lists_of(state);
    let mut line = FilterLine {
        before: &before,
        lists,
    };
    let outcome = handle(&mut line, &ctx);
    state.stack.push(View::Filter { before });
    super::screen::apply(state, outcome)
}
