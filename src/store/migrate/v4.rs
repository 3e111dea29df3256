//! Format 4 made an assignment's role a choice from a list (with a note for
//! the rest) and gave a facility its own coordinator for NGOs: the layouts
//! versions 1 to 3 wrote.

use crate::domain::*;
use chrono::NaiveDate;
use serde::Deserialize;

/// An assignment as format versions 1 to 3 stored it: the role as free text.
#[derive(Deserialize)]
pub(super) struct AssignmentV3 {
    meta: Meta,
    person: Id,
    facility: Id,
    role: String,
    services: Vec<Service>,
    from: Option<NaiveDate>,
    until: Option<NaiveDate>,
    notes: String,
}

impl From<AssignmentV3> for Assignment {
    /// The role is read by [`AssignmentRole::read`]: a Czech or English name
    /// of a role in the list becomes that role; anything else (an empty role
    /// too) becomes "other", with the text kept in the role's note.
    fn from(v3: AssignmentV3) -> Assignment {
        let (role, role_note) = AssignmentRole::read(&v3.role);
        Assignment {
            meta: v3.meta,
            person: v3.person,
            facility: v3.facility,
            role,
            role_note,
            services: v3.services,
            from: v3.from,
            until: v3.until,
            notes: v3.notes,
        }
    }
}

/// A facility as format versions 1 to 3 stored it: no coordinator.
#[derive(Deserialize)]
pub(super) struct FacilityV3 {
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

impl From<FacilityV3> for Facility {
    fn from(v3: FacilityV3) -> Facility {
        Facility {
            meta: v3.meta,
            name: v3.name,
            kind: v3.kind,
            region: v3.region,
            town: v3.town,
            address: v3.address,
            coordinator: None,
            contact: v3.contact,
            phone: v3.phone,
            email: v3.email,
            notes: v3.notes,
        }
    }
}
