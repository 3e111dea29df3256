//! Small, valid records for tests, benchmarks and the demo generator.

use crate::domain::*;
use chrono::{NaiveDate, NaiveDateTime};

/// A fixed instant for records built here (ids and times are set by the store).
pub fn epoch() -> Timestamp {
    NaiveDate::from_ymd_opt(2026, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .unwrap_or_default()
        .and_utc()
}

/// A local date-time from its parts; panics on an impossible date (tests only).
pub fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|d| d.and_hms_opt(h, min, 0))
        .unwrap_or_default()
}

/// A prison in a region.
pub fn facility(name: &str, region: Region) -> Facility {
    Facility {
        meta: Meta::new(epoch()),
        name: name.to_string(),
        kind: FacilityKind::Prison,
        region,
        town: String::new(),
        address: String::new(),
        contact: String::new(),
        phone: String::new(),
        email: String::new(),
        notes: String::new(),
    }
}

/// A member NGO.
pub fn organisation(name: &str) -> Organisation {
    Organisation {
        meta: Meta::new(epoch()),
        name: name.to_string(),
        ico: String::new(),
        membership: Membership::Member,
        regions: Vec::new(),
        services: Vec::new(),
        contact: String::new(),
        phone: String::new(),
        email: String::new(),
        web: String::new(),
        notes: String::new(),
    }
}

/// A person working for an NGO.
pub fn person(name: &str, organisation: Option<Id>) -> Person {
    Person {
        meta: Meta::new(epoch()),
        name: name.to_string(),
        organisation,
        facility: None,
        role: String::new(),
        phone: String::new(),
        email: String::new(),
        notes: String::new(),
    }
}

/// A person assigned to a facility.
pub fn assignment(person: Id, facility: Id) -> Assignment {
    Assignment {
        meta: Meta::new(epoch()),
        person,
        facility,
        role: String::new(),
        services: Vec::new(),
        from: None,
        until: None,
        notes: String::new(),
    }
}

/// A one-hour planned coordination meeting.
pub fn meeting(title: &str, facility: Option<Id>, start: NaiveDateTime) -> Meeting {
    Meeting {
        meta: Meta::new(epoch()),
        title: title.to_string(),
        kind: MeetingKind::Coordination,
        facility,
        start,
        end: start + chrono::Duration::hours(1),
        place: String::new(),
        organiser: None,
        attendees: Vec::new(),
        agenda: String::new(),
        minutes: String::new(),
        status: MeetingStatus::Planned,
        uid: String::new(),
        recurrence: None,
        notes: String::new(),
    }
}

/// A draft agreement.
pub fn agreement(subject: &str, organisation: Id, facilities: Vec<Id>) -> Agreement {
    Agreement {
        meta: Meta::new(epoch()),
        subject: subject.to_string(),
        organisation,
        facilities,
        services: Vec::new(),
        status: AgreementStatus::Draft,
        signed_on: None,
        valid_from: None,
        valid_until: None,
        notice_period: String::new(),
        signatories: String::new(),
        reference: String::new(),
        steps: Vec::new(),
        replaces: None,
        notes: String::new(),
    }
}

/// A record with the id (and version 1) the store would have given it, for
/// tests that build state without a store.
pub fn with_id<T: Entity>(mut record: T, id: Id) -> Record {
    record.meta_mut().id = id;
    record.meta_mut().version = 1;
    record.into()
}
