//! Importing a calendar file: every event is read and mapped before anything
//! is written, so a file with a mistake imports nothing; then the new and the
//! changed meetings are written as one store operation, so an import cut
//! short (killed, a full disk) leaves nothing of itself either.
//!
//! Text too long to store (an ATTACH kept in the notes, a huge DESCRIPTION)
//! is cut to the store's field limit with a note naming the event; an event
//! still too large to store is skipped with the reason.

use super::event::ImportedEvent;
use super::lookup::Lookup;
use super::map::{self, Draft};
use super::{IcalError, id_in_own_uid, parse_ics};
use crate::domain::conflict::{self, ClashReason};
use crate::domain::holidays::{self, Holiday};
use crate::domain::{Facility, Id, Meeting, MeetingStatus, Person, Record, Timestamp};
use crate::store::{Edit, OpKind, Store, codec, limits};
use chrono::NaiveDate;
use std::collections::HashMap;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Meetings created.
    pub created: usize,
    /// Meetings that were there (same UID) and changed.
    pub updated: usize,
    /// Meetings that were there and already as the file says.
    pub unchanged: usize,
    /// Events not imported: (summary, or UID when it has none; the reason).
    pub skipped: Vec<(String, String)>,
    /// Events imported with text cut: (summary or UID; what was cut).
    pub cut: Vec<(String, String)>,
    /// Meetings saved on public holidays, reported where a form would ask:
    /// (title; the holidays, a series' within a year, those its stored
    /// version already fell on left out).
    pub on_holidays: Vec<(String, Vec<(NaiveDate, Holiday)>)>,
    /// Meetings saved over others, reported where a form would ask: each
    /// clash with a meeting already stored (clashes among the file's own
    /// events are the file's calendar's business).
    pub clashes: Vec<ImportClash>,
}

/// An imported meeting that clashes with a stored one, by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportClash {
    /// The imported meeting's title.
    pub title: String,
    /// The stored meeting's title.
    pub other: String,
    /// When the stored meeting (that occurrence of it) starts.
    pub start: chrono::NaiveDateTime,
    /// Why they clash, names in place of ids.
    pub why: ClashWhy,
}

/// Why two meetings clash, with the names involved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClashWhy {
    /// This person is in both.
    SamePerson(String),
    /// Both are at this facility.
    SameFacility(String),
    /// This person has this many minutes to travel between facilities.
    Travel(String, i64),
}

/// Imports `text` (an iCalendar file) into `store` as `who` at `now`.
///
/// An event whose UID is a stored meeting's UID, or our own
/// `spojka-meeting-<id>@aoov.cz` of a meeting made here, updates that meeting;
/// importing the same file again changes nothing. A malformed file is an
/// error naming its line, and nothing is written.
pub fn import_ics(
    store: &Store,
    text: &str,
    who: &str,
    now: Timestamp,
) -> Result<ImportReport, IcalError> {
    import_ics_with_gap(store, text, who, now, 0)
}

/// [`import_ics`], reporting too a person left less than
/// `travel_gap_minutes` between two facilities (0: not checked).
pub fn import_ics_with_gap(
    store: &Store,
    text: &str,
    who: &str,
    now: Timestamp,
    travel_gap_minutes: i64,
) -> Result<ImportReport, IcalError> {
    let events = parse_ics(text)?;
    let facilities: Vec<Facility> = store.all().map_err(IcalError::Read)?;
    let people: Vec<Person> = store.all().map_err(IcalError::Read)?;
    let stored: Vec<Meeting> = store.all().map_err(IcalError::Read)?;
    let lookup = Lookup::new(&facilities, &people);
    let existing = Existing::new(&stored);
    let mut report = ImportReport::default();

    // Series and single events first, then the occurrences that refer to them.
    let mut drafts: Vec<(Draft, &ImportedEvent)> = Vec::new();
    let mut by_uid: HashMap<&str, usize> = HashMap::new();
    for event in events.iter().filter(|e| e.recurrence_id.is_none()) {
        if by_uid.contains_key(event.uid.as_str()) {
            let reason = "another event in the file has the same UID; the first one was imported";
            report.skipped.push((label(event), reason.to_string()));
            continue;
        }
        match map::draft(event, &lookup, existing.find(&event.uid), now) {
            Ok(mut draft) => {
                if let Some(what) = fit(&mut draft.meeting) {
                    report.cut.push((label(event), what));
                }
                by_uid.insert(&event.uid, drafts.len());
                drafts.push((draft, event));
            }
            Err(reason) => report.skipped.push((label(event), reason)),
        }
    }
    // Series that are only in the store, changed by occurrences in the file.
    let mut touched: Vec<Meeting> = Vec::new();
    for event in events.iter().filter(|e| e.recurrence_id.is_some()) {
        let result = if let Some(&i) = by_uid.get(event.uid.as_str()) {
            let (draft, master) = &mut drafts[i];
            map::apply_override(&mut draft.meeting, Some(master), event, &lookup, now)
        } else if let Some(found) = existing.find(&event.uid) {
            let position = touched.iter().position(|m| m.meta.id == found.meta.id);
            let series = match position {
                Some(at) => &mut touched[at],
                None => {
                    touched.push(found.clone());
                    let last = touched.len() - 1;
                    &mut touched[last]
                }
            };
            map::apply_override(series, None, event, &lookup, now)
        } else {
            Err("an occurrence of a series that is neither in the file nor in spojka".to_string())
        };
        if let Err(reason) = result {
            report.skipped.push((label(event), reason));
        }
    }

    let mut creates: Vec<Record> = Vec::new();
    let mut updates: Vec<Meeting> = Vec::new();
    for (draft, _) in drafts {
        match existing.find(&draft.meeting.uid) {
            Some(old) => {
                let merged = merge(old, draft);
                if merged == *old {
                    report.unchanged += 1;
                } else {
                    updates.push(merged);
                }
            }
            None => creates.push(Record::Meeting(draft.meeting)),
        }
    }
    for series in touched {
        match existing.find_id(series.meta.id) {
            Some(old) if *old == series => report.unchanged += 1,
            _ => updates.push(series),
        }
    }

    for meeting in &mut updates {
        // Occurrence overrides add to a stored series's notes too.
        if let Some(what) = fit(meeting) {
            report.cut.push((meeting.title.clone(), what));
        }
    }
    let fits = |m: &Meeting| codec::encode(m).len() <= limits::VALUE_LIMIT - 64;
    let too_large = "too large to store even with its texts cut".to_string();
    creates.retain(|r| match r {
        Record::Meeting(m) if !fits(m) => {
            report.skipped.push((m.title.clone(), too_large.clone()));
            false
        }
        _ => true,
    });
    updates.retain(|m| {
        let keep = fits(m);
        if !keep {
            report.skipped.push((m.title.clone(), too_large.clone()));
        }
        keep
    });
    let today = crate::domain::prague::wall_clock(now).date();
    let created_meetings = creates.iter().filter_map(|r| match r {
        Record::Meeting(m) => Some((m, None)),
        _ => None,
    });
    let updated_meetings = updates.iter().map(|m| (m, existing.find_id(m.meta.id)));
    let others: Vec<&Meeting> = stored
        .iter()
        .filter(|m| !updates.iter().any(|u| u.meta.id == m.meta.id))
        .chain(updates.iter())
        .collect();
    let names = Names {
        facilities: &facilities,
        people: &people,
    };
    for (meeting, stored) in created_meetings.chain(updated_meetings) {
        let days = holidays::hits(meeting, stored, today);
        if !days.is_empty() {
            report.on_holidays.push((meeting.title.clone(), days));
        }
        let found = conflict::clashes(meeting, others.iter().copied(), travel_gap_minutes);
        for clash in found {
            let other = others.iter().find(|m| m.meta.id == clash.other);
            report.clashes.push(ImportClash {
                title: meeting.title.clone(),
                other: other.map(|m| m.title.clone()).unwrap_or_default(),
                start: clash.start,
                why: names.why(&clash.reason),
            });
        }
    }
    if creates.is_empty() && updates.is_empty() {
        return Ok(report);
    }
    // One operation: the store either keeps all of it or none of it, so
    // a failure here means nothing was imported (which `Read` says).
    let mut op = store.begin(OpKind::Import, who, now);
    // The file's name is not known here: the history says "a calendar file".
    op.summarise_as(&crate::store::ops::Summary::Imported {
        file: String::new(),
        kind: crate::domain::Kind::Meeting,
        created: creates.len(),
        updated: updates.len(),
    });
    let (created, updated) = (creates.len(), updates.len());
    op.write(creates.into_iter().map(Edit::Save).collect())
        .map_err(IcalError::Read)?;
    op.write(updates.into_iter().map(|m| Edit::Save(m.into())).collect())
        .map_err(IcalError::Read)?;
    op.commit().map_err(IcalError::Read)?;
    report.created = created;
    report.updated = updated;
    Ok(report)
}

/// Names of the people and facilities a clash involves.
struct Names<'a> {
    facilities: &'a [Facility],
    people: &'a [Person],
}

impl Names<'_> {
    fn facility(&self, id: Id) -> String {
        let found = self.facilities.iter().find(|f| f.meta.id == id);
        found
            .map(|f| f.name.clone())
            .unwrap_or_else(|| format!("#{id}"))
    }

    fn person(&self, id: Id) -> String {
        let found = self.people.iter().find(|p| p.meta.id == id);
        found
            .map(|p| p.display_name())
            .unwrap_or_else(|| format!("#{id}"))
    }

    fn why(&self, reason: &ClashReason) -> ClashWhy {
        match reason {
            ClashReason::SameAttendee(p) => ClashWhy::SamePerson(self.person(*p)),
            ClashReason::SameFacility(f) => ClashWhy::SameFacility(self.facility(*f)),
            ClashReason::TravelGap { person, minutes } => {
                ClashWhy::Travel(self.person(*person), *minutes)
            }
        }
    }
}

/// Cuts a meeting's texts to what the store takes; what was cut, if anything.
fn fit(meeting: &mut Meeting) -> Option<String> {
    let mut cut = Vec::new();
    for (name, text) in [
        ("title", &mut meeting.title),
        ("place", &mut meeting.place),
        ("agenda", &mut meeting.agenda),
        ("minutes", &mut meeting.minutes),
        ("notes", &mut meeting.notes),
    ] {
        let size = text.len();
        if limits::cut_text(text) {
            cut.push(format!("{name} cut from {size} bytes to {}", text.len()));
        }
    }
    (!cut.is_empty()).then(|| cut.join(", "))
}

/// The stored meetings, by UID and by id.
struct Existing<'a> {
    by_uid: HashMap<&'a str, &'a Meeting>,
    by_id: HashMap<Id, &'a Meeting>,
}

impl<'a> Existing<'a> {
    fn new(meetings: &'a [Meeting]) -> Existing<'a> {
        Existing {
            by_uid: meetings
                .iter()
                .filter(|m| !m.uid.is_empty())
                .map(|m| (m.uid.as_str(), m))
                .collect(),
            by_id: meetings.iter().map(|m| (m.meta.id, m)).collect(),
        }
    }

    /// The meeting with this UID: one imported with it, or one made here
    /// (empty UID) whose id our own UID form names.
    fn find(&self, uid: &str) -> Option<&'a Meeting> {
        self.by_uid.get(uid).copied().or_else(|| {
            self.by_id
                .get(&id_in_own_uid(uid)?)
                .copied()
                .filter(|m| m.uid.is_empty())
        })
    }

    fn find_id(&self, id: Id) -> Option<&'a Meeting> {
        self.by_id.get(&id).copied()
    }
}

/// The stored meeting updated by the file: what the file says replaces what
/// was stored; minutes, notes and kind only when the file has them, and a
/// meeting marked held stays held unless the file cancels it.
fn merge(old: &Meeting, draft: Draft) -> Meeting {
    let new = draft.meeting;
    let mut merged = old.clone();
    merged.title = new.title;
    merged.start = new.start;
    merged.end = new.end;
    merged.facility = new.facility;
    merged.place = new.place;
    merged.organiser = new.organiser;
    merged.attendees = new.attendees;
    merged.agenda = new.agenda;
    merged.recurrence = new.recurrence;
    if !new.minutes.is_empty() {
        merged.minutes = new.minutes;
    }
    if !new.notes.is_empty() {
        merged.notes = new.notes;
    }
    if draft.kind_given {
        merged.kind = new.kind;
    }
    merged.status = match (new.status, old.status) {
        (MeetingStatus::Cancelled, _) => MeetingStatus::Cancelled,
        (_, MeetingStatus::Held) => MeetingStatus::Held,
        (status, _) => status,
    };
    merged
}

/// How a skipped event is named in the report.
fn label(event: &ImportedEvent) -> String {
    let summary = event.summary.trim();
    if summary.is_empty() {
        event.uid.clone()
    } else {
        summary.to_string()
    }
}
