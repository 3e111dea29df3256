//! The value envelope: `[format version][bincode payload]`.
//!
//! bincode has no schema, so the version byte is what lets a future binary
//! migrate old values and lets this one refuse newer ones instead of misreading
//! them. Decoding is size-limited: without a limit a few hostile bytes can ask
//! for a terabyte allocation.

use serde::{Serialize, de::DeserializeOwned};

/// The format version this binary writes and the newest it reads.
///
/// History: 1 — first release; 2 — meetings gained `uid`, `recurrence` and
/// `notes`, agreements a log of their lifecycle steps (see `store::migrate`);
/// action items became records of their own; 3 — a person's one `name` became
/// titles before, given name, surname and titles after (see `store::migrate`);
/// 4 — a series' moved occurrences became overrides, which may also hold
/// the occurrence's own details (see `store::migrate`); 5 — an assignment's
/// free-text `role` became a choice (`AssignmentRole`) with a `role_note`,
/// the old text read as the role it names or kept as the note of "other";
/// facilities gained `coordinator`, a reference to a person; 6 — facilities
/// gained clean reference fields (sex and age of the people held, security
/// levels, capacity, a public contact) and the stable `key` of a built-in
/// facility (old ones get theirs by name), NGOs the contacts they agree to
/// publish (`public_phone`, `public_email`, `public_web`).
/// Audit entries are versioned on their own (`store::audit::ENTRY_VERSION`,
/// 3: typed values and the operation id); the operation log, the counters and
/// the backup file were first written at version 2, and their layout did not
/// change at 3, 4, 5 or 6.
pub const FORMAT_VERSION: u8 = 6;

/// The largest payload we agree to decode (16 MiB); real records are far smaller.
const DECODE_LIMIT: usize = 16 * 1024 * 1024;

/// Why a stored value could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DecodeError {
    /// The value is empty: no version byte.
    #[error("empty value")]
    Empty,
    /// Written by a newer spojka.
    #[error(
        "format version {found} is newer than this spojka understands ({supported}); upgrade spojka"
    )]
    Newer {
        /// Version byte found.
        found: u8,
        /// Newest version this binary reads.
        supported: u8,
    },
    /// Version 0 never existed.
    #[error("unknown format version {0}")]
    Unknown(u8),
    /// The payload does not decode.
    #[error("undecodable payload: {0}")]
    Payload(String),
    /// Bytes left over after the value: a misread, not a value.
    #[error("{0} unexpected trailing bytes")]
    Trailing(usize),
}

/// Wraps a value in the envelope.
pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    encode_as(FORMAT_VERSION, value)
}

/// Wraps a value in the envelope under `version`: for value types whose
/// layout has a version of its own (audit entries, see `store::audit`).
pub fn encode_as<T: Serialize>(version: u8, value: &T) -> Vec<u8> {
    let mut out = vec![version];
    // Encoding into a Vec only fails for types serde cannot express, which our
    // plain record structs never are; an empty payload then fails loudly on read.
    if let Ok(payload) = bincode::serde::encode_to_vec(value, bincode::config::standard()) {
        out.extend_from_slice(&payload);
    }
    out
}

/// Reads a value out of the envelope, refusing newer versions and leftovers.
/// For values whose layout never changed between versions.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DecodeError> {
    decode_migrating(bytes, |_, _| None)
}

/// Reads a value that may be stored in an older layout: `older(version,
/// payload)` decodes it when the layout of that version differs, or returns
/// None when it is the same as today's.
pub fn decode_migrating<T: DeserializeOwned>(
    bytes: &[u8],
    older: impl FnOnce(u8, &[u8]) -> Option<Result<T, DecodeError>>,
) -> Result<T, DecodeError> {
    decode_up_to(bytes, FORMAT_VERSION, older)
}

/// [`decode_migrating`] for a value type whose newest layout is `newest`.
pub fn decode_up_to<T: DeserializeOwned>(
    bytes: &[u8],
    newest: u8,
    older: impl FnOnce(u8, &[u8]) -> Option<Result<T, DecodeError>>,
) -> Result<T, DecodeError> {
    let (&version, payload) = bytes.split_first().ok_or(DecodeError::Empty)?;
    match version {
        v if v == newest => payload_of(payload),
        0 => Err(DecodeError::Unknown(0)),
        found if found > newest => Err(DecodeError::Newer {
            found,
            supported: newest,
        }),
        old => older(old, payload).unwrap_or_else(|| payload_of(payload)),
    }
}

/// Decodes a bincode payload (no envelope) with the size limit, refusing
/// trailing bytes.
pub fn payload_of<T: DeserializeOwned>(payload: &[u8]) -> Result<T, DecodeError> {
    let config = bincode::config::standard().with_limit::<DECODE_LIMIT>();
    let (value, read) = bincode::serde::decode_from_slice(payload, config)
        .map_err(|e| DecodeError::Payload(e.to_string()))?;
    if read != payload.len() {
        return Err(DecodeError::Trailing(payload.len() - read));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let value = ("Věznice Plzeň".to_string(), 42u64, vec![1u8, 2, 3]);
        let bytes = encode(&value);
        assert_eq!(bytes[0], FORMAT_VERSION);
        assert_eq!(decode::<(String, u64, Vec<u8>)>(&bytes), Ok(value));
    }

    #[test]
    fn a_newer_version_is_refused_not_misread() {
        let mut bytes = encode(&"x".to_string());
        bytes[0] = FORMAT_VERSION + 1;
        assert_eq!(
            decode::<String>(&bytes),
            Err(DecodeError::Newer {
                found: FORMAT_VERSION + 1,
                supported: FORMAT_VERSION
            })
        );
    }

    #[test]
    fn trailing_bytes_are_refused() {
        let mut bytes = encode(&7u64);
        bytes.push(0);
        assert_eq!(decode::<u64>(&bytes), Err(DecodeError::Trailing(1)));
    }

    #[test]
    fn a_hostile_length_does_not_allocate() {
        // A string claiming u64::MAX bytes: must fail fast under the limit.
        let bytes = [
            FORMAT_VERSION,
            0xFF,
            0xFF,
            0xFF,
            0xFF,
            0xFF,
            0xFF,
            0xFF,
            0xFF,
            0xFF,
        ];
        assert!(matches!(
            decode::<String>(&bytes),
            Err(DecodeError::Payload(_))
        ));
        assert_eq!(decode::<String>(&[]), Err(DecodeError::Empty));
    }
}
