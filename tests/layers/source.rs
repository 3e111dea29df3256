//! Reading Rust source as text, for the layer check: literals and comments
//! blanked, `#[cfg(test)]` items blanked, and the paths from the crate root
//! that are left.

/// Source with comments, string and character literals blanked out (each
/// byte becomes a space, newlines stay, so lines keep their numbers).
pub fn blank_literals(source: &str) -> Vec<char> {
    let c: Vec<char> = source.chars().collect();
    let mut out = c.clone();
    let blank = |out: &mut Vec<char>, from: usize, to: usize| {
        for ch in out.iter_mut().take(to).skip(from) {
            if *ch != '\n' {
                *ch = ' ';
            }
        }
    };
    let ident = |ch: char| ch.is_alphanumeric() || ch == '_';
    let mut i = 0;
    while i < c.len() {
        let next = c.get(i + 1).copied();
        if c[i] == '/' && next == Some('/') {
            let end = (i..c.len()).find(|&j| c[j] == '\n').unwrap_or(c.len());
            blank(&mut out, i, end);
            i = end;
        } else if c[i] == '/' && next == Some('*') {
            let (mut depth, mut j) = (0usize, i);
            while j < c.len() {
                if c[j] == '/' && c.get(j + 1) == Some(&'*') {
                    depth += 1;
                    j += 2;
                } else if c[j] == '*' && c.get(j + 1) == Some(&'/') {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            blank(&mut out, i, j);
            i = j;
        } else if c[i] == 'r' && (i == 0 || !ident(c[i - 1])) && matches!(next, Some('"' | '#')) {
            // A raw string r"…" or r#"…"# (but not a raw identifier r#type).
            let hashes = (i + 1..c.len()).take_while(|&j| c[j] == '#').count();
            if c.get(i + 1 + hashes) != Some(&'"') {
                i += 1;
                continue;
            }
            let mut j = i + 2 + hashes;
            while j < c.len() && !(c[j] == '"' && (1..=hashes).all(|h| c.get(j + h) == Some(&'#')))
            {
                j += 1;
            }
            let end = (j + 1 + hashes).min(c.len());
            blank(&mut out, i, end);
            i = end;
        } else if c[i] == '"' {
            let mut j = i + 1;
            while j < c.len() && c[j] != '"' {
                j += if c[j] == '\\' { 2 } else { 1 };
            }
            blank(&mut out, i, (j + 1).min(c.len()));
            i = j + 1;
        } else if c[i] == '\'' {
            // A character literal ('x', '\n', '\u{7f}'), not a lifetime ('a).
            let end = if next == Some('\\') {
                (i + 2..c.len()).find(|&j| c[j] == '\'')
            } else if c.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match end {
                Some(end) => {
                    blank(&mut out, i, end + 1);
                    i = end + 1;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Blanks the items under `#[cfg(test)]` in code already stripped of
/// literals; returns the names of test-only module files (`mod tests;`).
pub fn blank_test_items(code: &mut [char]) -> Vec<String> {
    let marker: Vec<char> = "#[cfg(test)]".chars().collect();
    let mut test_files = Vec::new();
    let mut i = 0;
    while i + marker.len() <= code.len() {
        if code[i..i + marker.len()] != marker[..] {
            i += 1;
            continue;
        }
        // The item runs to its first `;` (a `use` or `mod x;`) or to the
        // brace that closes its first `{`.
        let mut j = i + marker.len();
        let mut depth = 0usize;
        while j < code.len() {
            match code[j] {
                ';' if depth == 0 => break,
                '{' => depth += 1,
                '}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        let item: String = code[i + marker.len()..j.min(code.len())].iter().collect();
        let words: Vec<&str> = item.split_whitespace().collect();
        if let [.., "mod", name] = words.as_slice() {
            test_files.push(name.to_string());
        }
        for ch in code.iter_mut().take(j + 1).skip(i) {
            if *ch != '\n' {
                *ch = ' ';
            }
        }
        i = j + 1;
    }
    test_files
}

/// An import found in a file: the line and the root name it reaches.
#[derive(Debug, PartialEq, Eq)]
pub struct Import {
    /// The line it is on (from 1).
    pub line: usize,
    /// The name after the root: a module or an exported macro.
    pub name: String,
}

/// The root names reached by `root::` paths (`crate` or `spojka`).
pub fn imports(code: &[char], root: &str) -> Vec<Import> {
    let root: Vec<char> = format!("{root}::").chars().collect();
    let ident = |ch: char| ch.is_alphanumeric() || ch == '_';
    let word_at =
        |from: usize| -> String { code[from..].iter().take_while(|ch| ident(**ch)).collect() };
    let skip_space = |mut j: usize| {
        while j < code.len() && code[j].is_whitespace() {
            j += 1;
        }
        j
    };
    let line_of = |at: usize| code[..at].iter().filter(|ch| **ch == '\n').count() + 1;
    let mut found = Vec::new();
    let mut i = 0;
    while i + root.len() <= code.len() {
        let starts = code[i..i + root.len()] == root[..] && (i == 0 || !ident(code[i - 1]));
        if !starts {
            i += 1;
            continue;
        }
        let j = skip_space(i + root.len());
        if code.get(j) == Some(&'{') {
            // `crate::{a, b::c, d::{e, f}}`: the names at the group's top level.
            let (mut depth, mut k, mut expect_name) = (0usize, j, true);
            while k < code.len() {
                match code[k] {
                    '{' => {
                        depth += 1;
                        expect_name = depth == 1;
                    }
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    ',' if depth == 1 => expect_name = true,
                    ch if expect_name && ident(ch) => {
                        let name = word_at(k);
                        k += name.len();
                        found.push(Import {
                            line: line_of(k),
                            name,
                        });
                        expect_name = false;
                        continue;
                    }
                    _ => {}
                }
                k += 1;
            }
            i = k;
        } else {
            let name = word_at(j);
            if !name.is_empty() {
                found.push(Import {
                    line: line_of(i),
                    name,
                });
            }
            i = j;
        }
    }
    found
}
