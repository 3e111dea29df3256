//! Meetings as one VCALENDAR: a VTIMEZONE for Europe/Prague, a VEVENT per
//! meeting, and for each overridden occurrence of a series (moved, or with
//! details of its own) an extra VEVENT with the series' UID and a
//! RECURRENCE-ID.

use super::describe::{self, Sections};
use super::text::{content_line, escape_text};
use super::tz::{self, PRAGUE_ID};
use super::{IcalError, PRODID, uid_of};
use crate::domain::occurrences::instance;
use crate::domain::recurrence::Override;
use crate::domain::{Id, Kind, Meeting, MeetingStatus};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use std::io::Write;

/// Writes `meetings`, in the order given, as an iCalendar file.
///
/// `names` names facilities and people; `emails` gives a person's e-mail
/// address, if they have one. People without one cannot be an ORGANIZER or
/// ATTENDEE (RFC 5545 wants a URI there), so their names go into the
/// DESCRIPTION instead. `now` is the DTSTAMP of every event.
pub fn write_ics(
    out: &mut dyn Write,
    meetings: &[Meeting],
    names: &dyn Fn(Kind, Id) -> String,
    emails: &dyn Fn(Id) -> Option<String>,
    now: DateTime<Utc>,
) -> Result<(), IcalError> {
    write_each(out, meetings.iter(), names, emails, now)
}

/// [`write_ics`] over any sequence of meetings, so a caller holding records
/// need not copy them into a slice first.
pub(crate) fn write_each<'a>(
    out: &mut dyn Write,
    meetings: impl Iterator<Item = &'a Meeting>,
    names: &dyn Fn(Kind, Id) -> String,
    emails: &dyn Fn(Id) -> Option<String>,
    now: DateTime<Utc>,
) -> Result<(), IcalError> {
    let io = |source| IcalError::Io {
        what: "writing the iCalendar file".to_string(),
        source,
    };
    let header = format!(
        "BEGIN:VCALENDAR\r\nPRODID:{PRODID}\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n{}",
        tz::VTIMEZONE
    );
    out.write_all(header.as_bytes()).map_err(io)?;
    let stamp = tz::format_utc(now);
    for meeting in meetings {
        let event = Event::new(meeting, names, emails);
        out.write_all(event.write(&stamp).as_bytes()).map_err(io)?;
    }
    out.write_all(b"END:VCALENDAR\r\n").map_err(io)?;
    out.flush().map_err(io)
}

/// One meeting's lines, made once and shared by the series and its moved
/// occurrences (an override replaces the whole occurrence, so it needs them
/// too); an occurrence with details of its own gets lines of its own.
struct Event<'a> {
    meeting: &'a Meeting,
    uid: String,
    /// SUMMARY to ATTENDEE: what every VEVENT of the meeting repeats.
    common: String,
    /// The SUMMARY-to-ATTENDEE lines of each occurrence with details of
    /// its own, by original date.
    own: Vec<(NaiveDate, String)>,
}

impl<'a> Event<'a> {
    fn new(
        meeting: &'a Meeting,
        names: &dyn Fn(Kind, Id) -> String,
        emails: &dyn Fn(Id) -> Option<String>,
    ) -> Event<'a> {
        let own = meeting
            .recurrence
            .iter()
            .flat_map(|r| &r.overrides)
            .filter(|o| o.details.is_some())
            .map(|o| {
                let occurrence = crate::domain::occurrences::Occurrence {
                    start: o.start,
                    end: o.end,
                    original: o.original,
                    moved: false,
                    own: true,
                };
                let one = instance(meeting, &occurrence);
                (o.original, common_lines(&one, names, emails))
            })
            .collect();
        Event {
            meeting,
            uid: escape_text(&uid_of(meeting)),
            common: common_lines(meeting, names, emails),
            own,
        }
    }
}

/// SUMMARY to ATTENDEE of `meeting`: what every VEVENT of it repeats.
fn common_lines(
    meeting: &Meeting,
    names: &dyn Fn(Kind, Id) -> String,
    emails: &dyn Fn(Id) -> Option<String>,
) -> String {
    let mut common = content_line("SUMMARY", &[], &escape_text(&meeting.title));
    let location = location(meeting, names);
    if !location.is_empty() {
        common += &content_line("LOCATION", &[], &escape_text(&location));
    }
    let mut sections = Sections {
        agenda: meeting.agenda.clone(),
        minutes: meeting.minutes.clone(),
        notes: meeting.notes.clone(),
        ..Sections::default()
    };
    let mut people = String::new();
    if let Some(id) = meeting.organiser {
        let name = names(Kind::Person, id);
        match email(emails, id) {
            Some(mail) => people += &address("ORGANIZER", &name, &mail, None),
            None => sections.organiser = name,
        }
    }
    for id in &meeting.attendees {
        let name = names(Kind::Person, *id);
        match email(emails, *id) {
            Some(mail) => {
                people += &address("ATTENDEE", &name, &mail, Some("REQ-PARTICIPANT"));
            }
            None => sections.attendees.push(name),
        }
    }
    let description = describe::compose(&sections);
    if !description.is_empty() {
        common += &content_line("DESCRIPTION", &[], &escape_text(&description));
    }
    common += &content_line("STATUS", &[], status(meeting.status));
    common += &content_line("CATEGORIES", &[], &escape_text(meeting.kind.code()));
    common += &people;
    common
}

impl Event<'_> {
    /// The VEVENT of the meeting (or series), then one per moved occurrence.
    fn write(&self, stamp: &str) -> String {
        let m = self.meeting;
        let mut out = self.begin(stamp);
        out += &local("DTSTART", m.start);
        out += &local("DTEND", m.end);
        out += &self.common;
        let Some(recurrence) = &m.recurrence else {
            return out + "END:VEVENT\r\n";
        };
        out += &content_line("RRULE", &[], &rule_for_export(&recurrence.rule));
        let mut cancelled = recurrence.cancelled.clone();
        cancelled.sort();
        cancelled.dedup();
        for date in &cancelled {
            out += &local("EXDATE", self.on(*date));
        }
        out += "END:VEVENT\r\n";
        // A cancelled occurrence stays cancelled even if it was also moved.
        let moved = recurrence
            .overrides
            .iter()
            .filter(|mv| !cancelled.contains(&mv.original));
        for mv in moved {
            out += &self.moved(stamp, mv);
        }
        out
    }

    fn begin(&self, stamp: &str) -> String {
        format!(
            "BEGIN:VEVENT\r\n{}DTSTAMP:{stamp}\r\n",
            content_line("UID", &[], &self.uid)
        )
    }

    /// The start an occurrence has by the rule on `date`.
    fn on(&self, date: NaiveDate) -> NaiveDateTime {
        date.and_time(self.meeting.start.time())
    }

    fn moved(&self, stamp: &str, moved: &Override) -> String {
        let mut out = self.begin(stamp);
        out += &local("RECURRENCE-ID", self.on(moved.original));
        out += &local("DTSTART", moved.start);
        out += &local("DTEND", moved.end);
        let own = self.own.iter().find(|(date, _)| *date == moved.original);
        out += own.map_or(&self.common, |(_, lines)| lines);
        out + "END:VEVENT\r\n"
    }
}

/// "Věznice Plzeň, učebna 2": the facility's name and the room or link.
fn location(meeting: &Meeting, names: &dyn Fn(Kind, Id) -> String) -> String {
    let facility = meeting.facility.map(|id| names(Kind::Facility, id));
    let place = meeting.place.trim();
    match facility {
        Some(name) if !place.is_empty() => format!("{name}, {place}"),
        Some(name) => name,
        None => place.to_string(),
    }
}

/// A person's address, if they have a usable one.
fn email(emails: &dyn Fn(Id) -> Option<String>, id: Id) -> Option<String> {
    emails(id)
        .map(|e| e.trim().to_string())
        .filter(|e| e.contains('@') && !e.contains(char::is_whitespace))
}

fn address(property: &str, name: &str, mail: &str, role: Option<&str>) -> String {
    let mut params = vec![("CN", name)];
    if let Some(role) = role {
        params.push(("ROLE", role));
    }
    content_line(property, &params, &format!("mailto:{mail}"))
}

fn local(property: &str, at: NaiveDateTime) -> String {
    content_line(property, &[("TZID", PRAGUE_ID)], &tz::format_local(at))
}

fn status(status: MeetingStatus) -> &'static str {
    match status {
        MeetingStatus::Planned | MeetingStatus::Held => "CONFIRMED",
        MeetingStatus::Cancelled => "CANCELLED",
    }
}

/// The rule as RFC 5545 wants it beside a DTSTART with a TZID: UNTIL in UTC
/// (section 3.3.10). A date or a local time (as the form accepts) becomes the
/// end of that day, or that time, in Prague.
pub(crate) fn rule_for_export(rule: &str) -> String {
    let rule = rule.trim().trim_start_matches("RRULE:");
    rule.split(';')
        .map(|part| {
            let Some(until) = part.strip_prefix("UNTIL=") else {
                return part.to_string();
            };
            let local = NaiveDate::parse_from_str(until, "%Y%m%d")
                .ok()
                .and_then(|d| d.and_hms_opt(23, 59, 59))
                .or_else(|| NaiveDateTime::parse_from_str(until, "%Y%m%dT%H%M%S").ok());
            match local {
                Some(at) => format!("UNTIL={}", tz::format_utc(tz::utc_from_prague(at))),
                None => part.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(";")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn until_becomes_utc() {
        assert_eq!(
            rule_for_export("FREQ=WEEKLY;UNTIL=20260630"),
            "FREQ=WEEKLY;UNTIL=20260630T215959Z"
        );
        assert_eq!(
            rule_for_export("FREQ=DAILY;UNTIL=20260115T100000;COUNT=3"),
            "FREQ=DAILY;UNTIL=20260115T090000Z;COUNT=3"
        );
        assert_eq!(
            rule_for_export("FREQ=DAILY;UNTIL=20260115T100000Z"),
            "FREQ=DAILY;UNTIL=20260115T100000Z"
        );
    }
}
