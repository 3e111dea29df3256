//! The lists' keys: moving in the list, switching tabs, sorting, and the
//! filter line; and typed text, which goes to the top screen or the filter.

use super::msg::Effect;
use super::state::{AppState, View};
use crate::catalog::{self, status};
use crate::domain::Kind;
use crate::screens::kit::tabs::tab_of;
use crate::vocab::Action;

/// Moves the list selection; returns whether the action was a move.
pub fn on_list_move(state: &mut AppState, action: Action) -> bool {
    let page = state.page();
    let list = state.list_mut();
    let delta: isize = match action {
        Action::MoveUp => -1,
        Action::MoveDown => 1,
        Action::PageUp => -(page as isize),
        Action::PageDown => page as isize,
        Action::MoveTop => -(list.rows.len() as isize),
        Action::MoveBottom => list.rows.len() as isize,
        _ => return false,
    };
    list.move_by(delta, page);
    true
}

/// Switches tabs; returns whether the action was a tab switch.
pub fn on_tab(state: &mut AppState, action: Action) -> bool {
    let position = Kind::ALL.iter().position(|k| *k == state.tab).unwrap_or(0);
    let count = Kind::ALL.len();
    state.tab = match action {
        Action::TabNext => Kind::ALL[(position + 1) % count],
        Action::TabPrev => Kind::ALL[(position + count - 1) % count],
        _ => match tab_of(action) {
            Some(kind) => kind,
            None => return false,
        },
    };
    true
}

/// Sorts by the next column, or reverses the order.
pub fn sort(state: &mut AppState, action: Action) {
    let kind = state.tab;
    let (data, show_archived) = (&state.data, state.show_archived);
    let list = state.lists.entry(kind).or_default();
    let cols = kind.columns();
    if action == Action::SortNext {
        list.sort = (list.sort + 1) % cols.len();
        list.descending = false;
    } else {
        list.descending = !list.descending;
    }
    list.refresh(data, kind, show_archived);
    let (column, descending) = (cols[list.sort].field, list.descending);
    state.info(status::sorted(catalog::field_label(column), descending));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_names_an_action_that_shows_its_tab() {
        for kind in Kind::ALL {
            let action = Action::from_name(kind.tab_action());
            assert!(
                action.is_some(),
                "{kind:?}: no action {}",
                kind.tab_action()
            );
            let data = crate::model::Data::new(Vec::new());
            let mut state = AppState::new(data, 80, 24, crate::sample::epoch().naive_utc());
            assert!(on_tab(&mut state, action.expect("an action")));
            assert_eq!(state.tab, kind);
        }
    }
}
