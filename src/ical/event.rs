//! One VEVENT read into plain values, times already in Prague local time.
//! What has no place in a meeting is kept as text in `unmapped`.

use super::IcalError;
use super::problem::{SyntaxProblem as P, clean};
use super::read::{Node, Prop};
use super::text::{parse_duration, split_list};
use super::tz::{self, PRAGUE};
use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};
use chrono_tz::Tz;

/// A person named in an event (ORGANIZER or ATTENDEE).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// The e-mail address, when the value is a `mailto:` URI.
    pub email: Option<String>,
    /// The CN parameter, if any.
    pub name: String,
    /// The value as written, when it is not `mailto:` (e.g. `urn:uuid:…`).
    pub uri: String,
    /// Other parameters (ROLE, PARTSTAT, …) as `KEY=value`, for notes.
    pub params: Vec<String>,
}

/// A VEVENT as read from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedEvent {
    /// The line of its BEGIN:VEVENT.
    pub line: usize,
    /// UID; one made from SUMMARY and DTSTART when the file has none.
    pub uid: String,
    /// SUMMARY.
    pub summary: String,
    /// Start, Prague local time.
    pub start: NaiveDateTime,
    /// End, Prague local time (from DTEND, or DTSTART + DURATION).
    pub end: NaiveDateTime,
    /// Whether DTSTART was a DATE: the event fills whole days.
    pub all_day: bool,
    /// LOCATION.
    pub location: String,
    /// DESCRIPTION.
    pub description: String,
    /// Whether STATUS is CANCELLED.
    pub cancelled: bool,
    /// The RRULE value.
    pub rule: Option<String>,
    /// EXDATE dates, Prague local.
    pub exdates: Vec<NaiveDate>,
    /// For an occurrence of a series, the date it had by the rule.
    pub recurrence_id: Option<NaiveDate>,
    /// ORGANIZER.
    pub organiser: Option<Address>,
    /// ATTENDEEs.
    pub attendees: Vec<Address>,
    /// CATEGORIES, unescaped, one per entry.
    pub categories: Vec<String>,
    /// Properties and components with no place in a meeting, as written.
    pub unmapped: Vec<String>,
}

/// The last year a date in a file may have. RFC 5545 writes years with four
/// digits; keeping to them leaves every later sum of dates and durations far
/// from the end of what chrono can represent.
const MAX_YEAR: i32 = 9999;

/// A date or date-time value, in Prague local time.
struct When {
    at: NaiveDateTime,
    date_only: bool,
}

/// Reads `node` (a VEVENT inside `calendar`, whose VTIMEZONEs it may use).
pub(crate) fn read(node: &Node, calendar: &Node) -> Result<ImportedEvent, IcalError> {
    let mut event = ImportedEvent {
        line: node.line,
        uid: String::new(),
        summary: String::new(),
        start: NaiveDateTime::default(),
        end: NaiveDateTime::default(),
        all_day: false,
        location: String::new(),
        description: String::new(),
        cancelled: false,
        rule: None,
        exdates: Vec::new(),
        recurrence_id: None,
        organiser: None,
        attendees: Vec::new(),
        categories: Vec::new(),
        unmapped: Vec::new(),
    };
    let (mut start, mut end, mut duration) = (None, None, None);
    let mut kept = 0;
    for prop in node.props() {
        let prop = &prop;
        let value = prop.value.trim();
        match prop.name.as_str() {
            "UID" if event.uid.is_empty() => event.uid = value.to_string(),
            "SUMMARY" if event.summary.is_empty() => event.summary = prop.value.clone(),
            "DTSTART" if start.is_none() => start = Some(when(prop, value, calendar)?),
            "DTEND" if end.is_none() => end = Some(when(prop, value, calendar)?),
            "DURATION" if duration.is_none() => {
                let parsed = parse_duration(value)
                    .ok_or_else(|| IcalError::syntax(prop.line, P::NotADuration(clean(value))))?;
                duration = Some((prop.line, parsed));
            }
            "LOCATION" if event.location.is_empty() => event.location = prop.value.clone(),
            "DESCRIPTION" if event.description.is_empty() => {
                event.description = prop.value.clone();
            }
            "STATUS" => event.cancelled = value.eq_ignore_ascii_case("CANCELLED"),
            "RRULE" if event.rule.is_none() => event.rule = Some(value.to_string()),
            "EXDATE" => {
                for item in value.split(',').filter(|v| !v.trim().is_empty()) {
                    event
                        .exdates
                        .push(when(prop, item.trim(), calendar)?.at.date());
                }
            }
            "RECURRENCE-ID" if event.recurrence_id.is_none() => {
                event.recurrence_id = Some(when(prop, value, calendar)?.at.date());
            }
            "ORGANIZER" if event.organiser.is_none() => event.organiser = Some(address(prop)),
            "ATTENDEE" => event.attendees.push(address(prop)),
            "CATEGORIES" => event.categories.extend(split_list(value)),
            // The file's own bookkeeping, not the meeting's.
            "DTSTAMP" | "CREATED" | "LAST-MODIFIED" | "SEQUENCE" => {}
            // A file attached inline (an Outlook export carries whole PDFs
            // so) is kilobytes of base64 that would fill the notes with
            // noise; a link to a file is kept like anything else.
            "ATTACH" if inline_attachment(prop) => {}
            _ => keep_unmapped(&mut event.unmapped, &mut kept, &prop.raw),
        }
    }
    for child in &node.children {
        keep_unmapped(&mut event.unmapped, &mut kept, &child.raw());
    }
    let Some(start) = start else {
        return Err(IcalError::syntax(node.line, P::NoStart));
    };
    event.start = start.at;
    event.all_day = start.date_only;
    event.end = match (end, duration) {
        (Some(end), _) => end.at,
        (None, Some((line, duration))) => start
            .at
            .checked_add_signed(duration)
            .filter(|end| end.year() <= MAX_YEAR)
            .ok_or_else(|| IcalError::syntax(line, P::DurationTooLong(MAX_YEAR)))?,
        // RFC 5545 3.6.1: a DATE start alone lasts the day, a DATE-TIME no
        // time. The start's year is at most MAX_YEAR, so a day more fits.
        (None, None) if start.date_only => {
            start.at.checked_add_days(Days::new(1)).unwrap_or(start.at)
        }
        (None, None) => start.at,
    };
    if event.uid.is_empty() {
        event.uid = made_up_uid(&event.summary, event.start);
    }
    Ok(event)
}

/// A DATE or DATE-TIME value of `prop` (floating, UTC or with a TZID).
fn when(prop: &Prop, value: &str, calendar: &Node) -> Result<When, IcalError> {
    let bad = || IcalError::syntax(prop.line, P::NotADate(clean(&prop.name), clean(value)));
    // chrono reads signed years of more than four digits, up to where adding
    // a time zone offset overflows: only the RFC 5545 forms are read.
    if prop.param("VALUE") == Some("DATE") || value.len() == 8 {
        if !shaped(value, "dddddddd") {
            return Err(bad());
        }
        let date = NaiveDate::parse_from_str(value, "%Y%m%d").map_err(|_| bad())?;
        return Ok(When {
            at: date.and_time(chrono::NaiveTime::MIN),
            date_only: true,
        });
    }
    let (text, utc) = match value.strip_suffix('Z') {
        Some(text) => (text, true),
        None => (value, false),
    };
    if !shaped(text, "ddddddddTdddddd") {
        return Err(bad());
    }
    let at = NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M%S").map_err(|_| bad())?;
    let at = if utc {
        tz::prague_from_utc(at.and_utc())
    } else {
        let zone = match prop.param("TZID") {
            Some(tzid) => zone_of(tzid, calendar)
                .ok_or_else(|| IcalError::syntax(prop.line, P::UnknownZone(clean(tzid))))?,
            // A floating time is the reader's local time: ours is Prague.
            None => PRAGUE,
        };
        tz::prague_from_zone(at, zone)
    };
    Ok(When {
        at,
        date_only: false,
    })
}

/// The zone a TZID names, by name or, for names we do not know, by the
/// file's VTIMEZONE: one with central European offsets (+0100 in winter,
/// +0200 in summer) follows the EU rules, as Prague does.
fn zone_of(tzid: &str, calendar: &Node) -> Option<Tz> {
    if let Some(zone) = tz::zone(tzid) {
        return Some(zone);
    }
    let vtimezone = calendar.children.iter().find(|c| {
        c.name == "VTIMEZONE" && c.prop("TZID").is_some_and(|p| p.value.trim() == tzid)
    })?;
    let offset = |kind: &str| {
        vtimezone
            .children
            .iter()
            .find(|c| c.name == kind)
            .and_then(|c| c.prop("TZOFFSETTO"))
            .map(|p| p.value.trim().to_string())
    };
    let central = offset("STANDARD").as_deref() == Some("+0100")
        && offset("DAYLIGHT").as_deref() == Some("+0200");
    central.then_some(PRAGUE)
}

/// Whether `value` has the shape of `pattern`, where `d` stands for an ASCII
/// digit and any other character for itself.
fn shaped(value: &str, pattern: &str) -> bool {
    value.len() == pattern.len()
        && value.bytes().zip(pattern.bytes()).all(|(v, p)| match p {
            b'd' => v.is_ascii_digit(),
            p => v == p,
        })
}

fn address(prop: &Prop) -> Address {
    let value = prop.value.trim();
    let email = value
        .get(..7)
        .filter(|scheme| scheme.eq_ignore_ascii_case("mailto:"))
        .map(|_| value[7..].trim().to_string())
        .filter(|e| !e.is_empty());
    Address {
        email,
        name: prop.param("CN").unwrap_or("").trim().to_string(),
        uri: value.to_string(),
        params: prop
            .params
            .iter()
            .filter(|(key, _)| key != "CN")
            .map(|(key, value)| format!("{key}={value}"))
            .collect(),
    }
}

/// A UID for an event that has none, the same each time the file is read,
/// so importing it twice still finds the first import (FNV-1a over its
/// SUMMARY and start).
fn made_up_uid(summary: &str, start: NaiveDateTime) -> String {
    let text = format!("{summary}\u{0}{start}");
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("spojka-import-{hash:016x}")
}

/// Keeps `line` for the notes while they are short of what a text field
/// holds: the notes are cut to that anyway, and an event of a million lines
/// must not hold them all meanwhile.
/// `kept` counts the bytes kept so far.
fn keep_unmapped(unmapped: &mut Vec<String>, kept: &mut usize, line: &str) {
    if *kept <= crate::store::limits::TEXT_LIMIT {
        *kept += line.len();
        unmapped.push(line.to_string());
    }
}

/// Whether an ATTACH property carries the file itself (base64) rather than
/// a link to it.
fn inline_attachment(prop: &super::read::Prop) -> bool {
    let is = |name: &str, value: &str| {
        prop.param(name)
            .is_some_and(|v| v.eq_ignore_ascii_case(value))
    };
    is("ENCODING", "BASE64") || is("VALUE", "BINARY")
}
