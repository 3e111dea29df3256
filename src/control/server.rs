//! The holder's side: whichever process opened the database serves the
//! control socket for as long as it holds it, and runs the commands other
//! spojka processes send, so that no second process ever opens the sled files.

use super::chunked::Chunked;
use super::frame::{self, CHUNK, FromHolder, PROTOCOL, ToHolder};
use std::io::{self, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

/// The most input a request may stream (the largest calendar file imported).
pub const MAX_INPUT: usize = 64 * 1024 * 1024;

/// Requests handled at once; more get a "busy" reply.
const MAX_CONNECTIONS: usize = 16;

/// The exit status of a command that failed through a bug (EX_SOFTWARE).
const INTERNAL_ERROR: i32 = 70;

/// How long a client may stay silent before its connection is dropped.
const READ_TIMEOUT: Duration = Duration::from_secs(60);

/// One request as the holder runs it.
pub struct Call<'a> {
    /// spojka's arguments, without the program name.
    pub args: Vec<String>,
    /// The caller's language.
    pub lang: String,
    /// The caller's user name.
    pub user: String,
    /// The input file the client streamed (empty if none).
    pub input: Vec<u8>,
    /// Where the command's standard output goes.
    pub stdout: &'a mut dyn Write,
    /// Where its messages go.
    pub stderr: &'a mut dyn Write,
}

/// What runs a request and gives its exit status.
pub type Runner = Arc<dyn Fn(Call<'_>) -> i32 + Send + Sync>;

/// The serving socket; dropping it stops serving, waits for requests under
/// way, and removes the socket file.
pub struct Holder {
    path: PathBuf,
    stop: Arc<AtomicBool>,
    accept: Option<JoinHandle<()>>,
    workers: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

impl Holder {
    /// Serves the socket at `path`, owner-only. The caller holds the
    /// database, so a socket file already there was left by a holder that
    /// died, and is replaced. `command` says what this process runs (None:
    /// the interactive interface).
    pub fn serve(path: &Path, command: Option<String>, runner: Runner) -> io::Result<Holder> {
        match std::fs::remove_file(path) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        let listener = UnixListener::bind(path)?;
        set_mode(path, 0o600)?;
        let stop = Arc::new(AtomicBool::new(false));
        let workers: Arc<Mutex<Vec<JoinHandle<()>>>> = Arc::default();
        let busy = Arc::new(AtomicUsize::new(0));
        let accept = {
            let (stop, workers) = (stop.clone(), workers.clone());
            std::thread::Builder::new()
                .name("control".into())
                .spawn(move || {
                    for stream in listener.incoming() {
                        if stop.load(Ordering::Acquire) {
                            break;
                        }
                        let Ok(stream) = stream else { continue };
                        let (runner, command, busy) =
                            (runner.clone(), command.clone(), busy.clone());
                        let worker = std::thread::Builder::new()
                            .name("control request".into())
                            .spawn(move || {
                                let n = busy.fetch_add(1, Ordering::AcqRel);
                                // A broken connection only ends that request.
                                let _ = serve_one(stream, command, &runner, n);
                                busy.fetch_sub(1, Ordering::AcqRel);
                            });
                        if let Ok(worker) = worker {
                            let mut list = workers.lock().unwrap_or_else(PoisonError::into_inner);
                            list.retain(|w| !w.is_finished());
                            list.push(worker);
                        }
                    }
                })?
        };
        Ok(Holder {
            path: path.to_path_buf(),
            stop,
            accept: Some(accept),
            workers,
        })
    }
}

impl Drop for Holder {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        // Wake the accepting thread so it sees the flag.
        let _ = UnixStream::connect(&self.path);
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
        let workers =
            std::mem::take(&mut *self.workers.lock().unwrap_or_else(PoisonError::into_inner));
        for worker in workers {
            let _ = worker.join();
        }
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

/// The peer's user id, from the kernel (not from anything the peer says).
#[cfg(target_os = "linux")]
fn peer_uid(stream: &UnixStream) -> io::Result<u32> {
    use std::os::fd::AsRawFd;
    let mut cred = libc::ucred {
        pid: 0,
        uid: 0,
        gid: 0,
    };
    let mut len = std::mem::size_of::<libc::ucred>() as libc::socklen_t;
    // SAFETY: `cred` and `len` are valid for writes of the sizes given, and
    // the descriptor belongs to `stream` for the duration of the call.
    let rc = unsafe {
        libc::getsockopt(
            stream.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_PEERCRED,
            (&mut cred as *mut libc::ucred).cast(),
            &mut len,
        )
    };
    if rc == 0 {
        Ok(cred.uid)
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn peer_uid(_stream: &UnixStream) -> io::Result<u32> {
    // The socket file is owner-only; elsewhere that is the check.
    // SAFETY: getuid has no preconditions and cannot fail.
    Ok(unsafe { libc::getuid() })
}

fn refuse(stream: &mut UnixStream, why: &str) -> io::Result<()> {
    frame::send(
        stream,
        &FromHolder::Stderr(format!("spojka: {why}\n").into_bytes()),
    )?;
    frame::send(stream, &FromHolder::Exit(1))
}

fn serve_one(
    mut stream: UnixStream,
    command: Option<String>,
    runner: &Runner,
    already_busy: usize,
) -> io::Result<()> {
    stream.set_read_timeout(Some(READ_TIMEOUT))?;
    // SAFETY: getuid has no preconditions and cannot fail.
    let own = unsafe { libc::getuid() };
    if peer_uid(&stream)? != own {
        return refuse(&mut stream, "only the database's owner may use it");
    }
    let pid = std::process::id();
    match frame::receive::<ToHolder>(&mut stream)? {
        Some(ToHolder::Hello { protocol, version })
            if protocol == PROTOCOL && version == env!("CARGO_PKG_VERSION") =>
        {
            frame::send(&mut stream, &FromHolder::Welcome { pid, command })?;
        }
        Some(ToHolder::Hello { .. }) => {
            let version = env!("CARGO_PKG_VERSION").to_string();
            return frame::send(&mut stream, &FromHolder::WrongVersion { pid, version });
        }
        // Closed after asking nothing, or a waiting spojka's wake-up call.
        None => return Ok(()),
        Some(_) => {
            return refuse(
                &mut stream,
                "the control request did not start with a greeting",
            );
        }
    }
    let Some(ToHolder::Request { args, lang, user }) = frame::receive(&mut stream)? else {
        // A client that only asked who holds the database.
        return Ok(());
    };
    if already_busy >= MAX_CONNECTIONS {
        return refuse(
            &mut stream,
            "the database is busy with other commands; try again",
        );
    }
    let mut input = Vec::new();
    loop {
        match frame::receive::<ToHolder>(&mut stream)? {
            Some(ToHolder::Input(bytes)) => {
                if input.len() + bytes.len() > MAX_INPUT {
                    return refuse(
                        &mut stream,
                        &format!("the input is over the limit of {} MiB", MAX_INPUT >> 20),
                    );
                }
                input.extend_from_slice(&bytes);
            }
            Some(ToHolder::InputEnd) => break,
            Some(_) | None => return refuse(&mut stream, "the input of the request was cut off"),
        }
    }
    let mut out_stream = stream.try_clone()?;
    let mut err_stream = stream.try_clone()?;
    let mut stdout = Chunked::new(CHUNK, |bytes| {
        frame::send(&mut out_stream, &FromHolder::Stdout(bytes))
    });
    let mut stderr = Chunked::new(CHUNK, |bytes| {
        frame::send(&mut err_stream, &FromHolder::Stderr(bytes))
    });
    let call = Call {
        args,
        lang,
        user,
        input,
        stdout: &mut stdout,
        stderr: &mut stderr,
    };
    // A bug in one command ends that command, not the process holding the
    // database (and with it someone's open session).
    let status = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| runner(call))) {
        Ok(status) => status,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let text = format!("spojka: internal error while running the command: {what}\n");
            stderr.write_all(text.as_bytes())?;
            INTERNAL_ERROR
        }
    };
    stdout.flush()?;
    stderr.flush()?;
    frame::send(&mut stream, &FromHolder::Exit(status))
}
