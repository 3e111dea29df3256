//! What every screen is made with: the [`Screen`] contract, the cursor, and
//! the words between a screen and the app ([`Ctx`], [`Outcome`]).

pub mod cells;
pub mod confirm;
pub mod cursor;
pub mod layout;
pub mod notice;
pub mod outcome;
pub mod scroll;
pub mod tabs;
pub mod text;
pub mod text_area;
pub mod text_input;
pub mod theme;

pub use confirm::{Asks, Confirm, Question};
pub use cursor::Cursor;
pub use notice::{ImportSummary, Notice, SheetSummary, TurnedBack};
pub use outcome::{Ctx, Level, Open, Outcome, PickFor, PromptFor};

use crate::vocab::{Action, Mode};

/// Rows of chrome around a list: tab bar, header, filter line, status line.
pub const LIST_CHROME: u16 = 4;

/// Actions several screens answer alike, named once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Row by row, a page, the ends.
    Moves,
    /// Editing a line of text.
    Typing,
    /// The next and previous tab, and each kind's.
    Tabs,
}

impl Group {
    /// The group's actions.
    pub fn actions(self) -> Vec<Action> {
        match self {
            Group::Moves => vec![
                Action::MoveUp,
                Action::MoveDown,
                Action::PageUp,
                Action::PageDown,
                Action::MoveTop,
                Action::MoveBottom,
            ],
            Group::Typing => vec![
                Action::CursorLeft,
                Action::CursorRight,
                Action::CursorHome,
                Action::CursorEnd,
                Action::DeleteBack,
                Action::DeleteForward,
                Action::TextClear,
            ],
            Group::Tabs => tabs::tab_actions().collect(),
        }
    }
}

/// The actions a screen answers, as its hint bar, the help screen and the
/// check of the shipped keymaps read them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keys {
    /// Shown in the hint bar, most used first.
    pub hints: &'static [Action],
    /// The rest, moves included.
    pub more: &'static [Action],
    /// Groups of actions it answers besides.
    pub groups: &'static [Group],
}

impl Keys {
    /// Every action the screen answers, once each, the hint bar's first.
    pub fn all(&self) -> impl Iterator<Item = Action> + '_ {
        let groups = self.groups.iter().flat_map(|g| g.actions());
        let rest = groups.filter(|a| !self.hints.contains(a) && !self.more.contains(a));
        self.hints.iter().chain(self.more).copied().chain(rest)
    }

    /// Whether the screen answers `action`.
    pub fn answers(&self, action: Action) -> bool {
        self.all().any(|a| a == action)
    }
}

/// A screen's cursor for this moment (a selected row, or the first line
/// shown), with how far it may go.
#[derive(Debug)]
pub struct Moving<'a> {
    /// The position the moves change.
    pub at: &'a mut usize,
    /// How many positions there are.
    pub len: usize,
    /// How many of them a page is.
    pub page: usize,
}

impl Moving<'_> {
    /// Applies a move; false (and nothing changed) when `action` is not one.
    pub fn apply(self, action: Action) -> bool {
        let mut cursor = Cursor::at(*self.at);
        let moved = cursor.apply(action, self.len, self.page);
        *self.at = cursor.at;
        moved
    }
}

/// One screen: its own state, its keys and its keymap section. The app
/// handles what every screen shares before the screen sees a key: moves of
/// the cursor the screen offers, back, help and quit.
pub trait Screen {
    /// The keymap section while this screen is on top.
    fn mode(&self) -> Mode;

    /// The cursor the move actions move now, if any.
    fn cursor(&mut self, _ctx: &Ctx) -> Option<Moving<'_>> {
        None
    }

    /// After the app moved the cursor: scroll to keep it in sight.
    fn moved(&mut self, _ctx: &Ctx) {}

    /// Quit: ends the session, unless the screen holds (or sits over) work
    /// not saved yet, where a quit key bound by the user does nothing.
    fn on_quit(&mut self) -> Outcome {
        Outcome::effect(crate::effect::Effect::Quit)
    }

    /// Help: opens the key bindings over the screen.
    fn on_help(&mut self) -> Outcome {
        Outcome::Open(Open::Help)
    }

    /// Back: closes the screen unless it has something of its own to close.
    fn on_back(&mut self, _ctx: &Ctx) -> Outcome {
        Outcome::Close
    }

    /// Any other action bound in the screen's keymap section.
    fn on_action(&mut self, action: Action, ctx: &Ctx) -> Outcome;

    /// Typed or pasted text, for screens that edit text.
    fn on_text(&mut self, _text: &str) -> Outcome {
        Outcome::Done
    }

    /// The answer to a prompt this screen opened.
    fn on_typed(&mut self, _purpose: PromptFor, _typed: &str, _ctx: &Ctx) -> Outcome {
        Outcome::Done
    }

    /// The index of the option chosen in a picker this screen opened.
    fn on_picked(&mut self, _purpose: PickFor, _index: usize, _ctx: &Ctx) -> Outcome {
        Outcome::Done
    }

    /// Recomputes what the screen shows after the records changed.
    fn refresh(&mut self, _ctx: &Ctx) {}
}
