//! A coordinator or contact person. Personal data: shown, exported and erased
//! on request.

use super::field::{FieldDef, FieldError, FieldKind as F, FieldValue, Reader};
use super::record::Entity;
use super::{Id, Kind, Meta};
use serde::{Deserialize, Serialize};

/// A person working for an NGO or a facility.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    const FIELDS: &'static [FieldDef] = &[
        FieldDef::required("name", F::Text),
        FieldDef::optional("organisation", F::Ref(Kind::Organisation)),
        FieldDef::optional("facility", F::Ref(Kind::Facility)),
        FieldDef::optional("role", F::Text),
        FieldDef::optional("phone", F::Phone),
        FieldDef::optional("email", F::Email),
        FieldDef::optional("notes", F::LongText),
    ];

    fn meta(&self) -> &Meta {
        &self.meta
    }

    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }

    fn title(&self) -> &str {
        &self.name
    }

    fn value(&self, field: usize) -> FieldValue {
        match field {
            0 => FieldValue::Text(self.name.clone()),
            1 => FieldValue::Ref(self.organisation),
            2 => FieldValue::Ref(self.facility),
            3 => FieldValue::Text(self.role.clone()),
            4 => FieldValue::Text(self.phone.clone()),
            5 => FieldValue::Text(self.email.clone()),
            6 => FieldValue::Text(self.notes.clone()),
            _ => FieldValue::Text(String::new()),
        }
    }

    fn from_values(meta: Meta, values: &[FieldValue]) -> Result<Self, Vec<FieldError>> {
        let mut r = Reader::new(Self::FIELDS, values);
        let person = Person {
            meta,
            name: r.text(0),
            organisation: r.reference(1),
            facility: r.reference(2),
            role: r.text(3),
            phone: r.text(4),
            email: r.text(5),
            notes: r.text(6),
        };
        r.finish(person)
    }

    fn references(&self) -> Vec<(Kind, Id)> {
        let org = self.organisation.map(|id| (Kind::Organisation, id));
        let facility = self.facility.map(|id| (Kind::Facility, id));
        org.into_iter().chain(facility).collect()
    }
}
