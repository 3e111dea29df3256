//! The coverage map: which NGOs deliver which service in which region, today.
//!
//! An NGO delivers a service in a region when one of these is in force on the
//! day asked about, at a facility in that region:
//! - a signed agreement (not expired, started) that lists the service, or
//! - an assignment of one of the NGO's people that lists the service.
//!
//! Archived records count for nothing: an archived NGO, facility, person,
//! agreement or assignment contributes to no cell.

use super::LiveCache;
use crate::domain::lifecycle::is_active;
use crate::domain::{Id, Kind, Record, Region, Service};
use crate::model::Data;
use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

/// Who is behind one cell of the map.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    /// The NGOs delivering the service there, by id.
    pub ngos: BTreeSet<Id>,
    /// The facilities where they deliver it, by id.
    pub facilities: BTreeSet<Id>,
}

/// The 14 regions × service kinds, as of one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// The day the map is for.
    pub today: NaiveDate,
    /// `cells[region][service]`, in [`Region::ALL`] and [`Service::ALL`] order.
    cells: Vec<Vec<Cell>>,
    /// Per facility, the NGOs delivering each service there (in
    /// [`Service::ALL`] order); facilities with nothing are absent.
    by_facility: std::collections::BTreeMap<Id, Vec<BTreeSet<Id>>>,
}

impl Coverage {
    /// Computes the map from every record in force on `today`.
    pub fn compute(data: &Data, today: NaiveDate) -> Coverage {
        Coverage::compute_for(data, today, true)
    }

    /// [`Coverage::compute`], with the youth facilities (youth institutions,
    /// children's homes with a school) only when `youth`.
    pub fn compute_for(data: &Data, today: NaiveDate, youth: bool) -> Coverage {
        // Gathered into small lists per cell and per facility, each sorted
        // on its own: at 10,000 agreements that is several times quicker
        // than inserting every delivery into a set, or sorting them all.
        let services = Service::ALL.len();
        let mut ngos: Vec<Vec<Id>> = vec![Vec::new(); Region::ALL.len() * services];
        let mut places: Vec<Vec<Id>> = vec![Vec::new(); Region::ALL.len() * services];
        let mut at_facility: FxHashMap<Id, Vec<Vec<Id>>> = FxHashMap::default();
        for (region, service, ngo, facility) in deliveries(data, today, youth) {
            ngos[region * services + service].push(ngo);
            places[region * services + service].push(facility);
            at_facility
                .entry(facility)
                .or_insert_with(|| vec![Vec::new(); services])[service]
                .push(ngo);
        }
        let mut cells = vec![vec![Cell::default(); services]; Region::ALL.len()];
        for (i, (ngos, places)) in ngos.into_iter().zip(places).enumerate() {
            cells[i / services][i % services] = Cell {
                ngos: sorted_set(ngos),
                facilities: sorted_set(places),
            };
        }
        let by_facility = at_facility
            .into_iter()
            .map(|(facility, lists)| (facility, lists.into_iter().map(sorted_set).collect()))
            .collect();
        Coverage {
            today,
            cells,
            by_facility,
        }
    }

    /// The NGOs delivering `service` at one facility.
    pub fn at_facility(&self, facility: Id, service: Service) -> Option<&BTreeSet<Id>> {
        self.by_facility
            .get(&facility)
            .map(|services| &services[service.index()])
            .filter(|ngos| !ngos.is_empty())
    }

    /// Who is behind the cell of `region` and `service`.
    pub fn cell(&self, region: Region, service: Service) -> &Cell {
        &self.cells[region_index(region)][service.index()]
    }

    /// How many NGOs deliver `service` in `region`.
    pub fn count(&self, region: Region, service: Service) -> usize {
        self.cell(region, service).ngos.len()
    }

    /// The empty cells, region by region: the gaps the association looks for.
    pub fn gaps(&self) -> Vec<(Region, Service)> {
        Region::ALL
            .iter()
            .flat_map(|r| Service::ALL.iter().map(move |s| (*r, *s)))
            .filter(|(r, s)| self.count(*r, *s) == 0)
            .collect()
    }

    /// How many NGOs deliver anything in `region`.
    pub fn ngos_in_region(&self, region: Region) -> usize {
        let row = &self.cells[region_index(region)];
        row.iter()
            .flat_map(|c| c.ngos.iter())
            .collect::<BTreeSet<_>>()
            .len()
    }
}

/// What one facility has and lacks, as of one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacilityServices {
    /// Services delivered there, each with the NGOs delivering it.
    pub has: Vec<(Service, BTreeSet<Id>)>,
    /// Services nobody delivers there.
    pub lacks: Vec<Service>,
}

/// A set from a list, built in one go once the list is sorted.
fn sorted_set(mut ids: Vec<Id>) -> BTreeSet<Id> {
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter().collect()
}

/// The services a facility has and lacks on `today`.
pub fn facility_services(data: &Data, facility: Id, today: NaiveDate) -> FacilityServices {
    let map = Coverage::compute(data, today);
    let mut has = Vec::new();
    let mut lacks = Vec::new();
    for service in Service::ALL {
        match map.at_facility(facility, *service) {
            Some(ngos) => has.push((*service, ngos.clone())),
            None => lacks.push(*service),
        }
    }
    FacilityServices { has, lacks }
}

/// Every (region, service, NGO, facility) in force on `today`, from
/// agreements and assignments, with archived records on either side left
/// out; regions and services by their position in [`Region::ALL`] and
/// [`Service::ALL`]. Pushed into one vector as found: at 10,000 agreements a
/// vector per record, or a lookup per delivery, costs more than the rest.
/// Agreements and assignments are read side by side on two cores.
fn deliveries(data: &Data, today: NaiveDate, youth: bool) -> Vec<(usize, usize, Id, Id)> {
    let regions = live_facility_regions(data, youth);
    std::thread::scope(|scope| {
        let reading = std::thread::Builder::new()
            .name("coverage".into())
            .spawn_scoped(scope, || by_assignment(data, today, &regions));
        let mut found = by_agreement(data, today, &regions);
        let more = match reading {
            Ok(thread) => thread
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            // No thread to be had: read them here.
            Err(_) => by_assignment(data, today, &regions),
        };
        found.extend(more);
        found
    })
}

/// What signed agreements in force deliver.
fn by_agreement(
    data: &Data,
    today: NaiveDate,
    regions: &FxHashMap<Id, usize>,
) -> Vec<(usize, usize, Id, Id)> {
    let mut ngos = LiveCache::new(data, Kind::Organisation);
    let mut found = Vec::new();
    for record in data.all(Kind::Agreement) {
        let Record::Agreement(a) = record else {
            continue;
        };
        if !is_active(a, today) || !ngos.is_live(a.organisation) {
            continue;
        }
        for facility in &a.facilities {
            if let Some(region) = regions.get(facility) {
                for service in &a.services {
                    found.push((*region, service.index(), a.organisation, *facility));
                }
            }
        }
    }
    found
}

/// What NGOs' people deliver through assignments in force.
fn by_assignment(
    data: &Data,
    today: NaiveDate,
    regions: &FxHashMap<Id, usize>,
) -> Vec<(usize, usize, Id, Id)> {
    let mut ngos = LiveCache::new(data, Kind::Organisation);
    let mut found = Vec::new();
    for record in data.all(Kind::Assignment) {
        let Record::Assignment(a) = record else {
            continue;
        };
        let in_force =
            a.from.is_none_or(|from| from <= today) && a.until.is_none_or(|u| u >= today);
        let Some(region) = regions.get(&a.facility) else {
            continue;
        };
        if a.meta.archived || !in_force || a.services.is_empty() {
            continue;
        }
        let ngo = match data.get(Kind::Person, a.person) {
            Some(Record::Person(p)) if !p.meta.archived => p.organisation,
            _ => None,
        };
        let Some(ngo) = ngo.filter(|n| ngos.is_live(*n)) else {
            continue;
        };
        for service in &a.services {
            found.push((*region, service.index(), ngo, a.facility));
        }
    }
    found
}

/// The facilities not archived (and not youth facilities unless `youth`),
/// each with its region's position in [`Region::ALL`].
fn live_facility_regions(data: &Data, youth: bool) -> FxHashMap<Id, usize> {
    data.all(Kind::Facility)
        .filter_map(|r| match r {
            Record::Facility(f) if !f.meta.archived && (youth || !f.is_youth()) => {
                Some((f.meta.id, region_index(f.region)))
            }
            _ => None,
        })
        .collect()
}

/// Position of a region in [`Region::ALL`].
pub fn region_index(region: Region) -> usize {
    Region::ALL.iter().position(|r| *r == region).unwrap_or(0)
}
