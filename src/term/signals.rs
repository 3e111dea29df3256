//! Signals end the session cleanly even when the main loop cannot notice: it
//! may be busy, or blocked writing a frame to a terminal nobody reads. So a
//! thread of its own flushes the database, restores the terminal as best it
//! can, and exits. (A terminal that goes away without a SIGHUP is noticed by
//! the input reader instead, see `reader`.)

use crate::store::Flusher;
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;

/// Starts the signal thread.
pub fn install(flusher: Flusher) -> std::io::Result<()> {
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Saves are flushed as they happen; this catches anything in flight.
                let _ = flusher.flush();
                super::guard::restore();
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}
