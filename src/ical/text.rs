//! Content lines as RFC 5545 section 3.1 wants them: TEXT values escaped
//! (3.3.11), parameter values quoted where needed, lines folded at 75 octets
//! and ended by CRLF; and the reverse for the few values the parser leaves
//! to us (TEXT lists, DURATION, RFC 6868 parameter escapes).
//!
//! We write these ourselves rather than through the `icalendar` crate's
//! builder: its folding (0.17.17) lets a content line of exactly 150 octets
//! out as a 76-octet physical line, and it has no VTIMEZONE builder.

use chrono::Duration;

/// The longest physical line RFC 5545 allows, in octets, without the CRLF.
pub const MAX_OCTETS: usize = 75;

/// Escapes a TEXT value: backslash, semicolon, comma and newline (a CRLF or a
/// lone CR counts as one newline, so text pasted from Windows survives).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            // Other control characters are not allowed in TEXT (3.3.11).
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value, in double quotes when it holds `:`, `;` or `,`
/// (3.1). A double quote cannot appear in a parameter value at all, and a
/// newline would end the line, so both become harmless characters first.
pub fn param_value(value: &str) -> String {
    let clean: String = value
        .chars()
        .map(|c| match c {
            '"' => '\'',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    if clean.contains([':', ';', ',']) {
        format!("\"{clean}\"")
    } else {
        clean
    }
}

/// One content line, `NAME;PARAM=VALUE…:VALUE`, folded and ended by CRLF.
/// `value` is written as given: escape TEXT values with [`escape_text`] first.
pub fn content_line(name: &str, params: &[(&str, &str)], value: &str) -> String {
    let mut line = String::with_capacity(name.len() + value.len() + 16);
    line.push_str(name);
    for (key, val) in params {
        line.push(';');
        line.push_str(key);
        line.push('=');
        line.push_str(&param_value(val));
    }
    line.push(':');
    line.push_str(value);
    fold(&line)
}

/// Folds one unfolded line into physical lines of at most 75 octets, each
/// ended by CRLF; continuation lines start with a space, which counts
/// towards their 75. A fold never falls inside a UTF-8 sequence.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 36 + 2);
    let mut rest = line;
    // The first physical line has all 75 octets; later ones lose one to the space.
    let mut room = MAX_OCTETS;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = MAX_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
    out
}

/// A comma-separated list of TEXT values (the parser leaves it escaped so
/// the separating commas can be told from escaped ones).
pub fn split_list(value: &str) -> Vec<String> {
    let mut items = vec![String::new()];
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n' | 'N') => items.last_mut().into_iter().for_each(|s| s.push('\n')),
                Some(other) => items.last_mut().into_iter().for_each(|s| s.push(other)),
                None => {}
            },
            ',' => items.push(String::new()),
            c => items.last_mut().into_iter().for_each(|s| s.push(c)),
        }
    }
    items.retain(|item| !item.trim().is_empty());
    items
}

/// An RFC 5545 DURATION: `P1W`, `P2D`, `PT1H30M`, `P1DT2H`, with an optional sign.
pub fn parse_duration(text: &str) -> Option<Duration> {
    let (sign, rest) = match text.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, text.strip_prefix('+').unwrap_or(text)),
    };
    let rest = rest.strip_prefix('P')?;
    let (mut total, mut number, mut in_time, mut any) = (0i64, None::<i64>, false, false);
    for c in rest.chars() {
        if let Some(digit) = c.to_digit(10) {
            number = Some(
                number
                    .unwrap_or(0)
                    .checked_mul(10)?
                    .checked_add(i64::from(digit))?,
            );
            continue;
        }
        let unit = match (c, in_time) {
            ('T', false) if number.is_none() => {
                in_time = true;
                continue;
            }
            ('W', false) => 7 * 86_400,
            ('D', false) => 86_400,
            ('H', true) => 3_600,
            ('M', true) => 60,
            ('S', true) => 1,
            _ => return None,
        };
        total = total.checked_add(number.take()?.checked_mul(unit)?)?;
        any = true;
    }
    // Past about 292 million years a Duration cannot hold it: not a duration.
    if any && number.is_none() {
        Duration::try_seconds(sign * total)
    } else {
        None
    }
}

/// RFC 6868: `^n` is a newline, `^'` a double quote, `^^` a caret, in
/// parameter values.
pub fn caret_decode(value: &str) -> String {
    if !value.contains('^') {
        return value.to_string();
    }
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('^', Some('n')) => {
                chars.next();
                out.push('\n');
            }
            ('^', Some('\'')) => {
                chars.next();
                out.push('"');
            }
            ('^', Some('^')) => {
                chars.next();
                out.push('^');
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Undoes folding the way a reader does: CRLF followed by one space goes.
    fn unfold(text: &str) -> String {
        text.replace("\r\n ", "")
    }

    #[test]
    fn escaping_covers_the_four_specials_and_crlf() {
        assert_eq!(
            escape_text("a\\b;c,d\ne\r\nf\rg"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ng"
        );
        assert_eq!(escape_text("bell\u{7} tab\t"), "bell tab\t");
    }

    #[test]
    fn parameter_values_are_quoted_when_needed() {
        assert_eq!(param_value("Jan Novák"), "Jan Novák");
        assert_eq!(param_value("Novák, Jan"), "\"Novák, Jan\"");
        assert_eq!(param_value("say \"hi\"\n"), "say 'hi' ");
    }

    #[test]
    fn folding_counts_octets_and_keeps_utf8_whole() {
        for len in 0..400 {
            // "ř" is two octets, so cuts land on both parities.
            let text: String = "ř a".chars().cycle().take(len).collect();
            let line = format!("DESCRIPTION:{text}");
            let folded = fold(&line);
            assert!(folded.ends_with("\r\n"));
            for physical in folded.trim_end_matches("\r\n").split("\r\n") {
                assert!(physical.len() <= MAX_OCTETS, "{len}: {physical:?}");
            }
            assert_eq!(unfold(&folded), format!("{line}\r\n"));
        }
    }

    #[test]
    fn exactly_150_octets_folds_into_lines_of_75() {
        let line = "S".repeat(150);
        let folded = fold(&line);
        let lengths: Vec<usize> = folded
            .trim_end_matches("\r\n")
            .split("\r\n")
            .map(str::len)
            .collect();
        assert_eq!(lengths, vec![75, 75, 2]);
    }

    #[test]
    fn content_lines_join_name_parameters_and_value() {
        assert_eq!(
            content_line("ATTENDEE", &[("CN", "Novák, Jan")], "mailto:jan@example.cz"),
            "ATTENDEE;CN=\"Novák, Jan\":mailto:jan@example.cz\r\n"
        );
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("PT1H30M"), Some(Duration::minutes(90)));
        assert_eq!(parse_duration("P1W"), Some(Duration::days(7)));
        assert_eq!(parse_duration("P1DT2H"), Some(Duration::hours(26)));
        assert_eq!(parse_duration("-PT15M"), Some(Duration::minutes(-15)));
        assert_eq!(parse_duration("PT"), None);
        assert_eq!(parse_duration("P1H"), None);
        assert_eq!(parse_duration("1H"), None);
        // Too long for a Duration, or for an i64 of seconds: not a panic.
        assert_eq!(parse_duration("P99999999999999W"), None);
        assert_eq!(parse_duration("PT99999999999999999999S"), None);
        assert_eq!(parse_duration("P9223372036854775807D"), None);
    }

    #[test]
    fn text_lists_split_on_unescaped_commas() {
        assert_eq!(split_list("a\\,b,c,,"), vec!["a,b", "c"]);
    }

    #[test]
    fn caret_escapes_in_parameters() {
        assert_eq!(caret_decode("a^'b^'^nc^^"), "a\"b\"\nc^");
    }
}
