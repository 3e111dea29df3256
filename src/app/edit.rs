//! Typing: the filter line, form fields and picker search.

use super::msg::Effect;
use super::state::{AppState, Confirm, Question, View};
use super::tabs;
use crate::catalog::{self, question, status};
use crate::domain::recurrence::Preset;
use crate::domain::{FieldKind, FieldValue, Kind, Record};
use crate::screens::picker::{PickOption, PickTarget, Picker};
use crate::vocab::Action;

/// Typed or pasted text goes to whatever text the top view edits.
pub fn on_text(state: &mut AppState, text: &str) -> Vec<Effect> {
    if let Some(effects) = super::screen::on_text(state, text) {
        return effects;
    }
    match state.stack.last_mut() {
        Some(View::Filter { .. }) => {
            state.list_mut().filter.insert(text);
            state.refresh_current();
        }
        Some(View::Form(form)) => {
            let typed = form.edit_text(None, Some(text));
            if !typed {
                state.info(status::CHOOSE_FROM_LIST);
            }
        }
        _ => {}
    }
    Vec::new()
}

/// Keys while typing a filter (or a date to go to in the calendar).
pub fn on_filter(state: &mut AppState, action: Action) -> Vec<Effect> {
    if let Some(effects) = super::screen::on_screen(state, action) {
        return effects;
    }
    match action {
        Action::FilterApply => {
            state.stack.pop();
        }
        Action::FilterCancel => {
            if let Some(View::Filter { before }) = state.stack.pop() {
                state.list_mut().filter = crate::screens::kit::text_input::TextInput::new(&before);
                state.refresh_current();
            }
        }
        _ if tabs::on_list_move(state, action) => {}
        _ => {
            if state.list_mut().filter.edit(action) {
                state.refresh_current();
            }
        }
    }
    Vec::new()
}

/// Keys in a form.
pub fn on_form(state: &mut AppState, action: Action) -> Vec<Effect> {
    let today = state.now.date();
    let data = &state.data;
    let Some(View::Form(form)) = state.stack.last_mut() else {
        return Vec::new();
    };
    let Some(def) = form.focused() else {
        return Vec::new();
    };
    let field_kind = def.kind;
    let last = form.kind.fields().len() - 1;
    match action {
        Action::FieldNext | Action::MoveDown => form.focus_field((form.focus + 1).min(last)),
        Action::FieldPrev | Action::MoveUp => form.focus_field(form.focus.saturating_sub(1)),
        Action::MoveTop => form.focus_field(0),
        Action::MoveBottom => form.focus_field(last),
        Action::ChoiceNext | Action::ChoicePrev | Action::CursorRight | Action::CursorLeft
            if matches!(field_kind, FieldKind::Choice(_)) =>
        {
            let FieldKind::Choice(set) = field_kind else {
                return Vec::new();
            };
            let forward = matches!(action, Action::ChoiceNext | Action::CursorRight);
            let current = match form.value(def.id) {
                Some(FieldValue::Choice(c)) => *c,
                _ => None,
            };
            let options = form.choices(def.id, set);
            let len = options.len().max(1);
            let at = current.and_then(|c| options.iter().position(|o| *o == c));
            let next = match (at, forward) {
                (None, true) => 0,
                (None, false) => len - 1,
                (Some(i), true) => (i + 1) % len,
                (Some(i), false) => (i + len - 1) % len,
            };
            if let Some(next) = options.get(next) {
                form.set(def.id, FieldValue::Choice(Some(*next)));
            }
        }
        Action::PickerOpen if field_kind == FieldKind::Rule => {
            // Presets for the usual rules; the text stays editable for others.
            let options = Preset::ALL
                .iter()
                .enumerate()
                .map(|(i, p)| PickOption::new(i as u64, catalog::preset(*p).to_string()))
                .collect();
            let label = catalog::field_label(def.id);
            let picker = Picker::new(
                (Some(def.id), label),
                PickTarget::RulePreset,
                false,
                options,
                Vec::new(),
            );
            state.stack.push(View::Picker(picker));
        }
        Action::PickerOpen => {
            if field_kind.is_typed() {
                form.focus_field((form.focus + 1).min(last));
            } else {
                let label = catalog::field_label(def.id);
                let picker = open_picker(data, form, (def.id, label), field_kind);
                if picker.options.is_empty() {
                    state.error(status::NOTHING_TO_CHOOSE);
                } else {
                    state.stack.push(View::Picker(picker));
                }
            }
        }
        Action::FieldClear => {
            form.set(def.id, def.empty_value());
            form.cursor = 0;
        }
        Action::RecordSave => {
            if form.saving {
                return Vec::new();
            }
            match form.build(today) {
                Some(record) => {
                    let clashes = match &record {
                        Record::Meeting(m) => {
                            super::clash::clashes_of(data, m, state.travel_gap_minutes, form.then)
                        }
                        _ => Vec::new(),
                    };
                    if !clashes.is_empty() {
                        let text = super::clash::describe(data, &clashes);
                        let question = Question::SaveDespiteClash(Box::new(record));
                        state.stack.push(View::Confirm(Confirm { question, text }));
                        return Vec::new();
                    }
                    form.saving = true;
                    let effect = super::series_edit::save_effect(data, form.then, record);
                    state.info(catalog::phrase::SAVING);
                    return vec![effect];
                }
                None => {
                    let count = form.errors.len();
                    state.error(status::form_invalid(count));
                }
            }
        }
        Action::FormCancel | Action::Back => {
            if form.is_dirty() {
                let confirm = Confirm {
                    question: Question::Discard,
                    text: question::DISCARD.to_string(),
                };
                state.stack.push(View::Confirm(confirm));
            } else {
                state.stack.pop();
            }
        }
        Action::HelpToggle => state.stack.push(View::Help(Default::default())),
        _ => {
            form.edit_text(Some(action), None);
        }
    }
    Vec::new()
}

/// A picker for a form field, with its current value chosen.
fn open_picker(
    data: &crate::model::Data,
    form: &crate::screens::form::Form,
    (id, label): (&'static str, &'static str),
    kind: FieldKind,
) -> Picker {
    let chosen: Vec<u64> = match form.value(id) {
        Some(FieldValue::Choice(c)) => c.iter().map(|i| *i as u64).collect(),
        Some(FieldValue::Multi(v)) => v.iter().map(|i| *i as u64).collect(),
        Some(FieldValue::Ref(r)) => r.iter().copied().collect(),
        Some(FieldValue::Refs(v)) => v.clone(),
        Some(FieldValue::Text(_)) | None => Vec::new(),
    };
    let (target, multi) = match kind {
        FieldKind::Choice(set) => (PickTarget::Choice(set), false),
        FieldKind::Multi(set) => (PickTarget::Choice(set), true),
        FieldKind::Ref(k) => (PickTarget::Record(k), false),
        FieldKind::Refs(k) => (PickTarget::Record(k), true),
        _ => (PickTarget::Record(Kind::Facility), false),
    };
    let options = match target {
        PickTarget::Screen(_) | PickTarget::EditScope(..) | PickTarget::RulePreset => Vec::new(),
        PickTarget::Choice(set) => form
            .choices(id, set)
            .into_iter()
            .map(|i| PickOption::new(i as u64, catalog::choice_label(set, i).to_string()))
            .collect(),
        PickTarget::Record(k) => {
            let mut options: Vec<PickOption> = data
                .all(k)
                .filter(|r| !r.meta().archived || chosen.contains(&r.id()))
                .map(|r| PickOption::new(r.id(), record_label(data, r)))
                .collect();
            options.sort_by_cached_key(|o| crate::domain::text::fold(&o.label));
            options
        }
    };
    Picker::new((Some(id), label), target, multi, options, chosen)
}

/// How a record reads in a picker: its name, and for meetings their start.
fn record_label(data: &crate::model::Data, record: &Record) -> String {
    match record {
        Record::Meeting(m) => format!(
            "{} {}",
            crate::domain::field::format_date_time(m.start),
            m.title
        ),
        r => data.name(r.kind(), r.id()),
    }
}

/// Gives a picker's choice to whoever opened it (the form under it, a
/// screen's question, the scope of a series edit), once confirmed.
pub(super) fn finish_pick(state: &mut AppState) -> Vec<Effect> {
    let Some(View::Picker(picker)) = state.stack.last() else {
        return Vec::new();
    };
    let (field, target, value) = (picker.field, picker.target, picker.value());
    if let (PickTarget::Screen(purpose), FieldValue::Choice(picked)) = (target, &value) {
        let picked = *picked;
        state.stack.pop();
        return match picked {
            Some(index) => super::screen::on_picked(state, purpose, index),
            None => Vec::new(),
        };
    }
    if let (PickTarget::RulePreset, FieldValue::Choice(Some(i))) = (target, &value) {
        let preset = Preset::ALL.get(*i).copied().unwrap_or(Preset::Once);
        state.stack.pop();
        if let (Some(View::Form(form)), Some(field)) = (state.stack.last_mut(), field) {
            let start = match form.value("start") {
                Some(FieldValue::Text(t)) => {
                    crate::domain::field::parse_date_time(t).map(|d| d.date())
                }
                _ => None,
            };
            let start = start.unwrap_or(state.now.date());
            form.set(field, FieldValue::Text(preset.rule(start)));
            form.focus_on(field);
        }
        return Vec::new();
    }
    if let (PickTarget::EditScope(series, original), FieldValue::Choice(Some(scope))) =
        (target, &value)
    {
        let scope = *scope;
        state.stack.pop();
        if state.data.lacks_long_text(Kind::Meeting, series) {
            let purpose = super::msg::ReadFor::EditOccurrence(original, scope);
            return vec![Effect::ReadFull(Kind::Meeting, series, purpose)];
        }
        if let Some(Record::Meeting(m)) = state.data.get(Kind::Meeting, series).cloned() {
            super::series_edit::open(state, &m, original, scope);
        }
        return Vec::new();
    }
    state.stack.pop();
    if let (Some(View::Form(form)), Some(field)) = (state.stack.last_mut(), field) {
        form.set(field, value);
    }
    Vec::new()
}
