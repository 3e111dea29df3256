//! The real binary in a pseudo-terminal: time to the first frame, and the
//! process's peak resident memory.

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// Longest wait for anything; a first frame slower than this is a failure worth seeing.
const TIMEOUT: Duration = Duration::from_secs(180);

/// A running `spojka` on an 80x24 pseudo-terminal.
pub struct Tui {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    parser: vt100::Parser,
    /// When the process was spawned.
    pub started: Instant,
    /// Kept open for as long as the child uses the terminal.
    _master: Box<dyn MasterPty + Send>,
}

impl Tui {
    /// Spawns `binary --db db` at 80x24.
    pub fn start(binary: &Path, db: &Path) -> Tui {
        let mut cmd = CommandBuilder::new(binary);
        cmd.arg("--db");
        cmd.arg(db);
        Tui::spawn(cmd)
    }

    /// Spawns `cmd` (an SSH client, say) at 80x24.
    pub fn spawn(mut cmd: CommandBuilder) -> Tui {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open pty");
        cmd.env("TERM", "xterm-256color");
        let started = Instant::now();
        let child = pair.slave.spawn_command(cmd).expect("spawn spojka");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let (tx, output) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 16384];
            while let Ok(n @ 1..) = reader.read(&mut buf) {
                if tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Tui {
            _master: pair.master,
            child,
            writer,
            output,
            parser: vt100::Parser::new(nonzero(24), nonzero(80), 0),
            started,
        }
    }

    /// Waits until the screen contains `text`; returns the time since spawn.
    pub fn wait_for(&mut self, text: &str) -> Duration {
        let deadline = Instant::now() + TIMEOUT;
        while !self.parser.screen().contents().contains(text) {
            assert!(
                Instant::now() < deadline,
                "no {text:?} on screen:\n{}",
                self.parser.screen().contents()
            );
            self.pump(Duration::from_millis(1));
        }
        self.started.elapsed()
    }

    /// Waits until `ready` holds for the screen's text; returns the time
    /// since spawn.
    pub fn wait_until(&mut self, what: &str, ready: impl Fn(&str) -> bool) -> Duration {
        let deadline = Instant::now() + TIMEOUT;
        while !ready(&self.parser.screen().contents()) {
            assert!(
                Instant::now() < deadline,
                "never {what}:\n{}",
                self.parser.screen().contents()
            );
            self.pump(Duration::from_millis(1));
        }
        self.started.elapsed()
    }

    /// Reads output until none has come for `quiet`.
    pub fn settle(&mut self, quiet: Duration) {
        let deadline = Instant::now() + TIMEOUT;
        while Instant::now() < deadline && self.pump(quiet) {}
    }

    /// Takes what output arrives within `wait`; false when nothing did.
    fn pump(&mut self, wait: Duration) -> bool {
        match self.output.recv_timeout(wait) {
            Ok(bytes) => {
                self.parser.process(&bytes);
                while let Ok(bytes) = self.output.try_recv() {
                    self.parser.process(&bytes);
                }
                true
            }
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => false,
        }
    }

    /// Sends `keys` once all earlier output is in; the time until the
    /// answer starts to arrive, and how many bytes it has once output has
    /// been quiet for `quiet`.
    pub fn press(&mut self, keys: &str, quiet: Duration) -> (Duration, u64) {
        self.settle(quiet);
        let sent = Instant::now();
        self.send(keys);
        let Ok(first) = self.output.recv_timeout(TIMEOUT) else {
            return (TIMEOUT, 0);
        };
        let answered = sent.elapsed();
        let mut bytes = first.len() as u64;
        self.parser.process(&first);
        while let Ok(more) = self.output.recv_timeout(quiet) {
            bytes += more.len() as u64;
            self.parser.process(&more);
        }
        (answered, bytes)
    }

    /// The screen as text.
    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Sends keys as raw bytes.
    pub fn send(&mut self, keys: &str) {
        self.writer
            .write_all(keys.as_bytes())
            .expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    /// Peak resident memory so far (VmHWM), in kB.
    pub fn peak_kb(&self) -> u64 {
        self.status_kb("VmHWM:")
    }

    /// Resident memory now (VmRSS), in kB.
    pub fn rss_kb(&self) -> u64 {
        self.status_kb("VmRSS:")
    }

    /// One kB figure of the process's `/proc/PID/status`.
    fn status_kb(&self, field: &str) -> u64 {
        let pid = self.child.process_id().expect("pid");
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix(field))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }

    /// Quits with `q` and waits for the process to end (killing it if it will not).
    pub fn quit(mut self) {
        self.send("q");
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            self.pump(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("non-zero size")
}
