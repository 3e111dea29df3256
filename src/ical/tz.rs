//! Europe/Prague for calendar files: the VTIMEZONE we write, and turning the
//! times other programs write (any zone, UTC, floating) into Prague local time.

use chrono::{DateTime, Duration, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

/// The zone every spojka time is in.
pub const PRAGUE_ID: &str = "Europe/Prague";

/// The zone as chrono-tz knows it.
pub const PRAGUE: Tz = chrono_tz::Europe::Prague;

/// VTIMEZONE for Europe/Prague: central European time with the EU's summer
/// time. From the IANA tz database (file `europe`): Czechia has been on
/// `Rule EU` since 1979; summer time starts on the last Sunday of March at
/// 01:00 UTC (`Rule EU 1981 max - Mar lastSun 1:00u`) and ends on the last
/// Sunday of October at 01:00 UTC (`Rule EU 1996 max - Oct lastSun 1:00u`),
/// i.e. at 02:00 CET and 03:00 CEST local. Times before 1996 would get
/// October's rule where September's applied; spojka has no such meetings.
pub const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/Prague\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\n\
TZNAME:CEST\r\n\
DTSTART:19810329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0200\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:CET\r\n\
DTSTART:19961027T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// A local date-time as iCalendar writes it: `20260310T100000`.
pub fn format_local(at: NaiveDateTime) -> String {
    at.format("%Y%m%dT%H%M%S").to_string()
}

/// A UTC instant as iCalendar writes it: `20260310T090000Z`.
pub fn format_utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Outlook names zones the Windows way; these are the ones a Czech calendar
/// meets, mapped as the Unicode CLDR `windowsZones` table maps them.
const WINDOWS_ZONES: [(&str, Tz); 8] = [
    ("Central Europe Standard Time", chrono_tz::Europe::Budapest),
    ("Central European Standard Time", chrono_tz::Europe::Warsaw),
    ("W. Europe Standard Time", chrono_tz::Europe::Berlin),
    ("Romance Standard Time", chrono_tz::Europe::Paris),
    ("GMT Standard Time", chrono_tz::Europe::London),
    ("E. Europe Standard Time", chrono_tz::Europe::Chisinau),
    ("FLE Standard Time", chrono_tz::Europe::Kyiv),
    ("UTC", chrono_tz::UTC),
];

/// The zone a TZID names: an IANA name, the same behind a path prefix (old
/// Thunderbird writes `/mozilla.org/20050126_1/Europe/Prague`), or one of the
/// Windows names Outlook uses.
pub fn zone(tzid: &str) -> Option<Tz> {
    let tzid = tzid.trim();
    if let Ok(tz) = tzid.parse::<Tz>() {
        return Some(tz);
    }
    if let Some((_, tz)) = WINDOWS_ZONES.iter().find(|(name, _)| *name == tzid) {
        return Some(*tz);
    }
    // Try the last two path segments ("Europe/Prague"), then the last one ("UTC").
    let parts: Vec<&str> = tzid.split('/').filter(|p| !p.is_empty()).collect();
    (1..=parts.len().min(3))
        .rev()
        .find_map(|n| parts[parts.len() - n..].join("/").parse::<Tz>().ok())
}

/// The Prague wall-clock time of a wall-clock time in `tz`. A time in a
/// spring-forward gap is read with the offset before the gap, and a repeated
/// autumn hour as its first occurrence, as RFC 5545 section 3.3.5 says.
pub fn prague_from_zone(at: NaiveDateTime, tz: Tz) -> NaiveDateTime {
    let utc = match tz.from_local_datetime(&at).earliest() {
        Some(dt) => dt.with_timezone(&Utc),
        None => {
            // The gap is at most an hour or two; three hours earlier is
            // safely before it.
            // Checked: a time at the very start of chrono's range has no
            // "before" (files are kept to four-digit years, but this is public).
            let earlier = at.checked_sub_signed(Duration::hours(3)).unwrap_or(at);
            let before = tz.offset_from_local_datetime(&earlier);
            let offset = before.earliest().map_or(0, |o| o.fix().local_minus_utc());
            at.checked_sub_signed(Duration::seconds(i64::from(offset)))
                .unwrap_or(at)
                .and_utc()
        }
    };
    prague_from_utc(utc)
}

/// The Prague wall-clock time of a UTC instant.
pub fn prague_from_utc(at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&PRAGUE).naive_local()
}

/// The UTC instant of a Prague wall-clock time (gaps as in [`prague_from_zone`]).
pub fn utc_from_prague(at: NaiveDateTime) -> DateTime<Utc> {
    let local = prague_from_zone(at, PRAGUE);
    PRAGUE
        .from_local_datetime(&local)
        .earliest()
        .map_or_else(|| local.and_utc(), |dt| dt.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::at;

    #[test]
    fn zones_by_iana_path_and_windows_name() {
        assert_eq!(zone("Europe/Prague"), Some(PRAGUE));
        assert_eq!(zone("/mozilla.org/20050126_1/Europe/Prague"), Some(PRAGUE));
        assert_eq!(
            zone("Central Europe Standard Time"),
            Some(chrono_tz::Europe::Budapest)
        );
        assert_eq!(zone("Mars/Olympus"), None);
    }

    #[test]
    fn other_zones_and_utc_become_prague_time() {
        let london = prague_from_zone(at(2026, 7, 1, 9, 0), chrono_tz::Europe::London);
        assert_eq!(london, at(2026, 7, 1, 10, 0));
        let winter = prague_from_utc(at(2026, 1, 15, 9, 0).and_utc());
        assert_eq!(winter, at(2026, 1, 15, 10, 0));
    }

    #[test]
    fn a_time_in_the_spring_gap_moves_forward() {
        // 29 March 2026: 02:00 CET becomes 03:00 CEST.
        let gap = prague_from_zone(at(2026, 3, 29, 2, 30), PRAGUE);
        assert_eq!(gap, at(2026, 3, 29, 3, 30));
        assert_eq!(
            utc_from_prague(at(2026, 3, 29, 3, 30)),
            at(2026, 3, 29, 1, 30).and_utc()
        );
    }
}
