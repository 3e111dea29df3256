//! What a session may do: its user's role, and whether it runs on a computer
//! other than the user's (over SSH).
//!
//! The checks sit in `update`, before anything is asked of the driver: a
//! viewer's edit key says "you can only view" instead of opening a form, and
//! a remote session's export says which command to run instead of writing a
//! file on the server. A second check on the effects themselves catches any
//! path to a change that the key check does not know of.

use super::msg::Effect;
use super::state::Notice;
use super::state::{AppState, Question, View};
use crate::catalog::access as words;
use crate::vocab::Action;
pub use crate::vocab::Role;

/// How a remote user reaches this server, for the commands a session shows
/// instead of reading or writing files on the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remote {
    /// The start of every command, e.g. `ssh -p 2222 spojka.example.org`.
    pub ssh: String,
}

impl Remote {
    /// The whole command line that does `what` from the user's computer.
    pub fn command(&self, what: &str) -> String {
        format!("{} {what}", self.ssh)
    }
}

/// A session's permissions. The default is the local user's: everything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Access {
    /// The user's role.
    pub role: Role,
    /// Set when the session runs on a server for a remote user.
    pub remote: Option<Remote>,
}

impl Default for Access {
    fn default() -> Access {
        Access {
            role: Role::Admin,
            remote: None,
        }
    }
}

/// Actions that change records (or lead straight to a form that does).
fn changes_records(action: Action) -> bool {
    matches!(
        action,
        Action::RecordNew
            | Action::RecordEdit
            | Action::RecordDelete
            | Action::RecordArchive
            | Action::RecordRenew
            | Action::OccurrenceCancel
            | Action::OccurrenceMove
            | Action::MeetingHeld
            | Action::ImportIcs
            | Action::Undo
            | Action::Redo
            | Action::HistoryRevert
            | Action::HistoryRevertOperation
            | Action::ImportFile
            | Action::PersonErase
            | Action::EraseConfirm
            | Action::RequestStepDone
            | Action::RequestStepSkip
            | Action::RequestStepReopen
            | Action::RequestNewMeeting
            | Action::RequestNewAgreement
            | Action::RequestNewAssignment
    )
}

/// Answers an action the session's access rules out, in the status line;
/// true when the action must go no further.
pub fn refuse_action(state: &mut AppState, action: Action) -> bool {
    if changes_records(action) && state.access.role < Role::Editor {
        state.error(Notice::ViewOnly);
        return true;
    }
    // A remote user's files are on their computer, and the server's are
    // not theirs to read: an import names the command to run instead.
    let what = match action {
        Action::ImportIcs => Some(words::IMPORT_COMMAND.to_string()),
        Action::ImportFile if state.tab == crate::domain::Kind::Meeting => {
            Some(words::IMPORT_COMMAND.to_string())
        }
        Action::ImportFile => Some(sheet_command(state.tab)),
        _ => None,
    };
    if let Some(what) = what
        && let Some(remote) = &state.access.remote
    {
        let command = remote.command(&what);
        state.info(Notice::RunInstead(command));
        return true;
    }
    false
}

/// The command that imports a spreadsheet of `kind` from standard input.
fn sheet_command(kind: crate::domain::Kind) -> String {
    let kind = kind.plural();
    format!("import --kind {kind} --format csv - < {kind}.csv")
}

/// The role an effect needs.
fn needs(effect: &Effect) -> Role {
    match effect {
        Effect::Save(_)
        | Effect::SaveLinked(..)
        | Effect::RequestStep(..)
        | Effect::Delete(..)
        | Effect::ImportIcs(_)
        | Effect::Undo
        | Effect::Redo
        | Effect::RevertEntry(..)
        | Effect::RevertOp(_)
        | Effect::ReadSheet { .. }
        | Effect::ImportSheet(_)
        | Effect::ErasePlan(_)
        | Effect::ErasePerson { .. } => Role::Editor,
        Effect::Seed => Role::Admin,
        _ => Role::Viewer,
    }
}

/// What to run on the user's own computer instead of an effect that would
/// read or write a file on the server; None for effects that touch no file.
fn command_for(effect: &Effect) -> Option<String> {
    Some(match effect {
        Effect::Export { kind, format, .. } => {
            let extension = format.extension();
            let kind = kind.plural();
            format!("export --kind {kind} --format {extension} > {kind}.{extension}")
        }
        Effect::ExportCoverage(_) => "coverage > coverage.csv".to_string(),
        Effect::Report { format, from, to } => {
            let extension = format.extension();
            format!("report --from {from} --to {to} --format {extension} > report.{extension}")
        }
        Effect::ImportIcs(_) => words::IMPORT_COMMAND.to_string(),
        Effect::ReadSheet { kind, .. } => sheet_command(*kind),
        _ => return None,
    })
}

/// Keeps the effects the session may run; each one it may not is answered in
/// the status line instead.
pub fn screen(state: &mut AppState, effects: Vec<Effect>) -> Vec<Effect> {
    let mut kept = Vec::with_capacity(effects.len());
    for effect in effects {
        let needed = needs(&effect);
        if needed > state.access.role {
            // A form waiting for its save would wait for ever.
            if let Some(form) = state.form_mut() {
                form.saving = false;
            }
            state.error(Notice::Needs(needed));
            continue;
        }
        if let Some(remote) = &state.access.remote
            && let Some(what) = command_for(&effect)
        {
            let command = remote.command(&what);
            state.info(Notice::RunInstead(command));
            continue;
        }
        kept.push(effect);
    }
    kept
}

impl AppState {
    /// Gives the session its access; a question it may not answer (loading
    /// the reference data, for anyone but an admin) is taken away.
    pub fn set_access(&mut self, access: Access) {
        if access.role < Role::Admin {
            self.stack
                .retain(|v| !matches!(v, View::Confirm(c) if matches!(c.question, Question::Seed)));
        }
        self.access = access;
    }
}
