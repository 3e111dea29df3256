//! How a meeting repeats: an RFC 5545 recurrence rule, with occurrences
//! cancelled, moved or changed one by one.
//!
//! The rule is kept as RRULE text (`FREQ=MONTHLY;BYDAY=1TU;COUNT=8`) so rules
//! from other calendars survive an import unchanged; the form offers presets
//! for the common ones. Expansion lives in `domain::occurrences`.

use super::choice::{MeetingKind, MeetingStatus};
use super::declare::form_value;
use super::field::{FieldKind, FieldValue};
use super::{Id, Meeting};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// A repeating meeting's rule and its exceptions. Times of occurrences are
/// the series' local wall-clock time (Europe/Prague), so a weekly 10:00
/// meeting stays at 10:00 across daylight-saving changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recurrence {
    /// The RRULE value, without the `RRULE:` prefix.
    pub rule: String,
    /// Occurrences cancelled, by their original date (EXDATE).
    pub cancelled: Vec<NaiveDate>,
    /// Occurrences moved to another time or changed on their own (each an
    /// iCalendar RECURRENCE-ID), by their original date. Backups and JSON
    /// written before format 4 call them `moved`.
    #[serde(alias = "moved")]
    pub overrides: Vec<Override>,
}

impl Recurrence {
    /// A rule with no exceptions yet.
    pub fn new(rule: impl Into<String>) -> Recurrence {
        Recurrence {
            rule: rule.into(),
            cancelled: Vec::new(),
            overrides: Vec::new(),
        }
    }

    /// The override of the occurrence the rule puts on `original`, if any.
    pub fn override_of(&self, original: NaiveDate) -> Option<&Override> {
        self.overrides.iter().find(|o| o.original == original)
    }

    /// Sets the override of its date, replacing any earlier one, keeping
    /// the list in date order.
    pub fn set_override(&mut self, new: Override) {
        self.overrides.retain(|o| o.original != new.original);
        let at = self
            .overrides
            .partition_point(|o| o.original < new.original);
        self.overrides.insert(at, new);
    }
}

// A form shows and edits the rule alone; cancelled and moved occurrences
// are kept from the record before the edit (`Entity::keep_from`).
form_value! {
    Option<Box<Recurrence>>: FieldKind::Rule,
        |v| FieldValue::Text(v.as_ref().map(|r| r.rule.clone()).unwrap_or_default()),
        |reader, id| {
            let rule = reader.rule(id);
            Some(rule.map(|rule| Box::new(Recurrence::new(rule))))
        };
}

/// One occurrence of a series that differs from what the rule makes of it:
/// at another time, or with details of its own (edited as "only this one",
/// marked held). iCalendar writes it as an event with a RECURRENCE-ID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Override {
    /// The date the rule puts it on (its RECURRENCE-ID).
    pub original: NaiveDate,
    /// Its start, moved or not.
    pub start: NaiveDateTime,
    /// Its end.
    pub end: NaiveDateTime,
    /// What this occurrence holds of its own; None when only its time
    /// differs, so that it follows later edits of the series.
    #[serde(default)]
    pub details: Option<Box<Details>>,
}

impl Override {
    /// An occurrence moved to `start`..`end`, with the series' details.
    pub fn moved(original: NaiveDate, start: NaiveDateTime, end: NaiveDateTime) -> Override {
        Override {
            original,
            start,
            end,
            details: None,
        }
    }
}

/// An occurrence's own details: all of a meeting's but its times and rule,
/// kept whole (as an iCalendar override event is) rather than as changes,
/// so the occurrence reads the same whatever later happens to the series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Details {
    /// Title.
    pub title: String,
    /// What kind of meeting.
    pub kind: MeetingKind,
    /// Facility, if any.
    pub facility: Option<Id>,
    /// Room or online link.
    pub place: String,
    /// Who organises it.
    pub organiser: Option<Id>,
    /// Who attends.
    pub attendees: Vec<Id>,
    /// Agenda.
    pub agenda: String,
    /// Minutes.
    pub minutes: String,
    /// Planned, held or cancelled.
    pub status: MeetingStatus,
    /// Anything else.
    pub notes: String,
}

impl Details {
    /// The details of `meeting` (an occurrence shown as a meeting).
    pub fn of(meeting: &Meeting) -> Details {
        Details {
            title: meeting.title.clone(),
            kind: meeting.kind,
            facility: meeting.facility,
            place: meeting.place.clone(),
            organiser: meeting.organiser,
            attendees: meeting.attendees.clone(),
            agenda: meeting.agenda.clone(),
            minutes: meeting.minutes.clone(),
            status: meeting.status,
            notes: meeting.notes.clone(),
        }
    }

    /// Puts these details into `meeting`, leaving its times, rule and
    /// identity alone.
    pub fn apply_to(self, meeting: &mut Meeting) {
        meeting.title = self.title;
        meeting.kind = self.kind;
        meeting.facility = self.facility;
        meeting.place = self.place;
        meeting.organiser = self.organiser;
        meeting.attendees = self.attendees;
        meeting.agenda = self.agenda;
        meeting.minutes = self.minutes;
        meeting.status = self.status;
        meeting.notes = self.notes;
    }
}

/// The rule with one `KEY=value` part set (or removed, with None), other
/// parts kept in their order. RRULE parts are `;`-separated `KEY=value` pairs.
pub fn with_part(rule: &str, key: &str, value: Option<&str>) -> String {
    let mut parts: Vec<String> = rule
        .split(';')
        .filter(|p| {
            !p.is_empty()
                && !p
                    .split('=')
                    .next()
                    .is_some_and(|k| k.eq_ignore_ascii_case(key))
        })
        .map(str::to_string)
        .collect();
    if let Some(value) = value {
        parts.push(format!("{key}={value}"));
    }
    parts.join(";")
}

/// The value of one part of the rule, if present.
pub fn part<'a>(rule: &'a str, key: &str) -> Option<&'a str> {
    rule.split(';').find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.eq_ignore_ascii_case(key).then_some(v)
    })
}

/// Whether a rule repeats more than once a day: FREQ=SECONDLY, MINUTELY or
/// HOURLY, or several hours, minutes or seconds a day (`BYHOUR=9,14`).
///
/// Meetings do not repeat like that, and such a rule without an end gives
/// 86,400 occurrences a day: a 7 KB file of them took gigabytes to show. So
/// they are refused in the form and at import, and a series stored with
/// one shows only its first meeting.
pub fn more_than_daily(rule: &str) -> bool {
    let rule = rule.trim().trim_start_matches("RRULE:");
    let finer = part(rule, "FREQ").is_some_and(|freq| {
        ["SECONDLY", "MINUTELY", "HOURLY"]
            .iter()
            .any(|f| freq.trim().eq_ignore_ascii_case(f))
    });
    let several = ["BYHOUR", "BYMINUTE", "BYSECOND"]
        .iter()
        .any(|key| part(rule, key).is_some_and(|values| values.contains(',')));
    finer || several
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_finer_than_daily_are_told_apart() {
        for rule in [
            "FREQ=SECONDLY",
            "freq=minutely;count=3",
            "RRULE:FREQ=HOURLY;INTERVAL=24",
            "FREQ=DAILY;BYHOUR=9,14",
            "FREQ=WEEKLY;BYMINUTE=0,30",
            "FREQ=DAILY;BYSECOND=1,2",
        ] {
            assert!(more_than_daily(rule), "{rule}");
        }
        for rule in [
            "FREQ=DAILY",
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
            "FREQ=DAILY;BYHOUR=9;BYMINUTE=30",
            "FREQ=MONTHLY;BYDAY=1TU;COUNT=8",
            "",
        ] {
            assert!(!more_than_daily(rule), "{rule}");
        }
    }

    #[test]
    fn parts_are_set_replaced_and_removed() {
        let rule = "FREQ=MONTHLY;BYDAY=1TU;COUNT=8";
        assert_eq!(part(rule, "count"), Some("8"));
        assert_eq!(
            with_part(rule, "COUNT", Some("5")),
            "FREQ=MONTHLY;BYDAY=1TU;COUNT=5"
        );
        assert_eq!(with_part(rule, "COUNT", None), "FREQ=MONTHLY;BYDAY=1TU");
        assert_eq!(
            with_part("FREQ=WEEKLY", "UNTIL", Some("20261231")),
            "FREQ=WEEKLY;UNTIL=20261231"
        );
    }
}

/// The usual ways a meeting repeats, as a coordinator would say them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// Does not repeat.
    Once,
    /// Every week on the same weekday.
    Weekly,
    /// Every two weeks.
    Fortnightly,
    /// Every month on the same day of the month.
    MonthlyOnDay,
    /// Every month on the same weekday ordinal ("first Tuesday", "last Friday").
    MonthlyOnWeekday,
    /// Every three months on the same weekday ordinal.
    QuarterlyOnWeekday,
    /// Every year on the same date.
    Yearly,
}

impl Preset {
    /// Every preset, in the order offered.
    pub const ALL: [Preset; 7] = [
        Preset::Once,
        Preset::Weekly,
        Preset::Fortnightly,
        Preset::MonthlyOnDay,
        Preset::MonthlyOnWeekday,
        Preset::QuarterlyOnWeekday,
        Preset::Yearly,
    ];

    /// The RRULE for a series starting on `start` (empty for [`Preset::Once`]).
    /// Weekday ordinals count from the start of the month, except in a
    /// month's last seven days, which count from its end ("last Friday"), so
    /// the rule exists in every month.
    pub fn rule(self, start: NaiveDate) -> String {
        use chrono::Datelike;
        let weekday = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
            [start.weekday().num_days_from_monday() as usize];
        let ordinal = if start.day() > 28
            || start
                .with_day(start.day() + 7)
                .is_none_or(|d| d.month() != start.month())
        {
            -1
        } else {
            (start.day() as i32 - 1) / 7 + 1
        };
        match self {
            Preset::Once => String::new(),
            Preset::Weekly => "FREQ=WEEKLY".into(),
            Preset::Fortnightly => "FREQ=WEEKLY;INTERVAL=2".into(),
            Preset::MonthlyOnDay => "FREQ=MONTHLY".into(),
            Preset::MonthlyOnWeekday => format!("FREQ=MONTHLY;BYDAY={ordinal}{weekday}"),
            Preset::QuarterlyOnWeekday => {
                format!("FREQ=MONTHLY;INTERVAL=3;BYDAY={ordinal}{weekday}")
            }
            Preset::Yearly => "FREQ=YEARLY".into(),
        }
    }
}

#[cfg(test)]
mod preset_tests {
    use super::*;

    #[test]
    fn weekday_ordinals_follow_the_start_date() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
        // Tuesday 6 January 2026 is the first Tuesday.
        assert_eq!(
            Preset::MonthlyOnWeekday.rule(day(2026, 1, 6)),
            "FREQ=MONTHLY;BYDAY=1TU"
        );
        assert_eq!(
            Preset::QuarterlyOnWeekday.rule(day(2026, 1, 20)),
            "FREQ=MONTHLY;INTERVAL=3;BYDAY=3TU"
        );
        // Friday 27 November 2026 is the last Friday.
        assert_eq!(
            Preset::MonthlyOnWeekday.rule(day(2026, 11, 27)),
            "FREQ=MONTHLY;BYDAY=-1FR"
        );
        assert_eq!(Preset::Once.rule(day(2026, 11, 27)), "");
    }
}
