//! The words of one person's data: the places an erasure finds ([`place`]),
//! how records point to the person ([`link`]), the erase screen and its
//! notices. `spojka person` and the erase screen share them.

use super::{date, field_label, format, kind_arg, text};
use crate::domain::erasure::{ErasePlan, Hit, Linked, Place};
use crate::domain::personal::Link;
use crate::domain::{Id, Kind};

/// A record named in a line: kind, title and id.
pub fn record(kind: Kind, id: Id, title: &str) -> String {
    format(
        "person-record",
        &[
            ("kind", kind_arg(kind)),
            ("title", title.to_string().into()),
            ("id", id.into()),
        ],
    )
}

/// How a record points to the person.
pub fn link(link: Link) -> String {
    let code = match link {
        Link::Organiser => "organiser",
        Link::Attendee => "attendee",
        Link::Liaison => "liaison",
        Link::Assignment => "assignment",
        Link::ActionItem => "action",
        Link::StepBy => "step_by",
    };
    format("person-link", &[("link", code.into())])
}

/// [`link`], with the occurrence whose own details make it.
pub fn linked(l: &Linked) -> String {
    match l.occurrence {
        Some(day) => format!("{} ({})", link(l.link), occurrence(day)),
        None => link(l.link),
    }
}

fn occurrence(day: chrono::NaiveDate) -> String {
    format("person-occurrence", &[("date", date(day).into())])
}

/// Where a hit is: a record's field, another record's history, the log.
pub fn place(hit: &Hit) -> String {
    match &hit.key.place {
        Place::Record { kind, id, field } => {
            let mut out = format(
                "person-place-record",
                &[
                    ("kind", kind_arg(*kind)),
                    ("title", hit.title.clone().into()),
                    ("id", (*id).into()),
                    ("field", field_label(field.field).into()),
                ],
            );
            if let Some(day) = field.occurrence {
                out.push_str(&format!(" ({})", occurrence(day)));
            }
            out
        }
        Place::History {
            kind,
            id,
            seq,
            field,
            after,
        } => format(
            "person-place-history",
            &[
                ("kind", kind_arg(*kind)),
                ("title", hit.title.clone().into()),
                ("id", (*id).into()),
                ("seq", (*seq).into()),
                ("field", field_label(field).into()),
                ("after", if *after { "yes" } else { "no" }.into()),
            ],
        ),
        Place::Operation { op } => format("person-place-operation", &[("op", (*op).into())]),
    }
}

/// A hit in its context, the words found in brackets.
pub fn in_context(hit: &Hit) -> String {
    format!("{}[{}]{}", hit.before, hit.text, hit.after)
}

/// The erase screen's title.
pub fn title(name: &str, id: Id) -> String {
    format(
        "erase-screen-title",
        &[("name", name.to_string().into()), ("id", id.into())],
    )
}

/// That an erasure cannot be undone and backups keep the data a while.
pub fn warning() -> &'static str {
    text("erase-screen-warning")
}

/// What happens to records: the person's own, those they own, references.
pub fn records(plan: &ErasePlan) -> String {
    let deleted = plan.links.iter().filter(|l| l.link.owns()).count();
    let cleared = plan.links.len() - deleted;
    format(
        "erase-screen-records",
        &[("deleted", deleted.into()), ("cleared", cleared.into())],
    )
}

/// How many places are confirmed of how many.
pub fn confirmed(confirmed: usize, count: usize) -> String {
    format(
        "erase-screen-hits",
        &[("confirmed", confirmed.into()), ("count", count.into())],
    )
}

/// That no text names the person.
pub fn no_hits() -> &'static str {
    text("erase-nothing-else")
}

/// The words before the typed surname.
pub fn prompt() -> &'static str {
    text("erase-prompt")
}

/// The status line after an erasure.
pub fn erased(name: &str) -> String {
    format("status-erased", &[("name", name.to_string().into())])
}

/// The status line when the typed surname is not the person's.
pub fn wrong_surname(surname: &str) -> String {
    format(
        "status-erase-wrong-surname",
        &[("surname", surname.to_string().into())],
    )
}

/// The status line when erasing is asked of something not a person.
pub fn people_only() -> &'static str {
    text("status-erase-people-only")
}
