//! Fitting text into cells: display width (Czech letters are one column, CJK
//! two), truncation with an ellipsis, never wrapping over other widgets.

use crate::sanitize::sanitize;
use unicode_width::UnicodeWidthChar;

/// Display width of text.
pub fn width(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Sanitised text cut to `max` columns, ending in `…` when cut.
pub fn fit(text: &str, max: usize) -> String {
    let clean = sanitize(text);
    if width(&clean) <= max {
        return clean.into_owned();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in clean.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Sanitised text broken into lines of at most `max` columns (by character,
/// which suits names and notes well enough), at most `lines` of them, the last
/// ending in `…` when text is left over.
pub fn wrap(text: &str, max: usize, lines: usize) -> Vec<String> {
    let clean = sanitize(text);
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut used = 0;
    for c in clean.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max && !current.is_empty() {
            out.push(std::mem::take(&mut current));
            used = 0;
        }
        current.push(c);
        used += w;
    }
    out.push(current);
    if out.len() > lines.max(1) {
        let rest = out.split_off(lines.max(1) - 1).concat();
        out.push(fit(&rest, max));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_text_wraps_into_a_bounded_number_of_lines() {
        assert_eq!(wrap("abcdefgh", 3, 5), vec!["abc", "def", "gh"]);
        assert_eq!(wrap("abcdefghij", 3, 2), vec!["abc", "de…"]);
        assert_eq!(wrap("", 3, 2), vec![""]);
    }

    use super::*;

    #[test]
    fn short_text_is_kept_long_text_gets_an_ellipsis() {
        assert_eq!(fit("Plzeň", 10), "Plzeň");
        assert_eq!(fit("Vazební věznice Praha-Pankrác", 10), "Vazební v…");
        assert_eq!(fit("abc", 0), "");
    }

    #[test]
    fn wide_characters_count_two_columns() {
        assert_eq!(fit("監獄監獄", 5), "監獄…");
        assert!(width(&fit("監獄監獄", 5)) <= 5);
    }

    #[test]
    fn control_characters_are_sanitised_while_fitting() {
        assert_eq!(fit("a\x1bb", 10), "a␛b");
    }
}
