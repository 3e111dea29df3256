//! A coordinator or contact person. Personal data: shown, exported and erased
//! on request.

use super::declare::declare;
use super::record::Entity;
use super::{Id, Kind, Meta};
use serde::{Deserialize, Serialize};

/// A person working for an NGO or a facility.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Person {
    /// Id, version, timestamps, archived flag.
    pub meta: Meta,
    /// Full name.
    pub name: String,
    /// The NGO they work for, if any.
    pub organisation: Option<Id>,
    /// The facility they work for, if any.
    pub facility: Option<Id>,
    /// Their role, e.g. "koordinátor".
    pub role: String,
    /// Phone.
    pub phone: String,
    /// E-mail.
    pub email: String,
    /// Anything else.
    pub notes: String,
}

impl Entity for Person {
    declare! {
        kind: Person, plural: "people", tab: "tab_people", title: name,
        fields: {
            name: required("name", Text),
            organisation: optional("organisation", Ref(Kind::Organisation)),
            facility: optional("facility", Ref(Kind::Facility)),
            role: optional("role", Text),
            phone: optional("phone", Phone),
            email: optional("email", Email),
            notes: optional("notes", LongText),
        },
        columns: [
            ("name", 24, 0), ("organisation", 24, 1), ("facility", 24, 3),
            ("role", 14, 2), ("email", 26, 4), ("phone", 16, 5),
        ],
    }
}
