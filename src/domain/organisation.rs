//! An NGO working in prisons.

use super::choice::{ChoiceSet, Membership, Service};
use super::field::{FieldDef, FieldError, FieldKind as F, FieldValue, Reader};
use super::record::Entity;
use super::{Id, Kind, Meta, Region};
use serde::{Deserialize, Serialize};

/// A non-governmental organisation and what it offers where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    /// Id, version, timestamps, archived flag.
    pub meta: Meta,
    /// Name.
    pub name: String,
    /// IČO, checked; empty when unknown.
    pub ico: String,
    /// Relation to the association.
    pub membership: Membership,
    /// Regions where it works.
    pub regions: Vec<Region>,
    /// Services it offers.
    pub services: Vec<Service>,
    /// Contact person or office.
    pub contact: String,
    /// Phone.
    pub phone: String,
    /// E-mail.
    pub email: String,
    /// Web site.
    pub web: String,
    /// Anything else.
    pub notes: String,
}

impl Entity for Organisation {
    const KIND: Kind = Kind::Organisation;
    const FIELDS: &'static [FieldDef] = &[
        FieldDef::required("name", F::Text),
        FieldDef::optional("ico", F::Ico),
        FieldDef::required("membership", F::Choice(ChoiceSet::Membership)),
        FieldDef::optional("regions", F::Multi(ChoiceSet::Region)),
        FieldDef::optional("services", F::Multi(ChoiceSet::Service)),
        FieldDef::optional("contact", F::Text),
        FieldDef::optional("phone", F::Phone),
        FieldDef::optional("email", F::Email),
        FieldDef::optional("web", F::Web),
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
            1 => FieldValue::Text(self.ico.clone()),
            2 => FieldValue::Choice(Some(self.membership.index())),
            3 => FieldValue::Multi(region_indexes(&self.regions)),
            4 => FieldValue::Multi(self.services.iter().map(|s| s.index()).collect()),
            5 => FieldValue::Text(self.contact.clone()),
            6 => FieldValue::Text(self.phone.clone()),
            7 => FieldValue::Text(self.email.clone()),
            8 => FieldValue::Text(self.web.clone()),
            9 => FieldValue::Text(self.notes.clone()),
            _ => FieldValue::Text(String::new()),
        }
    }

    fn from_values(meta: Meta, values: &[FieldValue]) -> Result<Self, Vec<FieldError>> {
        let mut r = Reader::new(Self::FIELDS, values);
        let organisation = Organisation {
            meta,
            name: r.text(0),
            ico: r.text(1),
            membership: r
                .choice(2)
                .and_then(Membership::from_index)
                .unwrap_or(Membership::None),
            regions: regions_from(&r.multi(3)),
            services: r
                .multi(4)
                .into_iter()
                .filter_map(Service::from_index)
                .collect(),
            contact: r.text(5),
            phone: r.text(6),
            email: r.text(7),
            web: r.text(8),
            notes: r.text(9),
        };
        r.finish(organisation)
    }

    fn references(&self) -> Vec<(Kind, Id)> {
        Vec::new()
    }
}

/// Positions of regions in [`Region::ALL`], ascending.
pub fn region_indexes(regions: &[Region]) -> Vec<usize> {
    let mut indexes: Vec<usize> = regions
        .iter()
        .filter_map(|r| Region::ALL.iter().position(|x| x == r))
        .collect();
    indexes.sort_unstable();
    indexes
}

/// Regions at these positions of [`Region::ALL`].
pub fn regions_from(indexes: &[usize]) -> Vec<Region> {
    indexes
        .iter()
        .filter_map(|i| Region::ALL.get(*i).copied())
        .collect()
}
