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
        coordinator: None,
        address: String::new(),
        held_sex: Vec::new(),
        held_age: Vec::new(),
        security: Vec::new(),
        capacity: None,
        public_phone: String::new(),
        public_email: String::new(),
        public_web: String::new(),
        contact: String::new(),
        phone: String::new(),
        email: String::new(),
        notes: String::new(),
        key: String::new(),
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
        public_phone: String::new(),
        public_email: String::new(),
        public_web: String::new(),
        notes: String::new(),
    }
}

/// A person working for an NGO, `name` a whole name ("Mgr. Jana Nováková")
/// taken apart as an old database's names are
/// ([`crate::domain::person::split_name`]).
pub fn person(name: &str, organisation: Option<Id>) -> Person {
    let parts = crate::domain::person::split_name(name);
    Person {
        meta: Meta::new(epoch()),
        title_before: parts.title_before,
        given_name: parts.given_name,
        surname: parts.surname,
        title_after: parts.title_after,
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
        role: AssignmentRole::NgoCoordinator,
        role_note: String::new(),
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

/// A cooperation request of NGO `organisation` to work in `facility`, not
/// yet started.
pub fn request(subject: &str, organisation: Id, facility: Id) -> crate::domain::Request {
    crate::domain::Request {
        meta: Meta::new(epoch()),
        subject: subject.to_string(),
        organisation,
        facility,
        ..Default::default()
    }
}

/// A record with the id (and version 1) the store would have given it, for
/// tests that build state without a store.
pub fn with_id<T: Entity>(mut record: T, id: Id) -> Record {
    record.meta_mut().id = id;
    record.meta_mut().version = 1;
    record.into()
}

/// A record of any `kind` with every field filled in with a value its input
/// type accepts (references point at id 1), built through the kind's field
/// table, so that tests over every kind cover a kind added later too.
pub fn filled(kind: Kind) -> Result<Record, Vec<FieldError>> {
    let values: Vec<FieldValue> = kind
        .fields()
        .iter()
        .map(|def| match def.kind {
            FieldKind::Text | FieldKind::LongText => FieldValue::Text(def.id.to_string()),
            FieldKind::Email => FieldValue::Text("info@example.cz".into()),
            FieldKind::Phone => FieldValue::Text("+420 777 123 456".into()),
            FieldKind::Web => FieldValue::Text("https://example.cz".into()),
            FieldKind::Ico => FieldValue::Text("25596641".into()),
            FieldKind::Count => FieldValue::Text("120".into()),
            FieldKind::Date => FieldValue::Text("2026-01-01".into()),
            FieldKind::DateTime => FieldValue::Text("2026-01-01 09:00".into()),
            FieldKind::Rule => FieldValue::Text("FREQ=WEEKLY;COUNT=4".into()),
            FieldKind::Choice(_) => FieldValue::Choice(Some(0)),
            FieldKind::Multi(_) => FieldValue::Multi(vec![0]),
            FieldKind::Ref(_) => FieldValue::Ref(Some(1)),
            FieldKind::Refs(_) => FieldValue::Refs(vec![1]),
        })
        .collect();
    Record::from_values(kind, Meta::new(epoch()), &values)
}

/// The values of a new form of `kind` with text typed into some fields, by
/// id, as a user would type it.
pub fn typed(kind: Kind, texts: &[(&str, &str)]) -> Vec<FieldValue> {
    let mut values = kind.defaults();
    for (id, text) in texts {
        debug_assert!(kind.field(id).is_some(), "{kind:?} has no field {id}");
        if let Some(slot) = kind.field_index(id).and_then(|at| values.get_mut(at)) {
            *slot = FieldValue::Text(text.to_string());
        }
    }
    values
}
