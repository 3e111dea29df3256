//! The read model: every record in memory once per process, with the lookups
//! views need, kept current by the store's change feed and shared by every
//! session, command and report in the process.
//!
//! [`Model`] holds the newest [`Data`] and a version number. Readers take a
//! snapshot (a cheap clone that shares every chunk with the model) and keep
//! it as long as they like; a committed change makes a new version that
//! copies only the chunks it touches. A session compares its snapshot's
//! version with the model's on each step and adopts the new one, so no screen
//! ever sees half of a change.

pub mod data;
mod derived;
pub mod full;
mod held;
pub mod lean;
mod link;
mod load;
mod shards;
mod table;
mod texts;

pub use data::Data;
pub use held::HeldMeeting;
pub use link::{Link, Linked};
pub use load::{Window, load_all};
pub use table::{SearchTexts, TextAt};

use crate::domain::{Id, Kind, Record};
use crate::store::{Committed, Store, StoreError};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError, RwLock};

/// How the model reads the database when it is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loading {
    /// Everything before returning (commands, tests, small databases).
    Eager,
    /// Facilities first, so a first frame can be drawn at once; the rest in a
    /// thread of its own: first every kind but meetings, with the meetings
    /// of the coming days and every repeating meeting (what the first screen
    /// shows), then every meeting.
    Background,
}

/// A change committed while the background load was running, replayed onto
/// the loaded data so it is not lost.
enum Pending {
    Saved(Box<Record>),
    Deleted(Kind, Id),
    /// Every record before this one is gone (a restore).
    Cleared,
}

/// Work for the loader thread on the loaded data, kept in the data's views
/// ([`Data::derived`]), which the sessions share: the lists' orders, whose
/// sorting on the thread that draws would stall a keystroke.
pub struct Warm {
    /// What the first frame after loading needs, done before the data is
    /// handed over.
    pub before: Box<dyn FnOnce(&Data) + Send>,
    /// What may come a moment later, done once the data is handed over (on
    /// that data, unless a change has already made a newer version).
    pub after: Box<dyn FnOnce(&Data) + Send>,
}

/// How far the loader has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    Reading,
    Loaded,
    Warmed,
}

struct Current {
    data: Data,
    version: u64,
    /// While loading: changes to replay once the records are in.
    pending: Option<Vec<Pending>>,
    /// Why loading failed, if it did.
    failed: Option<String>,
    /// While loading: the meetings window the early data covers.
    early: Option<Window>,
}

/// The model's data at one version.
pub struct Snapshot {
    /// The version it is.
    pub version: u64,
    /// The records.
    pub data: Data,
    /// Whether records were still being read in the background.
    pub loading: bool,
    /// While loading, once the first screen's records are in: every record
    /// of every kind but meetings, and of meetings those starting in this
    /// window and every repeating one.
    pub early: Option<Window>,
}

/// The process's read model.
pub struct Model {
    current: RwLock<Current>,
    /// The version, readable without the lock (sessions poll it per step).
    version: AtomicU64,
    loaded: (Mutex<Stage>, Condvar),
}

impl Model {
    /// A model over records already in memory (tests, benchmarks).
    pub fn from_data(data: Data) -> Arc<Model> {
        Arc::new(Model::new(data, None))
    }

    fn new(data: Data, pending: Option<Vec<Pending>>) -> Model {
        let loading = pending.is_some();
        Model {
            current: RwLock::new(Current {
                data,
                version: 1,
                pending,
                failed: None,
                early: None,
            }),
            version: AtomicU64::new(1),
            loaded: (
                Mutex::new(if loading {
                    Stage::Reading
                } else {
                    Stage::Warmed
                }),
                Condvar::new(),
            ),
        }
    }

    /// The model of the database `store` holds, subscribed to its change
    /// feed so it follows every change committed from now on; the first
    /// screen's meetings are those around `now`.
    pub fn open(
        store: &Arc<Store>,
        loading: Loading,
        now: chrono::NaiveDateTime,
    ) -> Result<Arc<Model>, StoreError> {
        Model::open_warm(store, loading, None, now)
    }

    /// [`Model::open`], with work for the loader thread to do on the loaded
    /// data (see [`Warm`]).
    pub fn open_warm(
        store: &Arc<Store>,
        loading: Loading,
        warm: Option<Warm>,
        now: chrono::NaiveDateTime,
    ) -> Result<Arc<Model>, StoreError> {
        let model = match loading {
            Loading::Eager => Arc::new(Model::new(Data::default(), Some(Vec::new()))),
            Loading::Background => {
                let facilities = load::read_lean(store, Kind::Facility)?;
                let data = Data::from_lean_tables(vec![facilities]);
                Arc::new(Model::new(data, Some(Vec::new())))
            }
        };
        // Subscribed before reading, so a change committed while the records
        // are read is replayed rather than lost.
        let weak = Arc::downgrade(&model);
        store.subscribe(Box::new(move |change: &Committed| {
            if let Some(model) = weak.upgrade() {
                model.apply(change);
            }
        }));
        match loading {
            Loading::Eager => model.finish(load_all(store), warm),
            Loading::Background => {
                let (background, into) = (store.clone(), model.clone());
                std::thread::Builder::new()
                    .name("loader".into())
                    .spawn(move || {
                        // A bug while reading must not leave every session
                        // saying "Loading…" for ever.
                        let staged = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            into.load_in_stages(&background, warm, now)
                        }));
                        if staged.is_err() {
                            into.finish(
                                Err(StoreError::Io {
                                    path: background.path().to_path_buf(),
                                    source: std::io::Error::other("reading the records failed"),
                                }),
                                None,
                            );
                        }
                    })
                    .map_err(|source| StoreError::Io {
                        path: store.path().to_path_buf(),
                        source,
                    })?;
            }
        }
        Ok(model)
    }

    /// The background load: the first screen's records, then the rest.
    /// Reads what the first screen needs (every kind but meetings, and the
    /// meetings around `now`), hands it over, then reads the rest.
    fn load_in_stages(&self, store: &Store, warm: Option<Warm>, now: chrono::NaiveDateTime) {
        let loaded = (|| {
            let window = load::early_window(now);
            let tables = load::read_first_screen(store, window)?;
            let mut early = Data::from_lean_tables(tables);
            early.set_step_lists(store.step_lists()?);
            // The whole shares every other kind with the first screen's data.
            let mut data = early.clone();
            self.early(early, window);
            data.replace_kind(load::read_lean(store, Kind::Meeting)?);
            Ok(data)
        })();
        // sled keeps much of what the load read (see `Store::reopen`): let
        // go of it before the rest of the process settles in. A failure here
        // is one to tell like a failed load: the database is not usable.
        let loaded = loaded.and_then(|data| store.reopen().map(|_| data));
        self.finish(loaded, warm);
    }

    /// Takes in the first screen's records, replaying what changed
    /// meanwhile (and keeping it, to replay onto the full data too).
    fn early(&self, mut data: Data, window: Window) {
        let mut current = self.current.write().unwrap_or_else(PoisonError::into_inner);
        for change in current.pending.iter().flatten() {
            match change {
                Pending::Saved(record) => data.upsert((**record).clone()),
                Pending::Deleted(kind, id) => data.remove(*kind, *id),
                Pending::Cleared => data = Data::default(),
            }
        }
        current.data = data;
        current.early = Some(window);
        current.version += 1;
        self.version.store(current.version, Ordering::Release);
    }

    /// Takes in the loaded records, replaying what changed meanwhile (which
    /// starts a new version, without the views `warm` worked out before).
    fn finish(&self, loaded: Result<Data, StoreError>, warm: Option<Warm>) {
        let (before, after) = match warm {
            Some(warm) => (Some(warm.before), Some(warm.after)),
            None => (None, None),
        };
        if let (Ok(data), Some(before)) = (&loaded, before) {
            before(data);
        }
        let handed_over = {
            let mut current = self.current.write().unwrap_or_else(PoisonError::into_inner);
            let pending = current.pending.take().unwrap_or_default();
            current.early = None;
            let handed_over = match loaded {
                Ok(mut data) => {
                    for change in pending {
                        match change {
                            Pending::Saved(record) => data.upsert(*record),
                            Pending::Deleted(kind, id) => data.remove(kind, id),
                            Pending::Cleared => data = Data::default(),
                        }
                    }
                    current.data = data;
                    Some(current.data.clone())
                }
                Err(e) => {
                    current.failed = Some(e.to_string());
                    None
                }
            };
            current.version += 1;
            self.version.store(current.version, Ordering::Release);
            handed_over
        };
        self.reach(Stage::Loaded);
        if let (Some(data), Some(after)) = (handed_over, after) {
            // Sessions do this work themselves when it is not done: a bug
            // here must not make a good load look failed.
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| after(&data)));
            // The work's scratch (every record's cell text, per column) is
            // free by now, but glibc keeps it unless asked.
            crate::heap::release_free();
        }
        self.reach(Stage::Warmed);
    }

    /// Records how far the loader has got and wakes whoever waits for it.
    fn reach(&self, stage: Stage) {
        let (at, wake) = &self.loaded;
        *at.lock().unwrap_or_else(PoisonError::into_inner) = stage;
        wake.notify_all();
    }

    /// Blocks until the loader has got as far as `stage`.
    fn wait_for(&self, stage: Stage) {
        let (at, wake) = &self.loaded;
        let mut at = at.lock().unwrap_or_else(PoisonError::into_inner);
        while *at < stage {
            at = wake.wait(at).unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Applies one committed change: a new version of the data.
    pub fn apply(&self, change: &Committed) {
        let mut current = self.current.write().unwrap_or_else(PoisonError::into_inner);
        if let Some(pending) = &mut current.pending {
            if change.replaced_all {
                pending.push(Pending::Cleared);
            }
            pending.extend(
                change
                    .saved
                    .iter()
                    .map(|r| Pending::Saved(Box::new(r.clone())))
                    .chain(change.deleted.iter().map(|(k, i)| Pending::Deleted(*k, *i))),
            );
        }
        if change.replaced_all {
            current.data = Data::new(change.saved.iter().cloned());
        } else {
            for record in &change.saved {
                current.data.upsert(record.clone());
            }
        }
        for (kind, id) in &change.deleted {
            current.data.remove(*kind, *id);
        }
        current.version += 1;
        self.version.store(current.version, Ordering::Release);
    }

    /// The current version: it changes whenever the data does.
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    /// The current data with its version. Cheap: the data shares its chunks.
    pub fn snapshot(&self) -> Snapshot {
        let current = self.current.read().unwrap_or_else(PoisonError::into_inner);
        Snapshot {
            version: current.version,
            data: current.data.clone(),
            loading: current.pending.is_some(),
            early: current.early,
        }
    }

    /// Whether records are still being read in the background.
    pub fn is_loading(&self) -> bool {
        *self.loaded.0.lock().unwrap_or_else(PoisonError::into_inner) == Stage::Reading
    }

    /// Why loading failed, if it did.
    pub fn load_error(&self) -> Option<String> {
        let current = self.current.read().unwrap_or_else(PoisonError::into_inner);
        current.failed.clone()
    }

    /// Blocks until every record is in.
    pub fn wait_loaded(&self) {
        self.wait_for(Stage::Loaded);
    }

    /// Blocks until every record is in and the loader has done the work it
    /// was given for after (tests and benchmarks, which measure what
    /// follows without the loader competing for the processor).
    pub fn wait_warmed(&self) {
        self.wait_for(Stage::Warmed);
    }

    /// Every record, once loaded, or why they could not be read.
    pub fn loaded_data(&self) -> Result<Data, StoreError> {
        self.wait_loaded();
        match self.load_error() {
            Some(e) => Err(StoreError::Io {
                path: std::path::PathBuf::new(),
                source: std::io::Error::other(e),
            }),
            None => Ok(self.snapshot().data),
        }
    }
}
