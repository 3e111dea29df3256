//! Drawing for a session over SSH: ratatui's crossterm backend writing into
//! a bounded queue that the connection sends on the channel.
//!
//! The terminal is at the other end of the network, so its size is what the
//! client said (`pty-req`, `window-change`), never asked of a local tty. The
//! local terminal's backend serves (`term::backend`): what every frame
//! repeats is dropped, so an idle session sends nothing on its ticks.

use crate::term::backend::TtyBackend;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Size;
use std::cell::Cell as Shared;
use std::io::{self, Write};
use std::rc::Rc;
use tokio::sync::mpsc::Sender;
use tokio::sync::mpsc::error::TrySendError;

/// Frames a session may have queued for a client before it counts as too far
/// behind and is disconnected (on top of what the SSH window holds).
pub const OUTPUT_QUEUE: usize = 256;

/// What a session thread hands to its connection.
#[derive(Debug)]
pub enum Out {
    /// Bytes for the terminal.
    Data(Vec<u8>),
    /// The session ended with this exit status: close the channel.
    Exit(u32),
}

/// A `Write` whose flushes queue the bytes for the channel. It never blocks
/// the session: a full queue means the client stopped reading.
pub struct ChannelWriter {
    out: Sender<Out>,
    buffer: Vec<u8>,
    behind: Rc<Shared<bool>>,
}

impl ChannelWriter {
    /// A writer into `out`; `behind` is set when the client fell too far behind.
    pub fn new(out: Sender<Out>, behind: Rc<Shared<bool>>) -> ChannelWriter {
        ChannelWriter {
            out,
            buffer: Vec::new(),
            behind,
        }
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let bytes = std::mem::take(&mut self.buffer);
        match self.out.try_send(Out::Data(bytes)) {
            Ok(()) => Ok(()),
            Err(TrySendError::Full(_)) => {
                self.behind.set(true);
                Err(io::Error::other("the client fell too far behind"))
            }
            Err(TrySendError::Closed(_)) => Err(io::ErrorKind::BrokenPipe.into()),
        }
    }
}

/// The backend of a session over SSH: the local terminal's, at the size the
/// client said, writing into the channel's queue.
pub type SshBackend = TtyBackend<CrosstermBackend<ChannelWriter>>;

/// A backend drawing into `writer` at the size `size` holds (the driver
/// updates it on `window-change`).
pub fn ssh_backend(writer: ChannelWriter, size: Rc<Shared<Size>>) -> SshBackend {
    TtyBackend::remote(CrosstermBackend::new(writer), size)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::widgets::Paragraph;

    fn draw(terminal: &mut Terminal<SshBackend>, text: &str) -> io::Result<()> {
        terminal
            .draw(|frame| frame.render_widget(Paragraph::new(text.to_string()), frame.area()))
            .map(|_| ())
    }

    #[test]
    fn frames_go_to_the_queue_at_the_clients_size_and_an_unchanged_frame_sends_nothing() {
        let (tx, mut rx) = tokio::sync::mpsc::channel(OUTPUT_QUEUE);
        let behind = Rc::new(Shared::new(false));
        let size = Rc::new(Shared::new(Size::new(20, 3)));
        let backend = ssh_backend(ChannelWriter::new(tx, behind.clone()), size.clone());
        let mut terminal = Terminal::new(backend).expect("terminal");
        draw(&mut terminal, "Věznice").expect("draw");
        let Ok(Out::Data(first)) = rx.try_recv() else {
            panic!("the first frame is queued")
        };
        assert!(String::from_utf8_lossy(&first).contains("Věznice"));
        draw(&mut terminal, "Věznice").expect("draw");
        assert!(rx.try_recv().is_err(), "nothing for an unchanged frame");
        size.set(Size::new(30, 5));
        draw(&mut terminal, "Věznice").expect("draw");
        assert_eq!(
            terminal.get_frame().area().width,
            30,
            "resized by the client"
        );
        assert!(!behind.get());
    }

    #[test]
    fn a_client_that_stops_reading_is_found_too_far_behind() {
        let (tx, _rx) = tokio::sync::mpsc::channel(2);
        let behind = Rc::new(Shared::new(false));
        let size = Rc::new(Shared::new(Size::new(20, 3)));
        let backend = ssh_backend(ChannelWriter::new(tx, behind.clone()), size);
        let mut terminal = Terminal::new(backend).expect("terminal");
        let failed = (0..10).any(|i| draw(&mut terminal, &i.to_string()).is_err());
        assert!(failed && behind.get());
    }
}
