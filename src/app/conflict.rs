//! A record changed elsewhere (another session, an import) while it was open
//! in a form. The store refuses the save; then the fields only one side
//! changed merge by themselves and the record is saved again, and where both
//! sides changed the same field the user sees the value before, theirs and
//! their own, and picks one per field (or takes theirs everywhere). Nothing
//! is ever saved over the other change unseen.

use super::msg::Effect;
use super::state::Notice;
use super::state::{AppState, View};
use crate::domain::{FieldDef, FieldValue, Id, Kind, Record};
use crate::screens::form::Form;
use crate::screens::merge::{Merge, MergeField, Side};
use crate::vocab::Action;

/// The fields the form changed (against what it opened with), with their
/// value then and now.
fn edited(form: &Form) -> impl Iterator<Item = (&'static FieldDef, &FieldValue, &FieldValue)> {
    form.kind
        .fields()
        .iter()
        .zip(&form.initial)
        .zip(&form.values)
        .map(|((def, original), mine)| (def, original, mine))
        .filter(|(_, original, mine)| original != mine)
}

/// A form on `stored` with the fields `form` edited carried over, and the
/// `keep_theirs` fields left as stored.
fn merged(stored: &Record, form: &Form, keep_theirs: &[&str]) -> Form {
    let mut fresh = Form::edit(stored);
    for (def, _, mine) in edited(form) {
        if !keep_theirs.contains(&def.id) {
            fresh.set(def.id, mine.clone());
        }
    }
    fresh.then = form.then;
    fresh.focus_field(form.focus);
    fresh
}

/// Saves the form on top of the stack as Ctrl-S would.
fn save(state: &mut AppState) -> Vec<Effect> {
    super::forms::save_form(state)
}

/// After a save was refused as changed elsewhere: merges what does not
/// overlap and saves, or asks about the fields both sides changed.
pub(super) fn on_save_conflict(state: &mut AppState, kind: Kind, id: Id) -> Vec<Effect> {
    let Some(View::Form(form)) = state.stack.last_mut() else {
        return Vec::new();
    };
    form.saving = false;
    let Some(stored) = state.data.get(kind, id).cloned() else {
        // Deleted elsewhere: nothing to merge with; the form keeps the edits.
        state.error(Notice::GoneElsewhere(kind));
        return Vec::new();
    };
    let fields: Vec<MergeField> = edited(form)
        .filter_map(|(def, original, mine)| {
            let theirs = crate::screens::form::editable(def.kind, stored.value(def.id));
            (theirs != *original && theirs != *mine).then(|| MergeField {
                field: def,
                original: original.clone(),
                theirs,
                mine: mine.clone(),
                keep: Side::Mine,
            })
        })
        .collect();
    if fields.is_empty() {
        // Each field changed on one side only: both changes stand.
        *form = merged(&stored, form, &[]);
        return save(state);
    }
    state.error(Notice::ChangedElsewhere(state.data.name(kind, id)));
    state.stack.push(View::Merge(Merge {
        kind,
        id,
        fields,
        selected: 0,
    }));
    Vec::new()
}

/// Saves the merged form, or reloads the record as stored elsewhere into
/// it, once the user has chosen on the merge screen (the top of the stack).
pub(super) fn finish(state: &mut AppState, action: Action) -> Vec<Effect> {
    let Some(View::Merge(merge)) = state.stack.pop() else {
        return Vec::new();
    };
    let Some(stored) = state.data.get(merge.kind, merge.id).cloned() else {
        state.error(Notice::GoneElsewhere(merge.kind));
        return Vec::new();
    };
    let Some(View::Form(form)) = state.stack.last_mut() else {
        return Vec::new();
    };
    if action == Action::MergeReload {
        *form = Form::edit(&stored);
        state.info(Notice::Reloaded);
        return Vec::new();
    }
    let theirs: Vec<&str> = merge
        .fields
        .iter()
        .filter(|f| f.keep == Side::Theirs)
        .map(|f| f.field.id)
        .collect();
    *form = merged(&stored, form, &theirs);
    save(state)
}
