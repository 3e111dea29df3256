//! The only code that knows sled and bincode.
//!
//! One tree per record kind (key: big-endian id, value: the versioned envelope of
//! the record), one tree of secondary index keys, one tree for the audit trail.
//! A save writes the record, its index keys and its audit entry in one sled
//! transaction, then flushes: a save is durable before it is reported. Writers
//! are serialised by a mutex so "check references, then write" cannot race
//! within the process; sled's file lock keeps other processes out.

pub mod audit;
mod bulk;
pub mod codec;
mod files;
pub mod index;
pub mod migrate;
mod read;

use crate::domain::{FieldValue, Id, Kind, Record, Timestamp};
use audit::{AuditEntry, Change};
use chrono::NaiveDateTime;
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// sled's page cache size.
const CACHE_BYTES: u64 = 16 * 1024 * 1024;

/// What can go wrong in the store, in words a user can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process holds the database.
    #[error(
        "the database {path} is in use by another spojka process; close that one first, or choose another database with --db"
    )]
    Locked {
        /// The database directory.
        path: PathBuf,
    },
    /// A value could not be read.
    #[error("cannot read {what} in {path}: {source}")]
    Decode {
        /// Which value.
        what: String,
        /// The database directory.
        path: PathBuf,
        /// Why.
        source: codec::DecodeError,
    },
    /// The record to change is not there (any more).
    #[error("{kind:?} #{id} does not exist (was it deleted?)")]
    NotFound {
        /// Kind.
        kind: Kind,
        /// Id.
        id: Id,
    },
    /// Someone saved the record since it was opened.
    #[error(
        "{kind:?} #{id} was changed elsewhere since you opened it (your version {yours}, stored {stored}); reopen it and edit again"
    )]
    Conflict {
        /// Kind.
        kind: Kind,
        /// Id.
        id: Id,
        /// The version being saved over.
        yours: u64,
        /// The version in the store.
        stored: u64,
    },
    /// Others refer to the record, so it cannot be deleted.
    #[error("{kind:?} #{id} is referred to by {} other record(s); archive it instead", by.len())]
    Referenced {
        /// Kind.
        kind: Kind,
        /// Id.
        id: Id,
        /// Who refers to it.
        by: Vec<(Kind, Id)>,
    },
    /// The record points at something that does not exist.
    #[error("the record refers to {kind:?} #{id}, which does not exist")]
    Dangling {
        /// Kind of the missing record.
        kind: Kind,
        /// Its id.
        id: Id,
    },
    /// A bulk insert was handed a record that is already stored.
    #[error("{kind:?} #{id} is already stored; a bulk insert only adds new records")]
    NotNew {
        /// Kind.
        kind: Kind,
        /// Id.
        id: Id,
    },
    /// A file-system problem.
    #[error("{path}: {source}")]
    Io {
        /// Where.
        path: PathBuf,
        /// What.
        source: std::io::Error,
    },
    /// Anything else sled reports.
    #[error("database {path}: {source}")]
    Sled {
        /// The database directory.
        path: PathBuf,
        /// What sled said.
        source: sled::Error,
    },
}

/// What one committed change did, published on the change feed once it is
/// durable: the records as now stored, and the ones removed.
#[derive(Debug, Clone, Default)]
pub struct Committed {
    /// Records created or changed, as stored.
    pub saved: Vec<Record>,
    /// Records deleted.
    pub deleted: Vec<(Kind, Id)>,
}

/// Someone told of every committed change (the read model).
pub type Subscriber = Box<dyn Fn(&Committed) + Send + Sync>;

/// The database: records, indexes and audit trail.
pub struct Store {
    db: sled::Db,
    path: PathBuf,
    kinds: Vec<sled::Tree>,
    index: sled::Tree,
    audit: sled::Tree,
    writer: Mutex<()>,
    /// The change feed's subscribers. sled's own subscribers fire per key and
    /// before the flush, and block writers when one lags: this feed sends one
    /// message per committed change, after it is durable, from the writer.
    feed: Mutex<Vec<Subscriber>>,
}

/// A handle that can flush the database from another thread (the signal
/// handler) without owning the store.
#[derive(Clone)]
pub struct Flusher(sled::Db);

impl Flusher {
    /// Makes everything written so far durable.
    pub fn flush(&self) -> Result<(), sled::Error> {
        self.0.flush().map(|_| ())
    }
}

impl Store {
    /// Opens (creating if needed) the database directory at `path`, owner-only.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
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
        let index = db.open_tree("index").map_err(sled_err)?;
        let audit = db.open_tree("audit").map_err(sled_err)?;
        let store = Store {
            db,
            path: path.to_path_buf(),
            kinds,
            index,
            audit,
            writer: Mutex::new(()),
            feed: Mutex::new(Vec::new()),
        };
        store.complete_index()?;
        store.flush()?;
        files::make_private(path)?;
        Ok(store)
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
        Flusher(self.db.clone())
    }

    /// Makes everything written so far durable.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.db.flush().map(|_| ()).map_err(|e| self.sled_error(e))
    }

    fn sled_error(&self, source: sled::Error) -> StoreError {
        StoreError::Sled {
            path: self.path.clone(),
            source,
        }
    }

    fn tree(&self, kind: Kind) -> &sled::Tree {
        // Kind::ALL order is the order the trees were opened in.
        &self.kinds[Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0)]
    }

    /// Whether no record of any kind is stored yet.
    pub fn is_empty(&self) -> bool {
        self.kinds.iter().all(sled::Tree::is_empty)
    }

    /// How many records of a kind are stored.
    pub fn count(&self, kind: Kind) -> usize {
        self.tree(kind).len()
    }

    fn decode<T: serde::de::DeserializeOwned>(
        &self,
        what: String,
        bytes: &[u8],
    ) -> Result<T, StoreError> {
        codec::decode(bytes).map_err(|source| StoreError::Decode {
            what,
            path: self.path.clone(),
            source,
        })
    }

    fn decode_record<T: migrate::Stored>(
        &self,
        what: String,
        bytes: &[u8],
    ) -> Result<T, StoreError> {
        migrate::decode(bytes).map_err(|source| StoreError::Decode {
            what,
            path: self.path.clone(),
            source,
        })
    }

    /// Every record of one kind, in id order.
    pub fn all<T: migrate::Stored>(&self) -> Result<Vec<T>, StoreError> {
        self.decode_all(T::KIND, |record: T| record)
    }

    /// Every record of one kind as [`Record`]s, in id order.
    pub fn all_records(&self, kind: Kind) -> Result<Vec<Record>, StoreError> {
        crate::each_kind!(kind, T => self.decode_all(kind, |record: T| record.into()))
    }

    /// Decodes a kind's tree straight into a vector of the final size, so a
    /// large kind is never held twice while it loads.
    fn decode_all<T: migrate::Stored, R>(
        &self,
        kind: Kind,
        into: impl Fn(T) -> R,
    ) -> Result<Vec<R>, StoreError> {
        let tree = self.tree(kind);
        let mut out = Vec::with_capacity(tree.len());
        for item in tree.iter() {
            let (key, value) = item.map_err(|e| self.sled_error(e))?;
            out.push(into(self.decode_record(describe(kind, &key), &value)?));
        }
        Ok(out)
    }

    /// One record, if it exists.
    pub fn get(&self, kind: Kind, id: Id) -> Result<Option<Record>, StoreError> {
        let Some(bytes) = self
            .tree(kind)
            .get(id.to_be_bytes())
            .map_err(|e| self.sled_error(e))?
        else {
            return Ok(None);
        };
        let what = describe(kind, &id.to_be_bytes());
        crate::each_kind!(kind, T => Ok(Some(self.decode_record::<T>(what, &bytes)?.into())))
    }

    /// The records that refer to `(kind, id)`, from the reference index.
    pub fn referrers(&self, kind: Kind, id: Id) -> Result<Vec<(Kind, Id)>, StoreError> {
        self.index
            .scan_prefix(index::ref_prefix(kind, id))
            .keys()
            .map(|key| {
                key.map_err(|e| self.sled_error(e))
                    .map(|k| index::referrer_of(&k))
            })
            .filter_map(Result::transpose)
            .collect()
    }

    /// Ids of meetings starting in `[from, to)`, in start order.
    pub fn meetings_starting(
        &self,
        from: NaiveDateTime,
        to: NaiveDateTime,
    ) -> Result<Vec<Id>, StoreError> {
        let (lo, hi) = index::start_range(from, to);
        self.index
            .range(lo..hi)
            .keys()
            .map(|key| {
                key.map_err(|e| self.sled_error(e))
                    .map(|k| index::meeting_of_start_key(&k))
            })
            .filter_map(Result::transpose)
            .collect()
    }

    /// The audit trail of one record, oldest first.
    pub fn history(&self, kind: Kind, id: Id) -> Result<Vec<AuditEntry>, StoreError> {
        self.audit
            .scan_prefix(audit::prefix(kind, id))
            .values()
            .map(|v| {
                let v = v.map_err(|e| self.sled_error(e))?;
                self.decode(format!("history of {kind:?} #{id}"), &v)
            })
            .collect()
    }

    /// Plain text of a field value for the audit trail; references by name.
    fn plain(&self, kind: Kind, field: usize, value: &FieldValue) -> String {
        audit_text(kind, field, value, &|k, id| match self.get(k, id) {
            Ok(Some(r)) => Some(r.title().to_string()),
            _ => None,
        })
    }

    /// Saves a record: new when its id is 0, otherwise an edit of the stored
    /// version it was read at. Returns the record as stored (id, version and
    /// timestamps set) once it is durable.
    pub fn save(
        &self,
        mut record: Record,
        who: &str,
        now: Timestamp,
    ) -> Result<Record, StoreError> {
        let _guard = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let kind = record.kind();
        let old = match record.id() {
            0 => None,
            id => {
                let old = self
                    .get(kind, id)?
                    .ok_or(StoreError::NotFound { kind, id })?;
                let (yours, stored) = (record.meta().version, old.meta().version);
                if yours != stored {
                    return Err(StoreError::Conflict {
                        kind,
                        id,
                        yours,
                        stored,
                    });
                }
                Some(old)
            }
        };
        for (to_kind, to) in record.references() {
            let exists = self
                .tree(to_kind)
                .contains_key(to.to_be_bytes())
                .map_err(|e| self.sled_error(e))?;
            if !exists {
                return Err(StoreError::Dangling {
                    kind: to_kind,
                    id: to,
                });
            }
        }
        let meta = record.meta_mut();
        if meta.id == 0 {
            meta.id = self.next_id()?;
            meta.created = now;
        }
        meta.version += 1;
        meta.updated = now;
        let fields = audit::diff(old.as_ref(), Some(&record), &|k, i, v| self.plain(k, i, v));
        let change = if old.is_some() {
            Change::Updated
        } else {
            Change::Created
        };
        let entry = AuditEntry {
            at: now,
            who: who.to_string(),
            kind,
            id: record.id(),
            change,
            fields,
        };
        self.write(old.as_ref(), Some(&record), &entry, false)?;
        self.publish(|| Committed {
            saved: vec![record.clone()],
            deleted: Vec::new(),
        });
        Ok(record)
    }

    /// Deletes a record nothing refers to. Deleting a person also erases their
    /// earlier history, since it holds personal data.
    pub fn delete(&self, kind: Kind, id: Id, who: &str, now: Timestamp) -> Result<(), StoreError> {
        let _guard = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let old = self
            .get(kind, id)?
            .ok_or(StoreError::NotFound { kind, id })?;
        let by = self.referrers(kind, id)?;
        if !by.is_empty() {
            return Err(StoreError::Referenced { kind, id, by });
        }
        let erase = kind == Kind::Person;
        let (change, fields) = if erase {
            (Change::Erased, Vec::new())
        } else {
            (
                Change::Deleted,
                audit::diff(Some(&old), None, &|k, i, v| self.plain(k, i, v)),
            )
        };
        let entry = AuditEntry {
            at: now,
            who: who.to_string(),
            kind,
            id,
            change,
            fields,
        };
        self.write(Some(&old), None, &entry, erase)?;
        self.publish(|| Committed {
            saved: Vec::new(),
            deleted: vec![(kind, id)],
        });
        Ok(())
    }

    fn next_id(&self) -> Result<Id, StoreError> {
        // generate_id starts at 0, which we reserve for "not saved yet".
        self.db
            .generate_id()
            .map(|id| id + 1)
            .map_err(|e| self.sled_error(e))
    }

    /// Replaces `old` by `new` (either may be absent) with index keys and the
    /// audit entry in one transaction, then flushes.
    fn write(
        &self,
        old: Option<&Record>,
        new: Option<&Record>,
        entry: &AuditEntry,
        erase_history: bool,
    ) -> Result<(), StoreError> {
        let kind = entry.kind;
        let id_key = entry.id.to_be_bytes();
        let old_keys = old.map(index::keys_of).unwrap_or_default();
        let new_keys = new.map(index::keys_of).unwrap_or_default();
        let value = new.map(|r| crate::each_record!(r, inner => codec::encode(inner)));
        let seq = self.db.generate_id().map_err(|e| self.sled_error(e))?;
        let audit_key = audit::key(kind, entry.id, seq);
        let audit_value = codec::encode(entry);
        let erased: Vec<sled::IVec> = if erase_history {
            self.audit
                .scan_prefix(audit::prefix(kind, entry.id))
                .keys()
                .collect::<Result<_, _>>()
                .map_err(|e| self.sled_error(e))?
        } else {
            Vec::new()
        };
        let trees = [self.tree(kind), &self.index, &self.audit];
        let result: Result<(), TransactionError<()>> = trees.as_slice().transaction(|tx| {
            let (records, index, audit) = (&tx[0], &tx[1], &tx[2]);
            match &value {
                Some(v) => records.insert(&id_key, v.as_slice())?,
                None => records.remove(&id_key)?,
            };
            for key in &old_keys {
                index.remove(key.as_slice())?;
            }
            for key in &new_keys {
                index.insert(key.as_slice(), &[])?;
            }
            for key in &erased {
                audit.remove(key)?;
            }
            audit.insert(audit_key.as_slice(), audit_value.as_slice())?;
            Ok::<(), ConflictableTransactionError<()>>(())
        });
        match result {
            Ok(()) => {}
            Err(TransactionError::Storage(e)) => return Err(self.sled_error(e)),
            Err(TransactionError::Abort(())) => {}
        }
        self.flush()
    }
}

/// Plain text of a field value for the audit trail: a reference reads
/// "Title (#id)" when `title_of` knows the record, "#id" otherwise. Shared by
/// [`Store::save`] and the bulk insert so both write the same entries.
fn audit_text(
    kind: Kind,
    field: usize,
    value: &FieldValue,
    title_of: &dyn Fn(Kind, Id) -> Option<String>,
) -> String {
    let Some(def) = kind.fields().get(field) else {
        return String::new();
    };
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
