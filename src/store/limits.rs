//! How large a stored value may be, checked before anything is written.
//!
//! A value over the decode limit, once written, made a whole kind
//! unreadable; so the store writes only what it can read back, and well
//! under that: no text field over [`TEXT_LIMIT`], no encoded record or audit
//! entry over [`VALUE_LIMIT`]. This also keeps every value out of sled's
//! blobs (separate files for large values).

use super::StoreError;
use crate::domain::{FieldValue, Record};

/// The longest text a field may hold, in bytes (32 KiB).
pub const TEXT_LIMIT: usize = 32 * 1024;

/// The largest encoded value (a record, an audit entry), in bytes (100 KiB).
pub const VALUE_LIMIT: usize = 100 * 1024;

/// "meetings #12 “Porada”": a record as errors name it.
pub fn name(record: &Record) -> String {
    let title: String = record.title().chars().take(60).collect();
    let id = record.id();
    let kind = record.kind().plural();
    match (id, title.trim().is_empty()) {
        (0, true) => format!("a new record of {kind}"),
        (0, false) => format!("{kind} “{title}” (new)"),
        (_, true) => format!("{kind} #{id}"),
        (_, false) => format!("{kind} #{id} “{title}”"),
    }
}

/// Refuses a record with a text field over [`TEXT_LIMIT`] or an encoded
/// value over [`VALUE_LIMIT`].
pub fn check_record(record: &Record, encoded: &[u8]) -> Result<(), StoreError> {
    let kind = record.kind();
    for (def, value) in kind.fields().iter().zip(record.values()) {
        if let FieldValue::Text(text) = value
            && text.len() > TEXT_LIMIT
        {
            return Err(StoreError::TooLarge {
                what: name(record),
                part: format!("the field “{}”", def.id),
                size: text.len(),
                limit: TEXT_LIMIT,
            });
        }
    }
    check_value(record, "the record as stored", encoded.len())
}

/// Refuses a value of `size` bytes over [`VALUE_LIMIT`].
pub fn check_value(record: &Record, part: &str, size: usize) -> Result<(), StoreError> {
    if size > VALUE_LIMIT {
        return Err(StoreError::TooLarge {
            what: name(record),
            part: part.to_string(),
            size,
            limit: VALUE_LIMIT,
        });
    }
    Ok(())
}

/// `text` cut to at most [`TEXT_LIMIT`] bytes at a character boundary;
/// whether it was cut.
pub fn cut_text(text: &mut String) -> bool {
    if text.len() <= TEXT_LIMIT {
        return false;
    }
    let note = " […]";
    let mut end = TEXT_LIMIT - note.len();
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text.push_str(note);
    true
}
