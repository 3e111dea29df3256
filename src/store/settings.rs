//! Per-user settings: the language, the keymap, folded dashboard sections
//! and saved import mappings, one value per user.
//!
//! They live in the database, in a tree of their own keyed by the user's name
//! (the OS user for a local session, the SSH user later), so that a user has
//! the same settings wherever they open the shared database from, and one
//! user's choices never change another's. Each value is in the store's
//! versioned envelope like a record, so a later layout can be migrated.

use super::{Store, StoreError, codec};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The sled tree holding every user's settings.
const TREE: &str = "settings";

/// One user's settings. Every field is optional or empty by default: a user
/// who never chose anything has `UserSettings::default()`.
///
/// Stored with bincode, which has no schema: add fields only with a new
/// format version and a migration, never by appending one here silently.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserSettings {
    /// The language of the interface ("cs", "en"); None: from the locale.
    pub lang: Option<String>,
    /// The keymap the interactive interface opens with when `--keymap` is
    /// not given: a shipped keymap's name or the path of a keymap file.
    pub keymap: Option<String>,
    /// The dashboard sections the user folded, by name.
    pub folded_sections: Vec<String>,
    /// Saved column mappings for imports, by name: (column in the file,
    /// field in spojka) pairs.
    pub import_mappings: BTreeMap<String, Vec<(String, String)>>,
}

impl Store {
    fn settings_tree(&self) -> Result<sled::Tree, StoreError> {
        let t = self.trees()?;
        // Opened per call: cheap in sled (a map lookup after the first), and
        // it keeps the settings out of the store's write path.
        t.db.open_tree(TREE).map_err(|e| self.sled_error(e))
    }

    fn decode_settings(&self, user: &str, bytes: &[u8]) -> Result<UserSettings, StoreError> {
        codec::decode(bytes).map_err(|source| StoreError::Decode {
            what: what(user),
            path: self.path().to_path_buf(),
            source,
        })
    }

    /// The settings of `user`; the defaults when they never saved any.
    pub fn settings(&self, user: &str) -> Result<UserSettings, StoreError> {
        let tree = self.settings_tree()?;
        match tree.get(user.as_bytes()).map_err(|e| self.sled_error(e))? {
            None => Ok(UserSettings::default()),
            Some(bytes) => self.decode_settings(user, &bytes),
        }
    }

    /// Saves the settings of `user`, replacing what was saved before; on disk
    /// before it returns.
    pub fn save_settings(&self, user: &str, settings: &UserSettings) -> Result<(), StoreError> {
        let bytes = codec::encode(settings);
        // Write only what can be read back: a value over the decode limit
        // would make this user's settings unreadable.
        self.decode_settings(user, &bytes)?;
        let tree = self.settings_tree()?;
        tree.insert(user.as_bytes(), bytes)
            .map_err(|e| self.sled_error(e))?;
        self.flush()
    }
}

/// How a user's settings are named in an error.
fn what(user: &str) -> String {
    format!("the settings of user {user:?}")
}
