//! The index of held meetings behind the figures.

use crate::domain::Id;

/// A one-off meeting marked held, as the figures count it: where, and who
/// (organiser and attendees). Kept beside the records so that a year of
/// figures reads these few bytes per meeting instead of every record, whose
/// attendee lists lie scattered over a hundred MB at 100,000 meetings.
///
/// The first few people are held inline, so that walking a year of entries
/// reads the index's own memory, not a separate allocation per meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldMeeting {
    /// The facility, if any.
    pub facility: Option<Id>,
    /// The first people (organiser and attendees, each once).
    first: [Id; HeldMeeting::INLINE],
    /// How many of `first` are people.
    count: u8,
    /// The people after the first few, for large meetings.
    rest: Option<Box<[Id]>>,
}

impl HeldMeeting {
    /// People held inline.
    const INLINE: usize = 6;

    /// Organiser and attendees, each once.
    pub fn people(&self) -> impl Iterator<Item = Id> + '_ {
        self.first[..usize::from(self.count)]
            .iter()
            .chain(self.rest.iter().flat_map(|r| r.iter()))
            .copied()
    }

    /// The entry for a meeting, if it is a one-off meeting marked held and
    /// not archived.
    pub(super) fn of(meeting: &crate::domain::Meeting) -> Option<HeldMeeting> {
        let held = meeting.status == crate::domain::MeetingStatus::Held
            && meeting.recurrence.is_none()
            && !meeting.meta.archived;
        held.then(|| {
            let mut people: Vec<Id> = meeting
                .organiser
                .iter()
                .chain(&meeting.attendees)
                .copied()
                .collect();
            people.sort_unstable();
            people.dedup();
            let inline = people.len().min(Self::INLINE);
            let mut first = [0; Self::INLINE];
            first[..inline].copy_from_slice(&people[..inline]);
            let rest = people[inline..].to_vec();
            HeldMeeting {
                facility: meeting.facility,
                first,
                count: u8::try_from(inline).unwrap_or(0),
                rest: (!rest.is_empty()).then(|| rest.into_boxed_slice()),
            }
        })
    }
}
