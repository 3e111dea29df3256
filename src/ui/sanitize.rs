//! Text from data is made safe before it reaches the terminal: control
//! characters become visible pictures, and characters that reorder or hide text
//! (bidi overrides, zero-width marks) become a visible replacement mark.

use std::borrow::Cow;

/// Whether a character must not reach the terminal as it is.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
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

/// The text with every unsafe character replaced; borrowed when already safe.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_unsafe) {
        Cow::Owned(
            text.chars()
                .map(|c| if is_unsafe(c) { placeholder(c) } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
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
}
