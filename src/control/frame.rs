//! The control socket's messages and how they travel: each frame is a 4-byte
//! big-endian length, then the message encoded with bincode, at most
//! [`MAX_FRAME`] bytes. A frame that is too long or does not decode is an
//! error for that connection only.

use serde::{Deserialize, Serialize};
use std::io::{self, Read, Write};

/// The version of this protocol; a client and holder of different versions
/// refuse each other with a clear message.
pub const PROTOCOL: u32 = 1;

/// The largest frame either side accepts.
pub const MAX_FRAME: usize = 1024 * 1024;

/// How much of an input file or of output one frame carries.
pub const CHUNK: usize = 64 * 1024;

/// A client's messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ToHolder {
    /// The first message: who is asking, in which version.
    Hello {
        /// [`PROTOCOL`].
        protocol: u32,
        /// The client's spojka version.
        version: String,
    },
    /// A command to run: spojka's own arguments, without the program name.
    Request {
        /// The arguments, e.g. `["export", "--kind", "meetings", "--format", "csv"]`.
        args: Vec<String>,
        /// The caller's language (`cs`, `en`), for the words of the reply.
        lang: String,
        /// The caller's user name, for the history.
        user: String,
    },
    /// A piece of the command's input file, which the client opened.
    Input(Vec<u8>),
    /// The end of the input.
    InputEnd,
}

/// The holder's messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FromHolder {
    /// The holder accepts the client's version.
    Welcome {
        /// The holder's process id.
        pid: u32,
        /// What the holder is running: `None` for the interactive interface,
        /// or the command's arguments.
        command: Option<String>,
    },
    /// The holder runs another version.
    WrongVersion {
        /// The holder's process id.
        pid: u32,
        /// The holder's spojka version.
        version: String,
    },
    /// Output for standard output.
    Stdout(Vec<u8>),
    /// Output for standard error.
    Stderr(Vec<u8>),
    /// The command ended with this exit status.
    Exit(i32),
}

fn config() -> bincode::config::Configuration<
    bincode::config::BigEndian,
    bincode::config::Varint,
    bincode::config::Limit<MAX_FRAME>,
> {
    bincode::config::standard()
        .with_big_endian()
        .with_limit::<MAX_FRAME>()
}

/// Writes one message as a frame.
pub fn send<T: Serialize>(to: &mut impl Write, message: &T) -> io::Result<()> {
    let bytes = bincode::serde::encode_to_vec(message, config()).map_err(io::Error::other)?;
    if bytes.len() > MAX_FRAME {
        return Err(io::Error::other("control message too long"));
    }
    let len = u32::try_from(bytes.len()).map_err(io::Error::other)?;
    to.write_all(&len.to_be_bytes())?;
    to.write_all(&bytes)?;
    to.flush()
}

/// Reads one message; `Ok(None)` when the other side closed between frames.
pub fn receive<T: for<'de> Deserialize<'de>>(from: &mut impl Read) -> io::Result<Option<T>> {
    let mut len = [0u8; 4];
    match from.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let len = u32::from_be_bytes(len) as usize;
    if len > MAX_FRAME {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("control frame of {len} bytes is over the limit of {MAX_FRAME}"),
        ));
    }
    // Grown as bytes arrive, not allocated up front: a peer that claims a
    // megabyte and sends four bytes costs four bytes.
    let mut bytes = Vec::new();
    from.take(len as u64).read_to_end(&mut bytes)?;
    if bytes.len() != len {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "control frame cut off",
        ));
    }
    let (message, used) = bincode::serde::decode_from_slice(&bytes, config())
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    if used != len {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "control frame has bytes after its message",
        ));
    }
    Ok(Some(message))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever a peer sends, reading it ends in a message, an error or
        /// the end, without panicking.
        #[test]
        fn arbitrary_bytes_never_panic_the_reader(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
            let mut reader = bytes.as_slice();
            for _ in 0..64 {
                match receive::<ToHolder>(&mut reader) {
                    Ok(Some(_)) => {}
                    Ok(None) | Err(_) => break,
                }
            }
        }

        /// Every request a client can make reads back as sent.
        #[test]
        fn requests_round_trip(args in proptest::collection::vec(".{0,40}", 0..12), user in ".{0,30}", input in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let messages = vec![
                ToHolder::Request { args, lang: "cs".into(), user },
                ToHolder::Input(input),
                ToHolder::InputEnd,
            ];
            let mut wire = Vec::new();
            for message in &messages {
                send(&mut wire, message).expect("send");
            }
            let mut reader = wire.as_slice();
            for message in messages {
                prop_assert_eq!(receive::<ToHolder>(&mut reader).expect("read"), Some(message));
            }
        }
    }

    #[test]
    fn messages_round_trip_through_frames() {
        let mut wire = Vec::new();
        let request = ToHolder::Request {
            args: vec!["export".into(), "--kind".into(), "ngos".into()],
            lang: "cs".into(),
            user: "jana".into(),
        };
        send(&mut wire, &request).expect("send");
        send(&mut wire, &ToHolder::InputEnd).expect("send");
        let mut reader = wire.as_slice();
        assert_eq!(
            receive::<ToHolder>(&mut reader).expect("read"),
            Some(request)
        );
        assert_eq!(
            receive::<ToHolder>(&mut reader).expect("read"),
            Some(ToHolder::InputEnd)
        );
        assert_eq!(receive::<ToHolder>(&mut reader).expect("read"), None);
    }

    #[test]
    fn oversized_truncated_and_garbage_frames_are_errors_not_panics() {
        let huge = (MAX_FRAME as u32 + 1).to_be_bytes();
        assert!(receive::<ToHolder>(&mut huge.as_slice()).is_err());
        let mut cut = Vec::new();
        send(&mut cut, &ToHolder::InputEnd).expect("send");
        cut.pop();
        assert!(receive::<ToHolder>(&mut cut.as_slice()).is_err());
        let garbage = [0, 0, 0, 3, 0xff, 0xff, 0xff];
        assert!(receive::<ToHolder>(&mut garbage.as_slice()).is_err());
        // A length claiming a vector of 2^60 bytes must not allocate it.
        let mut lying = vec![0, 0, 0, 10, 2];
        lying.extend_from_slice(&[0xff; 9]);
        assert!(receive::<ToHolder>(&mut lying.as_slice()).is_err());
    }
}
