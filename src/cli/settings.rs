//! `spojka settings`: a user's own settings, kept in the database under
//! their user name: the keymap the interactive interface opens with, and
//! the language it speaks.

use super::{CliError, SettingChange, SettingsArgs};
use crate::catalog::{format, text};
use crate::keymap::Keymap;
use crate::store::Store;
use crate::vocab::Lang;
use fluent_bundle::FluentValue;
use std::io::Write;
use std::path::Path;

/// `spojka settings [keymap NAME|PATH | keymap --unset | lang cs|en |
/// lang --unset]` as `who`.
pub fn run(
    store: &Store,
    who: &str,
    args: &SettingsArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let mut settings = store.settings(who)?;
    let who_arg = || ("who", FluentValue::from(who.to_string()));
    let text = match &args.change {
        None => {
            let keymap = match &settings.keymap {
                Some(keymap) => format("settings-keymap", &[("keymap", keymap.as_str().into())]),
                None => text("settings-keymap-not-set").to_string(),
            };
            let lang = match settings.lang.as_deref().and_then(Lang::from_code) {
                Some(lang) => format("settings-lang", &[("lang", lang.code().into())]),
                None => text("settings-lang-not-set").to_string(),
            };
            let of = format("settings-of", &[who_arg()]);
            format!("{of}\n{keymap}\n{lang}\n")
        }
        Some(SettingChange::Keymap { unset: true, .. }) => {
            settings.keymap = None;
            store.save_settings(who, &settings)?;
            format("settings-keymap-forgotten", &[who_arg()]) + "\n"
        }
        Some(SettingChange::Keymap { choice, .. }) => {
            let choice = choice.clone().unwrap_or_default();
            // A keymap that does not load is refused now, not at the next start.
            crate::keymap::load(Some(&choice), None)?;
            settings.keymap = Some(choice.clone());
            store.save_settings(who, &settings)?;
            let keymap = ("keymap", FluentValue::from(choice));
            format("settings-keymap-saved", &[keymap, who_arg()]) + "\n"
        }
        Some(SettingChange::Lang { unset: true, .. }) => {
            settings.lang = None;
            store.save_settings(who, &settings)?;
            format("settings-lang-forgotten", &[who_arg()]) + "\n"
        }
        Some(SettingChange::Lang { choice, .. }) => {
            let lang = choice.unwrap_or_default();
            settings.lang = Some(lang.code().to_string());
            store.save_settings(who, &settings)?;
            let lang = ("lang", FluentValue::from(lang.code()));
            format("settings-lang-saved", &[lang, who_arg()]) + "\n"
        }
    };
    // User and file names can hold anything: nothing reaches the terminal raw.
    out.write_all(crate::sanitize::sanitize_lines(&text).as_bytes())
        .and_then(|()| out.flush())
        .map_err(|source| CliError::Io {
            what: "writing the settings".to_string(),
            source,
        })
}

/// The keymap `user` saved (with the override file `user_file` on top, as for
/// `--keymap`), or the default one when they saved none.
pub fn saved_keymap(
    store: &Store,
    user: &str,
    user_file: Option<&Path>,
) -> Result<Keymap, CliError> {
    let saved = store.settings(user)?.keymap;
    crate::keymap::load(saved.as_deref(), user_file).map_err(|source| match saved {
        Some(choice) => CliError::SavedKeymap { choice, source },
        None => source.into(),
    })
}

/// The language `user` saved, if any (a value this spojka does not know is
/// no choice).
pub fn saved_lang(store: &Store, user: &str) -> Result<Option<Lang>, CliError> {
    let saved = store.settings(user)?.lang;
    Ok(saved.as_deref().and_then(Lang::from_code))
}
