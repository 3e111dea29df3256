//! Runs the real `spojka` binary in an 80x24 pseudo-terminal and reads its
//! screen back through a terminal emulator, the way a user would see it.

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::FromRawFd;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The terminal's size the app starts with, a classic 80x24.
pub const ROWS: u16 = 24;
/// See [`ROWS`].
pub const COLS: u16 = 80;

/// How long any single wait may take before the test fails.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// Keys as the bytes a terminal sends for them.
pub mod keys {
    pub const ENTER: &str = "\r";
    pub const TAB: &str = "\t";
    pub const CTRL_S: &str = "\x13";
    pub const CTRL_N: &str = "\x0e";
    pub const ESC: &str = "\x1b";
    pub const PASTE_START: &str = "\x1b[200~";
    pub const PASTE_END: &str = "\x1b[201~";
}

/// A running `spojka` on a pseudo-terminal. Dropping it ends the process.
pub struct Tui {
    child: Box<dyn Child + Send + Sync>,
    /// None once [`Tui::hang_up`] closed the terminal.
    writer: Option<Box<dyn Write + Send>>,
    output: Receiver<Vec<u8>>,
    parser: vt100::Parser,
    /// Every byte the app wrote, for checks on the raw stream.
    pub raw: Vec<u8>,
    /// Whether the reader thread saw the end of the output.
    closed: bool,
    master: Option<Box<dyn MasterPty + Send>>,
    /// The thread reading the app's output, and how to stop it.
    reader: Option<JoinHandle<()>>,
    stop: Arc<AtomicBool>,
}

impl Tui {
    /// Starts `spojka --db DB ARGS…` in `cwd` (where exports from the list land).
    pub fn start(db: &Path, cwd: &Path, args: &[&str]) -> Tui {
        Tui::spawn(db, cwd, args, true, &[])
    }

    /// Like [`Tui::start`], with these variables in the app's environment.
    pub fn start_with_env(db: &Path, cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Tui {
        Tui::spawn(db, cwd, args, true, env)
    }

    /// Like [`Tui::start`], but the pty is not the app's controlling
    /// terminal, so closing it sends no SIGHUP: the app has to notice by
    /// itself that its terminal is gone.
    pub fn start_without_controlling_tty(db: &Path, cwd: &Path, args: &[&str]) -> Tui {
        Tui::spawn(db, cwd, args, false, &[])
    }

    /// Starts the app on a new pty and a thread reading what it writes.
    fn spawn(
        db: &Path,
        cwd: &Path,
        args: &[&str],
        controlling_tty: bool,
        env: &[(&str, &str)],
    ) -> Tui {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_spojka"));
        cmd.arg("--db");
        cmd.arg(db);
        cmd.args(args);
        cmd.cwd(cwd);
        cmd.env("TERM", "xterm-256color");
        cmd.env("NO_COLOR", "1");
        cmd.env("RUST_BACKTRACE", "1");
        for (name, value) in env {
            cmd.env(name, value);
        }
        cmd.set_controlling_tty(controlling_tty);
        let child = pair.slave.spawn_command(cmd).expect("spawn spojka");
        // Only the child holds the slave side now, so its exit ends the reader.
        drop(pair.slave);
        let master_fd = pair.master.as_raw_fd().expect("pty fd");
        // SAFETY: dup gives a new descriptor of the master that only this File owns.
        let copy = unsafe { libc::dup(master_fd) };
        assert!(copy >= 0, "dup pty master");
        let mut reader = unsafe { File::from_raw_fd(copy) };
        let writer = pair.master.take_writer().expect("pty writer");
        let (tx, output) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            // Polled with a timeout, so that `hang_up` can stop this thread
            // and close its copy of the master: a blocked read would keep it open.
            while !stopped.load(Ordering::Relaxed) {
                if !readable(&reader, Duration::from_millis(20)) {
                    continue;
                }
                // Linux reports EIO once the child has gone: that is the end too.
                let Ok(n @ 1..) = reader.read(&mut buf) else {
                    break;
                };
                if tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Tui {
            child,
            writer: Some(writer),
            output,
            parser: vt100::Parser::new(nonzero(ROWS), nonzero(COLS), 0),
            raw: Vec::new(),
            closed: false,
            master: Some(pair.master),
            reader: Some(reader),
            stop,
        }
    }

    /// Resizes the terminal, as a user dragging its window does: the app
    /// gets SIGWINCH.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        let master = self.master.as_ref().expect("the terminal is open");
        let size = PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        };
        master.resize(size).expect("resize pty");
        self.parser.set_size(nonzero(rows), nonzero(cols));
    }

    /// Closes the terminal from our side, as a terminal emulator or an SSH
    /// server does when it goes away: every descriptor of the pty master is
    /// closed. What the app writes afterwards is lost.
    pub fn hang_up(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(reader) = self.reader.take() {
            reader.join().expect("reader thread");
        }
        self.writer = None;
        self.master = None;
    }

    /// Writes keys (raw bytes) to the terminal.
    pub fn send(&mut self, keys: &str) {
        let writer = self.writer.as_mut().expect("the terminal is open");
        writer.write_all(keys.as_bytes()).expect("write to pty");
        writer.flush().expect("flush pty");
    }

    /// Reads whatever output arrives within `wait` into the screen.
    fn pump(&mut self, wait: Duration) {
        if self.closed {
            std::thread::sleep(wait);
            return;
        }
        match self.output.recv_timeout(wait) {
            Ok(bytes) => self.take(&bytes),
            Err(RecvTimeoutError::Timeout) => return,
            Err(RecvTimeoutError::Disconnected) => {
                self.closed = true;
                return;
            }
        }
        while let Ok(bytes) = self.output.try_recv() {
            self.take(&bytes);
        }
    }

    /// Keeps `bytes` raw and feeds them to the emulated screen.
    fn take(&mut self, bytes: &[u8]) {
        self.raw.extend_from_slice(bytes);
        self.parser.process(bytes);
    }

    /// The screen as text, one line per row.
    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// The parsed screen, for colours and attributes.
    pub fn vt(&self) -> &vt100::Screen {
        self.parser.screen()
    }

    /// Waits until the screen contains `text`; panics with the screen if not.
    pub fn wait_for(&mut self, text: &str) {
        self.wait_until(&format!("{text:?} on screen"), |s| s.contains(text));
    }

    /// Waits until `ok(screen)` holds; panics with the screen if it does not.
    pub fn wait_until(&mut self, what: &str, ok: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if ok(&self.screen()) {
                return;
            }
            let now = Instant::now();
            if now >= deadline || self.closed {
                panic!(
                    "timed out waiting for {what}; screen:\n{}\n{}",
                    self.screen(),
                    "-".repeat(COLS as usize)
                );
            }
            self.pump((deadline - now).min(Duration::from_millis(50)));
        }
    }

    /// Waits for the dashboard, the first screen, and leaves it for the
    /// lists. Esc is sent on its own: followed at once by another key it
    /// would read as alt+key.
    pub fn leave_dashboard(&mut self) {
        self.wait_for("What needs attention");
        self.send(keys::ESC);
        self.wait_until("the dashboard gone", |s| {
            !s.contains("What needs attention")
        });
    }

    /// On the NGO list, opens a new NGO form and fills it in, membership
    /// picked with C-n, ready for C-s.
    pub fn fill_new_ngo(&mut self, name: &str) {
        self.send("n");
        self.wait_for("New NGO");
        self.send(name);
        self.wait_for(name);
        self.send(&[keys::TAB, keys::TAB, keys::CTRL_N].concat());
        self.wait_until("membership chosen", |s| {
            s.lines()
                .any(|l| l.contains("Membership*") && l.contains("member"))
        });
    }

    /// The line of the screen containing `text`; panics with the screen if none.
    pub fn line_with(&self, text: &str) -> String {
        let screen = self.screen();
        screen
            .lines()
            .find(|l| l.contains(text))
            .unwrap_or_else(|| panic!("no line with {text:?} on screen:\n{screen}"))
            .to_string()
    }

    /// The process id of the app.
    pub fn pid(&self) -> i32 {
        self.child.process_id().expect("pid") as i32
    }

    /// Waits for the app to exit and for the rest of its output; returns the
    /// exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                break status;
            }
            assert!(
                Instant::now() < deadline,
                "spojka did not exit; screen:\n{}",
                self.screen()
            );
            self.pump(Duration::from_millis(20));
        };
        while !self.closed && Instant::now() < deadline {
            self.pump(Duration::from_millis(50));
        }
        status.exit_code()
    }

    /// Whether the terminal is in cooked mode (line editing and echo on), as
    /// a shell expects it; raw mode turns both off.
    pub fn cooked_mode(&self) -> bool {
        let master = self.master.as_ref().expect("the terminal is open");
        let fd = master.as_raw_fd().expect("pty fd");
        // SAFETY: termios is plain data, filled in by tcgetattr on a valid fd.
        let mut termios: libc::termios = unsafe { std::mem::zeroed() };
        assert_eq!(unsafe { libc::tcgetattr(fd, &mut termios) }, 0, "tcgetattr");
        termios.c_lflag & (libc::ICANON | libc::ECHO) == (libc::ICANON | libc::ECHO)
    }

    /// Whether the raw output contains `needle`.
    pub fn raw_contains(&self, needle: &[u8]) -> bool {
        self.raw.windows(needle.len()).any(|w| w == needle)
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Ok(Some(_)) = self.child.try_wait() {
            return;
        }
        // SIGHUP first, like a closed terminal; SIGKILL if that is not enough.
        let _ = self.child.kill();
        let deadline = Instant::now() + Duration::from_secs(2);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        // SAFETY: kill only sends a signal to our own child's pid.
        unsafe {
            libc::kill(self.pid(), libc::SIGKILL);
        }
        let _ = self.child.wait();
    }
}

/// Whether `file` has something to read within `wait`.
fn readable(file: &File, wait: Duration) -> bool {
    use std::os::fd::AsRawFd;
    let mut fd = libc::pollfd {
        fd: file.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    let ms = wait.as_millis() as libc::c_int;
    // SAFETY: one valid pollfd for the duration of the call.
    unsafe { libc::poll(&mut fd, 1, ms) > 0 }
}

/// A terminal dimension, which vt100 wants non-zero.
fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("non-zero size")
}
