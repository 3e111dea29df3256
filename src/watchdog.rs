//! A read that stops making progress ends spojka with a message, rather than
//! spinning for ever.
//!
//! On some damaged databases sled spins at full speed inside a read (a bit
//! flip, a zeroed block), and nothing can interrupt it from another thread.
//! So a thread of its own watches the store's read progress: while a read is
//! under way and no value has been read for [`stall_limit`], it calls the
//! driver's `on_stall`, which restores the terminal, says which database and
//! what to do, and exits. A slow read that keeps going is never stopped.

use crate::store::ReadProgress;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How often the watchdog looks.
const LOOK_EVERY: Duration = Duration::from_millis(100);

/// How long a read may go without reading a value: far longer than any read
/// of a healthy database pauses (`SPOJKA_WATCHDOG_SECONDS` sets it, for tests).
pub fn stall_limit() -> Duration {
    std::env::var("SPOJKA_WATCHDOG_SECONDS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .filter(|s| *s > 0)
        .map_or(Duration::from_secs(30), Duration::from_secs)
}

/// Watches one store's reads until dropped.
pub struct Watchdog {
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Watchdog {
    /// Starts watching `progress`; `on_stall` runs (once) when a read has
    /// been under way for `limit` without reading a value.
    pub fn start(
        progress: Arc<ReadProgress>,
        limit: Duration,
        on_stall: impl FnOnce() + Send + 'static,
    ) -> std::io::Result<Watchdog> {
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        let thread = std::thread::Builder::new()
            .name("watchdog".into())
            .spawn(move || {
                let mut seen = progress.values.load(Ordering::Relaxed);
                let mut since = Instant::now();
                while !stopped.load(Ordering::Acquire) {
                    std::thread::sleep(LOOK_EVERY);
                    let now = progress.values.load(Ordering::Relaxed);
                    let reading = progress.under_way.load(Ordering::Acquire) > 0;
                    if now != seen || !reading {
                        seen = now;
                        since = Instant::now();
                    } else if since.elapsed() >= limit {
                        on_stall();
                        return;
                    }
                }
            })?;
        Ok(Watchdog {
            stop,
            thread: Some(thread),
        })
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn a_read_that_stops_is_reported_and_one_that_goes_on_is_not() {
        let progress = Arc::new(ReadProgress::default());
        let (told, heard) = mpsc::channel();
        let _dog = Watchdog::start(progress.clone(), Duration::from_millis(400), move || {
            let _ = told.send(());
        })
        .expect("watchdog");
        // Reading, and making progress: never stopped.
        progress.under_way.fetch_add(1, Ordering::AcqRel);
        for _ in 0..8 {
            progress.values.fetch_add(1, Ordering::Relaxed);
            std::thread::sleep(Duration::from_millis(100));
        }
        assert!(heard.try_recv().is_err());
        // Not reading at all: nothing to watch.
        progress.under_way.fetch_sub(1, Ordering::AcqRel);
        std::thread::sleep(Duration::from_millis(600));
        assert!(heard.try_recv().is_err());
        // Reading, and stuck.
        progress.under_way.fetch_add(1, Ordering::AcqRel);
        assert!(heard.recv_timeout(Duration::from_secs(5)).is_ok());
    }
}
