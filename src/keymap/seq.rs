//! Key sequences such as `g g`: keys separated by single spaces.

use std::fmt;
use std::str::FromStr;

use super::key::{Key, KeyParseError};

/// Keys pressed one after another, e.g. `g g`. Bound as a unit in a keymap.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeySeq(pub Vec<Key>);

impl KeySeq {
    /// A sequence of one key.
    pub fn single(key: Key) -> KeySeq {
        KeySeq(vec![key])
    }

    /// Whether `self` is `other` followed by at least one more key.
    pub fn extends(&self, other: &KeySeq) -> bool {
        self.0.len() > other.0.len() && self.0.starts_with(&other.0)
    }
}

impl FromStr for KeySeq {
    type Err = KeyParseError;

    fn from_str(text: &str) -> Result<KeySeq, KeyParseError> {
        // A lone space is the space key, not an empty sequence of two parts.
        if text == " " {
            return Ok(KeySeq::single(Key::char(' ')));
        }
        if text.is_empty() {
            return Err(KeyParseError::Empty);
        }
        text.split(' ')
            .map(|part| {
                if part.is_empty() {
                    Err(KeyParseError::BadSeparator)
                } else {
                    part.parse()
                }
            })
            .collect::<Result<Vec<Key>, _>>()
            .map(KeySeq)
    }
}

impl fmt::Display for KeySeq {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, key) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{key}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequences_need_single_spaces() {
        assert_eq!("g  g".parse::<KeySeq>(), Err(KeyParseError::BadSeparator));
        assert_eq!("g ".parse::<KeySeq>(), Err(KeyParseError::BadSeparator));
        assert_eq!(
            " ".parse::<KeySeq>().map(|s| s.to_string()),
            Ok("space".into())
        );
    }

    #[test]
    fn extends_is_strict() {
        let g: KeySeq = "g".parse().expect("valid");
        let gg: KeySeq = "g g".parse().expect("valid");
        assert!(gg.extends(&g));
        assert!(!g.extends(&g));
        assert!(!g.extends(&gg));
    }
}
