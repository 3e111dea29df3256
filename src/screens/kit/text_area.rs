//! Several lines of editable text with a cursor, for the long text of a
//! form (agenda, minutes, notes). Line breaks are stored as `\n`; the text
//! is laid out in rows of a given width, wrapped at word boundaries, and the
//! cursor moves by character, by line (Home, End) and by row (up, down).
//! Widths are display columns: Czech letters take one, CJK two.

use crate::sanitize::sanitize;
use crate::vocab::Action;
use unicode_width::UnicodeWidthChar;

/// One row of laid-out text: the characters `start..end` of the text (no
/// line break among them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// The first character of the row.
    pub start: usize,
    /// One past the last character of the row.
    pub end: usize,
    /// Whether the row ends its line (a line break or the end of the text
    /// follows), rather than wrapping on to the next row.
    pub last: bool,
}

/// The display width of one character as a terminal shows it: a character
/// that [`sanitize`] replaces takes its stand-in's width.
fn cell_width(c: char) -> usize {
    let mut buf = [0u8; 4];
    sanitize(c.encode_utf8(&mut buf))
        .chars()
        .map(|c| c.width().unwrap_or(0))
        .sum()
}

/// `text` laid out in rows of at most `width` columns, wrapped where a
/// word begins (a word longer than a row is broken where the row ends);
/// spaces at a break stay at the end of their row. Every line of the text
/// has at least one row, so the empty text has one.
pub fn layout(text: &str, width: usize) -> Vec<Row> {
    let width = width.max(1);
    let mut rows = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        let chars: Vec<char> = line.chars().collect();
        let end = at + chars.len();
        let mut start = at;
        let mut used = 0;
        // Where the word after the last space starts, and its width so far.
        let mut word: Option<usize> = None;
        let mut word_used = 0;
        for (i, c) in chars.iter().enumerate() {
            let i = at + i;
            let w = cell_width(*c);
            if *c == ' ' {
                used += w;
                word = Some(i + 1);
                word_used = 0;
                continue;
            }
            if used + w > width && i > start {
                match word {
                    Some(from) if from > start => {
                        rows.push(Row {
                            start,
                            end: from,
                            last: false,
                        });
                        start = from;
                        used = word_used;
                    }
                    _ => {
                        rows.push(Row {
                            start,
                            end: i,
                            last: false,
                        });
                        start = i;
                        used = 0;
                        word_used = 0;
                    }
                }
                word = None;
                // A word longer than a row: as much as fits on each.
                if used + w > width && i > start {
                    rows.push(Row {
                        start,
                        end: i,
                        last: false,
                    });
                    start = i;
                    used = 0;
                    word_used = 0;
                }
            }
            used += w;
            word_used += w;
        }
        rows.push(Row {
            start,
            end,
            last: true,
        });
        // The line break.
        at = end + 1;
    }
    rows
}

/// The row the cursor at `cursor` (a char index) stands in: the last row
/// starting at or before it.
pub fn row_of(rows: &[Row], cursor: usize) -> usize {
    rows.iter()
        .rposition(|r| r.start <= cursor)
        .unwrap_or_default()
}

/// The display column of char index `cursor` in `row` of `text`.
pub fn column_of(text: &str, row: Row, cursor: usize) -> usize {
    text.chars()
        .skip(row.start)
        .take(cursor.saturating_sub(row.start))
        .map(cell_width)
        .sum()
}

/// The characters of `row` as the terminal may show them.
pub fn row_text(text: &str, row: Row) -> String {
    let part: String = text
        .chars()
        .skip(row.start)
        .take(row.end - row.start)
        .collect();
    sanitize(&part).into_owned()
}

/// Editable text of several lines and a cursor position (in chars).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextArea {
    /// The text, lines separated by `\n`.
    pub text: String,
    /// Cursor position, 0..=char count.
    pub cursor: usize,
}

impl TextArea {
    /// Text with the cursor at its end.
    pub fn new(text: &str) -> TextArea {
        TextArea {
            text: text.to_string(),
            cursor: text.chars().count(),
        }
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(i, _)| i)
    }

    fn chars(&self) -> Vec<char> {
        self.text.chars().collect()
    }

    /// Inserts text at the cursor. Its line breaks (`\n`, `\r\n`, `\r`, the
    /// Unicode line and paragraph separators) are kept as `\n`, tabs become
    /// spaces, other control characters are dropped.
    pub fn insert(&mut self, text: &str) {
        let mut clean = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    clean.push('\n');
                }
                '\n' | '\u{2028}' | '\u{2029}' => clean.push('\n'),
                '\t' => clean.push(' '),
                c if c.is_control() => {}
                c => clean.push(c),
            }
        }
        let at = self.byte_at(self.cursor);
        self.text.insert_str(at, &clean);
        self.cursor += clean.chars().count();
    }

    /// Where the line the cursor is on starts and ends (char indexes, the
    /// line break left out).
    fn line_bounds(&self) -> (usize, usize) {
        let chars = self.chars();
        let at = self.cursor.min(chars.len());
        let start = chars[..at]
            .iter()
            .rposition(|c| *c == '\n')
            .map_or(0, |i| i + 1);
        let end = chars[at..]
            .iter()
            .position(|c| *c == '\n')
            .map_or(chars.len(), |i| at + i);
        (start, end)
    }

    /// Applies an editing action; returns whether it was one. Home and End
    /// go to the start and end of the cursor's line.
    pub fn edit(&mut self, action: Action) -> bool {
        let len = self.text.chars().count();
        match action {
            Action::CursorLeft => self.cursor = self.cursor.saturating_sub(1),
            Action::CursorRight => self.cursor = (self.cursor + 1).min(len),
            Action::CursorHome => self.cursor = self.line_bounds().0,
            Action::CursorEnd => self.cursor = self.line_bounds().1,
            Action::DeleteBack if self.cursor > 0 => {
                let at = self.byte_at(self.cursor - 1);
                self.text.remove(at);
                self.cursor -= 1;
            }
            Action::DeleteForward if self.cursor < len => {
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
            }
            Action::DeleteBack | Action::DeleteForward => {}
            Action::TextClear | Action::FieldClear => {
                self.text.clear();
                self.cursor = 0;
            }
            _ => return false,
        }
        true
    }

    /// Moves the cursor one row up (`up`) or down in the text laid out
    /// `width` columns wide, keeping its column as near as the row allows;
    /// false (and the cursor left alone) on the first or last row.
    pub fn move_row(&mut self, up: bool, width: usize) -> bool {
        let rows = layout(&self.text, width);
        let at = row_of(&rows, self.cursor);
        let to = match (up, at) {
            (true, 0) => return false,
            (true, at) => at - 1,
            (false, at) if at + 1 >= rows.len() => return false,
            (false, at) => at + 1,
        };
        let column = column_of(&self.text, rows[at], self.cursor);
        let row = rows[to];
        // A wrapped row's end is the next row's start: stop before it.
        let last = if row.last {
            row.end
        } else {
            row.end.saturating_sub(1).max(row.start)
        };
        let mut cursor = row.start;
        let mut used = 0;
        for c in self.text.chars().skip(row.start).take(last - row.start) {
            let w = cell_width(c);
            if used + w > column {
                break;
            }
            used += w;
            cursor += 1;
        }
        self.cursor = cursor;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows_of(text: &str, width: usize) -> Vec<String> {
        layout(text, width)
            .into_iter()
            .map(|r| text.chars().skip(r.start).take(r.end - r.start).collect())
            .collect()
    }

    #[test]
    fn lines_are_kept_and_wrapped_at_word_boundaries() {
        assert_eq!(
            rows_of("Schůzka s vedením věznice o přípravě", 16),
            ["Schůzka s ", "vedením věznice ", "o přípravě"]
        );
        assert_eq!(rows_of("první\ndruhý řádek", 40), ["první", "druhý řádek"]);
        assert_eq!(
            rows_of("dlouhéslovobezmezer", 8),
            ["dlouhésl", "ovobezme", "zer"]
        );
        assert_eq!(rows_of("", 8), [""]);
        assert_eq!(rows_of("a\n\nb\n", 8), ["a", "", "b", ""]);
        // Wide characters take two columns each.
        assert_eq!(rows_of("監獄監獄監獄", 5), ["監獄", "監獄", "監獄"]);
        for text in ["žluťoučký kůň ".repeat(40), "監獄 a 監獄監獄 ".repeat(30)] {
            let laid = layout(&text, 23);
            for row in &laid {
                let shown = row_text(&text, *row);
                assert!(super::super::text::width(shown.trim_end()) <= 23, "{shown}");
            }
            // The rows cover the text, each character once.
            assert_eq!(laid.first().map(|r| r.start), Some(0));
            assert_eq!(laid.last().map(|r| r.end), Some(text.chars().count()));
            for pair in laid.windows(2) {
                assert_eq!(pair[0].end, pair[1].start);
            }
        }
    }

    #[test]
    fn enter_makes_a_new_line_and_delete_joins_them() {
        let mut area = TextArea::new("Program");
        area.insert("\n");
        area.insert("Zápis");
        assert_eq!(area.text, "Program\nZápis");
        assert_eq!(area.cursor, 13);
        area.edit(Action::CursorHome);
        assert_eq!(area.cursor, 8);
        area.edit(Action::DeleteBack);
        assert_eq!(area.text, "ProgramZápis");
        area.insert("\n");
        area.edit(Action::CursorEnd);
        assert_eq!(area.cursor, area.text.chars().count());
        area.edit(Action::CursorLeft);
        area.edit(Action::CursorLeft);
        area.edit(Action::CursorLeft);
        area.edit(Action::CursorLeft);
        area.edit(Action::CursorLeft);
        area.edit(Action::CursorLeft);
        assert_eq!(area.cursor, 7, "left crosses the line break");
        area.edit(Action::DeleteForward);
        assert_eq!(area.text, "ProgramZápis");
    }

    #[test]
    fn pasted_line_breaks_are_kept_and_other_controls_dropped() {
        let mut area = TextArea::default();
        area.insert("a\r\nb\rc\u{2028}d\te\x1b[31m\x07f");
        assert_eq!(area.text, "a\nb\nc\nd e[31mf");
        assert_eq!(area.cursor, area.text.chars().count());
    }

    #[test]
    fn up_and_down_move_by_row_and_keep_the_column() {
        let mut area = TextArea::new("první řádek\nkrátký\ntřetí řádek textu");
        // At the end of the last line, column 17.
        assert!(area.move_row(true, 40));
        assert_eq!(area.cursor, 12 + 6, "end of the shorter line above");
        assert!(area.move_row(true, 40));
        assert_eq!(area.cursor, 6, "column 6 of the first line");
        assert!(!area.move_row(true, 40), "the first row");
        assert_eq!(area.cursor, 6);
        assert!(area.move_row(false, 40));
        assert!(area.move_row(false, 40));
        assert_eq!(area.cursor, 19 + 6);
        assert!(!area.move_row(false, 40), "the last row");
    }

    #[test]
    fn up_and_down_move_through_wrapped_rows_and_wide_characters() {
        // Wrapped at 10: "Schůzka s " / "vedením " / "věznice".
        let mut area = TextArea::new("Schůzka s vedením věznice");
        area.cursor = 3;
        assert!(area.move_row(false, 10));
        assert_eq!(area.cursor, 10 + 3);
        assert!(area.move_row(false, 10));
        assert_eq!(area.cursor, 18 + 3);
        // Wrapped at 10: "abcdefgh " / "ij". Down from column 8 stops at the
        // end of the short row; up from there keeps column 2.
        let mut area = TextArea::new("abcdefgh ij");
        area.cursor = 8;
        assert!(area.move_row(false, 10));
        assert_eq!(area.cursor, 11);
        assert!(area.move_row(true, 10));
        assert_eq!(area.cursor, 2);
        // Up into a wrapped row from past its end stops before the next
        // row's start (here, on the space that ends it).
        // Wrapped at 4: "abc " / "defg".
        let mut area = TextArea::new("abc defg");
        assert!(area.move_row(true, 4));
        assert_eq!(area.cursor, 3, "not 4, which is the next row's start");
        // Wide characters: column 4 is after two of them.
        let mut area = TextArea::new("監獄監獄\nabcdef");
        area.cursor = 5 + 4;
        assert!(area.move_row(true, 20));
        assert_eq!(area.cursor, 2);
        area.cursor = 5 + 3;
        assert!(area.move_row(true, 20));
        assert_eq!(area.cursor, 1, "column 3 is inside the second: before it");
        assert!(area.move_row(false, 20));
        assert_eq!(area.cursor, 5 + 2);
    }

    #[test]
    fn the_cursor_has_a_row_and_a_column() {
        let text = "監獄 abc\nž";
        let rows = layout(text, 40);
        assert_eq!(row_of(&rows, 0), 0);
        assert_eq!(row_of(&rows, 6), 0, "the end of the first line");
        assert_eq!(row_of(&rows, 7), 1);
        assert_eq!(column_of(text, rows[0], 3), 5);
        assert_eq!(column_of(text, rows[1], 8), 1);
        // A wrapped row's end belongs to the next row.
        let rows = layout("aaaa bbbb", 5);
        assert_eq!(row_of(&rows, 5), 1);
        assert_eq!(column_of("aaaa bbbb", rows[1], 5), 0);
    }
}
