//! Editing one occurrence of a repeating meeting: "this one", "this and
//! following", or "the whole series". The first two open a form for a new
//! meeting; saving it also changes the series to make room (the occurrence
//! skipped, or the series ended the day before), both in one store
//! operation, so the split is never stored half-done.

use super::msg::Effect;
use super::state::{AppState, View};
use crate::catalog;
use crate::domain::occurrences::occurrences;
use crate::domain::recurrence::{part, with_part};
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
            let mut one = fresh_copy(series, state);
            one.start = occurrence.start;
            one.end = occurrence.end;
            one.recurrence = None;
            let mut form = Form::edit(&one.into());
            form.then = Some(Then::SkipOccurrence(series.meta.id, original));
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
                r.moved.retain(|m| m.original >= original);
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

/// The series changed as `then` says.
pub fn apply(then: Then, mut series: Meeting) -> Meeting {
    match then {
        Then::SkipOccurrence(_, date) => crate::screens::calendar::cancelled(series, date),
        Then::EndBefore(_, date) => {
            if let Some(r) = &mut series.recurrence {
                let last = date.pred_opt().unwrap_or(date);
                r.rule = with_part(
                    &with_part(&r.rule, "COUNT", None),
                    "UNTIL",
                    Some(&last.format("%Y%m%d").to_string()),
                );
                r.cancelled.retain(|d| *d < date);
                r.moved.retain(|m| m.original < date);
            }
            series
        }
    }
}

/// The effect that saves a form's record: with the series it splits, when
/// it is a new part of one (`then`), as one operation.
pub fn save_effect(data: &crate::model::Data, then: Option<Then>, record: Record) -> Effect {
    let series = then.and_then(|t| match data.get(Kind::Meeting, series_of(t)) {
        Some(Record::Meeting(series)) => Some(apply(t, series.clone())),
        _ => None,
    });
    match series {
        Some(series) => Effect::SaveSeveral(vec![record, series.into()]),
        None => Effect::Save(record),
    }
}

/// The series a `then` concerns.
pub fn series_of(then: Then) -> Id {
    match then {
        Then::SkipOccurrence(id, _) | Then::EndBefore(id, _) => id,
    }
}
