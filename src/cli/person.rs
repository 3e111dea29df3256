//! `spojka person show` and `spojka person erase`: one person's data, the
//! copy a person may ask for and the erasure they may ask for (GDPR).
//!
//! Both start from the store's plan of an erasure ([`Store::erase_plan`]):
//! what points to the person and where text names them. `show` prints it
//! with the person's record, the records that point to them and their
//! history, in words or as JSON; `erase` prints what it would change, and
//! with `--yes` does it as one operation and compacts the database.

use super::CliError;
use crate::catalog::{self, erase, format, text};
use crate::domain::personal::Link;
use crate::domain::{FieldKind, FieldValue, Id, Kind, Record, Timestamp};
use crate::insight::agenda::{self, Found};
use crate::model::Data;
use crate::sanitize::sanitize;
use crate::store::erase::{ErasePlan, Hit, Place};
use crate::store::{Store, StoreError, audit::AuditEntry};
use serde::Serialize;
use std::io::Write;

/// The version of the JSON format, raised when a field changes meaning or
/// goes away (new fields may come without it).
const JSON_VERSION: u32 = 1;

/// The person `query` names (an id or a name, as `agenda --person` reads
/// it); nobody or several is a usage error listing the candidates.
pub fn resolve(data: &Data, query: &str) -> Result<Id, CliError> {
    match agenda::find_person(data, query) {
        Found::One(id) => Ok(id),
        Found::Nobody => Err(CliError::NoSuchPerson(query.to_string())),
        Found::Several(people) => Err(CliError::SeveralPeople {
            name: query.to_string(),
            people,
        }),
    }
}

/// The plan of `person`, an unknown one a usage error.
fn plan_of(store: &Store, person: Id) -> Result<ErasePlan, CliError> {
    match store.erase_plan(person) {
        Err(StoreError::NotFound { .. }) => Err(CliError::NoSuchPerson(person.to_string())),
        other => Ok(other?),
    }
}

/// Prints everything held about the person `query` names.
pub fn show(
    store: &Store,
    data: &Data,
    query: &str,
    json: bool,
    terminal: bool,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let id = resolve(data, query)?;
    let plan = plan_of(store, id)?;
    let history = store.history(Kind::Person, id)?;
    let linked = linked_records(store, &plan)?;
    let written = if json {
        let mut text =
            serde_json::to_string_pretty(&as_json(&plan, &linked, &history)).unwrap_or_default();
        text.push('\n');
        if terminal {
            text = crate::sanitize::sanitize_lines(&text).into_owned();
        }
        text
    } else {
        show_text(data, &plan, &linked, &history)
    };
    write_out(out, &written, "writing a person's data")
}

/// Lists what erasing `person` changes; with `yes`, erases it as one
/// operation and compacts the database.
pub fn erase(
    store: &Store,
    person: Id,
    yes: bool,
    who: &str,
    now: Timestamp,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let plan = plan_of(store, person)?;
    let name = plan.person.display_name();
    if !yes {
        return write_out(out, &erase_text(&plan), "listing what an erasure changes");
    }
    let done = store.erase_person(person, &[], text("erased-person"), who, now)?;
    let mut lines = vec![format(
        "erase-done",
        &[
            ("name", sanitize(&name).into()),
            ("changed", done.changed.into()),
            ("deleted", done.deleted.into()),
            ("replaced", done.replaced.into()),
            ("op", done.op.into()),
        ],
    )];
    if compact(store)? {
        lines.push(text("erase-compacted").to_string());
    }
    lines.push(String::new());
    write_out(out, &lines.join("\n"), "reporting an erasure")
}

/// Compacts the database after an erasure, so the erased bytes leave its
/// files (in the process holding it, its sessions attached); whether it did.
fn compact(store: &Store) -> Result<bool, CliError> {
    store.compact_in_place()?;
    Ok(true)
}

fn write_out(out: &mut dyn Write, text: &str, what: &str) -> Result<(), CliError> {
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|source| CliError::Io {
            what: what.to_string(),
            source,
        })
}

/// The records of the plan's links, read whole, in the plan's order, once.
fn linked_records(store: &Store, plan: &ErasePlan) -> Result<Vec<Record>, StoreError> {
    let mut out: Vec<Record> = Vec::new();
    for l in &plan.links {
        if out.iter().any(|r| r.kind() == l.kind && r.id() == l.id) {
            continue;
        }
        if let Some(record) = store.get(l.kind, l.id)? {
            out.push(record);
        }
    }
    Ok(out)
}

/// A hit in its context, the words found in brackets, on one line.
fn hit_line(hit: &Hit) -> String {
    sanitize(&format!(
        "  {}: {}",
        erase::place(hit),
        erase::in_context(hit)
    ))
    .into_owned()
}

/// How a field's value reads: choices by label, references by name, dates
/// in the spoken language.
fn readable(data: &Data, def: &crate::domain::FieldDef, value: &FieldValue) -> String {
    let text = match (value, def.kind) {
        (FieldValue::Choice(Some(i)), FieldKind::Choice(set)) => {
            catalog::choice_label(set, *i).to_string()
        }
        (FieldValue::Multi(v), FieldKind::Multi(set)) => v
            .iter()
            .map(|i| catalog::choice_label(set, *i))
            .collect::<Vec<_>>()
            .join(", "),
        _ => data.plain(def, value),
    };
    use crate::domain::field::{parse_date, parse_date_time};
    match def.kind {
        FieldKind::Date => parse_date(&text).map_or(text, catalog::date),
        FieldKind::DateTime => parse_date_time(&text).map_or(text, catalog::date_time),
        FieldKind::Rule if !text.trim().is_empty() => catalog::repeat(&text),
        _ => text,
    }
}

/// Every field of `record` with its label, a line each, indented.
fn fields_of(data: &Data, record: &Record, lines: &mut Vec<String>) {
    for (def, value) in record.kind().fields().iter().zip(record.values()) {
        let shown = readable(data, def, &value);
        if shown.trim().is_empty() {
            continue;
        }
        let one_line = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        lines.push(
            sanitize(&format!("    {}: {one_line}", catalog::field_label(def.id))).into_owned(),
        );
    }
}

/// `show` in words.
fn show_text(data: &Data, plan: &ErasePlan, linked: &[Record], history: &[AuditEntry]) -> String {
    let p = &plan.person;
    let mut lines = vec![
        sanitize(&format(
            "person-title",
            &[("name", p.display_name().into()), ("id", p.meta.id.into())],
        ))
        .into_owned(),
    ];
    let section = |lines: &mut Vec<String>, id: &str| {
        lines.push(String::new());
        lines.push(text(id).to_string());
    };
    section(&mut lines, "person-section-record");
    fields_of(data, &Record::Person(p.clone()), &mut lines);
    for (id, links) in [
        (
            "person-section-meetings",
            &[Link::Organiser, Link::Attendee][..],
        ),
        ("person-section-assignments", &[Link::Assignment][..]),
        ("person-section-actions", &[Link::ActionItem][..]),
        ("person-section-liaison", &[Link::Liaison][..]),
        ("person-section-requests", &[Link::StepBy][..]),
    ] {
        section(&mut lines, id);
        let mut shown = Vec::new();
        for l in plan.links.iter().filter(|l| links.contains(&l.link)) {
            if shown.contains(&(l.kind, l.id)) {
                continue;
            }
            shown.push((l.kind, l.id));
            let how: Vec<String> = plan
                .links
                .iter()
                .filter(|o| o.kind == l.kind && o.id == l.id && links.contains(&o.link))
                .map(erase::linked)
                .collect();
            let record = linked.iter().find(|r| r.kind() == l.kind && r.id() == l.id);
            let mut line = format!("  {}", erase::record(l.kind, l.id, &l.title));
            // A meeting in one line (the person's part in it); what is
            // theirs (an assignment, an action item) with every field.
            match record {
                Some(Record::Meeting(m)) => {
                    line = format!(
                        "  {} · {} · {}",
                        catalog::date_time(m.start),
                        erase::record(l.kind, l.id, &l.title),
                        how.join(", ")
                    );
                    lines.push(sanitize(&line).into_owned());
                }
                Some(record @ (Record::Assignment(_) | Record::ActionItem(_))) => {
                    lines.push(sanitize(&line).into_owned());
                    fields_of(data, record, &mut lines);
                }
                _ => lines.push(sanitize(&line).into_owned()),
            }
        }
        if shown.is_empty() {
            lines.push(format!("  {}", text("person-none")));
        }
    }
    section(&mut lines, "person-section-mentions");
    lines.extend(plan.hits.iter().map(hit_line));
    if plan.hits.is_empty() {
        lines.push(format!("  {}", text("person-none")));
    }
    section(&mut lines, "person-section-history");
    for entry in history {
        let at = entry
            .at
            .with_timezone(&crate::domain::prague::ZONE)
            .naive_local();
        lines.push(
            sanitize(&format!(
                "  {}",
                format(
                    "person-history-line",
                    &[
                        ("when", catalog::date_time(at).into()),
                        ("who", entry.who.clone().into()),
                        ("change", catalog::change(entry.change).into()),
                    ],
                )
            ))
            .into_owned(),
        );
        for f in &entry.fields {
            let one = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            lines.push(
                sanitize(&format!(
                    "    {}: {} → {}",
                    catalog::field_label(&f.field),
                    one(&f.before),
                    one(&f.after)
                ))
                .into_owned(),
            );
        }
    }
    if history.is_empty() {
        lines.push(format!("  {}", text("person-none")));
    }
    lines.push(String::new());
    lines.join("\n")
}

/// What `erase` without `--yes` prints.
fn erase_text(plan: &ErasePlan) -> String {
    let p = &plan.person;
    let mut lines = vec![
        sanitize(&format(
            "erase-plan-title",
            &[("name", p.display_name().into()), ("id", p.meta.id.into())],
        ))
        .into_owned(),
    ];
    lines.push(String::new());
    lines.push(text("erase-section-records").to_string());
    lines.push(format!("  {}", text("erase-person-itself")));
    for l in &plan.links {
        let what = if l.link.owns() {
            text("erase-deleted").to_string()
        } else {
            format("erase-cleared", &[("link", erase::linked(l).into())])
        };
        lines.push(
            sanitize(&format!(
                "  {}: {what}",
                erase::record(l.kind, l.id, &l.title)
            ))
            .into_owned(),
        );
    }
    lines.push(String::new());
    lines.push(format(
        "erase-section-hits",
        &[("with", text("erased-person").into())],
    ));
    lines.extend(plan.hits.iter().map(hit_line));
    if plan.hits.is_empty() {
        lines.push(format!("  {}", text("erase-nothing-else")));
    }
    lines.push(String::new());
    lines.push(text("erase-dry-run").to_string());
    lines.push(String::new());
    lines.join("\n")
}

/// `person show --json` (see the README).
#[derive(Serialize)]
struct Json {
    version: u32,
    person: serde_json::Value,
    links: Vec<JsonLink>,
    records: Vec<JsonRecord>,
    mentions: Vec<JsonMention>,
    history: Vec<JsonEntry>,
}

#[derive(Serialize)]
struct JsonLink {
    kind: &'static str,
    id: Id,
    title: String,
    link: &'static str,
    occurrence: Option<String>,
}

#[derive(Serialize)]
struct JsonRecord {
    kind: &'static str,
    record: serde_json::Value,
}

#[derive(Serialize)]
struct JsonMention {
    place: &'static str,
    kind: Option<&'static str>,
    id: Option<Id>,
    title: String,
    field: Option<String>,
    occurrence: Option<String>,
    history_entry: Option<u64>,
    after_change: Option<bool>,
    op: Option<u64>,
    what: &'static str,
    before: String,
    text: String,
    after: String,
}

#[derive(Serialize)]
struct JsonEntry {
    at: String,
    who: String,
    change: &'static str,
    op: Option<u64>,
    fields: Vec<JsonField>,
}

#[derive(Serialize)]
struct JsonField {
    field: String,
    before: String,
    after: String,
}

fn record_json(record: &Record) -> serde_json::Value {
    crate::each_record!(record, r => serde_json::to_value(r).unwrap_or_default())
}

fn link_code(link: Link) -> &'static str {
    match link {
        Link::Organiser => "organiser",
        Link::Attendee => "attendee",
        Link::Liaison => "liaison",
        Link::Assignment => "assignment",
        Link::ActionItem => "action_item",
        Link::StepBy => "step_by",
    }
}

fn as_json(plan: &ErasePlan, linked: &[Record], history: &[AuditEntry]) -> Json {
    use crate::domain::mention::MentionKind;
    use crate::store::audit::Change;
    Json {
        version: JSON_VERSION,
        person: record_json(&Record::Person(plan.person.clone())),
        links: plan
            .links
            .iter()
            .map(|l| JsonLink {
                kind: l.kind.plural(),
                id: l.id,
                title: l.title.clone(),
                link: link_code(l.link),
                occurrence: l.occurrence.map(|d| d.to_string()),
            })
            .collect(),
        records: linked
            .iter()
            .map(|r| JsonRecord {
                kind: r.kind().plural(),
                record: record_json(r),
            })
            .collect(),
        mentions: plan
            .hits
            .iter()
            .map(|h| {
                let mut m = JsonMention {
                    place: "record",
                    kind: None,
                    id: None,
                    title: h.title.clone(),
                    field: None,
                    occurrence: None,
                    history_entry: None,
                    after_change: None,
                    op: None,
                    what: match h.mention {
                        MentionKind::Name => "name",
                        MentionKind::Email => "email",
                        MentionKind::Phone => "phone",
                    },
                    before: h.before.clone(),
                    text: h.text.clone(),
                    after: h.after.clone(),
                };
                match &h.key.place {
                    Place::Record { kind, id, field } => {
                        m.kind = Some(kind.plural());
                        m.id = Some(*id);
                        m.field = Some(field.field.to_string());
                        m.occurrence = field.occurrence.map(|d| d.to_string());
                    }
                    Place::History {
                        kind,
                        id,
                        seq,
                        field,
                        after,
                    } => {
                        m.place = "history";
                        m.kind = Some(kind.plural());
                        m.id = Some(*id);
                        m.field = Some(field.clone());
                        m.history_entry = Some(*seq);
                        m.after_change = Some(*after);
                    }
                    Place::Operation { op } => {
                        m.place = "operation";
                        m.op = Some(*op);
                    }
                }
                m
            })
            .collect(),
        history: history
            .iter()
            .map(|e| JsonEntry {
                at: e.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                who: e.who.clone(),
                change: match e.change {
                    Change::Created => "created",
                    Change::Updated => "updated",
                    Change::Deleted => "deleted",
                    Change::Erased => "erased",
                },
                op: e.op,
                fields: e
                    .fields
                    .iter()
                    .map(|f| JsonField {
                        field: f.field.clone(),
                        before: f.before.clone(),
                        after: f.after.clone(),
                    })
                    .collect(),
            })
            .collect(),
    }
}
