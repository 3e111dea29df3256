//! The catalogs agree with each other and with the code that asks them.

use super::words::{AREAS, Catalog};
use super::*;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// Each message of one language's file `area`, with the variables it uses,
/// those of the messages it refers to included (in any area).
fn messages(lang: Lang, area: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut everywhere = BTreeMap::new();
    for other in AREAS {
        everywhere.extend(direct_messages(lang, other));
    }
    let mut found = direct_messages(lang, area);
    for variables in found.values_mut() {
        let references: Vec<String> = variables
            .iter()
            .filter_map(|v| v.strip_prefix('@').map(String::from))
            .collect();
        variables.retain(|v| !v.starts_with('@'));
        for reference in references {
            let theirs = everywhere.get(&reference).cloned().unwrap_or_default();
            variables.extend(theirs.into_iter().filter(|v| !v.starts_with('@')));
        }
    }
    found
}

/// Each message of one language's file `area`, with the variables it uses
/// and the messages it refers to (`@id`).
fn direct_messages(lang: Lang, area: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = format!(
        "{}/locales/{}/{area}.ftl",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let source = std::fs::read_to_string(&path).expect("a catalog file");
    let resource = FluentResource::try_new(source)
        .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
    let mut found = BTreeMap::new();
    for entry in resource.entries() {
        if let Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            let id = message.id.name.to_string();
            assert!(
                found.insert(id.clone(), variables).is_none(),
                "{path}: {id} twice"
            );
        }
    }
    found
}

fn pattern_variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, into),
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        // A referenced message sees the same arguments; its own are added
        // by [`messages`] once every message is known.
        InlineExpression::MessageReference { id, .. } => {
            into.insert(format!("@{}", id.name));
        }
        _ => {}
    }
}

/// Messages whose languages use different arguments, and why.
const ONE_LANGUAGE_ONLY: &[&str] = &[
    // English writes the ISO date, zero-padded; Czech does not pad.
    "date",
    // English names the month ("Tue 1 Dec"); Czech writes its number ("út 1. 12.").
    "day-short",
    // The history's date likewise: "8 Dec 2026", "8. 12. 2026".
    "history-date",
    // Czech ordinals agree with the weekday's gender ("první úterý",
    // "první čtvrtek", "první středu").
    "repeat-ordinal",
];

#[test]
fn every_language_has_the_same_messages_with_the_same_arguments() {
    for area in AREAS {
        let english = messages(Lang::En, area);
        // The arguments the code gives a message: what any language uses.
        let mut given = english.clone();
        for (id, variables) in messages(Lang::Cs, area) {
            given.entry(id).or_default().extend(variables);
        }
        for lang in Lang::ALL {
            let other = messages(lang, area);
            let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{area}.ftl in {}: missing {missing:?}, extra {extra:?}",
                lang.code()
            );
            for id in english.keys() {
                // A language may leave out an argument its grammar does
                // not need; both together name only what the code gives,
                // which the formatting test checks message by message.
                if ONE_LANGUAGE_ONLY.contains(&id.as_str()) {
                    continue;
                }
                assert_eq!(
                    &other[id],
                    &given[id],
                    "{id} in {}: an argument only one language uses",
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn no_message_is_wrapped_in_isolation_marks_or_fails_to_format() {
    for lang in Lang::ALL {
        let catalog = Catalog::of(lang);
        for area in AREAS {
            for (id, variables) in messages(lang, area) {
                for sample in [
                    FluentValue::from("x"),
                    FluentValue::from(5),
                    FluentValue::from(1),
                ] {
                    let mut args = FluentArgs::new();
                    for variable in &variables {
                        args.set(variable.clone(), sample.clone());
                    }
                    let text = catalog
                        .format(&id, Some(&args))
                        .unwrap_or_else(|| panic!("{id} ({}) does not format", lang.code()));
                    assert!(
                        !text.chars().any(|c| ('\u{2066}'..='\u{2069}').contains(&c)),
                        "{id} ({}): isolation marks in {text:?}",
                        lang.code()
                    );
                    assert!(!text.trim().is_empty(), "{id} ({}) is blank", lang.code());
                }
            }
        }
    }
}

/// Every message id the code names as a literal (`text("…")`,
/// `format("…", …)`) is in the catalog: a typo would show "?".
#[test]
fn every_message_the_code_names_exists() {
    let english = Catalog::of(Lang::En);
    let mut missing = Vec::new();
    let mut files = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).expect("a source folder") {
                files.push(entry.expect("an entry").path());
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a source file");
        for call in ["text(\"", "format(\""] {
            for (at, _) in source.match_indices(call) {
                // `format!(` is Rust's own; only our catalog's calls count.
                if source[..at].ends_with('!') || source[..at].ends_with("std::") {
                    continue;
                }
                let rest = &source[at + call.len()..];
                let id = &rest[..rest.find('"').unwrap_or(0)];
                // Our ids all have a hyphen; other `text("…")` calls
                // (a test's field text) do not.
                let looks_like_id = id.contains('-')
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                if looks_like_id && !english.has(id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "not in the catalog: {missing:#?}");
}

fn in_every_language(check: impl Fn(Lang)) {
    for lang in Lang::ALL {
        speaking(lang, || check(lang));
    }
}

#[test]
fn every_field_of_every_kind_has_a_label() {
    in_every_language(|lang| {
        for kind in Kind::ALL {
            for def in kind.fields() {
                let label = field_label(def.id);
                assert!(label != "?", "{kind:?} {} ({})", def.id, lang.code());
            }
        }
    });
}

#[test]
fn every_action_mode_choice_and_kind_has_words() {
    in_every_language(|lang| {
        let code = lang.code();
        for action in Action::ALL {
            assert!(action_help(*action) != "?", "{action:?} ({code})");
        }
        for mode in Mode::ALL {
            assert!(mode_title(*mode) != "?", "{mode:?} ({code})");
        }
        for set in ChoiceSet::ALL {
            for index in 0..set.len() {
                assert!(choice_label(*set, index) != "?", "{set:?} {index} ({code})");
            }
        }
        for kind in Kind::ALL {
            for word in [tab_title(kind), kind_singular(kind), kind_help(kind)] {
                assert!(word != "?", "{kind:?} ({code})");
            }
            for new in [true, false] {
                assert!(!phrase::form_title(kind, new).contains("form-title"));
            }
        }
    });
}

#[test]
fn czech_words_are_czech() {
    speaking(Lang::Cs, || {
        assert_eq!(tab_title(Kind::Organisation), "NNO");
        assert_eq!(phrase::form_title(Kind::Meeting, true), "Nová schůzka");
        assert_eq!(phrase::form_title(Kind::Facility, true), "Nové zařízení");
        assert_eq!(
            status::saved(Kind::Meeting, "Porada"),
            "Uloženo: schůzka „Porada“."
        );
        assert_eq!(
            question::delete(Kind::Meeting, "Porada"),
            "Smazat schůzku „Porada“? Smazání lze vrátit zpět."
        );
        assert_eq!(
            question::delete(Kind::Person, "Jana"),
            "Smazat osobu „Jana“? Smaže se i její historie: tuto akci nelze vrátit."
        );
    });
}

#[test]
fn czech_counts_take_the_right_plural() {
    speaking(Lang::Cs, || {
        assert_eq!(calendar::count(1), "1 schůzka");
        assert_eq!(calendar::count(2), "2 schůzky");
        assert_eq!(calendar::count(4), "4 schůzky");
        assert_eq!(calendar::count(5), "5 schůzek");
        assert_eq!(calendar::count(12345), "12 345 schůzek");
    });
    speaking(Lang::En, || {
        assert_eq!(calendar::count(1), "1 meeting");
        assert_eq!(calendar::count(5), "5 meetings");
    });
}

#[test]
fn dates_are_written_one_way_per_language() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
    speaking(Lang::Cs, || {
        assert_eq!(date(day), "1. 12. 2026");
        assert_eq!(day_short(day), "út 1. 12.");
        assert_eq!(day_heading(day), "úterý 1. prosince 2026");
        assert_eq!(month_title(day), "prosinec 2026");
    });
    speaking(Lang::En, || {
        assert_eq!(date(day), "2026-12-01");
        assert_eq!(day_short(day), "Tue 1 Dec");
        assert_eq!(day_heading(day), "Tuesday 1 December 2026");
        assert_eq!(month_title(day), "December 2026");
    });
}

#[test]
fn repeat_rules_read_in_words() {
    let cases = [
        ("FREQ=WEEKLY", "every week", "každý týden"),
        ("FREQ=WEEKLY;INTERVAL=2", "every 2 weeks", "každé 2 týdny"),
        (
            "FREQ=WEEKLY;BYDAY=MO,TH",
            "every week on Mon, Thu",
            "každý týden: po, čt",
        ),
        (
            "FREQ=MONTHLY;BYDAY=1TU;UNTIL=20271231T225959Z",
            "every first Tuesday of the month, until 2027-12-31",
            "každé první úterý v měsíci, do 31. 12. 2027",
        ),
        (
            "FREQ=MONTHLY;BYDAY=-1FR",
            "every last Friday of the month",
            "každý poslední pátek v měsíci",
        ),
        (
            "FREQ=MONTHLY;BYDAY=2WE",
            "every second Wednesday of the month",
            "každou druhou středu v měsíci",
        ),
        (
            "FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH",
            "the third Thursday of the month, every 3 months",
            "vždy třetí čtvrtek v měsíci, jednou za 3 měsíce",
        ),
        (
            "FREQ=DAILY;COUNT=5",
            "every day, 5 times",
            "každý den, 5krát",
        ),
        (
            "FREQ=YEARLY",
            "every year on the date of the first meeting",
            "každý rok v den první schůzky",
        ),
        (
            "FREQ=MONTHLY;BYMONTHDAY=15",
            "FREQ=MONTHLY;BYMONTHDAY=15",
            "FREQ=MONTHLY;BYMONTHDAY=15",
        ),
    ];
    for (rule, english, czech) in cases {
        assert_eq!(speaking(Lang::En, || repeat(rule)), english, "{rule}");
        assert_eq!(speaking(Lang::Cs, || repeat(rule)), czech, "{rule}");
    }
}
