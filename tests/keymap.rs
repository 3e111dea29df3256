//! Keymap behaviour as the app and its users see it: shipped files, notation,
//! diagnostics for broken files, overrides, sequences and start-up loading.

use std::path::{Path, PathBuf};

use spojka::keymap::{
    Diagnostic, Key, KeyCode, KeyParseError, KeySeq, Keymap, KeymapError, Lookup, Mods, Problem,
    load,
};
use spojka::vocab::Action;
use spojka::vocab::Mode;

fn manifest_path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(manifest_path(rel)).expect("readable test file")
}

fn fixture(name: &str) -> String {
    read(&format!("tests/keymap_fixtures/{name}"))
}

/// Parses a fixture that must be rejected, with its name as the source.
fn diagnostics(name: &str) -> Vec<Diagnostic> {
    match Keymap::parse(name, &fixture(name)) {
        Ok(_) => panic!("{name} should be rejected"),
        Err(diags) => diags,
    }
}

/// Parses a fixture that must be rejected with exactly one diagnostic.
fn only_diagnostic(name: &str) -> Diagnostic {
    let diags = diagnostics(name);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    diags.into_iter().next().expect("one diagnostic")
}

fn key(text: &str) -> Key {
    text.parse().expect("valid key")
}

fn seq(text: &str) -> KeySeq {
    text.parse().expect("valid key sequence")
}

fn builtin(name: &str) -> Keymap {
    Keymap::builtin(name).expect("builtin keymap")
}

fn merged(base: &str, fixture_name: &str) -> Result<Keymap, Vec<Diagnostic>> {
    let mut keymap = builtin(base);
    let file = Keymap::parse(fixture_name, &fixture(fixture_name)).expect("override parses");
    keymap.merge(&file).map(|()| keymap)
}

/// 1-based line of the first line of a file that starts with `prefix`.
fn line_in(rel: &str, prefix: &str) -> usize {
    let text = read(rel);
    let index = text.lines().position(|l| l.starts_with(prefix));
    index.expect("line present") + 1
}

// ---- Shipped keymaps ----

#[test]
fn shipped_keymaps_parse_with_zero_diagnostics() {
    for name in ["default", "vim"] {
        let source = format!("keymaps/{name}.toml");
        let file = Keymap::parse(&source, &read(&source));
        let file = file.unwrap_or_else(|d| panic!("{source}: {d:#?}"));
        assert_eq!(
            file.base(),
            None,
            "{source} is a full keymap, not an override"
        );
        let mut keymap = Keymap::default();
        keymap.merge(&file).expect("no sequence conflicts");
    }
}

#[test]
fn shipped_keymaps_cover_every_mode() {
    for name in ["default", "vim"] {
        let keymap = builtin(name);
        for &mode in Mode::ALL {
            for action in spojka::screens::keys(mode).all() {
                assert!(
                    !keymap.keys_for(mode, action).is_empty(),
                    "{name}: [{}] has no key for {}",
                    mode.name(),
                    action.name()
                );
            }
        }
    }
}

#[test]
fn shipped_keymaps_leave_printable_keys_to_text_modes() {
    for name in ["default", "vim"] {
        let keymap = builtin(name);
        for &mode in Mode::ALL.iter().filter(|m| m.takes_text()) {
            for (seq, action) in keymap.bindings(mode) {
                let first = seq.0[0];
                let typed =
                    matches!(first.code, KeyCode::Char(_)) && !first.mods.ctrl && !first.mods.alt;
                assert!(
                    !typed,
                    "{name}: [{}] binds {seq} to {action:?}",
                    mode.name()
                );
            }
        }
    }
}

#[test]
fn keys_for_follows_file_order_in_canonical_notation() {
    let default = builtin("default");
    let keys: Vec<String> = default
        .keys_for(Mode::Normal, Action::MoveDown)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(keys, ["down", "j"]);
    let vim = builtin("vim");
    assert_eq!(
        vim.keys_for(Mode::Normal, Action::MoveTop),
        [seq("g g"), seq("home")]
    );
}

// ---- Key notation ----

#[test]
fn canonical_notation_round_trips() {
    for text in [
        "j",
        "J",
        "/",
        "?",
        "1",
        "-",
        "enter",
        "esc",
        "tab",
        "backtab",
        "backspace",
        "delete",
        "up",
        "down",
        "left",
        "right",
        "home",
        "end",
        "pageup",
        "pagedown",
        "insert",
        "space",
        "f1",
        "f12",
        "C-c",
        "A-x",
        "C-A-x",
        "S-up",
        "C-S-left",
        "C--",
        "A-J",
    ] {
        assert_eq!(key(text).to_string(), text);
    }
    for text in ["g g", "d d", "g T", ": q", "C-x C-s"] {
        assert_eq!(seq(text).to_string(), text);
    }
}

#[test]
fn notation_normalises_equal_keys() {
    let cases = [
        ("space", " "),
        ("S-j", "J"),
        ("S-J", "J"),
        ("S-tab", "backtab"),
        ("S-backtab", "backtab"),
        ("C-J", "C-j"),
        ("C-S-j", "C-j"),
        ("A-C-x", "C-A-x"),
    ];
    for (written, same) in cases {
        assert_eq!(key(written), key(same), "{written} vs {same}");
    }
    assert_eq!(key("space").code, KeyCode::Char(' '));
    assert_eq!(key("J"), Key::char('J'));
    assert_eq!(key("J").mods, Mods::default());
    assert_eq!(key("S-tab").to_string(), "backtab");
    assert_eq!(seq("g space").to_string(), "g space");
}

#[test]
fn terminal_keys_normalise_like_notation() {
    let shift = Mods {
        shift: true,
        ..Mods::default()
    };
    let ctrl = Mods {
        ctrl: true,
        ..Mods::default()
    };
    let raw = |code, mods| Key { code, mods }.normalize();
    assert_eq!(raw(KeyCode::Char('J'), shift), key("J"));
    assert_eq!(raw(KeyCode::Char('j'), shift), key("J"));
    assert_eq!(raw(KeyCode::Char('?'), shift), key("?"));
    assert_eq!(raw(KeyCode::Tab, shift), key("backtab"));
    assert_eq!(raw(KeyCode::BackTab, shift), key("backtab"));
    assert_eq!(raw(KeyCode::Char('C'), ctrl), key("C-c"));
    assert_eq!(raw(KeyCode::Up, shift), key("S-up"));
}

#[test]
fn bad_notation_says_what_is_wrong() {
    let cases = [
        ("C-", KeyParseError::MissingKey('C'), "\"C-\""),
        ("X-a", KeyParseError::UnknownModifier('X'), "\"X-\""),
        ("ff", KeyParseError::UnknownName("ff".into()), "\"ff\""),
        (
            "Enter",
            KeyParseError::UnknownName("Enter".into()),
            "lowercase",
        ),
        ("", KeyParseError::Empty, "empty"),
        ("C-C-x", KeyParseError::DuplicateModifier('C'), "twice"),
        ("f0", KeyParseError::BadFunctionKey("f0".into()), "f1..f12"),
        ("S-1", KeyParseError::ShiftOnSymbol('1'), "\"!\""),
        ("\t", KeyParseError::ControlChar('\t'), "\"tab\""),
    ];
    for (text, error, hint) in cases {
        let got = text.parse::<Key>();
        assert_eq!(got, Err(error.clone()), "{text:?}");
        assert!(error.to_string().contains(hint), "{error} lacks {hint}");
    }
    assert_eq!("g  g".parse::<KeySeq>(), Err(KeyParseError::BadSeparator));
    assert_eq!("".parse::<KeySeq>(), Err(KeyParseError::Empty));
    assert_eq!(
        "g ff".parse::<KeySeq>(),
        Err(KeyParseError::UnknownName("ff".into()))
    );
}

// ---- Diagnostics, one fixture per problem ----

/// Checks the parts of a diagnostic a user relies on to find the entry.
fn assert_at(d: &Diagnostic, file: &str, line: usize, key: Option<&str>, action: Option<&str>) {
    assert_eq!(d.file, file, "{d}");
    assert_eq!(d.line, line, "{d}");
    assert_eq!(d.key.as_deref(), key, "{d}");
    assert_eq!(d.action.as_deref(), action, "{d}");
}

#[test]
fn diagnostic_bad_action() {
    let d = only_diagnostic("bad_action.toml");
    assert_at(&d, "bad_action.toml", 4, Some("C-q"), Some("quitt"));
    assert_eq!(d.mode, Some(Mode::Normal));
    assert_eq!(d.problem, Problem::UnknownAction("quitt".into()));
    assert_eq!(
        d.to_string(),
        "bad_action.toml:4: key \"C-q\" in [normal]: unknown action \"quitt\""
    );
}

#[test]
fn diagnostic_bad_key() {
    let d = only_diagnostic("bad_key.toml");
    assert_at(&d, "bad_key.toml", 4, Some("X-a"), Some("quit"));
    assert_eq!(
        d.problem,
        Problem::BadKey(KeyParseError::UnknownModifier('X'))
    );
    assert!(d.to_string().contains("unknown modifier \"X-\""), "{d}");
}

#[test]
fn diagnostic_unknown_key_name() {
    let d = only_diagnostic("unknown_key_name.toml");
    assert_at(&d, "unknown_key_name.toml", 2, Some("ff"), Some("back"));
    assert_eq!(d.mode, Some(Mode::Detail));
    assert_eq!(
        d.problem,
        Problem::BadKey(KeyParseError::UnknownName("ff".into()))
    );
}

#[test]
fn diagnostic_unknown_mode() {
    let d = only_diagnostic("unknown_mode.toml");
    assert_at(&d, "unknown_mode.toml", 4, None, None);
    assert_eq!(d.problem, Problem::UnknownMode("nromal".into()));
    assert!(d.to_string().contains("[normal], [detail]"), "{d}");
}

#[test]
fn diagnostic_duplicate_key_names_both_lines() {
    let d = only_diagnostic("duplicate_key.toml");
    assert_at(
        &d,
        "duplicate_key.toml",
        5,
        Some("backtab"),
        Some("tab_next"),
    );
    assert_eq!(
        d.problem,
        Problem::DuplicateKey {
            other_key: "S-tab".into(),
            other_line: 3
        }
    );
    assert!(d.to_string().contains("line 3"), "{d}");
}

#[test]
fn diagnostic_duplicate_space() {
    let d = only_diagnostic("duplicate_space.toml");
    assert_at(&d, "duplicate_space.toml", 3, Some(" "), Some("confirm_no"));
    assert_eq!(
        d.problem,
        Problem::DuplicateKey {
            other_key: "space".into(),
            other_line: 2
        }
    );
}

#[test]
fn diagnostic_shadowed_sequence() {
    let d = only_diagnostic("shadowed_sequence.toml");
    assert_at(&d, "shadowed_sequence.toml", 2, Some("g"), Some("back"));
    assert_eq!(
        d.problem,
        Problem::ShadowsSequence {
            sequence: "g g".into(),
            file: "shadowed_sequence.toml".into(),
            line: 4
        }
    );
}

#[test]
fn diagnostic_syntax_error() {
    let d = only_diagnostic("syntax_error.toml");
    assert_at(&d, "syntax_error.toml", 3, None, None);
    assert!(matches!(d.problem, Problem::Syntax(_)), "{d}");
}

#[test]
fn diagnostic_non_string() {
    let d = only_diagnostic("non_string.toml");
    assert_at(&d, "non_string.toml", 3, Some("j"), Some("1"));
    assert_eq!(d.problem, Problem::NotAString("integer".into()));
}

#[test]
fn diagnostic_bad_base() {
    let d = only_diagnostic("bad_base.toml");
    assert_at(&d, "bad_base.toml", 1, None, None);
    assert_eq!(d.problem, Problem::BadBase("emacs".into()));
}

#[test]
fn diagnostic_unknown_top_level_key() {
    let d = only_diagnostic("unknown_top_level.toml");
    assert_at(&d, "unknown_top_level.toml", 1, None, None);
    assert_eq!(d.problem, Problem::UnknownTopLevelKey("theme".into()));
}

#[test]
fn diagnostic_section_not_table() {
    let d = only_diagnostic("section_not_table.toml");
    assert_at(&d, "section_not_table.toml", 2, None, None);
    assert_eq!(d.problem, Problem::SectionNotTable("normal".into()));
}

#[test]
fn diagnostic_misplaced_base() {
    let d = only_diagnostic("misplaced_base.toml");
    assert_at(&d, "misplaced_base.toml", 3, Some("base"), Some("vim"));
    assert_eq!(d.problem, Problem::MisplacedBase);
}

#[test]
fn every_problem_in_a_file_is_reported_in_line_order() {
    let text = "mode = 1\n[normal]\n\"ff\" = \"quitt\"\n\"j\" = true\n[nope]\n";
    let diags = Keymap::parse("many.toml", text).expect_err("broken");
    let lines: Vec<usize> = diags.iter().map(|d| d.line).collect();
    // Line 3 has both a bad key and a bad action.
    assert_eq!(lines, [1, 3, 3, 4, 5], "{diags:#?}");
}

// ---- Overrides ----

#[test]
fn override_changes_only_the_keys_it_names() {
    let default = builtin("default");
    let keymap = merged("default", "override_q.toml").expect("merges");
    assert_eq!(
        keymap.lookup(Mode::Normal, &[], key("q")),
        Lookup::Action(Action::HelpToggle)
    );
    assert_eq!(keymap.keys_for(Mode::Normal, Action::Quit), [seq("C-c")]);
    for &mode in Mode::ALL {
        let before: Vec<_> = default
            .bindings(mode)
            .into_iter()
            .filter(|(s, _)| *s != seq("q"))
            .collect();
        let after: Vec<_> = keymap
            .bindings(mode)
            .into_iter()
            .filter(|(s, _)| *s != seq("q"))
            .collect();
        assert_eq!(before, after, "[{}]", mode.name());
    }
    // Other modes keep their own q.
    assert_eq!(
        keymap.lookup(Mode::Detail, &[], key("q")),
        Lookup::Action(Action::Quit)
    );
}

#[test]
fn none_unbinds() {
    let keymap = merged("default", "override_none.toml").expect("merges");
    assert_eq!(keymap.lookup(Mode::Normal, &[], key("x")), Lookup::Unbound);
    assert_eq!(
        keymap.keys_for(Mode::Normal, Action::ExportCsv),
        Vec::<KeySeq>::new()
    );
    assert_eq!(
        keymap.keys_for(Mode::Normal, Action::RecordDelete),
        [seq("d")]
    );
}

#[test]
fn base_vim_picks_vim() {
    let file = Keymap::parse("o.toml", &fixture("override_vim_base.toml")).expect("parses");
    assert_eq!(file.base(), Some("vim"));
    let dir = tempfile::tempdir().expect("temp dir");
    let user = dir.path().join("keymap.toml");
    std::fs::write(&user, fixture("override_vim_base.toml")).expect("write");
    let keymap = load(None, Some(&user)).expect("loads");
    assert_eq!(
        keymap.lookup(Mode::Normal, &[], key("G")),
        Lookup::Action(Action::MoveBottom)
    );
    assert_eq!(
        keymap.lookup(Mode::Normal, &[], key("Q")),
        Lookup::Action(Action::Quit)
    );
}

#[test]
fn override_that_shadows_a_base_sequence_is_reported() {
    let diags = merged("vim", "override_shadow.toml").expect_err("conflicts");
    // "g" starts "g g", "g t", "g T", "g h", "g c", "g e" and "g i" in the vim keymap.
    assert_eq!(diags.len(), 7, "{diags:#?}");
    for d in &diags {
        assert_at(d, "override_shadow.toml", 5, Some("g"), Some("quit"));
        assert!(
            matches!(&d.problem, Problem::ShadowsSequence { file, .. } if file == "keymaps/vim.toml"),
            "{d}"
        );
    }
    assert!(diags.iter().any(|d| d.problem
        == Problem::ShadowsSequence {
            sequence: "g g".into(),
            file: "keymaps/vim.toml".into(),
            line: line_in("keymaps/vim.toml", "\"g g\" = ")
        }));
}

#[test]
fn override_sequence_shadowed_by_a_base_key_is_reported() {
    let diags = merged("default", "override_shadowed_by.toml").expect_err("conflicts");
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_at(
        &diags[0],
        "override_shadowed_by.toml",
        3,
        Some("d d"),
        Some("record_delete"),
    );
    assert!(matches!(&diags[0].problem, Problem::ShadowedBy { prefix, .. } if prefix == "d"));
}

// ---- Sequences ----

#[test]
fn lookup_walks_sequences() {
    let vim = builtin("vim");
    let g = key("g");
    assert_eq!(vim.lookup(Mode::Normal, &[], g), Lookup::Pending);
    assert_eq!(
        vim.lookup(Mode::Normal, &[g], g),
        Lookup::Action(Action::MoveTop)
    );
    assert_eq!(vim.lookup(Mode::Normal, &[g], key("x")), Lookup::Unbound);
    assert_eq!(
        vim.lookup(Mode::Normal, &[g], key("T")),
        Lookup::Action(Action::TabPrev)
    );
    assert_eq!(
        vim.lookup(Mode::Normal, &[], key("j")),
        Lookup::Action(Action::MoveDown)
    );
    assert_eq!(vim.lookup(Mode::Form, &[], key("j")), Lookup::Unbound);
}

// ---- Start-up loading ----

#[test]
fn load_defaults_to_default() {
    let keymap = load(None, None).expect("loads");
    assert_eq!(
        keymap.bindings(Mode::Normal),
        builtin("default").bindings(Mode::Normal)
    );
    let vim = load(Some("vim"), Some(Path::new("/nonexistent/keymap.toml"))).expect("loads");
    assert_eq!(
        vim.lookup(Mode::Normal, &[], key("G")),
        Lookup::Action(Action::MoveBottom)
    );
}

#[test]
fn load_missing_path_is_io_error_naming_it() {
    let path = "/nonexistent/spojka/mine.toml";
    let err = load(Some(path), None).expect_err("missing file");
    assert!(matches!(&err, KeymapError::Io { path: p, .. } if p == Path::new(path)));
    assert!(err.to_string().contains(path), "{err}");
}

#[test]
fn load_unknown_builtin_lists_the_names() {
    let err = load(Some("emacs"), None).expect_err("unknown name");
    assert!(matches!(&err, KeymapError::UnknownBuiltin { name, .. } if name == "emacs"));
    let message = err.to_string();
    for part in ["\"emacs\"", "default", "vim"] {
        assert!(message.contains(part), "{message}");
    }
}

#[test]
fn load_keymap_file_without_base_layers_on_default() {
    let path = manifest_path("tests/keymap_fixtures/override_q.toml");
    let keymap = load(path.to_str(), None).expect("loads");
    assert_eq!(
        keymap.lookup(Mode::Normal, &[], key("q")),
        Lookup::Action(Action::HelpToggle)
    );
    assert_eq!(
        keymap.lookup(Mode::Normal, &[], key("n")),
        Lookup::Action(Action::RecordNew)
    );
}

#[test]
fn load_reports_problems_of_both_files_one_per_line() {
    let choice = manifest_path("tests/keymap_fixtures/bad_action.toml");
    let user = manifest_path("tests/keymap_fixtures/non_string.toml");
    let err = load(choice.to_str(), Some(&user)).expect_err("invalid");
    let KeymapError::Invalid(diags) = &err else {
        panic!("expected Invalid, got {err}");
    };
    assert_eq!(diags.len(), 2, "{diags:#?}");
    let message = err.to_string();
    assert_eq!(message.lines().count(), 2, "{message}");
    assert!(message.contains("bad_action.toml:4:"), "{message}");
    assert!(message.contains("non_string.toml:3:"), "{message}");
}

#[test]
fn empty_override_changes_nothing() {
    let mut keymap = builtin("vim");
    let file = Keymap::parse("empty.toml", "# nothing yet\n").expect("parses");
    keymap.merge(&file).expect("merges");
    assert_eq!(
        keymap.bindings(Mode::Normal),
        builtin("vim").bindings(Mode::Normal)
    );
}

#[test]
fn nested_table_in_a_section_is_not_a_string() {
    let diags = Keymap::parse("n.toml", "[normal]\n\"j\" = \"move_down\"\n[normal.g]\n")
        .expect_err("rejected");
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_at(&diags[0], "n.toml", 3, Some("g"), None);
    assert_eq!(diags[0].problem, Problem::NotAString("table".into()));
}

/// The README's table of the main keys says what the default keymap does:
/// every key it names in a row is bound in that row's mode.
#[test]
fn the_readme_key_table_agrees_with_the_default_keymap() {
    use spojka::vocab::Mode;
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("the README");
    let keymap = Keymap::builtin("default").expect("the default keymap");
    let rows = [
        ("| what needs attention |", Mode::Dashboard),
        ("| lists |", Mode::Normal),
        ("| the calendar |", Mode::Calendar),
        ("| a record |", Mode::Detail),
        ("| a form |", Mode::Form),
        ("| a list to choose from |", Mode::Picker),
        ("| changed elsewhere", Mode::Merge),
        ("| importing a spreadsheet |", Mode::Import),
        ("| erasing a person's data |", Mode::Erase),
    ];
    let mut wrong = Vec::new();
    for (start, mode) in rows {
        let row = readme
            .lines()
            .find(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("README has no row {start}"));
        let bound: Vec<String> = keymap
            .bindings(mode)
            .into_iter()
            .map(|(key, _)| key.to_string())
            .collect();
        // Every `…` span names keys, space-separated, as a person writes them.
        for span in row.split('`').skip(1).step_by(2) {
            for shown in span.split_whitespace() {
                for key in notation(shown) {
                    if !bound.contains(&key) {
                        wrong.push(format!("{mode:?}: {shown} ({key}) is not bound"));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The keymap notation of a key as the README writes it (`↑`, `PgDn`,
/// `Ctrl-S`, `←→` for two keys).
fn notation(shown: &str) -> Vec<String> {
    let named = |name: &str| -> Option<&str> {
        Some(match name {
            "↑" => "up",
            "↓" => "down",
            "←" => "left",
            "→" => "right",
            "PgUp" => "pageup",
            "PgDn" => "pagedown",
            "Home" => "home",
            "End" => "end",
            "Enter" => "enter",
            "Esc" => "esc",
            "Tab" => "tab",
            "Space" => "space",
            _ => return None,
        })
    };
    if let Some(key) = named(shown) {
        return vec![key.to_string()];
    }
    if let Some(rest) = shown.strip_prefix("Ctrl-") {
        return vec![format!("C-{}", rest.to_lowercase())];
    }
    // Arrows written together ("←→") are two keys.
    if shown.chars().count() > 1 && shown.chars().all(|c| named(&c.to_string()).is_some()) {
        return shown
            .chars()
            .filter_map(|c| named(&c.to_string()))
            .map(String::from)
            .collect();
    }
    vec![shown.to_string()]
}
