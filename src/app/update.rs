//! The single update step: state and message in, state changed and effects out.
//! No I/O happens here; the driver runs the effects and sends back their results.

use super::lists;
use super::msg::{Effect, Msg, ReadFor};
use super::state::{AppState, Confirm, Question, View};
use super::state::{Asks, Notice};
use crate::domain::{Id, Kind, Record};
use crate::screens::form::Form;
use crate::vocab::Action;
use crate::vocab::Mode;

/// Applies one message to the state and returns the work to do, within
/// what the session's access allows.
pub fn update(state: &mut AppState, msg: Msg) -> Vec<Effect> {
    // What the status line said was about the last key: the next one
    // clears it, so it does not linger over another screen.
    if matches!(msg, Msg::Action(_) | Msg::Text(_) | Msg::Paste(_)) {
        state.status = Default::default();
    }
    if let Msg::Action(action) = msg
        && super::access::refuse_action(state, action)
    {
        return Vec::new();
    }
    let effects = step(state, msg);
    super::access::screen(state, effects)
}

/// One message, whoever the user is.
fn step(state: &mut AppState, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Action(action) => on_action(state, action),
        Msg::Text(c) => lists::on_text(state, &c.to_string()),
        Msg::Paste(text) => lists::on_text(state, &text),
        Msg::Resize(width, height) => {
            state.width = width;
            state.height = height;
            let page = state.page();
            state.lists.values_mut().for_each(|l| l.clamp(page));
            Vec::new()
        }
        Msg::Saved(record) => on_saved(state, record),
        Msg::Deleted(kind, id) => {
            let name = state.data.name(kind, id);
            state.data.remove(kind, id);
            state
                .stack
                .retain(|v| !matches!(v, View::Detail(d) if d.kind == kind && d.id == id));
            after_data_change(state);
            state.info(Notice::Deleted(kind, name));
            Vec::new()
        }
        Msg::ErasePlan(plan) => {
            state
                .stack
                .push(View::Erase(Box::new(crate::screens::erase::Erase::new(
                    *plan,
                ))));
            Vec::new()
        }
        Msg::Erased(id, name) => {
            state.data.remove(Kind::Person, id);
            state.stack.retain(|v| {
                !matches!(v, View::Erase(_))
                    && !matches!(v, View::Detail(d) if d.kind == Kind::Person && d.id == id)
            });
            after_data_change(state);
            state.info(Notice::Erased(name));
            Vec::new()
        }
        Msg::History(kind, id, mut entries) => {
            entries.reverse();
            // The history shown, read again after a revert, stays where it is.
            if let Some(View::History(h)) = state.stack.last_mut()
                && (h.kind, h.id) == (kind, id)
            {
                h.replace(entries);
                return Vec::new();
            }
            state
                .stack
                .push(View::History(crate::screens::history::History::new(
                    kind, id, entries,
                )));
            Vec::new()
        }
        Msg::TurnedBack(notice, gone) => {
            for (kind, id) in gone {
                state.data.remove(kind, id);
                state
                    .stack
                    .retain(|v| !matches!(v, View::Detail(d) if d.kind == kind && d.id == id));
            }
            after_data_change(state);
            state.info(notice);
            // A history on top shows the change just written.
            match state.stack.last() {
                Some(View::History(h)) => vec![Effect::LoadHistory(h.kind, h.id)],
                _ => Vec::new(),
            }
        }
        Msg::Exported { path, count, cut } => {
            state.info(Notice::Exported(count, path, cut));
            Vec::new()
        }
        Msg::Seeded {
            created,
            skipped,
            records,
        } => {
            records.into_iter().for_each(|r| state.data.upsert(r));
            after_data_change(state);
            state.info(Notice::Seeded(created, skipped));
            Vec::new()
        }
        Msg::Imported { summary, records } => {
            records.into_iter().for_each(|r| state.data.upsert(r));
            after_data_change(state);
            state.info(Notice::Imported(summary));
            Vec::new()
        }
        Msg::Written(what, path) => {
            state.info(match what {
                super::msg::WrittenFile::Report => Notice::ReportWritten(path),
                super::msg::WrittenFile::CoverageMap => Notice::CoverageWritten(path),
            });
            Vec::new()
        }
        Msg::SaveConflict(kind, id) => super::conflict::on_save_conflict(state, kind, id),
        Msg::ReadFull(record, purpose) => {
            open_read(state, record, purpose);
            Vec::new()
        }
        Msg::FullRecords(records) => {
            for view in &mut state.stack {
                if let View::Detail(d) = view
                    && let Some(r) = records
                        .iter()
                        .find(|r| (r.kind(), r.id()) == (d.kind, d.id))
                {
                    d.full = Some(Box::new(r.clone()));
                }
            }
            Vec::new()
        }
        Msg::SheetRead(..) | Msg::SheetImported(_) | Msg::SheetStale(_) => {
            super::import::on_msg(state, msg)
        }
        Msg::EffectFailed(notice) => {
            if let Some(form) = state.form_mut() {
                form.saving = false;
            }
            super::import::failed(state);
            state.error(notice);
            Vec::new()
        }
    }
}

/// Recomputes lists and open details after records changed.
fn after_data_change(state: &mut AppState) {
    state.refresh_all();
}

fn on_saved(state: &mut AppState, record: Record) -> Vec<Effect> {
    let (kind, id) = (record.kind(), record.id());
    let was_archived = state.data.get(kind, id).map(|r| r.meta().archived);
    let archived = record.meta().archived;
    if let Some(View::Form(f)) = state.stack.last()
        && f.saving
    {
        state.stack.pop();
    }
    state.data.upsert(record);
    after_data_change(state);
    let page = state.page();
    if let Some(list) = state.lists.get_mut(&kind) {
        list.select_id(id, page);
    }
    let name = state.data.name(kind, id);
    match was_archived {
        Some(before) if before != archived => state.info(Notice::Archived(kind, name, archived)),
        _ => state.info(Notice::Saved(kind, name)),
    }
    // Editing one occurrence (or this and the following ones) of a series
    // saved the series with it, in the same operation (`series_edit`).
    Vec::new()
}

fn on_action(state: &mut AppState, action: Action) -> Vec<Effect> {
    // Undo and redo are the session's, wherever they are bound (lists,
    // details, the calendar, a history; never a form, where `u` is text).
    match action {
        Action::Undo => return vec![Effect::Undo],
        Action::Redo => return vec![Effect::Redo],
        _ => {}
    }
    match state.mode() {
        Mode::Normal => lists::on_lists(state, action),
        Mode::Detail => super::screen::on_screen(state, action).unwrap_or_default(),
        Mode::Filter => lists::on_filter(state, action),
        Mode::Form => super::screen::on_screen(state, action).unwrap_or_default(),
        Mode::Picker => super::screen::on_screen(state, action).unwrap_or_default(),
        Mode::Confirm => super::screen::on_screen(state, action).unwrap_or_default(),
        Mode::Help | Mode::History | Mode::Timeline => {
            super::screen::on_screen(state, action).unwrap_or_default()
        }
        Mode::Calendar => super::screen::on_screen(state, action).unwrap_or_default(),
        Mode::Coverage => super::screen::on_screen(state, action).unwrap_or_default(),
        Mode::Dashboard => super::screen::on_screen(state, action).unwrap_or_default(),
        Mode::Figures => super::screen::on_screen(state, action).unwrap_or_default(),
        Mode::Merge => super::screen::on_screen(state, action).unwrap_or_default(),
        Mode::Import | Mode::Erase => super::screen::on_screen(state, action).unwrap_or_default(),
    }
}

/// An action on `target` (edit, delete, archive, history, renew, timeline),
/// from the list or a detail; None when `action` is none of those.
pub(super) fn on_record_of(
    state: &mut AppState,
    action: Action,
    target: Option<(Kind, Id)>,
) -> Option<Vec<Effect>> {
    let needs_record = matches!(
        action,
        Action::RecordEdit
            | Action::RecordDelete
            | Action::RecordArchive
            | Action::HistoryShow
            | Action::PersonErase
            | Action::RecordRenew
            | Action::TimelineShow
    );
    if !needs_record {
        return None;
    }
    let Some((kind, id)) = target else {
        state.error(Notice::NothingSelected);
        return Some(Vec::new());
    };
    let Some(record) = state.data.get(kind, id).cloned() else {
        state.error(Notice::NothingSelected);
        return Some(Vec::new());
    };
    let purpose = match action {
        Action::RecordEdit => Some(ReadFor::Edit),
        Action::RecordRenew => Some(ReadFor::Renew),
        _ => None,
    };
    if let Some(purpose) = purpose {
        return Some(open_form(state, record, purpose));
    }
    Some(match action {
        Action::RecordDelete => ask_delete(state, kind, id),
        Action::TimelineShow => {
            let of = match &record {
                Record::Facility(_) => Some(crate::screens::timeline::TimelineOf::Facility(id)),
                Record::Organisation(_) => {
                    Some(crate::screens::timeline::TimelineOf::Organisation(id))
                }
                // From an agreement, the timeline of its NGO, where it sits
                // among the ones before and after it.
                Record::Agreement(a) => Some(crate::screens::timeline::TimelineOf::Organisation(
                    a.organisation,
                )),
                _ => None,
            };
            match of {
                Some(of) => state
                    .stack
                    .push(View::Timeline(crate::screens::timeline::Timeline {
                        of,
                        scroll: 0,
                    })),
                None => state.error(Notice::TimelineOnlyFor),
            }
            Vec::new()
        }
        Action::PersonErase if kind == Kind::Person => vec![Effect::ErasePlan(id)],
        Action::PersonErase => {
            state.error(Notice::EraseIsForPeople);
            Vec::new()
        }
        Action::RecordArchive => {
            let mut record = record;
            record.meta_mut().archived = !record.meta().archived;
            vec![Effect::Save(record)]
        }
        _ => vec![Effect::LoadHistory(kind, id)],
    })
}

/// Opens the form `purpose` names for `record`, or asks for it whole first.
pub(super) fn open_form(state: &mut AppState, record: Record, purpose: ReadFor) -> Vec<Effect> {
    // A form starts from every field as stored: read the record whole
    // first when the data holds it without its long text.
    let (kind, id) = (record.kind(), record.id());
    if state.data.lacks_long_text(kind, id) {
        return vec![Effect::ReadFull(kind, id, purpose)];
    }
    open_read(state, record, purpose);
    Vec::new()
}

/// Opens the form a whole record was read for.
fn open_read(state: &mut AppState, record: Record, purpose: ReadFor) {
    match (purpose, record) {
        (ReadFor::Edit, record) => state.stack.push(View::Form(Form::edit(&record))),
        (ReadFor::Renew, Record::Agreement(old)) => {
            let new = crate::domain::lifecycle::renewal(&old, state.now.and_utc());
            state.stack.push(View::Form(Form::prefilled(&new.into())));
        }
        (ReadFor::Renew, _) => state.error(Notice::RenewIsForAgreements),
        (ReadFor::EditOccurrence(original, scope), Record::Meeting(series)) => {
            super::series_edit::open(state, &series, original, scope);
        }
        (ReadFor::EditOccurrence(..), _) => {}
    }
}

fn ask_delete(state: &mut AppState, kind: Kind, id: Id) -> Vec<Effect> {
    let name = state.data.name(kind, id);
    // In tab order, so the records that matter most name themselves first:
    // a facility whose liaison the person is before their meetings.
    let mut referrers: Vec<(Kind, Id)> = state.data.referrers_of(kind, id).collect();
    referrers.sort_unstable();
    let text = if referrers.is_empty() {
        Confirm {
            question: Question::Delete(kind, id),
            asks: Asks::Delete(kind, name),
        }
    } else {
        let shown: Vec<(Kind, String)> = referrers
            .iter()
            .take(3)
            .map(|(k, i)| (*k, state.data.name(*k, *i)))
            .collect();
        let more = referrers.len().saturating_sub(shown.len());
        Confirm {
            question: Question::ArchiveInstead(kind, id),
            asks: Asks::ArchiveInstead {
                kind,
                name,
                referrers: shown,
                more,
            },
        }
    };
    state.stack.push(View::Confirm(text));
    Vec::new()
}

/// An action a screen handed over because it needs the whole state.
pub(super) fn on_handed_over(state: &mut AppState, action: Action) -> Vec<Effect> {
    match (state.mode(), action) {
        (Mode::Merge, Action::RecordSave | Action::MergeReload) => {
            super::conflict::finish(state, action)
        }
        (Mode::Picker, Action::PickerConfirm) => super::forms::finish_pick(state),
        (Mode::Form, Action::PickerOpen) => super::forms::open_form_picker(state),
        (Mode::Form, Action::RecordSave) => super::forms::save_form(state),
        _ => Vec::new(),
    }
}

/// Does what a question asked, once the user said yes (the question is
/// already closed).
pub(super) fn answer(state: &mut AppState, question: Question) -> Vec<Effect> {
    match question {
        Question::Seed => vec![Effect::Seed],
        Question::Discard => {
            state.stack.pop();
            Vec::new()
        }
        Question::Delete(kind, id) => vec![Effect::Delete(kind, id)],
        Question::SaveDespiteClash(record) | Question::SaveDespiteIco(record) => {
            let (mut then, mut link_to) = (None, None);
            if let Some(View::Form(form)) = state.stack.last_mut() {
                form.saving = true;
                (then, link_to) = (form.then, form.link_to);
            }
            let effect = match link_to {
                Some(request) if record.id() == 0 => Effect::SaveLinked(*record, request),
                _ => super::series_edit::save_effect(&state.data, then, *record),
            };
            state.info(Notice::Saving);
            vec![effect]
        }
        Question::CancelOccurrence(id, original) => {
            match state.data.get(Kind::Meeting, id).cloned() {
                Some(Record::Meeting(meeting)) => {
                    vec![Effect::Save(
                        crate::screens::calendar::cancelled(meeting, original).into(),
                    )]
                }
                _ => Vec::new(),
            }
        }
        Question::ArchiveInstead(kind, id) => match state.data.get(kind, id).cloned() {
            Some(mut record) => {
                record.meta_mut().archived = true;
                vec![Effect::Save(record)]
            }
            None => Vec::new(),
        },
    }
}

impl AppState {
    /// Asks whether to load the reference facilities (first start on an empty database).
    pub fn offer_seed(&mut self, facilities: usize) {
        self.stack.push(View::Confirm(Confirm {
            question: Question::Seed,
            asks: Asks::Seed(facilities),
        }));
    }
}
