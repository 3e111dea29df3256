//! Reading the terminal ourselves: `poll` on the tty and a SIGWINCH pipe,
//! `read`, and our [`Decoder`].
//!
//! crossterm's reader spins at 100 % CPU on a terminal that went away without
//! a SIGHUP (crossterm issue 793), holding the database lock forever. Here end
//! of file, EIO and a hang-up reported by `poll` all mean the terminal is gone,
//! and the session ends.

use super::decode::{Decoder, ESC_TIMEOUT};
use crate::session::Input;
use signal_hook::SigId;
use signal_hook::consts::SIGWINCH;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, Read};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

/// Bytes taken from the terminal per `read`: a key is a few bytes, and a
/// paste arrives in pieces of this size.
const READ_SIZE: usize = 4096;

/// The input side of the local terminal.
pub struct TtyInput {
    /// The terminal: standard input, or `/dev/tty` when standard input is
    /// not one (as crossterm does, so raw mode and input agree).
    tty: Option<File>,
    decoder: Decoder,
    /// Inputs decoded but not yet handed out: one read can hold many keys.
    queue: VecDeque<Input>,
    /// Readable when a SIGWINCH came: the terminal's size changed.
    winch: UnixStream,
    winch_id: SigId,
    /// When the last byte came, for the Esc timeout.
    last_byte: Instant,
    /// Whether the terminal is gone (end of file, EIO, hang-up).
    gone: bool,
}

impl TtyInput {
    /// Opens the terminal's input and starts listening for SIGWINCH.
    pub fn open() -> io::Result<TtyInput> {
        // SAFETY: isatty only inspects a file descriptor number.
        let stdin_is_tty = unsafe { libc::isatty(libc::STDIN_FILENO) } == 1;
        let tty = if stdin_is_tty {
            None
        } else {
            Some(File::open("/dev/tty")?)
        };
        TtyInput::with_tty(tty)
    }

    /// Reads from `tty`, or from standard input when None.
    fn with_tty(tty: Option<File>) -> io::Result<TtyInput> {
        let (winch, notify) = UnixStream::pair()?;
        winch.set_nonblocking(true)?;
        let winch_id = signal_hook::low_level::pipe::register(SIGWINCH, notify)?;
        Ok(TtyInput {
            tty,
            decoder: Decoder::new(),
            queue: VecDeque::new(),
            winch,
            winch_id,
            last_byte: Instant::now(),
            gone: false,
        })
    }

    fn fd(&self) -> RawFd {
        self.tty
            .as_ref()
            .map_or(libc::STDIN_FILENO, AsRawFd::as_raw_fd)
    }

    /// The next input; [`Input::Tick`] when `wait` passes without one (None
    /// waits for ever); None once the terminal is gone.
    pub fn next(&mut self, wait: Option<Duration>) -> io::Result<Option<Input>> {
        let deadline = wait.map(|wait| Instant::now() + wait);
        loop {
            if let Some(input) = self.queue.pop_front() {
                return Ok(Some(input));
            }
            if self.gone {
                return Ok(None);
            }
            let now = Instant::now();
            let esc_due = self.decoder.pending().then(|| self.last_byte + ESC_TIMEOUT);
            if esc_due.is_some_and(|due| now >= due) {
                self.queue.extend(self.decoder.timeout());
                continue;
            }
            if deadline.is_some_and(|deadline| now >= deadline) {
                return Ok(Some(Input::Tick));
            }
            let until = match (esc_due, deadline) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            self.wait_and_read(until.map(|until| until - now))?;
        }
    }

    /// Waits up to `timeout` (None: for ever) for the terminal or a resize,
    /// and takes in what came.
    fn wait_and_read(&mut self, timeout: Option<Duration>) -> io::Result<()> {
        let mut fds = [
            libc::pollfd {
                fd: self.fd(),
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: self.winch.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            },
        ];
        // SAFETY: `fds` is a valid array of two pollfd for the whole call.
        let ready = unsafe { libc::poll(fds.as_mut_ptr(), 2, poll_timeout(timeout)) };
        if ready < 0 {
            let err = io::Error::last_os_error();
            return match err.kind() {
                io::ErrorKind::Interrupted => Ok(()),
                _ => Err(err),
            };
        }
        let [tty, winch] = fds;
        if winch.revents & libc::POLLIN != 0 {
            self.take_resize();
        }
        if tty.revents & libc::POLLIN != 0 {
            self.read_tty()
        } else if tty.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            self.gone = true;
            Ok(())
        } else {
            Ok(())
        }
    }

    /// Reads what the terminal has and decodes it.
    fn read_tty(&mut self) -> io::Result<()> {
        let mut buf = [0u8; READ_SIZE];
        // Straight from the file descriptor: std's stdin buffers, and bytes
        // left in its buffer would never wake `poll`.
        // SAFETY: `buf` is valid for writes of its whole length.
        let n = unsafe { libc::read(self.fd(), buf.as_mut_ptr().cast(), buf.len()) };
        let read = usize::try_from(n).map_err(|_| io::Error::last_os_error());
        match read {
            Ok(0) => self.gone = true,
            Ok(n) => {
                self.last_byte = Instant::now();
                self.queue.extend(self.decoder.feed(&buf[..n]));
            }
            Err(e) if is_gone(&e) => self.gone = true,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::Interrupted | io::ErrorKind::WouldBlock
                ) => {}
            Err(e) => return Err(e),
        }
        Ok(())
    }

    /// Empties the SIGWINCH pipe and queues the new size: several signals in
    /// a row give one resize.
    fn take_resize(&mut self) {
        let mut buf = [0u8; 64];
        while let Ok(1..) = self.winch.read(&mut buf) {}
        if let Ok((w, h)) = crossterm::terminal::size() {
            self.queue.push_back(Input::Resize(w, h));
        }
    }
}

impl Drop for TtyInput {
    fn drop(&mut self) {
        signal_hook::low_level::unregister(self.winch_id);
    }
}

/// Whether a read or write error means the terminal has gone away.
pub fn is_gone(e: &io::Error) -> bool {
    matches!(
        e.raw_os_error(),
        Some(libc::EIO | libc::ENXIO | libc::EBADF)
    )
}

/// `poll`'s timeout in milliseconds, rounded up so a deadline is never
/// missed by waking a little early; -1 waits for ever.
fn poll_timeout(timeout: Option<Duration>) -> libc::c_int {
    timeout.map_or(-1, |t| {
        let ms = t.as_micros().div_ceil(1000);
        libc::c_int::try_from(ms).unwrap_or(libc::c_int::MAX)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// An input reading from one end of a socket pair, and the other end.
    fn input() -> (TtyInput, UnixStream) {
        let (ours, theirs) = UnixStream::pair().expect("socket pair");
        let tty = File::from(std::os::fd::OwnedFd::from(ours));
        (TtyInput::with_tty(Some(tty)).expect("input"), theirs)
    }

    fn key(text: &str) -> Option<Input> {
        Some(Input::Key(text.parse().expect("key")))
    }

    const WAIT: Option<Duration> = Some(Duration::from_millis(500));

    #[test]
    fn keys_arrive_one_by_one_and_a_lone_esc_after_the_pause() {
        let (mut input, mut terminal) = input();
        terminal
            .write_all("jš\x1b[A\x1b".as_bytes())
            .expect("write");
        assert_eq!(input.next(WAIT).expect("read"), key("j"));
        assert_eq!(input.next(WAIT).expect("read"), key("š"));
        assert_eq!(input.next(WAIT).expect("read"), key("up"));
        let started = Instant::now();
        assert_eq!(input.next(WAIT).expect("read"), key("esc"));
        assert!(
            started.elapsed() < Duration::from_millis(400),
            "Esc came after the short pause"
        );
    }

    #[test]
    fn a_quiet_terminal_gives_ticks() {
        let (mut input, _terminal) = input();
        let started = Instant::now();
        assert_eq!(
            input.next(Some(Duration::from_millis(30))).expect("read"),
            Some(Input::Tick)
        );
        assert!(started.elapsed() >= Duration::from_millis(30));
    }

    #[test]
    fn a_closed_terminal_ends_the_input_after_what_it_sent() {
        let (mut input, mut terminal) = input();
        terminal.write_all(b"q").expect("write");
        drop(terminal);
        assert_eq!(input.next(None).expect("read"), key("q"));
        assert_eq!(input.next(None).expect("read"), None);
        assert_eq!(input.next(None).expect("read"), None, "and stays ended");
    }
}
