//! `spojka agenda`: the coming meetings, and a person's open action items,
//! as plain text in the spoken language or as JSON in one stable shape.

use super::{AgendaArgs, CliError};
use crate::catalog::{self, format, text};
use crate::domain::occurrences::as_shown;
use crate::domain::{Id, Kind, Record, prague};
use crate::insight::agenda::{self, Entry, Found};
use crate::model::Data;
use crate::sanitize::sanitize;
use chrono::{Days, NaiveDate, NaiveDateTime, SecondsFormat};
use serde::Serialize;
use std::io::Write;

/// The version of the JSON format, raised when a field changes meaning or
/// goes away (new fields may come without it).
const JSON_VERSION: u32 = 1;

/// Prints the agenda of `--days` days from the clock's now, for
/// `--person` when given. With `terminal`, JSON is sanitised too (text
/// always is).
pub fn run(
    data: &Data,
    args: &AgendaArgs,
    clock: crate::clock::Clock,
    terminal: bool,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let person = match &args.person {
        None => None,
        Some(query) => Some(match agenda::find_person(data, query) {
            Found::One(id) => id,
            Found::Nobody => return Err(CliError::NoSuchPerson(query.clone())),
            Found::Several(people) => {
                return Err(CliError::SeveralPeople {
                    name: query.clone(),
                    people,
                });
            }
        }),
    };
    let from = clock.now_prague();
    let to = from
        .checked_add_days(Days::new(u64::from(args.days)))
        .unwrap_or(NaiveDateTime::MAX);
    let meetings = agenda::meetings(data, from, to, person);
    let actions = person.map_or_else(Vec::new, |p| agenda::open_actions(data, p));
    let today = from.date();
    let written = if args.json {
        let json = as_json(data, from, to, person, &meetings, &actions, today);
        let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
        text.push('\n');
        if terminal {
            text = crate::sanitize::sanitize_lines(&text).into_owned();
        }
        text
    } else {
        as_text(data, from, to, person, &meetings, &actions, today)
    };
    out.write_all(written.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|source| CliError::Io {
            what: "writing the agenda".to_string(),
            source,
        })
}

/// The agenda in words, one line a meeting under a heading a day, then the
/// action items; every piece of data made safe for a terminal.
fn as_text(
    data: &Data,
    from: NaiveDateTime,
    to: NaiveDateTime,
    person: Option<Id>,
    meetings: &[Entry],
    actions: &[Id],
    today: NaiveDate,
) -> String {
    let (from_text, to_text) = (catalog::date_time(from), catalog::date_time(to));
    let title = match person {
        Some(p) => format(
            "agenda-title-person",
            &[
                ("name", sanitize(&data.name(Kind::Person, p)).into()),
                ("from", from_text.into()),
                ("to", to_text.into()),
            ],
        ),
        None => format(
            "agenda-title-everyone",
            &[("from", from_text.into()), ("to", to_text.into())],
        ),
    };
    let mut lines = vec![title];
    if meetings.is_empty() {
        lines.push(String::new());
        lines.push(text("agenda-no-meetings").to_string());
    }
    let mut day: Option<NaiveDate> = None;
    for entry in meetings {
        let Some(Record::Meeting(m)) = data.get(Kind::Meeting, entry.id) else {
            continue;
        };
        let o = entry.occurrence;
        let m = &*as_shown(m, &o);
        if day != Some(o.start.date()) {
            day = Some(o.start.date());
            let mut heading = catalog::day_heading(o.start.date());
            if o.start.date() == today {
                heading = format!("{heading} ({})", text("agenda-today"));
            }
            lines.push(String::new());
            lines.push(heading);
        }
        let end = if o.end.date() == o.start.date() {
            catalog::time(o.end.time())
        } else {
            catalog::date_time(o.end)
        };
        let mut line = format!("  {}–{end}  {}", catalog::time(o.start.time()), m.title);
        if let Some(f) = m.facility {
            line.push_str(&format!(" · {}", data.name(Kind::Facility, f)));
        }
        if o.moved {
            line.push_str(&format!(" ({})", text("agenda-moved")));
        }
        lines.push(sanitize(&line).into_owned());
    }
    if person.is_some() {
        lines.push(String::new());
        lines.push(text("agenda-to-do").to_string());
        if actions.is_empty() {
            lines.push(format!("  {}", text("agenda-nothing-to-do")));
        }
        for id in actions {
            let Some(Record::ActionItem(item)) = data.get(Kind::ActionItem, *id) else {
                continue;
            };
            let mut line = format!("  - {}", item.what);
            if let Some(due) = item.due {
                let due = format("agenda-due", &[("date", catalog::date(due).into())]);
                line.push_str(&format!(" · {due}"));
                if due_passed(item.due, today) {
                    line.push_str(&format!(" ({})", text("agenda-overdue")));
                }
            }
            lines.push(sanitize(&line).into_owned());
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// Whether an action item is past its due date.
fn due_passed(due: Option<NaiveDate>, today: NaiveDate) -> bool {
    due.is_some_and(|d| d < today)
}

/// A Prague wall-clock time as ISO 8601 with its offset:
/// `2026-12-01T10:00:00+01:00`.
fn iso(at: NaiveDateTime) -> String {
    prague::instant(at).to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// The JSON of `spojka agenda --json` (see the README).
#[derive(Serialize)]
struct Json {
    version: u32,
    from: String,
    to: String,
    person: Option<Named>,
    meetings: Vec<JsonMeeting>,
    action_items: Vec<JsonAction>,
}

/// A record by id and name.
#[derive(Serialize)]
struct Named {
    id: Id,
    name: String,
}

/// One occurrence of a meeting.
#[derive(Serialize)]
struct JsonMeeting {
    id: Id,
    title: String,
    start: String,
    end: String,
    facility: Option<Named>,
    status: &'static str,
    recurring: bool,
}

/// One open action item.
#[derive(Serialize)]
struct JsonAction {
    id: Id,
    what: String,
    due: Option<String>,
    overdue: bool,
}

fn as_json(
    data: &Data,
    from: NaiveDateTime,
    to: NaiveDateTime,
    person: Option<Id>,
    meetings: &[Entry],
    actions: &[Id],
    today: NaiveDate,
) -> Json {
    let named = |kind: Kind, id: Id| Named {
        id,
        name: data.name(kind, id),
    };
    Json {
        version: JSON_VERSION,
        from: iso(from),
        to: iso(to),
        person: person.map(|p| named(Kind::Person, p)),
        meetings: meetings
            .iter()
            .filter_map(|e| match data.get(Kind::Meeting, e.id) {
                Some(Record::Meeting(series)) => {
                    let m = as_shown(series, &e.occurrence);
                    Some(JsonMeeting {
                        id: e.id,
                        title: m.title.clone(),
                        start: iso(e.occurrence.start),
                        end: iso(e.occurrence.end),
                        facility: m.facility.map(|f| named(Kind::Facility, f)),
                        status: m.status.code(),
                        recurring: series.recurrence.is_some(),
                    })
                }
                _ => None,
            })
            .collect(),
        action_items: actions
            .iter()
            .filter_map(|id| match data.get(Kind::ActionItem, *id) {
                Some(Record::ActionItem(a)) => Some(JsonAction {
                    id: *id,
                    what: a.what.clone(),
                    due: a.due.map(|d| d.to_string()),
                    overdue: due_passed(a.due, today),
                }),
                _ => None,
            })
            .collect(),
    }
}
