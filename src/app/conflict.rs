//! A record changed elsewhere while it was open in a form: the save is
//! refused, and the user is offered the form again on the stored record, with
//! their own edits on top, told which fields both sides changed. Nothing is
//! saved over the other change without the user seeing it.

use super::form::Form;
use super::state::{AppState, Confirm, Question, View};
use crate::catalog::{field_label, question, status};
use crate::domain::{Id, Kind};

/// Indexes of the fields the form changed (against what it opened with).
fn edited(form: &Form) -> Vec<usize> {
    (0..form.values.len())
        .filter(|i| form.values.get(*i) != form.initial.get(*i))
        .collect()
}

/// After a save was refused as changed elsewhere: asks whether to reopen.
pub(super) fn on_save_conflict(state: &mut AppState, kind: Kind, id: Id) {
    let Some(View::Form(form)) = state.stack.last_mut() else {
        return;
    };
    form.saving = false;
    let Some(stored) = state.data.get(kind, id) else {
        // Deleted elsewhere: nothing to reopen; the form keeps the edits.
        state.error(status::gone_elsewhere(kind));
        return;
    };
    let theirs = stored.values();
    let both: Vec<&str> = edited(form)
        .into_iter()
        .filter(|i| theirs.get(*i) != form.initial.get(*i) && theirs.get(*i) != form.values.get(*i))
        .filter_map(|i| kind.fields().get(i).map(|def| field_label(def.id)))
        .collect();
    let name = state.data.name(kind, id);
    let text = question::changed_elsewhere(kind, &name, &both);
    state.error(status::not_saved_changed_elsewhere(&name));
    state.stack.push(View::Confirm(Confirm {
        question: Question::ReopenChanged(kind, id),
        text,
    }));
}

/// Replaces the form with one on the stored record, carrying over every
/// field the user had edited.
pub(super) fn reopen(state: &mut AppState, kind: Kind, id: Id) {
    let Some(stored) = state.data.get(kind, id).cloned() else {
        return;
    };
    let Some(View::Form(form)) = state.stack.last_mut() else {
        return;
    };
    let mut fresh = Form::edit(&stored);
    for i in edited(form) {
        if let Some(value) = form.values.get(i) {
            fresh.set(i, value.clone());
        }
    }
    fresh.then = form.then;
    fresh.focus_field(form.focus);
    *form = fresh;
    state.info(status::REOPENED);
}
