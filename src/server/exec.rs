//! Commands over SSH: `ssh -p 2222 host export --kind meetings --format csv`
//! runs spojka's own command line as the user, in their role, through the
//! same request path as the control socket, with its output, messages and
//! exit status streamed back.
//!
//! The command line is split by POSIX shell word rules and never given to a
//! shell. Nothing in it may name a file on the server: `--db` and `--out`
//! are refused, and the only input file is `-`, the channel's own input.

use crate::app::access::Role;
use crate::cli::{Cli, Command, hold};
use crate::control::chunked::Chunked;
use crate::control::server::{Call, MAX_INPUT};
use russh::ChannelWriteHalf;
use russh::server::Msg;
use std::io::{self, Write};
use tokio::sync::mpsc::{Receiver, Sender};

/// Bytes of output gathered before they are sent.
const CHUNK: usize = 32 * 1024;

/// Output chunks a command may have queued before it waits for the client.
const QUEUE: usize = 64;

/// A command line accepted to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    /// spojka's arguments, without the program name.
    pub args: Vec<String>,
    /// Whether it reads the channel's input to its end first (`import … -`).
    pub reads_input: bool,
}

/// Why a command line is not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The user's words, for the client's standard error.
    Message(String),
    /// The user's role is not enough.
    Role {
        /// The command's name.
        command: String,
        /// The role it needs.
        needed: Role,
    },
}

impl Refusal {
    /// The refusal in words, for the user and the log.
    pub fn text(&self, role: Role) -> String {
        match self {
            Refusal::Message(text) => text.clone(),
            Refusal::Role { command, needed } => {
                crate::catalog::access::command_needs(command, *needed, role)
            }
        }
    }
}

/// Checks a command line from an SSH client for a user with `role`.
/// Command lines clap cannot parse are accepted here: the runner answers
/// them with clap's own message, as on the command line.
pub fn prepare(line: &str, role: Role) -> Result<Prepared, Refusal> {
    let refuse = |text: &str| Err(Refusal::Message(text.to_string()));
    let mut args = match shell_words::split(line) {
        Ok(words) => words,
        Err(e) => return refuse(&format!("cannot split the command line: {e}")),
    };
    if args.first().is_some_and(|w| w == "spojka") {
        args.remove(0);
    }
    if args.is_empty() {
        return refuse("no command given");
    }
    let argv = std::iter::once("spojka".to_string()).chain(args.iter().cloned());
    let Ok(cli) = <Cli as clap::Parser>::try_parse_from(argv) else {
        return Ok(Prepared {
            args,
            reads_input: false,
        });
    };
    if cli.db.is_some() {
        return refuse(
            "--db names a database on the server: over SSH the server's own database is used",
        );
    }
    if cli.keymap.is_some() {
        return refuse(
            "--keymap is for the interactive interface: your keymap is set in the server's users file",
        );
    }
    let Some(command) = cli.command else {
        return refuse("connect with ssh -t for the interactive interface, or give a command");
    };
    if command.out_file().is_some() {
        return refuse(
            "--out would write a file on the server: redirect the output instead (… > file)",
        );
    }
    let reads_input = match &command {
        Command::Import(a) if a.file.as_os_str() == "-" => true,
        Command::Import(_) => {
            return refuse(
                "import reads your file from standard input over SSH: import --format ics - < FILE",
            );
        }
        Command::Serve(_) => return refuse(&crate::server::ServeError::NotHere.to_string()),
        Command::RequestSteps(a)
            if matches!(a.action, crate::cli::RequestStepsAction::Import { .. }) =>
        {
            return refuse(
                "request-steps import would read a file on the server: run it where the database is",
            );
        }
        _ => false,
    };
    let needed = hold::required_role(&command);
    if needed > role {
        let command = args.first().cloned().unwrap_or_default();
        return Err(Refusal::Role { command, needed });
    }
    Ok(Prepared { args, reads_input })
}

/// What a running command hands to its connection.
#[derive(Debug)]
pub enum Out {
    /// For standard output.
    Stdout(Vec<u8>),
    /// For standard error.
    Stderr(Vec<u8>),
    /// The exit status: the channel then closes.
    Exit(u32),
}

/// Who runs a command, and on what.
pub struct Job {
    /// The runner for the user's role.
    pub runner: crate::control::server::Runner,
    /// The user's name, for the history.
    pub user: String,
    /// Their language.
    pub lang: String,
    /// The command's arguments.
    pub args: Vec<String>,
    /// What the client sent as input (`import … -`).
    pub input: Vec<u8>,
}

/// Runs a job on the blocking pool and streams it to `writer`; returns its
/// exit status (None when the client went away first).
pub async fn run(job: Job, writer: ChannelWriteHalf<Msg>) -> Option<u32> {
    let (tx, rx) = tokio::sync::mpsc::channel(QUEUE);
    let work = tokio::task::spawn_blocking(move || {
        // Waits while the client reads slowly: a command's output is
        // bounded by the queue and the SSH window, not held in memory.
        let send = |to: &Sender<Out>, out: Out| {
            to.blocking_send(out)
                .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))
        };
        let mut stdout = Chunked::new(CHUNK, |bytes| send(&tx, Out::Stdout(bytes)));
        let stderr_tx = tx.clone();
        let mut stderr = Chunked::new(CHUNK, |bytes| send(&stderr_tx, Out::Stderr(bytes)));
        let status = (job.runner)(Call {
            args: job.args,
            lang: job.lang,
            user: job.user,
            input: job.input,
            stdout: &mut stdout,
            stderr: &mut stderr,
        });
        let _ = stdout.flush();
        let _ = stderr.flush();
        let status = u32::try_from(status).unwrap_or(1);
        let _ = tx.blocking_send(Out::Exit(status));
    });
    let sent = send(rx, writer).await;
    let _ = work.await;
    sent
}

/// Sends what the command writes until its exit status.
pub async fn send(mut rx: Receiver<Out>, writer: ChannelWriteHalf<Msg>) -> Option<u32> {
    while let Some(out) = rx.recv().await {
        let sent = match out {
            Out::Stdout(bytes) => writer.data_bytes(bytes).await,
            Out::Stderr(bytes) => writer.extended_data_bytes(1, bytes).await,
            Out::Exit(status) => {
                finish(&writer, status).await;
                return Some(status);
            }
        };
        if sent.is_err() {
            return None;
        }
    }
    None
}

/// Ends a channel with an exit status.
pub async fn finish(writer: &ChannelWriteHalf<Msg>, status: u32) {
    let _ = writer.exit_status(status).await;
    let _ = writer.eof().await;
    let _ = writer.close().await;
}

/// Refuses on a channel: the message on standard error, then exit status 1.
pub async fn refuse(writer: &ChannelWriteHalf<Msg>, text: &str) {
    let line = format!("spojka: {text}\r\n");
    let _ = writer.extended_data_bytes(1, line.into_bytes()).await;
    finish(writer, 1).await;
}

/// Whether `input` plus `more` bytes is still within what a command may read.
pub fn fits(input: &[u8], more: usize) -> bool {
    input.len() + more <= MAX_INPUT
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str, role: Role) -> Result<Vec<String>, String> {
        prepare(line, role)
            .map(|p| p.args)
            .map_err(|r| r.text(role))
    }

    #[test]
    fn a_command_line_is_split_like_a_shell_without_one() {
        assert_eq!(
            args("spojka export --kind meetings --format 'csv'", Role::Viewer),
            Ok(vec!["export", "--kind", "meetings", "--format", "csv"]
                .into_iter()
                .map(String::from)
                .collect())
        );
        // Words only: nothing is substituted or run.
        assert_eq!(
            args("export $(rm -rf /); ls", Role::Viewer).map(|a| a.len()),
            Ok(5)
        );
        assert!(args("export 'unclosed", Role::Viewer).is_err());
    }

    #[test]
    fn server_paths_are_refused_and_stdin_is_the_only_input() {
        for line in [
            "--db /etc export --kind ngos --format csv",
            "export --kind ngos --format csv --out /tmp/x.csv",
            "import --format ics /etc/passwd",
        ] {
            assert!(args(line, Role::Admin).is_err(), "{line}");
        }
        let import = prepare("import --format ics -", Role::Editor).expect("accepted");
        assert!(import.reads_input);
    }

    #[test]
    fn a_command_above_the_users_role_is_refused_naming_both_roles() {
        assert_eq!(
            args("import --format ics -", Role::Viewer),
            Err(
                "import needs the editor role; yours is viewer: ask an admin of this server".into()
            )
        );
        assert!(args("seed", Role::Editor).is_err());
        assert!(
            args("serve", Role::Admin).is_err(),
            "serve needs a role no one has over SSH"
        );
        assert!(args("report --format md", Role::Viewer).is_ok());
    }
}
