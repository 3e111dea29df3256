//! Which key does what in each mode.
//!
//! Keymaps are TOML files with one table per [`Mode`], each entry binding a key
//! or key sequence (see [`key`] for the notation) to an [`Action`] name. Two are
//! shipped in the binary (`default` and `vim`); a user file in the config dir, or
//! a file given with `--keymap`, is layered on top of one of them key by key.

pub mod diagnostic;
pub mod key;
mod load;
mod parse;
mod seq;

use std::collections::BTreeMap;
use std::ops::Bound;

use crate::vocab::Action;
use crate::vocab::Mode;

pub use diagnostic::{Diagnostic, KeymapError, Problem};
pub use key::{Key, KeyCode, KeyParseError, KeySeq, Mods};
pub use load::load;
pub use parse::KeymapFile;

/// Names accepted by [`Keymap::builtin`], `--keymap` and `base`.
pub const BUILTIN_NAMES: &[&str] = &["default", "vim"];

/// The shipped keymaps: name, file name for diagnostics, contents.
const BUILTINS: &[(&str, &str, &str)] = &[
    (
        "default",
        "keymaps/default.toml",
        include_str!("../../keymaps/default.toml"),
    ),
    (
        "vim",
        "keymaps/vim.toml",
        include_str!("../../keymaps/vim.toml"),
    ),
];

/// Where a binding came from, so a conflict found after merging can point at
/// both files.
#[derive(Debug, Clone)]
struct Origin {
    file: String,
    line: usize,
    written: String,
}

#[derive(Debug, Clone)]
struct Binding {
    action: Action,
    /// Position in the order bindings were made, so keys_for lists keys the
    /// way the keymap file does (arrows before letters in the default map).
    order: usize,
    origin: Origin,
}

/// Key bindings for every mode.
#[derive(Debug, Clone, Default)]
pub struct Keymap {
    // Ordered by sequence, so all sequences starting with some keys sit right
    // after those keys: lookup finds a pending prefix with one range query.
    modes: BTreeMap<Mode, BTreeMap<KeySeq, Binding>>,
    next_order: usize,
}

/// What a key press means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    /// The keys so far are bound to this action.
    Action(Action),
    /// The keys so far start a longer sequence: wait for the next key.
    Pending,
    /// Nothing is bound: in text modes a printable key is then typed text.
    Unbound,
}

impl Keymap {
    /// Shipped keymaps by name: "default", "vim". `None` for any other name.
    pub fn builtin(name: &str) -> Option<Keymap> {
        Keymap::builtin_checked(name).ok().flatten()
    }

    /// Like [`Keymap::builtin`], but keeps the diagnostics should a shipped file
    /// be broken, so start-up can show them instead of a misleading "unknown".
    pub(crate) fn builtin_checked(name: &str) -> Result<Option<Keymap>, Vec<Diagnostic>> {
        let Some(&(_, source, text)) = BUILTINS.iter().find(|(n, _, _)| *n == name) else {
            return Ok(None);
        };
        let file = Keymap::parse(source, text)?;
        let mut keymap = Keymap::default();
        keymap.merge(&file)?;
        Ok(Some(keymap))
    }

    /// Parse a full keymap or an override from text; `source` is the file name
    /// shown in diagnostics. Every problem in the file is reported.
    pub fn parse(source: &str, text: &str) -> Result<KeymapFile, Vec<Diagnostic>> {
        parse::parse_file(source, text)
    }

    /// Layer an override onto this keymap key by key; "none" unbinds a key.
    /// Keys the file does not mention keep their bindings. On error the keymap
    /// is left unchanged and every conflict with an existing sequence is reported.
    pub fn merge(&mut self, file: &KeymapFile) -> Result<(), Vec<Diagnostic>> {
        let mut merged = self.clone();
        for entry in &file.entries {
            let map = merged.modes.entry(entry.mode).or_default();
            match entry.action {
                None => {
                    map.remove(&entry.seq);
                }
                Some(action) => {
                    let binding = Binding {
                        action,
                        order: merged.next_order,
                        origin: Origin {
                            file: file.source.clone(),
                            line: entry.line,
                            written: entry.written.clone(),
                        },
                    };
                    merged.next_order += 1;
                    map.insert(entry.seq.clone(), binding);
                }
            }
        }
        let diagnostics = merged.conflicts(file);
        if diagnostics.is_empty() {
            *self = merged;
            Ok(())
        } else {
            Err(diagnostics)
        }
    }

    /// Sequences made untypeable by the entries of `file`: parse already ruled
    /// out conflicts inside the file, so this finds those with other files.
    fn conflicts(&self, file: &KeymapFile) -> Vec<Diagnostic> {
        let mut diagnostics = Vec::new();
        for entry in &file.entries {
            let Some(action) = entry.action else { continue };
            let Some(map) = self.modes.get(&entry.mode) else {
                continue;
            };
            for (seq, other) in map {
                let problem = if seq.extends(&entry.seq) {
                    Problem::ShadowsSequence {
                        sequence: other.origin.written.clone(),
                        file: other.origin.file.clone(),
                        line: other.origin.line,
                    }
                } else if entry.seq.extends(seq) {
                    Problem::ShadowedBy {
                        prefix: other.origin.written.clone(),
                        file: other.origin.file.clone(),
                        line: other.origin.line,
                    }
                } else {
                    continue;
                };
                diagnostics.push(Diagnostic {
                    file: file.source.clone(),
                    line: entry.line,
                    mode: Some(entry.mode),
                    key: Some(entry.written.clone()),
                    action: Some(action.name().to_string()),
                    problem,
                });
            }
        }
        diagnostics.sort_by_key(|d| d.line);
        diagnostics
    }

    /// What a key does in a mode given keys already pending (for sequences).
    /// Keys are normalised here too, so raw terminal keys are safe to pass.
    pub fn lookup(&self, mode: Mode, pending: &[Key], key: Key) -> Lookup {
        let Some(map) = self.modes.get(&mode) else {
            return Lookup::Unbound;
        };
        let mut keys: Vec<Key> = pending.iter().map(|k| k.normalize()).collect();
        keys.push(key.normalize());
        let seq = KeySeq(keys);
        if let Some(binding) = map.get(&seq) {
            return Lookup::Action(binding.action);
        }
        match map.range((Bound::Excluded(&seq), Bound::Unbounded)).next() {
            Some((next, _)) if next.extends(&seq) => Lookup::Pending,
            _ => Lookup::Unbound,
        }
    }

    /// The first key bound to `action` in `mode`, as hints and questions show it.
    pub fn first_key(&self, mode: Mode, action: Action) -> Option<String> {
        self.keys_for(mode, action).first().map(ToString::to_string)
    }

    /// Keys bound to an action in a mode (for help and hints), in the order the
    /// keymap files list them (an override's keys come after the base's); use
    /// `to_string()` for the canonical notation.
    pub fn keys_for(&self, mode: Mode, action: Action) -> Vec<KeySeq> {
        let Some(map) = self.modes.get(&mode) else {
            return Vec::new();
        };
        let mut found: Vec<(&KeySeq, &Binding)> =
            map.iter().filter(|(_, b)| b.action == action).collect();
        found.sort_by_key(|(_, b)| b.order);
        found.into_iter().map(|(seq, _)| seq.clone()).collect()
    }

    /// All bindings of a mode, sorted for display (help screen): grouped by
    /// action in [`Action::ALL`] order, and within an action in file order.
    pub fn bindings(&self, mode: Mode) -> Vec<(KeySeq, Action)> {
        let Some(map) = self.modes.get(&mode) else {
            return Vec::new();
        };
        let mut all: Vec<(&KeySeq, &Binding)> = map.iter().collect();
        all.sort_by_key(|(_, b)| (b.action, b.order));
        all.into_iter()
            .map(|(seq, b)| (seq.clone(), b.action))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Key {
        text.parse().expect("valid key")
    }

    #[test]
    fn every_builtin_name_loads() {
        for name in BUILTIN_NAMES {
            assert!(Keymap::builtin(name).is_some(), "{name}");
        }
        assert!(Keymap::builtin("emacs").is_none());
    }

    #[test]
    fn lookup_normalises_terminal_keys() {
        let keymap = Keymap::builtin("default").expect("default");
        let shift = Mods {
            shift: true,
            ..Mods::default()
        };
        let raw_shift_tab = Key {
            code: KeyCode::Tab,
            mods: shift,
        };
        assert_eq!(
            keymap.lookup(Mode::Normal, &[], raw_shift_tab),
            Lookup::Action(Action::TabPrev)
        );
    }

    #[test]
    fn failed_merge_leaves_keymap_unchanged() {
        let mut keymap = Keymap::builtin("vim").expect("vim");
        let file = Keymap::parse(
            "o.toml",
            "[normal]\n\"q\" = \"help_toggle\"\n\"g\" = \"quit\"\n",
        )
        .expect("parses");
        assert!(keymap.merge(&file).is_err());
        assert_eq!(
            keymap.lookup(Mode::Normal, &[], key("q")),
            Lookup::Action(Action::Quit)
        );
    }

    #[test]
    fn bindings_group_by_action() {
        let keymap = Keymap::builtin("default").expect("default");
        let bindings = keymap.bindings(Mode::Normal);
        let actions: Vec<Action> = bindings.iter().map(|(_, a)| *a).collect();
        let mut sorted = actions.clone();
        sorted.sort();
        assert_eq!(actions, sorted);
    }
}
