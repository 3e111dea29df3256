//! Word lists for Czech-sounding demo data, and the few helpers that combine
//! them. Every name here is invented except the member organisations.

use crate::domain::text::fold;
use fastrand::Rng;

/// The association's member organisations, as listed in
/// `/work/shared/data/member_orgs.csv` (sources: aoov.cz news pages and
/// mvs.cz, cited per row there). Only the names are real; the demo invents
/// every other field of these records.
pub const MEMBER_ORGS: [&str; 8] = [
    "RUBIKON Centrum",
    "Romodrom",
    "Společnost Podané ruce",
    "Ratolest Brno",
    "SANANIM, z.ú.",
    "Proxima Sociale",
    "Oblastní charita Třebíč",
    "Mezinárodní vězeňské společenství, z.s.",
];

/// Men's first names.
const MEN: [&str; 24] = [
    "Jan",
    "Petr",
    "Jiří",
    "Josef",
    "Pavel",
    "Martin",
    "Tomáš",
    "Jaroslav",
    "Miroslav",
    "Zdeněk",
    "Václav",
    "Michal",
    "František",
    "Jakub",
    "Lukáš",
    "Ondřej",
    "Radek",
    "Vojtěch",
    "Matěj",
    "Štěpán",
    "Karel",
    "Filip",
    "Aleš",
    "Dušan",
];

/// Women's first names.
const WOMEN: [&str; 24] = [
    "Jana",
    "Marie",
    "Eva",
    "Hana",
    "Anna",
    "Lenka",
    "Kateřina",
    "Lucie",
    "Věra",
    "Alena",
    "Petra",
    "Veronika",
    "Martina",
    "Jitka",
    "Tereza",
    "Zuzana",
    "Michaela",
    "Ivana",
    "Markéta",
    "Barbora",
    "Kristýna",
    "Šárka",
    "Dagmar",
    "Radka",
];

/// Surnames as (man's form, woman's form): the feminine forms are not always
/// "+ová" (Černý → Černá, Němec → Němcová, Marek → Marková).
const SURNAMES: [(&str, &str); 30] = [
    ("Novák", "Nováková"),
    ("Svoboda", "Svobodová"),
    ("Novotný", "Novotná"),
    ("Dvořák", "Dvořáková"),
    ("Černý", "Černá"),
    ("Procházka", "Procházková"),
    ("Kučera", "Kučerová"),
    ("Veselý", "Veselá"),
    ("Horák", "Horáková"),
    ("Němec", "Němcová"),
    ("Marek", "Marková"),
    ("Pospíšil", "Pospíšilová"),
    ("Pokorný", "Pokorná"),
    ("Hájek", "Hájková"),
    ("Král", "Králová"),
    ("Jelínek", "Jelínková"),
    ("Růžička", "Růžičková"),
    ("Beneš", "Benešová"),
    ("Fiala", "Fialová"),
    ("Sedláček", "Sedláčková"),
    ("Doležal", "Doležalová"),
    ("Zeman", "Zemanová"),
    ("Kolář", "Kolářová"),
    ("Navrátil", "Navrátilová"),
    ("Čermák", "Čermáková"),
    ("Urban", "Urbanová"),
    ("Vaněk", "Vaňková"),
    ("Blažek", "Blažková"),
    ("Kříž", "Křížová"),
    ("Kovář", "Kovářová"),
];

/// The first word of a generated NGO name.
const ORG_OPENINGS: [&str; 8] = [
    "Spolek",
    "Sdružení",
    "Centrum",
    "Nadační fond",
    "Diakonie",
    "Charita",
    "Komunitní centrum",
    "Poradna",
];

/// What a generated NGO is named after.
const ORG_THEMES: [&str; 16] = [
    "Naděje",
    "Nový start",
    "Druhá šance",
    "Most",
    "Krok",
    "Cesta ven",
    "Světlo",
    "Podaná ruka",
    "Úsvit",
    "Křižovatka",
    "Jiná cesta",
    "Domov",
    "Návrat",
    "Porozumění",
    "Klíč",
    "Otevřené dveře",
];

/// Patrons in the genitive, for "Centrum Jana Ámose".
const PATRONS: [&str; 8] = [
    "Jana Ámose",
    "svaté Ludmily",
    "svatého Václava",
    "svaté Anežky",
    "svatého Josefa",
    "Marie Magdalény",
    "svatého Pavla",
    "Bohuslava Bureše",
];

/// Towns NGOs are named after.
const TOWNS: [&str; 20] = [
    "Brno",
    "Plzeň",
    "Ostrava",
    "Olomouc",
    "Liberec",
    "Pardubice",
    "Jihlava",
    "Zlín",
    "Kladno",
    "Most",
    "Opava",
    "Karviná",
    "Třebíč",
    "Znojmo",
    "Příbram",
    "Tábor",
    "Cheb",
    "Kolín",
    "Písek",
    "Vsetín",
];

/// Czech legal forms of non-profits.
const LEGAL_FORMS: [&str; 4] = ["z. s.", "z. ú.", "o. p. s.", "spolek"];

/// A generated NGO name, e.g. "Spolek Naděje Brno" or "Centrum Jana Ámose, z. ú.".
pub fn org_name(rng: &mut Rng) -> String {
    let form = pick(rng, &LEGAL_FORMS);
    match rng.u8(0..3) {
        0 => format!(
            "{} {} {}",
            pick(rng, &ORG_OPENINGS),
            pick(rng, &ORG_THEMES),
            pick(rng, &TOWNS)
        ),
        1 => format!("Centrum {}, {form}", pick(rng, &PATRONS)),
        _ => format!("{} {}, {form}", pick(rng, &ORG_THEMES), pick(rng, &TOWNS)),
    }
}

/// An invented person's given name and surname, and whether they are a
/// woman's (roles and e-mails follow it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    /// Given name, e.g. "Jana".
    pub given: String,
    /// Surname in its own form for a woman, e.g. "Nováková".
    pub surname: String,
    /// Whether it is a woman's name.
    pub woman: bool,
}

impl PersonName {
    /// "Jana Nováková".
    pub fn full(&self) -> String {
        format!("{} {}", self.given, self.surname)
    }
}

/// A person's name (given name and surname) and whether it is a woman's.
pub fn person_name(rng: &mut Rng) -> PersonName {
    let woman = rng.bool();
    let (man_surname, woman_surname) = pick(rng, &SURNAMES);
    let (given, surname) = if woman {
        (pick(rng, &WOMEN), woman_surname)
    } else {
        (pick(rng, &MEN), man_surname)
    };
    PersonName {
        given: given.to_string(),
        surname: surname.to_string(),
        woman,
    }
}

/// Titles before and after the name of the `n`th invented person: some
/// have a degree, as Czech contacts often do. Chosen by `n`, not drawn, so
/// the rest of the demo stays what it was for a seed.
pub fn titles(n: usize) -> (&'static str, &'static str) {
    match n % 12 {
        1 | 7 => ("Mgr.", ""),
        3 => ("Bc.", ""),
        5 => ("Ing.", ""),
        9 => ("PhDr.", "Ph.D."),
        10 => ("", "DiS."),
        _ => ("", ""),
    }
}

/// Lower-case ASCII with words joined by `sep`: "Společnost Podané ruce" →
/// "spolecnost-podane-ruce". E-mail addresses and web hosts carry no diacritics.
pub fn slug(text: &str, sep: &str) -> String {
    fold(text)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(sep)
}

/// The demo's e-mail and web domain for an organisation. Everything lives
/// under `.example` (reserved by RFC 2606), so no demo address can reach a
/// real mailbox, the member organisations' included.
pub fn domain(org: &str) -> String {
    let short: Vec<String> = slug(org, " ")
        .split(' ')
        .filter(|w| !matches!(*w, "z" | "s" | "u" | "o" | "p"))
        .take(3)
        .map(str::to_string)
        .collect();
    format!("{}.example", short.join("-"))
}

/// A Czech mobile number, "+420 7xx xxx xxx".
pub fn phone(rng: &mut Rng) -> String {
    format!(
        "+420 7{:02} {:03} {:03}",
        rng.u16(0..100),
        rng.u16(0..1000),
        rng.u16(0..1000)
    )
}

/// One element of a non-empty list.
pub fn pick<T: Copy>(rng: &mut Rng, list: &[T]) -> T {
    list[rng.usize(0..list.len())]
}

/// `n` distinct elements of `list` (all of them if it is shorter), in list order.
pub fn pick_some<T: Copy>(rng: &mut Rng, list: &[T], n: usize) -> Vec<T> {
    let mut indexes: Vec<usize> = (0..list.len()).collect();
    rng.shuffle(&mut indexes);
    indexes.truncate(n);
    indexes.sort_unstable();
    indexes.into_iter().map(|i| list[i]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_domains_are_plain_ascii() {
        assert_eq!(
            slug("Společnost Podané ruce", "-"),
            "spolecnost-podane-ruce"
        );
        assert_eq!(domain("SANANIM, z.ú."), "sananim.example");
        assert_eq!(
            domain("Centrum Jana Ámose, z. ú."),
            "centrum-jana-amose.example"
        );
    }

    #[test]
    fn feminine_surnames_are_their_own_forms() {
        let mut rng = Rng::with_seed(7);
        for _ in 0..200 {
            let name = person_name(&mut rng);
            let feminine = SURNAMES.iter().any(|(_, f)| *f == name.surname);
            assert_eq!(feminine, name.woman, "{name:?}");
        }
    }
}
