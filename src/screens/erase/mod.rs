//! One person's erasure: what happens to the records that point to them,
//! then every place their name, e-mail or phone is found, in context, each
//! confirmed (the default) or skipped; typing their surname erases.

mod keys;
pub mod view;

use crate::domain::erasure::{ErasePlan, HitKey};
use crate::screens::kit::{Group, Keys};
use crate::vocab::Action;

/// The erase screen's state.
#[derive(Debug, Clone, PartialEq)]
pub struct Erase {
    /// What the erasure changes.
    pub plan: ErasePlan,
    /// Per hit of the plan: skipped (true) or confirmed.
    pub skipped: Vec<bool>,
    /// The selected hit.
    pub selected: usize,
    /// The first hit shown.
    pub scroll: usize,
    /// The erasure was asked for; waiting for the session.
    pub erasing: bool,
}

/// Lines above the list of hits inside the box at 80 columns: warning and
/// records (wrapped, two lines each), a gap, the count.
pub const HEAD_LINES: u16 = 6;

/// Lines a hit takes: where, and the words around it.
pub const HIT_LINES: usize = 2;

impl Erase {
    /// The screen for `plan`, every hit confirmed.
    pub fn new(plan: ErasePlan) -> Erase {
        let skipped = vec![false; plan.hits.len()];
        Erase {
            plan,
            skipped,
            selected: 0,
            scroll: 0,
            erasing: false,
        }
    }

    /// How many hits are confirmed.
    pub fn confirmed(&self) -> usize {
        self.skipped.iter().filter(|s| !**s).count()
    }

    /// The hits the user skipped, for the store.
    pub fn skipped_keys(&self) -> Vec<HitKey> {
        self.plan
            .hits
            .iter()
            .zip(&self.skipped)
            .filter(|(_, skipped)| **skipped)
            .map(|(hit, _)| hit.key.clone())
            .collect()
    }

    /// Confirms or skips the selected hit.
    pub fn toggle(&mut self) {
        if let Some(s) = self.skipped.get_mut(self.selected) {
            *s = !*s;
        }
    }

    /// Whether `typed` is the person's surname (case and accents aside).
    pub fn is_surname(&self, typed: &str) -> bool {
        let fold = crate::domain::text::fold;
        let surname = fold(self.plan.person.surname.trim());
        !surname.is_empty() && fold(typed.trim()) == surname
    }

    /// Scrolls so the selected hit is in a list of `shown` hits.
    pub fn keep_in_sight(&mut self, shown: usize) {
        let shown = shown.max(1);
        if self.selected < self.scroll {
            self.scroll = self.selected;
        } else if self.selected >= self.scroll + shown {
            self.scroll = self.selected + 1 - shown;
        }
    }
}

/// The actions the erase screen answers: the hint bar's, then the rest.
pub const KEYS: Keys = Keys {
    hints: &[
        Action::EraseToggle,
        Action::EraseConfirm,
        Action::Back,
        Action::HelpToggle,
    ],
    more: &[],
    groups: &[Group::Moves],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::erasure::{Hit, Place};
    use crate::domain::mention::MentionKind;

    fn plan(hits: usize) -> ErasePlan {
        let mut person = crate::sample::person("Jan Kvapilíček", None);
        person.meta.id = 7;
        ErasePlan {
            person,
            links: Vec::new(),
            hits: (0..hits)
                .map(|i| Hit {
                    key: HitKey {
                        place: Place::Operation { op: i as u64 },
                        start: 0,
                    },
                    title: String::new(),
                    mention: MentionKind::Name,
                    before: String::new(),
                    text: "Kvapilíček".into(),
                    after: String::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn hits_start_confirmed_and_toggle_one_by_one() {
        let mut e = Erase::new(plan(3));
        assert_eq!(e.confirmed(), 3);
        e.selected = 1;
        e.toggle();
        assert_eq!(e.confirmed(), 2);
        assert_eq!(e.skipped_keys(), [e.plan.hits[1].key.clone()]);
        e.toggle();
        assert!(e.skipped_keys().is_empty());
    }

    #[test]
    fn only_the_surname_confirms_case_and_accents_aside() {
        let e = Erase::new(plan(0));
        assert!(e.is_surname("Kvapilíček"));
        assert!(e.is_surname("  kvapilicek "));
        assert!(!e.is_surname("Kvapilíčka"));
        assert!(!e.is_surname("Jan Kvapilíček"));
        assert!(!e.is_surname(""));
    }
}
