//! A prison or youth facility.

use super::choice::{ChoiceSet, FacilityKind};
use super::field::{FieldDef, FieldError, FieldKind as F, FieldValue, Reader};
use super::record::Entity;
use super::{Id, Kind, Meta, Region};
use serde::{Deserialize, Serialize};

/// A prison, remand prison, security detention institute or youth facility.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// The facility's own staff contact for NGO work.
    pub contact: String,
    /// Phone of that contact.
    pub phone: String,
    /// E-mail of that contact.
    pub email: String,
    /// Anything else.
    pub notes: String,
}

impl Entity for Facility {
    const KIND: Kind = Kind::Facility;
    const FIELDS: &'static [FieldDef] = &[
        FieldDef::required("name", F::Text),
        FieldDef::required("kind", F::Choice(ChoiceSet::FacilityKind)),
        FieldDef::required("region", F::Choice(ChoiceSet::Region)),
        FieldDef::optional("town", F::Text),
        FieldDef::optional("address", F::Text),
        FieldDef::optional("contact", F::Text),
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
            1 => FieldValue::Choice(Some(self.kind.index())),
            2 => FieldValue::Choice(Region::ALL.iter().position(|r| *r == self.region)),
            3 => FieldValue::Text(self.town.clone()),
            4 => FieldValue::Text(self.address.clone()),
            5 => FieldValue::Text(self.contact.clone()),
            6 => FieldValue::Text(self.phone.clone()),
            7 => FieldValue::Text(self.email.clone()),
            8 => FieldValue::Text(self.notes.clone()),
            _ => FieldValue::Text(String::new()),
        }
    }

    fn from_values(meta: Meta, values: &[FieldValue]) -> Result<Self, Vec<FieldError>> {
        let mut r = Reader::new(Self::FIELDS, values);
        let name = r.text(0);
        let kind = r.choice(1).and_then(FacilityKind::from_index);
        let region = r.choice(2).and_then(|i| Region::ALL.get(i).copied());
        let facility = Facility {
            meta,
            name,
            kind: kind.unwrap_or(FacilityKind::Prison),
            region: region.unwrap_or(Region::Praha),
            town: r.text(3),
            address: r.text(4),
            contact: r.text(5),
            phone: r.text(6),
            email: r.text(7),
            notes: r.text(8),
        };
        r.finish(facility)
    }

    fn references(&self) -> Vec<(Kind, Id)> {
        Vec::new()
    }
}
