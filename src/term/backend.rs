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
//! A terminal at the other end of a network (SSH) has the size its client
//! said, never asked of a local tty: [`TtyBackend::remote`] takes that size
//! from the driver.
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
    /// For a remote terminal, the size its client said (the driver updates it).
    remote_size: Option<Rc<Flag<Size>>>,
}

impl<B: Backend<Error = io::Error>> TtyBackend<B> {
    /// Wraps `inner`; `gone` is set when the terminal turns out to be gone.
    pub fn new(inner: B, gone: Rc<Flag<bool>>) -> TtyBackend<B> {
        TtyBackend {
            inner,
            cursor_shown: None,
            cursor_at: None,
            gone,
            remote_size: None,
        }
    }

    /// Wraps `inner` drawing to a remote terminal whose size `size` holds.
    pub fn remote(inner: B, size: Rc<Flag<Size>>) -> TtyBackend<B> {
        TtyBackend {
            remote_size: Some(size),
            ..TtyBackend::new(inner, Rc::default())
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
        match self.remote_size {
            // Asking a remote terminal would mean reading its answer from
            // the input stream; fullscreen drawing never needs it.
            Some(_) => Ok(self.cursor_at.unwrap_or_default()),
            None => self.inner.get_cursor_position(),
        }
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
        match &self.remote_size {
            Some(size) => Ok(size.get()),
            None => self.inner.size(),
        }
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        match &self.remote_size {
            Some(size) => Ok(WindowSize {
                columns_rows: size.get(),
                pixels: Size::default(),
            }),
            None => self.inner.window_size(),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.output(B::flush)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::CrosstermBackend;
    use ratatui::layout::Rect;
    use ratatui::widgets::Paragraph;
    use ratatui::{Terminal, TerminalOptions, Viewport};

    /// A writer whose bytes the test can count.
    #[derive(Clone, Default)]
    struct Shared(Rc<std::cell::RefCell<Vec<u8>>>);

    impl io::Write for Shared {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// A writer that fails like a terminal that has gone away.
    struct Dead;

    impl io::Write for Dead {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::from_raw_os_error(libc::EIO))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn terminal<W: io::Write>(
        writer: W,
        gone: &Rc<Flag<bool>>,
    ) -> Terminal<TtyBackend<CrosstermBackend<W>>> {
        let backend = TtyBackend::new(CrosstermBackend::new(writer), gone.clone());
        let viewport = Viewport::Fixed(Rect::new(0, 0, 20, 3));
        Terminal::with_options(backend, TerminalOptions { viewport }).expect("terminal")
    }

    #[test]
    fn an_unchanged_frame_writes_nothing() {
        let gone = Rc::new(Flag::new(false));
        let out = Shared::default();
        let mut terminal = terminal(out.clone(), &gone);
        let written = |_: &Terminal<_>| out.0.borrow().len();
        let draw = |terminal: &mut Terminal<_>, text: &str, cursor: Option<(u16, u16)>| {
            terminal
                .draw(|frame| {
                    frame.render_widget(Paragraph::new(text.to_string()), frame.area());
                    if let Some(at) = cursor {
                        frame.set_cursor_position(at);
                    }
                })
                .map(|_| ())
                .expect("draw");
        };
        draw(&mut terminal, "Věznice", None);
        let first = written(&terminal);
        assert!(first > 0);
        draw(&mut terminal, "Věznice", None);
        assert_eq!(written(&terminal), first, "same frame, hidden cursor");
        draw(&mut terminal, "Věznice", Some((3, 1)));
        let with_cursor = written(&terminal);
        assert!(with_cursor > first, "the cursor is shown and placed");
        draw(&mut terminal, "Věznice", Some((3, 1)));
        assert_eq!(written(&terminal), with_cursor, "same frame, same cursor");
        draw(&mut terminal, "Věznička", Some((3, 1)));
        let changed = written(&terminal);
        assert!(changed > with_cursor, "a changed cell is drawn");
        assert!(!gone.get());
    }

    #[test]
    fn a_dead_terminal_is_marked_gone_and_output_discarded() {
        let gone = Rc::new(Flag::new(false));
        let mut terminal = terminal(Dead, &gone);
        let drawn = terminal.draw(|frame| frame.render_widget(Paragraph::new("x"), frame.area()));
        assert!(drawn.is_ok(), "output on a dead terminal is not an error");
        assert!(gone.get(), "and the terminal is known to be gone");
        // ratatui shows the cursor on drop; that must not fail (and print) either.
        assert!(terminal.show_cursor().is_ok());
    }
}
