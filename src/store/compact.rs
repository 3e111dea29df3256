//! Rewriting the database into a new directory. sled has no compaction
//! call; a fresh copy of the same keys and values takes a fraction of the
//! space of a database that grew by many saves.

use super::{Store, StoreError, Trees, files};
use std::path::Path;
use std::sync::Arc;

/// Keys per batch while copying.
const BATCH: usize = 1000;

/// What compacting the held database did, in bytes on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Compacted {
    /// Before.
    pub before: u64,
    /// After.
    pub after: u64,
}

impl Store {
    /// Copies every tree, key for key, into a new database at `target`
    /// (which must not exist), and makes it durable there. The copy holds
    /// off writers, so it is of one moment.
    pub fn copy_to(&self, target: &Path) -> Result<(), StoreError> {
        let _read = self.visible.read().unwrap_or_else(|p| p.into_inner());
        copy_trees(&*self.trees()?, target, &|e| self.sled_error(e))
    }

    /// Compacts the database this process holds without letting go of it:
    /// the sessions attached stay, their saves waiting while the copy is
    /// made (they see the same records afterwards, so nothing is reloaded).
    /// The copy is built beside the database, made durable and swapped in,
    /// so a crash leaves the whole old or the whole new one.
    pub fn compact_in_place(&self) -> Result<Compacted, StoreError> {
        let _writer = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let _visible = self.visible.write().unwrap_or_else(|p| p.into_inner());
        let before = files::size_of(&self.path);
        let built = files::beside(&self.path, "compacting")?;
        if let Err(e) = copy_trees(&*self.trees()?, &built, &|e| self.sled_error(e)) {
            let _ = std::fs::remove_dir_all(&built);
            return Err(e);
        }
        self.swap_in_place(&built)?;
        Ok(Compacted {
            before,
            after: files::size_of(&self.path),
        })
    }

    /// Replaces the database this process holds with the backup `r`,
    /// without letting go of it: built beside it, swapped in whole, and
    /// then told on the change feed as every record replaced, so every
    /// session attached shows the restored records.
    pub fn restore_in_place(
        &self,
        r: &mut dyn std::io::BufRead,
        who: &str,
        now: crate::domain::Timestamp,
    ) -> Result<super::backup::Tally, StoreError> {
        let built = files::beside(&self.path, "restoring")?;
        let tally = Store::open(&built).and_then(|new| {
            let tally = new.restore_from(r, who, now)?;
            files::sync_dir(&built)?;
            Ok(tally)
        });
        let tally = match tally {
            Ok(tally) => tally,
            Err(e) => {
                let _ = std::fs::remove_dir_all(&built);
                return Err(e);
            }
        };
        let mut counters = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        {
            let _visible = self.visible.write().unwrap_or_else(|p| p.into_inner());
            self.swap_in_place(&built)?;
            *counters = self.load_counters()?;
        }
        let records = self.records_of_every_kind()?;
        self.publish(|| super::Committed {
            saved: records,
            deleted: Vec::new(),
            replaced_all: true,
        });
        Ok(tally)
    }

    /// Swaps the durable database directory `built` in for the one this
    /// store holds and opens it; the old one, now at `built`, is removed
    /// once no reader keeps its handles. Callers hold the writer lock and
    /// the write side of `visible`.
    fn swap_in_place(&self, built: &Path) -> Result<(), StoreError> {
        let parent = files::parent_dir(&self.path);
        // What lives in the directory besides sled's files (the holder's
        // control socket) goes with the name: a socket keeps serving when
        // renamed, and clients look for it by the database's path.
        files::carry_over(&self.path, built)?;
        files::exchange_dirs(&self.path, built)?;
        files::sync_dir(parent)?;
        let opened = open_when_free(&self.path);
        let new = match opened {
            Ok(new) => new,
            Err(e) => {
                // Put the old database back; it is still open here.
                files::exchange_dirs(&self.path, built)?;
                files::carry_over(built, &self.path)?;
                files::sync_dir(parent)?;
                return Err(e);
            }
        };
        let old = self
            .trees
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .replace(Arc::new(new));
        drop(old);
        // Open files under a removed directory stay readable for whoever
        // still holds the old handles; nothing writes to them any more.
        std::fs::remove_dir_all(built).map_err(|source| StoreError::Io {
            path: built.to_path_buf(),
            source,
        })
    }

    /// Every record, for a feed message that replaces them all.
    fn records_of_every_kind(&self) -> Result<Vec<crate::domain::Record>, StoreError> {
        let mut records = Vec::new();
        for kind in crate::domain::Kind::ALL {
            self.each_record(kind, |record| records.push(record))?;
        }
        Ok(records)
    }
}

/// Opens a database directory whose sled lock a store just dropped may
/// still hold for a moment (sled lets go of it from its own threads).
pub(super) fn open_when_free(path: &Path) -> Result<Trees, StoreError> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        match Trees::open(path) {
            Err(StoreError::Locked { .. }) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

/// Copies every tree of `from` into a new database at `target`.
fn copy_trees(
    from: &Trees,
    target: &Path,
    read_error: &dyn Fn(sled::Error) -> StoreError,
) -> Result<(), StoreError> {
    files::create_private_dir(target)?;
    let copy = sled::Config::new()
        .path(target)
        .cache_capacity(super::CACHE_BYTES)
        .open()
        .map_err(|e| super::open_error(target, e))?;
    let err = |source| StoreError::Sled {
        path: target.to_path_buf(),
        source,
    };
    for name in from.db.tree_names() {
        let source = from.db.open_tree(&name).map_err(read_error)?;
        let to = copy.open_tree(&name).map_err(err)?;
        let mut batch = sled::Batch::default();
        let mut count = 0;
        for item in source.iter() {
            let (key, value) = item.map_err(read_error)?;
            batch.insert(key, value);
            count += 1;
            if count % BATCH == 0 {
                to.apply_batch(std::mem::take(&mut batch)).map_err(err)?;
            }
        }
        to.apply_batch(batch).map_err(err)?;
    }
    copy.flush().map_err(err)?;
    drop(copy);
    let data = std::fs::File::open(target.join("db")).map_err(|source| StoreError::Io {
        path: target.join("db"),
        source,
    })?;
    files::fdatasync(&data).map_err(|source| StoreError::Io {
        path: target.join("db"),
        source,
    })?;
    files::make_private(target)?;
    files::sync_dir(target)
}
