//! Terminal input bytes into our [`Input`]: a pure, incremental decoder.
//!
//! It knows nothing of the terminal it serves, so the local driver feeds it
//! what it reads from the tty and an SSH channel can feed it network bytes.
//! crossterm has a parser of its own, but it is private and it is tied to its
//! reader, which spins on a dead terminal (see DESIGN, Known traps).
//!
//! The decoder is a state machine that takes one byte at a time, so how the
//! bytes are split between calls never changes what comes out. Its memory is
//! bounded: a fixed buffer for sequences, and a capped one for pastes.
//!
//! Only one thing cannot be told from the bytes alone: whether an ESC is the
//! Esc key or the start of a sequence. The driver calls [`Decoder::timeout`]
//! when [`Decoder::pending`] is true and no byte came for [`ESC_TIMEOUT`].

mod csi;
mod paste;
#[cfg(test)]
mod tests;

use crate::keymap::{Key, KeyCode, Mods};
use crate::session::Input;
use paste::Paste;
use std::time::Duration;

/// How long a lone ESC waits for the rest of a sequence before it is the Esc
/// key. Terminals send a sequence in one write, so its bytes arrive together.
pub const ESC_TIMEOUT: Duration = Duration::from_millis(25);

/// Most parameter and intermediate bytes kept for one control sequence; the
/// keys we know need at most `27;16;1114111`. Longer ones are dropped whole.
const MAX_PARAMS: usize = 16;

const ESC: u8 = 0x1b;

/// Turns terminal input bytes into [`Input`]s. See the module documentation.
#[derive(Debug, Default)]
pub struct Decoder {
    state: State,
}

/// Where in the byte stream the decoder is.
#[derive(Debug, Default)]
enum State {
    /// Between keys.
    #[default]
    Ground,
    /// After an ESC: the Esc key, Alt with the next key, or a sequence.
    Esc,
    /// Inside a multi-byte UTF-8 character.
    Utf8 {
        bytes: [u8; 4],
        len: u8,
        need: u8,
        alt: bool,
    },
    /// After `ESC [`, collecting a control sequence up to its final byte.
    Csi(Params),
    /// After `ESC O`: a key in SS3 form, or Alt-O.
    Ss3,
    /// After `ESC [ [`: the Linux console's F1..F5.
    LinuxF,
    /// Skipping this many raw bytes (an X10 mouse report).
    Skip(u8),
    /// Inside a bracketed paste.
    Paste(Paste),
}

/// The parameter and intermediate bytes of a control sequence.
#[derive(Debug, Default)]
struct Params {
    bytes: [u8; MAX_PARAMS],
    len: usize,
    overflow: bool,
}

impl Params {
    fn push(&mut self, b: u8) {
        match self.bytes.get_mut(self.len) {
            Some(slot) => {
                *slot = b;
                self.len += 1;
            }
            None => self.overflow = true,
        }
    }

    fn as_slice(&self) -> &[u8] {
        &self.bytes[..self.len]
    }

    fn is_empty(&self) -> bool {
        self.len == 0 && !self.overflow
    }
}

impl Decoder {
    /// A decoder between keys.
    pub fn new() -> Decoder {
        Decoder::default()
    }

    /// Decodes `bytes`, returning the inputs they complete. An incomplete
    /// character or sequence at the end is kept for the next call.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Input> {
        let mut out = Vec::new();
        let mut rest = bytes;
        while let Some((&b, tail)) = rest.split_first() {
            if let State::Paste(paste) = &mut self.state {
                // Pastes can be large: copy everything up to the next ESC at once.
                let taken = paste.take_plain(rest);
                if taken > 0 {
                    rest = &rest[taken..];
                    continue;
                }
            }
            self.step(b, &mut out);
            rest = tail;
        }
        out
    }

    /// Says that no byte came for [`ESC_TIMEOUT`]: a pending ESC is the Esc
    /// key, `ESC [` and `ESC O` are Alt-[ and Alt-O. Anything else waits for
    /// its remaining bytes, however long they take.
    pub fn timeout(&mut self) -> Vec<Input> {
        let key = match &self.state {
            State::Esc => Key::new(KeyCode::Esc, Mods::default()),
            State::Ss3 => alt(KeyCode::Char('O')),
            State::Csi(params) if params.is_empty() => alt(KeyCode::Char('[')),
            _ => return Vec::new(),
        };
        self.state = State::Ground;
        vec![Input::Key(key)]
    }

    /// Whether [`Decoder::timeout`] would decide something: the driver then
    /// waits at most [`ESC_TIMEOUT`] for the next byte before calling it.
    pub fn pending(&self) -> bool {
        match &self.state {
            State::Esc | State::Ss3 => true,
            State::Csi(params) => params.is_empty(),
            _ => false,
        }
    }

    /// Takes one byte in the current state.
    fn step(&mut self, b: u8, out: &mut Vec<Input>) {
        match std::mem::take(&mut self.state) {
            State::Ground => self.ground(b, false, out),
            State::Esc => self.after_esc(b, out),
            State::Utf8 {
                mut bytes,
                len,
                need,
                alt,
            } => {
                if !is_continuation(b) {
                    // A broken character is dropped; the byte starts afresh.
                    return self.ground(b, false, out);
                }
                bytes[usize::from(len)] = b;
                let len = len + 1;
                if len < need {
                    self.state = State::Utf8 {
                        bytes,
                        len,
                        need,
                        alt,
                    };
                } else if let Ok(text) = std::str::from_utf8(&bytes[..usize::from(len)]) {
                    text.chars().for_each(|c| char_key(c, alt, out));
                }
            }
            State::Csi(mut params) => match b {
                0x20..=0x3f => {
                    params.push(b);
                    self.state = State::Csi(params);
                }
                0x40..=0x7e => self.csi_final(params, b, out),
                _ => {
                    // Not part of a sequence: drop what came so far (or it was
                    // Alt-[ typed before this byte) and take the byte afresh.
                    if params.is_empty() {
                        out.push(Input::Key(alt(KeyCode::Char('['))));
                    }
                    self.ground(b, false, out);
                }
            },
            State::Ss3 => match csi::ss3_key(b) {
                Some(key) => out.push(Input::Key(key)),
                None => {
                    out.push(Input::Key(alt(KeyCode::Char('O'))));
                    self.ground(b, false, out);
                }
            },
            State::LinuxF => {
                if let b'A'..=b'E' = b {
                    let key = Key::new(KeyCode::F(b - b'A' + 1), Mods::default());
                    out.push(Input::Key(key));
                }
            }
            State::Skip(n) => {
                if n > 1 {
                    self.state = State::Skip(n - 1);
                }
            }
            State::Paste(mut paste) => match paste.push(b) {
                Some(text) => out.push(Input::Paste(text)),
                None => self.state = State::Paste(paste),
            },
        }
    }

    /// A byte between keys, with Alt when an ESC came just before it.
    fn ground(&mut self, b: u8, alt: bool, out: &mut Vec<Input>) {
        match b {
            ESC => self.state = State::Esc,
            0x20..=0x7e => char_key(char::from(b), alt, out),
            // A stray continuation byte, or one UTF-8 never uses, is dropped.
            0x80.. => {
                if let Some(need) = utf8_len(b) {
                    let mut bytes = [0; 4];
                    bytes[0] = b;
                    self.state = State::Utf8 {
                        bytes,
                        len: 1,
                        need,
                        alt,
                    };
                }
            }
            _ => {
                let mut key = control_key(b);
                key.mods.alt |= alt;
                out.push(Input::Key(key));
            }
        }
    }

    /// The byte after an ESC.
    fn after_esc(&mut self, b: u8, out: &mut Vec<Input>) {
        match b {
            // ESC ESC: the first was the Esc key; the second may start anything.
            ESC => {
                out.push(Input::Key(Key::new(KeyCode::Esc, Mods::default())));
                self.state = State::Esc;
            }
            b'[' => self.state = State::Csi(Params::default()),
            b'O' => self.state = State::Ss3,
            _ if b < 0x80 || utf8_len(b).is_some() => self.ground(b, true, out),
            _ => {
                // Nothing Alt can go with: Esc, and the byte is dropped.
                out.push(Input::Key(Key::new(KeyCode::Esc, Mods::default())));
            }
        }
    }

    /// The final byte of a control sequence `ESC [ params final`.
    fn csi_final(&mut self, params: Params, b: u8, out: &mut Vec<Input>) {
        if params.overflow {
            return;
        }
        match (params.as_slice(), b) {
            (b"", b'[') => self.state = State::LinuxF,
            (b"", b'M') => self.state = State::Skip(3),
            (b"200", b'~') => self.state = State::Paste(Paste::default()),
            (params, b) => {
                if let Some(key) = csi::csi_key(params, b) {
                    out.push(Input::Key(key));
                }
            }
        }
    }
}

/// A key with Alt held.
fn alt(code: KeyCode) -> Key {
    let mods = Mods {
        alt: true,
        ..Mods::default()
    };
    Key::new(code, mods)
}

/// A typed character; control characters (C1, from UTF-8) are not keys.
fn char_key(c: char, alt: bool, out: &mut Vec<Input>) {
    if c.is_control() {
        return;
    }
    let mods = Mods {
        alt,
        ..Mods::default()
    };
    out.push(Input::Key(Key::new(KeyCode::Char(c), mods)));
}

/// The key a C0 control byte or DEL stands for, the way crossterm read them.
fn control_key(b: u8) -> Key {
    let ctrl = Mods {
        ctrl: true,
        ..Mods::default()
    };
    let code = match b {
        b'\r' | b'\n' => KeyCode::Enter,
        b'\t' => KeyCode::Tab,
        0x7f | 0x08 => KeyCode::Backspace,
        0x00 => return Key::new(KeyCode::Char(' '), ctrl),
        0x01..=0x1a => return Key::new(KeyCode::Char(char::from(b - 0x01 + b'a')), ctrl),
        // 0x1c..=0x1f: what Ctrl with 4..7 sends.
        _ => return Key::new(KeyCode::Char(char::from(b.wrapping_sub(0x1c) + b'4')), ctrl),
    };
    Key::new(code, Mods::default())
}

/// How many bytes a UTF-8 character starting with `b` has, if `b` can start one.
fn utf8_len(b: u8) -> Option<u8> {
    match b {
        0xc2..=0xdf => Some(2),
        0xe0..=0xef => Some(3),
        0xf0..=0xf4 => Some(4),
        _ => None,
    }
}

fn is_continuation(b: u8) -> bool {
    (0x80..=0xbf).contains(&b)
}
