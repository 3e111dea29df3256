//! Format 5 made an assignment's role a choice from a list (with a note for
//! the rest) and gave a facility its own coordinator for NGOs: the layouts
//! versions 1 to 4 wrote.

use crate::domain::*;
use chrono::NaiveDate;
use serde::Deserialize;

/// An assignment as format versions 1 to 4 stored it: the role as free text.
#[derive(Deserialize)]
pub(super) struct AssignmentV4 {
    meta: Meta,
    person: Id,
    facility: Id,
    role: String,
    services: Vec<Service>,
    from: Option<NaiveDate>,
    until: Option<NaiveDate>,
    notes: String,
}

impl From<AssignmentV4> for Assignment {
    /// The role is read by [`AssignmentRole::read`]: a Czech or English name
    /// of a role in the list becomes that role; anything else (an empty role
    /// too) becomes "other", with the text kept in the role's note.
    fn from(v4: AssignmentV4) -> Assignment {
        let (role, role_note) = AssignmentRole::read(&v4.role);
        Assignment {
            meta: v4.meta,
            person: v4.person,
            facility: v4.facility,
            role,
            role_note,
            services: v4.services,
            from: v4.from,
            until: v4.until,
            notes: v4.notes,
        }
    }
}

/// A facility as format versions 1 to 4 stored it: no coordinator.
#[derive(Deserialize)]
pub(super) struct FacilityV4 {
    meta: Meta,
    name: String,
    kind: FacilityKind,
    region: Region,
    town: String,
    address: String,
    contact: String,
    phone: String,
    email: String,
    notes: String,
}

impl From<FacilityV4> for Facility {
    /// As format 5 read it (no coordinator), then as format 6 reads that.
    fn from(v4: FacilityV4) -> Facility {
        Facility::from(super::v6::FacilityV5 {
            meta: v4.meta,
            name: v4.name,
            kind: v4.kind,
            region: v4.region,
            town: v4.town,
            address: v4.address,
            coordinator: None,
            contact: v4.contact,
            phone: v4.phone,
            email: v4.email,
            notes: v4.notes,
        })
    }
}
