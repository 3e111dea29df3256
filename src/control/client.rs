//! The client's side: a spojka that finds the database held by another
//! process sends its command there, streams its input file, and writes what
//! comes back. The client opens every file itself; the holder never opens a
//! path a client named.

use super::frame::{self, CHUNK, FromHolder, PROTOCOL, ToHolder};
use std::io::{self, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;

/// Why a command could not be run by the holder.
#[derive(Debug, thiserror::Error)]
pub enum ControlError {
    /// No holder answers at the socket (none yet, or it died).
    #[error("no spojka answers at {0}")]
    NoHolder(String),
    /// The holder runs another version of spojka.
    #[error("this database is held by spojka {version} (pid {pid}): use that version or close it")]
    WrongVersion {
        /// The holder's version.
        version: String,
        /// The holder's process id.
        pid: u32,
    },
    /// The holder went away in the middle of the request.
    #[error(
        "the spojka holding the database (pid {pid}) stopped answering in the middle of the command; check with `spojka export` whether it took effect, and run it again if not"
    )]
    Died {
        /// The holder's process id.
        pid: u32,
    },
    /// Reading the input or writing the output failed here.
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// Who holds the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    /// Its process id.
    pub pid: u32,
    /// The command it runs, or None for the interactive interface.
    pub command: Option<String>,
}

/// Connects and greets the holder; an absent or dead holder is
/// [`ControlError::NoHolder`].
fn greet(socket: &Path) -> Result<(UnixStream, Holder), ControlError> {
    let no_holder = || ControlError::NoHolder(socket.display().to_string());
    let mut stream = UnixStream::connect(socket).map_err(|_| no_holder())?;
    frame::send(
        &mut stream,
        &ToHolder::Hello {
            protocol: PROTOCOL,
            version: env!("CARGO_PKG_VERSION").to_string(),
        },
    )
    .map_err(|_| no_holder())?;
    match frame::receive::<FromHolder>(&mut stream).map_err(|_| no_holder())? {
        Some(FromHolder::Welcome { pid, command }) => Ok((stream, Holder { pid, command })),
        Some(FromHolder::WrongVersion { pid, version }) => {
            Err(ControlError::WrongVersion { version, pid })
        }
        _ => Err(no_holder()),
    }
}

/// Asks who holds the database.
pub fn who(socket: &Path) -> Result<Holder, ControlError> {
    greet(socket).map(|(_, holder)| holder)
}

/// A command for the holder to run.
pub struct Request<'a> {
    /// spojka's arguments, without the program name.
    pub args: Vec<String>,
    /// The caller's language.
    pub lang: String,
    /// The caller's user name.
    pub user: String,
    /// The input file's contents, opened by the caller.
    pub input: Option<&'a mut dyn Read>,
}

/// Runs a command through the holder: streams the input, writes its output
/// to `stdout` and `stderr` as it comes, and gives the exit status.
pub fn run(
    socket: &Path,
    request: Request<'_>,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<i32, ControlError> {
    let (mut stream, holder) = greet(socket)?;
    let died = |_| ControlError::Died { pid: holder.pid };
    frame::send(
        &mut stream,
        &ToHolder::Request {
            args: request.args,
            lang: request.lang,
            user: request.user,
        },
    )
    .map_err(died)?;
    if let Some(input) = request.input {
        let mut chunk = vec![0u8; CHUNK];
        loop {
            let n = match input.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e.into()),
            };
            frame::send(&mut stream, &ToHolder::Input(chunk[..n].to_vec())).map_err(died)?;
        }
    }
    frame::send(&mut stream, &ToHolder::InputEnd).map_err(died)?;
    loop {
        match frame::receive::<FromHolder>(&mut stream).map_err(died)? {
            Some(FromHolder::Stdout(bytes)) => stdout.write_all(&bytes)?,
            Some(FromHolder::Stderr(bytes)) => stderr.write_all(&bytes)?,
            Some(FromHolder::Exit(status)) => {
                stdout.flush()?;
                return Ok(status);
            }
            Some(_) | None => return Err(ControlError::Died { pid: holder.pid }),
        }
    }
}
