//! The agreements of one facility or one NGO over time, as bars over months.

mod keys;
pub mod view;

use crate::domain::lifecycle::effective_status;
use crate::domain::{AgreementStatus, Id, Kind, Record};
use crate::model::Data;
use chrono::{Datelike, Months, NaiveDate};

/// Whose agreements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineOf {
    /// A facility's.
    Facility(Id),
    /// An NGO's.
    Organisation(Id),
}

/// The timeline view's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// Whose agreements.
    pub of: TimelineOf,
    /// First row shown.
    pub scroll: usize,
}

/// One agreement's bar: when it runs and in what status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// The agreement.
    pub id: Id,
    /// First day (valid from, or signed on, or created).
    pub from: NaiveDate,
    /// Last day, or None when open-ended.
    pub until: Option<NaiveDate>,
    /// Status as of today.
    pub status: AgreementStatus,
}

/// The agreements of the timeline's facility or NGO, oldest first, archived
/// ones left out.
pub fn bars(data: &Data, of: TimelineOf, today: NaiveDate) -> Vec<Bar> {
    let (kind, id) = match of {
        TimelineOf::Facility(id) => (Kind::Facility, id),
        TimelineOf::Organisation(id) => (Kind::Organisation, id),
    };
    let mut out: Vec<Bar> = data
        .referrers_of(kind, id)
        .filter_map(|(k, i)| match data.get(k, i) {
            Some(Record::Agreement(a)) if !a.meta.archived => Some(Bar {
                id: a.meta.id,
                from: a
                    .valid_from
                    .or(a.signed_on)
                    .unwrap_or_else(|| a.meta.created.date_naive()),
                until: a.valid_until,
                status: effective_status(a, today),
            }),
            _ => None,
        })
        .collect();
    out.sort_by_key(|b| (b.from, b.id));
    out
}

/// The months shown: `count` months ending a year after today, or starting
/// with the earliest bar if that is later.
pub fn months(today: NaiveDate, count: u32) -> Vec<NaiveDate> {
    let this_month = today.with_day(1).unwrap_or(today);
    let first = this_month
        .checked_sub_months(Months::new(count.saturating_sub(12)))
        .unwrap_or(this_month);
    (0..count)
        .filter_map(|i| first.checked_add_months(Months::new(i)))
        .collect()
}

/// Whether a bar covers any day of the month starting at `month`.
pub fn covers(bar: &Bar, month: NaiveDate) -> bool {
    let next = month.checked_add_months(Months::new(1)).unwrap_or(month);
    bar.from < next && bar.until.is_none_or(|u| u >= month)
}

/// The actions a timeline answers: it is read, like a history.
pub const KEYS: crate::screens::kit::Keys = crate::screens::kit::Keys {
    hints: &[
        crate::vocab::Action::Back,
        crate::vocab::Action::MoveDown,
        crate::vocab::Action::PageDown,
    ],
    more: &[],
    groups: &[crate::screens::kit::Group::Moves],
};
