//! The roles a user may have, as the users file of `spojka serve` names them.

use serde::Deserialize;

/// What a user may do, each role including the ones before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Reads, and runs the commands that only read (`export`, `report`, `coverage`).
    Viewer,
    /// Also edits records and imports calendars.
    Editor,
    /// Also loads reference data and runs the commands that act on the
    /// whole database (`seed`, `demo`).
    Admin,
}

impl Role {
    /// The role's name, as written in the users file.
    pub fn name(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }
}
