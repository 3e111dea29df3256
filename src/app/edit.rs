//! Typing: the filter line, form fields and picker search.

use super::msg::Effect;
use super::picker::{PickOption, PickTarget, Picker};
use super::state::{AppState, Confirm, Question, View};
use super::tabs;
use crate::catalog::{self, question, status};
use crate::domain::recurrence::Preset;
use crate::domain::{FieldKind, FieldValue, Kind, Record};
use crate::vocab::Action;

/// Typed or pasted text goes to whatever text the top view edits.
pub fn on_text(state: &mut AppState, text: &str) -> Vec<Effect> {
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
        Some(View::Picker(picker)) => {
            picker.query.insert(text);
            picker.refresh();
        }
        Some(View::Prompt(prompt)) => prompt.input.insert(text),
        _ => {}
    }
    Vec::new()
}

/// Keys while typing a filter (or a date to go to in the calendar).
pub fn on_filter(state: &mut AppState, action: Action) -> Vec<Effect> {
    if let Some(View::Prompt(prompt)) = state.stack.last_mut() {
        match action {
            Action::FilterApply => {
                let (purpose, typed) = (prompt.purpose, prompt.input.text.clone());
                state.stack.pop();
                return super::prompt::on_prompt(state, purpose, &typed);
            }
            Action::FilterCancel | Action::Back => {
                state.stack.pop();
            }
            _ => {
                prompt.input.edit(action);
            }
        }
        return Vec::new();
    }
    match action {
        Action::FilterApply => {
            state.stack.pop();
        }
        Action::FilterCancel => {
            if let Some(View::Filter { before }) = state.stack.pop() {
                state.list_mut().filter = super::text_input::TextInput::new(&before);
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
    let fields = form.kind.fields();
    let field_kind = fields[form.focus].kind;
    let last = fields.len() - 1;
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
            let current = match &form.values[form.focus] {
                FieldValue::Choice(c) => *c,
                _ => None,
            };
            let options = form.choices(form.focus, set);
            let len = options.len().max(1);
            let at = current.and_then(|c| options.iter().position(|o| *o == c));
            let next = match (at, forward) {
                (None, true) => 0,
                (None, false) => len - 1,
                (Some(i), true) => (i + 1) % len,
                (Some(i), false) => (i + len - 1) % len,
            };
            let focus = form.focus;
            if let Some(next) = options.get(next) {
                form.set(focus, FieldValue::Choice(Some(*next)));
            }
        }
        Action::PickerOpen if field_kind == FieldKind::Rule => {
            // Presets for the usual rules; the text stays editable for others.
            let options = Preset::ALL
                .iter()
                .enumerate()
                .map(|(i, p)| PickOption::new(i as u64, catalog::preset(*p).to_string()))
                .collect();
            let label = catalog::field_label(fields[form.focus].id);
            let picker = Picker::new(
                (form.focus, label),
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
                let label = catalog::field_label(fields[form.focus].id);
                let picker = open_picker(data, form, (form.focus, label), field_kind);
                if picker.options.is_empty() {
                    state.error(status::NOTHING_TO_CHOOSE);
                } else {
                    state.stack.push(View::Picker(picker));
                }
            }
        }
        Action::FieldClear => {
            let focus = form.focus;
            let empty = fields[focus].empty_value();
            form.set(focus, empty);
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
                            super::clash::warnings_of(data, m, state.travel_gap_minutes, form.then)
                        }
                        _ => Default::default(),
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
    form: &super::form::Form,
    field: (usize, &'static str),
    kind: FieldKind,
) -> Picker {
    let value = &form.values[field.0];
    let chosen: Vec<u64> = match value {
        FieldValue::Choice(c) => c.iter().map(|i| *i as u64).collect(),
        FieldValue::Multi(v) => v.iter().map(|i| *i as u64).collect(),
        FieldValue::Ref(r) => r.iter().copied().collect(),
        FieldValue::Refs(v) => v.clone(),
        FieldValue::Text(_) => Vec::new(),
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
            .choices(field.0, set)
            .into_iter()
            .map(|i| PickOption::new(i as u64, catalog::choice_label(set, i).to_string()))
            .collect(),
        PickTarget::Record(k) => {
            let mut options: Vec<PickOption> = data
                .all(k)
                .filter(|r| !r.meta().archived || chosen.contains(&r.id()))
                .map(|r| PickOption::new(r.id(), record_label(data, r)))
                .collect();
            crate::domain::collate::sort_by_name(&mut options, |o| &o.label);
            options
        }
    };
    Picker::new(field, target, multi, options, chosen)
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

/// Keys in a picker.
pub fn on_picker(state: &mut AppState, action: Action) -> Vec<Effect> {
    let page = state.page().saturating_sub(4).max(1);
    let Some(View::Picker(picker)) = state.stack.last_mut() else {
        return Vec::new();
    };
    let last = picker.visible.len().saturating_sub(1);
    match action {
        Action::MoveUp => picker.selected = picker.selected.saturating_sub(1),
        Action::MoveDown => picker.selected = (picker.selected + 1).min(last),
        Action::PageUp => picker.selected = picker.selected.saturating_sub(page),
        Action::PageDown => picker.selected = (picker.selected + page).min(last),
        Action::MoveTop => picker.selected = 0,
        Action::MoveBottom => picker.selected = last,
        Action::PickerToggle if picker.multi => picker.toggle(),
        Action::PickerToggle | Action::PickerConfirm => {
            if picker.multi && picker.chosen.is_empty() {
                picker.toggle();
            }
            let (field, value) = (picker.field, picker.value());
            if let (PickTarget::Screen(purpose), FieldValue::Choice(picked)) =
                (picker.target, &value)
            {
                let picked = *picked;
                state.stack.pop();
                return match picked {
                    Some(index) => super::screen::on_picked(state, purpose, index),
                    None => Vec::new(),
                };
            }
            if let (PickTarget::RulePreset, FieldValue::Choice(Some(i))) = (picker.target, &value) {
                let preset = Preset::ALL.get(*i).copied().unwrap_or(Preset::Once);
                state.stack.pop();
                if let Some(View::Form(form)) = state.stack.last_mut() {
                    let start = match form.values.get(crate::domain::meeting::START) {
                        Some(FieldValue::Text(t)) => {
                            crate::domain::field::parse_date_time(t).map(|d| d.date())
                        }
                        _ => None,
                    };
                    let start = start.unwrap_or(state.now.date());
                    form.set(field, FieldValue::Text(preset.rule(start)));
                    form.focus_field(field);
                }
                return Vec::new();
            }
            if let (PickTarget::EditScope(series, original), FieldValue::Choice(Some(scope))) =
                (picker.target, &value)
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
            if let Some(View::Form(form)) = state.stack.last_mut() {
                form.set(field, value);
            }
        }
        Action::PickerCancel | Action::Back => {
            state.stack.pop();
        }
        _ => {
            if picker.query.edit(action) {
                picker.refresh();
            }
        }
    }
    Vec::new()
}
