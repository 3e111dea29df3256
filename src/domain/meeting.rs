//! A meeting: coordination meeting, programme session, visit or online call.

use super::choice::{ChoiceSet, MeetingKind, MeetingStatus};
use super::declare::declare;
use super::field::{Problem, Reader};
use super::prague;
use super::record::Entity;
use super::recurrence::Recurrence;
use super::series::Series;
use super::{Id, Kind, Meta};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// A meeting with its place, people, agenda and minutes. Times are local
/// (Europe/Prague) wall-clock times.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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
    /// How it repeats, if it does; boxed, since few meetings repeat and a
    /// box costs a meeting 8 bytes where the rule itself would take 72.
    pub recurrence: Option<Box<Recurrence>>,
    /// Anything else, including what an import could not map.
    pub notes: String,
}

impl Entity for Meeting {
    declare! {
        kind: Meeting, plural: "meetings", tab: "tab_meetings", title: title,
        fields: {
            title: required("title", Text),
            kind: required("kind", Choice(ChoiceSet::MeetingKind)) = MeetingKind::Coordination,
            facility: optional("facility", Ref(Kind::Facility)),
            start: required("start", DateTime),
            end: required("end", DateTime),
            place: optional("place", Text),
            organiser: optional("organiser", Ref(Kind::Person)),
            attendees: optional("attendees", Refs(Kind::Person)),
            agenda: optional("agenda", LongText),
            minutes: optional("minutes", LongText),
            status: required("status", Choice(ChoiceSet::MeetingStatus))
                = MeetingStatus::Planned,
            recurrence: optional("repeat", Rule),
            notes: optional("notes", LongText),
        },
        columns: [
            ("start", 18, 0), ("title", 26, 0), ("facility", 24, 1),
            ("status", 9, 2), ("kind", 14, 3),
        ],
    }

    fn check(&self, reader: &mut Reader<'_>) {
        // Only times really given are compared; a refused one is no time.
        let start = reader.ok("start").then_some(self.start);
        let end = reader.ok("end").then_some(self.end);
        reader.in_order(start, end, "end", Problem::EndBeforeStart);
        // Refused rather than silently shifted: the user should pick the time
        // the meeting really is. An ambiguous autumn time is fine; it is read
        // as the earlier of the two.
        for (id, at) in [("start", start), ("end", end)] {
            if at.is_some_and(|at| !prague::exists(at)) {
                reader.problem(id, Problem::NonexistentLocalTime);
            }
        }
        // Some rules parse but cannot start where this meeting does (an UNTIL
        // before the start); expansion would fail, so the form says so now.
        if let (Some(start), Some(recurrence)) = (start, &self.recurrence)
            && let Err(e) = Series::new(start, &recurrence.rule)
        {
            reader.problem("repeat", Problem::NotARule(e.to_string()));
        }
    }

    fn keep_from(&mut self, base: &Self) {
        self.uid = base.uid.clone();
        // Cancelled and overridden occurrences are keyed by date; they stay
        // with the series as long as it still repeats.
        if let (Some(new), Some(old)) = (&mut self.recurrence, &base.recurrence) {
            new.cancelled = old.cancelled.clone();
            new.overrides = old.overrides.clone();
        }
    }
}
