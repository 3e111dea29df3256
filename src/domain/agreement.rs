//! A cooperation agreement between an NGO and one or more facilities.

use super::choice::{AgreementStatus, ChoiceSet, Service};
use super::declare::declare;
use super::field::{FieldError, Problem, Reader};
use super::record::Entity;
use super::{Id, Kind, Meta};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An agreement: who, where, what, its status and its dates.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

impl Entity for Agreement {
    declare! {
        kind: Agreement, plural: "agreements", tab: "tab_agreements", title: subject,
        fields: {
            subject: required("subject", Text),
            organisation: required("organisation", Ref(Kind::Organisation)),
            facilities: required("facilities", Refs(Kind::Facility)),
            services: optional("services", Multi(ChoiceSet::Service)),
            status: required("status", Choice(ChoiceSet::AgreementStatus))
                = AgreementStatus::Draft,
            signed_on: optional("signed_on", Date),
            valid_from: optional("valid_from", Date),
            valid_until: optional("valid_until", Date),
            notice_period: optional("notice_period", Text),
            signatories: optional("signatories", Text),
            reference: optional("reference", Text),
            replaces: optional("replaces", Ref(Kind::Agreement)),
            notes: optional("notes", LongText),
        },
        columns: [
            ("subject", 28, 0), ("organisation", 24, 1), ("status", 11, 1),
            ("valid_until", 12, 2), ("facilities", 24, 3),
        ],
    }

    fn check(&self, reader: &mut Reader<'_>) {
        let (from, until) = (self.valid_from, self.valid_until);
        reader.in_order(from, until, "valid_until", Problem::UntilBeforeFrom);
        let id = self.meta.id;
        if id != 0 && self.replaces == Some(id) {
            reader.problem("replaces", Problem::ReplacesItself);
        }
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
                field: "status",
                problem: Problem::StepNotAllowed {
                    from,
                    to: self.status,
                },
            }];
        }
        // Stepping to signed asks when it was signed: the date an
        // agreement is in force from is the one partners ask about.
        if self.status == AgreementStatus::Signed
            && before != Some(AgreementStatus::Signed)
            && self.signed_on.is_none()
        {
            return vec![FieldError {
                field: "signed_on",
                problem: Problem::Required,
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
}
