//! Property tests for the keymap and settings parsers: any text gives a
//! keymap or diagnostics, settings or an error, never a panic.

use proptest::prelude::*;
use spojka::keymap::Keymap;

/// Pieces keymap and settings files are made of.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("[normal]\n".to_string()),
        Just("[form]\n".to_string()),
        Just("[meetings]\n".to_string()),
        Just("base = \"vim\"\n".to_string()),
        "\"(C-|A-|S-)?[a-zA-Z0-9/ ]{0,6}\" = \"(none|quit|move_up|[a-z_]{0,10})\"\n",
        "travel_gap_minutes = [+-]?[0-9_xob]{0,22}\n",
        "[a-z_.]{1,12} = (\"[^\"\n]{0,8}\"|[0-9]{0,5}|true|\\[\\]|\\{\\})\n",
        "\\PC{0,16}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_the_keymap_parser(text in "\\PC{0,300}") {
        let _ = Keymap::parse("test.toml", &text);
    }

    #[test]
    fn keymap_shaped_text_never_panics(parts in proptest::collection::vec(fragment(), 0..30)) {
        let text = parts.concat();
        if let Ok(file) = Keymap::parse("test.toml", &text) {
            // Merging onto a builtin keymap must not panic either.
            if let Some(mut keymap) = Keymap::builtin("default") {
                let _ = keymap.merge(&file);
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics_the_config_parser(text in "\\PC{0,300}") {
        let _ = spojka::config::parse("config.toml", &text);
    }

    #[test]
    fn config_shaped_text_never_panics(parts in proptest::collection::vec(fragment(), 0..30)) {
        if let Err(spojka::config::ConfigError::Invalid { line, .. }) =
            spojka::config::parse("config.toml", &parts.concat())
        {
            prop_assert!(line >= 1);
        }
    }
}
