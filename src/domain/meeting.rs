//! A meeting: coordination meeting, programme session, visit or online call.

use super::choice::{ChoiceSet, MeetingKind, MeetingStatus};
use super::field::format_date_time;
use super::field::{FieldDef, FieldError, FieldKind as F, FieldValue, Problem, Reader};
use super::prague;
use super::record::Entity;
use super::recurrence::Recurrence;
use super::series::Series;
use super::{Id, Kind, Meta};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// A meeting with its place, people, agenda and minutes. Times are local
/// (Europe/Prague) wall-clock times.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    /// Id, version, timestamps, archived flag.
    pub meta: Meta,
    /// Title.
    pub title: String,
    /// What kind of meeting.
    pub kind: MeetingKind,
    /// Where (or about which facility), if any.
    pub facility: Option<Id>,
    /// Start, local time.
    pub start: NaiveDateTime,
    /// End, local time; not before the start.
    pub end: NaiveDateTime,
    /// Room or online link.
    pub place: String,
    /// Who organises it.
    pub organiser: Option<Id>,
    /// Who attends.
    pub attendees: Vec<Id>,
    /// Agenda.
    pub agenda: String,
    /// Minutes, once held.
    pub minutes: String,
    /// Planned, held or cancelled.
    pub status: MeetingStatus,
    /// Stable iCalendar UID; empty for meetings made here (derived from the id).
    pub uid: String,
    /// How it repeats, if it does.
    pub recurrence: Option<Recurrence>,
    /// Anything else, including what an import could not map.
    pub notes: String,
}

/// Field positions used by validation and by views that sort by start.
pub const START: usize = 3;
/// Position of the end field.
pub const END: usize = 4;
/// Position of the repeat (RRULE) field.
pub const REPEAT: usize = 11;

impl Entity for Meeting {
    const KIND: Kind = Kind::Meeting;
    const FIELDS: &'static [FieldDef] = &[
        FieldDef::required("title", F::Text),
        FieldDef::required("kind", F::Choice(ChoiceSet::MeetingKind)),
        FieldDef::optional("facility", F::Ref(Kind::Facility)),
        FieldDef::required("start", F::DateTime),
        FieldDef::required("end", F::DateTime),
        FieldDef::optional("place", F::Text),
        FieldDef::optional("organiser", F::Ref(Kind::Person)),
        FieldDef::optional("attendees", F::Refs(Kind::Person)),
        FieldDef::optional("agenda", F::LongText),
        FieldDef::optional("minutes", F::LongText),
        FieldDef::required("status", F::Choice(ChoiceSet::MeetingStatus)),
        FieldDef::optional("repeat", F::Rule),
        FieldDef::optional("notes", F::LongText),
    ];

    fn meta(&self) -> &Meta {
        &self.meta
    }

    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }

    fn title(&self) -> &str {
        &self.title
    }

    fn value(&self, field: usize) -> FieldValue {
        match field {
            0 => FieldValue::Text(self.title.clone()),
            1 => FieldValue::Choice(Some(self.kind.index())),
            2 => FieldValue::Ref(self.facility),
            3 => FieldValue::Text(format_date_time(self.start)),
            4 => FieldValue::Text(format_date_time(self.end)),
            5 => FieldValue::Text(self.place.clone()),
            6 => FieldValue::Ref(self.organiser),
            7 => FieldValue::Refs(self.attendees.clone()),
            8 => FieldValue::Text(self.agenda.clone()),
            9 => FieldValue::Text(self.minutes.clone()),
            10 => FieldValue::Choice(Some(self.status.index())),
            REPEAT => FieldValue::Text(
                self.recurrence
                    .as_ref()
                    .map(|r| r.rule.clone())
                    .unwrap_or_default(),
            ),
            12 => FieldValue::Text(self.notes.clone()),
            _ => FieldValue::Text(String::new()),
        }
    }

    fn defaults() -> Vec<FieldValue> {
        let mut values: Vec<FieldValue> = Self::FIELDS.iter().map(FieldDef::empty_value).collect();
        values[1] = FieldValue::Choice(Some(MeetingKind::Coordination.index()));
        values[10] = FieldValue::Choice(Some(MeetingStatus::Planned.index()));
        values
    }

    fn from_values(meta: Meta, values: &[FieldValue]) -> Result<Self, Vec<FieldError>> {
        let mut r = Reader::new(Self::FIELDS, values);
        let title = r.text(0);
        let kind = r.choice(1).and_then(MeetingKind::from_index);
        let facility = r.reference(2);
        let start = r.date_time(START);
        let end = r.date_time(END);
        if let (Some(start), Some(end)) = (start, end)
            && end < start
        {
            r.problem(END, Problem::EndBeforeStart);
        }
        // Refused rather than silently shifted: the user should pick the time
        // the meeting really is. An ambiguous autumn time is fine; it is read
        // as the earlier of the two.
        for (field, at) in [(START, start), (END, end)] {
            if at.is_some_and(|at| !prague::exists(at)) {
                r.problem(field, Problem::NonexistentLocalTime);
            }
        }
        let rule = r.rule(REPEAT);
        // Some rules parse but cannot start where this meeting does (an UNTIL
        // before the start); expansion would fail, so the form says so now.
        if let (Some(start), Some(rule)) = (start, &rule)
            && let Err(e) = Series::new(start, rule)
        {
            r.problem(REPEAT, Problem::NotARule(e.to_string()));
        }
        let meeting = Meeting {
            meta,
            title,
            kind: kind.unwrap_or(MeetingKind::Coordination),
            facility,
            start: start.unwrap_or_default(),
            end: end.unwrap_or_default(),
            place: r.text(5),
            organiser: r.reference(6),
            attendees: r.references(7),
            agenda: r.text(8),
            minutes: r.text(9),
            status: r
                .choice(10)
                .and_then(MeetingStatus::from_index)
                .unwrap_or(MeetingStatus::Planned),
            uid: String::new(),
            recurrence: rule.map(|rule| Recurrence {
                rule,
                cancelled: Vec::new(),
                moved: Vec::new(),
            }),
            notes: r.text(12),
        };
        r.finish(meeting)
    }

    fn keep_from(&mut self, base: &Self) {
        self.uid = base.uid.clone();
        // Cancelled and moved occurrences are keyed by date; they stay with
        // the series as long as it still repeats.
        if let (Some(new), Some(old)) = (&mut self.recurrence, &base.recurrence) {
            new.cancelled = old.cancelled.clone();
            new.moved = old.moved.clone();
        }
    }

    fn references(&self) -> Vec<(Kind, Id)> {
        let facility = self.facility.map(|id| (Kind::Facility, id));
        let organiser = self.organiser.map(|id| (Kind::Person, id));
        let attendees = self.attendees.iter().map(|id| (Kind::Person, *id));
        facility
            .into_iter()
            .chain(organiser)
            .chain(attendees)
            .collect()
    }
}
