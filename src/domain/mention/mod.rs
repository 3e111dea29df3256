//! Where free text mentions a person: their surname in any Czech case,
//! their e-mail, their phone. What an erasure looks for (GDPR).
//!
//! Czech surnames decline ("Kvapilíček", "Kvapilíčka", "s Kvapilíčkem"), so
//! a name is matched by its **stem**, ignoring case and diacritics: a word
//! matches when it is a stem of the surname followed by one of the endings
//! that surname type takes (nouns: "Novák", "Nováka", "Novákovi",
//! "Novákem"…; adjectives: "Veselý", "Veselého", "Veselému"…). The vowel
//! of -ek, -ec and -el drops in most cases ("Kvapilíček" → "Kvapilíčka",
//! "Němec" → "Němce", "Havel" → "Havla"), so both stems are tried. A word is
//! matched whole: "Novákovice" (a place) is not "Novák".
//!
//! The trade-off: surnames that are ordinary words decline like them. "Černá"
//! matches "černé" and "černou", "Veselý" matches "veselého", "Král" matches
//! "krále". That cannot be avoided without understanding the sentence, so
//! every hit is shown in context and can be skipped; a stem is only taken
//! from a surname of at least three letters (shorter ones match exactly).
//!
//! E-mail matches exactly, ignoring case; a phone matches its digits in
//! order whatever spaces stand between them, never inside a longer number.

use super::text::fold;

/// What a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MentionKind {
    /// The name (the surname, with the given name beside it if present).
    Name,
    /// The e-mail address.
    Email,
    /// The phone number.
    Phone,
}

/// One hit in a text: bytes `start..end` of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What was found.
    pub kind: MentionKind,
}

/// What to look for: one person's surname, given name, e-mail and phone.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Needles {
    surname: Vec<Stem>,
    given: Vec<Stem>,
    /// Given names of other people: a surname written beside one of them
    /// names someone else ("Marie Černá" is not Barbora Černá).
    others: Vec<Stem>,
    email: String,
    phone: Vec<char>,
}

/// A stem and the endings it takes, folded.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stem {
    stem: String,
    endings: &'static [&'static str],
}

/// Endings of a noun-like name (Novák, Kvapilíček, Kovář, Svoboda), folded:
/// the cases of the singular and plural, the possessive ("Novákův") and the
/// feminine and family forms built on it ("Nováková", "Novákovi").
const NOUN: &[&str] = &[
    "", "a", "e", "i", "o", "u", "y", "em", "ou", "ovi", "ove", "ova", "ovou", "ovy", "um", "uv",
    "ech", "ich", "ach", "ami", "ovic", "ovo", "ovu",
];

/// Endings of a masculine adjective name (Veselý, Krejčí), folded.
const ADJECTIVE: &[&str] = &[
    "y", "i", "eho", "emu", "ym", "ymi", "ych", "iho", "imu", "im",
];

/// Endings of a feminine adjective name (Nováková, Veselá, Černá), folded.
const FEMININE: &[&str] = &["a", "e", "ou"];

/// Only the word itself.
const EXACT: &[&str] = &[""];

/// The stems of one name word (folded) with the endings each takes.
fn stems_of_word(word: &str) -> Vec<Stem> {
    let word = fold(word);
    let stem = |s: &str, endings| Stem {
        stem: s.to_string(),
        endings,
    };
    if word.chars().count() < 3 {
        return vec![stem(&word, EXACT)];
    }
    let without = |n: usize| {
        let mut s = word.clone();
        for _ in 0..n {
            s.pop();
        }
        s
    };
    let last = word.chars().last().unwrap_or_default();
    let mut out = Vec::new();
    match last {
        // Nováková: the feminine adjective (also "Novákova", Novák's).
        'a' if word.ends_with("ova") => out.push(stem(&without(1), FEMININE)),
        // Svoboda, Procházka, and Veselá, Černá (folding loses the long
        // vowel, and the feminine endings are among the noun's).
        'a' => out.push(stem(&without(1), NOUN)),
        // Veselý, Krejčí: masculine adjective; also the plain word.
        'y' | 'i' => {
            out.push(stem(&without(1), ADJECTIVE));
            out.push(stem(&word, EXACT));
        }
        // Janko → Janka; Janů, Skále and the like do not decline.
        'o' => out.push(stem(&without(1), NOUN)),
        'e' | 'u' => out.push(stem(&word, EXACT)),
        _ => {
            out.push(stem(&word, NOUN));
            // Kvapilíček → Kvapilíčk-a, Němec → Němc-e, Havel → Havl-a.
            for tail in ["ek", "ec", "el"] {
                if word.ends_with(tail) && word.chars().count() > 3 {
                    let mut dropped = without(2);
                    dropped.push_str(&tail[1..]);
                    out.push(stem(&dropped, NOUN));
                }
            }
        }
    }
    // Procházka → Procházce, Dvořáček's "-čce": k before -e alternates to c.
    let alternated: Vec<Stem> = out
        .iter()
        .filter(|s| s.endings == NOUN && s.stem.ends_with('k') && s.stem.len() > 3)
        .map(|s| {
            let mut c = s.stem.clone();
            c.pop();
            c.push('c');
            Stem {
                stem: c,
                endings: &["e", "ich", "ech"],
            }
        })
        .collect();
    out.extend(alternated);
    out.retain(|s| !s.stem.is_empty());
    out
}

impl Needles {
    /// What marks a person: `surname` (each of its words), `given` name,
    /// `email` and `phone`; empty parts are not looked for.
    pub fn new(surname: &str, given: &str, email: &str, phone: &str) -> Needles {
        let stems = |name: &str| {
            let mut out = Vec::new();
            for word in name.split(|c: char| !c.is_alphanumeric()) {
                if !word.is_empty() {
                    out.extend(stems_of_word_exact_aware(word));
                }
            }
            out
        };
        Needles {
            surname: stems(surname),
            given: stems(given),
            others: Vec::new(),
            email: email.trim().to_lowercase(),
            phone: phone.chars().filter(|c| !c.is_whitespace()).collect(),
        }
    }

    /// The same, knowing the given names of other people: a surname beside
    /// one of them (and not beside this person's own) is someone else's.
    pub fn besides<'a>(mut self, others: impl IntoIterator<Item = &'a str>) -> Needles {
        for name in others {
            for word in name.split(|c: char| !c.is_alphanumeric()) {
                if !word.is_empty() && !is_form(&self.given, &fold(word)) {
                    self.others.extend(stems_of_word_exact_aware(word));
                }
            }
        }
        self
    }

    /// Whether there is nothing to look for.
    pub fn is_empty(&self) -> bool {
        self.surname.is_empty() && self.email.is_empty() && self.phone.is_empty()
    }
}

/// [`stems_of_word`], with the surname as written always matching itself.
fn stems_of_word_exact_aware(word: &str) -> Vec<Stem> {
    let mut out = stems_of_word(word);
    out.push(Stem {
        stem: fold(word),
        endings: EXACT,
    });
    out
}

/// Whether a folded word is one of the forms `stems` take.
fn is_form(stems: &[Stem], folded: &str) -> bool {
    stems.iter().any(|s| {
        folded
            .strip_prefix(s.stem.as_str())
            .is_some_and(|rest| s.endings.contains(&rest))
    })
}

/// The words of `text`: runs of letters and digits, with their byte range.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                out.push((s, at));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Every place `text` mentions the person, in text order, not overlapping.
/// A surname hit takes in the given name written just before or after it
/// ("Jana Nováková", "Novákové Janě").
pub fn find(text: &str, needles: &Needles) -> Vec<Span> {
    let mut spans = Vec::new();
    if !needles.surname.is_empty() {
        let words = words(text);
        let folded: Vec<String> = words.iter().map(|(s, e)| fold(&text[*s..*e])).collect();
        let only_spaces = |from: usize, to: usize| text[from..to].chars().all(char::is_whitespace);
        for (i, (start, end)) in words.iter().enumerate() {
            if !is_form(&needles.surname, &folded[i]) {
                continue;
            }
            let (mut start, mut end) = (*start, *end);
            let beside = |j: usize, stems: &[Stem]| {
                let (a, b) = if j < i { (j, i) } else { (i, j) };
                words.get(j).is_some()
                    && only_spaces(words[a].1, words[b].0)
                    && is_form(stems, &folded[j])
            };
            let someone_else = |j: usize| beside(j, &needles.others) && !beside(j, &needles.given);
            if (i > 0 && someone_else(i - 1)) || someone_else(i + 1) {
                continue;
            }
            if i > 0
                && is_form(&needles.given, &folded[i - 1])
                && only_spaces(words[i - 1].1, start)
            {
                start = words[i - 1].0;
            }
            if let Some((next_start, next_end)) = words.get(i + 1)
                && is_form(&needles.given, &folded[i + 1])
                && only_spaces(end, *next_start)
            {
                end = *next_end;
            }
            spans.push(Span {
                start,
                end,
                kind: MentionKind::Name,
            });
        }
    }
    if needles.email.contains('@') {
        let lower = text.to_lowercase();
        // Lower-casing keeps byte offsets only for ASCII; e-mails are.
        if lower.len() == text.len() {
            let mut from = 0;
            while let Some(at) = lower[from..].find(&needles.email) {
                let start = from + at;
                let end = start + needles.email.len();
                if !email_boundary(&text[..start], &text[end..]) {
                    from = start + 1;
                    continue;
                }
                spans.push(Span {
                    start,
                    end: start + needles.email.len(),
                    kind: MentionKind::Email,
                });
                from = start + needles.email.len();
            }
        }
    }
    if !needles.phone.is_empty() {
        spans.extend(find_phone(text, &needles.phone));
    }
    spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut out: Vec<Span> = Vec::new();
    for span in spans {
        match out.last() {
            Some(last) if span.start < last.end => {}
            _ => out.push(span),
        }
    }
    out
}

/// Where `text`, the history's text of a reference field ("Jana Nováková
/// (#12), Petr Malý (#13)"), names record `id`: the name before each
/// " (#id)", from the end of the previous reference or the start.
pub fn find_reference(text: &str, id: u64) -> Vec<Span> {
    let mark = format!(" (#{id})");
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find(&mark) {
        let at = from + at;
        let end = at + mark.len();
        let rest = &text[end..];
        if rest.is_empty() || rest.starts_with(',') {
            let start = text[..at].rfind("), ").map_or(0, |p| p + 3);
            if start < at {
                out.push(Span {
                    start,
                    end: at,
                    kind: MentionKind::Name,
                });
            }
        }
        from = end;
    }
    out
}

/// Whether an e-mail address found between `before` and `after` stands
/// whole: "xa@b.cz" and "a@b.com" are other addresses than "a@b.cz".
fn email_boundary(before: &str, after: &str) -> bool {
    let part = |c: char| c.is_alphanumeric() || "._%+-@".contains(c);
    let mut next = after.chars();
    let after_ok = match next.next() {
        None => true,
        // A full stop ends the sentence, not the address.
        Some('.') | Some('-') => !next.next().is_some_and(char::is_alphanumeric),
        Some(c) => !part(c),
    };
    after_ok && !before.chars().next_back().is_some_and(part)
}

/// The phone's characters in order, spaces allowed between them, not
/// inside a longer run of digits.
fn find_phone(text: &str, phone: &[char]) -> Vec<Span> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let before_digit = i > 0 && chars[i - 1].1.is_ascii_digit();
        let mut j = i;
        let mut k = 0;
        while k < phone.len() && j < chars.len() {
            if chars[j].1 == phone[k] {
                j += 1;
                k += 1;
            } else if k > 0 && chars[j].1.is_whitespace() {
                j += 1;
            } else {
                break;
            }
        }
        let after_digit = chars.get(j).is_some_and(|(_, c)| c.is_ascii_digit());
        if k == phone.len() && !before_digit && !after_digit {
            let end = chars.get(j).map_or(text.len(), |(at, _)| *at);
            out.push(Span {
                start: chars[i].0,
                end,
                kind: MentionKind::Phone,
            });
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// `text` with every span in `spans` (sorted, not overlapping, as [`find`]
/// gives them) replaced by `with`.
pub fn replace(text: &str, spans: &[Span], with: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for span in spans {
        if span.start < at || span.end > text.len() {
            continue;
        }
        out.push_str(&text[at..span.start]);
        out.push_str(with);
        at = span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// The words around a hit: up to `words` words before and after it, on one
/// line, with "…" where the text goes on.
pub fn context(text: &str, span: &Span, words: usize) -> (String, String, String) {
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let before = &text[..span.start.min(text.len())];
    let after = &text[span.end.min(text.len())..];
    let take_end = |s: &str| {
        let all: Vec<&str> = s.split_whitespace().collect();
        let from = all.len().saturating_sub(words);
        let mut out = all[from..].join(" ");
        if from > 0 {
            out.insert_str(0, "… ");
        }
        if s.ends_with(char::is_whitespace) && !out.is_empty() {
            out.push(' ');
        }
        out
    };
    let take_start = |s: &str| {
        let all: Vec<&str> = s.split_whitespace().collect();
        let mut out = all[..all.len().min(words)].join(" ");
        if all.len() > words {
            out.push_str(" …");
        }
        if s.starts_with(char::is_whitespace) && !out.is_empty() {
            out.insert(0, ' ');
        }
        out
    };
    (
        take_end(before),
        one_line(&text[span.start.min(text.len())..span.end.min(text.len())]),
        take_start(after),
    )
}

#[cfg(test)]
mod tests;
