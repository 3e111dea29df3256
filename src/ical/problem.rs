//! What can be wrong in a calendar file, as typed values: the importer says
//! which problem it found, and the catalog words it in the user's language
//! (this module's `Display` is the English, for logs and tests). Text taken
//! from the file is made safe for a terminal when the problem is made.

use std::fmt;

/// A syntax problem at one line of a calendar file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxProblem {
    /// The first component is not a calendar: the name found.
    NotACalendar(String),
    /// Components nested deeper than `max`: the component's name.
    TooDeep(String, usize),
    /// An END with no BEGIN before it: the name.
    EndWithoutBegin(String),
    /// An END that does not close the component open: its name, the open
    /// one's name and line.
    EndMismatch(String, String, usize),
    /// A property before any component.
    NoCalendarStart,
    /// A property after the calendar ended.
    AfterEnd,
    /// A component never closed: its name.
    NeverClosed(String),
    /// The file holds no calendar at all.
    NoCalendar,
    /// A continuation line at the start of the file.
    OrphanContinuation,
    /// A line without the colon before its value: the property's name, if
    /// any.
    NoColon(String),
    /// A line that is not a property: its first characters.
    NotAProperty(String),
    /// A property the parser could not read: its name and the parser's
    /// words.
    Unreadable(String, String),
    /// A DURATION that is not one: the value.
    NotADuration(String),
    /// An event without a start.
    NoStart,
    /// A DURATION that ends after the year `max`.
    DurationTooLong(i32),
    /// A date property whose value is no date: the property and the value.
    NotADate(String, String),
    /// A TZID the file does not define and the zone database does not know.
    UnknownZone(String),
}

/// `text` made safe for a terminal: the file may be hostile.
pub(crate) fn clean(text: &str) -> String {
    crate::sanitize::sanitize(text).into_owned()
}

impl fmt::Display for SyntaxProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use SyntaxProblem as P;
        match self {
            P::NotACalendar(name) => write!(f, "expected BEGIN:VCALENDAR, found BEGIN:{name}"),
            P::TooDeep(name, max) => write!(
                f,
                "BEGIN:{name} nests components more than {max} deep; calendar files need three or four"
            ),
            P::EndWithoutBegin(name) => write!(f, "END:{name} without a BEGIN:{name}"),
            P::EndMismatch(name, open, line) => {
                write!(f, "END:{name} does not close BEGIN:{open} of line {line}")
            }
            P::NoCalendarStart => f.write_str("expected BEGIN:VCALENDAR at the start of the file"),
            P::AfterEnd => f.write_str("a property after END:VCALENDAR"),
            P::NeverClosed(name) => write!(f, "BEGIN:{name} is never closed by END:{name}"),
            P::NoCalendar => f.write_str("the file holds no calendar (no BEGIN:VCALENDAR)"),
            P::OrphanContinuation => {
                f.write_str("a continuation line (starting with a space) with no line before it")
            }
            P::NoColon(name) if name.is_empty() => {
                f.write_str("the line has no ':' before its value")
            }
            P::NoColon(name) => write!(f, "{name} has no ':' before its value"),
            P::NotAProperty(found) => write!(
                f,
                "expected NAME:value or NAME;PARAM=value:value, found {found:?}"
            ),
            P::Unreadable(name, why) => write!(f, "cannot read {name}: {why}"),
            P::NotADuration(value) => write!(f, "DURATION {value:?} is not a duration"),
            P::NoStart => f.write_str("this VEVENT has no DTSTART"),
            P::DurationTooLong(year) => write!(f, "DURATION ends after the year {year}"),
            P::NotADate(name, value) => write!(
                f,
                "{name} {value:?} is not a date (20260310) or date-time (20260310T100000)"
            ),
            P::UnknownZone(tzid) => write!(f, "unknown time zone {tzid:?}"),
        }
    }
}
