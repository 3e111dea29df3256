//! Signals end the session cleanly even when the main loop cannot notice: when
//! an SSH connection drops, crossterm can spin on the dead terminal (crossterm
//! issue 793) and never look at a flag. So a thread of its own flushes the
//! database, restores the terminal as best it can, and exits.

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
