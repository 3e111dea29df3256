//! In-process measurements over the real code paths: the session drawing into
//! a crossterm backend whose output is counted and discarded, and the exports.

use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use spojka::cli::{ExportArgs, run_export};
use spojka::domain::Kind;
use spojka::export::Format;
use spojka::keymap::{Key, Keymap};
use spojka::model::Model;
use spojka::session::{Clock, Input, Loading, Options, Session};
use spojka::store::Store;
use spojka::ui::theme::Theme;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A writer that counts bytes and throws them away, so we measure what would
/// go to the terminal without a terminal's own cost.
#[derive(Clone, Default)]
pub struct CountingWriter(Arc<AtomicU64>);

impl CountingWriter {
    /// Bytes written so far.
    pub fn count(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

impl Write for CountingWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.fetch_add(buf.len() as u64, Ordering::Relaxed);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A terminal of a fixed size over the counting writer (a fixed viewport, so
/// nothing asks the real terminal for its size).
pub fn terminal(
    width: u16,
    height: u16,
) -> (Terminal<CrosstermBackend<CountingWriter>>, CountingWriter) {
    let counter = CountingWriter::default();
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
    };
    let terminal =
        Terminal::with_options(CrosstermBackend::new(counter.clone()), options).expect("terminal");
    (terminal, counter)
}

/// The one place a session is built, so a change to session loading (e.g.
/// loading records in the background) is adapted here only.
pub fn new_session(store: Arc<Store>, width: u16, height: u16) -> Session {
    let keymap = Keymap::builtin("default").expect("keymap");
    Session::new(store, keymap, (width, height), options()).expect("session")
}

/// A further session over a model other sessions share, as a server process
/// would attach one per connection.
pub fn attach(store: Arc<Store>, model: Arc<Model>, width: u16, height: u16) -> Session {
    let keymap = Keymap::builtin("default").expect("keymap");
    Session::attach(store, model, keymap, (width, height), options())
}

/// The clock every measured session and model runs on: the day the bench
/// data is made for.
pub fn clock() -> Clock {
    Clock::Fixed(spojka::sample::at(2026, 11, 25, 9, 0))
}

/// The options every measured session runs with.
fn options() -> Options {
    Options {
        who: "bench".into(),
        user: "bench".into(),
        export_dir: std::env::temp_dir(),
        clock: clock(),
        theme: Theme { color: true },
        // As the binary does: facilities first, the rest in the background.
        loading: Loading::Background,
        config: Default::default(),
        // The language most users read.
        lang: spojka::vocab::Lang::Cs,
    }
}

/// Median and 99th percentile of some durations.
pub fn median_p99(samples: &mut [Duration]) -> (Duration, Duration) {
    samples.sort_unstable();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.99))
}

/// Median of some byte counts.
pub fn median_bytes(samples: &mut [u64]) -> u64 {
    samples.sort_unstable();
    samples[samples.len() / 2]
}

/// `Store::open`, `Session::new` and the first frame, in process.
pub fn open_and_first_frame(db: &Path) -> Duration {
    let started = Instant::now();
    let store = Arc::new(open_again(db));
    let mut session = new_session(store, 80, 24);
    let (mut terminal, _) = terminal(80, 24);
    session.render(&mut terminal).expect("render");
    let elapsed = started.elapsed();
    // The loader thread holds the store: let it finish before the next open.
    session.wait_loaded();
    elapsed
}

/// Opens a database this process closed a moment ago: sled's background
/// flusher can hold the file lock briefly after the last handle is dropped.
pub fn open_again(db: &Path) -> Store {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match Store::open(db) {
            Err(spojka::store::StoreError::Locked { .. }) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(20));
            }
            other => return other.expect("open"),
        }
    }
}

/// One kind of keystroke measured: times and bytes per key.
pub struct KeyFigures {
    /// What was pressed.
    pub name: &'static str,
    /// Handle + render per key.
    pub times: Vec<Duration>,
    /// Bytes written per key.
    pub bytes: Vec<u64>,
}

/// A session at one size on the Meetings tab, pressing keys and measuring each.
pub struct Keyboard {
    session: Session,
    terminal: Terminal<CrosstermBackend<CountingWriter>>,
    counter: CountingWriter,
}

impl Keyboard {
    /// Opens a session of `width`x`height`, leaves the dashboard and goes to
    /// the Meetings tab.
    pub fn new(store: Arc<Store>, width: u16, height: u16) -> Keyboard {
        let mut session = new_session(store, width, height);
        // Keystrokes are measured on the loaded data, not while it loads.
        session.wait_loaded();
        let (terminal, counter) = terminal(width, height);
        let mut keyboard = Keyboard {
            session,
            terminal,
            counter,
        };
        // The first screen is the dashboard; the keys measured are the lists'.
        keyboard.press("esc");
        keyboard.press("5");
        keyboard
    }

    /// Presses one key (keymap notation) and draws; returns time and bytes.
    pub fn press(&mut self, key: &str) -> (Duration, u64) {
        let key: Key = key.parse().unwrap_or_else(|e| panic!("{key}: {e}"));
        let before = self.counter.count();
        let started = Instant::now();
        self.session.handle(Input::Key(key));
        self.session.render(&mut self.terminal).expect("render");
        (started.elapsed(), self.counter.count() - before)
    }

    /// Presses `key` `n` times, measuring each press.
    pub fn repeat(&mut self, name: &'static str, key: &str, n: usize) -> KeyFigures {
        let mut figures = KeyFigures {
            name,
            times: Vec::with_capacity(n),
            bytes: Vec::with_capacity(n),
        };
        for _ in 0..n {
            let (time, bytes) = self.press(key);
            figures.times.push(time);
            figures.bytes.push(bytes);
        }
        figures
    }

    /// Moves down and up by turns, `n` presses: one-row moves that never
    /// scroll, beside `down` repeated, where every move past the first page
    /// scrolls the whole list.
    pub fn wiggle(&mut self, n: usize) -> KeyFigures {
        let mut figures = KeyFigures {
            name: "move one row, no scroll",
            times: Vec::with_capacity(n),
            bytes: Vec::with_capacity(n),
        };
        for i in 0..n {
            let (time, bytes) = self.press(if i % 2 == 0 { "up" } else { "down" });
            figures.times.push(time);
            figures.bytes.push(bytes);
        }
        figures
    }

    /// Filters by one more character at a time, `n` characters in all: `/`,
    /// then a word typed a character at a time, then `esc` (not measured).
    pub fn filter(&mut self, n: usize) -> KeyFigures {
        const WORDS: [&str; 6] = [
            "koordinacni",
            "program",
            "plzen",
            "navsteva",
            "dluhove",
            "brno",
        ];
        let mut figures = KeyFigures {
            name: "filter +1 char",
            times: Vec::with_capacity(n),
            bytes: Vec::with_capacity(n),
        };
        'outer: for word in WORDS.iter().cycle() {
            self.press("/");
            for c in word.chars() {
                if figures.times.len() == n {
                    break 'outer;
                }
                let (time, bytes) = self.press(&c.to_string());
                figures.times.push(time);
                figures.bytes.push(bytes);
            }
            self.press("esc");
        }
        self.press("esc");
        figures
    }

    /// Opens a record's detail (`enter`) and closes it (`esc`), `n` times.
    pub fn detail(&mut self, n: usize) -> (KeyFigures, KeyFigures) {
        let mut open = KeyFigures {
            name: "open detail",
            times: Vec::new(),
            bytes: Vec::new(),
        };
        let mut close = KeyFigures {
            name: "close detail",
            times: Vec::new(),
            bytes: Vec::new(),
        };
        for _ in 0..n {
            let (t, b) = self.press("enter");
            open.times.push(t);
            open.bytes.push(b);
            let (t, b) = self.press("esc");
            close.times.push(t);
            close.bytes.push(b);
        }
        (open, close)
    }

    /// Opens the calendar (`c`, not measured), then its week (`w`) and its
    /// month (`m`) by turns, `n` times each, back to the agenda (`a`, not
    /// measured) between them; closes it (`esc`) at the end. The calendar
    /// opens on the bench data's today, the busiest weeks of the demo.
    pub fn calendar(&mut self, n: usize) -> (KeyFigures, KeyFigures) {
        let mut week = KeyFigures {
            name: "open week view (w)",
            times: Vec::with_capacity(n),
            bytes: Vec::with_capacity(n),
        };
        let mut month = KeyFigures {
            name: "open month view (m)",
            times: Vec::with_capacity(n),
            bytes: Vec::with_capacity(n),
        };
        self.press("c");
        for _ in 0..n {
            for (key, figures) in [("w", &mut week), ("m", &mut month)] {
                let (t, b) = self.press(key);
                figures.times.push(t);
                figures.bytes.push(b);
                self.press("a");
            }
        }
        self.press("esc");
        (week, month)
    }
}

/// Exports every record of `kind` the way `spojka export` does (reading them
/// from the store, naming references), into the counting writer.
pub fn export(store: &Store, kind: Kind, format: Format) -> (Duration, u64) {
    let args = ExportArgs {
        kind,
        format,
        out: None,
        raw: false,
        sep: None,
        archived: true,
    };
    let mut out = CountingWriter::default();
    let started = Instant::now();
    run_export(store, &args, &mut out).expect("export");
    (started.elapsed(), out.count())
}

/// Bytes of every file below `dir`.
pub fn dir_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => dir_size(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}
