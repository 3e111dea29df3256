//! Keys and key sequences, in our own notation and independent of the terminal
//! library, so keymap files and tests never depend on crossterm.
//!
//! Notation: a single printable character (`j`, `J`, `/`), or a lowercase name
//! (`enter`, `esc`, `tab`, `backtab`, `backspace`, `delete`, `up`, `down`, `left`,
//! `right`, `home`, `end`, `pageup`, `pagedown`, `insert`, `space`, `f1`..`f12`),
//! with optional modifier prefixes `C-` (ctrl), `A-` (alt) and `S-` (shift), e.g.
//! `C-A-x`. A sequence is keys separated by single spaces: `g g`.

use std::fmt;
use std::str::FromStr;

// Sequences live in their own file; re-exported so `key::KeySeq` works too.
pub use super::seq::KeySeq;

/// A key on the keyboard, without modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyCode {
    /// A printable character, including space.
    Char(char),
    /// Enter / Return.
    Enter,
    /// Escape.
    Esc,
    /// Tab.
    Tab,
    /// Shift+Tab, which terminals report as a key of its own.
    BackTab,
    /// Backspace.
    Backspace,
    /// Delete (forward delete).
    Delete,
    /// Arrow up.
    Up,
    /// Arrow down.
    Down,
    /// Arrow left.
    Left,
    /// Arrow right.
    Right,
    /// Home.
    Home,
    /// End.
    End,
    /// Page up.
    PageUp,
    /// Page down.
    PageDown,
    /// Insert.
    Insert,
    /// Function key `F1`..`F12`.
    F(u8),
}

/// Modifier keys held with a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Mods {
    /// Control (`C-`).
    pub ctrl: bool,
    /// Alt / Meta (`A-`).
    pub alt: bool,
    /// Shift (`S-`); never set on a [`KeyCode::Char`] after [`Key::normalize`].
    pub shift: bool,
}

/// A key with its modifiers. Build with [`Key::new`] or parse the notation; both
/// normalise, so equal keys compare equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    /// The key itself.
    pub code: KeyCode,
    /// Modifiers held with it.
    pub mods: Mods,
}

/// Highest function key the notation accepts.
const MAX_F: u8 = 12;

/// Named keys in the notation, in the order error messages list them.
const NAMES: &[(&str, KeyCode)] = &[
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("delete", KeyCode::Delete),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pageup", KeyCode::PageUp),
    ("pagedown", KeyCode::PageDown),
    ("insert", KeyCode::Insert),
    ("space", KeyCode::Char(' ')),
];

/// Why a key or key sequence in the notation could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyParseError {
    /// Nothing was written.
    #[error("empty key: write a character such as \"j\" or a name such as \"enter\"")]
    Empty,
    /// A modifier prefix with nothing after it, e.g. `C-`.
    #[error("modifier \"{0}-\" has no key after it")]
    MissingKey(char),
    /// A prefix such as `X-` that is not `C-`, `A-` or `S-`.
    #[error("unknown modifier \"{0}-\": use C- (ctrl), A- (alt) or S- (shift)")]
    UnknownModifier(char),
    /// The same modifier twice, e.g. `C-C-x`.
    #[error("modifier \"{0}-\" is given twice")]
    DuplicateModifier(char),
    /// Several characters that are not a key name, e.g. `ff`.
    #[error(
        "unknown key name \"{0}\": use one character or one of enter, esc, tab, backtab, \
         backspace, delete, up, down, left, right, home, end, pageup, pagedown, insert, \
         space, f1..f12 (names are lowercase)"
    )]
    UnknownName(String),
    /// `f0`, `f13` and beyond.
    #[error("function key \"{0}\" does not exist: use f1..f12")]
    BadFunctionKey(String),
    /// A control character written literally (a tab or newline inside the quotes).
    #[error("control character {0:?} cannot be bound: use its name, e.g. \"tab\" or \"enter\"")]
    ControlChar(char),
    /// `S-` on a character that is not a letter: terminals send the shifted
    /// character itself, so `S-1` could never match.
    #[error("\"S-{0}\" cannot be typed: write the shifted character itself (e.g. \"!\")")]
    ShiftOnSymbol(char),
    /// Two spaces in a row, or a space at either end of a sequence.
    #[error("keys in a sequence are separated by exactly one space")]
    BadSeparator,
}

impl Key {
    /// A plain character with no modifiers, normalised (`Key::char('J')` is `J`).
    pub fn char(c: char) -> Key {
        Key::new(KeyCode::Char(c), Mods::default())
    }

    /// A key with modifiers, normalised with [`Key::normalize`].
    pub fn new(code: KeyCode, mods: Mods) -> Key {
        Key { code, mods }.normalize()
    }

    /// The canonical form of a key, so that the different ways terminals and
    /// keymap files describe one keystroke compare equal. The driver must call
    /// this on keys built from terminal events (`Key::new` does it already).
    ///
    /// Rules:
    /// - Shift is dropped from every character key, because the character already
    ///   shows it: a lowercase letter with shift becomes the uppercase letter
    ///   (`S-j` is `J`), any other character keeps its value (`!` with shift is `!`).
    /// - Ctrl with an uppercase letter becomes ctrl with the lowercase letter
    ///   (`C-J` and `C-S-j` are `C-j`), as terminals cannot tell them apart.
    /// - Tab with shift is [`KeyCode::BackTab`], and BackTab never carries shift.
    /// - Other named keys keep shift (`S-up` differs from `up`).
    pub fn normalize(self) -> Key {
        let Key { mut code, mut mods } = self;
        match code {
            KeyCode::Char(c) => {
                if mods.shift {
                    code = KeyCode::Char(to_upper(c));
                    mods.shift = false;
                }
                if mods.ctrl
                    && let KeyCode::Char(c) = code
                {
                    code = KeyCode::Char(to_lower(c));
                }
            }
            KeyCode::Tab if mods.shift => {
                code = KeyCode::BackTab;
                mods.shift = false;
            }
            KeyCode::BackTab => mods.shift = false,
            _ => {}
        }
        Key { code, mods }
    }
}

/// The single uppercase form of `c`, or `c` when there is none (digits, `ß`).
fn to_upper(c: char) -> char {
    let mut up = c.to_uppercase();
    match (up.next(), up.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

/// The single lowercase form of `c`, or `c` when there is none.
fn to_lower(c: char) -> char {
    let mut low = c.to_lowercase();
    match (low.next(), low.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Reads the part after the modifiers: one character, a name or `fN`.
fn parse_code(text: &str) -> Result<KeyCode, KeyParseError> {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (None, _) => return Err(KeyParseError::Empty),
        (Some(c), None) if c.is_control() => return Err(KeyParseError::ControlChar(c)),
        (Some(c), None) => return Ok(KeyCode::Char(c)),
        _ => {}
    }
    if let Some(&(_, code)) = NAMES.iter().find(|(name, _)| *name == text) {
        return Ok(code);
    }
    if let Some(digits) = text.strip_prefix('f')
        && !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
    {
        return match digits.parse::<u8>() {
            Ok(n) if (1..=MAX_F).contains(&n) => Ok(KeyCode::F(n)),
            _ => Err(KeyParseError::BadFunctionKey(text.to_string())),
        };
    }
    // `X-a` reads better as a wrong modifier than as an unknown name.
    let mut chars = text.chars();
    if let (Some(m), Some('-')) = (chars.next(), chars.next())
        && m.is_ascii_alphabetic()
    {
        return Err(KeyParseError::UnknownModifier(m));
    }
    Err(KeyParseError::UnknownName(text.to_string()))
}

impl FromStr for Key {
    type Err = KeyParseError;

    fn from_str(text: &str) -> Result<Key, KeyParseError> {
        let mut mods = Mods::default();
        let mut rest = text;
        loop {
            let mut chars = rest.chars();
            let (Some(m @ ('C' | 'A' | 'S')), Some('-')) = (chars.next(), chars.next()) else {
                break;
            };
            let after = &rest[2..];
            if after.is_empty() {
                return Err(KeyParseError::MissingKey(m));
            }
            let flag = match m {
                'C' => &mut mods.ctrl,
                'A' => &mut mods.alt,
                _ => &mut mods.shift,
            };
            if *flag {
                return Err(KeyParseError::DuplicateModifier(m));
            }
            *flag = true;
            rest = after;
        }
        let code = parse_code(rest)?;
        if let KeyCode::Char(c) = code
            && mods.shift
            && !c.is_alphabetic()
        {
            return Err(KeyParseError::ShiftOnSymbol(c));
        }
        Ok(Key::new(code, mods))
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Printed in the order C-A-S- so each key has exactly one spelling.
        if self.mods.ctrl {
            f.write_str("C-")?;
        }
        if self.mods.alt {
            f.write_str("A-")?;
        }
        if self.mods.shift {
            f.write_str("S-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "f{n}"),
            code => {
                let name = NAMES
                    .iter()
                    .find(|(_, c)| *c == code)
                    .map_or("?", |(name, _)| *name);
                f.write_str(name)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Key {
        text.parse().expect("valid key")
    }

    #[test]
    fn shift_on_letters_becomes_uppercase() {
        assert_eq!(key("S-j"), Key::char('J'));
        assert_eq!(key("J").mods, Mods::default());
        assert_eq!(key("S-J"), key("J"));
    }

    #[test]
    fn ctrl_with_uppercase_is_ctrl_with_lowercase() {
        let ctrl = Mods {
            ctrl: true,
            ..Mods::default()
        };
        assert_eq!(key("C-J"), Key::new(KeyCode::Char('j'), ctrl));
        assert_eq!(key("C-S-j"), key("C-j"));
        assert_eq!(key("C-J").to_string(), "C-j");
    }

    #[test]
    fn terminal_shift_on_symbols_is_dropped() {
        let shift = Mods {
            shift: true,
            ..Mods::default()
        };
        assert_eq!(Key::new(KeyCode::Char('!'), shift), Key::char('!'));
        assert_eq!(Key::new(KeyCode::BackTab, shift), key("backtab"));
    }

    #[test]
    fn shift_on_symbol_in_notation_is_rejected() {
        assert_eq!("S-1".parse::<Key>(), Err(KeyParseError::ShiftOnSymbol('1')));
    }

    #[test]
    fn modifier_order_does_not_matter() {
        assert_eq!(key("A-C-x"), key("C-A-x"));
        assert_eq!(key("A-C-x").to_string(), "C-A-x");
    }

    #[test]
    fn dash_and_function_keys() {
        assert_eq!(key("-"), Key::char('-'));
        assert_eq!(key("C--").to_string(), "C--");
        assert_eq!(key("f12").code, KeyCode::F(12));
        assert_eq!(
            "f13".parse::<Key>(),
            Err(KeyParseError::BadFunctionKey("f13".into()))
        );
        assert_eq!(key("f").code, KeyCode::Char('f'));
    }
}
