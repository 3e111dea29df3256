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

/// Sanitised text broken into lines of at most `max` columns at word
/// boundaries, as a person reads a paragraph: its own line breaks kept, a
/// word longer than a line broken where the line ends. Every line of it.
pub fn wrap_words(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut out: Vec<String> = Vec::new();
    for paragraph in text.split('\n') {
        let clean = sanitize(paragraph.trim_end_matches('\r'));
        let mut line = String::new();
        let mut used = 0;
        for word in clean.split(' ') {
            let wide = width(word);
            let gap = usize::from(!line.is_empty());
            if used + gap + wide <= max {
                if gap == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                used += gap + wide;
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
                used = 0;
            }
            // A word longer than a line: as much as fits on each.
            for c in word.chars() {
                let w = c.width().unwrap_or(0);
                if used + w > max && !line.is_empty() {
                    out.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push(c);
                used += w;
            }
        }
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn words_wrap_at_their_boundaries_and_keep_their_lines() {
        assert_eq!(
            wrap_words("Schůzka s vedením věznice o přípravě", 16),
            ["Schůzka s", "vedením věznice", "o přípravě"]
        );
        assert_eq!(
            wrap_words("první\ndruhý řádek", 40),
            ["první", "druhý řádek"]
        );
        assert_eq!(
            wrap_words("dlouhéslovobezmezer", 8),
            ["dlouhésl", "ovobezme", "zer"]
        );
        assert_eq!(wrap_words("", 8), [""]);
        for line in wrap_words(&"žluťoučký kůň ".repeat(40), 23) {
            assert!(width(&line) <= 23, "{line}");
        }
    }

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
