//! Records the screen tests show: the reference prisons plus a few made by
//! hand with Czech, long and hostile text.

use super::time::day;
use spojka::domain::*;
use spojka::model::Data;
use spojka::sample::{self, at, with_id};

/// The reference prisons plus a few hand-made records with Czech, long and
/// hostile text.
pub fn showcase() -> Data {
    let mut records: Vec<Record> = spojka::seed::reference_facilities()
        .expect("reference data")
        .into_iter()
        .enumerate()
        .map(|(i, f)| with_id(f, i as Id + 1))
        .collect();
    let mut ngo = sample::organisation("Společnost Podané ruce, o.p.s.");
    ngo.ico = "00064581".into();
    ngo.regions = vec![Region::Jihomoravsky, Region::Olomoucky];
    ngo.services = vec![Service::Addiction, Service::ReleasePreparation];
    records.push(with_id(ngo, 100));
    let mut long = sample::organisation(&"Velmi dlouhý název neziskové organizace ".repeat(4));
    long.membership = Membership::Observer;
    records.push(with_id(long, 101));
    records.push(with_id(
        sample::organisation("Zlá\x1b[31m organizace\u{202E}"),
        102,
    ));
    let mut jana = sample::person("Jana Nováková", Some(100));
    jana.role = "koordinátorka".into();
    jana.email = "jana@podaneruce.cz".into();
    records.push(with_id(jana, 200));
    let mut assignment = sample::assignment(200, 1);
    assignment.role = AssignmentRole::NgoCoordinator;
    records.push(with_id(assignment, 300));
    let mut meeting = sample::meeting("Koordinační schůzka", Some(1), at(2026, 12, 1, 10, 0));
    meeting.attendees = vec![200];
    records.push(with_id(meeting, 400));
    let mut agreement = sample::agreement("Dohoda o spolupráci — adiktologie", 100, vec![1]);
    agreement.status = AgreementStatus::Signed;
    agreement.valid_until = chrono::NaiveDate::from_ymd_opt(2027, 6, 30);
    records.push(with_id(agreement, 500));
    let follow_up = ActionItem {
        meta: Meta::new(sample::epoch()),
        what: "Zaslat zápis ze schůzky všem účastníkům".into(),
        meeting: Some(400),
        owner: 200,
        due: Some(day(2026, 12, 8)),
        status: ActionStatus::Open,
        notes: String::new(),
    };
    records.push(with_id(follow_up, 700));
    Data::new(records)
}
