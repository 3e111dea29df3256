//! Format 3 split a person's one whole name into titles before, given
//! name, surname and titles after: the layout versions 1 and 2 wrote.

use crate::domain::*;
use serde::Deserialize;

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
