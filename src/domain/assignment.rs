//! A person (usually an NGO coordinator) assigned to a facility.

use super::choice::{ChoiceSet, Service};
use super::declare::declare;
use super::field::{Problem, Reader};
use super::record::Entity;
use super::{Id, Kind, Meta};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Who works at which facility, in what role, delivering what, from when.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Assignment {
    /// Id, version, timestamps, archived flag.
    pub meta: Meta,
    /// The person assigned.
    pub person: Id,
    /// The facility.
    pub facility: Id,
    /// Their role there, e.g. "NGO coordinator".
    pub role: String,
    /// Services they deliver there.
    pub services: Vec<Service>,
    /// First day, if known.
    pub from: Option<NaiveDate>,
    /// Last day, if it ends.
    pub until: Option<NaiveDate>,
    /// Anything else.
    pub notes: String,
}

impl Entity for Assignment {
    declare! {
        kind: Assignment, plural: "assignments", tab: "tab_assignments", title: role,
        fields: {
            person: required("person", Ref(Kind::Person)),
            facility: required("facility", Ref(Kind::Facility)),
            role: optional("role", Text),
            services: optional("services", Multi(ChoiceSet::Service)),
            from: optional("from", Date),
            until: optional("until", Date),
            notes: optional("notes", LongText),
        },
        columns: [
            ("person", 22, 0), ("facility", 28, 1), ("role", 16, 2),
            ("from", 12, 3), ("until", 12, 4),
        ],
    }

    fn check(&self, reader: &mut Reader<'_>) {
        reader.in_order(self.from, self.until, "until", Problem::UntilBeforeFrom);
    }
}
