//! Reading a calendar file into components and properties, keeping the line
//! numbers of the file so a mistake is reported where it is.
//!
//! Folded lines are joined here (RFC 5545 section 3.1) and BEGIN/END are
//! matched here; each content line is then read by the `icalendar` crate's
//! parser, which handles parameters, quoted values and TEXT unescaping. We
//! check the line's shape first because that parser is lenient where we must
//! not be: it takes `SUMMARY Ahoj` as an empty SUMMARY and drops "Ahoj".

use super::IcalError;
use super::event::{self, ImportedEvent};
use super::problem::{SyntaxProblem as P, clean};
use super::text::caret_decode;
use std::sync::Arc;

/// One content line: name (upper case), parameters, value, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Prop {
    /// Where it starts in the file (1-based).
    pub line: usize,
    /// The name, upper-cased.
    pub name: String,
    /// Parameters, names upper-cased, values unquoted.
    pub params: Vec<(String, String)>,
    /// The value, TEXT values unescaped.
    pub value: String,
    /// The whole unfolded line as it was, for notes.
    pub raw: String,
}

impl Prop {
    /// A parameter's value.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// Where a content line is in the file's unfolded text: 12 bytes a line,
/// where a [`Prop`] read from it takes some 200. A file of the shortest
/// lines ("X:") cost 60 times its size when each was kept as a [`Prop`];
/// they are read again, one component at a time, when an event is mapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct LineAt {
    line: u32,
    start: u32,
    end: u32,
}

/// A component (VCALENDAR, VEVENT, VALARM, …) with what it holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Node {
    /// The line of its BEGIN.
    pub line: usize,
    /// Its name, upper-cased.
    pub name: String,
    /// Its properties' lines, in file order, in `text`.
    lines: Vec<LineAt>,
    /// The file's unfolded text, shared by every component of it.
    text: Arc<str>,
    /// The components inside it.
    pub children: Vec<Node>,
}

impl Node {
    /// Its properties, in file order, each read from its line (every line
    /// was read once already, so none fails here).
    pub fn props(&self) -> impl Iterator<Item = Prop> + '_ {
        self.lines
            .iter()
            .filter_map(|at| parse_line(at.line as usize, self.content(at)).ok())
    }

    fn content(&self, at: &LineAt) -> &str {
        self.text
            .get(at.start as usize..at.end as usize)
            .unwrap_or("")
    }

    /// The first property of this name.
    pub fn prop(&self, name: &str) -> Option<Prop> {
        self.props().find(|p| p.name == name)
    }

    /// The component's lines as they were, for notes.
    pub fn raw(&self) -> String {
        let mut lines = vec![format!("BEGIN:{}", self.name)];
        lines.extend(self.lines.iter().map(|at| self.content(at).to_string()));
        lines.extend(self.children.iter().map(Node::raw));
        lines.push(format!("END:{}", self.name));
        lines.join("\n")
    }
}

/// Reads an iCalendar file into its events. A file that is not well-formed
/// (a BEGIN without its END, a line without a colon, a date that is not one)
/// is an error naming the line, and gives no events at all.
pub fn parse_ics(text: &str) -> Result<Vec<ImportedEvent>, IcalError> {
    let calendars = components(text)?;
    let mut events = Vec::new();
    for calendar in &calendars {
        for child in &calendar.children {
            if child.name == "VEVENT" {
                events.push(event::read(child, calendar)?);
            }
        }
    }
    Ok(events)
}

/// How deep components may nest. Real files go three deep (VCALENDAR,
/// VTIMEZONE, STANDARD; or VCALENDAR, VEVENT, VALARM). Walking a tree (to
/// write its lines into notes, or to free it) recurses once per level, so
/// without a limit 50,000 nested BEGIN lines overflowed the stack.
pub(crate) const MAX_DEPTH: usize = 16;

/// The VCALENDAR components of a file.
pub(crate) fn components(text: &str) -> Result<Vec<Node>, IcalError> {
    let (unfolded, starts) = unfold(text)?;
    let unfolded: Arc<str> = Arc::from(unfolded);
    let mut roots = Vec::new();
    let mut open: Vec<Node> = Vec::new();
    for (i, (line, start)) in starts.iter().copied().enumerate() {
        let end = starts
            .get(i + 1)
            .map_or(unfolded.len() as u32, |next| next.1);
        let content = unfolded.get(start as usize..end as usize).unwrap_or("");
        let line = line as usize;
        let prop = parse_line(line, content)?;
        match prop.name.as_str() {
            "BEGIN" => {
                let name = prop.value.trim().to_ascii_uppercase();
                if open.is_empty() && name != "VCALENDAR" {
                    return Err(IcalError::syntax(line, P::NotACalendar(clean(&name))));
                }
                if open.len() >= MAX_DEPTH {
                    return Err(IcalError::syntax(line, P::TooDeep(clean(&name), MAX_DEPTH)));
                }
                open.push(Node {
                    line,
                    name,
                    text: unfolded.clone(),
                    ..Node::default()
                });
            }
            "END" => {
                let name = prop.value.trim().to_ascii_uppercase();
                let Some(node) = open.pop() else {
                    return Err(IcalError::syntax(line, P::EndWithoutBegin(clean(&name))));
                };
                if node.name != name {
                    let (open, at) = (clean(&node.name), node.line);
                    return Err(IcalError::syntax(
                        line,
                        P::EndMismatch(clean(&name), open, at),
                    ));
                }
                match open.last_mut() {
                    Some(parent) => parent.children.push(node),
                    None => roots.push(node),
                }
            }
            _ => match open.last_mut() {
                Some(node) => node.lines.push(LineAt {
                    line: line as u32,
                    start,
                    end,
                }),
                None => {
                    let problem = if roots.is_empty() {
                        P::NoCalendarStart
                    } else {
                        P::AfterEnd
                    };
                    return Err(IcalError::syntax(line, problem));
                }
            },
        }
    }
    if let Some(node) = open.pop() {
        return Err(IcalError::syntax(
            node.line,
            P::NeverClosed(clean(&node.name)),
        ));
    }
    if roots.is_empty() {
        return Err(IcalError::syntax(1, P::NoCalendar));
    }
    Ok(roots)
}

/// The file's logical lines, one after another in one string, with the
/// number of the physical line each starts on and where it starts there.
/// CRLF and bare LF both end a line; blank lines are skipped. A file is at
/// most [`crate::infile::IMPORT_LIMIT`] bytes, so offsets fit in 32 bits.
fn unfold(text: &str) -> Result<(String, Vec<(u32, u32)>), IcalError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let too_long = || IcalError::syntax(1, P::NoCalendar);
    let mut unfolded = String::with_capacity(text.len());
    let mut starts: Vec<(u32, u32)> = Vec::new();
    for (index, physical) in text.split('\n').enumerate() {
        let physical = physical.strip_suffix('\r').unwrap_or(physical);
        let number = u32::try_from(index + 1).map_err(|_| too_long())?;
        if let Some(rest) = physical.strip_prefix([' ', '\t']) {
            if starts.is_empty() {
                return Err(IcalError::syntax(number as usize, P::OrphanContinuation));
            }
            unfolded.push_str(rest);
        } else if !physical.is_empty() {
            let start = u32::try_from(unfolded.len()).map_err(|_| too_long())?;
            starts.push((number, start));
            unfolded.push_str(physical);
        }
    }
    if u32::try_from(unfolded.len()).is_err() {
        return Err(too_long());
    }
    Ok((unfolded, starts))
}

/// Reads one unfolded content line.
fn parse_line(line: usize, content: &str) -> Result<Prop, IcalError> {
    let name_end = content
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(content.len());
    let name = &content[..name_end];
    let Some(colon) = value_colon(content, name_end) else {
        return Err(IcalError::syntax(line, P::NoColon(clean(name))));
    };
    if name.is_empty() || !content[name_end..].starts_with([';', ':']) {
        let shown: String = content.chars().take(40).collect();
        return Err(IcalError::syntax(line, P::NotAProperty(clean(&shown))));
    }
    let upper_name = name.to_ascii_uppercase();
    // BEGIN and END delimit components; the crate's property parser refuses them.
    if upper_name == "BEGIN" || upper_name == "END" {
        return Ok(Prop {
            line,
            name: upper_name,
            params: Vec::new(),
            value: content[colon + 1..].to_string(),
            raw: content.to_string(),
        });
    }
    // Names are case-insensitive; the parser only recognises upper case.
    let upper = format!("{upper_name}{}", &content[name_end..]);
    let parsed = icalendar::parser::Property::try_from(upper.as_str()).map_err(|e| {
        let why = e
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim();
        IcalError::syntax(line, P::Unreadable(clean(name), clean(why)))
    })?;
    let params = parsed
        .params
        .iter()
        .map(|p| {
            let value = p.val.as_ref().map_or("", |v| v.as_str());
            (p.key.as_str().to_ascii_uppercase(), caret_decode(value))
        })
        .collect();
    Ok(Prop {
        line,
        name: parsed.name.as_str().to_string(),
        params,
        value: parsed.val.as_str().to_string(),
        raw: content.to_string(),
    })
}

/// Where the colon before the value is: the first one outside a quoted
/// parameter value.
fn value_colon(content: &str, from: usize) -> Option<usize> {
    let mut quoted = false;
    for (at, c) in content[from..].char_indices() {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => return Some(from + at),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_line(text: &str) -> (usize, String) {
        match components(text) {
            Err(IcalError::Syntax { line, problem }) => (line, problem.to_string()),
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn folded_lines_join_and_keep_their_first_line_number() {
        let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Porada v\r\n  Plzni\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let calendars = components(text).expect("parses");
        let summary = calendars[0].children[0].prop("SUMMARY").expect("summary");
        assert_eq!(summary.value, "Porada v Plzni");
        assert_eq!(summary.line, 3);
    }

    #[test]
    fn structure_errors_name_their_line() {
        let no_end = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nEND:VCALENDAR\n";
        assert_eq!(
            error_line(no_end),
            (
                4,
                "END:VCALENDAR does not close BEGIN:VEVENT of line 2".into()
            )
        );
        let no_colon = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY Ahoj\nEND:VEVENT\nEND:VCALENDAR\n";
        assert_eq!(error_line(no_colon).0, 3);
        let unclosed = "BEGIN:VCALENDAR\nBEGIN:VEVENT\n";
        assert_eq!(error_line(unclosed).0, 2);
        assert_eq!(error_line("").0, 1);
        assert_eq!(error_line("BEGIN:VCALENDAR\nEND:VCALENDAR\nX:1\n").0, 3);
    }

    #[test]
    fn deep_nesting_is_refused_at_the_line_that_goes_too_deep() {
        let deep = format!("BEGIN:VCALENDAR\n{}", "BEGIN:X\n".repeat(50_000));
        let (line, message) = error_line(&deep);
        assert_eq!(line, MAX_DEPTH + 1);
        assert!(message.contains("more than 16 deep"), "{message}");
        let ok = format!(
            "BEGIN:VCALENDAR\n{}{}END:VCALENDAR\n",
            "BEGIN:X\n".repeat(MAX_DEPTH - 1),
            "END:X\n".repeat(MAX_DEPTH - 1)
        );
        assert!(components(&ok).is_ok());
    }

    #[test]
    fn parameters_are_unquoted_and_names_upper_cased() {
        let prop = parse_line(
            7,
            "attendee;cn=\"Novák, Jan\";PARTSTAT=ACCEPTED:mailto:jan@example.cz",
        )
        .expect("parses");
        assert_eq!(prop.name, "ATTENDEE");
        assert_eq!(prop.param("CN"), Some("Novák, Jan"));
        assert_eq!(prop.param("PARTSTAT"), Some("ACCEPTED"));
        assert_eq!(prop.value, "mailto:jan@example.cz");
    }
}
