//! A person (usually an NGO coordinator) assigned to a facility.

use super::choice::{ChoiceSet, Service};
use super::field::{FieldDef, FieldError, FieldKind as F, FieldValue, Problem, Reader, date_text};
use super::record::Entity;
use super::{Id, Kind, Meta};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Who works at which facility, in what role, delivering what, from when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    const KIND: Kind = Kind::Assignment;
    const FIELDS: &'static [FieldDef] = &[
        FieldDef::required("person", F::Ref(Kind::Person)),
        FieldDef::required("facility", F::Ref(Kind::Facility)),
        FieldDef::optional("role", F::Text),
        FieldDef::optional("services", F::Multi(ChoiceSet::Service)),
        FieldDef::optional("from", F::Date),
        FieldDef::optional("until", F::Date),
        FieldDef::optional("notes", F::LongText),
    ];

    fn meta(&self) -> &Meta {
        &self.meta
    }

    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }

    fn title(&self) -> &str {
        &self.role
    }

    fn value(&self, field: usize) -> FieldValue {
        match field {
            0 => FieldValue::Ref(Some(self.person)),
            1 => FieldValue::Ref(Some(self.facility)),
            2 => FieldValue::Text(self.role.clone()),
            3 => FieldValue::Multi(self.services.iter().map(|s| s.index()).collect()),
            4 => date_text(self.from),
            5 => date_text(self.until),
            6 => FieldValue::Text(self.notes.clone()),
            _ => FieldValue::Text(String::new()),
        }
    }

    fn from_values(meta: Meta, values: &[FieldValue]) -> Result<Self, Vec<FieldError>> {
        let mut r = Reader::new(Self::FIELDS, values);
        let person = r.reference(0);
        let facility = r.reference(1);
        let role = r.text(2);
        let services = r
            .multi(3)
            .into_iter()
            .filter_map(Service::from_index)
            .collect();
        let from = r.date(4);
        let until = r.date(5);
        if let (Some(from), Some(until)) = (from, until)
            && until < from
        {
            r.problem(5, Problem::UntilBeforeFrom);
        }
        let assignment = Assignment {
            meta,
            person: person.unwrap_or_default(),
            facility: facility.unwrap_or_default(),
            role,
            services,
            from,
            until,
            notes: r.text(6),
        };
        r.finish(assignment)
    }

    fn references(&self) -> Vec<(Kind, Id)> {
        vec![(Kind::Person, self.person), (Kind::Facility, self.facility)]
    }
}
