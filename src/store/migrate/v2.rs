//! Format 2 gave meetings a UID, recurrence, action items and notes, and
//! agreements a log of their lifecycle steps: the layouts version 1 wrote.

use crate::domain::*;
use chrono::NaiveDateTime;
use serde::Deserialize;

/// An agreement as format version 1 stored it (before the lifecycle log).
#[derive(Deserialize)]
pub(super) struct AgreementV1 {
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
pub(super) struct MeetingV1 {
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
