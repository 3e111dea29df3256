//! The coverage map: which NGOs deliver which service in which region, today.
//!
//! An NGO delivers a service in a region when one of these is in force on the
//! day asked about, at a facility in that region:
//! - a signed agreement (not expired, started) that lists the service, or
//! - an assignment of one of the NGO's people that lists the service.
//!
//! Archived records count for nothing: an archived NGO, facility, person,
//! agreement or assignment contributes to no cell.

use crate::app::Data;
use crate::domain::lifecycle::is_active;
use crate::domain::{Agreement, Assignment, Id, Kind, Record, Region, Service};
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

/// One way a service reaches a facility: through which NGO.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Delivery {
    ngo: Id,
    facility: Id,
    service: Service,
}

impl Coverage {
    /// Computes the map from every record in force on `today`.
    pub fn compute(data: &Data, today: NaiveDate) -> Coverage {
        // Collected flat, then sorted and deduplicated once: at 10,000
        // agreements that is several times quicker than inserting each
        // delivery into the cells' sets as it comes.
        let regions = live_facility_regions(data);
        let mut found: Vec<(usize, usize, Id, Id)> = deliveries(data, today, &regions)
            .filter_map(|d| {
                let region = regions.get(&d.facility)?;
                Some((*region, d.service.index(), d.ngo, d.facility))
            })
            .collect();
        found.sort_unstable();
        found.dedup();
        let mut cells = vec![vec![Cell::default(); Service::ALL.len()]; Region::ALL.len()];
        let mut by_facility = std::collections::BTreeMap::new();
        for (region, service, ngo, facility) in found {
            let cell = &mut cells[region][service];
            cell.ngos.insert(ngo);
            cell.facilities.insert(facility);
            by_facility
                .entry(facility)
                .or_insert_with(|| vec![BTreeSet::new(); Service::ALL.len()])[service]
                .insert(ngo);
        }
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

/// The services a facility has and lacks on `today`.
pub fn facility_services(data: &Data, facility: Id, today: NaiveDate) -> FacilityServices {
    let mut by_service = vec![BTreeSet::new(); Service::ALL.len()];
    let regions = live_facility_regions(data);
    for delivery in deliveries(data, today, &regions).filter(|d| d.facility == facility) {
        by_service[delivery.service.index()].insert(delivery.ngo);
    }
    let mut has = Vec::new();
    let mut lacks = Vec::new();
    for (service, ngos) in Service::ALL.iter().zip(by_service) {
        if ngos.is_empty() {
            lacks.push(*service);
        } else {
            has.push((*service, ngos));
        }
    }
    FacilityServices { has, lacks }
}

/// Every (NGO, facility, service) in force on `today`, from agreements and
/// assignments, with archived records on either side left out (`facilities`
/// holds the live ones).
fn deliveries<'a>(
    data: &'a Data,
    today: NaiveDate,
    facilities: &'a FxHashMap<Id, usize>,
) -> impl Iterator<Item = Delivery> + 'a {
    let by_agreement = data.all(Kind::Agreement).flat_map(move |r| match r {
        Record::Agreement(a) => agreement_deliveries(data, a, today),
        _ => Vec::new(),
    });
    let by_assignment = data.all(Kind::Assignment).flat_map(move |r| match r {
        Record::Assignment(a) => assignment_deliveries(data, a, today),
        _ => Vec::new(),
    });
    by_agreement
        .chain(by_assignment)
        .filter(move |d| facilities.contains_key(&d.facility))
}

fn agreement_deliveries(data: &Data, a: &Agreement, today: NaiveDate) -> Vec<Delivery> {
    if !is_active(a, today) || !live(data, Kind::Organisation, a.organisation) {
        return Vec::new();
    }
    a.facilities
        .iter()
        .flat_map(|f| {
            a.services.iter().map(|s| Delivery {
                ngo: a.organisation,
                facility: *f,
                service: *s,
            })
        })
        .collect()
}

fn assignment_deliveries(data: &Data, a: &Assignment, today: NaiveDate) -> Vec<Delivery> {
    let in_force = a.from.is_none_or(|from| from <= today) && a.until.is_none_or(|u| u >= today);
    if a.meta.archived || !in_force {
        return Vec::new();
    }
    let ngo = match data.get(Kind::Person, a.person) {
        Some(Record::Person(p)) if !p.meta.archived => p
            .organisation
            .filter(|ngo| live(data, Kind::Organisation, *ngo)),
        _ => None,
    };
    let Some(ngo) = ngo else {
        return Vec::new();
    };
    a.services
        .iter()
        .map(|s| Delivery {
            ngo,
            facility: a.facility,
            service: *s,
        })
        .collect()
}

/// Whether a record exists and is not archived.
fn live(data: &Data, kind: Kind, id: Id) -> bool {
    data.get(kind, id).is_some() && !data.is_archived(kind, id)
}

/// The facilities not archived, each with its region's position in
/// [`Region::ALL`].
fn live_facility_regions(data: &Data) -> FxHashMap<Id, usize> {
    data.all(Kind::Facility)
        .filter_map(|r| match r {
            Record::Facility(f) if !f.meta.archived => Some((f.meta.id, region_index(f.region))),
            _ => None,
        })
        .collect()
}

/// Position of a region in [`Region::ALL`].
pub fn region_index(region: Region) -> usize {
    Region::ALL.iter().position(|r| *r == region).unwrap_or(0)
}
