//! Reading keymap TOML into checked entries, with a diagnostic for every
//! problem. Spans from the TOML parser give each entry its line.

use std::collections::HashMap;

use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue};

use crate::vocab::Action;
use crate::vocab::Mode;

use super::BUILTIN_NAMES;
use super::diagnostic::{Diagnostic, Problem};
use super::key::KeySeq;

/// The value that unbinds a key in an override.
pub(crate) const NONE: &str = "none";

/// A keymap file that parsed without problems: ready to merge onto a keymap.
#[derive(Debug, Clone)]
pub struct KeymapFile {
    pub(crate) source: String,
    pub(crate) base: Option<String>,
    pub(crate) entries: Vec<Entry>,
}

impl KeymapFile {
    /// The file name shown in diagnostics.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The builtin keymap this file asks to be layered on, if it says.
    pub fn base(&self) -> Option<&str> {
        self.base.as_deref()
    }
}

/// One `"key" = "action"` line of a mode section.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub(crate) mode: Mode,
    pub(crate) seq: KeySeq,
    /// The key as written, so messages quote what the user typed.
    pub(crate) written: String,
    /// `None` for `"none"`: unbind.
    pub(crate) action: Option<Action>,
    pub(crate) line: usize,
}

/// Builds diagnostics for one file without repeating its name and text.
pub(crate) struct Reporter<'a> {
    pub(crate) source: &'a str,
    text: &'a str,
    /// Where each line after the first starts, so a line number costs a
    /// binary search rather than a count over the text: a file with a
    /// problem on every line would otherwise take quadratic time.
    line_starts: Vec<usize>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

impl Reporter<'_> {
    /// The 1-based line of a byte offset, as `diagnostic::line_of` counts it.
    fn line(&self, offset: usize) -> usize {
        1 + self.line_starts.partition_point(|start| *start <= offset)
    }

    fn report(
        &mut self,
        line: usize,
        mode: Option<Mode>,
        key: Option<&str>,
        action: Option<&str>,
        problem: Problem,
    ) {
        self.diagnostics.push(Diagnostic {
            file: self.source.to_string(),
            line,
            mode,
            key: key.map(str::to_string),
            action: action.map(str::to_string),
            problem,
        });
    }

    /// The value as written, for quoting non-string values back to the user.
    fn raw(&self, value: &Spanned<DeValue<'_>>) -> Option<String> {
        if value.get_ref().is_table() {
            return None;
        }
        self.text.get(value.span()).map(|s| s.trim().to_string())
    }
}

/// Table entries in the order they appear in the file, so diagnostics and
/// keys_for follow the author's order rather than alphabetical order.
fn in_file_order<'t, 'i>(
    table: &'t DeTable<'i>,
) -> Vec<(&'t Spanned<DeString<'i>>, &'t Spanned<DeValue<'i>>)> {
    let mut items: Vec<_> = table.iter().collect();
    items.sort_by_key(|(k, _)| k.span().start);
    items
}

/// Parses and checks a whole keymap file.
pub(crate) fn parse_file(source: &str, text: &str) -> Result<KeymapFile, Vec<Diagnostic>> {
    let mut rep = Reporter {
        source,
        text,
        line_starts: memchr::memchr_iter(b'\n', text.as_bytes())
            .map(|at| at + 1)
            .collect(),
        diagnostics: Vec::new(),
    };
    let (doc, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        // After a syntax error the recovered tree is a guess; checking it
        // further would report problems that are not really there.
        for error in errors {
            let line = error.span().map_or(1, |span| rep.line(span.start));
            rep.report(
                line,
                None,
                None,
                None,
                Problem::Syntax(error.message().to_string()),
            );
        }
        return Err(rep.diagnostics);
    }
    let mut base = None;
    let mut entries = Vec::new();
    for (key, value) in in_file_order(doc.get_ref()) {
        let name: &str = key.get_ref();
        let line = rep.line(key.span().start);
        if name == "base" {
            match value.get_ref().as_str() {
                Some(b) if BUILTIN_NAMES.contains(&b) => base = Some(b.to_string()),
                Some(b) => rep.report(line, None, None, None, Problem::BadBase(b.to_string())),
                None => {
                    let raw = rep.raw(value).unwrap_or_default();
                    rep.report(line, None, None, None, Problem::BadBase(raw));
                }
            }
            continue;
        }
        match (Mode::from_name(name), value.get_ref()) {
            (Some(mode), DeValue::Table(table)) => section(&mut rep, mode, table, &mut entries),
            (Some(_), _) => rep.report(
                line,
                None,
                None,
                None,
                Problem::SectionNotTable(name.to_string()),
            ),
            (None, DeValue::Table(_)) => rep.report(
                line,
                None,
                None,
                None,
                Problem::UnknownMode(name.to_string()),
            ),
            (None, _) => rep.report(
                line,
                None,
                None,
                None,
                Problem::UnknownTopLevelKey(name.to_string()),
            ),
        }
    }
    if rep.diagnostics.is_empty() {
        Ok(KeymapFile {
            source: source.to_string(),
            base,
            entries,
        })
    } else {
        rep.diagnostics.sort_by_key(|d| d.line);
        Err(rep.diagnostics)
    }
}

/// Checks the entries of one mode section and appends the good ones.
fn section(rep: &mut Reporter<'_>, mode: Mode, table: &DeTable<'_>, entries: &mut Vec<Entry>) {
    let first_new = entries.len();
    let mut seen: HashMap<KeySeq, (String, usize)> = HashMap::new();
    for (key, value) in in_file_order(table) {
        let written: &str = key.get_ref();
        let line = rep.line(key.span().start);
        let action_text = value
            .get_ref()
            .as_str()
            .map(str::to_string)
            .or_else(|| rep.raw(value));
        let action_text = action_text.as_deref();
        if written == "base" {
            // The value is a builtin name, not an action: one diagnostic is enough.
            rep.report(
                line,
                Some(mode),
                Some(written),
                action_text,
                Problem::MisplacedBase,
            );
            continue;
        }
        let seq = {
            match written.parse::<KeySeq>() {
                Ok(seq) => Some(seq),
                Err(e) => {
                    rep.report(
                        line,
                        Some(mode),
                        Some(written),
                        action_text,
                        Problem::BadKey(e),
                    );
                    None
                }
            }
        };
        let binding = match value.get_ref() {
            DeValue::String(s) if s == NONE => Some(None),
            DeValue::String(s) => match Action::from_name(s).or_else(|| renamed(s)) {
                Some(action) => Some(Some(action)),
                None => {
                    let problem = Problem::UnknownAction(s.to_string());
                    rep.report(line, Some(mode), Some(written), action_text, problem);
                    None
                }
            },
            other => {
                let problem = Problem::NotAString(other.type_str().to_string());
                rep.report(line, Some(mode), Some(written), action_text, problem);
                None
            }
        };
        let Some(seq) = seq else { continue };
        // Checked even when the action is bad, so both problems show at once.
        if let Some((other_key, other_line)) = seen.get(&seq) {
            let problem = Problem::DuplicateKey {
                other_key: other_key.clone(),
                other_line: *other_line,
            };
            rep.report(line, Some(mode), Some(written), action_text, problem);
            continue;
        }
        seen.insert(seq.clone(), (written.to_string(), line));
        if let Some(action) = binding {
            entries.push(Entry {
                mode,
                seq,
                written: written.to_string(),
                action,
                line,
            });
        }
    }
    report_shadows(rep, &entries[first_new..]);
}

/// Reports every bound key that is also the start of a bound sequence in the
/// same section, at the shorter key's line.
fn report_shadows(rep: &mut Reporter<'_>, entries: &[Entry]) {
    let bound = || entries.iter().filter(|e| e.action.is_some());
    for short in bound() {
        for long in bound().filter(|long| long.seq.extends(&short.seq)) {
            let problem = Problem::ShadowsSequence {
                sequence: long.written.clone(),
                file: rep.source.to_string(),
                line: long.line,
            };
            let action = short.action.map(Action::name);
            rep.report(
                short.line,
                Some(short.mode),
                Some(&short.written),
                action,
                problem,
            );
        }
    }
}

/// Actions that had another name in an earlier release, so that a user's
/// keymap written then still loads: `export_json` became the choice of
/// format that `export_as` asks for.
fn renamed(name: &str) -> Option<Action> {
    match name {
        "export_json" => Some(Action::ExportAs),
        _ => None,
    }
}

#[cfg(test)]
mod renamed_tests {
    use super::*;

    #[test]
    fn an_action_renamed_since_still_loads_under_its_old_name() {
        let file = parse_file("keymap.toml", "[normal]\n\"X\" = \"export_json\"\n")
            .expect("the old name is read");
        assert_eq!(file.entries[0].action, Some(Action::ExportAs));
    }
}
