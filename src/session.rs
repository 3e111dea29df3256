//! One user's session: app state, keymap and a shared store, driven one input
//! at a time. The local terminal, the tests (and later an SSH channel) are
//! drivers of this same type: they feed [`Input`]s and call [`Session::render`].

use crate::app::msg::{Effect, ExportFormat, Msg, WrittenFile};
use crate::app::{AppState, Mode, update};
use crate::catalog::errors::Failure;
use crate::domain::{Kind, Record};
use crate::export::{self, CsvMode};
use crate::insight::dashboard::Section;
use crate::keymap::{Key, KeyCode, Keymap, Lookup};
use crate::model::{Data, Model, Warm};
use crate::screens::kit::Notice;
use crate::store::{Store, StoreError};
use crate::ui::{self, theme::Theme};
use chrono::Utc;
use ratatui::Terminal;
use ratatui::backend::Backend;
use std::path::PathBuf;
use std::sync::Arc;

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
    /// The connection is about to be closed for inactivity (SSH's idle
    /// timeout): a form with unsaved changes says so.
    IdleSoon,
}

pub use crate::model::Loading;

/// The clock sessions take their "now" and "today" from (Prague time).
pub use crate::clock::Clock;

/// Settings a driver chooses.
#[derive(Debug, Clone)]
pub struct Options {
    /// Who is recorded in the history: the person's name (the OS user's
    /// full name, the SSH user's name from the users file).
    pub who: String,
    /// Whose settings the session reads and saves: the OS login, or the
    /// SSH user's name.
    pub user: String,
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
    /// The language the session speaks.
    pub lang: crate::vocab::Lang,
}

/// The dashboard sections a user's settings fold (names this version does
/// not know left out).
fn folded_sections(settings: &crate::store::settings::UserSettings) -> Vec<Section> {
    settings
        .folded_sections
        .iter()
        .filter_map(|name| Section::from_name(name))
        .collect()
}

/// Every record of every kind, indexed.
pub fn load_all(store: &Store) -> Result<Data, StoreError> {
    crate::model::load_all(store)
}

/// The lists' orders, for the model's loader to work out off the drawing
/// thread: each tab's default order before the data is handed over, the
/// other columns' after. Worked out for `clock`'s today, as sessions show
/// the data (whether an agreement has expired depends on the day), with
/// columns of choices ordered by their labels in each of `langs`.
fn warm_orders(clock: Clock, langs: Vec<crate::vocab::Lang>) -> Warm {
    let as_shown = move |data: &Data| {
        let mut data = data.clone();
        data.today = clock.now_prague().date();
        data
    };
    Warm {
        before: Box::new(move |data| crate::screens::list::warm_first_columns(&as_shown(data))),
        after: Box::new(move |data| {
            crate::screens::list::warm_other_columns(&as_shown(data), &langs)
        }),
    }
}

/// One session over a shared store and the process's read model.
pub struct Session {
    /// The app state (public for tests and benchmarks).
    pub state: AppState,
    keymap: Keymap,
    store: Arc<Store>,
    model: Arc<Model>,
    /// The model version `state.data` shows.
    seen: u64,
    options: Options,
    pending: Vec<Key>,
    quit: bool,
    /// The operations this session made, newest last, that `u` undoes
    /// (ids only; at most [`UNDO_DEPTH`]); they live as long as the session.
    undo: Vec<u64>,
    /// The operations that undid them, newest last, that `Ctrl-R` undoes
    /// again; cleared by a new change.
    redo: Vec<u64>,
}

/// How many changes a session can undo.
pub const UNDO_DEPTH: usize = 100;

impl Session {
    /// A session with a read model of its own (one session per process:
    /// tests, benchmarks). With [`Loading::Background`] only facilities are
    /// read before the first frame and the rest arrives on later steps.
    pub fn new(
        store: Arc<Store>,
        keymap: Keymap,
        size: (u16, u16),
        options: Options,
    ) -> Result<Session, StoreError> {
        let now = options.clock.now_prague();
        let model = Model::open_warm(
            &store,
            options.loading,
            Some(warm_orders(options.clock, vec![options.lang])),
            now,
        )?;
        Ok(Session::attach(store, model, keymap, size, options))
    }

    /// Opens the read model a process shares between its sessions, with the
    /// loader working out the lists' orders by every column (by the labels
    /// of `langs`, the languages its sessions will speak, for columns of
    /// choices); the first screen's meetings are those around `clock`'s now.
    pub fn open_model(
        store: &Arc<Store>,
        loading: Loading,
        clock: Clock,
        langs: &[crate::vocab::Lang],
    ) -> Result<Arc<Model>, StoreError> {
        let now = clock.now_prague();
        Model::open_warm(
            store,
            loading,
            Some(warm_orders(clock, langs.to_vec())),
            now,
        )
    }

    /// A session over a model shared with other sessions. The dashboard is
    /// the first screen; on an empty database a question over it offers the
    /// reference data.
    pub fn attach(
        store: Arc<Store>,
        model: Arc<Model>,
        keymap: Keymap,
        size: (u16, u16),
        options: Options,
    ) -> Session {
        // Every entry into a session speaks its language on the thread
        // running it (see `catalog::words`).
        crate::catalog::speak(options.lang);
        let empty = store.is_empty();
        let snapshot = model.snapshot();
        let mut state = AppState::new(snapshot.data, size.0, size.1, options.clock.now_prague());
        state.loading = snapshot.loading;
        state.early = snapshot.early;
        state.travel_gap_minutes = options.config.travel_gap_minutes;
        state.meeting_minutes = options.config.meeting_minutes;
        state.request_waiting_days = options.config.request_waiting_days;
        state.help_lines = ui::help_lines_count(&keymap);
        // The dashboard opens folded as the user left it, in any session.
        match store.settings(&options.user) {
            Ok(settings) => state.folded = folded_sections(&settings),
            Err(e) => state.error(Notice::Failed(e.into())),
        }
        state.open_dashboard();
        if empty {
            let count = crate::seed::reference_facilities()
                .map(|f| f.len())
                .unwrap_or(0);
            state.offer_seed(count);
        }
        Session {
            state,
            keymap,
            store,
            model,
            seen: snapshot.version,
            options,
            pending: Vec::new(),
            quit: false,
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// Limits what the session may do: a role, and whether its user is
    /// remote (then files are neither read nor written on this computer).
    pub fn set_access(&mut self, access: crate::app::access::Access) {
        self.state.set_access(access);
    }

    /// Whether records are still being read in the background.
    pub fn is_loading(&self) -> bool {
        self.state.loading
    }

    /// Takes in what changed in the model since the last step (the background
    /// load, saves by other sessions and processes); returns whether anything
    /// did.
    pub fn poll_background(&mut self) -> bool {
        crate::catalog::speak(self.options.lang);
        if self.model.version() == self.seen {
            return false;
        }
        let snapshot = self.model.snapshot();
        let finished_loading = self.state.loading && !snapshot.loading;
        self.seen = snapshot.version;
        self.state.data = snapshot.data;
        self.state.data.today = self.state.now.date();
        self.state.loading = snapshot.loading;
        self.state.early = snapshot.early;
        if finished_loading {
            if let Some(e) = self.model.load_error() {
                self.state.error(Notice::Failed(Failure::Other(e)));
            }
            // Records that could not be read were left out; name them.
            let bad = self.store.unreadable();
            if let Some(first) = bad.first() {
                let (what, why) = (first.what.clone(), first.reason.clone());
                self.state.error(Notice::Unreadable(bad.len(), what, why));
            }
        }
        self.state.refresh_all();
        self.reread_histories();
        if finished_loading {
            // What loading left free (the long text let go, the first
            // screen's data, this session's snapshot of it) goes back.
            crate::heap::release_free();
        }
        true
    }

    /// Reads the open histories again: someone may have changed their
    /// record (the change feed moved the model on).
    fn reread_histories(&mut self) {
        let mut failed = None;
        for view in &mut self.state.stack {
            if let crate::app::state::View::History(h) = view {
                match crate::store::audit::events::told(&self.store, h.kind, h.id) {
                    Ok(mut entries) => {
                        entries.reverse();
                        h.replace(entries);
                    }
                    Err(e) => failed = Some(e),
                }
            }
        }
        if let Some(e) = failed {
            self.state.error(Notice::Failed(e.into()));
        }
    }

    /// Blocks until the background load is in, with the work done after
    /// it (tests and benchmarks).
    pub fn wait_loaded(&mut self) {
        self.model.wait_warmed();
        self.poll_background();
    }

    /// Whether the user asked to quit.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// Handles one input: keys go through the keymap to named actions; in text
    /// modes unbound printable keys are typed.
    pub fn handle(&mut self, input: Input) {
        crate::catalog::speak(self.options.lang);
        let before = self.state.now.date();
        self.state.now = self.options.clock.now_prague();
        self.state.data.today = self.state.now.date();
        // A session left open over midnight: days left, overdue items and
        // the coming week shift with the date, so work them out again.
        if self.state.now.date() != before {
            self.state.refresh_all();
        }
        self.poll_background();
        let msg = match input {
            Input::Tick => None,
            Input::IdleSoon => {
                if self.state.form_mut().is_some_and(|form| form.is_dirty()) {
                    self.state.error(Notice::IdleSoonUnsaved);
                }
                None
            }
            Input::Resize(w, h) => Some(Msg::Resize(w, h)),
            Input::Paste(text) => Some(Msg::Paste(text)),
            Input::Key(key) => self.key_to_msg(key.normalize()),
        };
        if let Some(msg) = msg {
            self.dispatch(msg);
            self.poll_background();
        }
        self.read_full_records();
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
                        self.state.error(Notice::Unbound(key.to_string()));
                        None
                    }
                }
            }
        }
    }

    /// Runs a message through `update`, then the effects it asks for, feeding
    /// their results back until nothing is left to do.
    pub fn dispatch(&mut self, msg: Msg) {
        crate::catalog::speak(self.options.lang);
        let mut queue = vec![msg];
        while let Some(msg) = queue.pop() {
            for effect in update(&mut self.state, msg) {
                if let Some(result) = self.run(effect) {
                    queue.push(result);
                }
            }
        }
        self.read_full_records();
    }

    /// Runs `effect` as if `update` had asked for it, then what its result
    /// leads to: a driver's (or a test's) way to make a change the keys
    /// would make, with the session's undo stack keeping it.
    pub fn perform(&mut self, effect: Effect) {
        crate::catalog::speak(self.options.lang);
        if let Some(msg) = self.run(effect) {
            self.dispatch(msg);
        }
        self.poll_background();
    }

    /// Runs one effect; the operations it commits go on the undo stack (a
    /// new change clears what could be redone).
    fn run(&mut self, effect: Effect) -> Option<Msg> {
        match effect {
            Effect::Undo => return self.turn_back(false),
            Effect::Redo => return self.turn_back(true),
            _ => {}
        }
        let (msg, ops) = crate::store::ops::recording(|| self.run_effect(effect));
        if !ops.is_empty() {
            self.redo.clear();
            self.undo.extend(ops);
            let over = self.undo.len().saturating_sub(UNDO_DEPTH);
            self.undo.drain(..over);
        }
        msg
    }

    /// Undoes the newest operation on the undo stack, or (`redo`) the
    /// newest undo, as a new operation; refused, with nothing changed, when
    /// someone changed its records since (the step is then dropped).
    fn turn_back(&mut self, redo: bool) -> Option<Msg> {
        let (from, kind) = match redo {
            false => (&mut self.undo, crate::store::OpKind::Undo),
            true => (&mut self.redo, crate::store::OpKind::Redo),
        };
        let Some(op) = from.pop() else {
            return Some(Msg::EffectFailed(if redo {
                Notice::NothingToRedo
            } else {
                Notice::NothingToUndo
            }));
        };
        let now = self.options.clock.now_utc();
        match self.store.revert_op(op, kind, &self.options.who, now) {
            Ok(done) => {
                let to = if redo { &mut self.undo } else { &mut self.redo };
                to.push(done.op);
                let turned = self.turned_back(&done);
                Some(match (redo, turned) {
                    (_, None) => Msg::TurnedBack(Notice::Ready, Vec::new()),
                    (false, Some((t, gone))) => Msg::TurnedBack(Notice::Undone(t), gone),
                    (true, Some((t, gone))) => Msg::TurnedBack(Notice::Redone(t), gone),
                })
            }
            Err(e) => Some(Msg::EffectFailed(Notice::Failed(e.into()))),
        }
    }

    /// What a revert turned back, for the status line, and the records it
    /// removed.
    fn turned_back(
        &self,
        done: &crate::store::Reverted,
    ) -> Option<(
        crate::screens::kit::TurnedBack,
        Vec<(Kind, crate::domain::Id)>,
    )> {
        let (kind, _, name) = done.records.first()?;
        let gone = done
            .records
            .iter()
            .filter(|(k, id, _)| matches!(self.store.get(*k, *id), Ok(None)))
            .map(|(k, id, _)| (*k, *id))
            .collect();
        let turned = crate::screens::kit::TurnedBack {
            kind: *kind,
            name: name.clone(),
            more: done.records.len() - 1,
        };
        Some((turned, gone))
    }

    /// Takes a step of cooperation request `id` as stored, following the
    /// step list it started with (the newest for one not yet started), and
    /// saves it; the inner error says why the lifecycle refused the step.
    fn request_step(
        &mut self,
        id: crate::domain::Id,
        step: crate::domain::request::StepDo,
        who: &str,
        now: crate::domain::Timestamp,
    ) -> Result<Result<crate::domain::Record, crate::domain::request::StepRefused>, StoreError>
    {
        use crate::domain::request::{DoneBy, StepRefused, take};
        let Some(crate::domain::Record::Request(mut request)) =
            self.store.get(crate::domain::Kind::Request, id)?
        else {
            return Err(StoreError::NotFound {
                kind: crate::domain::Kind::Request,
                id,
            });
        };
        let lists = self.store.step_lists()?;
        let version =
            crate::domain::request::version_of(&request, lists.last().map_or(1, |l| l.version));
        let Some(list) = lists.into_iter().find(|l| l.version == version) else {
            return Ok(Err(StepRefused::UnknownList(version)));
        };
        let by = DoneBy {
            person: None,
            text: who.to_string(),
        };
        if let Err(why) = take(&mut request, &list, by, step) {
            return Ok(Err(why));
        }
        self.store.save(request.into(), who, now).map(Ok)
    }

    fn run_effect(&mut self, effect: Effect) -> Option<Msg> {
        let now = self.options.clock.now_utc();
        let who = self.options.who.clone();
        let failed = |e: Failure| Some(Msg::EffectFailed(Notice::Failed(e)));
        match effect {
            Effect::Save(record) => match self
                .with_long_text(record)
                .and_then(|record| self.store.save(record, &who, now))
            {
                Ok(saved) => Some(Msg::Saved(saved)),
                Err(StoreError::Conflict { kind, id, .. }) => {
                    // The other change is in the model already: show it.
                    self.poll_background();
                    Some(Msg::SaveConflict(kind, id))
                }
                Err(e) => failed(e.into()),
            },
            Effect::RequestStep(id, step) => match self.request_step(id, step, &who, now) {
                Ok(Ok(saved)) => Some(Msg::Saved(saved)),
                Ok(Err(why)) => Some(Msg::EffectFailed(Notice::StepRefused(why))),
                Err(e) => failed(e.into()),
            },
            Effect::SaveLinked(record, request) => match self
                .with_long_text(record)
                .and_then(|record| self.store.save_linked(record, request, &who, now))
            {
                Ok(saved) => Some(Msg::Saved(saved)),
                Err(e) => failed(e.into()),
            },
            Effect::SaveSeveral(records) => match self.store.save_several(records, &who, now) {
                Ok(saved) => saved.into_iter().next().map(Msg::Saved),
                Err(e) => failed(e.into()),
            },
            Effect::ReadFull(kind, id, purpose) => match self.store.get(kind, id) {
                Ok(Some(record)) => Some(Msg::ReadFull(record, purpose)),
                Ok(None) => Some(Msg::EffectFailed(Notice::NothingSelected)),
                Err(e) => failed(e.into()),
            },
            Effect::Delete(kind, id) => match self.store.delete(kind, id, &who, now) {
                Ok(()) => Some(Msg::Deleted(kind, id)),
                Err(e) => failed(e.into()),
            },
            Effect::LoadHistory(kind, id) => {
                match crate::store::audit::events::told(&self.store, kind, id) {
                    Ok(entries) => Some(Msg::History(kind, id, entries)),
                    Err(e) => failed(e.into()),
                }
            }
            Effect::Export { kind, format, ids } => match self.export(kind, format, &ids) {
                Ok((path, cut)) => Some(Msg::Exported {
                    path,
                    count: ids.len(),
                    cut,
                }),
                Err(e) => failed(e),
            },
            // The seeded and imported records reach the state through the
            // model, on this same step.
            Effect::Seed => match crate::seed::seed(&self.store, &who, now) {
                Ok(report) => Some(Msg::Seeded {
                    created: report.created,
                    skipped: report.already_there(),
                    records: Vec::new(),
                }),
                Err(crate::seed::SeedError::Store(e)) => failed(e.into()),
                Err(e) => failed(Failure::Other(e.to_string())),
            },
            Effect::ImportIcs(path) => match self.import_ics(&path, &who, now) {
                Ok(msg) => Some(msg),
                Err(e) => failed(e),
            },
            Effect::ReadSheet { path, kind } => {
                match self.read_sheet(&path, kind, &self.options.user) {
                    Ok(opened) => Some(Msg::SheetRead(Box::new(opened))),
                    Err(e) => failed(e),
                }
            }
            // The records written reach the state through the model, on
            // this same step.
            Effect::ImportSheet(import) => match self.import_sheet(*import, &who, now) {
                Ok(msg) => Some(msg),
                Err(e) => failed(e),
            },
            Effect::ExportCoverage(map) => match self.export_coverage(&map) {
                Ok(path) => Some(Msg::Written(WrittenFile::CoverageMap, path)),
                Err(e) => failed(e),
            },
            Effect::Report { format, from, to } => match self.write_report(format, from, to) {
                Ok(path) => Some(Msg::Written(WrittenFile::Report, path)),
                Err(e) => failed(e),
            },
            Effect::SaveFolded(sections) => match self.save_folded(&self.options.user, &sections) {
                Ok(()) => None,
                Err(e) => failed(e.into()),
            },
            Effect::RevertEntry(kind, id, seq) => {
                match self.store.revert_entry(kind, id, seq, &who, now) {
                    Ok(done) => self.reverted(&done),
                    Err(e) => failed(e.into()),
                }
            }
            Effect::RevertOp(op) => {
                match self
                    .store
                    .revert_op(op, crate::store::OpKind::Revert, &who, now)
                {
                    Ok(done) => self.reverted(&done),
                    Err(e) => failed(e.into()),
                }
            }
            Effect::ErasePlan(person) => match self.store.erase_plan(person) {
                Ok(plan) => Some(Msg::ErasePlan(Box::new(plan))),
                Err(e) => failed(e.into()),
            },
            Effect::ErasePerson { person, skipped } => {
                let name = self
                    .state
                    .data
                    .get(Kind::Person, person)
                    .map(|r| r.title().to_string())
                    .unwrap_or_default();
                let erased = crate::catalog::text("erased-person");
                match self
                    .store
                    .erase_person(person, &skipped, erased, &who, now)
                    .and_then(|_| after_erasure(&self.store))
                {
                    Ok(()) => Some(Msg::Erased(person, name)),
                    Err(e) => failed(e.into()),
                }
            }
            // Handled before the recording starts (see `run`).
            Effect::Undo | Effect::Redo => None,
            Effect::Quit => {
                self.quit = true;
                None
            }
        }
    }

    /// Saves the dashboard sections `who` folded in their settings, the
    /// rest of their settings as they are in the store now.
    fn save_folded(&self, who: &str, sections: &[Section]) -> Result<(), StoreError> {
        let mut settings = self.store.settings(who)?;
        settings.folded_sections = sections.iter().map(|s| s.name().to_string()).collect();
        self.store.save_settings(who, &settings)
    }

    /// The message of a revert from the history.
    fn reverted(&self, done: &crate::store::Reverted) -> Option<Msg> {
        let (turned, gone) = self.turned_back(done)?;
        Some(Msg::TurnedBack(Notice::Reverted(turned), gone))
    }

    /// A record to save with its long text: one changed from the data's
    /// copy (archived, cancelled, moved…) gets the long text the data left
    /// out back from the store; a form's record is saved as the form built
    /// it, from the whole stored record.
    fn with_long_text(&self, record: Record) -> Result<Record, StoreError> {
        if self.state.form_saving(record.kind(), record.id()) {
            return Ok(record);
        }
        crate::model::full::with_long_text(&self.store, &self.state.data, record)
    }

    /// Reads whole the records the open details show without their long
    /// text, and hands them to the state.
    fn read_full_records(&mut self) {
        let wanted = self.state.records_to_read();
        if wanted.is_empty() {
            return;
        }
        let records: Vec<Record> = wanted
            .into_iter()
            .filter_map(|(kind, id)| self.store.get(kind, id).ok().flatten())
            .collect();
        if !records.is_empty() {
            self.dispatch(Msg::FullRecords(records));
        }
    }

    /// Imports an iCalendar file and hands back every meeting now stored.
    fn import_ics(
        &self,
        path: &str,
        who: &str,
        now: chrono::DateTime<Utc>,
    ) -> Result<Msg, Failure> {
        let text = crate::infile::read_text(path, crate::infile::IMPORT_LIMIT)?;
        let gap = self.options.config.travel_gap_minutes;
        let report = crate::ical::import_ics_with_gap(&self.store, &text, who, now, gap)?;
        let summary = crate::app::state::ImportSummary {
            path: path.to_string(),
            created: report.created,
            updated: report.updated,
            unchanged: report.unchanged,
            skipped: report.skipped.len(),
            on_holidays: report.on_holidays.len(),
            clashes: report.clashes.len(),
        };
        Ok(Msg::Imported {
            summary,
            records: Vec::new(),
        })
    }

    /// Reads a spreadsheet (CSV or XLSX, by its name, else by its bytes) to
    /// import as records of `kind`, and guesses its columns: from the
    /// mapping `who` saved for its header, else from the names it gives.
    /// Over SSH the file is the server's.
    fn read_sheet(
        &self,
        path: &str,
        kind: Kind,
        who: &str,
    ) -> Result<crate::screens::import::Opened, Failure> {
        use crate::sheet::mapping;
        let bytes = crate::infile::read_bytes(path, crate::sheet::FILE_LIMIT)?;
        let sheet_error = |e| Failure::Sheet(path.to_string(), e);
        let options = crate::sheet::ReadOptions {
            format: crate::sheet::read::format_of_name(std::path::Path::new(path)),
            ..Default::default()
        };
        let table = crate::sheet::read(&bytes, &options).map_err(sheet_error)?;
        let vocabulary = crate::spreadsheet::vocabulary(kind);
        let settings = self.store.settings(who)?;
        let saved = |key: &str| mapping::saved_choices(&settings.import_mappings, kind, key);
        let sheet = mapping::sheet_name(&table, path);
        let mapping = mapping::guess(&table, kind, &vocabulary, &saved, &Vec::new(), &sheet)
            .map_err(sheet_error)?;
        Ok(crate::screens::import::Opened {
            file: path.to_string(),
            table,
            mapping,
            vocabulary,
        })
    }

    /// Imports a spreadsheet as the import screen showed it: the dry run is
    /// made again over the store and written as one operation when it shows
    /// what the screen showed; else the new dry run goes back to the screen.
    fn import_sheet(
        &self,
        import: crate::effect::SheetImport,
        who: &str,
        now: chrono::DateTime<Utc>,
    ) -> Result<Msg, Failure> {
        use crate::sheet::apply::{self, ApplyError};
        let kind = import.mapping.kind;
        let vocabulary = crate::spreadsheet::vocabulary(kind);
        let prepare = || {
            apply::prepare(
                &self.store,
                &import.table,
                &import.mapping,
                &vocabulary,
                import.duplicates,
                now,
            )
        };
        let plan = prepare()?;
        if plan.outline() != import.shown {
            return Ok(Msg::SheetStale(Box::new(plan)));
        }
        let summary = crate::store::ops::Summary::Imported {
            file: import.file.clone(),
            kind,
            created: plan.create.len(),
            updated: plan.update.len(),
        }
        .text();
        let applied = match apply::apply(&self.store, &plan, summary, who, now) {
            Ok(applied) => applied,
            Err(ApplyError::Changed) => return Ok(Msg::SheetStale(Box::new(prepare()?))),
            Err(ApplyError::Store(e)) => return Err(e.into()),
        };
        if import.save_mapping {
            let user = &self.options.user;
            let mut settings = self.store.settings(user)?;
            settings
                .import_mappings
                .insert(import.mapping.saved_key(), import.mapping.saved_pairs());
            self.store.save_settings(user, &settings)?;
        }
        Ok(Msg::SheetImported(crate::screens::kit::SheetSummary {
            file: import.file,
            kind,
            created: applied.created,
            updated: applied.updated,
            left_out: plan.bad_rows().len(),
            mapping_saved: import.save_mapping,
        }))
    }

    /// Writes the coverage map as CSV to a new file in the export folder.
    fn export_coverage(&self, map: &crate::insight::coverage::Coverage) -> Result<String, Failure> {
        let stamp = self.options.clock.now_prague().format("%Y%m%d-%H%M%S");
        let path = self
            .options
            .export_dir
            .join(format!("spojka-coverage-{stamp}.csv"));
        let mut file = crate::outfile::OutFile::create(&path, self.store.path())?;
        // For a spreadsheet, in the session's language.
        let (separator, localized) = crate::spreadsheet::layout(None, true);
        let code = |column: &str| column.to_string();
        let label: &dyn Fn(&str) -> String = if localized {
            &crate::spreadsheet::coverage_label
        } else {
            &code
        };
        export::write_coverage_csv_with(&mut file, map, separator, label)?;
        file.commit()?;
        Ok(path.display().to_string())
    }

    /// Writes the given records, in order, to a new file in the export
    /// folder: its path, and how many cells were cut (XLSX). For a
    /// spreadsheet in the session's language, as the command line writes
    /// them: column names and choices by their labels (in English the CSV's
    /// columns keep their stable names, which scripts rely on).
    fn export(
        &self,
        kind: Kind,
        format: ExportFormat,
        ids: &[u64],
    ) -> Result<(String, usize), Failure> {
        let data = &self.state.data;
        // Whole records: the data holds long text (agenda, minutes, notes)
        // only in the store.
        let records = crate::model::full::full_records(&self.store, data, kind, ids)?;
        let extension = format.extension();
        let stamp = self.options.clock.now_prague().format("%Y%m%d-%H%M%S");
        let path = self
            .options
            .export_dir
            .join(format!("spojka-{}-{stamp}.{extension}", kind.plural()));
        // Safe like every output file: owner-only, never through a symlink
        // planted in the export folder, never inside the database.
        let mut file = crate::outfile::OutFile::create(&path, self.store.path())?;
        let mut cut = 0;
        match format {
            ExportFormat::Csv => {
                // For a spreadsheet, in the session's language.
                let (separator, localized) = crate::spreadsheet::layout(None, true);
                let code = crate::spreadsheet::column_code(true);
                let label: &dyn Fn(export::Column<'_>) -> String = if localized {
                    &crate::spreadsheet::column_label
                } else {
                    &code
                };
                let names = |k, i| data.name(k, i);
                let mode = CsvMode::Spreadsheet;
                export::write_csv_with(&mut file, kind, &records, &names, mode, separator, label)?
            }
            ExportFormat::Xlsx => {
                let names = |k, i| data.name(k, i);
                let sheet = crate::catalog::tab_title(kind);
                let label = crate::spreadsheet::column_label;
                cut = export::write_xlsx(&mut file, kind, &records, &names, sheet, &label)?.cut;
            }
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
                    self.options.clock.now_utc(),
                )?
            }
        }
        file.commit()?;
        Ok((path.display().to_string(), cut))
    }

    /// Writes the report of `from`–`to` to a new file in the export folder,
    /// synced to disk before success is reported.
    fn write_report(
        &self,
        format: crate::app::msg::ReportFormat,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> Result<String, Failure> {
        let format = crate::report::ReportFormat::from(format);
        let now = self.options.clock.now_prague();
        let text =
            crate::report::Report::build(&self.state.data, from, to, now.date()).write(format);
        let stamp = now.format("%Y%m%d-%H%M%S").to_string();
        let name = crate::catalog::figures::report::file_name(&stamp, format.extension());
        let path = self.options.export_dir.join(name);
        crate::outfile::write_bytes(&path, self.store.path(), text.as_bytes())?;
        Ok(path.display().to_string())
    }

    /// Draws the current state.
    pub fn render<B: Backend>(&self, terminal: &mut Terminal<B>) -> Result<(), B::Error> {
        crate::catalog::speak(self.options.lang);
        terminal.draw(|frame| ui::draw(frame, &self.state, &self.keymap, &self.options.theme))?;
        Ok(())
    }

    /// The keymap mode the session is in (for drivers that show it).
    pub fn mode(&self) -> Mode {
        self.state.mode()
    }
}

/// The app asks for a report in its own words; the report writer has its own
/// type, so that update code never imports `report/`.
impl From<crate::app::msg::ReportFormat> for crate::report::ReportFormat {
    fn from(format: crate::app::msg::ReportFormat) -> Self {
        match format {
            crate::app::msg::ReportFormat::Markdown => crate::report::ReportFormat::Markdown,
            crate::app::msg::ReportFormat::Html => crate::report::ReportFormat::Html,
        }
    }
}

/// After an erasure committed: the database is compacted so the erased
/// bytes leave sled's files (the sessions attached stay).
fn after_erasure(store: &Store) -> Result<(), StoreError> {
    store.compact_in_place().map(|_| ())
}
