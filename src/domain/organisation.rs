//! An NGO working in prisons.

use super::choice::{ChoiceSet, Membership, Service};
use super::declare::declare;
use super::record::Entity;
use super::{Meta, Region};
use serde::{Deserialize, Serialize};

/// A non-governmental organisation and what it offers where.
/// A field missing from a JSON backup line of an older format reads empty
/// (bincode, which has no field names, is read through `store::migrate`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
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
    /// The phone the NGO agrees to publish (the public register shows it).
    pub public_phone: String,
    /// The e-mail the NGO agrees to publish (the public register shows it).
    pub public_email: String,
    /// The web address the NGO agrees to publish (the public register shows it).
    pub public_web: String,
    /// Anything else.
    pub notes: String,
}

impl Entity for Organisation {
    declare! {
        kind: Organisation, plural: "ngos", tab: "tab_ngos", title: name,
        fields: {
            name: required("name", Text),
            ico: optional("ico", Ico),
            membership: required("membership", Choice(ChoiceSet::Membership)),
            regions: optional("regions", Multi(ChoiceSet::Region)),
            services: optional("services", Multi(ChoiceSet::Service)),
            contact: optional("contact", Text),
            phone: optional("phone", Phone),
            email: optional("email", Email),
            web: optional("web", Web),
            public_phone: optional("public_phone", Phone),
            public_email: optional("public_email", Email),
            public_web: optional("public_web", Web),
            notes: optional("notes", LongText),
        },
        columns: [
            ("name", 30, 0), ("membership", 10, 1), ("ico", 10, 2),
            ("regions", 24, 3), ("services", 24, 4),
        ],
    }
}
