//! Runs the real `spojka` binary in an 80x24 pseudo-terminal and reads its
//! screen back through a terminal emulator, the way a user would see it.

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

pub const ROWS: u16 = 24;
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
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    parser: vt100::Parser,
    /// Every byte the app wrote, for checks on the raw stream.
    pub raw: Vec<u8>,
    /// Whether the reader thread saw the end of the output.
    closed: bool,
    master: Box<dyn MasterPty + Send>,
}

impl Tui {
    /// Starts `spojka --db DB ARGS…` in `cwd` (where exports from the list land).
    pub fn start(db: &Path, cwd: &Path, args: &[&str]) -> Tui {
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
        let child = pair.slave.spawn_command(cmd).expect("spawn spojka");
        // Only the child holds the slave side now, so its exit ends the reader.
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let (tx, output) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            // Linux reports EIO once the child has gone: that is the end too.
            while let Ok(n @ 1..) = reader.read(&mut buf) {
                if tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Tui {
            child,
            writer,
            output,
            parser: vt100::Parser::new(nonzero(ROWS), nonzero(COLS), 0),
            raw: Vec::new(),
            closed: false,
            master: pair.master,
        }
    }

    /// Writes keys (raw bytes) to the terminal.
    pub fn send(&mut self, keys: &str) {
        self.writer
            .write_all(keys.as_bytes())
            .expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    /// Reads whatever output arrives within `wait` into the screen.
    fn pump(&mut self, wait: Duration) {
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
        let fd = self.master.as_raw_fd().expect("pty fd");
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

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("non-zero size")
}
