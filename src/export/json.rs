//! JSON export: spojka's long-term format.
//!
//! sled 0.34.7 is sled's last release and its files are tied to it, so this is
//! the way out: every field of every record, including its metadata, wrapped
//! with the format version so a later spojka can read old exports.

use super::{ExportError, check_kind};
use crate::domain::{Kind, Record};
use crate::store::codec::FORMAT_VERSION;
use serde::{Serialize, Serializer};

/// What every export file is marked with, so a reader can tell it from other
/// JSON.
pub const FORMAT_NAME: &str = "spojka";

/// The top level of an export file.
#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u8,
    kind: &'static str,
    records: Vec<Typed<'a>>,
}

/// A record serialised as its own type (the struct's fields), without the
/// [`Record`] variant around it: the file's `kind` already says which type.
struct Typed<'a>(&'a Record);

impl Serialize for Typed<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::each_record!(self.0, r => r.serialize(serializer))
    }
}

/// Writes `records` of `kind` as pretty-printed JSON, in the order given:
/// `{"format":"spojka","version":…,"kind":"meetings","records":[…]}`.
pub fn write_json(
    out: &mut dyn std::io::Write,
    kind: Kind,
    records: &[Record],
) -> Result<(), ExportError> {
    for record in records {
        check_kind(kind, record)?;
    }
    let what = format!("writing the JSON of {}", kind.plural());
    let envelope = Envelope {
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        kind: kind.plural(),
        records: records.iter().map(Typed).collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &envelope).map_err(|source| ExportError::Json {
        what: what.clone(),
        source,
    })?;
    out.write_all(b"\n")
        .and_then(|()| out.flush())
        .map_err(|source| ExportError::Io { what, source })
}
