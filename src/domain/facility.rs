//! A prison or youth facility.

use super::choice::{ChoiceSet, FacilityKind};
use super::declare::declare;
use super::record::Entity;
use super::{Id, Kind, Meta, Region};
use serde::{Deserialize, Serialize};

/// A prison, remand prison, security detention institute or youth facility.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Facility {
    /// Id, version, timestamps, archived flag.
    pub meta: Meta,
    /// Official name, e.g. "Věznice Plzeň".
    pub name: String,
    /// What kind of institution.
    pub kind: FacilityKind,
    /// The region it lies in.
    pub region: Region,
    /// Town.
    pub town: String,
    /// Street address.
    pub address: String,
    /// The facility's own NGO coordinator on the prison side: a person
    /// (usually one of its staff) who looks after the NGOs' work there. A
    /// reference like the others: that person cannot be deleted while named.
    pub coordinator: Option<Id>,
    /// The facility's own staff contact for NGO work, as text.
    pub contact: String,
    /// Phone of that contact.
    pub phone: String,
    /// E-mail of that contact.
    pub email: String,
    /// Anything else.
    pub notes: String,
}

impl Entity for Facility {
    declare! {
        kind: Facility, plural: "facilities", tab: "tab_facilities", title: name,
        fields: {
            name: required("name", Text),
            kind: required("kind", Choice(ChoiceSet::FacilityKind)),
            region: required("region", Choice(ChoiceSet::Region)),
            town: optional("town", Text),
            address: optional("address", Text),
            coordinator: optional("coordinator", Ref(Kind::Person)),
            contact: optional("contact", Text),
            phone: optional("phone", Phone),
            email: optional("email", Email),
            notes: optional("notes", LongText),
        },
        columns: [("name", 34, 0), ("region", 20, 1), ("kind", 18, 3), ("town", 16, 2)],
    }
}
