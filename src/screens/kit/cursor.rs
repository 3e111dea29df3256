//! A position in a list, moved by the named moves, for every screen alike.

use crate::vocab::Action;

/// A position among `len` items (list rows, lines to scroll, cells).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cursor {
    /// The position, from 0.
    pub at: usize,
}

impl Cursor {
    /// A cursor at `at`.
    pub fn at(at: usize) -> Cursor {
        Cursor { at }
    }

    /// Applies a move among `len` positions, `page` of them on screen at
    /// once; false (and nothing changed) when `action` is not a move.
    pub fn apply(&mut self, action: Action, len: usize, page: usize) -> bool {
        let last = len.saturating_sub(1);
        self.at = match action {
            Action::MoveUp => self.at.saturating_sub(1),
            Action::MoveDown => (self.at + 1).min(last),
            Action::PageUp => self.at.saturating_sub(page),
            Action::PageDown => (self.at + page).min(last),
            Action::MoveTop => 0,
            Action::MoveBottom => last,
            _ => return false,
        };
        true
    }

    /// Keeps the position within `len` after the items changed.
    pub fn clamp(&mut self, len: usize) {
        self.at = self.at.min(len.saturating_sub(1));
    }
}

/// The first line to show so that line `at` is on a screen of `page` lines,
/// moving as little as possible from `scroll`.
pub fn follow(at: usize, scroll: usize, page: usize) -> usize {
    let page = page.max(1);
    if at < scroll {
        at
    } else if at >= scroll + page {
        at + 1 - page
    } else {
        scroll
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stay_within_the_items() {
        let mut c = Cursor::default();
        assert!(c.apply(Action::MoveUp, 5, 2));
        assert_eq!(c.at, 0);
        assert!(c.apply(Action::PageDown, 5, 3));
        assert_eq!(c.at, 3);
        assert!(c.apply(Action::PageDown, 5, 3));
        assert_eq!(c.at, 4);
        assert!(c.apply(Action::MoveDown, 5, 3));
        assert_eq!(c.at, 4);
        assert!(c.apply(Action::MoveTop, 5, 3));
        assert_eq!(c.at, 0);
        assert!(c.apply(Action::MoveBottom, 0, 3));
        assert_eq!(c.at, 0);
        assert!(!c.apply(Action::Back, 5, 3));
    }

    #[test]
    fn follow_scrolls_as_little_as_it_can() {
        assert_eq!(follow(2, 0, 5), 0);
        assert_eq!(follow(7, 0, 5), 3);
        assert_eq!(follow(1, 3, 5), 1);
        assert_eq!(follow(4, 3, 0), 4);
    }
}
