//! Golden bytes of the stored formats operations brought: the audit entry
//! (envelope version 3), the operation log entry, the id counters, and a
//! backup line. If one changes, the format changed: keep the old bytes,
//! bump the version and read both. The operation entry and the counters
//! kept their layout at format versions 3 to 6; their older bytes are kept
//! as `*_v2.hex` to `*_v5.hex`. A backup line of format 4 (a facility
//! without its coordinator) is kept as `backup_entry_line_v4.json`, one of
//! format 5 (a facility without its reference fields) as
//! `backup_entry_line_v5.json`.
//! `SPOJKA_WRITE_FIXTURES=1` writes them.

mod common;

use common::golden::{ONE_LINE, hex, unhex};
use spojka::domain::Kind;
use spojka::sample;
use spojka::store::audit::{self, AuditEntry, Change, FieldChange};
use spojka::store::backup::Line;
use spojka::store::{Counters, OpEntry, OpKind, OpState, codec};

fn golden(name: &str, text: &str) {
    let path = format!("tests/fixtures/format_ops/{name}");
    if std::env::var_os("SPOJKA_WRITE_FIXTURES").is_some() {
        std::fs::write(&path, text).expect("write fixture");
    }
    let stored = std::fs::read_to_string(&path).expect("fixture");
    assert_eq!(text, stored, "{name}: the stored format changed");
}

/// The bytes of a fixture kept from an older `version`.
fn old(name: &str, version: u8) -> Vec<u8> {
    let path = format!("tests/fixtures/format_ops/{name}_v{version}.hex");
    let bytes = unhex(&std::fs::read_to_string(&path).expect("fixture"));
    assert_eq!(bytes.first(), Some(&version), "{path}");
    bytes
}

fn entry() -> AuditEntry {
    AuditEntry {
        at: sample::epoch(),
        who: "jana".into(),
        kind: Kind::Meeting,
        id: 7,
        change: Change::Updated,
        fields: vec![FieldChange {
            field: "title".into(),
            before: "Porada".into(),
            after: "Porada – změna".into(),
        }],
        op: Some(3),
        values: true,
        seq: 0,
    }
}

#[test]
fn the_formats_of_operations_keep_their_bytes() {
    let bytes = audit::encode(&entry());
    assert_eq!(bytes[0], audit::ENTRY_VERSION);
    golden("audit_entry_v3.hex", &hex(&bytes, ONE_LINE));
    assert_eq!(audit::decode(&bytes, 0).expect("reads"), entry());
    let op = OpEntry {
        at: sample::epoch(),
        who: "jana".into(),
        kind: OpKind::Import,
        summary: "imported a calendar file".into(),
        state: OpState::Committed,
        entries: 5000,
    };
    golden("op_entry.hex", &hex(&codec::encode(&op), ONE_LINE));
    let counters = Counters {
        next_id: 42,
        next_seq: 43,
        next_op: 9,
    };
    golden("counters.hex", &hex(&counters.encode(), ONE_LINE));
    // Their layout did not change at format versions 3 to 5 (a person's
    // name, a series' overrides, assignments and facilities did): the bytes
    // versions 2 to 4 wrote still read.
    for version in [2, 3, 4, 5] {
        assert_eq!(
            codec::decode::<OpEntry>(&old("op_entry", version)),
            Ok(op.clone())
        );
        assert_eq!(
            codec::decode::<Counters>(&old("counters", version)),
            Ok(counters)
        );
    }
    let line = Line::Entry {
        seq: 12,
        entry: entry(),
        before: None,
        after: Some(sample::facility("Věznice Plzeň", spojka::domain::Region::Plzensky).into()),
    };
    golden(
        "backup_entry_line.json",
        &serde_json::to_string(&line).expect("json"),
    );
    // A facility of format 4 has no coordinator, one of format 5 no
    // reference fields: the lines read the same.
    for (version, missing) in [(4, "coordinator"), (5, "held_sex")] {
        let old = std::fs::read_to_string(format!(
            "tests/fixtures/format_ops/backup_entry_line_v{version}.json"
        ))
        .expect("fixture");
        assert!(!old.contains(missing));
        let read: Line = serde_json::from_str(&old).expect("reads");
        assert_eq!(
            serde_json::to_string(&read).expect("json"),
            serde_json::to_string(&line).expect("json")
        );
    }
}
