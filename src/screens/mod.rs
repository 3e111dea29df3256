//! Every screen in one home: a folder per screen with its state (`mod.rs`),
//! its keys (`keys.rs`, the [`kit::Screen`] contract) and its view (`view.rs`,
//! a widget that only reads the state). The app stacks screens and handles
//! what they share; the terminal frame around them is `ui/`'s.

pub mod calendar;
pub mod confirm;
pub mod coverage;
pub mod dashboard;
pub mod detail;
pub mod erase;
pub mod figures;
pub mod filter;
pub mod form;
pub mod help;
pub mod history;
pub mod import;
pub mod kit;
pub mod list;
pub mod merge;
pub mod picker;
pub mod timeline;

use crate::vocab::Mode;
use kit::Keys;

/// The actions the screens of a mode answer: what the hint bar offers, what
/// help lists and what the shipped keymaps must bind.
pub fn keys(mode: Mode) -> &'static Keys {
    match mode {
        Mode::Normal => &list::KEYS,
        Mode::Detail => &detail::KEYS,
        Mode::Filter => &filter::KEYS,
        Mode::Form => &form::KEYS,
        Mode::Picker => &picker::KEYS,
        Mode::Confirm => &confirm::KEYS,
        Mode::Help => &help::KEYS,
        Mode::History => &history::KEYS,
        Mode::Calendar => &calendar::KEYS,
        Mode::Coverage => &coverage::KEYS,
        Mode::Dashboard => &dashboard::KEYS,
        Mode::Figures => &figures::KEYS,
        Mode::Merge => &merge::KEYS,
        Mode::Timeline => &timeline::KEYS,
        Mode::Import => &import::KEYS,
        Mode::Erase => &erase::KEYS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Action;

    #[test]
    fn every_action_is_answered_somewhere() {
        for &action in Action::ALL {
            assert!(
                Mode::ALL.iter().any(|m| keys(*m).answers(action)),
                "no screen answers {}",
                action.name()
            );
        }
    }

    #[test]
    fn no_screen_lists_an_action_twice() {
        for &mode in Mode::ALL {
            let keys = keys(mode);
            let listed: Vec<Action> = keys.hints.iter().chain(keys.more).copied().collect();
            let grouped: Vec<Action> = keys.groups.iter().flat_map(|g| g.actions()).collect();
            for (i, action) in listed.iter().enumerate() {
                let again = listed[i + 1..].contains(action)
                    || keys.more.contains(action) && grouped.contains(action);
                assert!(!again, "[{}] lists {} twice", mode.name(), action.name());
            }
            let all: Vec<Action> = keys.all().collect();
            assert!(
                listed.iter().chain(&grouped).all(|a| all.contains(a)),
                "[{}] answers every action it lists",
                mode.name()
            );
        }
    }
}
