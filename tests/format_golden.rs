//! Golden bytes of every record kind at format version 1. bincode has no
//! schema: a reordered field or enum variant would silently decode as something
//! else. If one of these snapshots changes, the storage format changed: bump
//! `FORMAT_VERSION` and write a migration instead of accepting the new bytes.

use spojka::domain::*;
use spojka::sample::{self, at};
use spojka::store::codec;

fn hex(bytes: &[u8]) -> String {
    bytes
        .chunks(32)
        .map(|c| c.iter().map(|b| format!("{b:02x}")).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn fixed<T: Entity>(mut record: T) -> T {
    let meta = record.meta_mut();
    meta.id = 7;
    meta.version = 3;
    meta.created = sample::epoch();
    meta.updated = sample::epoch();
    record
}

fn check<T: Entity>(name: &str, record: T) {
    let bytes = codec::encode(&record);
    insta::assert_snapshot!(name, hex(&bytes));
    assert_eq!(codec::decode::<T>(&bytes).expect("decodes"), record);
}

#[test]
fn every_record_kind_keeps_its_bytes() {
    let mut facility = sample::facility("Věznice Plzeň", Region::Plzensky);
    facility.kind = FacilityKind::SecurityDetention;
    check("facility_v1", fixed(facility));
    let mut ngo = sample::organisation("Romodrom");
    ngo.ico = "00064581".into();
    ngo.membership = Membership::Observer;
    ngo.regions = vec![Region::Moravskoslezsky, Region::Praha];
    ngo.services = vec![Service::Other, Service::Addiction];
    check("organisation_v1", fixed(ngo));
    check("person_v1", fixed(sample::person("Jana", Some(2))));
    let mut assignment = sample::assignment(3, 4);
    assignment.from = chrono::NaiveDate::from_ymd_opt(2026, 2, 1);
    check("assignment_v1", fixed(assignment));
    let mut meeting = sample::meeting("Porada", Some(1), at(2026, 3, 3, 10, 0));
    meeting.status = MeetingStatus::Cancelled;
    meeting.attendees = vec![5, 6];
    check("meeting_v1", fixed(meeting));
    let mut agreement = sample::agreement("Dohoda", 2, vec![1, 3]);
    agreement.status = AgreementStatus::Terminated;
    agreement.replaces = Some(9);
    check("agreement_v1", fixed(agreement));
}
