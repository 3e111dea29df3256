//! The words of history you can trust: undo, redo and revert in the status
//! line, the records and fields a refusal names, and the marks of a
//! record's history.

use super::{field_label, format, kind_arg, text};
use crate::domain::choice::ChoiceSet;
use crate::domain::{Id, Kind};
use crate::store::audit::events::Event;
use crate::store::ops::Summary;
use crate::store::{OpEntry, OpKind};

/// One record by kind and name: `meeting "Porada"`.
pub fn record(kind: Kind, name: &str) -> String {
    format(
        "history-record",
        &[("kind", kind_arg(kind)), ("name", name.into())],
    )
}

/// Records by kind and name, as a list.
pub fn records(records: &[(Kind, Id, String)]) -> String {
    records
        .iter()
        .map(|(kind, _, name)| record(*kind, name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Fields by their labels, as a list.
pub fn fields(ids: &[String]) -> String {
    ids.iter()
        .map(|id| field_label(id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a change turned back was, for the status line: how it was turned
/// back (`history-undone`, `history-redone`, `history-reverted`), the
/// first record, how many more.
pub fn turned_back(id: &str, kind: Kind, name: &str, more: usize) -> String {
    format(
        id,
        &[
            ("kind", kind_arg(kind)),
            ("name", name.into()),
            ("more", more.into()),
        ],
    )
}

/// Nothing to undo in this session.
pub fn nothing_to_undo() -> &'static str {
    text("history-nothing-to-undo")
}

/// Nothing to redo.
pub fn nothing_to_redo() -> &'static str {
    text("history-nothing-to-redo")
}

/// Marks a history entry that cannot be reverted.
pub fn not_revertible() -> &'static str {
    text("history-not-revertible")
}

/// The selected change cannot be reverted, for the status line.
pub fn not_revertible_change() -> &'static str {
    text("history-not-revertible-change")
}

/// A Prague time zone's abbreviation (`CET`, `CEST`) as the language writes it.
pub fn zone(abbreviation: &str) -> String {
    format("history-zone", &[("zone", abbreviation.to_string().into())])
}

/// The operation an entry belongs to.
pub fn operation(op: u64) -> String {
    format("history-operation", &[("op", op.to_string().into())])
}

/// A date in a sentence of the history: `8. 12. 2026`, `8 Dec 2026`.
pub fn day(day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let mut args = super::day_args(day).to_vec();
    args.push(("mon", text(&format!("month-short-{}", day.month())).into()));
    format("history-date", &args)
}

/// When a change was made, in Prague with the zone shown:
/// `2. 12. 2026 14:05 SEČ`, `2 Dec 2026 14:05 CET`.
pub fn when(at: crate::domain::Timestamp) -> String {
    let local = at.with_timezone(&crate::domain::prague::ZONE);
    format(
        "history-when",
        &[
            ("date", self::day(local.date_naive()).into()),
            ("time", super::time(local.time()).into()),
            ("zone", zone(&local.format("%Z").to_string()).into()),
        ],
    )
}

/// A date and time in a sentence: `10. 12. 2026 10:00`, `10 Dec 2026 10:00`.
fn moment(at: chrono::NaiveDateTime) -> String {
    format!("{} {}", self::day(at.date()), super::time(at.time()))
}

/// A field's value as the history reads it: a choice by its label, a
/// record by its name (through `name`), a date in the spoken language's
/// form, nothing as "(empty)".
pub fn value(
    kind: crate::domain::FieldKind,
    value: &crate::domain::FieldValue,
    name: &dyn Fn(Kind, Id) -> String,
) -> String {
    use crate::domain::{FieldKind as K, FieldValue as V};
    if value.is_empty() {
        return text("history-empty").to_string();
    }
    let list = |items: Vec<String>| items.join(", ");
    match (value, kind) {
        (V::Choice(Some(i)), K::Choice(set)) => super::choice_label(set, *i).to_string(),
        (V::Multi(v), K::Multi(set)) => list(
            v.iter()
                .map(|i| super::choice_label(set, *i).to_string())
                .collect(),
        ),
        (V::Ref(Some(id)), K::Ref(k)) => name(k, *id),
        (V::Refs(ids), K::Refs(k)) => list(ids.iter().map(|id| name(k, *id)).collect()),
        (V::Text(t), K::Date) => {
            crate::domain::field::parse_date(t).map_or_else(|| t.clone(), self::day)
        }
        (V::Text(t), K::DateTime) => {
            crate::domain::field::parse_date_time(t).map_or_else(|| t.clone(), moment)
        }
        (V::Text(t), K::Rule) => super::repeat(t),
        (V::Text(t), _) => t.clone(),
        _ => text("history-empty").to_string(),
    }
}

/// A stored text value as the history reads it: as it was stored, nothing
/// as "(empty)".
fn stored(value: &str) -> String {
    if value.is_empty() {
        text("history-empty").to_string()
    } else {
        value.to_string()
    }
}

/// One thing a change of a record of `kind` did, as a sentence; records it
/// refers to are named through `name`.
pub fn event(kind: Kind, event: &Event, name: &dyn Fn(Kind, Id) -> String) -> String {
    let on = |id: &str, date: chrono::NaiveDate| format(id, &[("date", self::day(date).into())]);
    match event {
        Event::Created => text("history-event-created").to_string(),
        Event::Renewed(old) => format(
            "history-event-renewed",
            &[("name", name(Kind::Agreement, *old).into())],
        ),
        Event::Deleted => text("history-event-deleted").to_string(),
        Event::Erased => text("history-event-erased").to_string(),
        Event::Archived => text("history-event-archived").to_string(),
        Event::Restored => text("history-event-restored").to_string(),
        Event::StatusTo(status) => format(
            "history-event-status",
            &[(
                "status",
                super::choice_label(ChoiceSet::AgreementStatus, status.index()).into(),
            )],
        ),
        Event::Cancelled(date) => on("history-event-cancelled", *date),
        Event::Uncancelled(date) => on("history-event-uncancelled", *date),
        Event::Moved { original, to } => format(
            "history-event-moved",
            &[
                ("date", self::day(*original).into()),
                ("to", moment(*to).into()),
            ],
        ),
        Event::BackToSeries(date) => on("history-event-back-to-series", *date),
        Event::Held(date) => on("history-event-held", *date),
        Event::OccurrenceChanged(date) => on("history-event-occurrence-changed", *date),
        Event::SplitFrom(date) => on("history-event-split", *date),
        Event::StepDone { step, on } => format(
            "history-event-step-done",
            &[
                ("step", step_name(step).into()),
                ("date", self::day(*on).into()),
            ],
        ),
        Event::StepSkipped { step, reason } => format(
            "history-event-step-skipped",
            &[
                ("step", step_name(step).into()),
                ("reason", reason.clone().into()),
            ],
        ),
        Event::StepReopened { step, note } => format(
            "history-event-step-reopened",
            &[
                ("step", step_name(step).into()),
                ("note", note.clone().into()),
            ],
        ),
        Event::Field {
            field,
            before,
            after,
        } => {
            let def = kind.field(field);
            let word = |v: &crate::domain::FieldValue| match def {
                Some(def) => value(def.kind, v, name),
                None => stored(""),
            };
            field_change(field, before.is_empty().then_some(&word(after)), || {
                (word(before), word(after))
            })
        }
        Event::Text {
            field,
            before,
            after,
        } => field_change(field, before.is_empty().then_some(&stored(after)), || {
            (stored(before), stored(after))
        }),
    }
}

/// `Region: Prague → Olomouc Region`; `Title: Porada` for a field filled
/// in where it was empty (`set`).
fn field_change(field: &str, set: Option<&String>, both: impl Fn() -> (String, String)) -> String {
    if let Some(after) = set {
        return format(
            "history-field-set",
            &[
                ("field", field_label(field).into()),
                ("after", after.clone().into()),
            ],
        );
    }
    let (before, after) = both();
    format(
        "history-field",
        &[
            ("field", field_label(field).into()),
            ("before", before.to_string().into()),
            ("after", after.to_string().into()),
        ],
    )
}

/// What an operation was, for the heading of its changes: its kind, and
/// what its typed summary says (the operation it turned back, the file it
/// imported); `count` is how many changes it made.
pub fn what(op: &OpEntry, count: u64) -> String {
    let code = match (op.kind, op.what()) {
        (OpKind::Revert, Some(Summary::RevertedEntry { .. })) => "revert_entry",
        (OpKind::Import, Some(Summary::Imported { file, .. })) if file.is_empty() => {
            "imported_calendar"
        }
        (OpKind::Import, Some(Summary::Imported { .. })) => "imported",
        (kind, _) => op_kind_code(kind),
    };
    let (target, file, of, created, updated) = match op.what() {
        Some(Summary::TurnedBack { op }) => (op.to_string(), String::new(), Kind::Meeting, 0, 0),
        Some(Summary::RevertedEntry { op, .. }) => (
            op.map(|o| o.to_string()).unwrap_or_default(),
            String::new(),
            Kind::Meeting,
            0,
            0,
        ),
        Some(Summary::Imported {
            file,
            kind,
            created,
            updated,
        }) => (String::new(), file, kind, created, updated),
        None => (String::new(), String::new(), Kind::Meeting, 0, 0),
    };
    format(
        "history-what",
        &[
            ("what", code.into()),
            ("count", count.into()),
            ("target", target.into()),
            ("file", file.into()),
            ("kind", kind_arg(of)),
            ("created", created.into()),
            ("updated", updated.into()),
        ],
    )
}

/// A cooperation request's step by its key: its name in the shipped step
/// list, or the key itself for a step only a list of the user's has.
fn step_name(key: &str) -> String {
    let shipped = crate::domain::request::StepList::shipped();
    match shipped.step(key) {
        Some(step) => super::request::step_name(step).to_string(),
        None => key.to_string(),
    }
}

/// An operation kind as the JSON and the catalog name it.
pub fn op_kind_code(kind: OpKind) -> &'static str {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AgreementStatus, FieldValue, Service};
    use crate::vocab::Lang;
    use chrono::NaiveDate;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, day).expect("day")
    }

    /// Each kind of event, in `lang`.
    fn said(lang: Lang) -> Vec<String> {
        crate::catalog::speak(lang);
        let name = |_: Kind, id: Id| format!("Dohoda {id}");
        let events = [
            (Kind::Meeting, Event::Created),
            (Kind::Agreement, Event::Renewed(4)),
            (Kind::Meeting, Event::Deleted),
            (Kind::Person, Event::Erased),
            (Kind::Meeting, Event::Archived),
            (Kind::Meeting, Event::Restored),
            (Kind::Agreement, Event::StatusTo(AgreementStatus::Signed)),
            (Kind::Meeting, Event::Cancelled(d(8))),
            (Kind::Meeting, Event::Uncancelled(d(8))),
            (
                Kind::Meeting,
                Event::Moved {
                    original: d(8),
                    to: d(10).and_hms_opt(10, 0, 0).expect("time"),
                },
            ),
            (Kind::Meeting, Event::BackToSeries(d(8))),
            (Kind::Meeting, Event::Held(d(8))),
            (Kind::Meeting, Event::OccurrenceChanged(d(8))),
            (Kind::Meeting, Event::SplitFrom(d(15))),
            (
                Kind::Facility,
                Event::Field {
                    field: "region",
                    before: FieldValue::Choice(Some(0)),
                    after: FieldValue::Choice(Some(1)),
                },
            ),
            (
                Kind::Agreement,
                Event::Field {
                    field: "services",
                    before: FieldValue::Multi(vec![]),
                    after: FieldValue::Multi(vec![Service::DebtCounselling.index()]),
                },
            ),
            (
                Kind::Agreement,
                Event::Field {
                    field: "organisation",
                    before: FieldValue::Ref(Some(2)),
                    after: FieldValue::Ref(Some(3)),
                },
            ),
            (
                Kind::Facility,
                Event::Text {
                    field: "region".into(),
                    before: "CZ-10".into(),
                    after: String::new(),
                },
            ),
        ];
        events
            .iter()
            .map(|(kind, e)| super::event(*kind, e, &name))
            .collect()
    }

    #[test]
    fn every_event_reads_as_a_sentence_in_english() {
        let en = said(Lang::En);
        let expected = [
            "Created",
            "Created as the renewal of agreement \"Dohoda 4\"",
            "Deleted",
            "Deleted, and its personal data erased",
            "Archived",
            "Restored from the archive",
            "Moved the agreement to signed",
            "Cancelled the meeting of 8 Dec 2026",
            "The meeting of 8 Dec 2026 takes place again",
            "Moved the meeting of 8 Dec 2026 to 10 Dec 2026 10:00",
            "The meeting of 8 Dec 2026 follows the series again",
            "Marked the meeting of 8 Dec 2026 as held",
            "Changed the meeting of 8 Dec 2026 on its own",
            "Split the series from 15 Dec 2026",
        ];
        assert_eq!(&en[..expected.len()], expected);
        let fields = &en[expected.len()..];
        // Regions are proper names, the same in both languages.
        assert_eq!(fields[0], "Region: Hlavní město Praha → Středočeský kraj");
        assert!(!fields[0].contains("CZ-"), "{fields:?}");
        assert_eq!(fields[1], "Services: debt counselling");
        assert_eq!(fields[2], "NGO: Dohoda 2 → Dohoda 3");
        assert_eq!(
            fields[3], "Region: CZ-10 → (empty)",
            "old entries as stored"
        );
    }

    #[test]
    fn every_event_reads_as_a_sentence_in_czech() {
        let cs = said(Lang::Cs);
        let expected = [
            "Vytvořeno",
            "Vytvořeno jako obnovení dohody „Dohoda 4“",
            "Smazáno",
            "Smazáno, osobní údaje vymazány",
            "Archivováno",
            "Obnoveno z archivu",
            "Stav dohody změněn na: podepsaná",
            "Zrušena schůzka 8. 12. 2026",
            "Schůzka 8. 12. 2026 se opět koná",
            "Schůzka 8. 12. 2026 přesunuta na 10. 12. 2026 10:00",
            "Schůzka 8. 12. 2026 opět podle série",
            "Schůzka 8. 12. 2026 označena: proběhlo",
            "Schůzka 8. 12. 2026 změněna samostatně",
            "Série rozdělena od 15. 12. 2026",
        ];
        assert_eq!(&cs[..expected.len()], expected);
        let fields = &cs[expected.len()..];
        assert_eq!(fields[0], "Kraj: Hlavní město Praha → Středočeský kraj");
        assert_eq!(fields[1], "Služby: dluhové poradenství");
        assert_eq!(fields[3], "Kraj: CZ-10 → (nevyplněno)");
    }

    #[test]
    fn a_requests_steps_read_by_their_names_in_both_languages() {
        let name = |_: Kind, id: crate::domain::Id| format!("#{id}");
        let done = Event::StepDone {
            step: "received".into(),
            on: d(2),
        };
        let skipped = Event::StepSkipped {
            step: "liaison_contacted".into(),
            reason: "Už se znají".into(),
        };
        let own = Event::StepReopened {
            step: "a-step-of-our-own".into(),
            note: "Znovu".into(),
        };
        let said = |lang| {
            crate::catalog::speak(lang);
            [&done, &skipped, &own].map(|e| super::event(Kind::Request, e, &name))
        };
        let en = said(Lang::En);
        assert_eq!(en[0], "Step “Request received” done on 2 Dec 2026");
        assert!(
            en[1].starts_with("Step “Prison's NGO coordinator contacted” skipped: Už se znají"),
            "{en:?}"
        );
        assert_eq!(en[2], "Step “a-step-of-our-own” reopened: Znovu");
        let cs = said(Lang::Cs);
        assert_eq!(cs[0], "Krok „Žádost přijata“ splněn 2. 12. 2026");
        assert_eq!(
            cs[1],
            "Krok „Styčná osoba věznice oslovena“ přeskočen: Už se znají"
        );
    }

    #[test]
    fn when_is_prague_time_with_its_zone() {
        let winter = NaiveDate::from_ymd_opt(2026, 12, 2)
            .and_then(|d| d.and_hms_opt(13, 5, 0))
            .expect("time")
            .and_utc();
        let summer = NaiveDate::from_ymd_opt(2026, 7, 2)
            .and_then(|d| d.and_hms_opt(12, 5, 0))
            .expect("time")
            .and_utc();
        crate::catalog::speak(Lang::Cs);
        assert_eq!(when(winter), "2. 12. 2026 14:05 SEČ");
        assert_eq!(when(summer), "2. 7. 2026 14:05 SELČ");
        crate::catalog::speak(Lang::En);
        assert_eq!(when(winter), "2 Dec 2026 14:05 CET");
        assert_eq!(when(summer), "2 Jul 2026 14:05 CEST");
    }

    #[test]
    fn an_operation_is_worded_from_its_kind_and_typed_summary() {
        crate::catalog::speak(Lang::En);
        let op = |kind, summary: Option<Summary>| OpEntry {
            at: crate::sample::epoch(),
            who: "Jana".into(),
            kind,
            summary: summary
                .map(|s| s.text())
                .unwrap_or_else(|| "saved x".into()),
            state: crate::store::OpState::Committed,
            entries: 3,
        };
        assert_eq!(what(&op(OpKind::Save, None), 1), "saved");
        assert_eq!(
            what(&op(OpKind::Undo, Some(Summary::TurnedBack { op: 12 })), 1),
            "undid operation #12"
        );
        let imported = Summary::Imported {
            file: "schůzky.xlsx".into(),
            kind: Kind::Meeting,
            created: 12,
            updated: 1,
        };
        assert_eq!(
            what(&op(OpKind::Import, Some(imported.clone())), 13),
            "imported schůzky.xlsx (meeting): 12 new, 1 changed"
        );
        let calendar = Summary::Imported {
            file: String::new(),
            kind: Kind::Meeting,
            created: 2,
            updated: 0,
        };
        assert_eq!(
            what(&op(OpKind::Import, Some(calendar.clone())), 2),
            "imported a calendar file: 2 new, 0 changed meetings"
        );
        crate::catalog::speak(Lang::Cs);
        assert_eq!(
            what(&op(OpKind::Import, Some(calendar)), 2),
            "import kalendáře: nových schůzek 2, změněných 0"
        );
        assert_eq!(
            what(&op(OpKind::Revert, Some(Summary::TurnedBack { op: 5 })), 2),
            "vrácení operace č. 5"
        );
        assert_eq!(
            what(&op(OpKind::Import, Some(imported)), 13),
            "import ze souboru schůzky.xlsx (schůzka): nových 12, změněných 1"
        );
    }
}
