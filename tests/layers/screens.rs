//! The homes of screens stay homes: no import circle spans two of them, and
//! within one, the keys never reach for the view.

use super::source::{blank_literals, blank_test_items, imports};
use super::{part_of, rust_files};
use std::path::{Path, PathBuf};

/// The code of every file under `src/`, literals and test items blanked.
fn sources(under: &str) -> Vec<(PathBuf, Vec<char>)> {
    let mut paths = Vec::new();
    rust_files(Path::new(under), &mut paths);
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("read source");
            let mut code = blank_literals(&text);
            blank_test_items(&mut code);
            (p, code)
        })
        .collect()
}

/// `src/screens/figures/keys.rs` → `figures`; `src/screens/mod.rs` → None.
fn home_of(file: &Path) -> Option<String> {
    let inside = file.strip_prefix("src/screens").ok()?;
    let mut parts = inside.components();
    let first = parts.next()?.as_os_str().to_string_lossy().to_string();
    parts.next().map(|_| first)
}

/// Whether `word::` appears as a path segment in the code.
fn names_module(code: &[char], word: &str) -> Option<usize> {
    let pattern: Vec<char> = format!("{word}::").chars().collect();
    let ident = |ch: char| ch.is_alphanumeric() || ch == '_';
    (0..code.len().saturating_sub(pattern.len() - 1))
        .find(|&i| code[i..i + pattern.len()] == pattern[..] && (i == 0 || !ident(code[i - 1])))
        .map(|at| code[..at].iter().filter(|ch| **ch == '\n').count() + 1)
}

#[test]
fn a_screen_imports_the_kit_and_no_other_screen() {
    let files = sources("src/screens");
    assert!(files.len() > 10, "found the screens");
    let mut problems = Vec::new();
    for (file, code) in &files {
        let Some(home) = home_of(file) else {
            continue;
        };
        let stem = file.file_stem().expect("a name").to_string_lossy();
        // `super::` from a home's mod.rs is `screens`; from its other files,
        // the home itself, and `super::super::` is `screens`.
        let mut named = imports(code, "crate::screens");
        if stem == "mod" {
            named.extend(imports(code, "super"));
        } else {
            named.extend(imports(code, "super::super"));
        }
        for import in named {
            let allowed = import.name == "kit" || import.name == home;
            if !allowed || (home == "kit" && import.name != "kit") {
                problems.push(format!(
                    "{}:{}: the `{home}` screen imports `screens::{}`",
                    file.display(),
                    import.line,
                    import.name
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn keys_and_update_code_never_call_a_view() {
    let mut problems = Vec::new();
    let screens = sources("src/screens");
    let app = sources("src/app");
    for (file, code) in screens.iter().chain(&app) {
        let name = file.file_name().expect("a name").to_string_lossy();
        if name == "view.rs"
            || part_of(file) == "screens" && home_of(file).as_deref() == Some("kit")
        {
            continue;
        }
        if let Some(line) = names_module(code, "view") {
            problems.push(format!("{}:{line}: names a view", file.display()));
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn a_view_neither_writes_nor_asks_for_work() {
    let mut problems = Vec::new();
    for (file, code) in sources("src/screens") {
        if file.file_name().is_some_and(|n| n == "view.rs") {
            for import in imports(&code, "crate") {
                if matches!(import.name.as_str(), "store" | "effect" | "app" | "session") {
                    problems.push(format!(
                        "{}:{}: a view imports `{}`",
                        file.display(),
                        import.line,
                        import.name
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}
