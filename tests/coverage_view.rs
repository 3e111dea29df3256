//! The coverage map as a user drives it, without a terminal: moving between
//! cells, opening a cell, following it to a record, switching to facilities,
//! exporting, and keeping up with records that change.

mod common;

use common::app::{act, coverage, detail};
use common::time::day;
use spojka::app::msg::{Effect, Msg};
use spojka::app::{Action, AppState, Mode, update};
use spojka::domain::*;
use spojka::model::Data;
use spojka::sample::{self, at, with_id};
use spojka::screens::coverage::{Axis, Row};

fn signed(ngo: Id, facilities: Vec<Id>, services: Vec<Service>) -> Agreement {
    let mut a = sample::agreement("Dohoda", ngo, facilities);
    a.status = AgreementStatus::Signed;
    a.services = services;
    a
}

/// Plzeň and Mírov; Podané ruce delivers addiction at Plzeň.
fn state() -> AppState {
    let records = vec![
        with_id(sample::facility("Věznice Plzeň", Region::Plzensky), 1),
        with_id(sample::facility("Věznice Mírov", Region::Olomoucky), 2),
        with_id(sample::organisation("Podané ruce"), 10),
        with_id(signed(10, vec![1], vec![Service::Addiction]), 50),
    ];
    AppState::new(Data::new(records), 80, 24, at(2026, 11, 27, 9, 0))
}

/// Moves the selection to the row of `region`.
fn go_to_region(state: &mut AppState, region: Region) {
    act(state, Action::MoveTop);
    while coverage(state).row_at(coverage(state).row) != Some(Row::Region(region)) {
        act(state, Action::MoveDown);
    }
}

#[test]
fn coverage_opens_on_regions_and_moves_between_cells() {
    let mut s = state();
    act(&mut s, Action::CoverageShow);
    assert_eq!(s.mode(), Mode::Coverage);
    assert_eq!(coverage(&s).axis, Axis::Regions);
    assert_eq!((coverage(&s).row, coverage(&s).col), (0, 0));
    act(&mut s, Action::MoveRight);
    act(&mut s, Action::MoveDown);
    assert_eq!((coverage(&s).row, coverage(&s).col), (1, 1));
    act(&mut s, Action::MoveLeft);
    act(&mut s, Action::MoveLeft);
    assert_eq!(coverage(&s).col, 0, "stops at the first column");
    for _ in 0..40 {
        act(&mut s, Action::MoveRight);
    }
    assert_eq!(
        coverage(&s).col,
        Service::ALL.len() - 1,
        "stops at the last"
    );
    act(&mut s, Action::MoveBottom);
    assert_eq!(coverage(&s).row, Region::ALL.len() - 1);
    act(&mut s, Action::Back);
    assert_eq!(s.mode(), Mode::Normal);
}

#[test]
fn a_cell_opens_its_ngos_and_facilities_and_leads_to_the_record() {
    let mut s = state();
    act(&mut s, Action::CoverageShow);
    go_to_region(&mut s, Region::Plzensky);
    act(&mut s, Action::DetailOpen);
    let open = coverage(&s).open.clone().expect("the cell is open");
    assert_eq!(
        open.items,
        [(Kind::Organisation, 10), (Kind::Facility, 1)],
        "NGOs first, then facilities"
    );
    act(&mut s, Action::MoveDown);
    act(&mut s, Action::DetailOpen);
    let d = detail(&s);
    assert_eq!((d.kind, d.id), (Kind::Facility, 1));
    act(&mut s, Action::Back);
    assert!(coverage(&s).open.is_some(), "back to the opened cell");
    act(&mut s, Action::Back);
    assert!(coverage(&s).open.is_none(), "back to the map");
    assert_eq!(s.mode(), Mode::Coverage);
}

#[test]
fn an_empty_cell_says_it_is_a_gap_instead_of_opening() {
    let mut s = state();
    act(&mut s, Action::CoverageShow);
    go_to_region(&mut s, Region::Olomoucky);
    act(&mut s, Action::DetailOpen);
    assert!(coverage(&s).open.is_none());
    assert_eq!(
        s.status.text(),
        "No NGO delivers addiction in Olomoucký today."
    );
}

#[test]
fn by_facility_shows_each_facility_with_what_it_has() {
    let mut s = state();
    act(&mut s, Action::CoverageShow);
    act(&mut s, Action::CoverageAxis);
    let v = coverage(&s);
    assert_eq!(v.axis, Axis::Facilities);
    // Plzeňský kraj comes before Olomoucký in the regions' order.
    assert_eq!(v.facilities, [1, 2]);
    assert_eq!(v.ngos(Row::Facility(1), Service::Addiction), [10]);
    assert!(v.ngos(Row::Facility(2), Service::Addiction).is_empty());
    assert!(v.ngos(Row::Facility(1), Service::Housing).is_empty());
    act(&mut s, Action::CoverageAxis);
    assert_eq!(coverage(&s).axis, Axis::Regions);
}

#[test]
fn x_exports_the_map_shown() {
    let mut s = state();
    act(&mut s, Action::CoverageShow);
    let effects = act(&mut s, Action::ExportCsv);
    match effects.as_slice() {
        [Effect::ExportCoverage(map)] => {
            assert_eq!(map.count(Region::Plzensky, Service::Addiction), 1);
            assert_eq!(map.today, day(2026, 11, 27));
        }
        other => panic!("expected one coverage export, found {other:?}"),
    }
}

#[test]
fn the_map_follows_saved_records() {
    let mut s = state();
    act(&mut s, Action::CoverageShow);
    let housing = signed(10, vec![2], vec![Service::Housing]);
    update(&mut s, Msg::Saved(with_id(housing, 51)));
    assert_eq!(
        coverage(&s).map.count(Region::Olomoucky, Service::Housing),
        1
    );
    let mut archived = signed(10, vec![1], vec![Service::Addiction]);
    archived.meta.archived = true;
    update(&mut s, Msg::Saved(with_id(archived, 50)));
    assert_eq!(
        coverage(&s).map.count(Region::Plzensky, Service::Addiction),
        0
    );
}
