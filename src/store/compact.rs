//! Rewriting the database into a new directory. sled has no compaction
//! call; a fresh copy of the same keys and values takes a fraction of the
//! space of a database that grew by many saves.

use super::{Store, StoreError, files};
use std::path::Path;

/// Keys per batch while copying.
const BATCH: usize = 1000;

impl Store {
    /// Copies every tree, key for key, into a new database at `target`
    /// (which must not exist), and makes it durable there. The copy holds
    /// off writers, so it is of one moment.
    pub fn copy_to(&self, target: &Path) -> Result<(), StoreError> {
        let _read = self.visible.read().unwrap_or_else(|p| p.into_inner());
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
        for name in self.db.tree_names() {
            let from = self.db.open_tree(&name).map_err(|e| self.sled_error(e))?;
            let to = copy.open_tree(&name).map_err(err)?;
            let mut batch = sled::Batch::default();
            let mut count = 0;
            for item in from.iter() {
                let (key, value) = item.map_err(|e| self.sled_error(e))?;
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
}
