//! `spojka history` and `spojka revert`: the operation log and a record's
//! history, grouped by operation, in words or as JSON; a whole operation
//! turned back as a new one, refused with the records changed since.

use super::CliError;
use super::args::{HistoryArgs, RevertArgs};
use crate::catalog::{self, history as words};
use crate::domain::{FieldKind, FieldValue, Id, Kind, Record, prague};
use crate::store::audit::{AuditEntry, Change};
use crate::store::{OpEntry, OpKind, OpState, Store, StoreError};
use serde::Serialize;
use std::io::Write;

/// The version of the JSON of `spojka history --json` and `revert --json`.
pub const JSON_VERSION: u32 = 1;

/// One operation and the changes it made that are asked for; `op` None
/// groups the entries written before operations existed.
struct Group {
    op: Option<(u64, OpEntry)>,
    changes: Vec<AuditEntry>,
}

/// Lists what `args` asks for.
pub fn history(
    store: &Store,
    args: &HistoryArgs,
    out: &mut dyn Write,
    terminal: bool,
) -> Result<(), CliError> {
    let groups = groups(store, args)?;
    let text = if args.json {
        let json = Json {
            version: JSON_VERSION,
            operations: groups.iter().map(|g| json_group(store, g)).collect(),
        };
        let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
        text.push('\n');
        text
    } else {
        as_text(store, &groups)
    };
    write(out, &text, terminal)
}

/// Turns back operation `args.op` as a new operation.
pub fn revert(
    store: &Store,
    who: &str,
    args: &RevertArgs,
    now: crate::domain::Timestamp,
    out: &mut dyn Write,
    terminal: bool,
) -> Result<(), CliError> {
    let done = store.revert_op(args.op, OpKind::Revert, who, now)?;
    let text = if args.json {
        let json = RevertJson {
            version: JSON_VERSION,
            reverted: args.op,
            op: done.op,
            records: done
                .records
                .iter()
                .map(|(kind, id, name)| Named {
                    kind: kind.plural(),
                    id: *id,
                    name: name.clone(),
                })
                .collect(),
        };
        let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
        text.push('\n');
        text
    } else {
        let mut text = catalog::format(
            "history-cli-reverted",
            &[
                ("op", args.op.to_string().into()),
                ("new", done.op.to_string().into()),
                ("count", done.records.len().into()),
            ],
        );
        text.push('\n');
        for (kind, id, name) in &done.records {
            text.push_str(&format!("  {} (#{id})\n", words::record(*kind, name)));
        }
        text
    };
    write(out, &text, terminal)
}

fn write(out: &mut dyn Write, text: &str, terminal: bool) -> Result<(), CliError> {
    let text = if terminal {
        crate::sanitize::sanitize_lines(text).into_owned()
    } else {
        text.to_string()
    };
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|source| CliError::Io {
            what: "writing the output".to_string(),
            source,
        })
}

/// The groups `args` asks for, oldest first.
fn groups(store: &Store, args: &HistoryArgs) -> Result<Vec<Group>, CliError> {
    let with_op = |op: u64| -> Result<Group, CliError> {
        let entry = store.op(op)?.ok_or(StoreError::NoSuchOp { op })?;
        Ok(Group {
            changes: store.op_audit(op)?,
            op: Some((op, entry)),
        })
    };
    if let Some(op) = args.op {
        return Ok(vec![with_op(op)?]);
    }
    if let (Some(kind), Some(id)) = (args.kind, args.id) {
        let mut out: Vec<Group> = Vec::new();
        for entry in store.history(kind, id)? {
            let same = out
                .last()
                .is_some_and(|g| g.op.as_ref().map(|o| o.0) == entry.op && entry.op.is_some());
            if same {
                if let Some(g) = out.last_mut() {
                    g.changes.push(entry);
                }
                continue;
            }
            let op = match entry.op {
                Some(op) => store.op(op)?.map(|e| (op, e)),
                None => None,
            };
            out.push(Group {
                op,
                changes: vec![entry],
            });
        }
        return Ok(out);
    }
    let since = args
        .since
        .map(|day| prague::instant(day.and_time(chrono::NaiveTime::MIN)));
    let mut out = Vec::new();
    for (op, entry) in store.op_log()? {
        if entry.state != OpState::Committed || since.is_some_and(|s| entry.at < s) {
            continue;
        }
        out.push(Group {
            changes: store.op_audit(op)?,
            op: Some((op, entry)),
        });
    }
    Ok(out)
}

/// When, in Prague, with the zone, in the spoken language.
fn when(at: crate::domain::Timestamp) -> String {
    let local = at.with_timezone(&prague::ZONE);
    format!(
        "{} {}",
        catalog::date_time(local.naive_local()),
        words::zone(&local.format("%Z").to_string())
    )
}

/// The name of a record: as stored now, or as the change kept it.
fn name_of(store: &Store, kind: Kind, id: Id) -> String {
    match store.get(kind, id) {
        Ok(Some(record)) => record.title().to_string(),
        _ => format!("#{id}"),
    }
}

fn as_text(store: &Store, groups: &[Group]) -> String {
    let mut text = String::new();
    if groups.is_empty() {
        text.push_str(catalog::text("history-cli-none"));
        text.push('\n');
    }
    for group in groups {
        match &group.op {
            Some((op, entry)) => text.push_str(&catalog::format(
                "history-cli-op",
                &[
                    ("op", op.to_string().into()),
                    ("when", when(entry.at).into()),
                    ("who", entry.who.clone().into()),
                    ("what", op_kind_code(entry.kind).into()),
                    ("count", group.changes.len().into()),
                ],
            )),
            None => text.push_str(catalog::text("history-cli-old")),
        }
        text.push('\n');
        for change in &group.changes {
            let name = kept_name(store, change);
            let mark = if change.revertible() {
                String::new()
            } else {
                format!(" ({})", words::not_revertible())
            };
            text.push_str(&format!(
                "  {} (#{}): {}{mark}\n",
                words::record(change.kind, &name),
                change.id,
                catalog::change(change.change),
            ));
            for field in &change.fields {
                text.push_str(&format!(
                    "    {}: {} → {}\n",
                    catalog::field_label(&field.field),
                    field.before,
                    field.after
                ));
            }
        }
    }
    text
}

/// A record's name for an entry: as stored now, else as the entry kept it.
fn kept_name(store: &Store, change: &AuditEntry) -> String {
    if let Ok(Some(record)) = store.get(change.kind, change.id) {
        return record.title().to_string();
    }
    match store.entry_values(change) {
        Ok((Some(r), _) | (None, Some(r))) => r.title().to_string(),
        _ => format!("#{}", change.id),
    }
}

/// An operation kind as the JSON and the catalog name it.
fn op_kind_code(kind: OpKind) -> &'static str {
    match kind {
        OpKind::Save => "save",
        OpKind::Delete => "delete",
        OpKind::SaveSeveral => "save_several",
        OpKind::Insert => "insert",
        OpKind::Seed => "seed",
        OpKind::Import => "import",
        OpKind::Demo => "demo",
        OpKind::Restore => "restore",
        OpKind::Undo => "undo",
        OpKind::Redo => "redo",
        OpKind::Revert => "revert",
        OpKind::Erase => "erase",
    }
}

fn change_code(change: Change) -> &'static str {
    match change {
        Change::Created => "created",
        Change::Updated => "updated",
        Change::Deleted => "deleted",
        Change::Erased => "erased",
    }
}

/// The JSON of `spojka history --json` (see the README).
#[derive(Serialize)]
struct Json {
    version: u32,
    operations: Vec<JsonOp>,
}

#[derive(Serialize)]
struct JsonOp {
    /// None: entries from before operations were kept.
    op: Option<u64>,
    at: Option<String>,
    who: Option<String>,
    kind: Option<&'static str>,
    changes: Vec<JsonChange>,
}

#[derive(Serialize)]
struct JsonChange {
    kind: &'static str,
    id: Id,
    name: String,
    change: &'static str,
    at: String,
    who: String,
    revertible: bool,
    fields: Vec<JsonField>,
}

#[derive(Serialize)]
struct JsonField {
    field: String,
    label: String,
    /// The value as text, as the history shows it.
    before_text: String,
    after_text: String,
    /// The typed values, where the change keeps them.
    before: serde_json::Value,
    after: serde_json::Value,
}

#[derive(Serialize)]
struct Named {
    kind: &'static str,
    id: Id,
    name: String,
}

/// The JSON of `spojka revert --json`.
#[derive(Serialize)]
struct RevertJson {
    version: u32,
    reverted: u64,
    op: u64,
    records: Vec<Named>,
}

fn json_group(store: &Store, group: &Group) -> JsonOp {
    JsonOp {
        op: group.op.as_ref().map(|o| o.0),
        at: group.op.as_ref().map(|o| iso(o.1.at)),
        who: group.op.as_ref().map(|o| o.1.who.clone()),
        kind: group.op.as_ref().map(|o| op_kind_code(o.1.kind)),
        changes: group
            .changes
            .iter()
            .map(|c| json_change(store, c))
            .collect(),
    }
}

fn iso(at: crate::domain::Timestamp) -> String {
    at.with_timezone(&prague::ZONE)
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

fn json_change(store: &Store, change: &AuditEntry) -> JsonChange {
    let (before, after) = if change.values {
        store.entry_values(change).unwrap_or((None, None))
    } else {
        (None, None)
    };
    let typed = |record: &Option<Record>, field: &str| -> serde_json::Value {
        let Some(record) = record else {
            return serde_json::Value::Null;
        };
        if field == "archived" {
            return record.meta().archived.into();
        }
        match change.kind.field(field) {
            Some(def) => typed_value(store, def.kind, &record.value(field)),
            None => serde_json::Value::Null,
        }
    };
    JsonChange {
        kind: change.kind.plural(),
        id: change.id,
        name: kept_name(store, change),
        change: change_code(change.change),
        at: iso(change.at),
        who: change.who.clone(),
        revertible: change.revertible(),
        fields: change
            .fields
            .iter()
            .map(|f| JsonField {
                field: f.field.clone(),
                label: catalog::field_label(&f.field).to_string(),
                before_text: f.before.clone(),
                after_text: f.after.clone(),
                before: typed(&before, &f.field),
                after: typed(&after, &f.field),
            })
            .collect(),
    }
}

/// A field's value as JSON: text as a string, a choice as its code and
/// label, a reference as the record's kind, id and name.
fn typed_value(store: &Store, kind: FieldKind, value: &FieldValue) -> serde_json::Value {
    use serde_json::json;
    let choice = |set: crate::domain::ChoiceSet, i: usize| json!({"code": set.code(i), "label": catalog::choice_label(set, i)});
    let reference =
        |k: Kind, id: Id| json!({"kind": k.plural(), "id": id, "name": name_of(store, k, id)});
    match (value, kind) {
        (FieldValue::Text(s), _) => s.clone().into(),
        (FieldValue::Choice(Some(i)), FieldKind::Choice(set)) => choice(set, *i),
        (FieldValue::Multi(v), FieldKind::Multi(set)) => {
            v.iter().map(|i| choice(set, *i)).collect()
        }
        (FieldValue::Ref(Some(id)), FieldKind::Ref(k)) => reference(k, *id),
        (FieldValue::Refs(ids), FieldKind::Refs(k)) => {
            ids.iter().map(|id| reference(k, *id)).collect()
        }
        _ => serde_json::Value::Null,
    }
}
