//! A coordinator or contact person. Personal data: shown, exported and erased
//! on request.

use super::declare::{Column, fields};
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
    const KIND: Kind = Kind::Person;
    const PLURAL: &'static str = "people";
    const TAB: &'static str = "tab_people";
    fields! {
        name: required("name", Text),
        organisation: optional("organisation", Ref(Kind::Organisation)),
        facility: optional("facility", Ref(Kind::Facility)),
        role: optional("role", Text),
        phone: optional("phone", Phone),
        email: optional("email", Email),
        notes: optional("notes", LongText),
    }
    const COLUMNS: &'static [Column] = &[
        Column::new("name", 24, 0),
        Column::new("organisation", 24, 1),
        Column::new("facility", 24, 3),
        Column::new("role", 14, 2),
        Column::new("email", 26, 4),
        Column::new("phone", 16, 5),
    ];

    fn title(&self) -> &str {
        &self.name
    }
}
