//! Driving the app without a terminal: an `AppState` over chosen records at
//! the fixed [`now`], actions and typed text sent through `update`, and the
//! screen drawn on ratatui's `TestBackend`.

use super::screen::{terminal, text};
use super::time::now;
use ratatui::buffer::Buffer;
use spojka::app::msg::{Effect, Msg};
use spojka::app::state::Confirm;
use spojka::app::{Action, AppState, View, update};
use spojka::domain::Kind;
use spojka::keymap::Keymap;
use spojka::model::Data;
use spojka::screens::calendar::Calendar;
use spojka::screens::coverage::CoverageView;
use spojka::screens::dashboard::Board;
use spojka::screens::detail::Detail;
use spojka::screens::figures::FiguresView;
use spojka::screens::form::Form;
use spojka::screens::picker::Picker;
use spojka::screens::timeline::Timeline;
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
        Kind::Request => Action::TabRequests,
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

/// Defines an accessor for the view on top of the stack, which must be a
/// `View::$variant`; it panics naming what it found instead.
macro_rules! on_top {
    ($(#[$doc:meta])* $name:ident: $variant:ident => $view:ty) => {
        $(#[$doc])*
        pub fn $name(state: &AppState) -> &$view {
            match state.stack.last() {
                Some(View::$variant(v)) => v,
                other => panic!(
                    concat!("expected View::", stringify!($variant), " on top, found {:?}"),
                    other
                ),
            }
        }
    };
}

on_top!(
    /// The form on top.
    form: Form => Form
);
on_top!(
    /// The calendar on top.
    calendar: Calendar => Calendar
);
on_top!(
    /// The dashboard on top.
    board: Dashboard => Board
);
on_top!(
    /// The coverage map on top.
    coverage: Coverage => CoverageView
);
on_top!(
    /// The record detail on top.
    detail: Detail => Detail
);
on_top!(
    /// The yes/no question on top.
    confirm: Confirm => Confirm
);
on_top!(
    /// The picker on top.
    picker: Picker => Picker
);
on_top!(
    /// The figures view on top.
    figures: Figures => FiguresView
);
on_top!(
    /// The agreement timeline on top.
    timeline: Timeline => Timeline
);
