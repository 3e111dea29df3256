//! A prison or youth facility.

use super::choice::{AgeGroup, ChoiceSet, FacilityKind, HeldSex, SecurityLevel};
use super::declare::declare;
use super::record::Entity;
use super::{Id, Kind, Meta, Region};
use serde::{Deserialize, Serialize};

/// A prison, remand prison, security detention institute or youth facility.
/// A field missing from a JSON backup line of an older format reads empty
/// (bincode, which has no field names, is read through `store::migrate`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
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
    /// Street address with the postal code.
    pub address: String,
    /// The sex of the people it holds; empty when not known.
    pub held_sex: Vec<HeldSex>,
    /// The age groups of the people it holds; empty when not known.
    pub held_age: Vec<AgeGroup>,
    /// The security levels it serves sentences at.
    pub security: Vec<SecurityLevel>,
    /// How many people it can hold, when known.
    pub capacity: Option<u32>,
    /// The facility's public phone (its switchboard), for anyone.
    pub public_phone: String,
    /// The facility's public e-mail (its office), for anyone.
    pub public_email: String,
    /// The facility's public web page.
    pub public_web: String,
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
    /// The stable reference key of a built-in facility (`vscr-plzen`), by
    /// which `spojka seed` finds it again to update it; empty for a
    /// facility a user added.
    pub key: String,
}

impl Facility {
    /// Whether it is a youth facility (a youth institution or a children's
    /// home with a school), which the coverage map and the register can
    /// leave out.
    pub fn is_youth(&self) -> bool {
        matches!(
            self.kind,
            FacilityKind::YouthInstitution | FacilityKind::ChildrensHomeWithSchool
        )
    }
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
            held_sex: optional("held_sex", Multi(ChoiceSet::HeldSex)),
            held_age: optional("held_age", Multi(ChoiceSet::AgeGroup)),
            security: optional("security", Multi(ChoiceSet::SecurityLevel)),
            capacity: optional("capacity", Count),
            public_phone: optional("public_phone", Phone),
            public_email: optional("public_email", Email),
            public_web: optional("public_web", Web),
            coordinator: optional("coordinator", Ref(Kind::Person)),
            contact: optional("contact", Text),
            phone: optional("phone", Phone),
            email: optional("email", Email),
            notes: optional("notes", LongText),
            key: optional("key", Text),
        },
        columns: [("name", 34, 0), ("region", 20, 1), ("kind", 18, 3), ("town", 16, 2)],
    }
}
