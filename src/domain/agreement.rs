//! A cooperation agreement between an NGO and one or more facilities.

use super::choice::{AgreementStatus, ChoiceSet, Service};
use super::field::{FieldDef, FieldError, FieldKind as F, FieldValue, Problem, Reader, date_text};
use super::record::Entity;
use super::{Id, Kind, Meta};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An agreement: who, where, what, its status and its dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    /// Id, version, timestamps, archived flag.
    pub meta: Meta,
    /// What it is about.
    pub subject: String,
    /// The NGO.
    pub organisation: Id,
    /// The facilities it covers.
    pub facilities: Vec<Id>,
    /// Services covered.
    pub services: Vec<Service>,
    /// Where it is in its lifecycle.
    pub status: AgreementStatus,
    /// Date of signature.
    pub signed_on: Option<NaiveDate>,
    /// First day in force.
    pub valid_from: Option<NaiveDate>,
    /// Last day in force; None means open-ended.
    pub valid_until: Option<NaiveDate>,
    /// Notice period, as written in the agreement (e.g. "3 months").
    pub notice_period: String,
    /// Who signed.
    pub signatories: String,
    /// Document reference, e.g. the case number ("č. j.").
    pub reference: String,
    /// The agreement this one renews.
    pub replaces: Option<Id>,
    /// Anything else.
    pub notes: String,
    /// Each status it went through, with the day: the lifecycle's log.
    pub steps: Vec<StatusStep>,
}

/// One step of the lifecycle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusStep {
    /// The status reached.
    pub status: AgreementStatus,
    /// On which day.
    pub on: NaiveDate,
}

/// Position of the status field.
pub const STATUS: usize = 4;
/// Position of the "valid until" field.
const VALID_UNTIL: usize = 7;

impl Entity for Agreement {
    const KIND: Kind = Kind::Agreement;
    const FIELDS: &'static [FieldDef] = &[
        FieldDef::required("subject", F::Text),
        FieldDef::required("organisation", F::Ref(Kind::Organisation)),
        FieldDef::required("facilities", F::Refs(Kind::Facility)),
        FieldDef::optional("services", F::Multi(ChoiceSet::Service)),
        FieldDef::required("status", F::Choice(ChoiceSet::AgreementStatus)),
        FieldDef::optional("signed_on", F::Date),
        FieldDef::optional("valid_from", F::Date),
        FieldDef::optional("valid_until", F::Date),
        FieldDef::optional("notice_period", F::Text),
        FieldDef::optional("signatories", F::Text),
        FieldDef::optional("reference", F::Text),
        FieldDef::optional("replaces", F::Ref(Kind::Agreement)),
        FieldDef::optional("notes", F::LongText),
    ];

    fn meta(&self) -> &Meta {
        &self.meta
    }

    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }

    fn title(&self) -> &str {
        &self.subject
    }

    fn value(&self, field: usize) -> FieldValue {
        match field {
            0 => FieldValue::Text(self.subject.clone()),
            1 => FieldValue::Ref(Some(self.organisation)),
            2 => FieldValue::Refs(self.facilities.clone()),
            3 => FieldValue::Multi(self.services.iter().map(|s| s.index()).collect()),
            4 => FieldValue::Choice(Some(self.status.index())),
            5 => date_text(self.signed_on),
            6 => date_text(self.valid_from),
            7 => date_text(self.valid_until),
            8 => FieldValue::Text(self.notice_period.clone()),
            9 => FieldValue::Text(self.signatories.clone()),
            10 => FieldValue::Text(self.reference.clone()),
            11 => FieldValue::Ref(self.replaces),
            12 => FieldValue::Text(self.notes.clone()),
            _ => FieldValue::Text(String::new()),
        }
    }

    fn defaults() -> Vec<FieldValue> {
        let mut values: Vec<FieldValue> = Self::FIELDS.iter().map(FieldDef::empty_value).collect();
        values[4] = FieldValue::Choice(Some(AgreementStatus::Draft.index()));
        values
    }

    fn from_values(meta: Meta, values: &[FieldValue]) -> Result<Self, Vec<FieldError>> {
        let mut r = Reader::new(Self::FIELDS, values);
        let subject = r.text(0);
        let organisation = r.reference(1);
        let facilities = r.references(2);
        let services = r
            .multi(3)
            .into_iter()
            .filter_map(Service::from_index)
            .collect();
        let status = r.choice(4).and_then(AgreementStatus::from_index);
        let signed_on = r.date(5);
        let valid_from = r.date(6);
        let valid_until = r.date(VALID_UNTIL);
        if let (Some(from), Some(until)) = (valid_from, valid_until)
            && until < from
        {
            r.problem(VALID_UNTIL, Problem::UntilBeforeFrom);
        }
        let replaces = r.reference(11);
        if replaces.is_some() && replaces == Some(meta.id) && meta.id != 0 {
            r.problem(11, Problem::ReplacesItself);
        }
        let agreement = Agreement {
            subject,
            organisation: organisation.unwrap_or_default(),
            facilities,
            services,
            status: status.unwrap_or(AgreementStatus::Draft),
            signed_on,
            valid_from,
            valid_until,
            notice_period: r.text(8),
            signatories: r.text(9),
            reference: r.text(10),
            replaces,
            notes: r.text(12),
            steps: Vec::new(),
            meta,
        };
        r.finish(agreement)
    }

    fn keep_from(&mut self, base: &Self) {
        self.steps = base.steps.clone();
    }

    fn on_save(&mut self, base: Option<&Self>, today: NaiveDate) -> Vec<FieldError> {
        let before = base.map(|b| b.status);
        if let Some(from) = before
            && !super::lifecycle::allowed(from, self.status)
        {
            return vec![FieldError {
                field: STATUS,
                problem: Problem::StepNotAllowed {
                    from,
                    to: self.status,
                },
            }];
        }
        if before != Some(self.status) {
            self.steps.push(StatusStep {
                status: self.status,
                on: today,
            });
        }
        Vec::new()
    }

    fn references(&self) -> Vec<(Kind, Id)> {
        let org = std::iter::once((Kind::Organisation, self.organisation));
        let facilities = self.facilities.iter().map(|id| (Kind::Facility, *id));
        let replaces = self.replaces.map(|id| (Kind::Agreement, id));
        org.chain(facilities).chain(replaces).collect()
    }
}
