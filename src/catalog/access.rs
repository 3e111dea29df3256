//! Words for what a user's role or a remote session rules out.

use super::{format, text};
use crate::vocab::Role;

/// A viewer pressed a key that would change records.
pub fn view_only() -> &'static str {
    text("access-view-only")
}

/// How a remote user imports a calendar file from their own computer (the
/// start of the command, `ssh -p … host`, comes first). A command, not words.
pub const IMPORT_COMMAND: &str = "import --format ics - < calendar.ics";

/// Something needs a role the user does not have.
pub fn needs(role: Role) -> String {
    text(match role {
        Role::Viewer => "access-view-only",
        Role::Editor => "access-needs-editor",
        Role::Admin => "access-needs-admin",
    })
    .to_string()
}

/// Over SSH a file would be read or written on the server: the command that
/// does it on the user's own computer instead.
pub fn run_instead(command: &str) -> String {
    format("access-run-instead", &[("command", command.into())])
}

/// A command over SSH needs a role the user does not have.
pub fn command_needs(command: &str, needed: Role, role: Role) -> String {
    format(
        "access-command-needs",
        &[
            ("command", command.into()),
            ("needed", needed.name().into()),
            ("role", role.name().into()),
        ],
    )
}

/// A local spojka started on a database that `spojka serve` holds.
pub fn served_over_ssh(listen: &str, ssh: &str) -> String {
    format(
        "access-served-over-ssh",
        &[("listen", listen.into()), ("ssh", ssh.into())],
    )
}

/// A client asked for the interactive interface without a terminal.
pub fn needs_terminal(ssh: &str) -> String {
    format("access-needs-terminal", &[("ssh", ssh.into())])
}
