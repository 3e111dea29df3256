//! Closing sled's handles and opening them again, to let go of memory.
//!
//! sled keeps much of what a walk over every record read in memory, whatever
//! its cache size: at the benchmark's scale (100,000 meetings) the handles
//! hold about 30 MB after opening and about 85 MB after the model has read
//! every record once. Opened afresh they hold the 30 MB again. The holder
//! lock ([`super::holder`]) stays taken, so no other process can take the
//! database while the handles are closed.

use super::{Store, StoreError, compact::open_when_free};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long a reopen waits for readers still using the handles before it
/// leaves them as they are.
const READERS_WAIT: Duration = Duration::from_secs(2);

/// What [`Store::reopen`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reopened {
    /// The handles were closed and opened again.
    Fresh,
    /// A reader kept using the handles; they were left open as they were.
    Busy,
}

impl Store {
    /// Closes sled's handles and opens them again, holding off writers and
    /// readers meanwhile. Everything written is durable before they close.
    /// An error means the database could not be opened again; every later
    /// use of the store then says so.
    pub fn reopen(&self) -> Result<Reopened, StoreError> {
        let _writer = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let _visible = self.visible.write().unwrap_or_else(|p| p.into_inner());
        let mut slot = self.trees.write().unwrap_or_else(|p| p.into_inner());
        let Some(mut current) = slot.take() else {
            // An earlier reopen could not open them: try again.
            *slot = Some(Arc::new(open_when_free(&self.path)?));
            return Ok(Reopened::Fresh);
        };
        // Readers that took the handles before the slot was locked finish
        // their piece of work; no new one can take them now.
        let deadline = Instant::now() + READERS_WAIT;
        let trees = loop {
            match Arc::try_unwrap(current) {
                Ok(trees) => break trees,
                Err(shared) if Instant::now() < deadline => {
                    current = shared;
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(shared) => {
                    *slot = Some(shared);
                    return Ok(Reopened::Busy);
                }
            }
        };
        let flushed = trees.db.flush();
        if let Err(e) = flushed {
            *slot = Some(Arc::new(trees));
            return Err(self.sled_error(e));
        }
        drop(trees);
        *slot = Some(Arc::new(open_when_free(&self.path)?));
        Ok(Reopened::Fresh)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Kind, Organisation, Record};

    fn ngo(name: &str) -> Record {
        Organisation {
            name: name.into(),
            ..Organisation::default()
        }
        .into()
    }

    #[test]
    fn a_reopened_store_reads_and_writes_as_before_and_stays_held() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("db");
        let store = Store::open(&path).expect("open");
        let now = crate::sample::epoch();
        let first = store.save(ngo("Před"), "test", now).expect("save");
        assert_eq!(store.reopen().expect("reopen"), Reopened::Fresh);
        // Held throughout: a second opener is told so, before and after.
        assert!(matches!(Store::open(&path), Err(StoreError::Locked { .. })));
        let second = store.save(ngo("Po"), "test", now).expect("save after");
        let names: Vec<String> = store
            .all_records(Kind::Organisation)
            .expect("read")
            .iter()
            .map(|r| r.title().into_owned())
            .collect();
        assert_eq!(names, ["Před", "Po"]);
        assert!(second.id() > first.id(), "the id counters carried on");
        drop(store);
        // sled lets go of its own lock from its threads, a moment later.
        let deadline = Instant::now() + Duration::from_secs(10);
        let again = loop {
            match Store::open(&path) {
                Err(StoreError::Locked { .. }) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                other => break other.expect("open after drop"),
            }
        };
        assert_eq!(again.count(Kind::Organisation), 2);
    }

    #[test]
    fn a_reader_holding_the_handles_makes_the_reopen_wait_then_go_on() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Arc::new(Store::open(&dir.path().join("db")).expect("open"));
        let held = store.trees().expect("handles");
        let releaser = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            drop(held);
        });
        assert_eq!(store.reopen().expect("reopen"), Reopened::Fresh);
        releaser.join().expect("thread");
        assert!(store.is_empty());
    }
}
