//! The local terminal driver: crossterm events in, frames out, through a
//! session. The loop itself takes its event source and its terminal as
//! parameters, so it is the same loop whatever the terminal is.

pub mod decode;
mod guard;
pub mod input;
mod signals;

use crate::session::{Input, Session};
use crate::store::Flusher;
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};
use std::io;
use std::time::Duration;

/// How long to wait for input while records load in the background.
const LOADING_TICK: Duration = Duration::from_millis(30);

/// Runs the session until the user quits: draw, wait for input, handle it.
/// `next_input(wait)` returns the next input, [`Input::Tick`] when `wait`
/// passes without any (None means block), or None when the source is gone.
pub fn event_loop<B: Backend>(
    session: &mut Session,
    terminal: &mut Terminal<B>,
    mut next_input: impl FnMut(Option<Duration>) -> io::Result<Option<Input>>,
) -> io::Result<()>
where
    B::Error: Into<io::Error>,
{
    session.render(terminal).map_err(Into::into)?;
    while !session.should_quit() {
        let wait = session.is_loading().then_some(LOADING_TICK);
        let Some(input) = next_input(wait)? else {
            break;
        };
        session.handle(input);
        session.render(terminal).map_err(Into::into)?;
    }
    Ok(())
}

/// Reads crossterm events until one maps to an [`Input`], or `wait` passes.
fn crossterm_input(wait: Option<Duration>) -> io::Result<Option<Input>> {
    loop {
        if let Some(wait) = wait
            && !crossterm::event::poll(wait)?
        {
            return Ok(Some(Input::Tick));
        }
        if let Some(input) = input::from_crossterm(crossterm::event::read()?) {
            return Ok(Some(input));
        }
    }
}

/// Runs the session on this process's terminal, restoring it on every exit path.
pub fn run_local(session: &mut Session, flusher: Flusher) -> io::Result<()> {
    signals::install(flusher)?;
    let _guard = guard::TerminalGuard::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let size = terminal.size()?;
    session.handle(Input::Resize(size.width, size.height));
    event_loop(session, &mut terminal, crossterm_input)
}
