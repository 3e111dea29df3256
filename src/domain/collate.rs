//! Czech alphabetical order: Unicode collation (ICU4X) with CLDR's Czech
//! tailoring, so "ch" comes after "h", "č" after "c", "ř" after "r", "š"
//! after "s" and "ž" after "z", while other accents and case only break ties.
//! Every list that orders text by name uses it, whatever the interface's
//! language; search ignores case and diacritics separately ([`super::text`]).

use icu_collator::{CollatorBorrowed, CollatorPreferences, options::CollatorOptions};
use std::cmp::Ordering;
use std::sync::OnceLock;

/// The process's one Czech collator: built from compiled-in data on first
/// use, and shared by every thread (it only borrows static tables).
fn czech() -> Option<&'static CollatorBorrowed<'static>> {
    static CZECH: OnceLock<Option<CollatorBorrowed<'static>>> = OnceLock::new();
    CZECH
        .get_or_init(|| {
            let prefs = CollatorPreferences::from(&icu_locale_core::locale!("cs"));
            CollatorBorrowed::try_new(prefs, CollatorOptions::default()).ok()
        })
        .as_ref()
}

/// How `a` and `b` compare in Czech order.
pub fn compare(a: &str, b: &str) -> Ordering {
    match czech() {
        Some(collator) => collator.compare(a, b),
        // The data is compiled in, so this is never expected; a plain order
        // that at least ignores case and accents beats failing to list.
        None => super::text::fold(a)
            .cmp(&super::text::fold(b))
            .then_with(|| a.cmp(b)),
    }
}

/// Sorts `items` by the text `name` gives each, in Czech order (stable:
/// items with equal names keep their order). It compares rather than making
/// ICU4X sort keys: a key took about 2 µs a name, more than the comparisons
/// a sort of a few thousand names makes with each.
pub fn sort_by_name<T>(items: &mut [T], name: impl Fn(&T) -> &str) {
    items.sort_by(|a, b| compare(name(a), name(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    const CZECH_ORDER: [&str; 10] = [
        "Cesta", "Člověk", "Hora", "Charita", "Rada", "Řád", "Sova", "Šance", "Zima", "Žena",
    ];

    #[test]
    fn czech_letters_have_their_own_places_in_the_alphabet() {
        let mut names = [
            "Rada", "Řád", "Charita", "Člověk", "Hora", "Cesta", "Šance", "Sova", "Žena", "Zima",
        ];
        names.sort_by(|a, b| compare(a, b));
        assert_eq!(names, CZECH_ORDER);
    }

    /// Pairs in the order they sort in.
    fn in_order(pairs: &[(&str, &str)]) {
        for (first, second) in pairs {
            assert_eq!(compare(first, second), Ordering::Less, "{first} < {second}");
            assert_eq!(
                compare(second, first),
                Ordering::Greater,
                "{second} > {first}"
            );
        }
    }

    #[test]
    fn other_accents_and_case_only_break_ties() {
        in_order(&[
            // "á" and "ú" are no letters of their own.
            ("Rada", "Rádio"),
            ("Rádio", "Rafinerie"),
            ("Uherské", "Ústí"),
            ("Ústí", "Vary"),
            // The same letters: accents, then case decide.
            ("Kun", "Kůň"),
        ]);
        assert_ne!(compare("plzeň", "Plzeň"), Ordering::Equal);
        assert_eq!(compare("Plzeň", "Plzeň"), Ordering::Equal);
    }

    #[test]
    fn ch_is_one_letter_only_where_it_is_written_so() {
        in_order(&[
            ("Hradec", "Chrudim"),
            ("Chrudim", "Ivančice"),
            ("Cvikov", "Cheb"),
            // "c" then "h" across a space is two letters.
            ("C h", "Cvikov"),
        ]);
    }

    #[test]
    fn sort_by_name_is_stable_and_czech() {
        let mut items = vec![(1, "Žatec"), (2, "Zlín"), (3, "Cheb"), (4, "Zlín")];
        sort_by_name(&mut items, |(_, n)| n);
        assert_eq!(
            items,
            vec![(3, "Cheb"), (2, "Zlín"), (4, "Zlín"), (1, "Žatec")]
        );
    }

    #[test]
    fn the_collator_is_shared_between_threads() {
        // The static already needs it to be Send + Sync; this runs it so.
        let handles: Vec<_> = (0..2)
            .map(|_| std::thread::spawn(|| compare("Člověk", "Cesta")))
            .collect();
        for h in handles {
            assert_eq!(h.join().expect("thread"), Ordering::Greater);
        }
    }
}
