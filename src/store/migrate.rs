//! Reading records written by earlier format versions. bincode has no schema,
//! so every layout a version wrote stays described here as a struct, with its
//! conversion to today's type. Versions whose layout of a kind did not change
//! decode directly.

use super::codec::{self, DecodeError};
use crate::domain::*;
use chrono::NaiveDateTime;
use serde::Deserialize;

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
    match (kind, version) {
        (Kind::Agreement, 1) => {
            Some(codec::payload_of::<AgreementV1>(payload).map(|v1| Agreement::from(v1).into()))
        }
        (Kind::Meeting, 1) => {
            Some(codec::payload_of::<MeetingV1>(payload).map(|v1| Meeting::from(v1).into()))
        }
        // Versions 2 and 3 stored a meeting alike, with moved occurrences only.
        (Kind::Meeting, 2 | 3) => {
            Some(codec::payload_of::<MeetingV3>(payload).map(|v3| Meeting::from(v3).into()))
        }
        // Versions 1 and 2 stored a person alike, with one whole name.
        (Kind::Person, 1 | 2) => {
            Some(codec::payload_of::<PersonV2>(payload).map(|v2| Person::from(v2).into()))
        }
        _ => None,
    }
}

/// A person as format versions 1 and 2 stored them: one whole name
/// ("Mgr. Jana Nováková, Ph.D."), before it was kept in four parts.
#[derive(Deserialize)]
pub(super) struct PersonV2 {
    meta: Meta,
    name: String,
    organisation: Option<Id>,
    facility: Option<Id>,
    role: String,
    phone: String,
    email: String,
    notes: String,
}

impl From<PersonV2> for Person {
    /// The name is taken apart by [`person::split_name`]: known titles
    /// before and after, the last word the surname, the rest the given name.
    fn from(v2: PersonV2) -> Person {
        let parts = person::split_name(&v2.name);
        Person {
            meta: v2.meta,
            title_before: parts.title_before,
            given_name: parts.given_name,
            surname: parts.surname,
            title_after: parts.title_after,
            organisation: v2.organisation,
            facility: v2.facility,
            role: v2.role,
            phone: v2.phone,
            email: v2.email,
            notes: v2.notes,
        }
    }
}

/// An agreement as format version 1 stored it (before the lifecycle log).
#[derive(Deserialize)]
struct AgreementV1 {
    meta: Meta,
    subject: String,
    organisation: Id,
    facilities: Vec<Id>,
    services: Vec<Service>,
    status: AgreementStatus,
    signed_on: Option<chrono::NaiveDate>,
    valid_from: Option<chrono::NaiveDate>,
    valid_until: Option<chrono::NaiveDate>,
    notice_period: String,
    signatories: String,
    reference: String,
    replaces: Option<Id>,
    notes: String,
}

impl From<AgreementV1> for Agreement {
    fn from(v1: AgreementV1) -> Agreement {
        Agreement {
            meta: v1.meta,
            subject: v1.subject,
            organisation: v1.organisation,
            facilities: v1.facilities,
            services: v1.services,
            status: v1.status,
            signed_on: v1.signed_on,
            valid_from: v1.valid_from,
            valid_until: v1.valid_until,
            notice_period: v1.notice_period,
            signatories: v1.signatories,
            reference: v1.reference,
            replaces: v1.replaces,
            notes: v1.notes,
            steps: Vec::new(),
        }
    }
}

/// A meeting as format version 1 stored it (before recurrence, UID, action
/// items and notes).
#[derive(Deserialize)]
struct MeetingV1 {
    meta: Meta,
    title: String,
    kind: MeetingKind,
    facility: Option<Id>,
    start: NaiveDateTime,
    end: NaiveDateTime,
    place: String,
    organiser: Option<Id>,
    attendees: Vec<Id>,
    agenda: String,
    minutes: String,
    status: MeetingStatus,
}

impl From<MeetingV1> for Meeting {
    fn from(v1: MeetingV1) -> Meeting {
        Meeting {
            meta: v1.meta,
            title: v1.title,
            kind: v1.kind,
            facility: v1.facility,
            start: v1.start,
            end: v1.end,
            place: v1.place,
            organiser: v1.organiser,
            attendees: v1.attendees,
            agenda: v1.agenda,
            minutes: v1.minutes,
            status: v1.status,
            uid: String::new(),
            recurrence: None,
            notes: String::new(),
        }
    }
}

/// A meeting as format versions 2 and 3 stored it: a series' exceptions
/// were cancelled dates and moved times, before an occurrence could have
/// details of its own.
#[derive(Deserialize)]
struct MeetingV3 {
    meta: Meta,
    title: String,
    kind: MeetingKind,
    facility: Option<Id>,
    start: NaiveDateTime,
    end: NaiveDateTime,
    place: String,
    organiser: Option<Id>,
    attendees: Vec<Id>,
    agenda: String,
    minutes: String,
    status: MeetingStatus,
    uid: String,
    recurrence: Option<RecurrenceV3>,
    notes: String,
}

/// A series' rule and exceptions as format versions 2 and 3 stored them.
#[derive(Deserialize)]
struct RecurrenceV3 {
    rule: String,
    cancelled: Vec<chrono::NaiveDate>,
    moved: Vec<MovedV3>,
}

/// A moved occurrence as format versions 2 and 3 stored it.
#[derive(Deserialize)]
struct MovedV3 {
    original: chrono::NaiveDate,
    start: NaiveDateTime,
    end: NaiveDateTime,
}

impl From<MeetingV3> for Meeting {
    /// Each moved occurrence becomes an override that only moves it.
    fn from(v3: MeetingV3) -> Meeting {
        let recurrence = v3.recurrence.map(|r| recurrence::Recurrence {
            rule: r.rule,
            cancelled: r.cancelled,
            overrides: r
                .moved
                .into_iter()
                .map(|m| recurrence::Override::moved(m.original, m.start, m.end))
                .collect(),
        });
        Meeting {
            meta: v3.meta,
            title: v3.title,
            kind: v3.kind,
            facility: v3.facility,
            start: v3.start,
            end: v3.end,
            place: v3.place,
            organiser: v3.organiser,
            attendees: v3.attendees,
            agenda: v3.agenda,
            minutes: v3.minutes,
            status: v3.status,
            uid: v3.uid,
            recurrence,
            notes: v3.notes,
        }
    }
}

/// Decodes a stored record of `kind` from any known version.
pub fn decode_record(kind: Kind, bytes: &[u8]) -> Result<Record, DecodeError> {
    crate::each_kind!(kind, T => decode::<T>(bytes).map(Record::from))
}
