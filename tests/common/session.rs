//! Driving a whole `Session` over a real store, with keys written as in
//! keymap files, drawn on ratatui's `TestBackend`: what a user does, end to
//! end, without a terminal.

use super::screen::{terminal, text};
use super::store::open_in;
use super::time::now;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use spojka::keymap::{Key, Keymap};
use spojka::session::{Clock, Input, Loading, Options, Session};
use spojka::store::Store;
use spojka::ui::theme::Theme;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What test sessions start from: user "tester", the clock stopped at
/// [`now`], no colour, every record loaded before the first screen, the
/// default configuration; exports go to `export_dir`.
pub fn options(export_dir: &Path) -> Options {
    Options {
        who: "tester".into(),
        user: "tester".into(),
        export_dir: export_dir.to_path_buf(),
        clock: Clock::Fixed(now()),
        theme: Theme { color: false },
        loading: Loading::Eager,
        config: Default::default(),
        lang: spojka::vocab::Lang::En,
    }
}

/// A session over `store` with the built-in keymap `keymap` on a screen of
/// `size` (columns, rows).
pub fn open(store: Arc<Store>, keymap: &str, size: (u16, u16), options: Options) -> Session {
    let keymap = Keymap::builtin(keymap).expect("a built-in keymap");
    Session::new(store, keymap, size, options).expect("a session")
}

/// Presses keys written as in keymap files, separated by white space.
pub fn press(session: &mut Session, keys: &str) {
    for key in keys.split_whitespace() {
        let key: Key = key.parse().unwrap_or_else(|e| panic!("{key}: {e}"));
        session.handle(Input::Key(key));
    }
}

/// Types `text`, one character key at a time.
pub fn type_text(session: &mut Session, text: &str) {
    for c in text.chars() {
        session.handle(Input::Key(Key::char(c)));
    }
}

/// Draws `session` on `terminal` and returns the screen as text.
pub fn screen(session: &Session, terminal: &mut Terminal<TestBackend>) -> String {
    session.render(terminal).expect("render");
    text(terminal.backend().buffer())
}

/// Draws `session` and returns its last line, the status line.
pub fn status_line(session: &Session, terminal: &mut Terminal<TestBackend>) -> String {
    let screen = screen(session, terminal);
    screen.lines().last().unwrap_or_default().to_string()
}

/// A session with its store, its 80×24 terminal and the temporary directory
/// holding its database.
pub struct Harness {
    pub session: Session,
    pub store: Arc<Store>,
    pub terminal: Terminal<TestBackend>,
    /// Holds the database (`db`) and, with [`options`], the exports.
    pub dir: tempfile::TempDir,
}

impl Harness {
    /// A session over an empty database of its own, with the built-in
    /// `keymap` and [`options`].
    pub fn new(keymap: &str) -> Harness {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = open_in(dir.path());
        let options = options(dir.path());
        Harness::over(dir, store, keymap, options)
    }

    /// [`Harness::new`] for a user who reads `lang`.
    pub fn speaking(keymap: &str, lang: spojka::vocab::Lang) -> Harness {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = open_in(dir.path());
        let options = Options {
            lang,
            ..options(dir.path())
        };
        Harness::over(dir, store, keymap, options)
    }

    /// A session over `store`, which lives in `dir`, with the built-in
    /// `keymap` and `options`.
    pub fn over(
        dir: tempfile::TempDir,
        store: Arc<Store>,
        keymap: &str,
        options: Options,
    ) -> Harness {
        let (width, height) = (80, 24);
        Harness {
            session: open(store.clone(), keymap, (width, height), options),
            store,
            terminal: terminal(width, height),
            dir,
        }
    }

    /// A session attached to `model`, a read model of `store` the test
    /// opened itself (to hold its loader, say).
    pub fn attached(
        dir: tempfile::TempDir,
        store: Arc<Store>,
        model: Arc<spojka::model::Model>,
        keymap: &str,
        options: Options,
    ) -> Harness {
        let (width, height) = (80, 24);
        let keymap = Keymap::builtin(keymap).expect("a built-in keymap");
        Harness {
            session: Session::attach(store.clone(), model, keymap, (width, height), options),
            store,
            terminal: terminal(width, height),
            dir,
        }
    }

    /// Presses keys written as in keymap files, separated by white space.
    pub fn keys(&mut self, keys: &str) -> &mut Self {
        press(&mut self.session, keys);
        self
    }

    /// Types `text`, one character key at a time.
    pub fn typing(&mut self, text: &str) -> &mut Self {
        type_text(&mut self.session, text);
        self
    }

    /// Draws the session and returns the screen as text.
    pub fn screen(&mut self) -> String {
        screen(&self.session, &mut self.terminal)
    }

    /// The status line as drawn: the screen's last line.
    pub fn status(&mut self) -> String {
        status_line(&self.session, &mut self.terminal)
    }

    /// The status message whole, however much of it the screen has room for.
    pub fn message(&self) -> String {
        self.session.state.status.text()
    }

    /// The file the session exported with this extension; panics if none.
    pub fn exported(&self, extension: &str) -> PathBuf {
        std::fs::read_dir(self.dir.path())
            .expect("the export folder")
            .map(|e| e.expect("an entry").path())
            .find(|p| p.extension().is_some_and(|e| e == extension))
            .unwrap_or_else(|| panic!("no .{extension} file written"))
    }

    /// The names of the files written beside the database.
    pub fn files_written(&self) -> Vec<String> {
        std::fs::read_dir(self.dir.path())
            .expect("the export folder")
            .map(|e| {
                e.expect("an entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .filter(|name| name != "db")
            .collect()
    }
}
