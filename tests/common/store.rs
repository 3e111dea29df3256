//! Opening test databases.

use spojka::store::Store;
use std::fmt::Display;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Opens (or creates) the database `db` in `dir`, where the binary's tests
/// put it too; through [`retry_open`], since a test may have filled it
/// through a store it has only just dropped.
pub fn open_in(dir: &Path) -> Arc<Store> {
    Arc::new(retry_open(|| Store::open(&dir.join("db"))))
}

/// Opens the store at `path` again, through [`retry_open`].
pub fn reopen(path: &Path) -> Store {
    retry_open(|| Store::open(path))
}

/// Calls `open` until it succeeds, for up to ten seconds: a database just
/// closed may still be locked by sled's background thread for a moment.
/// Any other error shows once the time is up.
pub fn retry_open<T, E: Display>(open: impl Fn() -> Result<T, E>) -> T {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match open() {
            Ok(db) => return db,
            Err(_) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => panic!("reopen: {e}"),
        }
    }
}
