//! What records hold about one person besides their own record: the free
//! text that may name them, and the references that point to them. What
//! `person show` lists and `person erase` clears (GDPR).
//!
//! Each kind is listed by hand here: a new kind with free text or a
//! reference to a person must be added (the match is exhaustive).

use super::{Id, Record};
use chrono::NaiveDate;

/// Which text of a record: a field by its stable id, or that field of one
/// occurrence's own details (by the occurrence's original date).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TextField {
    /// The field's stable id ("notes", "minutes", …).
    pub field: &'static str,
    /// The occurrence of a series whose own details hold it.
    pub occurrence: Option<NaiveDate>,
    /// The step of a cooperation request that holds it, by its place in the
    /// request's steps.
    pub step: Option<usize>,
}

impl TextField {
    fn of(field: &'static str) -> TextField {
        TextField {
            field,
            occurrence: None,
            step: None,
        }
    }
}

/// How a record points to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Link {
    /// They organise a meeting (or one occurrence of it).
    Organiser,
    /// They attend a meeting (or one occurrence of it).
    Attendee,
    /// They are a facility's liaison (its NGO coordinator).
    Liaison,
    /// The assignment is theirs.
    Assignment,
    /// The action item is theirs.
    ActionItem,
    /// They did a step of a cooperation request.
    StepBy,
}

impl Link {
    /// Whether the record exists for the person alone, so that erasing them
    /// deletes it (an assignment, an action item), rather than clearing the
    /// reference.
    pub fn owns(self) -> bool {
        matches!(self, Link::Assignment | Link::ActionItem)
    }
}

/// The free text of a record, where a person may be named, written or
/// reached: every text a user types, but not codes (a calendar UID, a
/// rule) or a record's own identifying numbers.
pub fn texts_mut(record: &mut Record) -> Vec<(TextField, &mut String)> {
    let f = TextField::of;
    match record {
        Record::Facility(r) => vec![
            (f("contact"), &mut r.contact),
            (f("phone"), &mut r.phone),
            (f("email"), &mut r.email),
            (f("notes"), &mut r.notes),
        ],
        Record::Organisation(r) => vec![
            (f("contact"), &mut r.contact),
            (f("phone"), &mut r.phone),
            (f("email"), &mut r.email),
            (f("notes"), &mut r.notes),
        ],
        // Another person's own phone and e-mail are theirs, even if shared.
        Record::Person(r) => vec![(f("role"), &mut r.role), (f("notes"), &mut r.notes)],
        Record::Assignment(r) => vec![(f("role"), &mut r.role_note), (f("notes"), &mut r.notes)],
        Record::Meeting(r) => {
            let mut out = vec![
                (f("title"), &mut r.title),
                (f("place"), &mut r.place),
                (f("agenda"), &mut r.agenda),
                (f("minutes"), &mut r.minutes),
                (f("notes"), &mut r.notes),
            ];
            if let Some(recurrence) = &mut r.recurrence {
                for o in &mut recurrence.overrides {
                    let at = Some(o.original);
                    if let Some(d) = &mut o.details {
                        let g = |field| TextField {
                            field,
                            occurrence: at,
                            step: None,
                        };
                        let d = &mut **d;
                        out.push((g("title"), &mut d.title));
                        out.push((g("place"), &mut d.place));
                        out.push((g("agenda"), &mut d.agenda));
                        out.push((g("minutes"), &mut d.minutes));
                        out.push((g("notes"), &mut d.notes));
                    }
                }
            }
            out
        }
        Record::Agreement(r) => vec![
            (f("subject"), &mut r.subject),
            (f("signatories"), &mut r.signatories),
            (f("notes"), &mut r.notes),
        ],
        Record::ActionItem(r) => vec![(f("what"), &mut r.what), (f("notes"), &mut r.notes)],
        Record::Request(r) => {
            let mut out = vec![(f("subject"), &mut r.subject), (f("notes"), &mut r.notes)];
            for (at, step) in r.steps.iter_mut().enumerate() {
                let g = |field| TextField {
                    field,
                    occurrence: None,
                    step: Some(at),
                };
                out.push((g("step_by"), &mut step.by.text));
                out.push((g("step_note"), &mut step.note));
                if let Some(why) = &mut step.skipped {
                    out.push((g("step_skipped"), why));
                }
                for reopened in &mut step.reopened {
                    out.push((g("step_reopened"), &mut reopened.note));
                }
            }
            out
        }
    }
}

/// The ids of the fields [`texts_mut`] lists for a kind (a series'
/// occurrences use the same ids).
pub fn text_fields(kind: super::Kind) -> Vec<&'static str> {
    let mut empty: Record = crate::each_kind!(kind, T => T::default().into());
    texts_mut(&mut empty)
        .into_iter()
        .map(|(f, _)| f.field)
        .collect()
}

/// The free text of a record, as [`texts_mut`] lists it.
pub fn texts(record: &Record) -> Vec<(TextField, String)> {
    let mut copy = record.clone();
    texts_mut(&mut copy)
        .into_iter()
        .map(|(field, text)| (field, std::mem::take(text)))
        .collect()
}

/// How `record` points to `person`, each with the occurrence whose own
/// details do it.
pub fn links(record: &Record, person: Id) -> Vec<(Link, Option<NaiveDate>)> {
    let mut out = Vec::new();
    match record {
        Record::Facility(r) if r.coordinator == Some(person) => out.push((Link::Liaison, None)),
        Record::Assignment(r) if r.person == person => out.push((Link::Assignment, None)),
        Record::ActionItem(r) if r.owner == person => out.push((Link::ActionItem, None)),
        Record::Request(r) if r.steps.iter().any(|s| s.by.person == Some(person)) => {
            out.push((Link::StepBy, None));
        }
        Record::Meeting(r) => {
            if r.organiser == Some(person) {
                out.push((Link::Organiser, None));
            }
            if r.attendees.contains(&person) {
                out.push((Link::Attendee, None));
            }
            for o in r.recurrence.iter().flat_map(|rec| &rec.overrides) {
                if let Some(d) = &o.details {
                    if d.organiser == Some(person) {
                        out.push((Link::Organiser, Some(o.original)));
                    }
                    if d.attendees.contains(&person) {
                        out.push((Link::Attendee, Some(o.original)));
                    }
                }
            }
        }
        _ => {}
    }
    out
}

/// Clears every reference of `record` to `person` that can be cleared (an
/// organiser, an attendee, a liaison); whether anything changed. Records
/// the person owns ([`Link::owns`]) are deleted instead.
pub fn unlink(record: &mut Record, person: Id) -> bool {
    let mut changed = false;
    let mut clear = |r: &mut Option<Id>| {
        if *r == Some(person) {
            *r = None;
            changed = true;
        }
    };
    match record {
        Record::Facility(r) => clear(&mut r.coordinator),
        Record::Request(r) => {
            for step in &mut r.steps {
                clear(&mut step.by.person);
            }
        }
        Record::Meeting(r) => {
            clear(&mut r.organiser);
            for o in r.recurrence.iter_mut().flat_map(|rec| &mut rec.overrides) {
                if let Some(d) = &mut o.details {
                    clear(&mut d.organiser);
                }
            }
        }
        _ => {}
    }
    if let Record::Meeting(r) = record {
        let before = r.attendees.len();
        r.attendees.retain(|id| *id != person);
        changed |= r.attendees.len() != before;
        for o in r.recurrence.iter_mut().flat_map(|rec| &mut rec.overrides) {
            if let Some(d) = &mut o.details {
                let before = d.attendees.len();
                d.attendees.retain(|id| *id != person);
                changed |= d.attendees.len() != before;
            }
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::recurrence::{Details, Override, Recurrence};
    use crate::domain::{Facility, Meeting};

    fn series() -> Meeting {
        let start = chrono::NaiveDate::from_ymd_opt(2026, 3, 2)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .unwrap_or_default();
        let mut m = Meeting {
            title: "Porada".into(),
            start,
            end: start,
            organiser: Some(7),
            attendees: vec![7, 8],
            minutes: "s Kvapilíčkem".into(),
            ..Meeting::default()
        };
        let mut details = Details::of(&m);
        details.attendees = vec![8, 7];
        details.notes = "Kvapilíček omluven".into();
        let mut rec = Recurrence::new("FREQ=WEEKLY");
        let mut o = Override::moved(start.date(), start, start);
        o.details = Some(Box::new(details));
        rec.set_override(o);
        m.recurrence = Some(Box::new(rec));
        m
    }

    #[test]
    fn a_meeting_links_its_organiser_and_attendees_and_its_occurrences_own() {
        let m = Record::Meeting(series());
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 2);
        assert_eq!(
            links(&m, 7),
            [
                (Link::Organiser, None),
                (Link::Attendee, None),
                (Link::Organiser, day),
                (Link::Attendee, day)
            ]
        );
        assert_eq!(
            links(&m, 8),
            [(Link::Attendee, None), (Link::Attendee, day)]
        );
        assert!(links(&m, 9).is_empty());
    }

    #[test]
    fn unlinking_clears_every_reference_and_keeps_the_others() {
        let mut m = Record::Meeting(series());
        assert!(unlink(&mut m, 7));
        assert!(links(&m, 7).is_empty());
        assert_eq!(links(&m, 8).len(), 2);
        assert!(!unlink(&mut m, 7));
        let mut f = Record::from(Facility {
            coordinator: Some(7),
            ..Facility::default()
        });
        assert_eq!(links(&f, 7), [(Link::Liaison, None)]);
        assert!(unlink(&mut f, 7));
        assert!(links(&f, 7).is_empty());
    }

    #[test]
    fn the_texts_of_a_series_include_its_occurrences_own() {
        let m = Record::Meeting(series());
        let texts = texts(&m);
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 2);
        assert!(texts.contains(&(TextField::of("minutes"), "s Kvapilíčkem".into())));
        assert!(texts.contains(&(
            TextField {
                field: "notes",
                occurrence: day,
                step: None,
            },
            "Kvapilíček omluven".into()
        )));
    }
}
