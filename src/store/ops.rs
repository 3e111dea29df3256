//! Operations: every user-level change, small or large, as one unit that is
//! stored whole or not at all, with an entry in the operation log.
//!
//! [`Store::begin`] takes the writer lock and the write side of the
//! visibility lock and hands out an [`Op`]. [`Op::write`] prepares changes
//! (checks, ids, audit entries) and keeps them until a chunk of [`CHUNK`]
//! records is full. [`Op::commit`] ends it: an operation that never filled a
//! chunk is written in one transaction with its log entry; a larger one has
//! marked itself pending in `meta` before its first chunk, and its commit is
//! one small transaction that logs it committed and removes the mark. An
//! `Op` dropped without committing is rolled back at once (and, should the
//! process die first, when the database is next opened).

use super::write::Prepared;
use super::{Committed, Counters, Store, StoreError, codec};
use crate::domain::{Id, Kind, Record, Timestamp};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::{MutexGuard, RwLockWriteGuard};

/// Records per transaction of a large operation: measured with sled 0.34.7,
/// one transaction of 30,000 records peaked at 1.6 GB, chunks of 1,000 stay
/// under 200 MB.
pub const CHUNK: usize = 1000;

/// The `meta` key prefix marking an operation under way.
pub(crate) const PENDING: &[u8] = b"pending/";

/// What kind of change an operation was. Stored: append only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OpKind {
    /// One record saved (created, edited, archived, a lifecycle step…).
    Save,
    /// One record deleted.
    Delete,
    /// Several records saved together (a series split).
    SaveSeveral,
    /// New records stored in one go.
    Insert,
    /// The reference facilities loaded.
    Seed,
    /// A calendar file imported.
    Import,
    /// Demo data made.
    Demo,
    /// The database built from a backup.
    Restore,
    /// An operation of this session taken back.
    Undo,
    /// An undone operation done again.
    Redo,
    /// An operation, or one change of it, turned back from the history or
    /// the command line.
    Revert,
    /// One person's personal data erased everywhere (GDPR): cannot be
    /// turned back.
    Erase,
}

/// Where an operation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OpState {
    /// Being written; not visible.
    Pending,
    /// Written and visible.
    Committed,
    /// Never committed; what it wrote was taken back.
    RolledBack,
}

/// One entry of the operation log (the `ops` tree, keyed by operation id).
/// Which audit entries it wrote is in the `op_entries` tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpEntry {
    /// When it started.
    pub at: Timestamp,
    /// Who.
    pub who: String,
    /// What kind of change.
    pub kind: OpKind,
    /// What it was: a [`Summary`] as JSON for operations that have one
    /// (read with [`OpEntry::what`]); operations written before it was
    /// typed kept English words ("imported 5000 meetings"), which nothing
    /// shows.
    pub summary: String,
    /// Where it stands.
    pub state: OpState,
    /// How many audit entries it wrote.
    pub entries: u64,
}

impl OpEntry {
    /// What the operation was, where its summary says it in typed form.
    pub fn what(&self) -> Option<Summary> {
        serde_json::from_str(&self.summary).ok()
    }
}

/// What an operation was beyond its kind and the records it changed, kept
/// typed (as JSON in the log entry's summary, so the stored shape of the
/// log stays as it was), worded when shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Summary {
    /// Operation `op` turned back whole (an undo, a redo, a revert: the
    /// operation's kind says which).
    TurnedBack {
        /// The operation turned back.
        op: u64,
    },
    /// One change of a record turned back from its history.
    RevertedEntry {
        /// The record's kind.
        kind: Kind,
        /// Its id.
        id: Id,
        /// The history entry turned back.
        seq: u64,
        /// The operation that entry was part of.
        op: Option<u64>,
    },
    /// Records imported from a file.
    Imported {
        /// The file's name, as given (cut to 200 bytes).
        file: String,
        /// Which kind of record.
        kind: Kind,
        /// How many new.
        created: usize,
        /// How many changed.
        updated: usize,
    },
}

impl Summary {
    /// As the log entry keeps it ([`Op::summarise`]): JSON, a file name cut
    /// to 200 bytes.
    pub fn text(&self) -> String {
        let mut summary = self.clone();
        if let Summary::Imported { file, .. } = &mut summary {
            *file = super::audit::cut(std::mem::take(file), 200);
        }
        serde_json::to_string(&summary).unwrap_or_default()
    }
}

/// One change an operation makes.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Create (id 0) or update (the stored version it was read at).
    Save(Record),
    /// Delete a record nothing refers to.
    Delete(Kind, Id),
    /// Write a record as given, whatever version is stored, creating it
    /// under its id if it is gone: a revert, which checked what is stored.
    Put(Record),
}

/// A record with its stored bytes.
pub(crate) type Stored = (Record, Vec<u8>);

/// An operation under way; see the module documentation.
pub struct Op<'s> {
    pub(crate) store: &'s Store,
    pub(crate) counters: MutexGuard<'s, Counters>,
    _visible: RwLockWriteGuard<'s, ()>,
    pub(crate) id: u64,
    pub(crate) entry: OpEntry,
    /// Prepared changes not yet written.
    pub(crate) buffer: Vec<Prepared>,
    /// Whether a chunk was written (so the operation is marked pending).
    pub(crate) started: bool,
    pub(crate) saved: Vec<Record>,
    pub(crate) deleted: Vec<(Kind, Id)>,
    /// Titles of records referred to, for the audit text; read once.
    pub(crate) titles: HashMap<(Kind, Id), String>,
    /// Records changed by this operation, as it left them (None: deleted).
    pub(crate) touched: HashMap<(Kind, Id), Option<Stored>>,
    done: bool,
}

impl Store {
    /// Starts an operation; it holds the writer lock until it ends.
    pub fn begin(&self, kind: OpKind, who: &str, now: Timestamp) -> Op<'_> {
        let mut counters = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let visible = self.visible.write().unwrap_or_else(|p| p.into_inner());
        let id = counters.take_op();
        Op {
            store: self,
            counters,
            _visible: visible,
            id,
            entry: OpEntry {
                at: now,
                who: who.to_string(),
                kind,
                summary: String::new(),
                state: OpState::Pending,
                entries: 0,
            },
            buffer: Vec::new(),
            started: false,
            saved: Vec::new(),
            deleted: Vec::new(),
            titles: HashMap::new(),
            touched: HashMap::new(),
            done: false,
        }
    }

    /// Runs `edits` as one operation of `kind`; the records as stored.
    pub fn apply(
        &self,
        kind: OpKind,
        edits: Vec<Edit>,
        who: &str,
        now: Timestamp,
    ) -> Result<Vec<Record>, StoreError> {
        let mut op = self.begin(kind, who, now);
        let saved = op.write(edits)?;
        op.commit()?;
        Ok(saved)
    }

    /// The operation log entry `op`, if there is one.
    pub fn op(&self, op: u64) -> Result<Option<OpEntry>, StoreError> {
        let Some(bytes) = self
            .trees()?
            .ops
            .get(op.to_be_bytes())
            .map_err(|e| self.sled_error(e))?
        else {
            return Ok(None);
        };
        codec::decode(&bytes)
            .map(Some)
            .map_err(|source| StoreError::Decode {
                what: format!("operation #{op}"),
                path: self.path.clone(),
                source,
            })
    }

    /// Every operation in the log, oldest first.
    pub fn op_log(&self) -> Result<Vec<(u64, OpEntry)>, StoreError> {
        let t = self.trees()?;
        let _read = self.visible.read().unwrap_or_else(|p| p.into_inner());
        let mut out = Vec::new();
        for item in t.ops.iter() {
            let (key, value) = item.map_err(|e| self.sled_error(e))?;
            let op = super::counters::be(&key);
            match codec::decode(&value) {
                Ok(entry) => out.push((op, entry)),
                Err(e) => self.note_unreadable(format!("operation #{op}"), &e),
            }
        }
        Ok(out)
    }
}

impl Op<'_> {
    /// This operation's id.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Sets the summary the log keeps (cut to 1 KiB).
    pub fn summarise(&mut self, summary: impl Into<String>) {
        self.entry.summary = super::audit::cut(summary.into(), 1024);
    }

    /// Keeps what the operation was, typed.
    pub fn summarise_as(&mut self, summary: &Summary) {
        self.entry.summary = summary.text();
    }

    /// Checks and stages `edits`, writing full chunks as they fill; the
    /// records as they will be stored. On an error the operation must be
    /// dropped (which rolls back whatever of it was written).
    pub fn write(&mut self, edits: Vec<Edit>) -> Result<Vec<Record>, StoreError> {
        let mut out = Vec::with_capacity(edits.len());
        for edit in edits {
            let (prepared, record) = self.prepare(edit)?;
            self.buffer.push(prepared);
            if let Some(record) = record {
                out.push(record);
            }
            if self.buffer.len() >= CHUNK {
                self.write_chunk()?;
            }
        }
        Ok(out)
    }

    /// Makes the operation visible and durable, then tells the subscribers.
    pub fn commit(mut self) -> Result<(), StoreError> {
        if self.buffer.is_empty() && !self.started {
            // Nothing to do: no log entry for an operation that changed nothing.
            self.done = true;
            return Ok(());
        }
        if self.started {
            self.write_chunk()?;
        }
        self.entry.state = OpState::Committed;
        let buffer = std::mem::take(&mut self.buffer);
        self.entry.entries += buffer.len() as u64;
        self.store.transact(
            &buffer,
            self.id,
            Some(&self.entry),
            Mark::Clear,
            &self.counters,
        )?;
        self.done = true;
        self.store.sync()?;
        trace(self.id, "committed");
        RECORDING.with(|r| {
            if let Some(ops) = r.borrow_mut().as_mut() {
                ops.push(self.id);
            }
        });
        let (saved, deleted) = (
            std::mem::take(&mut self.saved),
            std::mem::take(&mut self.deleted),
        );
        self.store.publish(|| Committed {
            saved,
            deleted,
            replaced_all: false,
        });
        Ok(())
    }

    /// Writes the staged changes as one transaction, marking the operation
    /// pending first if this is its first chunk.
    fn write_chunk(&mut self) -> Result<(), StoreError> {
        if !self.started {
            self.store
                .transact(&[], self.id, Some(&self.entry), Mark::Set, &self.counters)?;
            self.store.sync()?;
            self.started = true;
            trace(self.id, "writing");
        }
        let buffer = std::mem::take(&mut self.buffer);
        if buffer.is_empty() {
            return Ok(());
        }
        self.entry.entries += buffer.len() as u64;
        self.store
            .transact(&buffer, self.id, None, Mark::Keep, &self.counters)?;
        // What was staged is in the trees now, where `current` finds it.
        self.touched.clear();
        pause();
        Ok(())
    }
}

impl Drop for Op<'_> {
    fn drop(&mut self) {
        if !self.done && self.started {
            // Best effort: if this fails too, the next open rolls it back.
            let _ = self.store.roll_back(self.id);
            let _ = self.store.sync();
        }
    }
}

thread_local! {
    /// The operations committed on this thread while [`recording`] runs.
    static RECORDING: std::cell::RefCell<Option<Vec<u64>>> =
        const { std::cell::RefCell::new(None) };
}

/// Runs `work` and returns, with its result, the ids of the operations it
/// committed, in order: how a session learns which operations its undo
/// stack holds without every write path handing ids back. A session runs on
/// one thread and does its work synchronously, so what commits on this
/// thread meanwhile is its own.
pub fn recording<T>(work: impl FnOnce() -> T) -> (T, Vec<u64>) {
    let outer = RECORDING.with(|r| r.borrow_mut().replace(Vec::new()));
    let result = work();
    let ops = RECORDING.with(|r| std::mem::replace(&mut *r.borrow_mut(), outer));
    (result, ops.unwrap_or_default())
}

/// What a transaction does to the operation's pending mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// Leave it.
    Keep,
    /// Set it: the operation starts writing chunks.
    Set,
    /// Remove it: the operation commits.
    Clear,
}

/// The `meta` key marking operation `op` pending.
pub(crate) fn pending_key(op: u64) -> Vec<u8> {
    let mut key = PENDING.to_vec();
    key.extend_from_slice(&op.to_be_bytes());
    key
}

/// Test hook: with `SPOJKA_TEST_OP_TRACE` set, large operations say on
/// standard error when they start writing and when they committed, so a
/// test can kill the process in between.
pub(crate) fn trace(op: u64, what: &str) {
    if std::env::var_os("SPOJKA_TEST_OP_TRACE").is_some() {
        eprintln!("spojka-op {op} {what}");
    }
}

/// Test hook: `SPOJKA_TEST_CHUNK_PAUSE_MS` waits that long after each chunk.
pub(crate) fn pause() {
    if let Some(ms) = std::env::var("SPOJKA_TEST_CHUNK_PAUSE_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}
