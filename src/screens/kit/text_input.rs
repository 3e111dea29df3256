//! A single line of editable text with a cursor, for the filter line, form
//! fields and picker search. The cursor counts chars, not bytes, so Czech
//! letters edit correctly.

use crate::vocab::Action;

/// Editable text and a cursor position (in chars).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    /// The text.
    pub text: String,
    /// Cursor position, 0..=char count.
    pub cursor: usize,
}

impl TextInput {
    /// Text with the cursor at its end.
    pub fn new(text: &str) -> TextInput {
        TextInput {
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

    /// Inserts text at the cursor. Line breaks (`\r\n` one of them) and tabs
    /// become spaces (one-line field); other control characters are dropped:
    /// they are never wanted in data.
    pub fn insert(&mut self, text: &str) {
        let clean: String = text
            .replace("\r\n", "\n")
            .chars()
            .map(|c| {
                if matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}') {
                    ' '
                } else {
                    c
                }
            })
            .filter(|c| !c.is_control())
            .collect();
        let at = self.byte_at(self.cursor);
        self.text.insert_str(at, &clean);
        self.cursor += clean.chars().count();
    }

    /// Applies an editing action; returns whether it was one.
    pub fn edit(&mut self, action: Action) -> bool {
        let len = self.text.chars().count();
        match action {
            Action::CursorLeft => self.cursor = self.cursor.saturating_sub(1),
            Action::CursorRight => self.cursor = (self.cursor + 1).min(len),
            Action::CursorHome => self.cursor = 0,
            Action::CursorEnd => self.cursor = len,
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_czech_text_moves_by_characters() {
        let mut input = TextInput::new("Plzeň");
        input.edit(Action::DeleteBack);
        assert_eq!(input.text, "Plze");
        input.insert("ň-Bory");
        assert_eq!(input.text, "Plzeň-Bory");
        input.edit(Action::CursorHome);
        input.edit(Action::DeleteForward);
        input.insert("p");
        assert_eq!(input.text, "plzeň-Bory");
        assert_eq!(input.cursor, 1);
    }

    #[test]
    fn pasted_control_characters_do_not_reach_the_text() {
        let mut input = TextInput::default();
        input.insert("a\x1b[31mb\nc\x07");
        assert_eq!(input.text, "a[31mb c");
        input.insert("\r\nd\re\u{2028}f");
        assert_eq!(input.text, "a[31mb c d e f", "a line break is one space");
    }
}
