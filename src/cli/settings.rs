//! `spojka settings`: a user's own settings, kept in the database under
//! their user name. For now the one a user changes here is the keymap the
//! interactive interface opens with.

use super::{CliError, SettingChange, SettingsArgs};
use crate::keymap::Keymap;
use crate::store::Store;
use std::io::Write;
use std::path::Path;

/// `spojka settings [keymap NAME|PATH | keymap --unset]` as `who`.
pub fn run(
    store: &Store,
    who: &str,
    args: &SettingsArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let mut settings = store.settings(who)?;
    let text = match &args.change {
        None => match &settings.keymap {
            Some(keymap) => format!("Settings of {who}:\nkeymap: {keymap}\n"),
            None => format!(
                "Settings of {who}:\nkeymap: not set (the base in keymap.toml, else \"default\")\n"
            ),
        },
        Some(SettingChange::Keymap { unset: true, .. }) => {
            settings.keymap = None;
            store.save_settings(who, &settings)?;
            format!("Forgot the saved keymap of {who}.\n")
        }
        Some(SettingChange::Keymap { choice, .. }) => {
            let choice = choice.clone().unwrap_or_default();
            // A keymap that does not load is refused now, not at the next start.
            crate::keymap::load(Some(&choice), None)?;
            settings.keymap = Some(choice.clone());
            store.save_settings(who, &settings)?;
            format!("Saved: spojka opens with the keymap {choice} for {who}.\n")
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
