//! The backend the local terminal draws through: crossterm's, without what
//! ratatui repeats on every frame, and silent once the terminal is gone.
//!
//! ratatui writes only the cells that changed, but every frame it still
//! hides or shows the cursor, moves it, and (crossterm's backend) resets the
//! colours: about 25 bytes for a frame where nothing changed. The loop draws
//! on every tick, several times a second, so an idle session would keep
//! writing to its terminal (or its SSH channel). Here those repeats are
//! dropped, and an unchanged frame writes nothing.
//!
//! On a terminal that has gone away every write fails; ratatui's `Terminal`
//! even prints an error to (the same dead) stderr when it cannot show the
//! cursor on drop, and printing to a dead stderr panics. So the first such
//! failure marks the terminal gone, and from then on output is discarded.

use super::reader;
use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use std::cell::Cell as Flag;
use std::io;
use std::rc::Rc;

/// A backend that skips repeated cursor commands and empty frames, and
/// discards output once the terminal is gone.
pub struct TtyBackend<B> {
    inner: B,
    /// Whether the cursor is shown, when known.
    cursor_shown: Option<bool>,
    /// Where the cursor is, when known.
    cursor_at: Option<Position>,
    /// Set when a write failed because the terminal is gone; shared with the
    /// input side, which then ends the session.
    gone: Rc<Flag<bool>>,
}

impl<B: Backend<Error = io::Error>> TtyBackend<B> {
    /// Wraps `inner`; `gone` is set when the terminal turns out to be gone.
    pub fn new(inner: B, gone: Rc<Flag<bool>>) -> TtyBackend<B> {
        TtyBackend {
            inner,
            cursor_shown: None,
            cursor_at: None,
            gone,
        }
    }

    /// Runs one output operation, unless the terminal is already gone.
    fn output(&mut self, op: impl FnOnce(&mut B) -> io::Result<()>) -> io::Result<()> {
        if self.gone.get() {
            return Ok(());
        }
        match op(&mut self.inner) {
            Err(e) if reader::is_gone(&e) => {
                self.gone.set(true);
                Ok(())
            }
            result => result,
        }
    }
}

impl<B: Backend<Error = io::Error>> Backend for TtyBackend<B> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut content = content.peekable();
        if content.peek().is_none() {
            return Ok(());
        }
        // Drawing moves the cursor.
        self.cursor_at = None;
        self.output(|inner| inner.draw(content))
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.cursor_at = None;
        self.output(|inner| inner.append_lines(n))
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.cursor_shown == Some(false) {
            return Ok(());
        }
        self.output(B::hide_cursor)?;
        self.cursor_shown = Some(false);
        Ok(())
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.cursor_shown == Some(true) {
            return Ok(());
        }
        self.output(B::show_cursor)?;
        self.cursor_shown = Some(true);
        Ok(())
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let position = position.into();
        if self.cursor_at == Some(position) {
            return Ok(());
        }
        self.output(|inner| inner.set_cursor_position(position))?;
        self.cursor_at = Some(position);
        Ok(())
    }

    fn clear(&mut self) -> io::Result<()> {
        self.cursor_at = None;
        self.output(B::clear)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.cursor_at = None;
        self.output(|inner| inner.clear_region(clear_type))
    }

    fn size(&self) -> io::Result<Size> {
        self.inner.size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        self.output(B::flush)
    }
}
