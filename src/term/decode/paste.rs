//! The text of a bracketed paste, up to `ESC [ 201 ~`.
//!
//! Whatever comes between the brackets is text, escape sequences included, so
//! pasted text can never act as keys. A paste ends only with its end marker:
//! ending it early on a pause would type the rest of the paste as commands.

/// The end marker of a bracketed paste.
const END: &[u8] = b"\x1b[201~";

/// Most bytes of one paste kept; the rest is dropped, so a runaway paste
/// cannot take the memory of a process that serves many sessions.
pub const MAX_PASTE: usize = 1 << 20;

/// A paste in progress.
#[derive(Debug, Default)]
pub(super) struct Paste {
    text: Vec<u8>,
    /// How many bytes of [`END`] the latest bytes match.
    matched: usize,
    /// Whether bytes were dropped at [`MAX_PASTE`].
    truncated: bool,
}

impl Paste {
    /// Takes the bytes at the start of `bytes` that cannot be part of the end
    /// marker, all at once; returns how many.
    pub(super) fn take_plain(&mut self, bytes: &[u8]) -> usize {
        if self.matched > 0 {
            return 0;
        }
        let plain = memchr::memchr(END[0], bytes).unwrap_or(bytes.len());
        self.keep(&bytes[..plain]);
        plain
    }

    /// Takes one byte; the whole text once it completes the end marker.
    pub(super) fn push(&mut self, b: u8) -> Option<String> {
        if END.get(self.matched) == Some(&b) {
            self.matched += 1;
            if self.matched == END.len() {
                return Some(self.finish());
            }
            return None;
        }
        // Not the marker after all: what looked like its start is text. Only
        // the marker's first byte is an ESC, so this byte can only restart it.
        let partial = self.matched;
        self.matched = 0;
        self.keep(&END[..partial]);
        if b == END[0] {
            self.matched = 1;
        } else {
            self.keep(&[b]);
        }
        None
    }

    fn keep(&mut self, bytes: &[u8]) {
        let room = MAX_PASTE - self.text.len();
        if bytes.len() > room {
            self.truncated = true;
        }
        self.text.extend_from_slice(&bytes[..bytes.len().min(room)]);
    }

    /// The text, invalid UTF-8 replaced, and without a character cut in two
    /// at the size limit.
    fn finish(&mut self) -> String {
        let mut text = std::mem::take(&mut self.text);
        if self.truncated {
            let cut = incomplete_tail(&text);
            text.truncate(text.len() - cut);
        }
        match String::from_utf8(text) {
            Ok(text) => text,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        }
    }
}

/// How many bytes at the end of `text` are the start of a character whose
/// remaining bytes are missing.
fn incomplete_tail(text: &[u8]) -> usize {
    for back in 1..=text.len().min(3) {
        let b = text[text.len() - back];
        if b & 0xc0 == 0x80 {
            continue;
        }
        let need = match b {
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => return 0,
        };
        return if need > back { back } else { 0 };
    }
    0
}
