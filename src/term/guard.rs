//! Putting the terminal into raw mode and always getting it back: on normal
//! exit (the guard's drop), on panic (the hook), and on signals (see `signals`).

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use std::io::{self, Write};

/// Restores the terminal: leave the alternate screen, show the cursor, cooked
/// mode. Safe to call more than once and on a dead terminal (errors ignored:
/// there is nothing better to do on the way out).
pub fn restore() {
    let mut out = io::stdout();
    let _ = execute!(
        out,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Raw mode and the alternate screen for as long as it lives.
pub struct TerminalGuard;

impl TerminalGuard {
    /// Enters raw mode and installs the panic hook that restores the terminal
    /// before the panic message is printed.
    pub fn enter() -> io::Result<TerminalGuard> {
        let previous = std::panic::take_hook();
        let drawing = std::thread::current().id();
        std::panic::set_hook(Box::new(move |info| {
            // Other threads (the loader, control-socket requests) turn their
            // panics into errors where they are caught; printing them here
            // would scribble over the screen the user is working on.
            if std::thread::current().id() == drawing {
                restore();
                previous(info);
            }
        }));
        enable_raw_mode()?;
        let guard = TerminalGuard;
        execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
        Ok(guard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}
