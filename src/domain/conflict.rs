//! Conflict warnings for a meeting about to be saved: another meeting at the
//! same time with one of the same people or in the same facility, or one
//! person due at two facilities on the same day with too little time between.
//!
//! Pure: the caller picks the meetings to compare with (those near in time,
//! through the by-start index) and decides what to do with the warnings.

use super::choice::{MeetingKind, MeetingStatus};
use super::occurrences::{Occurrence, instance, occurrences};
use super::{Id, Meeting};
use chrono::{Duration, NaiveDateTime};

/// How far ahead a series is checked: two years of a weekly meeting is
/// enough to show the pattern of clashes without expanding forever.
const HORIZON: Duration = Duration::days(2 * 366);

/// One occurrence of another meeting that the candidate clashes with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    /// The other meeting.
    pub other: Id,
    /// Start of the other meeting's clashing occurrence.
    pub start: NaiveDateTime,
    /// End of the other meeting's clashing occurrence.
    pub end: NaiveDateTime,
    /// Why it clashes.
    pub reason: ClashReason,
}

/// Why two meetings clash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClashReason {
    /// They overlap and this person (organiser or attendee) is in both.
    SameAttendee(Id),
    /// They overlap in this facility.
    SameFacility(Id),
    /// This person goes from one facility to another on the same day with
    /// only `minutes` between the meetings.
    TravelGap {
        /// Who would have to travel.
        person: Id,
        /// Minutes between the end of one meeting and the start of the other.
        minutes: i64,
    },
}

/// The clashes of `candidate` with `others`, sorted by start, one per
/// occurrence of another meeting. A series is checked from its start over
/// two years (or to its end, if sooner). Overlap means the times intersect:
/// one meeting ending as the next begins is not a clash. Cancelled meetings
/// never clash, nor does the candidate with its own saved version. Travel
/// gaps shorter than `travel_gap_minutes` are warned about (0 turns that off).
pub fn clashes<'a>(
    candidate: &Meeting,
    others: impl IntoIterator<Item = &'a Meeting>,
    travel_gap_minutes: i64,
) -> Vec<Clash> {
    if candidate.status == MeetingStatus::Cancelled {
        return Vec::new();
    }
    let mine = candidate_occurrences(candidate);
    let (Some(first), Some(last)) = (mine.first(), mine.iter().map(|o| o.end).max()) else {
        return Vec::new();
    };
    // A day either side catches meetings that start the day before and run
    // over, and same-day neighbours for the travel gap.
    let (from, to) = (first.start - Duration::days(1), last + Duration::days(1));
    // Occurrences sort by start, so each of theirs is compared only with
    // the few of mine that could overlap it or fall on its day.
    let longest = mine
        .iter()
        .map(|o| o.end - o.start)
        .max()
        .unwrap_or_default();
    let reach = longest + Duration::days(1);
    let mut found = Vec::new();
    for other in others {
        let same = candidate.meta.id != 0 && other.meta.id == candidate.meta.id;
        if same {
            continue;
        }
        // An occurrence with details of its own (other people, held,
        // cancelled) is compared as itself, so such a series is never
        // skipped as a whole.
        let has_own = other
            .recurrence
            .as_ref()
            .is_some_and(|r| r.overrides.iter().any(|o| o.details.is_some()));
        let series_pair = Pair::of(candidate, other);
        let unrelated = series_pair.shared.is_none() && series_pair.facility.is_none();
        if !has_own && (other.status == MeetingStatus::Cancelled || unrelated) {
            continue;
        }
        for theirs in occurrences(other, from, to) {
            let own_pair;
            let pair = if theirs.own {
                let one = instance(other, &theirs);
                if one.status == MeetingStatus::Cancelled {
                    continue;
                }
                own_pair = Pair::of(candidate, &one);
                &own_pair
            } else if other.status == MeetingStatus::Cancelled {
                continue;
            } else {
                &series_pair
            };
            let near = mine.partition_point(|m| m.start < theirs.start - reach);
            let reason = mine[near..]
                .iter()
                .take_while(|m| m.start < theirs.end + Duration::days(1))
                .find_map(|m| pair.reason(m, &theirs, travel_gap_minutes));
            if let Some(reason) = reason {
                found.push(Clash {
                    other: other.meta.id,
                    start: theirs.start,
                    end: theirs.end,
                    reason,
                });
            }
        }
    }
    found.sort_by_key(|c| (c.start, c.other));
    // The same meeting passed twice must not be reported twice.
    found.dedup_by(|a, b| a.other == b.other && a.start == b.start);
    found
}

/// Which of `shown` (occurrences of meetings, in start order) overlap an
/// occurrence of another meeting among them that shares a person or takes
/// place in the same facility: the clashes [`clashes`] reports, without
/// the travel gap. Cancelled meetings neither clash nor are clashed with,
/// and a series never clashes with itself.
///
/// One pass in start order, keeping for each person and facility the
/// occurrences using them that are still running: each occurrence is
/// compared only with those of its own people and place that have not
/// ended when it starts, so a busy window costs its occurrences times
/// their people, never every pair.
pub fn overlapping(shown: &[(&Meeting, Occurrence)]) -> Vec<bool> {
    /// A person (organiser or attendee) or a facility a meeting takes place in.
    #[derive(Clone, Copy, PartialEq, Eq, Hash)]
    enum Uses {
        Person(Id),
        Facility(Id),
    }
    fn uses(m: &Meeting) -> impl Iterator<Item = Uses> + '_ {
        let people = people(m).map(|p| Uses::Person(*p));
        people.chain(site(m).map(Uses::Facility))
    }
    let mut marked = vec![false; shown.len()];
    // An occurrence with details of its own has its own people, place and
    // status (borrowed, not copied, for every other).
    let as_shown: Vec<_> = shown
        .iter()
        .map(|(m, o)| super::occurrences::as_shown(m, o))
        .collect();
    // Per person and facility, the earlier occurrences using them.
    let mut running: rustc_hash::FxHashMap<Uses, Vec<usize>> = Default::default();
    for (i, (meeting, mine)) in as_shown.iter().zip(shown.iter().map(|s| &s.1)).enumerate() {
        if meeting.status == MeetingStatus::Cancelled {
            continue;
        }
        for used in uses(meeting) {
            let earlier = running.entry(used).or_default();
            earlier.retain(|&j| shown[j].1.end > mine.start);
            for &j in earlier.iter() {
                let (other, theirs) = &shown[j];
                // Sorted by start, and still running: they overlap unless
                // one takes no time.
                let overlap = mine.start < theirs.end && theirs.start < mine.end;
                if overlap && other.meta.id != meeting.meta.id {
                    marked[i] = true;
                    marked[j] = true;
                }
            }
        }
        for used in uses(meeting) {
            let earlier = running.entry(used).or_default();
            if earlier.last() != Some(&i) {
                earlier.push(i);
            }
        }
    }
    marked
}

/// The candidate's occurrences over the horizon, including any moved to
/// before its first rule date.
fn candidate_occurrences(candidate: &Meeting) -> Vec<Occurrence> {
    let earliest_move = candidate
        .recurrence
        .iter()
        .flat_map(|r| r.overrides.iter().map(|m| m.start))
        .min();
    let from = earliest_move.map_or(candidate.start, |m| m.min(candidate.start));
    occurrences(candidate, from, candidate.start + HORIZON)
}

/// What the candidate and one other meeting have in common.
struct Pair {
    /// The first person in both (organiser or attendee), if any.
    shared: Option<Id>,
    /// The facility both take place in, if the same.
    facility: Option<Id>,
    /// Whether they take place in two different facilities.
    apart: bool,
}

impl Pair {
    fn of(candidate: &Meeting, other: &Meeting) -> Pair {
        let shared = people(candidate)
            .find(|p| people(other).any(|q| q == *p))
            .copied();
        let (mine, theirs) = (site(candidate), site(other));
        Pair {
            shared,
            facility: mine.filter(|_| mine == theirs),
            apart: mine.is_some() && theirs.is_some() && mine != theirs,
        }
    }

    /// Why the candidate's occurrence `mine` clashes with the other's
    /// `theirs`, if it does. A shared person is reported before a shared
    /// facility: a person cannot be in two places, a facility has rooms.
    fn reason(
        &self,
        mine: &Occurrence,
        theirs: &Occurrence,
        travel_gap_minutes: i64,
    ) -> Option<ClashReason> {
        if mine.start < theirs.end && theirs.start < mine.end {
            return self
                .shared
                .map(ClashReason::SameAttendee)
                .or(self.facility.map(ClashReason::SameFacility));
        }
        let person = self.shared.filter(|_| self.apart)?;
        let minutes = if mine.end <= theirs.start {
            (theirs.start - mine.end).num_minutes()
        } else {
            (mine.start - theirs.end).num_minutes()
        };
        let same_day = mine.start.date() == theirs.start.date();
        (same_day && minutes < travel_gap_minutes)
            .then_some(ClashReason::TravelGap { person, minutes })
    }
}

/// Everyone in a meeting: its organiser and its attendees.
fn people(meeting: &Meeting) -> impl Iterator<Item = &Id> {
    meeting.organiser.iter().chain(meeting.attendees.iter())
}

/// The facility a meeting takes place in. An online call may be about a
/// facility, but it takes no room there and no one travels to it.
fn site(meeting: &Meeting) -> Option<Id> {
    match meeting.kind {
        MeetingKind::OnlineCall => None,
        _ => meeting.facility,
    }
}
