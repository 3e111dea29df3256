//! Text from data is made safe before it reaches a terminal (the TUI, CLI
//! output, error messages): no character in a record may move the cursor,
//! reorder or hide text, or start an escape sequence.
//!
//! Every character of the Unicode general categories Cc (controls), Cf
//! (format: bidi overrides, zero-width marks, soft hyphen, tags…), Zl and Zp
//! (line and paragraph separators) is unsafe; the categories come from the
//! maintained `unicode-general-category` tables rather than a hand-picked list,
//! so a character added to those categories is covered on the next update.
//!
//! Two format characters are legitimate inside text and kept where they do
//! their job: ZERO WIDTH JOINER inside an emoji sequence (👩‍⚕️, 👨‍👩‍👧) and
//! ZERO WIDTH NON-JOINER between letters (Persian, Indic scripts). Anywhere
//! else (leading, trailing, doubled, next to a space) they are replaced too.

use std::borrow::Cow;
use unicode_general_category::{GeneralCategory, get_general_category};

/// ZERO WIDTH NON-JOINER.
const ZWNJ: char = '\u{200C}';
/// ZERO WIDTH JOINER.
const ZWJ: char = '\u{200D}';
/// VARIATION SELECTOR-16: asks for the emoji presentation of what precedes it.
const EMOJI_PRESENTATION: char = '\u{FE0F}';

/// Whether `c` is a control, format or line/paragraph separator character.
/// Below U+0300 the answer is known without the table lookup (the only
/// format character there is the soft hyphen), which keeps drawing Czech and
/// ASCII text as cheap as before; a test checks this against the tables.
fn is_invisible_or_control(c: char) -> bool {
    if (c as u32) < 0x300 {
        return c.is_control() || c == '\u{AD}';
    }
    matches!(
        get_general_category(c),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
    )
}

/// Whether `c` can end the part of an emoji sequence before a ZWJ: a
/// pictograph, its emoji-presentation selector, or a skin-tone modifier.
fn ends_emoji(c: char) -> bool {
    c == EMOJI_PRESENTATION
        || matches!(c, '\u{1F3FB}'..='\u{1F3FF}')
        || get_general_category(c) == GeneralCategory::OtherSymbol
}

/// Whether `c` is a letter or a combining mark (ZWNJ also follows a virama).
fn is_letter_or_mark(c: char) -> bool {
    matches!(
        get_general_category(c),
        GeneralCategory::UppercaseLetter
            | GeneralCategory::LowercaseLetter
            | GeneralCategory::TitlecaseLetter
            | GeneralCategory::ModifierLetter
            | GeneralCategory::OtherLetter
            | GeneralCategory::NonspacingMark
            | GeneralCategory::SpacingMark
            | GeneralCategory::EnclosingMark
    )
}

/// Whether a joiner between `prev` and `next` does what it is for, so it is
/// kept: ZWJ between the parts of an emoji sequence, ZWNJ between letters.
fn joins(c: char, prev: Option<char>, next: Option<char>) -> bool {
    match (c, prev, next) {
        (ZWJ, Some(p), Some(n)) => {
            ends_emoji(p) && get_general_category(n) == GeneralCategory::OtherSymbol
        }
        (ZWNJ, Some(p), Some(n)) => is_letter_or_mark(p) && is_letter_or_mark(n),
        _ => false,
    }
}

/// How a block of text is laid out: one line (cells, names, messages), or
/// several lines printed as they are (CLI output to a terminal).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    OneLine,
    Lines,
}

/// Whether `c`, between `prev` and `next`, must not reach the terminal.
fn is_unsafe(c: char, prev: Option<char>, next: Option<char>, layout: Layout) -> bool {
    if layout == Layout::Lines && (c == '\n' || c == '\t' || (c == '\r' && next == Some('\n'))) {
        return false;
    }
    is_invisible_or_control(c) && !joins(c, prev, next)
}

/// The visible stand-in for an unsafe character: C0 controls and DEL get their
/// Unicode control pictures (␛ for ESC, ␇ for BEL), everything else `�`.
fn placeholder(c: char) -> char {
    match c {
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '\u{2421}',
        _ => '\u{FFFD}',
    }
}

/// Each character of `text` with whether it is unsafe where it stands.
fn judged(text: &str, layout: Layout) -> impl Iterator<Item = (char, bool)> + '_ {
    let mut chars = text.chars().peekable();
    let mut prev = None;
    std::iter::from_fn(move || {
        let c = chars.next()?;
        let bad = is_unsafe(c, prev, chars.peek().copied(), layout);
        prev = Some(c);
        Some((c, bad))
    })
}

/// `text` with every unsafe character replaced; borrowed when already safe.
fn clean(text: &str, layout: Layout) -> Cow<'_, str> {
    if judged(text, layout).any(|(_, bad)| bad) {
        Cow::Owned(
            judged(text, layout)
                .map(|(c, bad)| if bad { placeholder(c) } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
}

/// Text for one line of a terminal (a cell, a name, a message) with every
/// unsafe character replaced by a visible mark; borrowed when already safe.
/// Line breaks and tabs are unsafe here too: they would shift what follows.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    clean(text, Layout::OneLine)
}

/// Several lines for a terminal (CLI output such as CSV), sanitised like
/// [`sanitize`] except that line breaks (`\n`, `\r\n`) and tabs are kept,
/// so the output still reads as lines and columns.
pub fn sanitize_lines(text: &str) -> Cow<'_, str> {
    clean(text, Layout::Lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_visible_pictures() {
        assert_eq!(sanitize("a\x1b[31mb\x07c\rd\x7f"), "a␛[31mb␇c␍d␡");
        assert_eq!(sanitize("line\nbreak\ttab"), "line␊break␉tab");
    }

    #[test]
    fn bidi_and_zero_width_characters_are_marked() {
        assert_eq!(sanitize("abc\u{202E}def\u{200B}"), "abc\u{FFFD}def\u{FFFD}");
        assert_eq!(sanitize("\u{9B}31m"), "\u{FFFD}31m");
    }

    #[test]
    fn czech_and_wide_text_is_left_alone() {
        assert!(matches!(sanitize("Věznice Plzeň 監獄"), Cow::Borrowed(_)));
    }

    #[test]
    fn every_format_and_separator_character_from_the_issue_is_marked() {
        for c in [
            '\u{AD}',
            '\u{2028}',
            '\u{2029}',
            '\u{FFF9}',
            '\u{FFFA}',
            '\u{FFFB}',
            '\u{61C}',
            '\u{E0001}',
            '\u{E0020}',
            '\u{E007F}',
            '\u{180E}',
            '\u{2066}',
            '\u{FEFF}',
            '\u{85}',
        ] {
            let text = format!("a{c}b");
            assert_eq!(sanitize(&text), "a\u{FFFD}b", "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn the_quick_path_below_u0300_agrees_with_the_tables() {
        for c in (0..0x300u32).filter_map(char::from_u32) {
            let by_table = matches!(
                get_general_category(c),
                GeneralCategory::Control
                    | GeneralCategory::Format
                    | GeneralCategory::LineSeparator
                    | GeneralCategory::ParagraphSeparator
            );
            assert_eq!(is_invisible_or_control(c), by_table, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn zwj_is_kept_inside_emoji_sequences() {
        for emoji in [
            "👩\u{200D}⚕\u{FE0F}",              // woman health worker
            "👨\u{200D}👩\u{200D}👧\u{200D}👦", // family
            "🏳\u{FE0F}\u{200D}🌈",              // rainbow flag
            "👩🏽\u{200D}🔬",                     // scientist, skin tone
        ] {
            let text = format!("Jana {emoji} Nováková");
            assert!(matches!(sanitize(&text), Cow::Borrowed(_)), "{text:?}");
        }
    }

    #[test]
    fn zwj_elsewhere_is_marked() {
        assert_eq!(sanitize("\u{200D}a"), "\u{FFFD}a", "leading");
        assert_eq!(sanitize("👩\u{200D}"), "👩\u{FFFD}", "trailing");
        assert_eq!(sanitize("a\u{200D}b"), "a\u{FFFD}b", "between letters");
        assert_eq!(sanitize("👩 \u{200D}👧"), "👩 \u{FFFD}👧", "after a space");
        assert_eq!(
            sanitize("👩\u{200D}\u{200D}👧"),
            "👩\u{FFFD}\u{FFFD}👧",
            "doubled"
        );
    }

    #[test]
    fn zwnj_is_kept_between_letters_only() {
        // Persian "می‌خواهم": ZWNJ keeps the prefix from joining the verb.
        let persian = "\u{645}\u{6CC}\u{200C}\u{62E}\u{648}\u{627}\u{647}\u{645}";
        assert!(matches!(sanitize(persian), Cow::Borrowed(_)));
        assert_eq!(sanitize("\u{200C}abc"), "\u{FFFD}abc", "leading");
        assert_eq!(sanitize("abc\u{200C}"), "abc\u{FFFD}", "trailing");
        assert_eq!(sanitize("a \u{200C}b"), "a \u{FFFD}b", "after a space");
        assert_eq!(
            sanitize("a\u{200C}\u{200C}b"),
            "a\u{FFFD}\u{FFFD}b",
            "doubled"
        );
        assert_eq!(sanitize("1\u{200C}2"), "1\u{FFFD}2", "between digits");
    }

    #[test]
    fn lines_keep_their_breaks_and_tabs_but_nothing_else() {
        let csv = "id,name\r\n1,\"a\tb\"\n2,x\u{1b}[2J\u{202E}y\rz\u{2028}\n";
        assert_eq!(
            sanitize_lines(csv),
            "id,name\r\n1,\"a\tb\"\n2,x␛[2J\u{FFFD}y␍z\u{FFFD}\n"
        );
        assert!(matches!(sanitize_lines("a\nb\r\n"), Cow::Borrowed(_)));
    }
}
