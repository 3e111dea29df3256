//! Reading records written by earlier format versions. bincode has no schema,
//! so every layout a version wrote stays described here as a struct, with its
//! conversion to today's type. Versions whose layout of a kind did not change
//! decode directly.
//!
//! One file per format version that changed a layout, holding the layouts it
//! replaced: `v2.rs` (meetings and agreements of version 1), `v3.rs` (a
//! person's one whole name, versions 1 and 2), `v4.rs` (a series' moved
//! occurrences, versions 2 and 3), `v5.rs` (an assignment's free-text role
//! and a facility without its coordinator, versions 1 to 4), `v6.rs` (a
//! facility without its reference fields and key, an NGO without its
//! published contacts, versions 1 to 5).
//! A new version adds its file, its arms in [`older`] and, for backups, its
//! step in [`upgrade_json`].

mod v2;
mod v3;
mod v4;
mod v5;
mod v6;

use super::codec::{self, DecodeError};
use crate::domain::*;

/// A record kind as the store reads it, from any version it knows: every
/// kind, since the layouts older versions wrote are described by kind below.
pub trait Stored: Entity {}

impl<T: Entity> Stored for T {}

/// Decodes a stored record of type `T` from any known version.
pub fn decode<T: Stored>(bytes: &[u8]) -> Result<T, DecodeError> {
    codec::decode_migrating(bytes, |version, payload| {
        let record = older(T::KIND, version, payload)?;
        Some(record.and_then(|record| {
            T::try_from(record).map_err(|r| {
                DecodeError::Payload(format!("a {:?} read as a {:?}", r.kind(), T::KIND))
            })
        }))
    })
}

/// Decodes a payload of `kind` written by an older `version`, or None when
/// that version's layout of the kind is today's: a kind whose layout never
/// changed needs nothing here.
fn older(kind: Kind, version: u8, payload: &[u8]) -> Option<Result<Record, DecodeError>> {
    fn read<Old, New>(payload: &[u8]) -> Option<Result<Record, DecodeError>>
    where
        Old: serde::de::DeserializeOwned,
        New: From<Old> + Into<Record>,
    {
        Some(codec::payload_of::<Old>(payload).map(|old| New::from(old).into()))
    }
    match (kind, version) {
        // Changed at 2.
        (Kind::Agreement, 1) => read::<v2::AgreementV1, Agreement>(payload),
        (Kind::Meeting, 1) => read::<v2::MeetingV1, Meeting>(payload),
        // Changed at 4: versions 2 and 3 stored a meeting alike, with moved
        // occurrences only.
        (Kind::Meeting, 2 | 3) => read::<v4::MeetingV3, Meeting>(payload),
        // Changed at 3: versions 1 and 2 stored a person alike.
        (Kind::Person, 1 | 2) => read::<v3::PersonV2, Person>(payload),
        // Changed at 5: versions 1 to 4 stored assignments and facilities alike.
        (Kind::Assignment, 1..=4) => read::<v5::AssignmentV4, Assignment>(payload),
        (Kind::Facility, 1..=4) => read::<v5::FacilityV4, Facility>(payload),
        // Changed at 6: facilities of version 5, NGOs of versions 1 to 5.
        (Kind::Facility, 5) => read::<v6::FacilityV5, Facility>(payload),
        (Kind::Organisation, 1..=5) => read::<v6::OrganisationV5, Organisation>(payload),
        _ => None,
    }
}

/// Brings a record of a backup line (JSON, `{"Person": {…}}`) written at
/// record format `format` to today's layout, one version's step at a time.
pub(super) fn upgrade_json(
    record: &mut serde_json::Value,
    format: u8,
) -> Result<(), serde_json::Error> {
    fn step<Old, New>(record: &mut serde_json::Value, kind: &str) -> Result<(), serde_json::Error>
    where
        Old: serde::de::DeserializeOwned,
        New: From<Old> + serde::Serialize,
    {
        if let Some(inner) = record.get_mut(kind) {
            let old: Old = serde_json::from_value(inner.take())?;
            *inner = serde_json::to_value(New::from(old))?;
        }
        Ok(())
    }
    // Version 2 changed meetings and agreements, but backups were first
    // written at version 2: no backup holds their version 1 layout.
    if format < 3 {
        step::<v3::PersonV2, Person>(record, "Person")?;
    }
    // Version 4's meetings read through serde's names for the old fields
    // (`moved` for the overrides; `details` missing is None): no step.
    if format < 5 {
        step::<v5::AssignmentV4, Assignment>(record, "Assignment")?;
        step::<v5::FacilityV4, Facility>(record, "Facility")?;
    } else if format < 6 {
        step::<v6::FacilityV5, Facility>(record, "Facility")?;
    }
    if format < 6 {
        step::<v6::OrganisationV5, Organisation>(record, "Organisation")?;
    }
    Ok(())
}

/// Decodes a stored record of `kind` from any known version.
pub fn decode_record(kind: Kind, bytes: &[u8]) -> Result<Record, DecodeError> {
    crate::each_kind!(kind, T => decode::<T>(bytes).map(Record::from))
}
