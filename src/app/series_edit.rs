//! Editing one occurrence of a repeating meeting: "this one", "this and
//! following", or "the whole series".
//!
//! "This one" opens a form on the occurrence as a meeting of its own;
//! saving it stores what it holds as the occurrence's override in the series
//! (its time and details, an iCalendar RECURRENCE-ID), so the series stays
//! one record. "This and following" opens a form for a new series; saving it
//! also ends the old one the day before, both in one store operation, so the
//! split is never stored half-done.

use super::msg::Effect;
use super::state::{AppState, View};
use crate::catalog;
use crate::domain::occurrences::{instance, occurrences};
use crate::domain::recurrence::{Details, Override, part, with_part};
use crate::domain::{Id, Kind, Meeting, Meta, Record};
use crate::screens::form::{Form, Then};
use crate::screens::picker::{PickOption, PickTarget, Picker};
pub use crate::vocab::Scope;
use chrono::{Days, NaiveDate, NaiveTime};

const SCOPES: [Scope; 3] = [Scope::ThisOne, Scope::ThisAndFollowing, Scope::WholeSeries];

/// Asks which occurrences to edit.
pub fn ask(state: &mut AppState, series: Id, original: NaiveDate) {
    let options = SCOPES
        .iter()
        .enumerate()
        .map(|(i, s)| PickOption::new(i as u64, catalog::scope(*s).to_string()))
        .collect();
    let label = catalog::phrase::edit_which();
    let picker = Picker::new(
        (None, label),
        PickTarget::EditScope(series, original),
        false,
        options,
        Vec::new(),
    );
    state.stack.push(View::Picker(picker));
}

/// Opens the form the chosen scope calls for.
pub fn open(state: &mut AppState, series: &Meeting, original: NaiveDate, scope_index: usize) {
    let Some(scope) = SCOPES.get(scope_index).copied() else {
        return;
    };
    let Some(occurrence) = occurrences(
        series,
        original.and_time(NaiveTime::MIN),
        (original + Days::new(1)).and_time(NaiveTime::MIN),
    )
    .into_iter()
    .find(|o| o.original == original)
    .or_else(|| crate::domain::occurrences::occurrence_on(series, original)) else {
        return;
    };
    let form = match scope {
        Scope::WholeSeries => Form::edit(&series.clone().into()),
        Scope::ThisOne => {
            let mut form = Form::edit(&instance(series, &occurrence).into());
            form.then = Some(Then::OnlyThis(series.meta.id, original));
            form
        }
        Scope::ThisAndFollowing => {
            let mut rest = fresh_copy(series, state);
            rest.start = occurrence.start;
            rest.end = occurrence.end;
            if let Some(r) = &mut rest.recurrence {
                if let Some(count) = part(&r.rule, "COUNT").and_then(|c| c.parse::<usize>().ok()) {
                    let before = occurrences(series, series.start, occurrence.start).len();
                    let left = count.saturating_sub(before).max(1).to_string();
                    r.rule = with_part(&r.rule, "COUNT", Some(&left));
                }
                r.cancelled.retain(|d| *d >= original);
                r.overrides.retain(|m| m.original >= original);
            }
            let mut form = Form::edit(&rest.into());
            form.then = Some(Then::EndBefore(series.meta.id, original));
            form
        }
    };
    state.stack.push(View::Form(form));
}

/// A copy to be saved as a new meeting.
fn fresh_copy(series: &Meeting, state: &AppState) -> Meeting {
    let mut copy = series.clone();
    copy.meta = Meta::new(state.now.and_utc());
    copy.uid = String::new();
    copy
}

/// The series changed as `then` says, given the form's meeting `edited`.
pub fn apply(then: Then, mut series: Meeting, edited: &Meeting) -> Meeting {
    match then {
        Then::OnlyThis(_, date) => {
            // The form's version of the series is what it was opened on, so
            // that a change made elsewhere since is caught on save.
            series.meta = edited.meta.clone();
            if let Some(r) = &mut series.recurrence {
                r.set_override(Override {
                    details: Some(Box::new(Details::of(edited))),
                    ..Override::moved(date, edited.start, edited.end)
                });
            }
            series
        }
        Then::EndBefore(_, date) => {
            if let Some(r) = &mut series.recurrence {
                let last = date.pred_opt().unwrap_or(date);
                r.rule = with_part(
                    &with_part(&r.rule, "COUNT", None),
                    "UNTIL",
                    Some(&last.format("%Y%m%d").to_string()),
                );
                r.cancelled.retain(|d| *d < date);
                r.overrides.retain(|m| m.original < date);
            }
            series
        }
    }
}

/// The effect that saves a form's record: one occurrence into its series,
/// or a new series with the one it splits, as one operation.
pub fn save_effect(data: &crate::model::Data, then: Option<Then>, record: Record) -> Effect {
    let (Some(then), Record::Meeting(edited)) = (then, &record) else {
        return Effect::Save(record);
    };
    let Some(Record::Meeting(series)) = data.get(Kind::Meeting, series_of(then)) else {
        return Effect::Save(record);
    };
    let series = apply(then, series.clone(), edited);
    match then {
        Then::OnlyThis(..) => Effect::Save(series.into()),
        Then::EndBefore(..) => Effect::SaveSeveral(vec![record, series.into()]),
    }
}

/// The series a `then` concerns.
pub fn series_of(then: Then) -> Id {
    match then {
        Then::OnlyThis(id, _) | Then::EndBefore(id, _) => id,
    }
}
