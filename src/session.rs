//! One user's session: app state, keymap and a shared store, driven one input
//! at a time. The local terminal, the tests (and later an SSH channel) are
//! drivers of this same type: they feed [`Input`]s and call [`Session::render`].

use crate::app::msg::{Effect, ExportFormat, Msg, WrittenFile};
use crate::app::{AppState, Data, Mode, update};
use crate::catalog::status;
use crate::domain::{Kind, Record};
use crate::export::{self, CsvMode};
use crate::keymap::{Key, KeyCode, Keymap, Lookup};
use crate::store::{Store, StoreError};
use crate::ui::{self, theme::Theme};
use chrono::{Local, NaiveDateTime, Utc};
use ratatui::Terminal;
use ratatui::backend::Backend;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

/// Input from a driver, independent of the terminal library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A key press.
    Key(Key),
    /// Pasted text.
    Paste(String),
    /// The terminal's new size.
    Resize(u16, u16),
    /// Nothing happened for a while: a chance to take in background work.
    Tick,
}

/// How a session reads the database at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loading {
    /// Everything before the first frame (tests, small databases).
    Eager,
    /// Facilities first, so the first frame is quick; the rest in a thread.
    Background,
}

/// What the background loader hands over: every record, and each tab's
/// default order, sorted off the main thread.
struct Loaded {
    data: Data,
    orders: Vec<(Kind, Vec<crate::domain::Id>)>,
}

/// A change made while the background load was running, replayed onto the
/// loaded data so it is not lost.
enum Change {
    Saved(Box<Record>),
    Deleted(Kind, crate::domain::Id),
}

/// Where the session's clock comes from: the wall clock, or a fixed time in tests.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    /// The system's local time.
    System,
    /// Always this local time.
    Fixed(NaiveDateTime),
}

impl Clock {
    fn now(self) -> NaiveDateTime {
        match self {
            Clock::System => Local::now().naive_local(),
            Clock::Fixed(at) => at,
        }
    }
}

/// Settings a driver chooses.
#[derive(Debug, Clone)]
pub struct Options {
    /// Who is recorded in the audit trail.
    pub who: String,
    /// Where exports from the list are written.
    pub export_dir: PathBuf,
    /// The clock.
    pub clock: Clock,
    /// Colours or not.
    pub theme: Theme,
    /// Whether to read everything before the first frame.
    pub loading: Loading,
    /// The user's settings (config file).
    pub config: crate::config::Config,
}

/// Every record of every kind, indexed.
pub fn load_all(store: &Store) -> Result<Data, StoreError> {
    let tables = Kind::ALL
        .iter()
        .map(|kind| Ok((*kind, store.all_records(*kind)?)))
        .collect::<Result<Vec<_>, StoreError>>()?;
    Ok(Data::from_tables(tables))
}

/// The loader thread's work: read, index, and sort each tab's default order.
fn load_in_background(store: &Store) -> Result<Loaded, StoreError> {
    let data = load_all(store)?;
    let orders = Kind::ALL
        .iter()
        .map(|k| (*k, crate::app::list::sorted(&data, *k, 0, false)))
        .collect();
    Ok(Loaded { data, orders })
}

/// One session over a shared store.
pub struct Session {
    /// The app state (public for tests and benchmarks).
    pub state: AppState,
    keymap: Keymap,
    store: Arc<Store>,
    options: Options,
    pending: Vec<Key>,
    quit: bool,
    loader: Option<Receiver<Result<Loaded, StoreError>>>,
    changed_while_loading: Vec<Change>,
}

impl Session {
    /// Builds the first state, with the dashboard as the first screen; on an
    /// empty database a question over it offers the reference data. With
    /// [`Loading::Background`] only facilities are read before the first
    /// frame and the rest arrives through [`Session::poll_background`].
    pub fn new(
        store: Arc<Store>,
        keymap: Keymap,
        size: (u16, u16),
        options: Options,
    ) -> Result<Session, StoreError> {
        let empty = store.is_empty();
        let (data, loader) = match options.loading {
            Loading::Eager => (load_all(&store)?, None),
            Loading::Background => {
                let facilities = store.all_records(Kind::Facility)?;
                let (sender, receiver) = mpsc::channel();
                let background = store.clone();
                std::thread::Builder::new()
                    .name("loader".into())
                    .spawn(move || {
                        // The receiver may be gone if the session ended first.
                        let _ = sender.send(load_in_background(&background));
                    })
                    .map_err(|source| StoreError::Io {
                        path: store.path().to_path_buf(),
                        source,
                    })?;
                (Data::new(facilities), Some(receiver))
            }
        };
        let mut state = AppState::new(data, size.0, size.1, options.clock.now());
        state.loading = loader.is_some();
        state.travel_gap_minutes = options.config.travel_gap_minutes;
        state.help_lines = ui::help_lines_count(&keymap);
        // The dashboard is the first screen; the seed question, when asked,
        // stands over it.
        state.open_dashboard();
        if empty {
            let count = crate::seed::reference_facilities()
                .map(|f| f.len())
                .unwrap_or(0);
            state.offer_seed(count);
        }
        Ok(Session {
            state,
            keymap,
            store,
            options,
            pending: Vec::new(),
            quit: false,
            loader,
            changed_while_loading: Vec::new(),
        })
    }

    /// Whether records are still being read in the background.
    pub fn is_loading(&self) -> bool {
        self.loader.is_some()
    }

    /// Takes in the background load if it has finished; returns whether it did.
    pub fn poll_background(&mut self) -> bool {
        let Some(receiver) = &self.loader else {
            return false;
        };
        match receiver.try_recv() {
            Ok(result) => {
                self.finish_loading(result);
                true
            }
            Err(TryRecvError::Empty) => false,
            Err(TryRecvError::Disconnected) => {
                self.finish_loading(Err(StoreError::Io {
                    path: self.store.path().to_path_buf(),
                    source: std::io::Error::other("the loader thread stopped"),
                }));
                true
            }
        }
    }

    /// Blocks until the background load is in (tests and benchmarks).
    pub fn wait_loaded(&mut self) {
        if let Some(receiver) = self.loader.take() {
            let result = receiver.recv().unwrap_or_else(|_| {
                Err(StoreError::Io {
                    path: self.store.path().to_path_buf(),
                    source: std::io::Error::other("the loader thread stopped"),
                })
            });
            self.finish_loading(result);
        }
    }

    fn finish_loading(&mut self, result: Result<Loaded, StoreError>) {
        self.loader = None;
        self.state.loading = false;
        let changes = std::mem::take(&mut self.changed_while_loading);
        match result {
            Ok(Loaded { mut data, orders }) => {
                let replay = !changes.is_empty();
                for change in changes {
                    match change {
                        Change::Saved(record) => data.upsert(*record),
                        Change::Deleted(kind, id) => data.remove(kind, id),
                    }
                }
                data.today = self.state.now.date();
                self.state.data = data;
                if !replay {
                    for (kind, order) in orders {
                        let list = self.state.lists.entry(kind).or_default();
                        list.adopt_order(&self.state.data, kind, order);
                    }
                }
                self.state.refresh_all();
            }
            Err(e) => self.state.error(status::failed(&e.to_string())),
        }
    }

    /// Whether the user asked to quit.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// Handles one input: keys go through the keymap to named actions; in text
    /// modes unbound printable keys are typed.
    pub fn handle(&mut self, input: Input) {
        let before = self.state.now.date();
        self.state.now = self.options.clock.now();
        self.state.data.today = self.state.now.date();
        // A session left open over midnight: days left, overdue items and
        // the coming week shift with the date, so work them out again.
        if self.state.now.date() != before {
            self.state.refresh_all();
        }
        let msg = match input {
            Input::Tick => {
                self.poll_background();
                None
            }
            Input::Resize(w, h) => Some(Msg::Resize(w, h)),
            Input::Paste(text) => Some(Msg::Paste(text)),
            Input::Key(key) => self.key_to_msg(key.normalize()),
        };
        if let Some(msg) = msg {
            self.dispatch(msg);
        }
    }

    fn key_to_msg(&mut self, key: Key) -> Option<Msg> {
        let mode = self.state.mode();
        match self.keymap.lookup(mode, &self.pending, key) {
            Lookup::Action(action) => {
                self.pending.clear();
                Some(Msg::Action(action))
            }
            Lookup::Pending => {
                self.pending.push(key);
                None
            }
            Lookup::Unbound => {
                let was_pending = !self.pending.is_empty();
                self.pending.clear();
                match key.code {
                    KeyCode::Char(c)
                        if mode.takes_text() && !key.mods.ctrl && !key.mods.alt && !was_pending =>
                    {
                        Some(Msg::Text(c))
                    }
                    _ => {
                        self.state.error(status::unbound(&key.to_string()));
                        None
                    }
                }
            }
        }
    }

    /// Runs a message through `update`, then the effects it asks for, feeding
    /// their results back until nothing is left to do.
    pub fn dispatch(&mut self, msg: Msg) {
        let mut queue = vec![msg];
        while let Some(msg) = queue.pop() {
            for effect in update(&mut self.state, msg) {
                if let Some(result) = self.run(effect) {
                    self.remember_while_loading(&result);
                    queue.push(result);
                }
            }
        }
    }

    /// Keeps what the store confirmed while the background load runs, so the
    /// loaded data can be brought up to date.
    fn remember_while_loading(&mut self, result: &Msg) {
        if self.loader.is_none() {
            return;
        }
        match result {
            Msg::Saved(record) => self
                .changed_while_loading
                .push(Change::Saved(Box::new(record.clone()))),
            Msg::Deleted(kind, id) => self.changed_while_loading.push(Change::Deleted(*kind, *id)),
            Msg::Seeded { records, .. } | Msg::Imported { records, .. } => {
                self.changed_while_loading
                    .extend(records.iter().map(|r| Change::Saved(Box::new(r.clone()))));
            }
            _ => {}
        }
    }

    fn run(&mut self, effect: Effect) -> Option<Msg> {
        let now = Utc::now();
        let who = self.options.who.clone();
        let failed = |e: &dyn std::fmt::Display| Some(Msg::EffectFailed(e.to_string()));
        match effect {
            Effect::Save(record) => match self.store.save(record, &who, now) {
                Ok(saved) => Some(Msg::Saved(saved)),
                Err(e) => failed(&e),
            },
            Effect::Delete(kind, id) => match self.store.delete(kind, id, &who, now) {
                Ok(()) => Some(Msg::Deleted(kind, id)),
                Err(e) => failed(&e),
            },
            Effect::LoadHistory(kind, id) => match self.store.history(kind, id) {
                Ok(entries) => Some(Msg::History(kind, id, entries)),
                Err(e) => failed(&e),
            },
            Effect::Export { kind, format, ids } => match self.export(kind, format, &ids) {
                Ok(path) => Some(Msg::Exported {
                    path,
                    count: ids.len(),
                }),
                Err(e) => failed(&e),
            },
            Effect::Seed => match crate::seed::seed(&self.store, &who, now) {
                Ok(report) => match self.store.all_records(Kind::Facility) {
                    Ok(records) => Some(Msg::Seeded {
                        created: report.created,
                        skipped: report.skipped,
                        records,
                    }),
                    Err(e) => failed(&e),
                },
                Err(e) => failed(&e),
            },
            Effect::ImportIcs(path) => match self.import_ics(&path, &who, now) {
                Ok(msg) => Some(msg),
                Err(e) => failed(&e),
            },
            Effect::ExportCoverage(map) => match self.export_coverage(&map) {
                Ok(path) => Some(Msg::Written(WrittenFile::CoverageMap, path)),
                Err(e) => failed(&e),
            },
            Effect::Report { format, from, to } => match self.write_report(format, from, to) {
                Ok(path) => Some(Msg::Written(WrittenFile::Report, path)),
                Err(e) => failed(&e),
            },
            Effect::Quit => {
                self.quit = true;
                None
            }
        }
    }

    /// Imports an iCalendar file and hands back every meeting now stored.
    fn import_ics(
        &self,
        path: &str,
        who: &str,
        now: chrono::DateTime<Utc>,
    ) -> Result<Msg, Box<dyn std::error::Error>> {
        let text = crate::infile::read_text(path, crate::infile::IMPORT_LIMIT)?;
        let report = crate::ical::import_ics(&self.store, &text, who, now)?;
        let summary = status::imported(
            path,
            report.created,
            report.updated,
            report.unchanged,
            report.skipped.len(),
        );
        let records = self.store.all_records(Kind::Meeting)?;
        Ok(Msg::Imported { summary, records })
    }

    /// Writes the coverage map as CSV to a new file in the export folder.
    fn export_coverage(
        &self,
        map: &crate::insight::coverage::Coverage,
    ) -> Result<String, Box<dyn std::error::Error>> {
        let stamp = self.options.clock.now().format("%Y%m%d-%H%M%S");
        let path = self
            .options
            .export_dir
            .join(format!("spojka-coverage-{stamp}.csv"));
        let mut file = std::io::BufWriter::new(std::fs::File::create(&path)?);
        export::write_coverage_csv(&mut file, map)?;
        durable(file)?;
        Ok(path.display().to_string())
    }

    /// Writes the given records, in order, to a new file in the export folder.
    fn export(
        &self,
        kind: Kind,
        format: ExportFormat,
        ids: &[u64],
    ) -> Result<String, Box<dyn std::error::Error>> {
        let data = &self.state.data;
        let records: Vec<Record> = ids
            .iter()
            .filter_map(|id| data.get(kind, *id).cloned())
            .collect();
        let extension = match format {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
            ExportFormat::Ics => "ics",
        };
        let stamp = self.options.clock.now().format("%Y%m%d-%H%M%S");
        let path = self
            .options
            .export_dir
            .join(format!("spojka-{}-{stamp}.{extension}", kind.plural()));
        let mut file = std::io::BufWriter::new(std::fs::File::create(&path)?);
        match format {
            ExportFormat::Csv => export::write_csv(
                &mut file,
                kind,
                &records,
                &|k, i| data.name(k, i),
                CsvMode::Spreadsheet,
            )?,
            ExportFormat::Json => export::write_json(&mut file, kind, &records)?,
            ExportFormat::Ics => {
                let emails = |id| match data.get(Kind::Person, id) {
                    Some(Record::Person(p)) if !p.email.is_empty() => Some(p.email.clone()),
                    _ => None,
                };
                export::write_ics(
                    &mut file,
                    &records,
                    &|k, i| data.name(k, i),
                    &emails,
                    Utc::now(),
                )?
            }
        }
        durable(file)?;
        Ok(path.display().to_string())
    }

    /// Writes the report of `from`–`to` to a new file in the export folder,
    /// synced to disk before success is reported.
    fn write_report(
        &self,
        format: crate::report::ReportFormat,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> Result<String, Box<dyn std::error::Error>> {
        let now = self.options.clock.now();
        let text =
            crate::report::Report::build(&self.state.data, from, to, now.date()).write(format);
        let stamp = now.format("%Y%m%d-%H%M%S").to_string();
        let name = crate::catalog::figures::report::file_name(&stamp, format.extension());
        let path = self.options.export_dir.join(name);
        let mut file = std::fs::File::create(&path)?;
        use std::io::Write;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        Ok(path.display().to_string())
    }

    /// Draws the current state.
    pub fn render<B: Backend>(&self, terminal: &mut Terminal<B>) -> Result<(), B::Error> {
        terminal.draw(|frame| ui::draw(frame, &self.state, &self.keymap, &self.options.theme))?;
        Ok(())
    }

    /// The keymap mode the session is in (for drivers that show it).
    pub fn mode(&self) -> Mode {
        self.state.mode()
    }
}

/// Flushes an export file and waits until it is on disk, so "exported" is
/// only said of a file that survives a crash.
fn durable(mut file: std::io::BufWriter<std::fs::File>) -> Result<(), Box<dyn std::error::Error>> {
    use std::io::Write;
    file.flush()?;
    file.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    Ok(())
}
