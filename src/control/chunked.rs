//! A writer that hands what is written to it on in chunks: a command's output
//! goes out as it is made (over the control socket, over SSH), neither byte
//! by byte nor held whole in memory.

use std::io::{self, Write};

/// Collects bytes and passes them to `send` about `chunk` at a time, and the
/// rest on `flush`.
pub struct Chunked<F: FnMut(Vec<u8>) -> io::Result<()>> {
    buffer: Vec<u8>,
    chunk: usize,
    send: F,
}

impl<F: FnMut(Vec<u8>) -> io::Result<()>> Chunked<F> {
    /// A writer sending chunks of about `chunk` bytes through `send`.
    pub fn new(chunk: usize, send: F) -> Chunked<F> {
        Chunked {
            buffer: Vec::new(),
            chunk,
            send,
        }
    }
}

impl<F: FnMut(Vec<u8>) -> io::Result<()>> Write for Chunked<F> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= self.chunk {
            self.flush()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        (self.send)(std::mem::take(&mut self.buffer))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_go_out_in_chunks_and_the_rest_on_flush() {
        let mut sent: Vec<Vec<u8>> = Vec::new();
        {
            let mut out = Chunked::new(4, |bytes| {
                sent.push(bytes);
                Ok(())
            });
            out.write_all(b"ab").expect("write");
            out.write_all(b"cdef").expect("write");
            out.write_all(b"g").expect("write");
            out.flush().expect("flush");
            out.flush().expect("nothing more");
        }
        assert_eq!(sent, vec![b"abcdef".to_vec(), b"g".to_vec()]);
    }
}
