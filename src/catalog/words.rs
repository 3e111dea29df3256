//! The message catalogs: one Fluent bundle per language, built once per
//! process from the `.ftl` files under `locales/` (embedded in the binary)
//! and shared by every session, and the language the current thread speaks.
//!
//! Why a per-thread language rather than a handle passed down: every session
//! runs its steps and draws its frames on a thread of its own (the local
//! terminal's, or one per SSH session), and a command runs on one thread, so
//! the session says which language it speaks each time it is entered
//! ([`speak`]) and every catalog function words text in that language without
//! a parameter threaded through each widget. A process-wide setting would
//! force one language on every SSH user; this does not.

use crate::vocab::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The catalog files, by area, each present in every language: `locales/<code>/<area>.ftl`.
macro_rules! catalog_files {
    ($($area:literal),* $(,)?) => {
        /// The areas of the catalog, in load order.
        pub const AREAS: &[&str] = &[$($area),*];
        /// The text of one language's files, in [`AREAS`] order.
        fn sources(lang: Lang) -> [&'static str; AREAS.len()] {
            match lang {
                Lang::En => [$(include_str!(concat!("../../locales/en/", $area, ".ftl"))),*],
                Lang::Cs => [$(include_str!(concat!("../../locales/cs/", $area, ".ftl"))),*],
            }
        }
    };
}

catalog_files![
    "interface",
    "actions",
    "records",
    "messages",
    "overviews",
    "commands",
    "errors",
    "requests"
];

/// One language's catalog: its bundle, and every message that takes no
/// arguments formatted once, so the most used words are borrowed, not built.
pub struct Catalog {
    bundle: FluentBundle<FluentResource>,
    plain: HashMap<String, String>,
}

impl Catalog {
    fn build(lang: Lang) -> Catalog {
        let locale = match lang {
            Lang::En => unic_langid::langid!("en"),
            Lang::Cs => unic_langid::langid!("cs"),
        };
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Otherwise every placeable is wrapped in U+2068/U+2069, which a
        // terminal shows as marks.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match lang {
            Lang::En => english_number,
            Lang::Cs => czech_number,
        }));
        let mut ids = Vec::new();
        for (area, source) in AREAS.iter().zip(sources(lang)) {
            // The catalogs are ours and the tests parse each one; a broken
            // entry is left out rather than ending the program.
            let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
            ids.extend(message_ids(&resource));
            if let Err(errors) = bundle.add_resource(resource) {
                debug_assert!(false, "{area}.ftl ({}): {errors:?}", lang.code());
            }
        }
        let mut plain = HashMap::new();
        for id in ids {
            if let Some(text) = format_in(&bundle, &id, None) {
                plain.insert(id.clone(), text);
            }
            // A short form, where the full one may not fit (`.short`).
            let short = bundle
                .get_message(&id)
                .and_then(|m| m.get_attribute("short"));
            if let Some(pattern) = short.map(|a| a.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, None, &mut errors);
                if errors.is_empty() {
                    plain.insert(format!("{id}.short"), text.into_owned());
                }
            }
        }
        Catalog { bundle, plain }
    }

    /// The language's catalog, built on first use.
    pub fn of(lang: Lang) -> &'static Catalog {
        static EN: OnceLock<Catalog> = OnceLock::new();
        static CS: OnceLock<Catalog> = OnceLock::new();
        let cell = match lang {
            Lang::En => &EN,
            Lang::Cs => &CS,
        };
        cell.get_or_init(|| Catalog::build(lang))
    }

    /// Whether the catalog has a message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Message `id` formatted with `args`; None when there is no such
    /// message or an argument it names is missing.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        format_in(&self.bundle, id, args)
    }
}

/// The ids of the messages (not terms) of a resource.
pub fn message_ids(resource: &FluentResource) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect()
}

fn format_in(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

thread_local! {
    static SPOKEN: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// From now on this thread speaks `lang`. A session calls it whenever it is
/// entered; a command once at its start.
pub fn speak(lang: Lang) {
    SPOKEN.with(|spoken| spoken.set(lang));
}

/// The language this thread speaks.
pub fn spoken() -> Lang {
    SPOKEN.with(Cell::get)
}

/// Runs `work` speaking `lang`, then speaks as before.
pub fn speaking<T>(lang: Lang, work: impl FnOnce() -> T) -> T {
    let before = spoken();
    speak(lang);
    let result = work();
    speak(before);
    result
}

/// A message without arguments, in the spoken language (English where the
/// spoken catalog lacks it, which the tests rule out; "?" where both do).
pub fn text(id: &str) -> &'static str {
    let find = |lang| Catalog::of(lang).plain.get(id).map(String::as_str);
    find(spoken()).or_else(|| find(Lang::En)).unwrap_or("?")
}

/// The short form of a message without arguments (its `.short`
/// attribute), for a hint bar or a tab that has no room for the full one;
/// the full form where there is none.
pub fn short(id: &str) -> &'static str {
    let find = |lang| {
        Catalog::of(lang)
            .plain
            .get(&format!("{id}.short"))
            .map(String::as_str)
    };
    find(spoken()).unwrap_or_else(|| text(id))
}

/// A message with arguments, in the spoken language. Each argument is a
/// name and a value: text (`&str`, `String`) or a number, which selects
/// plural forms and is written the language's way.
pub fn format(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    Catalog::of(spoken())
        .format(id, Some(&fluent))
        .or_else(|| Catalog::of(Lang::En).format(id, Some(&fluent)))
        .unwrap_or_else(|| id.to_string())
}

/// A number written the spoken language's way: `12 345`, `1,5` in Czech;
/// `12,345`, `1.5` in English.
pub fn number(value: f64) -> String {
    match spoken() {
        Lang::En => grouped(value, ',', '.'),
        Lang::Cs => grouped(value, ' ', ','),
    }
}

fn english_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(grouped(n.value, ',', '.')),
        _ => None,
    }
}

fn czech_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(grouped(n.value, ' ', ',')),
        _ => None,
    }
}

/// `value` with thousands grouped by `group` and at most one decimal,
/// after `decimal` (whole numbers have none). Numbers below 10,000 are not
/// grouped in Czech typography; we group from 10,000 in both languages so a
/// column of figures lines up the same way.
fn grouped(value: f64, group: char, decimal: char) -> String {
    let negative = value < 0.0;
    let tenths = (value.abs() * 10.0).round() as u64;
    let (whole, tenth) = (tenths / 10, tenths % 10);
    let digits = whole.to_string();
    let mut out = String::new();
    if negative && tenths > 0 {
        out.push('-');
    }
    if whole >= 10_000 {
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(digit);
        }
    } else {
        out.push_str(&digits);
    }
    if tenth > 0 {
        out.push(decimal);
        out.push(char::from(b'0' + tenth as u8));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_and_use_the_languages_decimal_mark() {
        assert_eq!(grouped(12345.0, ' ', ','), "12 345");
        assert_eq!(grouped(1.5, ' ', ','), "1,5");
        assert_eq!(grouped(1234567.0, ',', '.'), "1,234,567");
        assert_eq!(grouped(9999.0, ' ', ','), "9999");
        assert_eq!(grouped(0.0, ' ', ','), "0");
        assert_eq!(grouped(-2.5, ' ', ','), "-2,5");
    }

    #[test]
    fn a_thread_speaks_its_own_language() {
        speak(Lang::Cs);
        let other = std::thread::spawn(spoken).join().expect("thread");
        assert_eq!(other, Lang::En, "a new thread speaks English");
        assert_eq!(spoken(), Lang::Cs);
        assert_eq!(speaking(Lang::En, spoken), Lang::En);
        assert_eq!(spoken(), Lang::Cs, "speaking restores the language");
        speak(Lang::En);
    }
}
