//! The only code that knows sled and bincode.
//!
//! One tree per record kind (key: big-endian id, value: the versioned envelope
//! of the record), one tree of secondary index keys, and the trees of the
//! history: `audit` (one entry per change of a record), `audit_values` (the
//! record's encoded value before and after each change), `ops` (the
//! operation log), `op_entries` (which audit entries each operation wrote)
//! and `meta` (the id counters and the marks of operations under way).
//!
//! **Every change is one operation** ([`ops`]): a save, a delete, a series
//! split, a seed, an import. An operation takes its id, record ids and audit
//! sequence numbers from our own counters in `meta`, advanced in the same
//! transaction that uses them (never sled's `generate_id`, which restarts at
//! 0 in a new database). A small operation is one sled transaction over every
//! tree it touches, its log entry included. A large one (more than
//! [`ops::CHUNK`] records) first marks itself pending, is written in
//! transactions of at most [`ops::CHUNK`] records, each write tagged with its
//! operation id, and becomes real through one small transaction that logs it
//! committed and removes the mark. An operation that never committed is
//! rolled back from the before-values its audit entries keep: when it fails
//! in this process, at once; after a crash, when the database is next opened.
//!
//! **Nobody sees half an operation.** The change feed ([`Store::subscribe`])
//! hears of an operation once, after it committed and is durable. Readers of
//! the store itself (commands, exports, history) take the read side of a
//! lock whose write side an operation holds from its first write to its
//! commit, so they wait rather than see part of it; other processes never
//! open the database (they ask its holder through the control socket).
//!
//! **Saved means durable:** after a commit the store flushes sled and then
//! calls `fdatasync` on sled's data file, since sled's flush on Linux is only
//! `sync_file_range`.

pub mod audit;
pub mod backup;
mod bulk;
pub mod check;
pub mod codec;
mod compact;
mod counters;
mod crc;
pub mod erase;
mod error;
mod files;
mod holder;
pub mod index;
pub mod limits;
pub mod migrate;
pub mod ops;
mod read;
mod reopen;
mod revert;
mod rollback;
pub mod settings;
mod steps;
mod write;

pub use compact::Compacted;
pub use counters::Counters;
pub use error::StoreError;
pub use files::{beside, exchange_dirs, parent_dir, size_of, sync_dir};
pub use ops::{Edit, Op, OpEntry, OpKind, OpState};
pub use read::Unreadable;
pub use reopen::Reopened;
pub use revert::Reverted;

use crate::domain::{FieldDef, FieldValue, Id, Kind};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

/// sled's page cache size. The model holds every record, so sled's cache
/// serves little besides the index pages a save touches; the operating
/// system caches the files anyway. Larger, reading every record into the
/// model filled and emptied it over and over, and the nodes it let go lay
/// in the heap between what stays (16 MB cost 3 MB more resident memory at
/// 100,000 meetings).
const CACHE_BYTES: u64 = 1024 * 1024;

/// What one committed change did, published on the change feed once it is
/// durable: the records as now stored, and the ones removed.
#[derive(Debug, Clone, Default)]
pub struct Committed {
    /// Records created or changed, as stored.
    pub saved: Vec<crate::domain::Record>,
    /// Records deleted.
    pub deleted: Vec<(Kind, Id)>,
    /// Whether `saved` replaces every record there was (a restore into the
    /// database held): what is not in it is gone.
    pub replaced_all: bool,
}

/// Someone told of every committed change (the read model).
pub type Subscriber = Box<dyn Fn(&Committed) + Send + Sync>;

/// sled's handles on one database directory. The store swaps the whole set
/// when it compacts or restores the directory it holds, so every use takes
/// its own reference ([`Store::trees`]) and never keeps one across calls.
struct Trees {
    db: sled::Db,
    kinds: Vec<sled::Tree>,
    index: sled::Tree,
    audit: sled::Tree,
    values: sled::Tree,
    ops: sled::Tree,
    op_entries: sled::Tree,
    meta: sled::Tree,
    quarantine: sled::Tree,
    /// sled's data file, synced after each commit.
    data_file: File,
    /// sled's folder of values too large for its log, and the files there
    /// already synced.
    blobs: PathBuf,
    synced_blobs: Mutex<std::collections::HashSet<std::ffi::OsString>>,
}

/// The current handles, shared with the signal thread's [`Flusher`]; empty
/// only while [`Store::reopen`] has closed them and not yet opened them again
/// (or could not).
type Current = Arc<RwLock<Option<Arc<Trees>>>>;

/// The database: records, indexes, history and operation log.
pub struct Store {
    trees: Current,
    path: PathBuf,
    /// Taken before sled's handles and kept while they are closed and
    /// reopened, so no other process can take the database meanwhile.
    _holder: holder::HolderLock,
    /// The writer lock; what it guards are the id counters.
    writer: Mutex<Counters>,
    /// Readers take the read side; an operation holds the write side while
    /// it writes, so no reader sees part of one.
    visible: RwLock<()>,
    /// The change feed's subscribers. sled's own subscribers fire per key and
    /// before the flush, and block writers when one lags: this feed sends one
    /// message per committed operation, after it is durable, from the writer.
    feed: Mutex<Vec<Subscriber>>,
    /// Values that could not be read, named for the person who can act.
    unreadable: Mutex<Vec<Unreadable>>,
    /// How far reading has come, for a watchdog: a damaged database can make
    /// sled spin inside a read, where no other thread can interrupt it.
    reads: std::sync::Arc<ReadProgress>,
}

/// Reads under way and values read so far, for a watchdog that tells a slow
/// read from a stuck one.
#[derive(Debug, Default)]
pub struct ReadProgress {
    /// Reads of a whole kind under way.
    pub under_way: std::sync::atomic::AtomicUsize,
    /// Values read so far.
    pub values: std::sync::atomic::AtomicU64,
}

/// A handle that can flush the database from another thread (the signal
/// handler) without owning the store.
#[derive(Clone)]
pub struct Flusher(Current);

impl Flusher {
    /// Makes everything written so far durable.
    pub fn flush(&self) -> Result<(), sled::Error> {
        let Some(trees) = self.0.read().unwrap_or_else(|p| p.into_inner()).clone() else {
            // Closed to be reopened: everything was flushed as they closed.
            return Ok(());
        };
        trees.db.flush()?;
        trees.make_durable()?;
        Ok(())
    }
}

/// The names of the trees the store keeps besides one per kind.
const TREES: [&str; 7] = [
    "index",
    "audit",
    "audit_values",
    "ops",
    "op_entries",
    "meta",
    "quarantine",
];

impl Store {
    /// Opens (creating if needed) the database directory at `path`,
    /// owner-only, and rolls back any operation a crash left unfinished.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        files::create_private_dir(path)?;
        let holder = holder::HolderLock::take(path)?;
        let store = Store {
            trees: Arc::new(RwLock::new(Some(Arc::new(Trees::open(path)?)))),
            path: path.to_path_buf(),
            _holder: holder,
            writer: Mutex::new(Counters::default()),
            visible: RwLock::new(()),
            feed: Mutex::new(Vec::new()),
            unreadable: Mutex::new(Vec::new()),
            reads: std::sync::Arc::default(),
        };
        let counters = store.load_counters()?;
        *store.writer.lock().unwrap_or_else(|p| p.into_inner()) = counters;
        store.complete_index()?;
        if store.roll_back_unfinished()? {
            store.sync()?;
        } else {
            // Nothing of ours was written: sled's own flush, as before.
            let t = store.trees()?;
            t.db.flush().map_err(|e| store.sled_error(e))?;
        }
        files::make_private(path)?;
        Ok(store)
    }

    /// sled's handles as they stand; a compaction or a reopen may replace
    /// them between two calls, so callers hold the reference for one piece
    /// of work only. An error only when a reopen could not open them again.
    fn trees(&self) -> Result<Arc<Trees>, StoreError> {
        self.trees
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
            .ok_or_else(|| StoreError::Io {
                path: self.path.clone(),
                source: std::io::Error::other("the database could not be opened again"),
            })
    }

    /// Tells `subscriber` of every change committed from now on, in commit
    /// order, on the writing thread, after the change is durable.
    pub fn subscribe(&self, subscriber: Subscriber) {
        self.feed
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(subscriber);
    }

    /// Sends a committed change to the subscribers; `change` is only made
    /// when someone listens (a bulk load with no model copies nothing).
    /// Called with the writer lock held, so messages keep commit order.
    fn publish(&self, change: impl FnOnce() -> Committed) {
        let feed = self.feed.lock().unwrap_or_else(|p| p.into_inner());
        if feed.is_empty() {
            return;
        }
        let change = change();
        for subscriber in feed.iter() {
            subscriber(&change);
        }
    }

    /// The database directory.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A handle for flushing from a signal thread.
    pub fn flusher(&self) -> Flusher {
        Flusher(Arc::clone(&self.trees))
    }

    /// Makes everything written so far durable: sled's flush, then
    /// `fdatasync` on its data file.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.sync()
    }

    fn sync(&self) -> Result<(), StoreError> {
        let t = self.trees()?;
        t.db.flush().map_err(|e| self.sled_error(e))?;
        t.make_durable().map_err(|source| StoreError::Io {
            path: self.path.clone(),
            source,
        })
    }

    fn sled_error(&self, source: sled::Error) -> StoreError {
        StoreError::Sled {
            path: self.path.clone(),
            source,
        }
    }

    fn tree(&self, kind: Kind) -> Result<sled::Tree, StoreError> {
        Ok(self.trees()?.kind(kind).clone())
    }

    /// The id counters as they stand.
    pub fn counters(&self) -> Counters {
        *self.writer.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Trees {
    /// Opens (creating if needed) the database directory at `path`,
    /// owner-only, and every tree the store keeps.
    fn open(path: &Path) -> Result<Trees, StoreError> {
        files::create_private_dir(path)?;
        // sled's page cache defaults to 1 GB; the app keeps its own copy of
        // the records, so a small cache is enough and keeps memory in budget.
        let db = sled::Config::new()
            .path(path)
            .cache_capacity(CACHE_BYTES)
            .open()
            .map_err(|e| open_error(path, e))?;
        let sled_err = |source| StoreError::Sled {
            path: path.to_path_buf(),
            source,
        };
        let kinds = Kind::ALL
            .iter()
            .map(|k| db.open_tree(k.plural()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(sled_err)?;
        let mut trees = TREES
            .iter()
            .map(|name| db.open_tree(name))
            .collect::<Result<Vec<_>, _>>()
            .map_err(sled_err)?
            .into_iter();
        let mut next = || trees.next().ok_or(sled::Error::Unsupported("tree".into()));
        let (index, audit, values) = (next(), next(), next());
        let (ops, op_entries, meta, quarantine) = (next(), next(), next(), next());
        let data_file = File::open(path.join("db")).map_err(|source| StoreError::Io {
            path: path.join("db"),
            source,
        })?;
        Ok(Trees {
            db,
            kinds,
            index: index.map_err(sled_err)?,
            audit: audit.map_err(sled_err)?,
            values: values.map_err(sled_err)?,
            ops: ops.map_err(sled_err)?,
            op_entries: op_entries.map_err(sled_err)?,
            meta: meta.map_err(sled_err)?,
            quarantine: quarantine.map_err(sled_err)?,
            data_file,
            blobs: path.join("blobs"),
            synced_blobs: Mutex::default(),
        })
    }

    /// Makes what sled has flushed durable: `fdatasync` on its data file
    /// (sled's own flush is only `sync_file_range` on Linux), and on any
    /// value it put in a file of its own.
    fn make_durable(&self) -> std::io::Result<()> {
        files::fdatasync(&self.data_file)?;
        files::sync_new_blobs(&self.blobs, &self.synced_blobs)
    }

    /// The tree of one kind's records.
    fn kind(&self, kind: Kind) -> &sled::Tree {
        // Kind::ALL order is the order the trees were opened in.
        &self.kinds[Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0)]
    }
}

/// Plain text of a field value for the audit trail: a reference reads
/// "Title (#id)" when `title_of` knows the record, "#id" otherwise.
fn audit_text(
    def: &FieldDef,
    value: &FieldValue,
    title_of: &dyn Fn(Kind, Id) -> Option<String>,
) -> String {
    value.plain(def.kind, &|k, id| match title_of(k, id) {
        Some(title) => format!("{title} (#{id})"),
        None => format!("#{id}"),
    })
}

/// "facilities #12" for error messages about a stored value.
fn describe(kind: Kind, key: &[u8]) -> String {
    let id = key.try_into().map(Id::from_be_bytes).unwrap_or_default();
    format!("{} #{id}", kind.plural())
}

/// Turns sled's open failure into a clear message; a held lock is the usual one.
fn open_error(path: &Path, source: sled::Error) -> StoreError {
    match &source {
        sled::Error::Io(io) if io.to_string().contains("could not acquire lock") => {
            StoreError::Locked {
                path: path.to_path_buf(),
            }
        }
        _ => StoreError::Sled {
            path: path.to_path_buf(),
            source,
        },
    }
}
