//! A coordinator or contact person. Personal data: shown, exported and erased
//! on request.
//!
//! A name is kept in four parts, as Czech forms ask for it: titles before,
//! given name, surname, titles after. Lists order people by surname, then
//! given name (a phone book's order); everywhere else a person is shown by
//! [`Person::display_name`], "Mgr. Jana Nováková, Ph.D.". [`split_name`]
//! takes a whole name apart again: older databases, and callers that hold a
//! name in one piece, go through it.

use super::declare::declare;
use super::record::Entity;
use super::{Id, Kind, Meta};
use serde::{Deserialize, Serialize};

/// A person working for an NGO or a facility.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Person {
    /// Id, version, timestamps, archived flag.
    pub meta: Meta,
    /// Academic or professional titles written before the name, e.g.
    /// "Mgr." or "Ing. Bc.".
    pub title_before: String,
    /// Given name or names, e.g. "Jana" or "Jan Pavel".
    pub given_name: String,
    /// Surname (required): what lists order people by.
    pub surname: String,
    /// Titles written after the name, e.g. "Ph.D." or "CSc., MBA".
    pub title_after: String,
    /// The NGO they work for, if any.
    pub organisation: Option<Id>,
    /// The facility they work for, if any.
    pub facility: Option<Id>,
    /// Their role, e.g. "koordinátor".
    pub role: String,
    /// Phone.
    pub phone: String,
    /// E-mail.
    pub email: String,
    /// Anything else.
    pub notes: String,
}

impl Person {
    /// The name a person is shown by: titles before, given name, surname,
    /// then ", " and the titles after when there are any:
    /// "Mgr. Jana Nováková, Ph.D.".
    pub fn display_name(&self) -> String {
        let mut out = String::new();
        for part in [&self.title_before, &self.given_name, &self.surname] {
            let part = part.trim();
            if !part.is_empty() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(part);
            }
        }
        let after = self.title_after.trim();
        if !after.is_empty() {
            if !out.is_empty() {
                out.push_str(", ");
            }
            out.push_str(after);
        }
        out
    }

    /// Given name and surname without titles: "Jana Nováková", as other
    /// calendars write a person's name.
    pub fn plain_name(&self) -> String {
        let (given, surname) = (self.given_name.trim(), self.surname.trim());
        match (given.is_empty(), surname.is_empty()) {
            (true, _) => surname.to_string(),
            (false, true) => given.to_string(),
            (false, false) => format!("{given} {surname}"),
        }
    }

    /// Surname, then given name: "Nováková Jana", the text to order people
    /// by as a phone book does (in Czech order, [`super::collate`]) where
    /// they are listed by their whole name, as in a picker.
    pub fn sort_name(&self) -> String {
        let (given, surname) = (self.given_name.trim(), self.surname.trim());
        if given.is_empty() {
            surname.to_string()
        } else {
            format!("{surname} {given}")
        }
    }

    /// Sets the four parts of the name from a whole name, as [`split_name`]
    /// takes it apart.
    pub fn set_name(&mut self, full: &str) {
        let parts = split_name(full);
        self.title_before = parts.title_before;
        self.given_name = parts.given_name;
        self.surname = parts.surname;
        self.title_after = parts.title_after;
    }
}

impl Entity for Person {
    declare! {
        kind: Person, plural: "people", tab: "tab_people", title: display_name(),
        fields: {
            title_before: optional("title_before", Text),
            given_name: optional("given_name", Text),
            surname: required("surname", Text),
            title_after: optional("title_after", Text),
            organisation: optional("organisation", Ref(Kind::Organisation)),
            facility: optional("facility", Ref(Kind::Facility)),
            role: optional("role", Text),
            phone: optional("phone", Phone),
            email: optional("email", Email),
            notes: optional("notes", LongText),
        },
        columns: [
            ("surname" then "given_name", 14, 0), ("given_name", 10, 1),
            ("organisation", 24, 2), ("facility", 24, 4),
            ("role", 14, 3), ("email", 26, 5), ("phone", 16, 6),
        ],
    }
}

/// A whole name taken apart: see [`split_name`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NameParts {
    /// Titles before the name, space-separated as written.
    pub title_before: String,
    /// Every word between the titles and the surname.
    pub given_name: String,
    /// The last word, or the whole name when it cannot be split.
    pub surname: String,
    /// Titles after the name, as written after the comma or the surname.
    pub title_after: String,
}

/// Titles written before a Czech name. "arch." belongs to "Ing. arch.";
/// compared without regard to case ("Doc." begins a sentence).
const TITLES_BEFORE: &[&str] = &[
    "Bc.", "BcA.", "Mgr.", "MgA.", "Ing.", "arch.", "MUDr.", "MDDr.", "MVDr.", "PhDr.", "JUDr.",
    "RNDr.", "PharmDr.", "ThDr.", "ThLic.", "PaedDr.", "doc.", "prof.", "Dr.", "ICDr.", "RSDr.",
];

/// Titles written after a Czech name, with the spellings seen without the
/// dots.
const TITLES_AFTER: &[&str] = &[
    "Ph.D.", "Ph.D", "PhD.", "PhD", "CSc.", "DrSc.", "DiS.", "MBA", "LL.M.", "Th.D.", "DSc.",
    "MSc.", "BBA", "MPA",
];

fn is_title(list: &[&str], word: &str) -> bool {
    let word = word.trim_end_matches(',');
    list.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// Whether `text` (what follows a comma) is only titles after a name.
fn only_titles_after(text: &str) -> bool {
    let mut words = text
        .split([',', ' ', '\t'])
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some() && words.all(|w| is_title(TITLES_AFTER, w))
}

/// Takes a whole name apart: known titles before it ("Mgr.", "Ing. arch.",
/// "doc.", joined by "et" as in "Mgr. et Mgr.") go to `title_before`; what
/// follows a comma, when it is titles ("Ph.D.", "CSc., MBA"), and titles
/// after the last word go to `title_after`; of the words left the last is
/// the surname and the others the given name. A name it cannot split (one
/// word, or nothing but titles) is kept whole as the surname. "Nováková,
/// Jana", a surname first with a comma, is read that way round.
pub fn split_name(full: &str) -> NameParts {
    let full = full.trim();
    let (head, mut after) = match full.split_once(',') {
        Some((head, tail)) if only_titles_after(tail) => (head.trim(), tail.trim().to_string()),
        Some((head, tail)) if !head.trim().contains(char::is_whitespace) => {
            // "Nováková, Jana" or "Nováková, Mgr. Jana": the surname first.
            let mut parts = split_name(tail);
            let given = [parts.given_name.as_str(), parts.surname.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            parts.given_name = given;
            parts.surname = head.trim().to_string();
            return parts;
        }
        _ => (full, String::new()),
    };
    let words: Vec<&str> = head.split_whitespace().collect();
    // Titles before: a run from the start, "et" only between two titles,
    // always leaving a word for the surname.
    let mut start = 0;
    while start + 1 < words.len() {
        let word = words[start];
        let joins = word == "et"
            && start > 0
            && words
                .get(start + 1)
                .is_some_and(|next| is_title(TITLES_BEFORE, next));
        if is_title(TITLES_BEFORE, word) || joins {
            start += 1;
        } else {
            break;
        }
    }
    // Titles after the last word, when no comma held them.
    let mut end = words.len();
    while end > start + 1 && is_title(TITLES_AFTER, words[end - 1]) {
        end -= 1;
    }
    if end < words.len() {
        let trailing = words[end..].join(" ");
        after = if after.is_empty() {
            trailing
        } else {
            format!("{trailing}, {after}")
        };
    }
    let name = &words[start..end];
    let (given, surname) = match name.split_last() {
        Some((last, rest)) => (rest.join(" "), (*last).to_string()),
        None => (String::new(), String::new()),
    };
    NameParts {
        title_before: words[..start].join(" "),
        given_name: given,
        surname: surname.trim_end_matches(',').to_string(),
        title_after: after.trim_matches([',', ' ']).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(before: &str, given: &str, surname: &str, after: &str) -> NameParts {
        NameParts {
            title_before: before.into(),
            given_name: given.into(),
            surname: surname.into(),
            title_after: after.into(),
        }
    }

    #[test]
    fn whole_names_come_apart_into_titles_given_name_and_surname() {
        let cases = [
            ("Jana Nováková", parts("", "Jana", "Nováková", "")),
            (
                "Mgr. Jana Nováková, Ph.D.",
                parts("Mgr.", "Jana", "Nováková", "Ph.D."),
            ),
            (
                "Mgr. Jana Nováková Ph.D.",
                parts("Mgr.", "Jana", "Nováková", "Ph.D."),
            ),
            (
                "Ing. arch. Petr Svoboda",
                parts("Ing. arch.", "Petr", "Svoboda", ""),
            ),
            (
                "doc. MUDr. Karel Dvořák, CSc.",
                parts("doc. MUDr.", "Karel", "Dvořák", "CSc."),
            ),
            (
                "prof. PhDr. Eva Černá, DrSc.",
                parts("prof. PhDr.", "Eva", "Černá", "DrSc."),
            ),
            (
                "Jan Pavel Procházka",
                parts("", "Jan Pavel", "Procházka", ""),
            ),
            (
                "Bc. Marie Terezie Kučerová, DiS.",
                parts("Bc.", "Marie Terezie", "Kučerová", "DiS."),
            ),
            (
                "Ing. Bc. Tomáš Veselý, MBA",
                parts("Ing. Bc.", "Tomáš", "Veselý", "MBA"),
            ),
            (
                "JUDr. Pavla Horáková, Ph.D., LL.M.",
                parts("JUDr.", "Pavla", "Horáková", "Ph.D., LL.M."),
            ),
            (
                "Mgr. et Mgr. Lucie Marková",
                parts("Mgr. et Mgr.", "Lucie", "Marková", ""),
            ),
            ("MVDr. Jiří Němec", parts("MVDr.", "Jiří", "Němec", "")),
            (
                "RNDr. Alena Pokorná, CSc., DSc.",
                parts("RNDr.", "Alena", "Pokorná", "CSc., DSc."),
            ),
            (
                "PaedDr. Zdeněk Král",
                parts("PaedDr.", "Zdeněk", "Král", ""),
            ),
            (
                "ThLic. Vojtěch Beneš, Th.D.",
                parts("ThLic.", "Vojtěch", "Beneš", "Th.D."),
            ),
            (
                "Doc. Ing. Milan Růžička",
                parts("Doc. Ing.", "Milan", "Růžička", ""),
            ),
            ("MgA. Klára Fialová", parts("MgA.", "Klára", "Fialová", "")),
            ("Dr. Hana Šimková", parts("Dr.", "Hana", "Šimková", "")),
            ("  Ondřej   Čermák  ", parts("", "Ondřej", "Čermák", "")),
            ("Nováková", parts("", "", "Nováková", "")),
            ("Mgr. Nováková", parts("Mgr.", "", "Nováková", "")),
            ("Mgr.", parts("", "", "Mgr.", "")),
            ("", parts("", "", "", "")),
            ("Nováková, Jana", parts("", "Jana", "Nováková", "")),
            ("Sestra Marie", parts("", "Sestra", "Marie", "")),
        ];
        for (full, want) in cases {
            assert_eq!(split_name(full), want, "{full:?}");
        }
    }

    #[test]
    fn the_display_name_puts_the_parts_back_in_czech_order() {
        let mut person = Person::default();
        person.set_name("Mgr. Jana Nováková, Ph.D.");
        assert_eq!(person.display_name(), "Mgr. Jana Nováková, Ph.D.");
        assert_eq!(person.plain_name(), "Jana Nováková");
        assert_eq!(person.sort_name(), "Nováková Jana");
        assert_eq!(person.title(), "Mgr. Jana Nováková, Ph.D.");
        person.set_name("Ing. arch. Petr Svoboda");
        assert_eq!(person.display_name(), "Ing. arch. Petr Svoboda");
        person.set_name("Nováková");
        assert_eq!(person.display_name(), "Nováková");
        person.title_after = "DiS.".into();
        assert_eq!(person.display_name(), "Nováková, DiS.");
    }

    #[test]
    fn a_split_name_reads_back_as_written() {
        for full in [
            "Mgr. Jana Nováková, Ph.D.",
            "doc. MUDr. Karel Dvořák, CSc.",
            "Jan Pavel Procházka",
            "Ing. arch. Petr Svoboda",
            "JUDr. Pavla Horáková, Ph.D., LL.M.",
            "Nováková",
        ] {
            let mut person = Person::default();
            person.set_name(full);
            assert_eq!(person.display_name(), full);
        }
    }
}
