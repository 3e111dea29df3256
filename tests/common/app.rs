//! Driving the app without a terminal: an `AppState` over chosen records at
//! the fixed [`now`], actions and typed text sent through `update`, and the
//! screen drawn on ratatui's `TestBackend`.

use super::screen::{terminal, text};
use super::time::now;
use ratatui::buffer::Buffer;
use spojka::app::calendar::Calendar;
use spojka::app::coverage::CoverageView;
use spojka::app::dashboard::Board;
use spojka::app::form::Form;
use spojka::app::msg::{Effect, Msg};
use spojka::app::{Action, AppState, View, update};
use spojka::domain::Kind;
use spojka::keymap::Keymap;
use spojka::model::Data;
use spojka::ui::{self, theme::Theme};

/// An app over `data` on a `width`×`height` screen at [`now`].
pub fn state_over(data: Data, width: u16, height: u16) -> AppState {
    AppState::new(data, width, height, now())
}

/// Sends `action` through `update`; the effects the app asks for.
pub fn act(state: &mut AppState, action: Action) -> Vec<Effect> {
    update(state, Msg::Action(action))
}

/// Types `text` one character at a time, as into a field or a filter.
pub fn type_text(state: &mut AppState, text: &str) {
    for c in text.chars() {
        update(state, Msg::Text(c));
    }
}

/// The action that switches to `kind`'s tab. The match has no catch-all, so
/// a new kind does not compile until it has its tab here.
pub fn tab(kind: Kind) -> Action {
    match kind {
        Kind::Facility => Action::TabFacilities,
        Kind::Organisation => Action::TabNgos,
        Kind::Person => Action::TabPeople,
        Kind::Assignment => Action::TabAssignments,
        Kind::Meeting => Action::TabMeetings,
        Kind::Agreement => Action::TabAgreements,
        Kind::ActionItem => Action::TabActions,
    }
}

/// Draws `state` in `theme` as the app does, with the default keymap's hints.
pub fn render(state: &AppState, theme: Theme) -> Buffer {
    let keymap = Keymap::builtin("default").expect("the default keymap");
    let mut terminal = terminal(state.width, state.height);
    terminal
        .draw(|frame| ui::draw(frame, state, &keymap, &theme))
        .expect("draw");
    terminal.backend().buffer().clone()
}

/// The screen `state` draws, as text. Colour only styles cells, so the text
/// is the same without it.
pub fn screen(state: &AppState) -> String {
    text(&render(state, Theme { color: true }))
}

/// The view on top of the stack, taken apart by `pick`; panics naming `what`
/// was expected when `pick` finds something else.
fn on_top<'a, T: ?Sized>(
    state: &'a AppState,
    what: &str,
    pick: impl FnOnce(&'a View) -> Option<&'a T>,
) -> &'a T {
    let top = state.stack.last();
    top.and_then(pick)
        .unwrap_or_else(|| panic!("expected {what} on top, found {top:?}"))
}

/// The form on top.
pub fn form(state: &AppState) -> &Form {
    on_top(state, "a form", |v| match v {
        View::Form(f) => Some(f),
        _ => None,
    })
}

/// The calendar on top.
pub fn calendar(state: &AppState) -> &Calendar {
    on_top(state, "the calendar", |v| match v {
        View::Calendar(c) => Some(c),
        _ => None,
    })
}

/// The dashboard on top.
pub fn board(state: &AppState) -> &Board {
    on_top(state, "the dashboard", |v| match v {
        View::Dashboard(b) => Some(b),
        _ => None,
    })
}

/// The coverage map on top.
pub fn coverage(state: &AppState) -> &CoverageView {
    on_top(state, "the coverage map", |v| match v {
        View::Coverage(c) => Some(&**c),
        _ => None,
    })
}
