//! From an imported event to a meeting: LOCATION to a facility, ORGANIZER and
//! ATTENDEE to people by e-mail, CATEGORIES to the kind, the DESCRIPTION's
//! sections to agenda, minutes and notes. Whatever finds no place is written
//! into the notes, so nothing in the file is lost without a word.

use super::describe;
use super::event::{Address, ImportedEvent};
use super::lookup::Lookup;
use crate::domain::recurrence::{Details, Override, Recurrence, more_than_daily};
use crate::domain::{Id, Meeting, MeetingKind, MeetingStatus, Meta, Timestamp};

/// The heading above what the file held that has no field in spojka.
const FROM_FILE: &str = "From the calendar file:";

/// A meeting made from an event, and whether the file named its kind (an
/// update keeps the stored kind otherwise).
pub(crate) struct Draft {
    /// The meeting, with the event's UID.
    pub meeting: Meeting,
    /// Whether CATEGORIES named a meeting kind.
    pub kind_given: bool,
}

/// The meeting `event` describes, or why it cannot be imported. When it
/// updates a stored meeting (`stored`), that meeting's organiser and
/// attendees win where an address fits several people.
pub(crate) fn draft(
    event: &ImportedEvent,
    lookup: &Lookup,
    stored: Option<&Meeting>,
    now: Timestamp,
) -> Result<Draft, String> {
    let was_organiser: Vec<Id> = stored.and_then(|m| m.organiser).into_iter().collect();
    let were_attending: &[Id] = stored.map_or(&[], |m| &m.attendees);
    if event.end < event.start {
        return Err("it ends before it starts".to_string());
    }
    let mut notes: Vec<String> = Vec::new();
    let sections = describe::split(&event.description);
    let (facility, place) = lookup.facility(&event.location);
    let organiser = match &event.organiser {
        Some(address) => lookup.by_email(address, &was_organiser, &[]).or_else(|| {
            notes.push(format!("Organiser not in spojka: {}", who(address)));
            None
        }),
        None if !sections.organiser.is_empty() => lookup
            .by_name(&sections.organiser, &was_organiser, &[])
            .or_else(|| {
                notes.push(format!("Organiser not in spojka: {}", sections.organiser));
                None
            }),
        None => None,
    };
    let mut attendees: Vec<Id> = Vec::new();
    for address in &event.attendees {
        match lookup.by_email(address, were_attending, &attendees) {
            Some(id) if !attendees.contains(&id) => attendees.push(id),
            Some(_) => {}
            None => notes.push(format!("Attendee not in spojka: {}", who(address))),
        }
    }
    for name in &sections.attendees {
        match lookup.by_name(name, were_attending, &attendees) {
            Some(id) if !attendees.contains(&id) => attendees.push(id),
            Some(_) => {}
            None => notes.push(format!("Attendee not in spojka: {name}")),
        }
    }
    let kind = event
        .categories
        .iter()
        .find_map(|c| MeetingKind::from_code(c.trim()));
    let other_categories: Vec<&str> = event
        .categories
        .iter()
        .map(|c| c.trim())
        .filter(|c| MeetingKind::from_code(c).is_none())
        .collect();
    if !other_categories.is_empty() {
        notes.push(format!("Categories: {}", other_categories.join(", ")));
    }
    let recurrence = match &event.rule {
        Some(rule) => Some(Box::new(recurrence(rule, &event.exdates)?)),
        None => {
            if !event.exdates.is_empty() {
                notes.push("EXDATE without an RRULE (ignored)".to_string());
            }
            None
        }
    };
    if event.all_day {
        notes.push(
            "An all-day event: imported as from 00:00 on its first day to 00:00 after its last"
                .to_string(),
        );
    }
    notes.extend(event.unmapped.iter().cloned());
    let title = event.summary.trim();
    let meeting = Meeting {
        meta: Meta::new(now),
        title: if title.is_empty() {
            "(no title)".to_string()
        } else {
            title.to_string()
        },
        kind: kind.unwrap_or(MeetingKind::Coordination),
        facility,
        start: event.start,
        end: event.end,
        place,
        organiser,
        attendees,
        agenda: sections.agenda,
        minutes: sections.minutes,
        status: if event.cancelled {
            MeetingStatus::Cancelled
        } else {
            MeetingStatus::Planned
        },
        uid: event.uid.clone(),
        recurrence,
        notes: String::new(),
    };
    let mut draft = Draft {
        meeting,
        kind_given: kind.is_some(),
    };
    draft.meeting.notes = sections.notes;
    add_notes(&mut draft.meeting, &notes);
    Ok(draft)
}

/// Applies an occurrence override (an event with RECURRENCE-ID) to its
/// series: a cancelled one is skipped (EXDATE); any other keeps its time,
/// and its details when they differ from the series' (another title,
/// place, people, description), as the occurrence's override. Lines of the
/// occurrence that have no field and that its series (`master`, when in the
/// file) does not carry too go into the series' notes, named by date.
pub(crate) fn apply_override(
    series: &mut Meeting,
    master: Option<&ImportedEvent>,
    event: &ImportedEvent,
    lookup: &Lookup,
    now: Timestamp,
) -> Result<(), String> {
    let Some(original) = event.recurrence_id else {
        return Ok(());
    };
    if series.recurrence.is_none() {
        return Err("an occurrence (RECURRENCE-ID) of a meeting that does not repeat".to_string());
    }
    let own = if event.cancelled {
        None
    } else {
        let found = draft(event, lookup, Some(series), now)?;
        let mut one = found.meeting;
        // What the file does not say stays as the series has it.
        if !found.kind_given {
            one.kind = series.kind;
        }
        one.status = series.status;
        // The file's unmapped lines are the series' notes' business (below).
        one.notes = series.notes.clone();
        let details = Details::of(&one);
        Some((details != Details::of(series)).then(|| Box::new(details)))
    };
    let Some(recurrence) = series.recurrence.as_mut() else {
        return Ok(());
    };
    recurrence.overrides.retain(|m| m.original != original);
    match own {
        None => {
            if !recurrence.cancelled.contains(&original) {
                recurrence.cancelled.push(original);
                recurrence.cancelled.sort();
            }
        }
        Some(details) => recurrence.set_override(Override {
            details,
            ..Override::moved(original, event.start, event.end)
        }),
    }
    // Lines the series already carries (TRANSP, alarms) are not repeated.
    let carried = |raw: &String| master.is_some_and(|m| m.unmapped.contains(raw));
    let notes: Vec<String> = event
        .unmapped
        .iter()
        .filter(|raw| !carried(raw))
        .map(|raw| format!("Occurrence of {original}: {raw}"))
        .collect();
    add_notes(series, &notes);
    Ok(())
}

fn recurrence(rule: &str, exdates: &[chrono::NaiveDate]) -> Result<Recurrence, String> {
    let rule = rule
        .trim()
        .trim_start_matches("RRULE:")
        .to_ascii_uppercase();
    if more_than_daily(&rule) {
        return Err(format!(
            "its RRULE {rule:?} repeats more than once a day; a meeting repeats daily at most"
        ));
    }
    if let Err(e) = rule.parse::<rrule::RRule<rrule::Unvalidated>>() {
        return Err(format!("its RRULE {rule:?} is not understood: {e}"));
    }
    let mut cancelled = exdates.to_vec();
    cancelled.sort();
    cancelled.dedup();
    Ok(Recurrence {
        rule,
        cancelled,
        overrides: Vec::new(),
    })
}

/// Appends lines under the [`FROM_FILE`] heading of the meeting's notes.
fn add_notes(meeting: &mut Meeting, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    if !meeting.notes.contains(FROM_FILE) {
        if !meeting.notes.is_empty() {
            meeting.notes.push_str("\n\n");
        }
        meeting.notes.push_str(FROM_FILE);
    }
    for line in lines {
        meeting.notes.push('\n');
        meeting.notes.push_str(line);
    }
}

/// "Jan Novák <jan@example.cz> (ROLE=REQ-PARTICIPANT)" for notes.
fn who(address: &Address) -> String {
    let mut text = address.name.clone();
    let uri = address.email.as_deref().unwrap_or(&address.uri);
    if !uri.is_empty() {
        text = format!("{text} <{uri}>").trim().to_string();
    }
    if !address.params.is_empty() {
        text = format!("{text} ({})", address.params.join(", "));
    }
    text
}
