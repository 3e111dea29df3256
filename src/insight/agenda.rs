//! A person's agenda, or everyone's: the occurrences of meetings in a
//! window of time (series expanded, cancelled occurrences and cancelled
//! meetings left out) and a person's open action items. `spojka agenda`
//! prints it; the calendar's agenda shows the same meetings.

use crate::domain::occurrences::{Occurrence, occurrences};
use crate::domain::text::fold;
use crate::domain::{ActionStatus, Id, Kind, MeetingStatus, Record};
use crate::model::Data;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// One occurrence of a meeting in an agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The meeting.
    pub id: Id,
    /// When.
    pub occurrence: Occurrence,
}

/// The occurrences of meetings that are not over at `from` and start
/// before `to` (so one under way at `from` is in), organised or attended
/// by `person` when given; archived and cancelled meetings and cancelled
/// occurrences of a series are left out. In start order.
pub fn meetings(
    data: &Data,
    from: NaiveDateTime,
    to: NaiveDateTime,
    person: Option<Id>,
) -> Vec<Entry> {
    // A meeting under way at `from` started that day (or, rarely, the day
    // before, when it runs past midnight).
    let day_before = from.date().pred_opt().unwrap_or(from.date());
    let start = day_before.and_time(NaiveTime::MIN);
    let mut out: Vec<Entry> = data
        .meetings_around(start, to)
        .into_iter()
        .filter_map(|id| match data.get(Kind::Meeting, id) {
            Some(Record::Meeting(m))
                if !m.meta.archived
                    && m.status != MeetingStatus::Cancelled
                    && person
                        .is_none_or(|p| m.organiser == Some(p) || m.attendees.contains(&p)) =>
            {
                Some(m)
            }
            _ => None,
        })
        .flat_map(|m| {
            let id = m.meta.id;
            occurrences(m, start, to)
                .into_iter()
                .filter(move |o| o.end > from || o.start >= from)
                .map(move |occurrence| Entry { id, occurrence })
        })
        .collect();
    out.sort_by_key(|e| (e.occurrence.start, e.id));
    out.dedup();
    out
}

/// A person's open action items (not archived), soonest due first and
/// undated last.
pub fn open_actions(data: &Data, person: Id) -> Vec<Id> {
    let mut items: Vec<(Option<NaiveDate>, Id)> = data
        .referrers_of(Kind::Person, person)
        .filter_map(|(kind, id)| match data.get(kind, id) {
            Some(Record::ActionItem(a))
                if a.owner == person && a.status == ActionStatus::Open && !a.meta.archived =>
            {
                Some((a.due, id))
            }
            _ => None,
        })
        .collect();
    items.sort_by_key(|(due, id)| (due.is_none(), *due, *id));
    items.dedup();
    items.into_iter().map(|(_, id)| id).collect()
}

/// Who `--person` names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// One person.
    One(Id),
    /// Nobody.
    Nobody,
    /// Several people, by id and display name, in id order.
    Several(Vec<(Id, String)>),
}

/// The person `query` names: an id of a person, or else a name that is, ignoring case,
/// diacritics and extra spaces, a person's display name ("Mgr. Jana
/// Nováková"), their given name and surname ("jana novakova") or their
/// surname ("Novakova"). Archived people are found by id only.
pub fn find_person(data: &Data, query: &str) -> Found {
    let query = query.trim();
    if let Ok(id) = query.trim_start_matches('#').parse::<Id>()
        && matches!(data.get(Kind::Person, id), Some(Record::Person(_)))
    {
        return Found::One(id);
    }
    let words = |text: &str| fold(text).split_whitespace().collect::<Vec<_>>().join(" ");
    let wanted = words(query);
    if wanted.is_empty() {
        return Found::Nobody;
    }
    let mut found: Vec<(Id, String)> = data
        .all(Kind::Person)
        .filter_map(|r| match r {
            Record::Person(p) if !p.meta.archived => Some(p),
            _ => None,
        })
        .filter(|p| {
            [p.display_name(), p.plain_name(), p.surname.clone()]
                .iter()
                .any(|name| words(name) == wanted)
        })
        .map(|p| (p.meta.id, p.display_name()))
        .collect();
    match found.len() {
        0 => Found::Nobody,
        1 => Found::One(found.remove(0).0),
        _ => {
            found.sort_by_key(|(id, _)| *id);
            Found::Several(found)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::recurrence::Recurrence;
    use crate::sample::{self, at};

    /// The records with ids 1, 2, 3… in order.
    fn data(records: Vec<Record>) -> Data {
        Data::new(records.into_iter().enumerate().map(|(i, mut record)| {
            record.meta_mut().id = i as Id + 1;
            record
        }))
    }

    #[test]
    fn names_match_without_case_or_diacritics_and_several_are_listed() {
        let mut jana = sample::person("Jana Nováková", None);
        jana.title_before = "Mgr.".to_string();
        let data = data(vec![
            jana.into(),
            sample::person("Petr Novák", None).into(),
            sample::person("Pavel Novák", None).into(),
        ]);
        assert_eq!(find_person(&data, "novakova"), Found::One(1));
        assert_eq!(find_person(&data, "JANA  nováková"), Found::One(1));
        assert_eq!(find_person(&data, "mgr. jana novakova"), Found::One(1));
        assert_eq!(find_person(&data, "2"), Found::One(2));
        assert_eq!(find_person(&data, "Svoboda"), Found::Nobody);
        assert_eq!(
            find_person(&data, "novak"),
            Found::Several(vec![
                (2, "Petr Novák".to_string()),
                (3, "Pavel Novák".to_string())
            ])
        );
    }

    #[test]
    fn a_cancelled_occurrence_and_other_peoples_meetings_are_left_out() {
        let mut weekly = sample::meeting("Porada", None, at(2026, 12, 1, 10, 0));
        weekly.recurrence = Some(Box::new(Recurrence {
            rule: "FREQ=WEEKLY".to_string(),
            cancelled: vec![NaiveDate::from_ymd_opt(2026, 12, 8).expect("date")],
            overrides: Vec::new(),
        }));
        weekly.attendees = vec![3];
        let other = sample::meeting("Jiná", None, at(2026, 12, 2, 9, 0));
        let data = data(vec![
            weekly.into(),
            other.into(),
            sample::person("Jana Nová", None).into(),
        ]);
        let from = at(2026, 12, 1, 10, 30);
        let to = at(2026, 12, 22, 0, 0);
        let starts: Vec<NaiveDateTime> = meetings(&data, from, to, Some(3))
            .iter()
            .map(|e| e.occurrence.start)
            .collect();
        // Under way at 10:30 on the 1st; the 8th cancelled.
        assert_eq!(
            starts,
            vec![at(2026, 12, 1, 10, 0), at(2026, 12, 15, 10, 0)]
        );
        assert_eq!(meetings(&data, from, to, None).len(), 3);
    }
}
