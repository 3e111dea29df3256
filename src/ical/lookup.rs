//! The facilities and people an import links to: a LOCATION names a
//! facility (ignoring case and diacritics), an ORGANIZER or ATTENDEE names a
//! person by e-mail, and a name in our own DESCRIPTION names a person.

use super::event::Address;
use crate::domain::text::fold;
use crate::domain::{Facility, Id, Person};
use std::collections::HashMap;

/// The facilities and people an import can link to.
pub(crate) struct Lookup {
    /// (folded name, id), longest names first so the most specific wins.
    facilities: Vec<(String, Id)>,
    /// Folded e-mail → the people with it, in id order (duplicates happen).
    by_email: HashMap<String, Vec<Id>>,
    /// Folded name → the people with it, in id order.
    by_name: HashMap<String, Vec<Id>>,
    /// Id → folded name, to tell people who share an address apart by CN.
    names: HashMap<Id, String>,
}

impl Lookup {
    /// Indexes the facilities and people that are not archived.
    pub fn new(facilities: &[Facility], people: &[Person]) -> Lookup {
        let mut named: Vec<(String, Id)> = facilities
            .iter()
            .filter(|f| !f.meta.archived && !f.name.trim().is_empty())
            .map(|f| (fold(f.name.trim()), f.meta.id))
            .collect();
        named.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
        let mut by_email: HashMap<String, Vec<Id>> = HashMap::new();
        let mut by_name: HashMap<String, Vec<Id>> = HashMap::new();
        let mut names = HashMap::new();
        for person in people.iter().filter(|p| !p.meta.archived) {
            let (id, email, name, plain) = (
                person.meta.id,
                fold(person.email.trim()),
                fold(&person.display_name()),
                fold(&person.plain_name()),
            );
            if !email.is_empty() {
                by_email.entry(email).or_default().push(id);
            }
            if !name.is_empty() {
                by_name.entry(name.clone()).or_default().push(id);
            }
            // Other calendars name people without their titles.
            if !plain.is_empty() && plain != name {
                by_name.entry(plain).or_default().push(id);
            }
            names.insert(id, name);
        }
        Lookup {
            facilities: named,
            by_email,
            by_name,
            names,
        }
    }

    /// The facility a LOCATION names, and the rest of it as the place:
    /// "Věznice Plzeň, učebna 2" → (Věznice Plzeň, "učebna 2").
    pub fn facility(&self, location: &str) -> (Option<Id>, String) {
        let folded = fold(location.trim());
        if folded.is_empty() {
            return (None, String::new());
        }
        // Folding keeps the number of characters, so positions carry over.
        for (name, id) in &self.facilities {
            if let Some(at) = folded.find(name.as_str()) {
                let chars_before = folded[..at].chars().count();
                let chars_name = name.chars().count();
                let original: Vec<char> = location.trim().chars().collect();
                if original.len() != folded.chars().count() {
                    // A character folded into several: keep the whole text.
                    return (Some(*id), location.trim().to_string());
                }
                let before: String = original[..chars_before].iter().collect();
                let after: String = original[chars_before + chars_name..].iter().collect();
                let trim = |s: &str| {
                    s.trim_matches(|c: char| c.is_whitespace() || c == ',')
                        .to_string()
                };
                let place = [trim(&before), trim(&after)]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ");
                return (Some(*id), place);
            }
        }
        // "Plzeň" alone: the one facility whose name contains it.
        let mut containing = self
            .facilities
            .iter()
            .filter(|(name, _)| folded.chars().count() >= 4 && name.contains(&folded));
        match (containing.next(), containing.next()) {
            (Some((_, id)), None) => (Some(*id), String::new()),
            _ => (None, location.trim().to_string()),
        }
    }

    /// The person an address names. When several people share the e-mail
    /// (duplicate records), the one whose name is the CN wins, then one not
    /// `taken` yet by this meeting, then one in `prefer` (the stored
    /// meeting's people), then the first.
    pub fn by_email(&self, address: &Address, prefer: &[Id], taken: &[Id]) -> Option<Id> {
        let candidates = self.by_email.get(&fold(address.email.as_deref()?))?;
        let cn = fold(address.name.trim());
        let named: Vec<Id> = candidates
            .iter()
            .copied()
            .filter(|id| self.names.get(id) == Some(&cn))
            .collect();
        let pool = if named.is_empty() {
            candidates.as_slice()
        } else {
            &named
        };
        choose(pool, prefer, taken)
    }

    /// The person with this name, chosen as in [`Lookup::by_email`].
    pub fn by_name(&self, name: &str, prefer: &[Id], taken: &[Id]) -> Option<Id> {
        choose(self.by_name.get(&fold(name.trim()))?, prefer, taken)
    }
}

/// One of `pool`, as [`Lookup::by_email`] says.
fn choose(pool: &[Id], prefer: &[Id], taken: &[Id]) -> Option<Id> {
    let free: Vec<Id> = pool
        .iter()
        .copied()
        .filter(|id| !taken.contains(id))
        .collect();
    let pool = if free.is_empty() { pool } else { &free };
    // In `prefer`'s order, so duplicates keep the places they had.
    prefer
        .iter()
        .copied()
        .find(|id| pool.contains(id))
        .or(pool.first().copied())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Region;
    use crate::sample;

    fn lookup() -> Lookup {
        let facility = |name: &str, id: Id| {
            let mut f = sample::facility(name, Region::Praha);
            f.meta.id = id;
            f
        };
        let person = |name: &str, email: &str, id: Id| {
            let mut p = sample::person(name, None);
            p.email = email.to_string();
            p.meta.id = id;
            p
        };
        Lookup::new(
            &[
                facility("Věznice Plzeň", 1),
                facility("Vazební věznice Praha-Pankrác", 2),
                facility("Ústav pro výkon zabezpečovací detence Praha-Pankrác", 3),
            ],
            &[
                person("Eva Malá", "eva@example.cz", 10),
                person("Eva Malá", "eva@example.cz", 11),
                person("Jan Novák", "jan@example.cz", 12),
            ],
        )
    }

    #[test]
    fn locations_find_facilities_ignoring_case_and_diacritics() {
        let l = lookup();
        assert_eq!(
            l.facility("VEZNICE PLZEN, učebna 2"),
            (Some(1), "učebna 2".into())
        );
        assert_eq!(
            l.facility("učebna 2, Věznice Plzeň"),
            (Some(1), "učebna 2".into())
        );
        assert_eq!(l.facility("Plzeň"), (Some(1), String::new()));
        // Fits two facilities: stays text.
        assert_eq!(l.facility("Pankrác"), (None, "Pankrác".into()));
        assert_eq!(l.facility("Kavárna"), (None, "Kavárna".into()));
    }

    #[test]
    fn shared_addresses_resolve_by_preference_then_free_then_first() {
        let l = lookup();
        let eva = Address {
            email: Some("EVA@example.cz".into()),
            name: "Eva Malá".into(),
            uri: String::new(),
            params: Vec::new(),
        };
        assert_eq!(l.by_email(&eva, &[], &[]), Some(10));
        assert_eq!(l.by_email(&eva, &[11, 10], &[]), Some(11));
        assert_eq!(l.by_email(&eva, &[11, 10], &[11]), Some(10));
        assert_eq!(l.by_name("jan novak", &[], &[]), Some(12));
    }
}
