//! The lists, the base of the stack, as a screen over the app's state (their
//! keys are `screens/list/`'s); the filter line; and typed text, which goes
//! to the top screen or the filter.

use super::msg::Effect;
use super::state::{AppState, View};
use crate::screens::kit::{Ctx, Screen};
use crate::screens::list::Lists;
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

/// Moves the list's selection (while typing its filter, say); false when
/// `action` is not a move.
fn on_list_move(state: &mut AppState, action: Action) -> bool {
    let (mut lists, ctx) = lists_of(state);
    let moved = lists.cursor(&ctx).is_some_and(|m| m.apply(action));
    if moved {
        lists.moved(&ctx);
    }
    moved
}

/// Typed or pasted text goes to whatever text the top view edits.
pub fn on_text(state: &mut AppState, text: &str) -> Vec<Effect> {
    if let Some(effects) = super::screen::on_text(state, text) {
        return effects;
    }
    if let Some(View::Filter { .. }) = state.stack.last() {
        state.list_mut().filter.insert(text);
        state.refresh_current();
    }
    Vec::new()
}

/// Keys while typing a filter (or a date to go to in the calendar).
pub fn on_filter(state: &mut AppState, action: Action) -> Vec<Effect> {
    if let Some(effects) = super::screen::on_screen(state, action) {
        return effects;
    }
    match action {
        Action::FilterApply => {
            state.stack.pop();
        }
        Action::FilterCancel => {
            if let Some(View::Filter { before }) = state.stack.pop() {
                state.list_mut().filter = crate::screens::kit::text_input::TextInput::new(&before);
                state.refresh_current();
            }
        }
        _ if on_list_move(state, action) => {}
        _ => {
            if state.list_mut().filter.edit(action) {
                state.refresh_current();
            }
        }
    }
    Vec::new()
}
