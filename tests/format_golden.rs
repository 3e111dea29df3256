//! Golden bytes of every record kind. bincode has no schema: a reordered field
//! or enum variant would silently decode as something else. If one of these
//! snapshots changes, the storage format changed: bump `FORMAT_VERSION`, keep
//! the old bytes under `tests/fixtures/format_vN/` and write a migration
//! (`store::migrate`) instead of accepting the new bytes.

mod common;

use common::golden::{hex, unhex};
use spojka::domain::*;
use spojka::sample::{self, at};
use spojka::store::codec;
use spojka::store::migrate::{self, Stored};

fn fixed<T: Entity>(mut record: T) -> T {
    let meta = record.meta_mut();
    meta.id = 7;
    meta.version = 3;
    meta.created = sample::epoch();
    meta.updated = sample::epoch();
    record
}

fn check<T: Stored>(name: &str, record: T) {
    let bytes = codec::encode(&record);
    insta::assert_snapshot!(format!("{name}_v2"), hex(&bytes, 32));
    assert_eq!(migrate::decode::<T>(&bytes).expect("decodes"), record);
    // The bytes version 1 wrote for the same record still read, as today's type
    // (kinds added later have no version 1 bytes).
    let Ok(v1) = std::fs::read_to_string(format!("tests/fixtures/format_v1/{name}.hex")) else {
        assert_eq!(
            name, "action_item",
            "only kinds newer than version 1 lack a fixture"
        );
        return;
    };
    let v1 = unhex(&v1);
    assert_eq!(v1[0], 1);
    assert_eq!(
        migrate::decode::<T>(&v1).expect("version 1 decodes"),
        record,
        "{name} v1"
    );
}

/// The same records as version 1 stored them, so version 1 bytes must decode
/// to exactly these (new fields empty).
#[test]
fn every_record_kind_keeps_its_bytes() {
    let mut facility = sample::facility("Věznice Plzeň", Region::Plzensky);
    facility.kind = FacilityKind::SecurityDetention;
    check("facility", fixed(facility));
    let mut ngo = sample::organisation("Romodrom");
    ngo.ico = "00064581".into();
    ngo.membership = Membership::Observer;
    ngo.regions = vec![Region::Moravskoslezsky, Region::Praha];
    ngo.services = vec![Service::Other, Service::Addiction];
    check("organisation", fixed(ngo));
    check("person", fixed(sample::person("Jana", Some(2))));
    let mut assignment = sample::assignment(3, 4);
    assignment.from = chrono::NaiveDate::from_ymd_opt(2026, 2, 1);
    check("assignment", fixed(assignment));
    let mut meeting = sample::meeting("Porada", Some(1), at(2026, 3, 3, 10, 0));
    meeting.status = MeetingStatus::Cancelled;
    meeting.attendees = vec![5, 6];
    check("meeting", fixed(meeting));
    let mut agreement = sample::agreement("Dohoda", 2, vec![1, 3]);
    agreement.status = AgreementStatus::Terminated;
    agreement.replaces = Some(9);
    check("agreement", fixed(agreement));
    let item = ActionItem {
        meta: Meta::new(sample::epoch()),
        what: "Poslat návrh dohody".into(),
        meeting: Some(5),
        owner: 6,
        due: chrono::NaiveDate::from_ymd_opt(2026, 12, 15),
        status: ActionStatus::Done,
        notes: String::new(),
    };
    check("action_item", fixed(item));
}
