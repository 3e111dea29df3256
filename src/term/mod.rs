//! The local terminal driver: bytes from the tty in, through our decoder and
//! a session, frames out through ratatui and crossterm. The loop itself takes
//! its input source and its terminal as parameters, so it is the same loop
//! whatever the terminal is.

pub mod backend;
pub mod decode;
mod guard;
mod reader;
mod signals;

use crate::session::{Input, Session};
use crate::store::Flusher;
use backend::TtyBackend;
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};
use std::cell::Cell;
use std::io;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// How long to wait for input while records load in the background.
const LOADING_TICK: Duration = Duration::from_millis(30);

/// The longest time between two [`Input::Tick`]s, idle or not: on a tick the
/// session takes in work from elsewhere (the background load, changes made by
/// other processes). A tick that changes nothing draws nothing, as ratatui
/// writes only the cells that differ.
pub const IDLE_TICK: Duration = Duration::from_millis(200);

/// Runs the session until the user quits or the input source is gone: draw,
/// wait for input, handle it. `next_input(wait)` returns the next input,
/// [`Input::Tick`] when `wait` passes without any (None would mean block;
/// this loop always gives a wait), or None when the source is gone.
pub fn event_loop<B: Backend>(
    session: &mut Session,
    terminal: &mut Terminal<B>,
    mut next_input: impl FnMut(Option<Duration>) -> io::Result<Option<Input>>,
) -> io::Result<()>
where
    B::Error: Into<io::Error>,
{
    session.render(terminal).map_err(Into::into)?;
    let mut last_tick = Instant::now();
    while !session.should_quit() {
        let period = if session.is_loading() {
            LOADING_TICK
        } else {
            IDLE_TICK
        };
        let wait = period.saturating_sub(last_tick.elapsed());
        let Some(input) = next_input(Some(wait))? else {
            break;
        };
        let ticked = input == Input::Tick;
        session.handle(input);
        // Keys arriving faster than the period must not starve the ticks.
        if ticked || last_tick.elapsed() >= period {
            if !ticked {
                session.handle(Input::Tick);
            }
            last_tick = Instant::now();
        }
        session.render(terminal).map_err(Into::into)?;
    }
    Ok(())
}

/// Puts the terminal back as it was (cooked mode, main screen, cursor), for
/// a driver that must end the process from another thread.
pub fn restore_terminal() {
    guard::restore();
}

/// Runs the session on this process's terminal, restoring it on every exit
/// path; returns when the user quits or the terminal goes away.
pub fn run_local(session: &mut Session, flusher: Flusher) -> io::Result<()> {
    signals::install(flusher)?;
    let mut input = reader::TtyInput::open()?;
    let _guard = guard::TerminalGuard::enter()?;
    // Set by the backend when output fails on a dead terminal.
    let gone = Rc::new(Cell::new(false));
    let backend = TtyBackend::new(CrosstermBackend::new(io::stdout()), gone.clone());
    let mut terminal = Terminal::new(backend)?;
    let size = terminal.size()?;
    session.handle(Input::Resize(size.width, size.height));
    event_loop(session, &mut terminal, |wait| {
        if gone.get() {
            return Ok(None);
        }
        input.next(wait)
    })
}
