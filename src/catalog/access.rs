//! Words for what a user's role or a remote session rules out.

use crate::vocab::Role;

/// A viewer pressed a key that would change records.
pub const VIEW_ONLY: &str = "You can only view: your role is viewer.";

/// How a remote user imports a calendar file from their own computer (the
/// start of the command, `ssh -p … host`, comes first).
pub const IMPORT_COMMAND: &str = "import --format ics - < calendar.ics";

/// Something needs a role the user does not have.
pub fn needs(role: Role) -> String {
    match role {
        Role::Viewer => VIEW_ONLY.to_string(),
        Role::Editor => "Only an editor or an admin may change records.".to_string(),
        Role::Admin => "Only an admin may do that.".to_string(),
    }
}

/// Over SSH a file would be read or written on the server: the command that
/// does it on the user's own computer instead.
pub fn run_instead(command: &str) -> String {
    format!("Run on your computer: {command}")
}

/// A command over SSH needs a role the user does not have.
pub fn command_needs(command: &str, needed: Role, role: Role) -> String {
    format!(
        "{command} needs the {} role; yours is {}: ask an admin of this server",
        needed.name(),
        role.name()
    )
}

/// A local spojka started on a database that `spojka serve` holds.
pub fn served_over_ssh(listen: &str, ssh: &str) -> String {
    format!("this database is served by spojka serve on {listen}: connect with {ssh}")
}

/// A client asked for the interactive interface without a terminal.
pub fn needs_terminal(ssh: &str) -> String {
    format!(
        "the interactive interface needs a terminal: connect with `{ssh}` (add -t if ssh has no terminal to give), or run a command: `{ssh} export --kind meetings --format csv > meetings.csv`"
    )
}
