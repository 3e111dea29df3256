//! What a form asks of the app, which it cannot do alone: the picker for a
//! field (built from the records), giving a picker's choice back to the
//! form, and the save (checks, a clash question, a series edit).

use super::msg::Effect;
use super::state::{AppState, Confirm, Question, View};
use super::state::{Asks, Notice};
use crate::catalog::{self};
use crate::domain::recurrence::Preset;
use crate::domain::{FieldKind, FieldValue, Kind, Record};
use crate::screens::form::Form;
use crate::screens::picker::{PickOption, PickTarget, Picker};
use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// Opens the picker for the form's focused field: the usual rules for a
/// repeat rule, else the field's options (records or a choice list).
pub(super) fn open_form_picker(state: &mut AppState) -> Vec<Effect> {
    let data = &state.data;
    let Some(View::Form(form)) = state.stack.last() else {
        return Vec::new();
    };
    let Some(def) = form.focused() else {
        return Vec::new();
    };
    let label = catalog::field_label(def.id);
    let picker = if def.kind == FieldKind::Rule {
        let options = Preset::ALL
            .iter()
            .enumerate()
            .map(|(i, p)| PickOption::new(i as u64, catalog::preset(*p).to_string()))
            .collect();
        let target = PickTarget::RulePreset;
        Picker::new((Some(def.id), label), target, false, options, Vec::new())
    } else {
        open_picker(data, form, (def.id, label), def.kind)
    };
    if picker.options.is_empty() {
        state.error(Notice::NothingToChoose);
    } else {
        state.stack.push(View::Picker(picker));
    }
    Vec::new()
}

/// When a meeting planned from the calendar on `day` starts: at the next
/// full hour when it is today (if the day has one left), else at nine.
pub(super) fn planned_start(day: NaiveDate, now: NaiveDateTime) -> NaiveDateTime {
    let nine = day.and_time(NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN));
    if day != now.date() {
        return nine;
    }
    let next = now
        .date()
        .and_hms_opt(now.hour(), 0, 0)
        .map(|h| h + Duration::hours(1));
    next.filter(|at| at.date() == day).unwrap_or(nine)
}

/// A meeting's end as a person gives it: nothing means the usual length
/// after the start, a time alone ("17:30") that time on the start's day.
/// Anything else is left for the form's checks.
fn complete_end(form: &mut Form, minutes: i64) {
    use crate::domain::field::parse_date_time;
    let text = |id| match form.value(id) {
        Some(FieldValue::Text(t)) => t.trim().to_string(),
        _ => String::new(),
    };
    let Some(start) = parse_date_time(&text("start")) else {
        return;
    };
    let end = text("end");
    let completed = if end.is_empty() {
        start + Duration::minutes(minutes)
    } else if let Ok(time) = NaiveTime::parse_from_str(&end, "%H:%M") {
        start.date().and_time(time)
    } else {
        return;
    };
    form.set(
        "end",
        FieldValue::Text(crate::catalog::date_time(completed)),
    );
}

/// Saves the form on top of the stack: checked, then asked about when the
/// meeting clashes with others, then saved (with its series, for one
/// occurrence of a series).
pub(super) fn save_form(state: &mut AppState) -> Vec<Effect> {
    let today = state.now.date();
    let minutes = state.meeting_minutes;
    let data = &state.data;
    let Some(View::Form(form)) = state.stack.last_mut() else {
        return Vec::new();
    };
    if form.saving {
        return Vec::new();
    }
    if form.kind == Kind::Meeting {
        complete_end(form, minutes);
    }
    let built = form.build(today).filter(|record| {
        // One occurrence takes its repeating from the series.
        let repeats = matches!(record, Record::Meeting(m) if m.recurrence.is_some());
        let one = matches!(form.then, Some(crate::screens::form::Then::OnlyThis(..)));
        if repeats && one {
            form.errors.push(crate::domain::FieldError {
                field: "repeat",
                problem: crate::domain::Problem::OccurrenceRepeats,
            });
        }
        !(repeats && one)
    });
    match built {
        Some(record) => {
            let clashes = match &record {
                Record::Meeting(m) => {
                    super::clash::warnings_of(data, m, state.travel_gap_minutes, form.then)
                }
                _ => Default::default(),
            };
            if !clashes.is_empty() {
                let asks = Asks::Clashes(super::clash::describe(data, &clashes));
                let question = Question::SaveDespiteClash(Box::new(record));
                state.stack.push(View::Confirm(Confirm { question, asks }));
                return Vec::new();
            }
            if let Some(asks) = same_ico(data, &record) {
                let question = Question::SaveDespiteIco(Box::new(record));
                state.stack.push(View::Confirm(Confirm { question, asks }));
                return Vec::new();
            }
            form.saving = true;
            let effect = match form.link_to {
                Some(request) if record.id() == 0 => Effect::SaveLinked(record, request),
                _ => super::series_edit::save_effect(data, form.then, record),
            };
            state.info(Notice::Saving);
            vec![effect]
        }
        None => {
            let count = form.errors.len();
            state.error(Notice::FormInvalid(count));
            Vec::new()
        }
    }
}

/// The question before an NGO is saved with an IČO another NGO (not
/// archived) already has; None when its IČO is its own, or unchanged since
/// it was stored (two NGOs sharing one are asked about once).
fn same_ico(data: &crate::model::Data, record: &Record) -> Option<Asks> {
    let Record::Organisation(ngo) = record else {
        return None;
    };
    let digits = |ico: &str| -> String { ico.chars().filter(char::is_ascii_digit).collect() };
    let ico = digits(&ngo.ico);
    if ico.is_empty() {
        return None;
    }
    let id = ngo.meta.id;
    if let Some(Record::Organisation(stored)) = data.get(Kind::Organisation, id)
        && id != 0
        && digits(&stored.ico) == ico
    {
        return None;
    }
    data.all(Kind::Organisation)
        .filter_map(|r| match r {
            Record::Organisation(other) => Some(other),
            _ => None,
        })
        .find(|other| other.meta.id != id && !other.meta.archived && digits(&other.ico) == ico)
        .map(|other| Asks::SameIco(other.name.clone(), ngo.ico.trim().to_string()))
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
            // People as in a phone book, by surname; the label keeps
            // their whole name with titles.
            let mut options: Vec<(String, PickOption)> = data
                .all(k)
                .filter(|r| !r.meta().archived || chosen.contains(&r.id()))
                .map(|r| {
                    let order = match r {
                        Record::Person(p) => p.sort_name(),
                        _ => String::new(),
                    };
                    (order, PickOption::new(r.id(), record_label(data, r)))
                })
                .collect();
            crate::domain::collate::sort_by_name(&mut options, |(order, o)| {
                if order.is_empty() { &o.label } else { order }
            });
            let mut options: Vec<PickOption> = options.into_iter().map(|(_, o)| o).collect();
            if form.kind == Kind::Facility && k == Kind::Person && form.meta.id != 0 {
                // A facility's coordinator is usually one of its own staff:
                // they come first, the rest after them (both by name).
                let staff = |o: &PickOption| match data.get(Kind::Person, o.value) {
                    Some(Record::Person(p)) => p.facility == Some(form.meta.id),
                    _ => false,
                };
                options.sort_by_key(|o| !staff(o));
            }
            options
        }
    };
    Picker::new((Some(id), label), target, multi, options, chosen)
}

/// How a record reads in a picker: its name, and for meetings their start.
fn record_label(data: &crate::model::Data, record: &Record) -> String {
    match record {
        Record::Meeting(m) => format!("{} {}", crate::catalog::date_time(m.start), m.title),
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
