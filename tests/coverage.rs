//! The coverage map on a small hand-built data set with known answers: which
//! NGOs deliver which service in which region, today.

mod common;

use chrono::NaiveDate;
use common::time::day;
use spojka::domain::*;
use spojka::insight::coverage::{Coverage, facility_services};
use spojka::model::Data;
use spojka::sample::{self, with_id};

/// The day the map is drawn for, a Friday.
fn today() -> NaiveDate {
    day(2026, 11, 27)
}

fn signed(subject: &str, ngo: Id, facilities: Vec<Id>, services: Vec<Service>) -> Agreement {
    let mut a = sample::agreement(subject, ngo, facilities);
    a.status = AgreementStatus::Signed;
    a.services = services;
    a.valid_from = Some(day(2026, 1, 1));
    a
}

/// Two prisons in Plzeň region, one in Prague, one in Ostrava; four NGOs;
/// agreements and assignments in every state that matters.
fn data() -> Data {
    let mut records = vec![
        with_id(sample::facility("Věznice Plzeň", Region::Plzensky), 1),
        with_id(
            sample::facility("Věznice Horní Slavkov", Region::Karlovarsky),
            2,
        ),
        with_id(sample::facility("Věznice Pankrác", Region::Praha), 3),
        with_id(
            sample::facility("Věznice Heřmanice", Region::Moravskoslezsky),
            4,
        ),
        with_id(sample::organisation("Podané ruce"), 10),
        with_id(sample::organisation("Rubikon"), 11),
        with_id(sample::organisation("Archivovaná NGO"), 12),
        with_id(sample::organisation("Vyšehrad"), 13),
    ];
    let mut archived_ngo = sample::organisation("Archivovaná NGO");
    archived_ngo.meta.archived = true;
    records[6] = with_id(archived_ngo, 12);
    // In force: Podané ruce, addiction and housing at Plzeň and Horní Slavkov.
    records.push(with_id(
        signed(
            "Adiktologie",
            10,
            vec![1, 2],
            vec![Service::Addiction, Service::Housing],
        ),
        100,
    ));
    // In force: Rubikon, debt counselling at Plzeň.
    records.push(with_id(
        signed("Dluhy", 11, vec![1], vec![Service::DebtCounselling]),
        101,
    ));
    // Expired yesterday: counts for nothing.
    let mut expired = signed("Staré", 11, vec![3], vec![Service::Employment]);
    expired.valid_until = Some(day(2026, 11, 26));
    records.push(with_id(expired, 102));
    // Last day today: still in force.
    let mut last_day = signed("Poslední den", 13, vec![3], vec![Service::Mediation]);
    last_day.valid_until = Some(today());
    records.push(with_id(last_day, 103));
    // A draft: not in force.
    let mut draft = signed("Návrh", 13, vec![4], vec![Service::Education]);
    draft.status = AgreementStatus::Negotiating;
    records.push(with_id(draft, 104));
    // Archived agreement: counts for nothing.
    let mut archived = signed("Archivovaná", 13, vec![4], vec![Service::Housing]);
    archived.meta.archived = true;
    records.push(with_id(archived, 105));
    // An archived NGO's agreement: counts for nothing.
    records.push(with_id(
        signed("Archivované NGO", 12, vec![4], vec![Service::SpiritualCare]),
        106,
    ));
    // Starts next month: not yet in force.
    let mut future = signed("Budoucí", 13, vec![4], vec![Service::Probation]);
    future.valid_from = Some(day(2026, 12, 1));
    records.push(with_id(future, 107));
    // People: a Vyšehrad coordinator assigned in Ostrava, one whose
    // assignment ended, and one without an NGO.
    records.push(with_id(sample::person("Jana Nováková", Some(13)), 20));
    records.push(with_id(sample::person("Petr Dvořák", Some(11)), 21));
    records.push(with_id(sample::person("Bez organizace", None), 22));
    let mut active = sample::assignment(20, 4);
    active.services = vec![Service::FamilyContact, Service::Housing];
    active.from = Some(day(2026, 1, 1));
    records.push(with_id(active, 30));
    let mut ended = sample::assignment(21, 4);
    ended.services = vec![Service::Addiction];
    ended.until = Some(day(2026, 6, 30));
    records.push(with_id(ended, 31));
    let mut no_ngo = sample::assignment(22, 4);
    no_ngo.services = vec![Service::Restorative];
    records.push(with_id(no_ngo, 32));
    // Rubikon also delivers addiction at Plzeň through a coordinator, so the
    // cell counts two NGOs there.
    records.push(with_id(sample::person("Eva Malá", Some(11)), 23));
    let mut second = sample::assignment(23, 1);
    second.services = vec![Service::Addiction];
    records.push(with_id(second, 33));
    Data::new(records)
}

#[test]
fn active_agreements_count_their_ngo_in_each_facilitys_region() {
    let map = Coverage::compute(&data(), today());
    assert_eq!(map.count(Region::Plzensky, Service::Housing), 1);
    assert_eq!(map.count(Region::Karlovarsky, Service::Housing), 1);
    assert_eq!(map.count(Region::Plzensky, Service::DebtCounselling), 1);
    let cell = map.cell(Region::Plzensky, Service::Addiction);
    assert_eq!(cell.ngos.iter().copied().collect::<Vec<_>>(), [10, 11]);
    assert_eq!(cell.facilities.iter().copied().collect::<Vec<_>>(), [1]);
}

#[test]
fn an_agreement_on_its_last_day_counts_and_the_day_after_it_does_not() {
    let data = data();
    assert_eq!(
        Coverage::compute(&data, today()).count(Region::Praha, Service::Mediation),
        1
    );
    let tomorrow = today().succ_opt().expect("date");
    assert_eq!(
        Coverage::compute(&data, tomorrow).count(Region::Praha, Service::Mediation),
        0
    );
}

#[test]
fn expired_draft_future_and_archived_agreements_count_for_nothing() {
    let map = Coverage::compute(&data(), today());
    assert_eq!(map.count(Region::Praha, Service::Employment), 0, "expired");
    assert_eq!(
        map.count(Region::Moravskoslezsky, Service::Education),
        0,
        "draft"
    );
    assert_eq!(
        map.count(Region::Moravskoslezsky, Service::Probation),
        0,
        "future"
    );
    assert_eq!(
        map.count(Region::Moravskoslezsky, Service::SpiritualCare),
        0,
        "archived NGO"
    );
}

#[test]
fn assignments_in_force_count_the_persons_ngo() {
    let map = Coverage::compute(&data(), today());
    assert_eq!(
        map.count(Region::Moravskoslezsky, Service::FamilyContact),
        1
    );
    assert_eq!(
        map.count(Region::Moravskoslezsky, Service::Housing),
        1,
        "the assignment counts though the archived agreement does not"
    );
    assert_eq!(
        map.count(Region::Moravskoslezsky, Service::Addiction),
        0,
        "the assignment ended"
    );
    assert_eq!(
        map.count(Region::Moravskoslezsky, Service::Restorative),
        0,
        "a person without an NGO delivers for no NGO"
    );
}

#[test]
fn gaps_are_every_empty_cell() {
    let map = Coverage::compute(&data(), today());
    let filled = Region::ALL.len() * Service::ALL.len() - map.gaps().len();
    // Plzeň: addiction, housing, debt; Karlovarský: addiction, housing;
    // Praha: mediation; Moravskoslezský: family contact, housing.
    assert_eq!(filled, 8);
    assert!(map.gaps().contains(&(Region::Vysocina, Service::Addiction)));
    assert!(!map.gaps().contains(&(Region::Plzensky, Service::Addiction)));
    assert_eq!(map.ngos_in_region(Region::Plzensky), 2);
    assert_eq!(map.ngos_in_region(Region::Vysocina), 0);
}

#[test]
fn an_archived_facility_counts_for_nothing() {
    let mut data = data();
    let mut plzen = sample::facility("Věznice Plzeň", Region::Plzensky);
    plzen.meta.archived = true;
    data.upsert(with_id(plzen, 1));
    let map = Coverage::compute(&data, today());
    assert_eq!(map.count(Region::Plzensky, Service::Addiction), 0);
    assert_eq!(map.count(Region::Karlovarsky, Service::Addiction), 1);
}

#[test]
fn a_facility_shows_what_it_has_and_what_it_lacks() {
    let services = facility_services(&data(), 1, today());
    let has: Vec<(Service, Vec<Id>)> = services
        .has
        .iter()
        .map(|(s, ngos)| (*s, ngos.iter().copied().collect()))
        .collect();
    assert_eq!(
        has,
        [
            (Service::Addiction, vec![10, 11]),
            (Service::DebtCounselling, vec![11]),
            (Service::Housing, vec![10]),
        ]
    );
    assert_eq!(services.lacks.len(), Service::ALL.len() - 3);
    assert!(services.lacks.contains(&Service::Employment));
}
