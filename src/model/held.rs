//! The index of held meetings behind the figures.

use crate::domain::Id;
use std::num::NonZeroU64;

/// A one-off meeting marked held, as the figures count it: where, and who
/// (organiser and attendees). Kept beside the records so that a year of
/// figures reads these few bytes per meeting instead of every record, whose
/// attendee lists lie scattered over a hundred MB at 100,000 meetings.
///
/// The first few people are held inline, so that walking a year of entries
/// reads the index's own memory, not a separate allocation per meeting.
///
/// 72 bytes: the facility's id in 8 (ids start at 1, so none is 0) and the
/// rest behind a thin pointer; some 60,000 of them at 100,000 meetings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldMeeting {
    facility: Option<NonZeroU64>,
    /// The first people (organiser and attendees, each once).
    first: [Id; HeldMeeting::INLINE],
    /// How many of `first` are people.
    count: u8,
    /// The people after the first few, for large meetings: behind a thin
    /// pointer (8 bytes, where a vector or a boxed slice takes 24 or 16).
    #[allow(clippy::box_collection)]
    rest: Option<Box<Vec<Id>>>,
}

impl HeldMeeting {
    /// People held inline.
    const INLINE: usize = 6;

    /// The facility, if any.
    pub fn facility(&self) -> Option<Id> {
        self.facility.map(NonZeroU64::get)
    }

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
                facility: meeting.facility.and_then(NonZeroU64::new),
                first,
                count: u8::try_from(inline).unwrap_or(0),
                rest: (!rest.is_empty()).then(|| Box::new(rest)),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::MeetingStatus;

    #[test]
    fn an_entry_keeps_the_facility_and_every_person_once_in_72_bytes() {
        assert!(
            size_of::<HeldMeeting>() <= 72,
            "{}",
            size_of::<HeldMeeting>()
        );
        let at = crate::sample::at(2026, 11, 30, 9, 0);
        let mut m = crate::sample::meeting("Porada", Some(3), at);
        m.status = MeetingStatus::Held;
        m.organiser = Some(9);
        m.attendees = (1..=9).rev().collect();
        let held = HeldMeeting::of(&m).expect("held");
        assert_eq!(held.facility(), Some(3));
        assert_eq!(
            held.people().collect::<Vec<_>>(),
            (1..=9).collect::<Vec<_>>()
        );
        m.facility = None;
        m.attendees.truncate(2);
        let held = HeldMeeting::of(&m).expect("held");
        assert_eq!(held.facility(), None);
        assert_eq!(held.people().collect::<Vec<_>>(), [8, 9]);
        m.status = MeetingStatus::Planned;
        assert_eq!(HeldMeeting::of(&m), None);
    }
}
