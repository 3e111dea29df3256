//! The interactive interface for one SSH channel: a [`Session`] on a thread of
//! its own, fed by a bounded queue from the connection (bytes through our
//! decoder, window changes, the end), drawing into the channel.
//!
//! Nothing a session does (saves, history, its drawing) runs on the async
//! runtime that serves every connection; a panic ends this session only,
//! with the user's terminal put back as it was.

use super::backend::{ChannelWriter, ssh_backend};
pub use super::backend::{OUTPUT_QUEUE, Out};
use crate::app::access::Access;
use crate::keymap::Keymap;
use crate::model::Model;
use crate::session::{Clock, Input, Loading, Options, Session};
use crate::store::Store;
use crate::term::decode::{Decoder, ESC_TIMEOUT};
use ratatui::Terminal;
use ratatui::layout::Size;
use std::cell::Cell;
use std::collections::VecDeque;
use std::io;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender};
use std::time::{Duration, Instant};
use tokio::sync::mpsc::Sender;

/// Events a connection may have queued for its session before it waits.
pub const INPUT_QUEUE: usize = 256;

/// The smallest and largest window a session draws for; a client may claim
/// any size, and a huge one would cost memory on every frame.
const MIN_SIZE: (u16, u16) = (20, 6);
const MAX_SIZE: (u16, u16) = (500, 200);

/// Switches to the alternate screen, hides the cursor, turns on bracketed paste.
const ENTER: &[u8] = b"\x1b[?1049h\x1b[?25l\x1b[?2004h\x1b[2J";
/// Undoes [`ENTER`] and resets colours.
const LEAVE: &[u8] = b"\x1b[0m\x1b[?2004l\x1b[?25h\x1b[?1049l";

/// What the connection tells a session.
#[derive(Debug)]
pub enum Event {
    /// Bytes the user typed.
    Bytes(Vec<u8>),
    /// The client's window changed size.
    Resize(u32, u32),
    /// The session must end.
    End(End),
}

/// Why a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// The user quit.
    Quit,
    /// The client went away.
    Gone,
    /// The server is stopping.
    Shutdown,
    /// The user's key or role changed in the users file.
    Revoked,
    /// No key was pressed for the idle timeout.
    Idle,
    /// The client stopped reading what was drawn.
    TooSlow,
    /// The session hit a bug.
    Panicked,
}

impl End {
    /// How the log says it.
    pub fn name(self) -> &'static str {
        match self {
            End::Quit => "quit",
            End::Gone => "client gone",
            End::Shutdown => "server stopping",
            End::Revoked => "access changed",
            End::Idle => "idle timeout",
            End::TooSlow => "client too far behind",
            End::Panicked => "internal error",
        }
    }

    /// What the user is told after the screen is restored, if anything.
    fn farewell(self) -> Option<&'static str> {
        Some(match self {
            End::Quit | End::Gone | End::TooSlow => return None,
            End::Shutdown => "spojka serve is stopping; everything saved is kept.",
            End::Revoked => "Your access to spojka was changed; connect again.",
            End::Idle => "Closed after a long time without a key pressed; connect again.",
            End::Panicked => {
                "spojka hit an internal error and closed this session; everything saved is kept."
            }
        })
    }

    /// The exit status the client's ssh ends with.
    fn status(self) -> u32 {
        if self == End::Quit { 0 } else { 1 }
    }
}

/// Everything a session thread starts with.
pub struct Start {
    /// The shared database.
    pub store: Arc<Store>,
    /// The shared read model.
    pub model: Arc<Model>,
    /// The user's keymap.
    pub keymap: Keymap,
    /// The user's name, for the history.
    pub who: String,
    /// What the user may do.
    pub access: Access,
    /// The server's settings.
    pub config: crate::config::Config,
    /// The user's language.
    pub lang: crate::vocab::Lang,
    /// Colours or not.
    pub color: bool,
    /// The window size from `pty-req`.
    pub size: (u32, u32),
    /// How long the session may sit without a key.
    pub idle: Duration,
    /// The server's clock.
    pub clock: Clock,
}

/// A window size the client claimed, within what a session draws for.
pub fn clamp(width: u32, height: u32) -> (u16, u16) {
    let fit = |v: u32, (min, max): (u16, u16)| {
        u16::try_from(v.clamp(u32::from(min), u32::from(max))).unwrap_or(max)
    };
    (
        fit(width, (MIN_SIZE.0, MAX_SIZE.0)),
        fit(height, (MIN_SIZE.1, MAX_SIZE.1)),
    )
}

/// Starts a session thread; it ends the channel (exit status, close) when it
/// ends, and says why on `done`.
pub fn spawn(
    start: Start,
    events: Receiver<Event>,
    out: Sender<Out>,
    done: tokio::sync::oneshot::Sender<End>,
) -> io::Result<()> {
    std::thread::Builder::new()
        .name(format!("ssh {}", start.who))
        .spawn(move || {
            let _ = out.try_send(Out::Data(ENTER.to_vec()));
            let behind = Rc::new(Cell::new(false));
            let run = std::panic::AssertUnwindSafe(|| run(start, &events, &out, &behind));
            let end = match std::panic::catch_unwind(run) {
                Ok(_) if behind.get() => End::TooSlow,
                Ok(end) => end,
                Err(_) => End::Panicked,
            };
            let mut bye = LEAVE.to_vec();
            if let Some(text) = end.farewell() {
                bye.extend_from_slice(format!("{text}\r\n").as_bytes());
            }
            // A client too far behind gets nothing more: its queue is full,
            // and the connection closes it.
            let _ = out.try_send(Out::Data(bye));
            let _ = out.try_send(Out::Exit(end.status()));
            let _ = done.send(end);
        })
        .map(|_| ())
}

/// The session's loop: returns why it ended.
fn run(start: Start, events: &Receiver<Event>, out: &Sender<Out>, behind: &Rc<Cell<bool>>) -> End {
    let (width, height) = clamp(start.size.0, start.size.1);
    let options = Options {
        user: start.who.clone(),
        who: start.who,
        export_dir: std::env::temp_dir(),
        clock: start.clock,
        theme: crate::ui::theme::Theme { color: start.color },
        loading: Loading::Background,
        config: start.config,
        lang: start.lang,
    };
    let mut session = Session::attach(
        start.store,
        start.model,
        start.keymap,
        (width, height),
        options,
    );
    session.set_access(start.access);
    let size = Rc::new(Cell::new(Size::new(width, height)));
    let backend = ssh_backend(
        ChannelWriter::new(out.clone(), behind.clone()),
        size.clone(),
    );
    let Ok(mut terminal) = Terminal::new(backend) else {
        return End::Gone;
    };
    let mut input = SshInput {
        events,
        decoder: Decoder::new(),
        queue: VecDeque::new(),
        idle: start.idle,
        last_key: Instant::now(),
        warned: false,
        size,
        end: End::Gone,
    };
    // A test hook: this key makes the session's thread panic, as a bug
    // would, to show that it ends this session only.
    let panic_key = std::env::var("SPOJKA_TEST_PANIC_KEY").ok();
    let next = |wait| {
        let next = input.next(wait);
        if let (Some(key), Some(Input::Key(pressed))) = (&panic_key, &next)
            && pressed.to_string() == *key
        {
            panic!("a bug in one session (the test hook SPOJKA_TEST_PANIC_KEY)");
        }
        Ok(next)
    };
    match crate::term::event_loop(&mut session, &mut terminal, next) {
        Ok(()) if session.should_quit() => End::Quit,
        Ok(()) => input.end,
        Err(_) => End::Gone,
    }
}

/// When, after the last key, a session is warned that the idle timeout is
/// near: a minute before it (or half-way, for a timeout under two minutes).
fn warn_at(idle: Duration) -> Duration {
    idle.saturating_sub(Duration::from_secs(60).min(idle / 2))
}

/// The session's input: events from the connection, decoded into [`Input`]s.
struct SshInput<'a> {
    events: &'a Receiver<Event>,
    decoder: Decoder,
    queue: VecDeque<Input>,
    idle: Duration,
    last_key: Instant,
    /// Whether the idle warning was given since the last key.
    warned: bool,
    size: Rc<Cell<Size>>,
    /// Why the input ended, once it has.
    end: End,
}

impl SshInput<'_> {
    /// The next input, [`Input::Tick`] when `wait` passes without one, or
    /// None when the session must end.
    fn next(&mut self, wait: Option<Duration>) -> Option<Input> {
        let wait = wait.unwrap_or(Duration::from_millis(200));
        let deadline = Instant::now() + wait;
        loop {
            if let Some(input) = self.queue.pop_front() {
                return Some(input);
            }
            if self.last_key.elapsed() >= self.idle {
                self.end = End::Idle;
                return None;
            }
            if !self.warned && self.last_key.elapsed() >= warn_at(self.idle) {
                self.warned = true;
                return Some(Input::IdleSoon);
            }
            let now = Instant::now();
            let mut timeout = deadline.saturating_duration_since(now);
            if self.decoder.pending() {
                timeout = timeout.min(ESC_TIMEOUT);
            }
            match self.events.recv_timeout(timeout) {
                Ok(Event::Bytes(bytes)) => {
                    self.last_key = Instant::now();
                    self.warned = false;
                    self.queue.extend(self.decoder.feed(&bytes));
                }
                Ok(Event::Resize(w, h)) => {
                    let (w, h) = clamp(w, h);
                    self.size.set(Size::new(w, h));
                    self.queue.push_back(Input::Resize(w, h));
                }
                Ok(Event::End(end)) => {
                    self.end = end;
                    return None;
                }
                Err(RecvTimeoutError::Timeout) => {
                    if self.decoder.pending() {
                        // A lone ESC with nothing after it: the Esc key.
                        self.queue.extend(self.decoder.timeout());
                        if !self.queue.is_empty() {
                            continue;
                        }
                    }
                    if Instant::now() >= deadline {
                        return Some(Input::Tick);
                    }
                }
                Err(RecvTimeoutError::Disconnected) => {
                    self.end = End::Gone;
                    return None;
                }
            }
        }
    }
}

/// The connection's end of a session: where it sends events.
pub type Events = SyncSender<Event>;

/// The channels of a new session: events in (bounded), output out (bounded).
pub fn channels() -> (
    Events,
    Receiver<Event>,
    Sender<Out>,
    tokio::sync::mpsc::Receiver<Out>,
) {
    let (events, receiver) = std::sync::mpsc::sync_channel(INPUT_QUEUE);
    let (out, output) = tokio::sync::mpsc::channel(OUTPUT_QUEUE);
    (events, receiver, out, output)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_warning_comes_a_minute_before_the_idle_timeout() {
        let hours = Duration::from_secs(8 * 3600);
        assert_eq!(warn_at(hours), hours - Duration::from_secs(60));
        assert_eq!(warn_at(Duration::from_secs(60)), Duration::from_secs(30));
    }

    #[test]
    fn a_quiet_session_is_warned_once_then_ended_and_a_key_resets_both() {
        let (send, events) = std::sync::mpsc::sync_channel(8);
        let mut input = SshInput {
            events: &events,
            decoder: Decoder::new(),
            queue: VecDeque::new(),
            idle: Duration::from_millis(400),
            last_key: Instant::now(),
            warned: false,
            size: Rc::new(Cell::new(Size::new(80, 24))),
            end: End::Gone,
        };
        let wait = Some(Duration::from_millis(20));
        let mut seen = Vec::new();
        while let Some(next) = input.next(wait) {
            if next != Input::Tick {
                seen.push(next.clone());
            }
            if next == Input::IdleSoon && seen.len() == 1 {
                // A key after the warning: the clock starts again.
                send.send(Event::Bytes(b"j".to_vec())).expect("send");
            }
        }
        assert_eq!(input.end, End::Idle);
        let warnings = seen.iter().filter(|i| **i == Input::IdleSoon).count();
        assert_eq!(warnings, 2, "warned again after the key: {seen:?}");
        assert!(seen.iter().any(|i| matches!(i, Input::Key(_))));
    }
}
