//! The DESCRIPTION of an exported meeting: agenda, minutes, the people who
//! have no e-mail address (ATTENDEE needs one), and notes, each under a label
//! line. Reading a description back splits it at the same labels, so an
//! export imports as the meeting it came from; any other description is
//! taken whole as the agenda.

/// The labels, in the order the sections are written.
const AGENDA: &str = "Agenda:";
const MINUTES: &str = "Minutes:";
const ORGANISER: &str = "Organiser without e-mail:";
const ATTENDEES: &str = "Attendees without e-mail:";
const NOTES: &str = "Notes:";
const LABELS: [&str; 5] = [AGENDA, MINUTES, ORGANISER, ATTENDEES, NOTES];

/// A description taken apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sections {
    /// The agenda.
    pub agenda: String,
    /// The minutes.
    pub minutes: String,
    /// The organiser's name, when they have no e-mail.
    pub organiser: String,
    /// Attendees with no e-mail, one name each.
    pub attendees: Vec<String>,
    /// Notes.
    pub notes: String,
}

/// The description text: each non-empty section as "Label\ntext", separated
/// by a blank line.
pub fn compose(sections: &Sections) -> String {
    let attendees = sections.attendees.join("\n");
    let texts = [
        sections.agenda.as_str(),
        sections.minutes.as_str(),
        sections.organiser.as_str(),
        attendees.as_str(),
        sections.notes.as_str(),
    ];
    LABELS
        .iter()
        .zip(texts)
        .filter(|(_, text)| !text.is_empty())
        .map(|(label, text)| format!("{label}\n{text}"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Splits a description written by [`compose`]. A description that does not
/// start with one of our labels is all agenda.
pub fn split(text: &str) -> Sections {
    let mut sections = Sections::default();
    let Some(mut current) = LABELS
        .iter()
        .position(|label| text.starts_with(&format!("{label}\n")))
    else {
        sections.agenda = text.to_string();
        return sections;
    };
    let mut rest = &text[LABELS[current].len() + 1..];
    loop {
        // The next section is the earliest later label after a blank line.
        let next = LABELS
            .iter()
            .enumerate()
            .skip(current + 1)
            .filter_map(|(i, label)| rest.find(&format!("\n\n{label}\n")).map(|at| (at, i)))
            .min();
        let (body, following) = match next {
            Some((at, i)) => (&rest[..at], Some((at, i))),
            None => (rest, None),
        };
        let body = body.to_string();
        match current {
            0 => sections.agenda = body,
            1 => sections.minutes = body,
            2 => sections.organiser = body,
            3 => sections.attendees = body.lines().map(str::to_string).collect(),
            _ => sections.notes = body,
        }
        let Some((at, i)) = following else {
            return sections;
        };
        rest = &rest[at + 2 + LABELS[i].len() + 1..];
        current = i;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composed_sections_split_back() {
        let sections = Sections {
            agenda: "1. Úvod\n2. Rozpočet, plán; termíny".into(),
            minutes: "Dohodnuto:\n\n- vše".into(),
            organiser: String::new(),
            attendees: vec!["Jan Novák".into(), "Eva Malá".into()],
            notes: "Pozor: parkování".into(),
        };
        let text = compose(&sections);
        assert!(text.starts_with("Agenda:\n1. Úvod"));
        assert_eq!(split(&text), sections);
    }

    #[test]
    fn a_foreign_description_is_the_agenda() {
        let text = "Bring the annual report.\n\nNotes:\nnone";
        assert_eq!(split(text).agenda, text);
        assert_eq!(split(""), Sections::default());
    }

    #[test]
    fn only_minutes() {
        let sections = Sections {
            minutes: "Held.".into(),
            ..Sections::default()
        };
        assert_eq!(compose(&sections), "Minutes:\nHeld.");
        assert_eq!(split("Minutes:\nHeld."), sections);
    }
}
