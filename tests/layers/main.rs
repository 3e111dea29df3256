//! The layers of `ARCHITECTURE.md` hold: every file under `src/` imports only
//! the parts its row of the table allows.
//!
//! Sources are read as text. Comments, string and character literals are
//! blanked first (so a doc comment or a message mentioning `crate::store`
//! does not count), and so are items under `#[cfg(test)]`, whose unit tests
//! may use anything. What is left is searched for paths from the crate root:
//! `crate::x`, `crate::{x, y::z}` and, in `main.rs`, `spojka::x`.

mod screens;
mod source;

use source::{blank_literals, blank_test_items, imports};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One row of the table: which parts the part may import.
type Rules = BTreeMap<String, BTreeSet<String>>;

/// The table of ARCHITECTURE.md: part name → what it may import.
fn rules() -> Rules {
    let text = std::fs::read_to_string("ARCHITECTURE.md").expect("read ARCHITECTURE.md");
    let mut rules = Rules::new();
    for line in text.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        assert!(cells.len() >= 3, "a table row has three columns: {line}");
        let names = ticked(cells[0]);
        assert_eq!(names.len(), 1, "one part per row: {line}");
        let part = part_name(&names[0]);
        let allowed = ticked(cells[cells.len() - 1])
            .iter()
            .map(|n| part_name(n))
            .collect();
        assert!(
            rules.insert(part.clone(), allowed).is_none(),
            "{part} has two rows"
        );
    }
    rules
}

/// The words in backticks in a table cell.
fn ticked(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// `app/` → `app`, `clock.rs` → `clock`, `cli` → `cli`.
fn part_name(name: &str) -> String {
    name.trim_end_matches('/')
        .trim_end_matches(".rs")
        .to_string()
}

/// The modules `src/lib.rs` declares.
fn lib_modules() -> BTreeSet<String> {
    let lib = std::fs::read_to_string("src/lib.rs").expect("read src/lib.rs");
    lib.lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod "))
        .filter_map(|l| l.strip_suffix(';'))
        .map(str::to_string)
        .collect()
}

/// Every Rust file under `dir`, recursively, in order.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The part a source file belongs to: `src/app/x.rs` → `app`,
/// `src/cli.rs` → `cli`.
fn part_of(file: &Path) -> String {
    let inside = file.strip_prefix("src").expect("under src");
    let first = inside.components().next().expect("a component");
    part_name(&first.as_os_str().to_string_lossy())
}

/// Macros exported at the crate root (`crate::each_record!`), with the part
/// that defines them.
fn exported_macros(files: &[(PathBuf, String)]) -> BTreeMap<String, String> {
    let mut macros = BTreeMap::new();
    for (file, source) in files {
        let mut exported = false;
        for line in source.lines().map(str::trim) {
            if line == "#[macro_export]" {
                exported = true;
            } else if let Some(rest) = line.strip_prefix("macro_rules!").filter(|_| exported) {
                let name = rest.trim().trim_end_matches('{').trim().to_string();
                macros.insert(name, part_of(file));
                exported = false;
            }
        }
    }
    macros
}

#[test]
fn the_table_names_every_module_of_the_library() {
    let rules = rules();
    let mut parts: BTreeSet<String> = rules.keys().cloned().collect();
    assert!(parts.remove("main"), "main.rs has a row");
    assert_eq!(
        parts,
        lib_modules(),
        "ARCHITECTURE.md's table and src/lib.rs name the same modules"
    );
    for (part, allowed) in &rules {
        for name in allowed {
            assert!(
                rules.contains_key(name) && name != "main",
                "{part} may import `{name}`, which is not a module of src/lib.rs"
            );
        }
    }
}

#[test]
fn every_file_imports_only_what_its_layer_allows() {
    let rules = rules();
    let mut paths = Vec::new();
    rust_files(Path::new("src"), &mut paths);
    assert!(paths.len() > 100, "found the sources");
    let files: Vec<(PathBuf, String)> = paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("read source");
            (p, text)
        })
        .collect();
    let macros = exported_macros(&files);
    let mut test_only: BTreeSet<PathBuf> = BTreeSet::new();
    let mut problems = Vec::new();
    for (file, source) in &files {
        if file == Path::new("src/lib.rs") || test_only.contains(file) {
            continue;
        }
        let part = part_of(file);
        let Some(allowed) = rules.get(&part) else {
            problems.push(format!(
                "{}: part `{part}` has no row in ARCHITECTURE.md",
                file.display()
            ));
            continue;
        };
        let mut code = blank_literals(source);
        let dir = file.parent().expect("a directory");
        let stem = file.file_stem().expect("a name").to_string_lossy();
        for name in blank_test_items(&mut code) {
            // `mod tests;` in `x/mod.rs` is `x/tests.rs`; in `x.rs`, `x/tests.rs`.
            let base = if stem == "mod" || stem == "main" || stem == "lib" {
                dir.to_path_buf()
            } else {
                dir.join(&*stem)
            };
            test_only.insert(base.join(format!("{name}.rs")));
            test_only.insert(base.join(&name).join("mod.rs"));
        }
        let root = if part == "main" { "spojka" } else { "crate" };
        for import in imports(&code, root) {
            let target = macros.get(&import.name).unwrap_or(&import.name);
            if *target == part || allowed.contains(target) {
                continue;
            }
            problems.push(format!(
                "{}:{}: `{part}` imports `{target}` ({root}::{}), which its row in ARCHITECTURE.md does not allow",
                file.display(),
                import.line,
                import.name
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn the_reader_sees_paths_in_code_only() {
    let source = r####"
//! Uses crate::store in a doc comment.
use crate::{domain::Kind, model, ui::{a, b}};
/* crate::report in a block /* nested crate::report */ comment */
fn f<'a>(x: &'a str) -> char {
    let _ = "crate::store in a string";
    let _ = r#"crate::store in a raw "string""#;
    let _ = '{';
    crate::insight::figures::compute(x);
    crate::each_record!(x, r => r);
    '"'
}
#[cfg(test)]
mod tests {
    use crate::sample;
    fn g() { let _ = crate::store::open(); }
}
#[cfg(test)]
mod more;
fn h() -> u8 { crate::app::x() }
"####;
    let mut code = blank_literals(source);
    assert_eq!(blank_test_items(&mut code), vec!["more".to_string()]);
    let found: Vec<(usize, String)> = imports(&code, "crate")
        .into_iter()
        .map(|i| (i.line, i.name))
        .collect();
    let expect = |pairs: &[(usize, &str)]| -> Vec<(usize, String)> {
        pairs.iter().map(|(l, n)| (*l, n.to_string())).collect()
    };
    assert_eq!(
        found,
        expect(&[
            (3, "domain"),
            (3, "model"),
            (3, "ui"),
            (9, "insight"),
            (10, "each_record"),
            (20, "app"),
        ])
    );
}
