//! The tab keys: next, previous, and one per record kind, which each kind
//! names in its declaration. Screens that leave for a list answer them all.

use crate::domain::Kind;
use crate::vocab::Action;

/// The kind whose tab `action` shows.
pub fn tab_of(action: Action) -> Option<Kind> {
    Kind::ALL
        .into_iter()
        .find(|k| k.tab_action() == action.name())
}

/// Whether `action` switches tabs.
pub fn is_tab_action(action: Action) -> bool {
    matches!(action, Action::TabNext | Action::TabPrev) || tab_of(action).is_some()
}

/// Every tab action: next, previous, then each kind's in tab order.
pub fn tab_actions() -> impl Iterator<Item = Action> {
    let kinds = Kind::ALL
        .into_iter()
        .filter_map(|k| Action::from_name(k.tab_action()));
    [Action::TabNext, Action::TabPrev].into_iter().chain(kinds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_tab_action_and_it_leads_back_to_the_kind() {
        assert_eq!(tab_actions().count(), Kind::ALL.len() + 2);
        for action in tab_actions().skip(2) {
            assert!(is_tab_action(action));
            assert!(tab_of(action).is_some());
        }
        assert!(!is_tab_action(Action::Quit));
    }
}
